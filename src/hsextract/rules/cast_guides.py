"""Cast guides that give a pair as two lines rather than a sentence.

- "Who plays Edda Varrow?" over "Mira Salk-Obi — Returning" (a question and its answer);
- "Mira Salk-Obi" over "Who she plays: Edda Varrow, ..." (a name line and its role field);
- a character heading over a "Played by: Mira Salk-Obi" field line, which may name two actors ("Played
  by: A and B", twins sharing one part) or the actor replaced ("Played by: A (replacing B)": B held the
  part before). A one-word stage name counts here, since the field says it is an actor;
- a trade story's character-description line: 'Jane Roe is "Mara Lind" – The town's only doctor, ...'
  (the quotes mark the character; the words after the dash, to the first comma, describe her);
- a listicle entry headed "Actor – Character" over a paragraph that names one of them again (the
  sides are left to the article's evidence, the left-hand name the actor by default);
- a "comings and goings" entry: "Jane Roe (DS Mara Lind): The detective who ..." (a name, a bracketed
  name, a colon and a blurb); which side is the actor is left to the article's evidence, as for
  "Name (Name)".
"""

from __future__ import annotations

import itertools
import re

from hsextract.ingest import Block
from hsextract.rules.cast import CastMention
from hsextract.rules.cast_lists import NAME_RUN as _NAME_RUN
from hsextract.rules.titles import platforms_in

Offsets = tuple[int, int]

_WHO_PLAYS = re.compile(r"^Who plays (?P<char>" + _NAME_RUN + r")(?:\s+(?:in|on)\s+[^?]{1,60})?\?$")
_ANSWER = re.compile(r"^(?P<actor>" + _NAME_RUN + r")(?:\s*[—–-]\s*[^.!?]{0,40})?$")
_WHO_FIELD = re.compile(r"^Who (?:she|he|they) plays?:\s+(?P<char>" + _NAME_RUN + r")(?=[,.;]|\s+[–—-]|$)")
_NAME_ONLY = re.compile(r"^(?P<actor>" + _NAME_RUN + r")$")


def _guide_pair(head: Block, body: Block) -> tuple[Offsets, Offsets] | None:
    """(actor, character) spans of a question and its answer, or a name line and its role field."""
    if (
        (q := _WHO_PLAYS.match(head.text))
        and (a := _ANSWER.match(body.text))
        and len(a["actor"].split()) >= 2
    ):
        return (body.start + a.start("actor"), body.start + a.end("actor")), (
            head.start + q.start("char"),
            head.start + q.end("char"),
        )
    if (
        (n := _NAME_ONLY.match(head.text))
        and len(n["actor"].split()) >= 2
        and (f := _WHO_FIELD.match(body.text))
    ):
        return (head.start + n.start("actor"), head.start + n.end("actor")), (
            body.start + f.start("char"),
            body.start + f.end("char"),
        )
    return None


_PLAYED_FIELD = re.compile(
    r"^(?:Played|Portrayed|Voiced)\s+by:?\s+(?P<actor>" + _NAME_RUN + r")"
    r"(?:\s+(?:and|&)\s+(?P<actor2>" + _NAME_RUN + r"))?"
    r"(?:\s*\((?:replacing|taking over from|formerly|previously)\s+(?P<prev>" + _NAME_RUN + r")\))?\.?$"
)
_PLACEHOLDER = re.compile(r"^(?:TBC|TBA|TBD)$")
_LEADING_THE = re.compile(r"^The\s+")


def _mention(
    head: Block, body: Block, actor: Offsets, character: Offsets, previous: bool = False
) -> CastMention:
    sentence = (head.start, body.end)
    return CastMention.on_line(
        "cast.guide_answer", actor, character, head, sentence=sentence, previous=previous
    )


def _played_by(head: Block, body: Block) -> list[CastMention]:
    """The pairs of a character heading over its "Played by: Actor" field line."""
    if (f := _PLAYED_FIELD.match(body.text)) is None or (n := _NAME_ONLY.match(head.text)) is None:
        return []
    the = _LEADING_THE.match(head.text)
    character = (head.start + (the.end() if the else 0), head.start + n.end("actor"))
    out = []
    for group in ("actor", "actor2", "prev"):
        if f[group] and not _PLACEHOLDER.match(f[group]):
            actor = (body.start + f.start(group), body.start + f.end(group))
            out.append(_mention(head, body, actor, character, previous=group == "prev"))
    return out


