"""Turn a sentence into "units": names merged into one token, name lists merged, asides dropped.

Cast phrasings are about the order of names and role words ("A and B will play C and D"). On
raw tokens a pattern would need nested groups for multi-word names and lists; on units each name
(or list of names) is one token, so a spaCy Matcher pattern with alignments can say which token
is the actor and which the character. Units carry exact article offsets for evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from hsextract.rules.names import capitalised, compound_end, name_runs
from hsextract.rules.unitattrs import EXTENSIONS, unit_code
from hsextract.rules.vocab import AND_TYPOS, DESC_EXTRA_WORDS, FUNCTION_WORDS, OTHER_WORK_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from hsextract.rules.tokens import Tokens

PREPOSITIONS = frozenset(["of", "in", "at", "from", "on", "for", "with", "to", "by", "into", "about"])
LIST_JOINERS = frozenset({"and", "&", ","})
_ABBREVIATIONS = frozenset({"jr", "sr", "st", "snr", "jnr"})


@dataclass(slots=True)  # tens of thousands are made per hundred articles: slots make them cheaper
class Unit:
    kind: str  # NAME | NAMES | WORD | PUNCT
    start: int
    end: int
    text: str
    lower: str
    pos: str
    members: tuple[tuple[int, int], ...] = ()  # NAME: itself; NAMES: each listed name
    ent: str = ""  # entity label overlapping a NAME ("PERSON", "ORG", ...)
    aside: str = ""  # text of a dropped parenthesis right after this unit
    aside_kind: str = ""  # "credits" | "other-work" | "note"
    aside_start: int = -1  # article offset of the aside's text (after the opening bracket)
    tokens: int = 1  # word tokens in a name
    # NAMES: the asides of members before the last, as (member span, aside, aside_kind, aside_start)
    member_asides: tuple[tuple[tuple[int, int], str, str, int], ...] = ()


@dataclass
class Sentence:
    """One sentence as units, plus the block it came from."""

    units: list[Unit]
    start: int
    end: int
    block_kind: str
    block_index: int
    extra: dict[str, object] = field(default_factory=dict)


def _aside_kind(t: Tokens, start: int, end: int) -> str:
    """What a parenthesis (tokens start..end) holds: another work's credit, cast credits, a note."""
    span_text = t.span_text(start, end)
    lowers = {t.lower[k] for k in range(start, end)}
    if lowers & OTHER_WORK_WORDS or "who" in lowers or "played" in lowers:
        return "other-work"
    caps = [k for k in range(start, end) if t.is_alpha[k] and capitalised(t.text[k])]
    if caps and ("," in span_text or ":" in span_text or len(caps) >= 2):
        return "credits"
    return "note"


def _word_unit(t: Tokens, i: int, j: int, offset: int, pos: str) -> Unit:
    """One WORD unit for a glued compound ("sister-in-law", "Hong Kong-born"): tokens i..j."""
    start, text = t.idx[i] + offset, t.span_text(i, j)
    return Unit("WORD", start, start + len(text), text, text.lower(), pos)


def build_units(
    t: Tokens,
    first: int,
    last: int,
    offset: int,
    stop: frozenset[str] = frozenset(),
    proper: frozenset[str] = frozenset(),
) -> list[Unit]:
    """Units for the sentence of tokens first..last; `offset` converts doc char offsets to article
    offsets.

    `stop`: words the rules use as role words, never read as part of a name.
    `proper`: words the article capitalises mid-sentence, so a sentence-initial one is a name too."""
    runs = dict(name_runs(t, first, last, stop, proper))
    units: list[Unit] = []
    i = first
    while i < last:
        if t.is_space[i]:
            i += 1
            continue
        text = t.text[i]
        if text == "(":
            close = next((k for k in range(i + 1, min(last, i + 40)) if t.text[k] == ")"), None)
            if close is not None:
                single = runs.get(i + 1) == close
                if not single:
                    if units:
                        units[-1].aside = t.span_text(i + 1, close)
                        units[-1].aside_kind = _aside_kind(t, i + 1, close)
                        units[-1].aside_start = t.idx[i + 1] + offset if i + 1 < close else -1
                    i = close + 1
                    continue
        if i in runs:
            j = runs[i]
            after = compound_end(t, j - 1, last)
            if after > j and t.is_lower[after - 1]:  # "Hong Kong-born": an adjective, not a name
                units.append(_word_unit(t, i, after, offset, "ADJ"))
                i = after
                continue
            name = t.span_text(i, j)
            last_word = t.text[j - 1]
            if len(last_word) > 3 and last_word[-1] == "." and last_word[:-1].lower() not in _ABBREVIATIONS:
                name = name[:-1]  # "... went to Guo Jun.": the sentence's full stop, not an abbreviation
            start = t.idx[i] + offset
            end = start + len(name)
            ents = {t.ent[k] for k in range(i, j) if t.ent[k]}
            units.append(
                Unit(
                    "NAME",
                    start,
                    end,
                    name,
                    name.lower(),
                    "PROPN",
                    ((start, end),),
                    "PERSON" if "PERSON" in ents else (sorted(ents)[0] if ents else ""),
                    tokens=sum(1 for k in range(i, j) if t.is_alpha[k]),
                )
            )
            i = j
            continue
        kind = "PUNCT" if t.is_punct[i] else "WORD"
        start = t.idx[i] + offset
        j = compound_end(t, i, last) if t.is_alpha[i] else i + 1
        if j > i + 1:  # one descriptor word: "mild-mannered", "sister-in-law"
            units.append(_word_unit(t, i, j, offset, t.pos[j - 1]))
            i = j
            continue
        lower = "and" if t.lower[i] in AND_TYPOS else t.lower[i]  # "A as B andd C as D"
        units.append(Unit(kind, start, start + len(text), text, lower, t.pos[i]))
        i += 1
    return merge_name_lists(units)


