"""Two or more actors, then their characters each with an appositive description:

    "A and B will reprise their roles as Mara Lind, the guild's youngest pilot, and Tom Poe, its navigator."

The plain list ("A and B as C and D") is one Matcher rule (cast.as); once each character carries its
own ", descriptor," the list of characters is no longer one unit, so it is read here: the actors'
list, a role word, "as", then one character per actor in order, each optionally followed by its
descriptor between commas. The counts must agree, else nothing is paired.
"""

from __future__ import annotations

from hsextract.rules.cast import CastMention
from hsextract.rules.units import Sentence, Unit

RULE = "cast.apposed_list"
MAX_LEAD = 6  # words between the actors and "as" ("will reprise their roles")
MAX_DESC = 10  # words of one character's descriptor
_LEAD_STOPS = frozenset({".", ";", ":", "(", ")", "?", "!"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
_ROLE_WORDS = frozenset(
    {
        "play",
        "plays",
        "playing",
        "played",
        "star",
        "stars",
        "starring",
        "role",
        "roles",
        "reprise",
        "reprising",
        "reprises",
        "return",
        "returns",
        "returning",
        "cast",
        "voice",
        "voices",
        "join",
        "joins",
    }
)


def _descriptor(units: list[Unit], k: int) -> tuple[tuple[int, int] | None, int]:
    """(descriptor span, position after it) for ", the guild's pilot," from unit k (at the comma)."""
    if k >= len(units) or units[k].text != ",":
        return None, k
    j = k + 1
    while j < len(units) and units[j].kind == "WORD" and j - k <= MAX_DESC and units[j].lower != "and":
        j += 1
    words = units[k + 1 : j]
    while words and words[0].lower in _DETERMINERS:
        words = words[1:]
    if not words or j == k + 1:
        return None, k
    # the descriptor ends at a comma (another item follows) or at the sentence's end
    if j < len(units) and units[j].text not in {",", "."}:
        return None, k
    return (words[0].start, words[-1].end), j


def _characters(units: list[Unit], k: int, wanted: int) -> list[tuple[Unit, tuple[int, int] | None]] | None:
    """`wanted` characters from unit k: "C1, desc, and C2, desc"; None when the list is otherwise."""
    out: list[tuple[Unit, tuple[int, int] | None]] = []
    while len(out) < wanted:
        if k >= len(units) or units[k].kind != "NAME":
            return None
        name = units[k]
        desc, k = _descriptor(units, k + 1)
        out.append((name, desc))
        if len(out) < wanted:
            if k < len(units) and units[k].text == ",":
                k += 1
            if k < len(units) and units[k].lower == "and":
                k += 1
    if k < len(units) and units[k].kind in {"NAME", "NAMES"}:
        return None  # more characters than actors
    return out


def apposed_list_mentions(sentence: Sentence) -> list[CastMention]:
    units = sentence.units
    out: list[CastMention] = []
    for k, u in enumerate(units):
        if u.kind != "NAMES" or len(u.members) < 2:
            continue
        lead = units[k + 1 : k + 2 + MAX_LEAD]
        at = next((j for j, w in enumerate(lead) if w.lower == "as"), None)
        if at is None or any(w.kind in {"NAME", "NAMES"} or w.text in _LEAD_STOPS for w in lead[:at]):
            continue
        if not {w.lower for w in lead[:at]} & _ROLE_WORDS:
            continue
        chars = _characters(units, k + 2 + at, len(u.members))
        if chars is None or not any(desc for _, desc in chars):
            continue  # without descriptors the list is one unit, and cast.as reads it
        end = chars[-1][1][1] if chars[-1][1] else chars[-1][0].end
        out += [
            CastMention(
                rule=RULE,
                actor=actor,
                character=(name.start, name.end),
                description=desc,
                evidence=(u.start, end),
                block_kind=sentence.block_kind,
                block_index=sentence.block_index,
                sentence=(sentence.start, sentence.end),
            )
            for actor, (name, desc) in zip(u.members, chars, strict=True)
        ]
    return out
