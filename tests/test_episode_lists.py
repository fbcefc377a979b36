"""Episode titles as real articles give them: runs of list lines, schedule lines whose titles hold
commas, and ordinal prose chains. Every snippet is written for the test (invented shows and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def episodes(out: ArticleOutput) -> list[tuple[int | None, int | None, str]]:
    return [(e.season, e.number, e.title) for e in out.episodes]


LISTS = {
    "bare lines after 'full list'": (
        "Harrow Point: every episode title for season 2\n\n"
        "The network has shared the full list of episode titles for the second season:\n\n"
        "Low Tide\nThe Lantern Keeper\nSalt, Smoke and Mirrors\nHigh Water\n\n"
        "Each episode runs for about an hour.\n",
        [
            (2, 1, "Low Tide"),
            (2, 2, "The Lantern Keeper"),
            (2, 3, "Salt, Smoke and Mirrors"),
            (2, 4, "High Water"),
        ],
    ),
    "bullets with credits": (
        "Copper Kettle season 3 episode guide\n\n"
        "Here are the episode titles and credits for season 3 so far:\n\n"
        "- Boiling Point: Written by Ada Ferris, directed by Tom Hale\n"
        "- Steam: Written by Jo Pike, directed by Tom Hale\n"
        "- The Whistle Blows: Written by Ada Ferris, directed by Ruth Ames\n",
        [(3, None, "Boiling Point"), (3, None, "Steam"), (3, None, "The Whistle Blows")],
    ),
    "quoted bullets with credits after 'titles and credits for'": (
        "Pike Hollow recasts its sheriff for season 2\n\n"
        "Hulu has also released titles and credits for the first three episodes of the new season:\n\n"
        '• "No Vacancy, Again": Written by Ada Ferris, directed by Tom Hale\n'
        '• "Room 9": Written by Jo Pike & Ruth Ames, directed by Tom Hale\n'
        '• "Who Checked Out?": Written by Ada Ferris, directed by Ruth Ames\n\n'
        "Production wrapped in August.\n",
        [(2, None, "No Vacancy, Again"), (2, None, "Room 9"), (2, None, "Who Checked Out?")],
    ),
    "numbered lines without quotes": (
        "Inkwell season 1: the episode list\n\n"
        "Netflix has revealed the names of all five episodes:\n\n"
        "1. Blotting Paper\n2. Nib\n3. Who Signed This?\n4. Margins\n5. Full Stop\n",
        [
            (1, 1, "Blotting Paper"),
            (1, 2, "Nib"),
            (1, 3, "Who Signed This?"),
            (1, 4, "Margins"),
            (1, 5, "Full Stop"),
        ],
    ),
}
LABELLED = {
    "SxE codes": (
        "Moon Courier season 2\n\nThe official site has listed the titles for the first three episodes:\n\n"
        "S2E01 – The Parcel Nobody Signed\nS2E02 – Rain Route, Moon Route\nS2E03 – Is This Address Real?\n",
        [
            (2, 1, "The Parcel Nobody Signed"),
            (2, 2, "Rain Route, Moon Route"),
            (2, 3, "Is This Address Real?"),
        ],
    ),
    "bulleted episode labels with quoted titles and dash credits": (
        "Gilt Counter season 2 episode guide\n\nGilt Counter is back. Here are the titles for season 2:\n\n"
        '• Episode 1: "Inventory" — Written by Ada Ferris; directed by Tom Hale. Airs Sunday, July 13.\n'
        '• Episode 2: "Closing Time: Part One" — Written by Jo Pike. Airs Sunday, July 20.\n'
        '• Episode 3: "Markdown" — Written by Ada Ferris; directed by Ruth Ames. Airs Sunday, July 27.\n\n'
        'The two-part "Closing Time" story ends the season.\n',
        [(2, 1, "Inventory"), (2, 2, "Closing Time: Part One"), (2, 3, "Markdown")],
    ),
}
LISTS |= {
    "bare lines under part sub-headings after 'the full list of titles'": (
        "Harrow Point season 3: everything we know\n\nHarrow Point is back in two parts.\n\n"
        "How many episodes are there?\n\nSix in total.\n\n"
        "The streamer has published the full list of titles for the season, in order:\n\n"
        "Part 1\nLow Tide\nThe Lantern Keeper\nSalt, Smoke and Mirrors\n\n"
        "Part 2\nHigh Water\nWho Lit the Beacon?\nHarrow Point\n\nThe finale is named after the town.\n",
        [
            (3, 1, "Low Tide"),
            (3, 2, "The Lantern Keeper"),
            (3, 3, "Salt, Smoke and Mirrors"),
            (3, 4, "High Water"),
            (3, 5, "Who Lit the Beacon?"),
            (3, 6, "Harrow Point"),
        ],
    ),
    "partial list keeps no numbers": (
        "Paper Moons season 2\n\nEpisode titles for the new season include:\n\nCrescent\nWaning Light\n",
        [(2, None, "Crescent"), (2, None, "Waning Light")],
    ),
}


@pytest.mark.parametrize("text,expected", LISTS.values(), ids=LISTS.keys())
def test_title_line_runs(
    extract_text: Extract, text: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    out = extract_text(text, published="2025-03-01")
    assert episodes(out) == expected
    assert all(ev.rule == "episodes.list_line" for e in out.episodes for ev in e.evidence[:1])


def test_a_paragraph_after_the_list_is_not_a_title(extract_text: Extract) -> None:
    text = (
        "Glass Bees season 1 episode titles\n\n"
        "The full list of episode titles:\n\nHive\nSwarm\n\n"
        "Critics Loved It\n\n"
        "The series was praised by critics after its festival screening in Toronto last year.\n"
    )
    titles = [e.title for e in extract_text(text).episodes]
    assert "Hive" in titles and "Swarm" in titles
    assert not any("praised" in t for t in titles)


def test_lines_without_an_intro_are_not_titles(extract_text: Extract) -> None:
    text = "Weekend viewing\n\nOur picks for the week:\n\nThe Red Hours\nBlue Lagoon Nights\nGreen Room\n"
    assert extract_text(text).episodes == []


def test_schedule_line_title_keeps_its_comma(extract_text: Extract) -> None:
    text = (
        "Fernhill season 2 schedule\n\n"
        "Episode 1 – Mind the Step, Little Sister – Thursday 8th May 2025\n"
        "Episode 2 – Who Locked the Gate? – Thursday 15th May 2025\n"
    )
    out = extract_text(text)
    assert episodes(out) == [(2, 1, "Mind the Step, Little Sister"), (2, 2, "Who Locked the Gate?")]
    # the question mark does not split the date from its line: one day-precision date per line,
    # the episode's air date; the first line's date is also the season's premiere
    assert [e.air_date for e in out.episodes] == ["2025-05-08", "2025-05-15"]
    assert [r.date for r in out.releases] == ["2025-05-08"]


def test_ordinal_chain_numbers_every_title(extract_text: Extract) -> None:
    text = (
        "The Orchard Keepers season 2: episode titles revealed\n\n"
        'The premiere episode, titled "Blossom", airs on June 1. The second episode is titled "Bud", '
        'and it will be followed by "Graft". The fourth episode, "Frost", is directed by Lea Munt. '
        'Episode five, "Windfall," is followed by "Press". The season finale, "Harvest", airs on July 6.\n'
    )
    out = extract_text(text, published="2025-05-01")
    assert episodes(out) == [
        (2, 1, "Blossom"),
        (2, 2, "Bud"),
        (2, 3, "Graft"),
        (2, 4, "Frost"),
        (2, 5, "Windfall"),
        (2, 6, "Press"),
        (2, 7, "Harvest"),
    ]


def test_finale_after_a_broken_chain_gets_no_number(extract_text: Extract) -> None:
    text = (
        "Night Lamps season 1\n\n"
        'The second episode is titled "Wick". The season finale, "Ember", airs on July 6.\n'
    )
    out = extract_text(text, published="2025-05-01")
    assert (1, None, "Ember") in episodes(out)


def test_dual_platform_brand_and_a_finale_is_an_event(extract_text: Extract) -> None:
    text = (
        "Gullwing season 4 release date\n\n"
        "Gullwing season 4 premieres Wednesday, March 5, 2025, on FX on Hulu. New episodes follow weekly "
        "until the finale on April 9. Part two of the season arrives on Netflix on 20 June 2025.\n"
    )
    out = extract_text(text, published="2025-01-10")
    platforms = {(r.kind, r.date): r.platform for r in out.releases}
    assert platforms == {("premiere", "2025-03-05"): "FX on Hulu", ("part", "2025-06-20"): "Netflix"}
    assert [(e.kind, e.seasons, e.date) for e in out.events] == [("finale", [4], "2025-04-09")]
    assert [r.schedule for r in out.releases] == ["weekly", None]


def test_labelled_lines_real_guides_use(extract_text: Extract) -> None:
    text = (
        "Kelpwater season 2 episode guide\n\n"
        'Episode 3: Thursday, May 15 ("The Ferryman")\n'
        'Episode 4: Thursday, May 22 ("Harbour Lights")\n\n'
        "Dead Reckoning (Episode 5)\n"
        "Nell finally confronts the harbour master about the missing boat.\n\n"
        'Episode #7: "Last Orders" airs on June 17.\n'
    )
    out = extract_text(text, published="2025-05-01")
    assert episodes(out) == [
        (2, 3, "The Ferryman"),
        (2, 4, "Harbour Lights"),
        (2, 5, "Dead Reckoning"),
        (2, 7, "Last Orders"),
    ]
    assert [e.air_date for e in out.episodes] == ["2025-05-15", "2025-05-22", None, "2025-06-17"]


def test_followed_by_a_run_of_titles(extract_text: Extract) -> None:
    text = (
        "Hollins Mere series 3: titles revealed\n\n"
        'The second episode is titled "A Fair Price?" and is followed by "Ledger", '
        '"Snowfall" and "Candlemas".\n'
    )
    assert episodes(extract_text(text)) == [
        (3, 2, "A Fair Price?"),
        (3, 3, "Ledger"),
        (3, 4, "Snowfall"),
        (3, 5, "Candlemas"),
    ]


def test_a_chain_goes_on_in_the_next_paragraph(extract_text: Extract) -> None:
    text = (
        "Hollins Mere series 3: titles revealed\n\n"
        'The premiere episode, titled "Oath", opens the hearing. The second episode is titled "Chapel", '
        'followed by "Nursery", which closes Volume 1.\n\n'
        'Volume 2 opens with "Inheritance", then comes "Tide" and "Regret".\n\n'
        'In the finale the choir opens with "Abide With Me", a hymn.\n'
    )
    assert episodes(extract_text(text)) == [
        (3, 1, "Oath"),
        (3, 2, "Chapel"),
        (3, 3, "Nursery"),
        (3, 4, "Inheritance"),
        (3, 5, "Tide"),
        (3, 6, "Regret"),
    ]  # a quoted song after "opens with" with no chain before it is no episode


def test_season_by_episode_labels(extract_text: Extract) -> None:
    text = (
        "Larkmoor: every episode so far\n\n"
        "Here is every episode of the drama so far.\n\n"
        "2x1 – The Quiet Hour\n2x2 – Ferry Crossing\nSeason 2, Episode 3 - Ashes to Ashes\n"
    )
    assert episodes(extract_text(text)) == [
        (2, 1, "The Quiet Hour"),
        (2, 2, "Ferry Crossing"),
        (2, 3, "Ashes to Ashes"),
    ]


def test_bulleted_label_lines_date_their_episodes_not_the_season(extract_text: Extract) -> None:
    out = extract_text(
        LABELLED["bulleted episode labels with quoted titles and dash credits"][0], published="2025-07-01"
    )
    assert [(e.number, e.air_date) for e in out.episodes] == [
        (1, "2025-07-13"),
        (2, "2025-07-20"),
        (3, "2025-07-27"),
    ]
    assert [(r.show, r.season, r.date) for r in out.releases] == [("Gilt Counter", 2, "2025-07-13")]


@pytest.mark.parametrize("text,expected", LABELLED.values(), ids=LABELLED.keys())
def test_labelled_title_lines(
    extract_text: Extract, text: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    assert episodes(extract_text(text, published="2025-03-01")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The fifth and sixth episodes are "Low Water" and "Salt Hour," and the seventh is "Exit".',
            [(5, "Low Water"), (6, "Salt Hour"), (7, "Exit")],
        ),
        (
            'The second and third episodes were called "Glass" and "Stone, Again".',
            [(2, "Glass"), (3, "Stone, Again")],
        ),
        ('Fans loved the show. The seventh is "Exit".', []),
    ],
    ids=["ordinal-pair-then-bare-ordinal", "pair-were-called", "bare-ordinal-without-episodes-is-nothing"],
)
def test_ordinal_titles_in_prose(
    extract_text: Extract, sentence: str, expected: list[tuple[int, str]]
) -> None:
    out = extract_text(f"Harrow Point season 2\n\n{sentence}\n")
    assert [(e.number, e.title) for e in out.episodes] == expected


def test_titles_still_to_come_are_no_titles(extract_text: Extract) -> None:
    text = (
        "Quarry Bells season 2 episode titles\n\n"
        "Netflix has released titles for the first volume only:\n\n"
        "Volume 1\n"
        'Episode 1: "Kiln Light"\n'
        'Episode 2: "Smoke, Mirrors"\n\n'
        "Volume 2\n"
        "Episodes 3-4: titles TBA\n"
        "Episode 5: To be announced\n"
    )
    out = extract_text(text)
    assert [(e.season, e.number, e.title) for e in out.episodes] == [
        (2, 1, "Kiln Light"),
        (2, 2, "Smoke, Mirrors"),
    ]


def test_an_entrys_one_named_season_is_its_episode_lines_season(extract_text: Extract) -> None:
    text = (
        "All this week's TV date changes\n\n"
        "1. Tollbridge Farm (Paramount+)\n\n"
        "The second season of Tollbridge Farm now moves to Thursday, May 15.\n\n"
        "2. Chapel Lane (ITV1 and ITVX)\n\n"
        "The first series of the chapel drama began on Sunday 16 March on ITV1.\n\n"
        "Here's the revised order:\n\n"
        "Episode 5 - A Hymn for the Ferryman - Sunday 20 April\n"
        "Episode 6 - Amen, Eventually - Sunday 27 April\n"
    )
    out = extract_text(text, published="2025-04-08")
    assert [(e.show, e.season, e.number) for e in out.episodes] == [
        ("Chapel Lane", 1, 5),
        ("Chapel Lane", 1, 6),
    ]


def test_a_runtime_belongs_to_the_title_it_follows(extract_text: Extract) -> None:
    text = (
        "Corvane season 3: everything we know\n\n"
        'The opening episode, "The Long Road North", was written by Imelda Voss, while the finale, '
        '"Homecoming", runs to 75 minutes.\n'
    )
    out = extract_text(text, published="2026-08-01")
    assert sorted((e.title, e.runtime_minutes) for e in out.episodes) == [
        ("Homecoming", 75),
        ("The Long Road North", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            'His character was killed off in the penultimate episode, "Salt Step", and won\'t be back.',
            [(2, None, "Salt Step")],
            id="penultimate-episode",
        ),
        pytest.param(
            'The last of the six episodes, "Undertow", picks up moments later.',
            [(2, 6, "Undertow")],
            id="last-of-the-n-episodes",
        ),
        pytest.param(
            'The first episode of the new season is titled "Postage Due," and the second is "Wet Ink."',
            [(2, 1, "Postage Due"), (2, 2, "Wet Ink")],
            id="first-episode-of-the-new-season",
        ),
        pytest.param(
            'The opening episode, "Slack", airs Monday. That is followed on Wednesday 5 May by "Gull Song".',
            [(2, 1, "Slack"), (2, 2, "Gull Song")],
            id="followed-on-a-date-by",
        ),
        pytest.param(
            'HOLLIN GATE -- "Seed Money" -- Season 2, Episode 1 (Airs June 2) -- Pictured: Ivo Brenn',
            [(2, 1, "Seed Money")],
            id="press-still-caption-season-episode",
        ),
        pytest.param(
            'HOLLIN GATE -- "Kindling" Episode 204 -- Pictured: Ivo Brenn as Dale -- (Photo by: Ada Roe/NBC)',
            [(2, 4, "Kindling")],
            id="press-still-caption-production-code",
        ),
    ],
)
def test_single_episode_phrasings(extract_text: Extract, sentence: str, expected: list[tuple]) -> None:
    text = f"Hollin Gate season 2\n\nHollin Gate season 2 arrives on May 3, 2026.\n\n{sentence}\n"
    assert episodes(extract_text(text, published="2026-04-01")) == expected


GUIDE_PAGE = (
    "Cinderhay Mill\n\n"
    "Series 3 - Episode 2: Four Days to Pellworth\n\n"
    "Sun 8 Mar 2026, 9:00pm - 10:00pm\n\n"
    "BBC One\n\n"
    "Also available on BBC iPlayer\n\n"
    "The mill crew face their hardest week yet, and the weir gives way on the last night.\n\n"
    "Episodes in this series\n"
    "← Previous: Series 3 - Episode 1: Gull Ledger (Sun 1 Mar)\n"
    "Next: Series 3 - Episode 3: The Tarrock Weir (Sun 15 Mar, 9:00pm, BBC One) →\n"
)


def test_a_guide_pages_episode_lines_and_links(extract_text: Extract) -> None:
    """A TV-guide episode page: the page's own "Series 3 - Episode 2: Title" heading (a title the
    model reads as a DATE, "Four Days"), and the links to the episodes either side of it."""
    out = extract_text(GUIDE_PAGE, published="2026-03-08")
    assert sorted(episodes(out)) == [
        (3, 1, "Gull Ledger"),
        (3, 2, "Four Days to Pellworth"),
        (3, 3, "The Tarrock Weir"),
    ]


def test_a_guide_pages_channel_and_link_labels_are_no_shows(extract_text: Extract) -> None:
    """'BBC One' over 'Also available on BBC iPlayer' is the slot's channel, and 'Previous:' /
    'Next:' are link labels: none of them is a show the releases or episodes belong to."""
    out = extract_text(GUIDE_PAGE, published="2026-03-08")
    shows = {r.show for r in out.releases} | {e.show for e in out.episodes} | {r.show for r in out.cast}
    assert out.episodes and shows <= {None, "Cinderhay Mill"}


@pytest.mark.parametrize(
    "line",
    ["Series 3 - Episode 2: Four Days to Pellworth", "Season 3, Episode 2: Four Days to Pellworth",
     "Next: Series 3 - Episode 2: Four Days to Pellworth", "• Series 3: Episode 2: Four Days to Pellworth"],
    ids=["dash", "comma", "link-label", "bullet-colon"],
)  # fmt: skip
def test_season_label_before_an_episode_line(extract_text: Extract, line: str) -> None:
    out = extract_text(f"Cinderhay Mill\n\n{line}\n\nThe weir gives way on the last night.\n")
    assert episodes(out) == [(3, 2, "Four Days to Pellworth")]


APPOSITIVES = {
    "numbered": ("Episode 3, Tallow Hymn, felt like a holding pattern.", [(None, 3, "Tallow Hymn")]),
    "opener": ("The opener, Nightlocks, sees the pair take on the night shift.", [(None, 1, "Nightlocks")]),
    "next-week": (
        "Next week's episode, The Sandling Walk, sends them to the coast.",
        [(None, None, "The Sandling Walk")],
    ),
    "season-label": (
        "Series 3, episode 4, The Sunken Loom, which aired on Sunday, was the best yet.",
        [(3, 4, "The Sunken Loom")],
    ),
    "dash": ("Episode five, Ebb Vespers – a slow one – airs next Sunday.", [(None, 5, "Ebb Vespers")]),
    "speech-verb": ("The finale, Tobrin Vasquell said, will divide viewers.", []),
    "no-closing-comma": ("In episode two, Bramwyn discovers the tapes in the cellar.", []),
    "lower-case": ("Episode 3, as it happens, is the best of the run.", []),
}


@pytest.mark.parametrize("sentence, expected", APPOSITIVES.values(), ids=APPOSITIVES.keys())
def test_unquoted_titles_set_off_by_commas(
    extract_text: Extract, sentence: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    out = extract_text(f"Pellinor: the review\n\n{sentence}\n")
    assert episodes(out) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ('Previously: Pellinor Season 4, Episode 5 recap: "Third Siren"', [(4, 5, "Third Siren")]),
        ('Spoilers for Pellinor 2x05, "Lanterns in the Snow," below.', [(2, 5, "Lanterns in the Snow")]),
    ],
    ids=["recap-label", "episode-code"],
)
def test_quoted_titles_after_a_recap_label_or_an_episode_code(
    extract_text: Extract, sentence: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    assert episodes(extract_text(f"Pellinor: the review\n\n{sentence}\n")) == expected


BOX = (
    "Pellinor: press pack\n\n"
    "Title: Pellinor\n"
    "Series: 3\n"
    "Episodes: 3 x 60'\n"
    "Episode titles: (1) The Weir Keepers (2) Lantern Cellar (3) A Quiet Sluice\n"
)


def test_a_press_boxs_inline_numbered_titles(extract_text: Extract) -> None:
    assert episodes(extract_text(BOX)) == [
        (3, 1, "The Weir Keepers"),
        (3, 2, "Lantern Cellar"),
        (3, 3, "A Quiet Sluice"),
    ]


def test_inline_numbers_out_of_order_are_no_list(extract_text: Extract) -> None:
    text = BOX.replace("(2) Lantern Cellar", "(5) Lantern Cellar")
    assert episodes(extract_text(text)) == []


def test_an_em_dash_season_head_scopes_its_entry(extract_text: Extract) -> None:
    """'Title — Season 4 (Disney+)' heads a weekly guide's entry like 'Title (Disney+)' does: the
    episode its blurb names is that show's, not the previous entry's."""
    text = (
        "Your weekend streaming guide\n\n"
        "Pellinor (Prime Video)\n\n"
        "A meaner thriller than most, and all the better for it.\n\n"
        "Corrieburn — Season 4 (Disney+)\n\n"
        'Episode 5, "Wet Paint," lands next Wednesday, and the finale follows in December.\n'
    )
    out = extract_text(text, published="2025-11-14")
    assert [(e.show, e.season, e.number, e.title) for e in out.episodes] == [
        ("Corrieburn", 4, 5, "Wet Paint")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            'After the season 4 cliffhanger, the fifth season opens with episodes 1 and 2, "Salt Wind" and '
            '"Tide Reckoning," back to back.',
            [(5, 1, "Salt Wind"), (5, 2, "Tide Reckoning")],
        ),
        (
            'Episodes three and four, "Quill" and "Ink," air on Sunday.',
            [(None, 3, "Quill"), (None, 4, "Ink")],
        ),
        ('Episodes 1 and 2 arrive together, and "Quill" is the better of them.', []),
    ],
    ids=["pair-with-season", "number-words", "one-quoted-title-is-no-pair"],
)
def test_two_numbered_episodes_and_their_titles_respectively(
    extract_text: Extract, sentence: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    assert episodes(extract_text(f"Pellinor: the preview\n\n{sentence}\n")) == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        ("3.04 – Paper Kites\nAired on April 21\n\n3.05 – Kissed by Rain\nAired on April 28\n",
         [(3, 4, "Paper Kites"), (3, 5, "Kissed by Rain")]),
        ("9.00 – Evening Bulletin\n\n9.30 – Quarry Lights\n", []),
        ("3.05 – Kissed by Rain\n", []),
    ],
    ids=["code-lines", "clock-times-are-no-codes", "one-line-is-no-run"],
)  # fmt: skip
def test_season_dot_episode_code_lines(
    extract_text: Extract, lines: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    assert episodes(extract_text(f"Pellinor season 3 episode list\n\n{lines}")) == expected
