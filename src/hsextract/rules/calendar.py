"""Streaming calendars: a day heading ("Monday, Oct. 5") dates the title lines listed under it.

"New on <streamer> this week" articles give each day a heading, then one line per title:
"NEW Title: Season 3 – Netflix Original", "Title (Limited Series) – Netflix Original". No sentence
joins the date to the title, so the sentence rules never see them together; here each line becomes a
release statement whose cue is its title and whose date is the heading. Films, specials, single
episodes and library dumps ("Seasons 1–5 – licensed") are not season releases and are skipped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.episodes import EpisodeMention
from hsextract.rules.heads import DATE_FIRST_ENTRY
from hsextract.rules.hits import number_value
from hsextract.rules.tables import cells
from hsextract.rules.titles import DATE_LINE, platforms_in, single_season, title_day

Offsets = tuple[int, int]

_TITLE_LINE = re.compile(
    r"^(?P<bullet>[•▪◦*]\s+)?(?:NEW\s+)?(?:(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|/\d{1,2}c))(?:\s+[ECMP]T)?\s*(?:[–—-]|--)\s*)?"
    r"(?P<q>[\"“])?(?P<title>[A-Z0-9][^:–—()]{0,60}?)(?(q)[\"”])"
    r"(?:\s*\((?P<note>[^)]{1,30})\))?"
    r"(?:,\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)?"  # "Title (HBO), 9 p.m. ET (Season 2)"
    r"(?::\s*(?:(?i:season|series)\s+(?P<season>\w+)(?:\s+(?P<finale>(?i:finale))|\s+(?i:premiere))?"
    r"|(?P<ctag>(?i:limited series|miniseries|docuseries|new series|series premiere)))?,?\s*"
    r"(?P<part>(?i:part|volume|vol\.)\s+\w+)?"
    r"(?:,?\s*(?i:episodes)\s+1\s*[-–]\s*\d{1,2})?)?"  # "Title: Season 3, Episodes 1-4": the opening batch
    r"(?:\s*\((?P<tag>(?(bullet)[^)]{1,100}|[^)]{1,50}))\))?"  # a bulleted entry's bracket of facts is longer
    r"(?:\s+(?:[–—-]|--)\s+(?P<rest>.{1,80}))?$"
)  # "--" is a typed dash ("Title (CBS) -- 3rd season finale"); a listing may lead with its slot
# ('8 p.m. — "Title" (NBC, Season 4)')
# a line without a dash is a listed title only when it says so: "Title: Season 2 (Prime Video Original)"
_LISTED_TAG = re.compile(r"\b(?:original|limited series|miniseries|docuseries|exclusive)\b", re.IGNORECASE)
# not a season release: a film or special, one episode, a library dump of several seasons
_NOT_A_SEASON = re.compile(
    r"\b(?:film|movie|special|stand-up|episode\s+\d|seasons\s+\d|s\d{1,2}\s*[-–]\s*\d{1,2}|licensed"
    r"|new episodes?|concert|finale"
    r"|reunion|S\d{1,2}E\d{1,3})\b",
    re.IGNORECASE,
)
_FINALE_TAG = re.compile(r"\bfinale\b", re.IGNORECASE)
_FINALE_LINE = re.compile(r"\s+(?i:(?:season|series)\s+\w+\s+)?(?i:finale)\s*$")
_NOT_A_SHOW = re.compile(r"\b(?:film|movie|documentary|special|stand-up)\b", re.IGNORECASE)


def _finale_at(line: str, title: str) -> int | None:
    """Where "season 2 finale" starts in a title line's title ("Title season 2 finale (Disney+)": the
    day is that season's finale), or None."""
    f = _FINALE_LINE.search(title)
    return f.start() if f is not None and not _NOT_A_SHOW.search(line) else None


def _listed_title(m: re.Match[str], finale: bool, blurb: Block | None) -> bool:
    """Whether the line lists a title that drops: not a film, one episode or a library dump."""
    if (_NOT_A_SEASON.search(m.string) and not finale) or re.fullmatch(r"\d{4}", m["note"] or ""):
        return False
    # "The Orchard Men (Hulu)" over a blurb: a weekly guide's new show, unless the blurb says it is a film
    streams = bool(platforms_in(m["note"] or "")) and not (blurb and _NOT_A_SHOW.search(blurb.text))
    tags = f"{m['note'] or ''} {m['tag'] or ''}"
    # "• Title (Season 3 premieres 9 p.m. AMC; streams the same night on AMC+)": a bracket of facts
    facts = bool(platforms_in(m["tag"] or "") and _PREMIERES.search(m["tag"] or ""))
    return bool(
        m["rest"] or m["season"] or streams or facts or _LISTED_TAG.search(tags)
    )  # a bare title: anything


