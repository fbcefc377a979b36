"""Stage 3, rules: phrasing patterns (kept as data in *.json here) applied to analysed sentences.

Output is mentions with exact article offsets and the id of the rule that found them; turning
mentions into records is the assemble stage's job.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from hsextract.ingest import Article, Block
from hsextract.ner import Chunk
from hsextract.rules.bracket_lists import bracket_list_mentions
from hsextract.rules.calendar import (
    day_heading_mentions,
    glance_mentions,
    grid_mentions,
    grid_rows,
    leaving_lines,
    rundown_titles,
)
from hsextract.rules.cast import CastMention, about_other_work, aside_mentions, mentions_from_match
from hsextract.rules.cast_apposed import apposed_list_mentions
from hsextract.rules.cast_guides import guide_mentions
from hsextract.rules.cast_lists import (
    bracket_respectively_mentions,
    colon_list_mentions,
    gapped_mentions,
    respectively_mentions,
    takes_over_mentions,
)
from hsextract.rules.cast_table import table_mentions
from hsextract.rules.context import ArticleContext, build_context
from hsextract.rules.credit_lines import credit_line_mentions, leader_mentions
from hsextract.rules.engine import (
    CompiledRules,
    load_ruleset,
    reads_attribute,
    register_extensions,
    rule_words,
)
from hsextract.rules.episode_appositives import (
    appositive_titles,
    code_line_titles,
    flattened_titles,
    inline_numbered_titles,
    label_after_titles,
    numbered_pair_titles,
)
from hsextract.rules.episode_drops import caption_titles, drop_titles, dropped_episodes, stacked_titles
from hsextract.rules.episode_lists import (
    aired_lines,
    followed_by,
    labelled_lines,
    ordinal_titles,
    title_lines,
)
from hsextract.rules.episodes import EpisodeMention, collect_hits, find_episodes, merge_mentions, real_titles
from hsextract.rules.guide_blocks import (
    counter_date_lines,
    counter_titles,
    guide_block_titles,
    label_date_lines,
    title_cues_dropped,
    title_sections_dropped,
)
from hsextract.rules.heads import listing_lines
from hsextract.rules.hits import Hit
from hsextract.rules.occupations import occupation_descriptions
from hsextract.rules.production_spans import production_span_mentions
from hsextract.rules.questions import answer_lines
from hsextract.rules.releases import DatedMention, find_dated, hedged_sections
from hsextract.rules.replaces import replaced_mentions
from hsextract.rules.slots import slot_lines, slot_mentions
from hsextract.rules.tokens import Lexemes, Tokens, token_table
from hsextract.rules.units import Sentence, build_units, unit_doc, unit_words
from hsextract.rules.vocab import FUNCTION_WORDS
from hsextract.rules.week_lines import premiere_tag_mentions, week_line_mentions
from hsextract.textnorm import fold

if TYPE_CHECKING:
    from spacy.vocab import Vocab

# Blocks that never yield records: the author's box, link lists and datelines.
SKIPPED_BLOCKS = frozenset({"bio", "byline", "boilerplate", "dateline"})


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str
    person: bool  # tagged PERSON by the model
    label: str  # entity label overlapping the name ("PERSON", "GPE", ...), or ""
    tokens: int
    block_kind: str


@dataclass
class RuleOutput:
    article: Article
    chunks: list[Chunk]
    context: ArticleContext
    sentences: list[Sentence] = field(default_factory=list)
    cast: list[CastMention] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    dated: list[DatedMention] = field(default_factory=list)  # release and event statements
    episodes: list[EpisodeMention] = field(default_factory=list)


def block_at(blocks: list[Block], starts: list[int], offset: int) -> Block | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and blocks[i].start <= offset < max(blocks[i].end, blocks[i].start + 1):
        return blocks[i]
    return None


class RuleStage:
    def __init__(self, vocab: Vocab) -> None:
        register_extensions()
        self.vocab = vocab
        self.cast_rules = CompiledRules(vocab, load_ruleset("cast_rules.json"), native_units=True)
        self.release_rules = CompiledRules(vocab, load_ruleset("release_rules.json"))
        self.stop_words = rule_words(self.cast_rules.ruleset) - FUNCTION_WORDS
        self.unit_pos = reads_attribute(self.cast_rules.ruleset, "POS")  # else unit docs go without
        self.lexemes = Lexemes(vocab)

    def sentences(
        self, article: Article, chunks: list[Chunk], tables: list[Tokens] | None = None
    ) -> list[Sentence]:
        blocks = article.blocks
        starts = [b.start for b in blocks]
        out: list[Sentence] = []
        if tables is None:
            tables = [token_table(c.doc, article.analysis_text, c.offset, self.lexemes) for c in chunks]
        proper = frozenset(
            text
            for t in tables
            for text, start, alpha, stop in zip(t.text, t.sent_start, t.is_alpha, t.is_stop, strict=True)
            if not start and alpha and text[0].isupper() and not stop
        )
        for chunk, t in zip(chunks, tables, strict=True):
            for sent in chunk.doc.sents:
                first = next((k for k in range(sent.start, sent.end) if not t.is_space[k]), None)
                if first is None:
                    continue
                block = block_at(blocks, starts, t.idx[first] + chunk.offset)
                if block is None or block.kind in SKIPPED_BLOCKS:
                    continue
                units = build_units(t, sent.start, sent.end, chunk.offset, self.stop_words, proper)
                if units:
                    # a trailing aside ("Gildmoor (Oct. 3, Netflix)") is dropped from the units but
                    # stays in the sentence, so a date in it can still be read
                    last = next(k for k in range(sent.end - 1, first - 1, -1) if not t.is_space[k])
                    end = max(units[-1].end, min(t.end_char(last) + chunk.offset, block.end))
                    out.append(Sentence(units, units[0].start, end, block.kind, block.index))
        _short_forms_are_people(out)
        return out

    def _sentence_cast(self, sentence: Sentence, result: RuleOutput) -> None:
        """The cast mentions one sentence states, added to `result.cast`."""
        result.cast.extend(aside_mentions(sentence))
        result.cast.extend(gapped_mentions(sentence))
        result.cast.extend(respectively_mentions(sentence))
        result.cast.extend(apposed_list_mentions(sentence))
        # Every cast pattern pairs two names and needs its anchor word: without both, skip the
        # Matcher (and building its Doc).
        if sum(len(u.members) for u in sentence.units if u.kind in {"NAME", "NAMES"}) < 2:
            return
        if not self.cast_rules.may_match(unit_words(sentence.units)):
            return
        doc = unit_doc(self.vocab, sentence.units, pos=self.unit_pos)
        for match in self.cast_rules(doc):
            if not about_other_work(sentence, match):
                result.cast.extend(mentions_from_match(sentence, match))
        if takes := takes_over_mentions(sentence, result.cast[-8:]):
            result.cast = [_previous(c, takes) for c in result.cast] + takes

    def run(self, article: Article, chunks: list[Chunk]) -> RuleOutput:
        content = [b for b in article.blocks if b.kind not in SKIPPED_BLOCKS]
        guide = guide_block_titles(content)  # an episode guide's title lines name no show
        lines = frozenset(
            {
                b.index
                for b in content
                for m in guide
                if b.start <= m.title[0] < b.end or b.index == m.block_index
            }
            | labelled_lines(content)
        )
        result = RuleOutput(article, chunks, build_context(article.analysis_text, article.blocks, lines))
        tables = [token_table(c.doc, article.analysis_text, c.offset, self.lexemes) for c in chunks]
        result.sentences = self.sentences(article, chunks, tables)
        before: list[CastMention] = []  # the previous sentence's pairs ("He replaces Tom Poe")
        for sentence in result.sentences:
            result.names.extend(_names(article, sentence))
            n = len(result.cast)
            self._sentence_cast(sentence, result)
            if len(result.cast) == n:
                result.cast.extend(replaced_mentions(sentence, before, article.analysis_text))
            before = result.cast[n:]
        hits = collect_hits(chunks, self.release_rules, tables)
        credits, credit_blocks = credit_line_mentions(content)
        leaders = leader_mentions(content)
        table, table_blocks = table_mentions(content, article.analysis_text)
        credit_blocks |= {m.block_index for m in leaders} | table_blocks
        result.names = _outside(result.names, content, table_blocks)
        result.cast = (
            [c for c in result.cast if c.block_index not in credit_blocks] + credits + leaders + table
        )
        result.cast.extend(colon_list_mentions(content))
        result.cast.extend(guide_mentions(content))
        result.cast.extend(bracket_respectively_mentions(content))
        result.cast = occupation_descriptions(result.cast, article.analysis_text)
        found, episode_lines = find_episodes(article.analysis_text, content, hits)
        listed, list_lines = title_lines(article.analysis_text, content, hits)
        found = merge_mentions(
            [
                *found,
                *listed,
                *ordinal_titles(article.analysis_text, content),
                *appositive_titles(article.analysis_text, content),
                *inline_numbered_titles(article.analysis_text, content),
                *flattened_titles(article.analysis_text, content),
                *label_after_titles(article.analysis_text, content),
                *numbered_pair_titles(article.analysis_text, content),
                *code_line_titles(article.analysis_text, content),
                *rundown_titles(content),
                *drop_titles(article.analysis_text, content, {fold(s) for s in result.context.strong_shows}),
                *caption_titles(article.analysis_text, content),
                *stacked_titles(article.analysis_text, content),
                *guide,
                *counter_titles(article.analysis_text, content),
            ]
        )
        # lines that are one drop each: a date on the line is that drop's, the line its cue; a
        # schedule's slot lines are read by `slot_mentions`, each dated by its day heading
        slots = slot_lines(content)
        line_cues = {
            **{
                i: Hit("release.listing", *span)
                for i, span in listing_lines(content).items()
                if not {i, i - 1} & slots  # not the next day's heading under a slot line either
            },
            **{i: Hit("episodes.line", *span) for i, span in {**list_lines, **episode_lines}.items()},
        }
        result.episodes = real_titles(
            article.analysis_text,
            merge_mentions([*found, *followed_by(article.analysis_text, content, found)]),
        )
        line_cues = {
            **_later_cues(content, result.episodes),
            **title_cues_dropped(line_cues, result.episodes),
        }
        ctx = result.context
        ctx.section_show = title_sections_dropped(
            ctx.section_show, content, article.analysis_text, result.episodes
        )
        dated = _dated(article, content, result, hits, line_cues)
        result.dated = dropped_episodes(article.analysis_text, dated, result.episodes)
        result.cast = _untitled_cast(article, result.cast, result.episodes)
        result.cast = [
            c for c in result.cast if not _not_a_role_bracket(article.analysis_text, c, result.context)
        ]
        return result


def _outside(names: list[NameMention], blocks: list[Block], rows: set[int]) -> list[NameMention]:
    """A flattened table row reads as one long name ("Ada Roe Mara Vell"): its names are the row's pair."""
    spans = [(b.start, b.end) for b in blocks if b.index in rows]
    return [n for n in names if not any(s <= n.start < e for s, e in spans)]


