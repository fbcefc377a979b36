"""Episodes named outside a list or an "Episode N" label.

- The subject of a dated drop: 'On Tuesday, 9 March, "Two Down" arrives.' A weekly schedule told in
  prose names each episode by its quoted title, with no "episode" label next to it. Such a title is
  an episode when the paragraph (or the one before it) talks about episodes and the title is not one
  of the article's show titles (a US outlet quotes show titles the same way).
- A press still's caption: 'Show — "Title" – Episode 204 — Pictured: ...' (a production code: season
  2, episode 4).
- A press pack's stacked episode head: an "Episode One" line over a line that is only the quoted title.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.episodes import EpisodeMention, quoted_at
from hsextract.rules.hits import number_value
from hsextract.rules.titles import _MONTH_NAME
from hsextract.textnorm import fold

# the quoted title, then a drop verb: "“Two Down” arrives", "\"Brine Lanterns\" follows"
_DROP = re.compile(
    r"[“\"](?=[A-Z0-9])[^“”\"\n]{1,80}[”\"],?\s+(?:arrives|becomes\s+available|drops|lands|airs|follows|streams"
    r"|hits|is\s+released)\b"
)
_EPISODE_TALK = re.compile(r"\b(?:episodes?|finale)\b", re.IGNORECASE)
_DATED = re.compile(r"\b" + _MONTH_NAME + r"\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAME)


def _quoted(text: str, start: int, end: int) -> bool:
    return text.find('"', start, end) >= 0 or text.find("“", start, end) >= 0


def drop_titles(text: str, blocks: list[Block], shows: set[str]) -> list[EpisodeMention]:
    """The quoted subjects of dated drops in paragraphs about episodes; `shows`: folded show titles."""
    out = []
    for k, block in enumerate(blocks):
        if block.kind != "paragraph" or not _quoted(text, block.start, block.end):
            continue  # every _DROP match opens with a quote: without one the scans below find nothing
        if not _DATED.search(block.text):
            continue
        talk = [block.text] + ([blocks[k - 1].text] if k and blocks[k - 1].kind == "paragraph" else [])
        if not any(_EPISODE_TALK.search(t) for t in talk):
            continue
        for m in _DROP.finditer(text, block.start, block.end):
            span = quoted_at(text, m.start(), block.end)
            if span is None or fold(text[slice(*span)]) in shows:
                continue
            out.append(EpisodeMention("episodes.drop", span, block.kind, block.index, (block.start, span[1])))
    return out


def dropped_episodes(
    text: str, dated: list[DatedMention], episodes: list[EpisodeMention]
) -> list[DatedMention]:
    """A premiere statement whose subject is a dropped episode's title is that episode's drop, and so is
    a "follows" statement that names an episode ('That is followed on 5 November by "Title"')."""
    drops = [m.title for m in episodes if m.rule == "episodes.drop"]
    titles = sorted(m.title for m in episodes)
    return [
        replace(d, kind="episode")
        if d.category == "release"
        and d.kind == "premiere"
        and (
            any(d.sentence[0] <= s and e <= d.cue[1] + 2 for s, e in drops)
            or (_FOLLOWS.match(text, d.cue[0]) is not None and _names_one(titles, d.sentence))
        )
        else d
        for d in dated
    ]


_FOLLOWS = re.compile(r"follow(?:s|ed|ing)?\b", re.IGNORECASE)


def _names_one(titles: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    k = bisect.bisect_left(titles, (span[0], span[0]))
    return k < len(titles) and titles[k][1] <= span[1]


# 'SHOW – "Title" – Episode 204', 'SHOW -- "Title" Episode 401 -- Pictured: ...',
# 'SHOW -- "Title" -- Season 2, Episode 1 (Airs Oct. 2)': a network's press-still caption
_CAPTION_CODE = re.compile(
    r"^\s*(?P<show>[A-Z0-9][^–—\n]{0,60}?)\s+(?:--|[–—-])\s+[“\"](?P<title>[^”\"\n]{1,80})[”\"]\s*(?:(?:--|[–—-])\s*)?"
    r"(?:(?i:season)\s+(?P<season>\d{1,2}),?\s+)?(?i:episode|ep\.?)\s*#?\s*(?P<code>\d{1,3})\b"
)
PRODUCTION_CODE = 100  # "Episode 204": season 2, episode 4


def caption_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """The episode a press still's caption names with its show and its (production) number."""
    out = []
    for block in blocks:
        if (m := _CAPTION_CODE.match(block.text)) is None:
            continue
        code, o = int(m["code"]), block.start
        season, number = divmod(code, PRODUCTION_CODE) if code >= PRODUCTION_CODE else (None, code)
        if m["season"]:
            season, number = int(m["season"]), code
        out.append(
            EpisodeMention(
                "episodes.caption",
                (o + m.start("title"), o + m.end("title")),
                block.kind,
                block.index,
                (block.start, block.end),
                number=number,
                season=season,
                show=(o + m.start("show"), o + m.end("show")),
            )
        )
    return out


# "Episode One", "Ep. 1 (Chapter 9)": a label line, maybe with a gloss of another count
_LABEL_ONLY = re.compile(r"^\s*(?i:episode|ep\.?)\s+(?P<n>\d{1,2}|[A-Za-z]+)\s*(?:\([^()]{1,30}\))?\s*:?\s*$")
# the title alone, or opening its synopsis: '"Night Rota" – Ana is offered the job'
_QUOTED_ONLY = re.compile(r"^\s*[“\"‘'](?P<title>[^“”\"\n]{1,80}?)[,.]?[”\"’'](?:\s*$|\s+[–—-]\s+\S)")


# an unquoted title on its own line: short, capitalised, no sentence ("Ada finds the key.")
_BARE_LINE = re.compile(r"^\s*(?P<title>[A-Z0-9][^\n.!:;]{0,79}?[^\s.,:;]|[A-Z0-9])\s*$")
BARE_TITLE_WORDS = 8
MIN_BARE_RUN = 2  # one label over one bare line may be a sub-heading over its text; a run is a list


def stacked_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """'Episode One' over '"Slack Harbour"': the numbered episode and its title on the next line; the
    title may be unquoted when several labels in a row each head one short line."""
    out: list[EpisodeMention] = []
    bare: list[EpisodeMention] = []
    for head, line in itertools.pairwise(blocks):
        if (label := _LABEL_ONLY.match(head.text)) is None or (number := number_value(label["n"])) is None:
            continue
        if q := _QUOTED_ONLY.match(line.text):
            found = out
        elif (q := _BARE_LINE.match(line.text)) and len(q["title"].split()) <= BARE_TITLE_WORDS:
            found = bare
        else:
            continue
        span = (line.start + q.start("title"), line.start + q.end("title"))
        found.append(
            EpisodeMention(
                "episodes.stacked", span, line.kind, line.index, (head.start, line.end), number=number
            )
        )
    return out + (bare if len(bare) >= MIN_BARE_RUN else [])