_SERIES_PREMIERE = re.compile(r"\bseries\s+premiere\b", re.IGNORECASE)
_PREMIERES = re.compile(
    r"\b(?:premieres?|debuts?|launch(?:es)?)\b", re.IGNORECASE
)  # not "returns" from a break


# "Title, season 2", "Title Season 3", "Title: Season 1 premiere" — the season written after the title
# without the colon form the line pattern reads
_TRAILING_SEASON = re.compile(
    r"(?:,\s*|\s+)(?i:season|series)\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?i:premiere|debut))?\s*$"
)

_SEASON_NOTE = re.compile(
    r"(?i:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
)


class _Line(NamedTuple):
    """What a title line says besides its title: where the title ends, its season, and its flags."""

    title_end: int  # in the line
    season: int | None
    finale_cut: int | None  # where "season 2 finale" starts in the title
    tagged: bool  # a finale by its tag
    own: bool  # it says itself that it is a season ("Title, season 2", "Title (Season 2)")


def _tag_season(tail: str, tag: str | None) -> int | None:
    """The season the line's notes state; a "series premiere" is the first (gold rule 1.6)."""
    return single_season(tail) or (1 if _SERIES_PREMIERE.search(tag or "") else None)


def _read_line(m: re.Match[str], line: str) -> _Line:
    trailing = _TRAILING_SEASON.search(m["title"]) if m["season"] is None else None
    cut = _finale_at(line, m["title"])
    # "Title (CBS) – 3rd season finale": the tag after the dash says it is the finale
    tagged = bool(m["finale"] or (m["rest"] and _FINALE_TAG.search(m["rest"]))) and not _NOT_A_SHOW.search(
        line
    )
    noted = _SEASON_NOTE.fullmatch(m["note"] or "") is not None  # "Title (Season 2)"
    own = bool(trailing or noted or m["ctag"]) and not _NOT_A_SEASON.search(line)
    tail = f"{m['note'] or ''} {m['rest'] or ''} {m['tag'] or ''}"  # "(s2)", "– Season 2", "(Season 2)"
    season = number_value(m["season"] or (trailing and trailing["n"]) or "") or _tag_season(tail, m["tag"])
    if cut is not None:
        season = season or single_season(m["title"])
    end = m.start("title") + (trailing.start() if trailing else len(m["title"]))
    return _Line(end, season, cut, tagged, own)


def _entry(text: str, line: Block, day: Offsets, blurb: Block | None) -> DatedMention | None:
    m = _TITLE_LINE.match(line.text)
    if m is None or DATE_LINE.match(m["title"]):
        return None  # "Thursday, Jan. 7 — Title (TBS)": a day's own line, read by `glance_mentions`
    read = _read_line(m, line.text)
    finale = read.finale_cut is not None or read.tagged
    if not (read.own or _listed_title(m, finale, blurb)):
        return None
    o = line.start
    plats = [p for _, _, p in platforms_in(f"{m['note'] or ''} {m['rest'] or ''} {m['tag'] or ''}")]
    cut = read.finale_cut
    return DatedMention(
        "release",
        "release.day_heading",
        (o + m.start("title"), o + read.title_end),
        day,
        (line.start, line.end),
        line.kind,
        line.index,
        kind="finale" if finale else "part" if m["part"] else "premiere",
        part=m["part"],
        seasons=(read.season,) if read.season else (),
        platform=plats[0] if plats else None,
        platforms=tuple(dict.fromkeys(plats)),
        subject=(o + m.start("title"), o + (read.title_end if cut is None else m.start("title") + cut)),
        clause=(line.start, line.end),
    )


# a clock-time sub-heading inside a day's listings: "9 p.m.", "10:30pm", "8/7c"
_CLOCK_LINE = re.compile(r"^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|/\d{1,2}c)\s*$", re.IGNORECASE)