_QUOTED_ROLE_LINE = re.compile(
    r"^(?P<actor>" + _NAME_RUN + r")\s+(?:is|plays|will\s+play)\s+[\"“](?P<char>[A-Z][^\"”]{0,60})[\"”]"
    r"\s*(?:[–—:-]|,)\s*(?:(?i:the|a|an)\s+)?(?P<desc>[^,.;]{1,120})"
)


def _quoted_role(block: Block) -> CastMention | None:
    if (m := _QUOTED_ROLE_LINE.match(block.text)) is None:
        return None
    o = block.start
    actor, character = (o + m.start("actor"), o + m.end("actor")), (o + m.start("char"), o + m.end("char"))
    desc = (o + m.start("desc"), o + m.start("desc") + len(m["desc"].rstrip()))
    evidence = (actor[0], character[1] + 1)  # the closing quote
    return CastMention.on_line(
        "cast.quoted_role_line", actor, character, block, evidence=evidence, description=desc
    )


_BRACKET_ENTRY = re.compile(
    r"^\s*(?:[•*·–—-]\s*)?(?P<outer>" + _NAME_RUN + r")\s*\((?P<inner>" + _NAME_RUN + r")\)\s*:\s+\S"
)


def _bracket_entry(block: Block) -> CastMention | None:
    if (
        (m := _BRACKET_ENTRY.match(block.text)) is None
        or platforms_in(m["inner"])
        or platforms_in(m["outer"])
    ):
        return None
    o = block.start
    outer, inner = (o + m.start("outer"), o + m.end("outer")), (o + m.start("inner"), o + m.end("inner"))
    evidence = (outer[0], inner[1] + 1)  # the closing bracket
    return CastMention.on_line("cast.bracket_entry", outer, inner, block, evidence=evidence, oriented=False)


# a cast bullet "• Actor — Character, Gulnar's grandmother": the descriptor after the second name is a
# character's, so the first name is the actor
_DASH_ITEM = re.compile(
    r"^\s*(?:[•*·]\s*)?(?P<actor>" + _NAME_RUN + r")\s+[–—]\s+(?P<char>" + _NAME_RUN + r"),\s+"
    r"(?P<desc>(?:(?:the|a|an|his|her|their)\s+|[A-Z][\w-]*['’]s\s+)[^,.;()]{1,60}?)\.?$"
)


def _dash_item(block: Block) -> CastMention | None:
    if (m := _DASH_ITEM.match(block.text)) is None or platforms_in(block.text):
        return None
    o = block.start
    actor, character = (o + m.start("actor"), o + m.end("actor")), (o + m.start("char"), o + m.end("char"))
    desc = (o + m.start("desc"), o + m.end("desc"))
    return CastMention.on_line("cast.dash_item", actor, character, block, description=desc)


# an anime cast line "Konoha, the fox postmistress — CV: Natsuha Odagiri"
_CV_LINE = re.compile(
    r"^\s*(?:[•*·]\s*)?(?P<char>" + _NAME_RUN + r")(?:,\s+(?P<desc>[^—–()]{1,60}?))?\s+[—–-]\s+"
    r"(?:CV|VA|[Vv]oice(?:d\s+by)?)\s*[:：]?\s*(?P<actor>" + _NAME_RUN + r")\s*$"
)


def _cv_line(block: Block) -> CastMention | None:
    if (m := _CV_LINE.match(block.text)) is None:
        return None
    o = block.start
    actor, character = (o + m.start("actor"), o + m.end("actor")), (o + m.start("char"), o + m.end("char"))
    desc = (o + m.start("desc"), o + m.end("desc")) if m["desc"] else None
    return CastMention.on_line("cast.cv_line", actor, character, block, description=desc)


# an episode database's cast block: the actor's line, the character's line, then "10 episodes"
_EPISODE_COUNT_LINE = re.compile(r"^\d{1,3}\s+episodes?$", re.IGNORECASE)
_CHARACTER_LINE = re.compile(
    r"^(?P<char>" + _NAME_RUN + r")(?:\s*\((?:voice|uncredited|archive)\)|\s*/\s*.*)?$"
)
_SELF = frozenset({"himself", "herself", "themselves", "themself", "self", "narrator"})
MIN_COUNTED = 2  # one name over another and a count is as likely a caption and a stat


