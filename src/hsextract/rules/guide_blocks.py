"""Episode-guide database blocks: an episode's label alone on its line, its title on the next.

    2x1                              Season 2, Episode 1 - Air Date: 3/4/2026
    The Widow's Lamp                 The Return
    Air date: April 3, 2026

    Episode #: 301
    Title: Wolves at the Gate
    Air Date: 03.04.26

The label states season and number ("2x1", "S2E1", "2.1", "Season Two, Episode 3", or a production
code "Episode #: 301", season 3 episode 1, or a running number with the season's label "Episode #: 13
(S2 E01)"); the next line is the title when it is only a short
capitalised name (or "Title: X", or a quoted title). A date on the label line itself is that episode's
air date (`label_date_lines` gives the line its cue); an "Air date:" line below is read like any
aired line under an episode's line (`episode_lists.aired_lines`).
"""

from __future__ import annotations

import itertools
import re

from hsextract.ingest import Block
from hsextract.rules.episodes import EpisodeMention, Offsets
from hsextract.rules.hits import Hit, number_value
from hsextract.textnorm import fold

MAX_TITLE_WORDS = 8
PRODUCTION_CODE = 100  # "Episode #: 301": season 3, episode 1
_WORD_NUMBER = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# the label and what may follow it on its line: nothing, or an air-date field
_LABEL = re.compile(
    r"^\s*(?i:overall\s+\d{1,3}\s*[·∙|,–—-]\s*)?(?:"  # a series-wide count before it: "Overall 21 · "
    r"(?i:season|series)\s+(?P<s>"
    + _WORD_NUMBER
    + r")\s*[,:]?\s*(?i:episode|ep\.?|no\.)\s*#?\s*(?P<n>\d{1,3}|[a-z]+)"
    r"|(?P<s2>\d{1,2})\s*[x×]\s*(?P<n2>\d{1,3})"
    r"|(?P<s3>\d{1,2})\.(?P<n3>\d{1,2})"
    r"|S(?P<s4>\d{1,2})\s*[·∙.]?\s*E(?P<n4>\d{1,3})"  # "S2E1", "S03 · E01"
    r"|(?i:episode|ep\.?)\s*(?P<s6>\d{1,2})-(?P<n6>\d{2})"  # "Ep. 2-01"
    r"|(?i:episode|ep\.?)\s*(?:#|no\.)\s*:?\s*(?P<code>[1-9]\d{2})"
    # a series-wide running number with the season's own label: "Episode #: 13 (S2 E01)"
    r"|(?i:episode|ep\.?)\s*(?:#|no\.)?\s*:?\s*\d{1,3}\s*\(\s*S(?P<s5>\d{1,2})\s*E(?P<n5>\d{1,3})(?:\s*/\s*\d{1,3})?\s*\)"
    # a production number after the label: "(prod. 201)", "| Prod. #301"
    r")(?:\s*(?:\||\(|[–—-])\s*(?i:prod(?:uction)?\.?(?:\s+(?:code|no\.))?)\s*#?\s*:?\s*\w{1,6}\)?)?"
    r"\s*(?:[:–—-]\s*(?P<rest>(?i:original\s+)?(?i:air\s*date|airdate|aired|first\s+aired)\b.*))?\s*:?\s*$",
    re.IGNORECASE,
)
# an air-date field between a label and its title
_AIRED_FIELD = re.compile(r"^\s*(?i:(?:original\s+)?(?:air\s*date|airdate|aired|first\s+aired))\s*:")
_FIELD = re.compile(r"^\s*[A-Z][\w ]{0,24}:\s")
_TITLE_FIELD = re.compile(r"^\s*(?i:title)\s*:\s*(?P<t>\S.*?)\s*$")
_QUOTED = re.compile(r"^\s*[“\"‘'](?P<t>[^“”\"\n]{1,80}?)[,.]?[”\"’']\s*$")
# a line that is a field, a credit or a date, not a title
_NOT_TITLE = re.compile(
    r"^\s*(?:(?:original\s+)?(?:air\s*date|airdate|aired|first\s+aired|written|directed|writer|director|"
    r"teleplay|story|runtime|rating|synopsis|summary|guest|episode|season|series)\b|\d)",
    re.IGNORECASE,
)


def _label(block: Block) -> tuple[int | None, int] | None:
    """(season, number) of a line that is only an episode label (and perhaps its air date)."""
    m = _LABEL.match(block.text)
    if m is None:
        return None
    if m["code"]:
        code_season, code_number = divmod(int(m["code"]), PRODUCTION_CODE)
        return (code_season, code_number) if code_number else None
    season = number_value(m["s"] or m["s2"] or m["s3"] or m["s4"] or m["s5"] or m["s6"])
    number = number_value(m["n"] or m["n2"] or m["n3"] or m["n4"] or m["n5"] or m["n6"])
    return (season, number) if season and number else None


def _title(block: Block) -> Offsets | None:
    """The title a line holds when it is only a title: quoted, "Title: X", or a short capitalised name."""
    if m := _QUOTED.match(block.text) or _TITLE_FIELD.match(block.text):
        start, end = block.start + m.start("t"), block.start + m.end("t")
        if m.re is _TITLE_FIELD and (q := _QUOTED.match(m["t"])):  # 'Title: "Permafrost Heave"'
            start, end = start + q.start("t"), start + q.end("t")
        return (start, end) if end > start else None
    words = block.text.strip()
    if (
        not words
        or not (words[0].isupper() or words[0] in "“\"‘'")
        or words.endswith((".", ",", ";", ":", "!"))
        or len(words.split()) > MAX_TITLE_WORDS
        or _NOT_TITLE.match(words)
        or _LABEL.match(words)
    ):
        return None
    start = block.start + block.text.index(words)
    return start, start + len(words)