def day_heading_mentions(text: str, blocks: list[Block]) -> list[DatedMention]:
    """The release statements of the title lines under day headings (two lines at least per article);
    a headline naming one day is the day heading of the lines before the first other heading."""
    out: list[DatedMention] = []
    day: Offsets | None = None
    for k, b in enumerate(blocks):
        if b.kind in {"heading", "paragraph"} and DATE_LINE.match(b.text):  # "September 15:" is a paragraph
            day = (b.start, b.end)
        elif (dated := title_day(b)) is not None:
            day = (dated.start, dated.end)
        elif day is not None and _listed(b) and (found := _entry(text, b, day, _next(blocks, k))):
            out.append(found)
        elif b.kind in {"heading", "caption"} and not _lists_on(b):
            day = None  # a heading that lists no title ends the day (a clock time goes on with it)
    return out if len(out) >= 2 else []


def _lists_on(b: Block) -> bool:
    """A heading inside a day's listings: a title line ("A – B") or a clock time ("9 p.m.")."""
    return bool(_SEPARATOR.search(b.text) or _CLOCK_LINE.match(b.text))


def _next(blocks: list[Block], k: int) -> Block | None:
    return blocks[k + 1] if k + 1 < len(blocks) and blocks[k + 1].kind == "paragraph" else None


_SEPARATOR = re.compile(r"\s(?:[–—-]|--)\s")
LISTED_LINE_CHARS = 120  # a listed title line ending in "(Spain)" is typed a paragraph; prose runs longer


def _listed(b: Block) -> bool:
    return b.kind in {"heading", "caption"} or (b.kind == "paragraph" and len(b.text) <= LISTED_LINE_CHARS)


# "Leaving Netflix in December", "Last chance to stream", "Expiring this week": what leaves a service
_LEAVING = re.compile(
    r"^\s*(?:leaving|expiring|last chance|what'?s leaving|also leaving|titles leaving)\b[^.!?]{0,50}$",
    re.IGNORECASE,
)


def leaving_lines(blocks: list[Block]) -> set[int]:
    """Indexes of the listed lines under a "Leaving <service>" label: titles that go, not premieres
    (a date and a year in brackets there are the last day and the film's year). Prose under the label
    is read as ever ("wraps up its second season with a finale on April 8")."""
    out: set[int] = set()
    for k, b in enumerate(blocks):
        if b.kind == "paragraph" or not _LEAVING.match(b.text):
            continue
        for line in blocks[k + 1 :]:
            if (
                not _listed(line)
                or line.text.rstrip().endswith((".", "!", "?"))
                or _LEAVING_END.match(line.text)
            ):
                break
            out.add(line.index)
    return out


_LEAVING_END = re.compile(r"^\s*(?:new|coming|arriving|also new|streaming now)\b", re.IGNORECASE)


# A newspaper TV grid under a day heading: "Time | ABC | CBS | NBC" over "8:00 | Title (S12 premiere,
# to 10:00) | Other Title (series premiere) | ...": a cell that flags a premiere is that season's
# release on the heading's day, on its column's channel. Reruns, "(cont.)" and arrows are no drops.
_GRID_CELL = re.compile(
    r"^(?P<title>[A-Z0-9][^()|]{0,60}?)\s*\((?P<note>[^()]*?\bpremiere\b[^()]*)\)", re.IGNORECASE
)
_NEW_SERIES = re.compile(r"\b(?:series|new\s+series)\s+premiere\b", re.IGNORECASE)


def _grid_header(b: Block) -> list[str] | None:
    """The channels of a grid's header row ("Time | ABC | CBS"): every column after the first names
    a platform."""
    names = [b.text[s - b.start : e - b.start] for s, e in cells(b)]
    if len(names) < 3 or not all(_channel(n) for n in names[1:] if n):
        return None
    return names


def _channel(name: str) -> str | None:
    """The platform a grid column names, in any case ("FOX" is Fox)."""
    found = platforms_in(name) or platforms_in(name.title())
    return found[0][2] if found else None


def _grid_cell(b: Block, span: Offsets, day: Block, channel: str) -> DatedMention | None:
    cell = b.text[span[0] - b.start : span[1] - b.start]
    m = _GRID_CELL.match(cell)
    if m is None or _NOT_A_SEASON.search(m["title"]):
        return None
    season = single_season(m["note"])
    seasons = (season,) if season else (1,) if _NEW_SERIES.search(m["note"]) else ()
    title = (span[0] + m.start("title"), span[0] + m.end("title"))
    platform = _channel(channel)
    return DatedMention(
        "release",
        "release.grid_cell",
        title,
        (day.start, day.end),
        span,
        b.kind,
        b.index,
        seasons=seasons,
        platform=platform,
        platforms=(platform,) if platform else (),
        subject=title,
        clause=span,
    )