def _names_unit(units: list[Unit], members: list[int]) -> Unit:
    """One NAMES unit for the listed names; the last one's bracket stays its aside, the others' are
    kept per member."""
    first, last = units[members[0]], units[members[-1]]
    return Unit(
        "NAMES",
        first.start,
        last.end,
        " | ".join(units[m].text for m in members),
        "",
        "PROPN",
        tuple(units[m].members[0] for m in members),
        first.ent,
        last.aside,
        last.aside_kind,
        last.aside_start,
        member_asides=tuple(
            (units[m].members[0], units[m].aside, units[m].aside_kind, units[m].aside_start)
            for m in members[:-1]
            if units[m].aside and units[m].aside_start >= 0
        ),
    )


def _after_bracket(units: list[Unit], k: int) -> str:
    """The word at k, or after the bracket that opens at k ("Y (Other Show) as B")."""
    if k < len(units) and units[k].text == "(":
        close = next((m for m in range(k + 1, min(len(units), k + 6)) if units[m].text == ")"), None)
        k = close + 1 if close is not None else k
    return units[k].lower if k < len(units) else ""


def merge_name_lists(units: list[Unit]) -> list[Unit]:
    """'A, B and C' -> one NAMES unit whose members keep their own offsets."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        if units[i].kind != "NAME":
            out.append(units[i])
            i += 1
            continue
        members = [i]
        j = i + 1
        saw_and = False
        as_before = any(u.lower == "as" for u in units[:i])
        while j + 1 < len(units) and not saw_and:
            sep = units[j].lower
            follower = _after_bracket(units, j + 2)
            if as_before and follower == "as":
                break  # "X as A and Y as B", "X as A and Y (Other Show) as B": A and Y are not one list
            if sep in LIST_JOINERS and units[j + 1].kind == "NAME":
                members.append(j + 1)
                saw_and = sep in {"and", "&"}
                j += 2
            elif (
                sep == ","
                and len(members) >= 2
                and j + 2 < len(units)
                and units[j + 1].lower in {"and", "&"}
                and units[j + 2].kind == "NAME"
            ):
                members.append(j + 2)
                saw_and = True
                j += 3
            else:
                break
        if len(members) > 1 and saw_and:
            out.append(_names_unit(units, members))
            i = j
        else:
            out.append(units[i])
            i += 1
    return out


def unit_words(units: list[Unit]) -> list[str]:
    """The token texts of `unit_doc`: words and punctuation as written, a placeholder per name."""
    return [u.text if u.kind in {"WORD", "PUNCT"} else f"N{k}" for k, u in enumerate(units)]


def unit_doc(vocab: Vocab, units: list[Unit], extensions: bool = False, pos: bool = False) -> Doc:
    """A spaCy Doc with one token per unit, for the Matcher: each token's kind and flags packed into
    its LEMMA (see unitattrs.py), which rules compiled with `native_units` read; with `pos`, each
    unit's part of speech as POS (only for rule sets that read it: setting it costs time).

    With `extensions`, the values are also set as `token._` attributes (for rules compiled without
    `native_units`, and for reading them back): written straight into `user_data` under the keys
    `token._` uses (("._.", name, idx, None)), only where they differ from the default.
    Attributes go in through one `from_array` call, which costs a third of the Doc constructor's
    per-token keyword arguments."""
    import numpy as np
    from spacy.attrs import LEMMA, POS
    from spacy.parts_of_speech import IDS
    from spacy.tokens import Doc

    words = unit_words(units)
    flags = [_flag_values(units, k) for k in range(len(units))]
    data: dict[tuple[str, str, int, None], object] = {}
    if extensions:
        idx = 0
        for k, values in enumerate(flags):
            named = zip(_FLAG_NAMES, values, strict=True)
            data.update({("._.", name, idx, None): v for name, v in named if v != EXTENSIONS[name]})
            idx += len(words[k]) + 1  # every unit token is followed by one space
    doc = Doc(vocab, words=words, spaces=[True] * len(words), user_data=data)
    if not units:
        return doc
    add = vocab.strings.add
    columns = [[add(_code(values)) for values in flags]]
    if pos:
        columns.append([IDS[u.pos or "X"] for u in units])
    doc.from_array([LEMMA, POS][: len(columns)], cast(Any, np.array(columns, dtype="uint64").T))
    return doc


_CODES: dict[tuple[object, ...], str] = {}  # flag values -> unit_code: a handful of combinations


def _code(values: tuple[object, ...]) -> str:
    code = _CODES.get(values)
    if code is None:
        code = _CODES[values] = unit_code(dict(zip(_FLAG_NAMES, values, strict=True)))
    return code


_FLAG_NAMES = ("hs_kind", "hs_possnext", "hs_person", "hs_desc", "hs_pobj", "hs_gapok")


def _flags(units: list[Unit], k: int) -> dict[str, object]:
    """The extension values of unit k, which the cast patterns test (see cast_rules.json macros)."""
    return dict(zip(_FLAG_NAMES, _flag_values(units, k), strict=True))


def _flag_values(units: list[Unit], k: int) -> tuple[object, ...]:
    """`_flags` as a tuple in `_FLAG_NAMES` order: a unit document needs only its code, not a dict.
    The description tests are asked in turn, each only while the ones before it fail."""
    u = units[k]
    nxt = units[k + 1] if k + 1 < len(units) else None
    prev_u = units[k - 1] if k > 0 else None
    poss_next = nxt is not None and nxt.lower in {"'s", "’s", "'"}
    prev = prev_u.lower if prev_u is not None else ""
    return (
        u.kind,
        poss_next,
        # "The Old Ferryman's Wager": a name after "the" is a thing or a title, not a person
        u.kind in {"NAME", "NAMES"}
        and (u.tokens >= 2 or u.ent == "PERSON" or u.kind == "NAMES")
        and prev != "the",
        _descriptive(u)
        or poss_next
        or _attributive(u, nxt)
        or _joins_desc(u, prev_u, nxt)
        or _before_name(u, nxt),
        prev in PREPOSITIONS,
        u.kind == "WORD" or u.text == "," or (u.kind == "NAME" and prev in PREPOSITIONS),
    )


def _attributive(u: Unit, nxt: Unit | None) -> bool:
    """A name right before a noun: used as its modifier."""
    return u.kind == "NAME" and nxt is not None and nxt.kind == "WORD" and nxt.pos == "NOUN"


def _before_name(u: Unit, nxt: Unit | None) -> bool:
    """ "as maid Mara Lind": a lower-case word right before a name is its role noun, whatever the
    tagger made of it (it tags role nouns before names as verbs or proper nouns)."""
    return (
        u.kind == "WORD"
        and nxt is not None
        and nxt.kind in {"NAME", "NAMES"}
        and u.text.isalpha()
        and u.text.islower()
        and u.lower not in FUNCTION_WORDS
    )


def _joins_desc(u: Unit, prev_u: Unit | None, nxt: Unit | None) -> bool:
    """ "the bakery's owner and chef", "her chief of staff": a joiner between two descriptive words."""
    return (
        u.lower in {"and", "or", "&", "of"}
        and prev_u is not None
        and nxt is not None
        and prev_u.kind == "WORD"
        and nxt.kind == "WORD"
        and _descriptive(prev_u)
        and _descriptive(nxt)
    )


def _descriptive(u: Unit) -> bool:
    if u.kind != "WORD" or u.lower in {"'s", "’s"}:  # "the station's only caretaker"
        return u.text in {"-", "‐", "'s", "’s", "'", "’"}  # "the rivals' faculty adviser" too
    if u.lower in DESC_EXTRA_WORDS:
        return True
    if u.lower in FUNCTION_WORDS:
        return u.lower in {
            "a",
            "an",
            "the",
            "his",
            "her",
            "their",
            "its",
            "new",
            "only",
            "own",
            "other",
            "same",
        }
    # participles and hyphenated compounds describe too ("disgraced magician", "long-lost brother")
    return (
        u.pos in {"ADJ", "NOUN", "NUM", "PROPN"}
        or (u.pos == "VERB" and (u.lower.endswith(("ing", "ed")) or "-" in u.lower))
        or (u.pos == "ADV" and u.lower.endswith("ly") and len(u.lower) > 4)  # "the perpetually lost"
    )