def counted_cast(blocks: list[Block]) -> list[CastMention]:
    """Pairs of an actor line over a character line over an "N episodes" line, two such at least in
    a row (a database page's "Top Cast"); a part played as oneself ("Himself (voice)") is no role."""
    found: list[tuple[int, CastMention | None]] = []
    for k in range(2, len(blocks)):
        actor, role, count = blocks[k - 2], blocks[k - 1], blocks[k]
        if not _EPISODE_COUNT_LINE.match(count.text):
            continue
        a, c = _NAME_ONLY.match(actor.text), _CHARACTER_LINE.match(role.text)
        if a is None or c is None or len(a["actor"].split()) < 2:
            continue
        mention = None
        if c["char"].casefold() not in _SELF:
            span = (role.start + c.start("char"), role.start + c.end("char"))
            mention = _counted(actor, role, (actor.start, actor.start + a.end("actor")), span)
        found.append((k, mention))
    runs = [g for g in _runs([k for k, _ in found]) if len(g) >= MIN_COUNTED]
    keep = {k for g in runs for k in g}
    return [m for k, m in found if k in keep and m is not None]


def _counted(actor_line: Block, role_line: Block, actor: Offsets, character: Offsets) -> CastMention:
    return CastMention.on_line(
        "cast.counted", actor, character, actor_line, sentence=(actor_line.start, role_line.end)
    )


def _runs(ends: list[int]) -> list[list[int]]:
    """Count-line positions grouped into runs three blocks apart."""
    runs: list[list[int]] = []
    for k in ends:
        if runs and k - runs[-1][-1] == 3:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


# a status tag may follow: "[RETURNING]", "(new)", "(missing, presumed drowned)"
_DASH_HEAD = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?P<left>" + _NAME_RUN + r")\s+[–—-]\s+(?P<right>" + _NAME_RUN + r")"
    r"(?:\s*[\[(][^\[\]()]{1,40}[\])])?$"
)
MIN_ENTRY_CHARS = 60  # the entry's paragraph: prose, not another list line
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
# a gallery slide's head "Actor is Character — RETURNING" (a capitalised status tag may follow)
_IS_HEAD = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?P<left>" + _NAME_RUN + r")\s+(?:is|plays)\s+(?P<right>" + _NAME_RUN + r")"
    r"(?:\s+[–—-]\s+[A-Z0-9][A-Z0-9 :()!,'’-]{1,40}|\s*[\[(][^\[\]()]{1,40}[\])])?$"
)


def _dash_head(head: Block, body: Block) -> CastMention | None:
    """ "Mira Salk-Obi – Edda Varrow" (or "Mira Salk-Obi is Edda Varrow — NEW") over a paragraph naming
    either again ("Edda is ...")."""
    m = _DASH_HEAD.match(head.text) or _IS_HEAD.match(head.text)
    if m is None or body.kind != "paragraph" or len(body.text) < MIN_ENTRY_CHARS or head.text.endswith("."):
        return None  # a head is no sentence: "Roe plays Imogen Tate." is prose for the sentence rules
    left, right = m["left"].split(), m["right"].split()
    if min(len(left), len(right)) < 2 or platforms_in(head.text):
        return None
    again = {left[0], left[-1], right[0], right[-1]}
    tagged = head.text.rstrip().endswith((")", "]")) or _NUMBERED.match(head.text)  # a guide's entry head
    if not tagged and not any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", body.text) for w in again):
        return None
    o = head.start
    actor, character = (o + m.start("left"), o + m.end("left")), (o + m.start("right"), o + m.end("right"))
    oriented = m.re is _IS_HEAD  # "Actor is Character"; a dash leaves the sides to the article
    return CastMention.on_line(
        "cast.dash_head", actor, character, head, sentence=(head.start, body.end), oriented=oriented
    )


def _line_pair(b: Block) -> CastMention | None:
    return _quoted_role(b) or _bracket_entry(b) or _dash_item(b) or _cv_line(b)


def guide_mentions(blocks: list[Block]) -> list[CastMention]:
    out = [m for b in blocks if (m := _line_pair(b)) is not None]
    out += counted_cast(blocks)
    for head, body in itertools.pairwise(blocks):
        if (pair := _guide_pair(head, body)) is not None:
            out.append(_mention(head, body, *pair))
        elif (dashed := _dash_head(head, body)) is not None:
            out.append(dashed)
        else:
            out += _played_by(head, body)
    return out