def grid_rows(blocks: list[Block]) -> list[tuple[Block, Block, list[str]]]:
    """(row, day heading, channels) for every row of a TV grid under a day heading."""
    out: list[tuple[Block, Block, list[str]]] = []
    day: Block | None = None
    channels: list[str] | None = None
    for b in blocks:
        if b.kind == "heading" and DATE_LINE.match(b.text.title()):  # "MONDAY, SEPT. 21" too
            day, channels = b, None
        elif day is not None and "|" in b.text:
            if channels is None:
                channels = _grid_header(b)
                day = day if channels is not None else None
            elif len(cells(b)) == len(channels):
                out.append((b, day, channels))
        elif channels is not None:
            day, channels = None, None  # the grid has ended
    return out


def grid_mentions(rows: list[tuple[Block, Block, list[str]]]) -> list[DatedMention]:
    """The premieres a TV grid's cells flag (`grid_rows`), dated by the day heading above the grid."""
    out: list[DatedMention] = []
    for row, day, channels in rows:
        for span, channel in zip(cells(row)[1:], channels[1:], strict=True):
            if channel and (found := _grid_cell(row, span, day, channel)):
                out.append(found)
    return out


# A listings rundown line: "8:00 Show #45 "Title" (Season Premiere)", "10:00 Show #1 "Opener" (SERIES
# PREMIERE)": the show, its running number (not the episode's number in the season), the episode's
# title and a flag; a flagged premiere is episode 1 of its season
_RUNDOWN = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s+)?)?(?P<show>[A-Z0-9][^\"“#|]{0,60}?)\s+#\d{1,4}\s+"
    r"[\"“](?P<title>[^\"”]{1,80})[\"”](?:\s*\((?P<flag>[^()]{1,60})\))?"
)
_PREMIERE_FLAG = re.compile(r"\b(?:season|series)\s+premiere\b", re.IGNORECASE)


def rundown_titles(blocks: list[Block]) -> list[EpisodeMention]:
    """The episodes of a listings rundown's lines, with the show each line names."""
    out: list[EpisodeMention] = []
    for b in blocks:
        m = _RUNDOWN.match(b.text)
        if m is None:
            continue
        flag = m["flag"] or ""
        premiere = bool(_PREMIERE_FLAG.search(flag))
        out.append(
            EpisodeMention(
                "episodes.rundown",
                (b.start + m.start("title"), b.start + m.end("title")),
                b.kind,
                b.index,
                (b.start, b.end),
                number=1 if premiere else None,
                season=1 if _NEW_SERIES.search(flag) else None,
                show=(b.start + m.start("show"), b.start + m.end("show")),
                premiere=premiere,
            )
        )
    return out


# "Friday, March 13 — Title season 2 (Prime Video); Other Title (Apple TV+); A Film (Max, film)": a
# week-at-a-glance line dates every title it lists; the sentence rules only see the first
_GLANCE_TITLE = re.compile(
    r"\s*(?P<title>[A-Z0-9][^;()]{0,60}?)(?:,?\s+(?i:season|series)\s+(?P<season>\w+))?\s*"
    r"\((?P<note>[^()]{1,40})\)\s*(?:;|$)"
)


def glance_mentions(blocks: list[Block]) -> list[DatedMention]:
    """The release statements of a date-first line listing several titles, one per title."""
    out: list[DatedMention] = []
    for b in blocks:
        m = DATE_FIRST_ENTRY.match(b.text)
        if m is None or ";" not in b.text:
            continue
        o = b.start
        date = (o + m.start("date"), o + m.end("date"))
        for t in _GLANCE_TITLE.finditer(b.text, m.start("title")):
            if _NOT_A_SEASON.search(t.group(0)) or not platforms_in(t["note"]):
                continue
            season = number_value(t["season"]) if t["season"] else None
            title = (o + t.start("title"), o + t.end("title"))
            platforms = tuple(p for _, _, p in platforms_in(t["note"]))
            out.append(
                DatedMention(
                    "release",
                    "release.glance",
                    title,
                    date,
                    (b.start, b.end),
                    b.kind,
                    b.index,
                    seasons=(season,) if season else (),
                    platform=platforms[0],
                    platforms=platforms,
                    subject=title,
                    clause=(o + t.start(), o + t.end()),
                )
            )
    return out