def guide_block_titles(blocks: list[Block]) -> list[EpisodeMention]:
    """Episodes of label-over-title blocks. The mention sits on the label's line, so a date there is
    its air date; the title is the next line."""
    out = []
    for k, (head, line) in enumerate(itertools.pairwise(blocks)):
        if head.kind in {"title", "paragraph"} and len(head.text.split()) > 12:
            continue
        if (label := _label(head)) is None:
            continue
        if _AIRED_FIELD.match(line.text) and k + 2 < len(blocks):
            line = blocks[k + 2]  # "S03 · E01" / "Aired: 03/08/2026 (Sun)" / "Title"
            if _FIELD.match(line.text):
                continue  # "Our Rating: 4/5": another field, no title
        if (span := _title(line)) is None:
            continue
        season, number = label
        out.append(
            EpisodeMention(
                "episodes.guide",
                span,
                line.kind,
                head.index,
                (head.start, line.end),
                number=number,
                season=season,
            )
        )
    return out


def label_date_lines(blocks: list[Block], episodes: list[EpisodeMention]) -> dict[int, Offsets]:
    """Block index -> cue span of a guide label line that also dates its episode ("Season 2, Episode 1 -
    Air Date: 3/4/2026"): the label up to its date field."""
    by_index = {b.index: b for b in blocks}
    out: dict[int, Offsets] = {}
    for e in episodes:
        if e.rule != "episodes.guide" or (head := by_index.get(e.block_index)) is None:
            continue
        if (m := _LABEL.match(head.text)) and m["rest"]:
            out[head.index] = (head.start, head.start + m.start("rest"))
    return out


def title_cues_dropped(cues: dict[int, Hit], episodes: list[EpisodeMention]) -> dict[int, Hit]:
    """Without the listicle cues whose entry head is an episode's title: "The Widow's Lamp" over "Air
    date: April 3" dates that episode (an aired line), not a show's release."""
    titles = [m.title for m in episodes]
    return {
        i: h
        for i, h in cues.items()
        if not (h.rule == "release.listing" and any(s < h.end and h.start < e for s, e in titles))
    }


def title_sections_dropped(
    section_show: dict[int, str], blocks: list[Block], text: str, episodes: list[EpisodeMention]
) -> dict[int, str]:
    """Section shows without those an episode's title line set up (a guide's title lines look like
    headings): such a section goes on with the show before it."""
    titles = {fold(text[slice(*m.title)]) for m in episodes}
    if not titles or not any(fold(v) in titles for v in section_show.values()):
        return section_show
    out: dict[int, str] = {}
    last: str | None = None
    for b in blocks:
        show = section_show.get(b.index)
        if show is not None and fold(show) in titles:
            show = last
        if show is not None:
            out[b.index] = show
        last = show
    return out


# A broadcaster's programme line: "Brackfell – The Pale Lychgate (Part 1) Ep 3/6": show, the episode's
# title (a two-part story's "(Part N)" kept) and its "Ep N/M" counter
_COUNTER_LINE = re.compile(
    r"^\s*(?P<show>[A-Z][^–—\n]{0,60}?)\s+[–—-]\s+(?P<title>[A-Z0-9“\"‘'][^()\n]{0,80}?(?:\s*\((?i:part|pt\.?)\s*\w+\))?)"
    r"\s*[,–—-]?\s*(?i:ep(?:isode)?\.?)\s*(?P<n>\d{1,2})\s*/\s*\d{1,2}\s*$"
)


def counter_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """Episodes of programme lines with an "Ep N/M" counter; the line names its show."""
    out = []
    for b in blocks:
        if (m := _COUNTER_LINE.match(b.text)) is None:
            continue
        start, end = b.start + m.start("title"), b.start + m.end("title")
        if text[start] in "“\"‘'" and text[end - 1] in "”\"’'":
            start, end = start + 1, end - 1
        if (bar := text.find(" | ", start, end)) > start:
            end = bar  # "Y Ffordd Hir | The Long Road": a bilingual title, the first form the title
        show = (b.start + m.start("show"), b.start + m.end("show"))
        out.append(
            EpisodeMention(
                "episodes.counter", (start, end), b.kind, b.index, (b.start, b.end), int(m["n"]), show=show
            )
        )
    return out


# "Sunday 8 March", "Sun 8 Mar, 9pm": a line that is only a date (a programme line's transmission)
_DATE_ONLY = re.compile(
    r"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?\s*(?:[,–—-].{0,40})?$",
    re.IGNORECASE,
)
COUNTER_REACH = 2  # the date line follows the programme line directly, or after one line


def counter_date_lines(blocks: list[Block], episodes: list[EpisodeMention]) -> dict[int, Offsets]:
    """Block index -> cue span for the date line under a programme line with an "Ep N/M" counter: the
    line's date is that episode's transmission (the cue: the programme line up to the title)."""
    at = {b.index: k for k, b in enumerate(blocks)}
    out: dict[int, Offsets] = {}
    for e in episodes:
        if e.rule != "episodes.counter" or (k := at.get(e.block_index)) is None:
            continue
        for j in range(k + 1, min(k + 1 + COUNTER_REACH, len(blocks))):
            if _DATE_ONLY.match(blocks[j].text):
                out[blocks[j].index] = (blocks[k].start, e.title[0])
                break
    return out


def counter_owner(blocks: list[Block], index: int, episodes: list[EpisodeMention]) -> int | None:
    """The programme line a date line dates (see `counter_date_lines`), by block index."""
    cues = counter_date_lines(blocks, [e for e in episodes if index - COUNTER_REACH <= e.block_index < index])
    if index not in cues:
        return None
    return next(
        e.block_index for e in episodes if e.rule == "episodes.counter" and e.title[0] == cues[index][1]
    )