def _later_cues(content: list[Block], episodes: list[EpisodeMention]) -> dict[int, Hit]:
    """Line cues that need the episodes: an "Aired on <date>" line under an episode's line, or a guide's
    label line that dates the title below it; and the answer under a "When is X coming out?" question
    ("We'd guess early 2027")."""
    return {
        **{i: Hit("release.question", *span) for i, span in answer_lines(content).items()},
        **{i: Hit("episodes.line", *span) for i, span in aired_lines(content, episodes).items()},
        **{i: Hit("episodes.line", *span) for i, span in label_date_lines(content, episodes).items()},
        **{i: Hit("episodes.line", *span) for i, span in counter_date_lines(content, episodes).items()},
    }


def _untitled_cast(
    article: Article, cast: list[CastMention], episodes: list[EpisodeMention]
) -> list[CastMention]:
    """A name pair inside an episode's title ("Aunt Mira's Lantern, Lost") is no cast pair, nor is
    one with an episode title for a side ("2. Nordlys (Northern Lights)": a title and its translation)."""
    titles = sorted(m.title for m in episodes)
    return [
        c
        for c in cast
        if not _in_any(titles, min(c.actor[0], c.character[0]), max(c.actor[1], c.character[1]))
        and not _overlaps_any(titles, *c.actor)
        and not _overlaps_any(titles, *c.character)
        and _named_in_body(article, c)
        and not _shouted_words(article.analysis_text, c)
    ]


