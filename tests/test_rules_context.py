"""Show, season and platform detection from phrasing (invented titles)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.ingest import segment
from hsextract.rules import context, titles
from hsextract.rules.context import build_context
from hsextract.rules.titles import platforms_in, relative_season, seasons_in, single_season


@pytest.mark.parametrize(
    ("text", "seasons"),
    [
        ("Glass Orchard season 2 arrives", [2]),
        ("the third series of the show", [3]),
        ("series two picks up", [2]),
        ("S4 is the last", [4]),
        ("a year 11 student in a series of events", []),
        ("seasons 2 and 3 were ordered", [2, 3]),
        ("renewed for a fourth and fifth season", [4, 5]),
        ("its second and third seasons", [2, 3]),
        ("season 2 and season 3", [2, 3]),
        ("back for a second run", [2]),
        ("its third outing on the channel", [3]),
        ("the fourth instalment", [4]),
        ("a first-run syndication deal and its first run of repeats", []),
    ],
    ids=[
        "season-n",
        "ordinal",
        "series-word",
        "s-n",
        "not-seasons",
        "plural-pair",
        "ordinal-pair",
        "ordinal-pair-plural",
        "two-phrases",
        "run",
        "outing",
        "instalment",
        "first-run-is-no-season",
    ],
)
def test_seasons_in(text: str, seasons: list[int]) -> None:
    assert [n for _, _, n in seasons_in(text)] == seasons


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("It returns in May, two years after series one.", True),
        ("The new run is darker than the first season, says its writer.", True),
        ("It returns in May, two years after series one launched in March 2024.", False),
        ("Season one premiered in March.", False),
    ],
    ids=["after-at-clause-end", "than-before-comma", "subject-of-its-clause", "no-preposition"],
)
def test_relative_season(text: str, relative: bool) -> None:
    (start, end, _), *_ = seasons_in(text)
    assert relative_season(text, start, end) is relative


def test_single_season_is_none_when_two_are_named() -> None:
    assert single_season("season 1 ended and season 2 begins") is None
    assert single_season("season 2 begins") == 2


def test_platforms_prefer_the_longest_name() -> None:
    assert [p for _, _, p in platforms_in("on Apple TV+ and BBC iPlayer, not Max")] == [
        "Apple TV+",
        "BBC iPlayer",
        "Max",
    ]


def test_article_show_is_the_most_mentioned_title_before_season() -> None:
    text = (
        "The Latest Glass Orchard Season 2 News\n\n"
        "Glass Orchard season 2 is coming. Fans of Glass Orchard will be pleased.\n\n"
        "Meanwhile Copper Road season 4 is delayed."
    )
    ctx = build_context(text, segment(text))
    assert ctx.show == "Glass Orchard"
    assert ctx.sentence_show("Meanwhile Copper Road season 4 is delayed.", 2) == "Copper Road"


def test_listicle_sections_scope_show_and_platform() -> None:
    text = (
        "10 shows to watch\n\n"
        "1. Glass Orchard (Netflix)\n\n"
        "A family saga. It premieres on Oct. 3.\n\n"
        "2. Copper Road (Hulu)\n\n"
        "A heist comedy that premieres Friday.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    last = blocks[-1].index
    assert ctx.section_show[last] == "Copper Road"
    assert ctx.section_platform[last] == "Hulu"


@pytest.mark.parametrize(
    ("text", "show"),
    [
        (
            "Nell Burrow on going back to Wren Hollow\n\n“She's not a hero,” Burrow says of her character. "
            "“She's tired.” Wren Hollow season 2 arrives soon, and Wren Hollow fans are ready.",
            "Wren Hollow",
        ),
        (
            "Ferry Lights cast\n\nAgnes “Aggie” Dunmore is played by Ada Fenwick. "
            "“Aggie” is the heart of "
            "Ferry Lights, and Aggie is back when Ferry Lights season 2 starts.",
            "Ferry Lights",
        ),
        (
            "'The Copper Brothers' episode guide\n\nThe Copper Brothers is back. Episode 8: "
            '"Copper" closes The '
            "Copper Brothers, and Copper the horse steals the show in The Copper Brothers season 2.",
            "The Copper Brothers",
        ),
        (
            "Harbour Nights review: a slow burn\n\nHarbour Nights is ITV's new drama. Harbour "
            "Nights is good.",
            "Harbour Nights",
        ),
        ("Opinion: I miss waiting\n\nBinge releases took something from us.", None),
        ("Harbour Nights on BBC One: what to expect\n\nHarbour Nights is a thriller.", "Harbour Nights"),
        ("Netflix Cancels 'Harbour Nights' After Two Seasons\n\nHarbour Nights is over.", "Harbour Nights"),
        ("What we know\n\nThe first season of Harbour Nights premiered in 2024.", "Harbour Nights"),
        (
            "Wren Hollow update\n\nThe season 2 finale of Wren Hollow aired. The season 1 finale did too.",
            None,
        ),
    ],
    ids=[
        "quotes-must-pair",
        "nickname-in-quotes",
        "part-of-a-longer-title",
        "headline-subject",
        "headline-word-named-once",
        "headline-subject-on-a-platform",
        "quoted-title-in-a-title-case-headline",
        "season-of-title",
        "sentence-opener-is-no-title",
    ],
)
def test_article_show(text: str, show: str | None) -> None:
    assert build_context(text, segment(text)).show == show


def test_a_listicle_has_no_main_show_and_a_plain_heading_ends_an_entry() -> None:
    text = (
        "Ten shows to watch\n\n1. Glass Orchard (Netflix)\n\nGlass Orchard is a saga.\n\n2. "
        "Copper Road (Hulu)\n\n"
        "Copper Road is a comedy.\n\nHonorable mentions\n\nAlso worth watching: a revival."
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    assert ctx.show is None
    assert blocks[-1].index not in ctx.section_show


def test_the_article_platform_is_where_it_airs() -> None:
    text = (
        "Wren Hollow season 2\n\nThe BBC has confirmed it. The BBC says so. The BBC is pleased. The first "
        "episode airs on BBC One, with a box set on BBC iPlayer and repeats on BBC One."
    )
    assert build_context(text, segment(text)).platform == "BBC One"


@pytest.mark.parametrize(
    ("heading", "season"),
    [("Will there be a season 3?", None), ("When does Wren Hollow season 3 come out?", 3)],
    ids=["whether-question", "when-question"],
)
def test_a_question_heading_scopes_its_season_only_when_it_presumes_it(
    heading: str, season: int | None
) -> None:
    text = f"Wren Hollow: everything we know\n\n{heading}\n\nThe new season is coming."
    blocks = segment(text)
    assert build_context(text, blocks).block_season.get(blocks[-1].index) == season


@pytest.mark.parametrize(
    "head",
    [
        "New series: Copper Road (Hulu)",
        "K-drama corner: Copper Road (Netflix)",
        "Pick of the week: Copper Road, season 2",
    ],
    ids=["labelled-listing-head", "two-word-label", "labelled-season-heading"],
)
def test_a_labelled_section_head_scopes_its_show(head: str) -> None:
    text = (
        "What's new this week\n\n"
        "1. Glass Orchard (Netflix)\n\nGlass Orchard season 3 is here.\n\n"
        "2. Tin Lantern (Max)\n\nTin Lantern season 2 too.\n\n"
        f"{head}\n\nSeasons: 2\n\nEpisodes: 8\n\nThe show is back, and Copper Road season 2 is better.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    assert ctx.section_show[blocks[-1].index] == "Copper Road"  # the fact lines do not end the section


def test_fact_lines_and_dash_fact_lines_keep_their_entrys_section() -> None:
    text = (
        "Five new shows this week\n\nIntro paragraph here.\n\n"
        "Copper Road Season 3 (13 November) – Stan\n"
        "Cast: Jasper Nyholm-Reid, Oona Castell, Tevita Lolo, Mabel Tjandra-Hosking\n"
        "Part 1 – 14 November – Stan\n"
        "Part 2 – 12 December – Stan\n\n"
        "Season two arrived on Stan in November 2023.\n\n"
        "Tin Lantern (15 November) – Netflix\n\nA comedy.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    body = next(b for b in blocks if b.text.startswith("Season two"))
    assert ctx.section_show[body.index] == "Copper Road"


# --- long blocks (issue 25): the look-back windows equal the whole-prefix searches -------------------

_PIECES = [
    "on ",
    "exclusively on ",
    "episode 3 ",
    "ep. 4",
    "titled ",
    "Mira ",
    "O'Dell ",
    "x",
    " ",
    "  ",
    "\n",
    "\t",
    ", ",
    ".",
    "“",
    "Netflix",
    "via  ",
    "called",
    "—",
    "-",
    "A",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_lookback_windows_equal_prefix_searches(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    end = data.draw(st.integers(0, len(text)))
    assert context._airs_on(text, end) == bool(context._AIRS_ON.search(text, 0, end))
    assert context._name_before(text, end) == bool(context._NAME_BEFORE.search(text, 0, end))
    start = context._cue_window(text, end)
    assert bool(context._EPISODE_CUE.search(text, start, end)) == bool(
        context._EPISODE_CUE.search(text, 0, end)
    )


def test_title_before_season_is_bounded() -> None:
    """Up to TITLE_MAX_WORDS words the title is what the unbounded run gave; a longer capitalised
    run gives its last words (and a run with no "season" after it costs one pass, not its square)."""
    words = [f"W{k}" for k in range(60)]
    short = " ".join(words[:5]) + " season 2"
    assert [m.group(1) for m in context._BEFORE_SEASON.finditer(short)] == [" ".join(words[:5])]
    long = " ".join(words) + " season 2"
    found = [m.group(1) for m in context._BEFORE_SEASON.finditer(long)]
    assert found == [" ".join(words[-titles.TITLE_MAX_WORDS :])]
    assert not list(context._BEFORE_SEASON.finditer(" ".join(words * 200)))


def test_a_slate_of_format_heads_scopes_each_show_under_month_labels() -> None:
    text = (
        "Network sets its summer dates\n\n"
        "Here is the full list, in order of arrival.\n\n"
        "JUNE PREMIERES\n\n"
        "Brackenfold (Season 2)\n\n"
        "The second season of Brackenfold premieres Tuesday, June 2 on FX.\n\n"
        "Where to watch: FX\n\n"
        "JULY PREMIERES\n\n"
        "Ostler's Rest (Limited Series)\n\n"
        "All six episodes of Ostler's Rest arrive July 9.\n\n"
        "AUGUST PREMIERES\n\n"
        "Pallid Shore (Season 3) — NEW DATE\n\n"
        "It now debuts August 5.\n"
    )
    blocks = segment(text)
    kinds = {b.text: b.kind for b in blocks}
    # capitals and format heads are headings, not an image's alt text between a heading and prose
    assert kinds["JULY PREMIERES"] == kinds["Pallid Shore (Season 3) — NEW DATE"] == "heading"
    ctx = build_context(text, blocks)
    shows = {b.text[:14]: ctx.section_show.get(b.index) for b in blocks if b.kind == "paragraph"}
    assert shows == {
        "Here is the fu": None,
        "The second sea": "Brackenfold",
        "All six episod": "Ostler's Rest",
        "It now debuts ": "Pallid Shore",
    }
    assert ctx.show is None  # a slate of several shows has no main show


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Dale Hatch (played by Ivo Brenn)", id="character-guide-head"),
        pytest.param("What we know (so far)", id="lowercase-bracket"),
    ],
)
def test_a_bracket_that_is_no_season_or_format_opens_no_show_section(line: str) -> None:
    text = f"Brackenfold season 2 guide\n\nIntro.\n\n{line}\n\nSome prose about Brackenfold season 2 here.\n"
    ctx = build_context(text, segment(text))
    assert not ctx.section_show or line.split(" (")[0] not in ctx.section_show.values()


def test_the_headlines_first_show_leads_when_a_side_story_is_named_about_as_often() -> None:
    text = (
        "'Marlow Gate' Season 3 Adds Two; 'Tern Island' Finds Its Lead\n\n"
        "The rail drama Marlow Gate is growing for its third season. Marlow Gate films in May.\n\n"
        "Tern Island\n\n"
        "Elsewhere, the western Tern Island has cast its sheriff. Production starts in August, "
        "and Tern Island is expected later in 2026.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    assert ctx.shows["Tern Island"] == ctx.shows["Marlow Gate"] + 1
    assert ctx.show == "Marlow Gate"
    # the heading that is only the side story's name scopes the prose under it
    last = blocks[-1]
    assert ctx.sentence_show("Production starts in August.", last.index) == "Tern Island"
    assert ctx.sentence_show("The rail drama films in May.", blocks[1].index) == "Marlow Gate"


def test_a_heading_that_is_a_title_named_only_in_prose_opens_no_section() -> None:
    text = (
        "Marlow Gate season 3: everything we know\n\n"
        "Marlow Gate season 3 is coming. The pilot, 'Cinder Row', set the tone.\n\n"
        "Cinder Row\n\n"
        "The episode 'Cinder Row' is still the best the show has made.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    assert ctx.sentence_show("It is still the best.", blocks[-1].index) == "Marlow Gate"


def test_bar_numbered_heads_and_their_comma_fact_lines() -> None:
    text = (
        "New dramas premiering in June\n\n"
        "Three new series and one long-awaited second season\n\n"
        "Below, in order of premiere, are the ones we'll be watching.\n\n"
        "1 | The Tinsmith's Almanac (working title)\n\n"
        "Jun-06, Sat-Sun, 12 eps, tvN/Netflix\n\n"
        "Stars: Oh Dae-ri, Pak Min-seol\n\n"
        "The weekend drama premieres on Saturday, June 6.\n\n"
        "2 | Harbour Owls 2\n\n"
        "Jun-24, Wed, 10 eps, Disney+\n\n"
        "Season 2 arrives on Wednesday, June 24.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    by_start = {b.text[:12]: b.index for b in blocks}
    first, second = by_start["The weekend d"[:12]], by_start["Season 2 arr"]
    assert ctx.section_show[first] == "The Tinsmith's Almanac"
    assert ctx.section_platform[first] == "tvN"  # from the fact line under the head
    assert first not in ctx.block_season  # the headline's "second season" is no entry's season
    assert ctx.section_show[second] == "Harbour Owls"  # "Harbour Owls 2": the number is the season
    assert ctx.block_season[second] == 2


def test_a_quoted_placeholder_date_is_no_title_candidate() -> None:
    text = (
        'Copperfen Acres season 5 is pencilled in as "TBC 2027" and season 4 as "TBA".\n\n'
        'Copperfen Acres is back, and "2026" is the word.'
    )
    shows = build_context(text, segment(text)).shows
    assert "Copperfen Acres" in shows and not {"TBC 2027", "TBA", "2026"} & set(shows)


def test_a_persons_series_is_no_entry_season() -> None:
    text = (
        "New dramas this month\n\n"
        "1 | Tinsmith Lane (working title)\n\n"
        "The drama is written by Chae Min-a, her first series since 2021.\n\n"
        "2 | Harbour Owls 2\n\n"
        "Season 2 arrives on Wednesday.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    first = next(b.index for b in blocks if b.text.startswith("The drama"))
    assert ctx.section_show[first] == "Tinsmith Lane" and first not in ctx.block_season


def test_link_labels_of_a_guide_page_are_no_titles() -> None:
    """'← Previous: Series 3 - Episode 1' and 'Next: Series 3 ...' read like 'Title: Series 3' but
    label links; a title that merely starts with such a word stays a title."""
    text = (
        "Cinderhay Mill\n\nEpisodes in this series\n\n← Previous: Series 3 - Episode 1: Gull Ledger\n\n"
        "Next: Series 3 - Episode 3: The Tarrock Weir\n\nNext Stop Pellworth: Series 2 is on the way\n"
    )
    ctx = build_context(text, segment(text))
    assert not {"Previous", "Next", "Previous:", "Next:"} & set(ctx.shows)
    assert "Next Stop Pellworth" in ctx.strong_shows


@pytest.mark.parametrize(
    "title",
    [
        "El Jardín de las Horas",
        "Los Hijos del Mar",
        "La Torre di Vetro",
        "A Casa dos Espelhos",
        "Sangre y Arena",
    ],
)
def test_titles_keep_their_lower_case_link_words_in_other_languages(title: str) -> None:
    text = f"{title} season 2 is coming\n\n{title} season 2 arrives on Netflix on May 5, 2027.\n"
    assert title in build_context(text, segment(text)).strong_shows


@pytest.mark.parametrize(
    "platform",
    ["Binge", "SonyLIV", "Canal+", "RTÉ One", "Virgin Media Player", "ZDF", "Viaplay", "TVNZ+", "More4"],
)
def test_services_outside_the_us_and_uk_mainstream_are_platforms(platform: str) -> None:
    text = f"The second season streams on {platform} from 16 November."
    assert [p for _, _, p in platforms_in(text)] == [platform]


def test_a_platform_in_capitals_is_the_platform_by_its_own_name() -> None:
    assert [p for _, _, p in platforms_in("Corrieburn (FOX, Season 4), then on HULU and NETFLIX")] == [
        "Fox",
        "Hulu",
        "Netflix",
    ]