# "Kazuhiro Inagaki (Copper Moth Brigade) is returning to direct": a crew member and a credit
_CREW_AFTER = re.compile(
    r"\)?,?\s+(?:is|are|was|will|has|also)?\s*(?:\w+\s+){0,2}?(?:to\s+)?"
    r"(?:direct|directs|directing|write|writes|writing|compose|composes|composing|produce|produces|producing|"
    r"score|scores|scoring|helm|helms|helming)\b",
    re.IGNORECASE,
)


def _not_a_role_bracket(text: str, c: CastMention, ctx: ArticleContext) -> bool:
    """A bracket pair that is no role: a crew member's credit, or a show's title with its original-language
    title in brackets ("Last Ferry to Kilmory (Kilmory-yuki Saishu Ressha)": "Kilmory" is no character)."""
    if not (c.rule == "cast.paren" or c.rule.startswith("cast.aside")):
        return False
    first, last = min(c.actor, c.character), max(c.actor, c.character)
    if _CREW_AFTER.match(text, last[1]):
        return True
    shows = ctx.strong_shows | ({ctx.show} if ctx.show else set())
    return any(len(s) > first[1] - first[0] and text.endswith(s, 0, first[1]) for s in shows)


def _shouted_words(text: str, c: CastMention) -> bool:
    """Both sides one word in capitals ("ENDED AS PLANNED means ..."): a label read as a pair."""
    sides = (text[slice(*c.actor)], text[slice(*c.character)])
    return all(" " not in s and s.isupper() and len(s) > 1 for s in sides)


_QUOTED_SPAN = re.compile(r"[“\"][^“”\"\n]{1,80}[”\"]")


def _dated(
    article: Article, content: list[Block], result: RuleOutput, hits: list[Hit], line_cues: dict[int, Hit]
) -> list[DatedMention]:
    """The release and event statements: sentences, day-heading calendars and TV grids."""
    # a word inside an episode's title ("The Short Fall", "March On") is no release cue or date
    titles = sorted(m.title for m in result.episodes)
    untitled = [h for h in hits if not _in_any(titles, h.start, h.start + 1)]  # starting inside one
    # a label inside quotes is part of a title ('"Cause and Effect, Part Two" airs next Wednesday')
    quoted = [m.span() for m in _QUOTED_SPAN.finditer(article.analysis_text)]
    untitled = [h for h in untitled if not (h.rule.startswith("label.") and _in_any(quoted, h.start, h.end))]
    # a TV grid's row is read cell by cell (grid_mentions), not as a sentence across its cells
    rows = grid_rows(content)
    grid = {row.index for row, _, _ in rows} | slot_lines(content)
    dated = find_dated(
        article.analysis_text, result.sentences, untitled, hedged_sections(article.blocks, hits), line_cues
    )
    bracketed = bracket_list_mentions(content)  # "A (Hulu, Nov. 8), B (Starz, Nov. 20)": one per title
    listed = leaving_lines(content) | {d.block_index for d in bracketed}
    dated = [d for d in dated if not (d.category == "release" and d.block_index in listed)]
    found = (
        [d for d in dated if d.block_index not in grid]
        + bracketed
        + day_heading_mentions(article.analysis_text, content)
        + grid_mentions(rows)
        + glance_mentions(content)
        + slot_mentions(content)
        + week_line_mentions(content)
        + premiere_tag_mentions(content)
        + production_span_mentions(content)
    )
    # a list entry for a film or a special ("Genre: Thriller (film)") dates no season
    films = result.context.not_series
    finales = finale_gallery(content)
    return [
        replace(d, kind="finale") if d.category == "release" and d.block_index in finales else d
        for d in found
        if not (d.category == "release" and d.block_index in films)
    ]


# "MORE WINTER FINALES", "Fall finales to watch": a gallery whose entries' dates are their finales
_FINALES_HEAD = re.compile(r"^(?:[\w'’-]+\s+){0,4}finales\b[^.!?]{0,40}$", re.IGNORECASE)


def finale_gallery(blocks: list[Block]) -> set[int]:
    """Block indices under a heading announcing finales, up to the next heading in capitals."""
    out: set[int] = set()
    inside = False
    for b in blocks:
        if b.kind == "heading" and _FINALES_HEAD.match(b.text):
            inside = True
        elif inside and b.kind == "heading" and b.text.isupper():
            inside = False
        elif inside:
            out.add(b.index)
    return out


def _names(article: Article, sentence: Sentence) -> list[NameMention]:
    return [
        NameMention(
            s,
            e,
            article.analysis_text[s:e],
            u.ent == "PERSON",
            u.ent,
            len(article.analysis_text[s:e].split()),
            sentence.block_kind,
        )
        for u in sentence.units
        if u.kind in {"NAME", "NAMES"}
        for s, e in u.members
    ]


def _previous(c: CastMention, takes: list[CastMention]) -> CastMention:
    """The actor a "takes over the part" statement replaces held the role before."""
    if any(c.sentence == t.sentence and c.character == t.character for t in takes):
        return replace(c, previous=True)
    return c


def _named_in_body(article: Article, c: CastMention) -> bool:
    """A headline capitalises every word ("... Cast as Twins"): a pair read there stands only if its
    character is named again below it."""
    if c.block_kind != "title":
        return True
    name = article.analysis_text[slice(*c.character)]
    body = article.analysis_text[next((b.end for b in article.blocks if b.kind == "title"), 0) :]
    return not body.strip() or name in body  # a text of one line has nothing below it to ask


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """[start, end) shares a character with one of the sorted, non-overlapping spans."""
    k = bisect.bisect_left(spans, (end, end))
    return k > 0 and spans[k - 1][1] > start


def _in_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """[start, end) lies inside one of the sorted, non-overlapping spans."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def _short_forms_are_people(sentences: list[Sentence]) -> None:
    """A one-word possessor that is the first or last word of a full name the article writes elsewhere
    is that person ("Okonjo's Tamsin" beside "Rosalind Okonjo"): the model rarely tags a lone surname
    or first name as a person. Assembly keeps such a pair only for a name introduced as an actor."""
    parts: set[str] = set()
    for sentence in sentences:
        for u in sentence.units:
            if u.kind == "NAME" and u.tokens >= 2 and u.ent == "PERSON":
                words = u.text.split()
                parts.update((words[0], words[-1]))
            elif u.kind == "NAMES":  # "Rosalind Okonjo and Ilona Varga both return": each listed name
                for member in u.text.split(" | "):
                    if len(words := member.split()) >= 2:
                        parts.update((words[0], words[-1]))
    if not parts:
        return
    for sentence in sentences:
        units = sentence.units
        for k, u in enumerate(units[:-1]):  # only a possessor: "Okonjo's Tamsin"
            if u.kind == "NAME" and u.tokens == 1 and u.text in parts and units[k + 1].lower in {"'s", "’s"}:
                u.ent = "PERSON"
