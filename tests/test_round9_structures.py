"""Structures from the round-9 reading of real pages (corpus/FORMATS.md rows 435-478): episode-database
lines, labels straight before a quoted title, titles labelled in brackets after them, quoted chapter
labels, unquoted titles after "Sunday's instalment", a slate of several shows under one headline, a
station page's breadcrumb and donation button, a headline's "(New Series Premiere)" flag. Every
snippet is written for the test (invented shows, people and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.ingest.segment import segment
from hsextract.models import ArticleOutput
from hsextract.rules import episode_lists as el
from hsextract.rules.titles import _clean_title

Extract = Callable[..., ArticleOutput]
Episode = tuple[str | None, int | None, int | None, str]


def episodes(out: ArticleOutput) -> list[Episode]:
    found = ((e.show, e.season, e.number, e.title) for e in out.episodes)
    return sorted(found, key=lambda e: (e[1] or 0, e[2] or 0, e[3]))


def releases(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None]]:
    return sorted(((r.show, r.season, r.date) for r in out.releases), key=lambda r: str(r))


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "S2.E1 ∙ Cold Harbour Thu, Mar 6, 2025 Idris returns to the docks. 7.9 /10\n"
            "S2.E2 ∙ The Quiet Ward Thu, Mar 13, 2025 A storm traps the crew. 8.1 /10\n",
            [(2, 1, "Cold Harbour"), (2, 2, "The Quiet Ward")],
        ),
        (
            '1x03 "Pepper in the Cut"\n1x04 "The Sunken Organ"\n',
            [(1, 3, "Pepper in the Cut"), (1, 4, "The Sunken Organ")],
        ),
        (
            'Episode 4.21 "The Empty Elm"\nA tense hour.\n\nEpisode 4.22 "Stem and Leaf"\nThe finale.\n',
            [(4, 21, "The Empty Elm"), (4, 22, "Stem and Leaf")],
        ),
        (
            "No. overall | No. in season | Title | Directed by | Original air date\n"
            '11 | 1 | "Stonefall" | Ana Ruiz | March 3, 2025\n'
            '12 | 2 | "The Quiet Ward" | Ana Ruiz | March 10, 2025\n',
            [(None, 1, "Stonefall"), (None, 2, "The Quiet Ward")],
        ),
    ],
    ids=[
        "database-s2.e1-line",
        "sxe-then-quote",
        "episode-season-dot-number",
        "table-no-in-season-quoted-cell",
    ],
)
def test_episode_lines(
    extract_text: Extract, body: str, expected: list[tuple[int | None, int | None, str]]
) -> None:
    out = extract_text(f"Brimstone Alley episodes\n\n{body}", published="2026-03-01")
    assert [(s, n, t) for _, s, n, t in episodes(out) if n is not None] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            'In "Ashes to Anchors" (season 2, episode 5), Idris confronts her brother.',
            (2, 5, "Ashes to Anchors"),
        ),
        ("Spoilers ahead for “Lamplight” (S3E4), which aired last night.", (3, 4, "Lamplight")),
        ('Episode 7 ("Stonefall") set the finale up neatly.', (None, 7, "Stonefall")),
        (
            'The season continues until the finale, "Chapter 8," titled "Crownwater," on May 4.',
            (None, 8, "Crownwater"),
        ),
        (
            "Brimstone Alley's fourth episode of the season, The Sunken Organ, is its best yet.",
            (None, 4, "The Sunken Organ"),
        ),
        (
            "Sunday's instalment, The Crooked Drill, was the best hour so far.",
            (None, None, "The Crooked Drill"),
        ),
        (
            "Next Sunday's episode, Reaping Lamp (22 March), looks set to bring it all out.",
            (None, None, "Reaping Lamp"),
        ),
    ],
    ids=[
        "quoted-title-then-season-episode-label",
        "quoted-title-then-sxe-label",
        "episode-number-then-bracketed-title",
        "quoted-chapter-label-titled",
        "possessive-ordinal-episode-of-the-season",
        "weekday-instalment-appositive",
        "next-weekday-episode-with-bracketed-date",
    ],
)
def test_prose_titles(
    extract_text: Extract, sentence: str, expected: tuple[int | None, int | None, str]
) -> None:
    out = extract_text(f"Brimstone Alley review\n\n{sentence}\n", published="2026-03-01")
    found = [(s, n, t) for _, s, n, t in episodes(out)]
    assert expected in found
    assert all(show in {None, "Brimstone Alley"} for show, *_ in episodes(out)), "a title is never the show"


def test_a_chapter_label_is_never_a_title(extract_text: Extract) -> None:
    out = extract_text(
        'Brimstone Alley\n\nThe finale, "Chapter 8," titled "Crownwater," airs May 4.\n',
        published="2026-03-01",
    )
    assert [t for *_, t in episodes(out)] == ["Crownwater"]


def test_the_n_episodes_are_a_complete_list_numbered_in_order(extract_text: Extract) -> None:
    text = 'Brimstone Alley s2\n\nThe three episodes are titled "Cold Harbour", "Lanterns" and "Homeward".\n'
    out = extract_text(text, published="2026-03-01")
    assert [(n, t) for _, _, n, t in episodes(out)] == [(1, "Cold Harbour"), (2, "Lanterns"), (3, "Homeward")]


def test_a_list_shorter_than_its_stated_count_gets_no_numbers(extract_text: Extract) -> None:
    text = 'Brimstone Alley s2\n\nThe eight episodes are titled "Cold Harbour", "Lanterns" and "Homeward".\n'
    out = extract_text(text, published="2026-03-01")
    assert [(n, t) for _, _, n, t in episodes(out)] == [
        (None, "Cold Harbour"),
        (None, "Homeward"),
        (None, "Lanterns"),
    ]


def test_a_section_paragraph_opening_with_a_season_scopes_the_next_ones(extract_text: Extract) -> None:
    text = (
        "Streamer moves its drop day for every original\n\n"
        "New episodes of all originals now arrive on Wednesdays.\n\n'Harbour Kings'\n\n"
        'Season 2 of the crime drama premiered with "Chapter 1," titled "Low Ledger."\n\n'
        'Under the new plan, "Chapter 3," titled "Weathercock," moves up a week.\n\n'
        "'Marlowe Trust'\n\nThe docuseries premieres on Wednesday.\n"
    )
    out = extract_text(text, published="2026-09-22")
    assert (2, 3, "Weathercock") in [(s, n, t) for _, s, n, t in episodes(out)]


def test_a_slate_headline_gives_no_article_show_or_season(extract_text: Extract) -> None:
    text = (
        "Network Sets Dates: 'Quillmore', 'Dunwater' Season 2, Final Season of 'Tin Pickets' and More\n\n"
        "Quillmore, a new 10-episode comedy led by Ines Varga, will premiere Tuesday, March 3 on FX.\n\n"
        "Tin Pickets begins its fourth and final season on Thursday, April 16 on FXX.\n\n"
        "Crown Lane Motel, which had been set to return on Wednesday, April 22, will now premiere its "
        "second season on Wednesday, May 6 on FX.\n"
    )
    out = extract_text(text, published="2026-01-13")
    got = releases(out)
    assert ("Quillmore", None, "2026-03-03") in got
    assert ("Tin Pickets", 4, "2026-04-16") in got
    assert ("Crown Lane Motel", 2, "2026-05-06") in got


def test_a_series_premiere_flag_in_the_headline_is_season_one(extract_text: Extract) -> None:
    text = (
        "GULL HOUSE on SUNDAY DRAMA (New Series Premiere)\n\n"
        'Episode 1, "The Reading," premieres Sunday, May 3 at 9 p.m. on PBS.\n\n'
        'Episode 2, "Off Peak," premieres Sunday, May 10 at 9 p.m. on PBS.\n'
    )
    out = extract_text(text, published="2026-04-14")
    assert {s for _, s, _, _ in episodes(out)} == {1}


def test_a_show_in_a_credit_bracket_above_a_list_is_not_the_lists_show(extract_text: Extract) -> None:
    text = (
        "Gull House season 1 on PBS\n\nGull House is a four-part drama on PBS. Gull House stars Ana Ruiz.\n\n"
        "Written by Pia Okafor (BLACK REED) and directed by Lin Achter, it first aired in 2025.\n\n"
        "EPISODE GUIDE:\n\n"
        'Episode 1, "The Reading," premieres Sunday, May 3 - The cousins arrive.\n\n'
        'Episode 2, "Off Peak," premieres Sunday, May 10 - A leaking roof.\n'
    )
    out = extract_text(text, published="2026-04-14")
    assert {show for show, *_ in episodes(out)} == {"Gull House"}


def test_breadcrumb_with_a_station_and_a_donation_button_come_before_the_headline() -> None:
    text = (
        "KQED | Arts & Culture › Drama\n\nGive Now\n\nGULL HOUSE (New Series Premiere)\n\n"
        "By Ana Ruiz / Web Producer\n"
    )
    kinds = [(b.kind, b.text) for b in segment(text)]
    assert kinds[:4] == [
        ("boilerplate", "KQED | Arts & Culture › Drama"),
        ("boilerplate", "Give Now"),
        ("title", "GULL HOUSE (New Series Premiere)"),
        ("byline", "By Ana Ruiz / Web Producer"),
    ]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Wavecrest on Thursday", "Wavecrest"),
        ("Salt Road in September", "Salt Road"),
        ("Ode on Melancholy", "Ode on Melancholy"),
    ],
    ids=["weekday-tail", "month-tail", "title-with-on-kept"],
)
def test_a_date_after_a_title_is_not_part_of_it(raw: str, expected: str) -> None:
    assert _clean_title(raw) == expected


def test_a_headline_that_opens_with_its_show_is_no_slate(extract_text: Extract) -> None:
    text = (
        "'Kettle Row' Season 3 Adds Four, Including 'Iron Lane' Star Ana Ruiz; 'Dun Point' Casts\n\n"
        "Kettle Row has added four actors for its third season. Ana Ruiz will play Mara Lind.\n"
    )
    out = extract_text(text, published="2025-06-05")
    assert [(c.actor, c.character, c.season) for c in out.cast] == [("Ana Ruiz", "Mara Lind", 3)]


def test_a_database_cast_block_pairs_actor_and_character_lines_over_episode_counts(
    extract_text: Extract,
) -> None:
    text = (
        "Gull House season 2 cast\n\nTop Cast\nMireya Dantos-Obi\nSheriff Dorit Vargas\n10 episodes\n"
        "Calum Rourke-Hadley\nDeputy Ozzie Prewitt\n8 episodes\n"
        "Marek Oyel-Brandt\nHimself (voice)\n1 episode\n"
    )
    out = extract_text(text, published="2026-03-01")
    assert sorted((c.actor, c.character) for c in out.cast) == [
        ("Calum Rourke-Hadley", "Deputy Ozzie Prewitt"),
        ("Mireya Dantos-Obi", "Sheriff Dorit Vargas"),
    ]


def test_one_name_over_another_and_a_count_is_no_cast_block(extract_text: Extract) -> None:
    out = extract_text(
        "Gull House\n\nMireya Dantos-Obi\nSheriff Dorit Vargas\n10 episodes\n", published="2026-03-01"
    )
    assert out.cast == []


def test_a_credit_after_a_colon_lines_right_name_marks_it_as_the_actor(extract_text: Extract) -> None:
    text = (
        "Gull House season 2 cast\n\nCast:\n• Sota Mizuno: Tomoki Kisanu (Kenji Amari in Glass Tide)\n"
        "• Kotone Arima: Minori Asaka (Kaho in Moonlit Creamery)\n"
    )
    out = extract_text(text, published="2026-03-01")
    assert sorted((c.actor, c.character) for c in out.cast) == [
        ("Minori Asaka", "Kotone Arima"),
        ("Tomoki Kisanu", "Sota Mizuno"),
    ]


def test_a_name_after_the_is_no_possessive_actor(extract_text: Extract) -> None:
    out = extract_text(
        "Gull House season 2\n\nTitled The Old Ferryman's Wager, the episode airs on Sunday.\n",
        published="2026-03-01",
    )
    assert out.cast == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Season 2 of the drama hits Disney+ on 12 March 2026.", ("Gull Row", 2, "2026-03-12", "confirmed")),
        ("Gull Row's second season premieres July 17 on HBO.", ("Gull Row", 2, "2026-07-17", "confirmed")),
        (
            "Gull Row has been renewed for a third season. Insiders expect it to arrive in 2027.",
            ("Gull Row", 3, "2027", "expected"),
        ),
    ],
    ids=["hits-platform", "possessive-show-before-season", "insiders-expect"],
)
def test_release_wordings(extract_text: Extract, sentence: str, expected: tuple[str, int, str, str]) -> None:
    out = extract_text(
        f"Gull Row season news\n\nGull Row is a drama.\n\n{sentence}\n", published="2026-03-01"
    )
    found = [
        (r.show or "Gull Row", r.season, r.date, r.status) for r in out.releases
    ]  # None: the article's show
    assert expected in found


def test_a_title_ending_in_a_possessive_keeps_it(extract_text: Extract) -> None:
    text = "Supper at Corbin's season 2\n\nSupper at Corbin's second season premieres July 17 on HBO.\n"
    out = extract_text(text, published="2026-03-01")
    assert [r.show for r in out.releases] == ["Supper at Corbin's"]


def test_every_episode_label_alternative_has_its_number_and_season_group_listed() -> None:
    named = set(el._EPISODE_LINE.groupindex.values())
    unnamed = set(range(1, el._EPISODE_LINE.groups + 1)) - named
    assert unnamed == set(el._NUMBER_GROUPS)
    assert set(el._EPISODE_LINE.groupindex) == set(el._SEASON_GROUPS)


@pytest.mark.parametrize(
    "line, season",
    [
        ("Episode 3: Gull Light", None),
        ("Season 2, Episode 3 - Gull Light", 2),
        ("2x3 – Gull Light", 2),
        ("S2E3 – Gull Light", 2),
        ("S2.E3 ∙ Gull Light", 2),
        ("2.3: Gull Light", 2),
        ("Episode #21 (season 2, episode 3): Gull Light", 2),
        ('Episode 2.3 "Gull Light"', 2),
    ],
)
def test_each_label_form_gives_episode_three(line: str, season: int | None) -> None:
    block = segment(line + "\n")[0]
    _, _, number = el._marker(line + "\n", block)
    assert (number, el._line_season(block)) == (3, season)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The drama stars Rosalind Okonjo and Ilona Varga. Okonjo's Tamsin, the vet, is the heart of the "
            "show, and Varga's Odalys, her rival, gets more to do.",
            [("Ilona Varga", "Odalys"), ("Rosalind Okonjo", "Tamsin")],
        ),
        ("Orrin Pennywhistle runs the fair. The best stall is Pennywhistle's Travelling Circus.", []),
    ],
    ids=["surname-possessive-of-an-introduced-actor", "surname-possessive-of-a-character-is-no-pair"],
)
def test_a_lone_possessor_is_the_actor_the_article_introduced(
    extract_text: Extract, text: str, expected: list[tuple[str, str]]
) -> None:
    out = extract_text(f"Gull Row season 2 cast\n\n{text}\n", published="2026-03-01")
    assert sorted((c.actor, c.character) for c in out.cast) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ava Marsh has taken over the role of Tilda Quince from Dora Pike.",
            ("Ava Marsh", "Tilda Quince", None),
        ),
        (
            "In The Hollow Tower Season 2, Tobias Renholt originated the role of Sir Osmond, the champion.",
            ("Tobias Renholt", "Sir Osmond", "The Hollow Tower"),
        ),
    ],
    ids=["taken-over-the-role-of", "originated-the-role-of-show-after-in"],
)
def test_recast_role_wordings(
    extract_text: Extract, sentence: str, expected: tuple[str, str, str | None]
) -> None:
    out = extract_text(f"Recasts nobody noticed\n\n{sentence}\n", published="2026-03-01")
    assert [(c.actor, c.character, c.show) for c in out.cast] == [expected]


def test_a_show_called_in_something_keeps_its_in() -> None:
    assert _clean_title("In Treatment") == "In Treatment"


def test_a_verb_after_a_list_of_bracket_pairs_belongs_to_every_pair(extract_text: Extract) -> None:
    out = extract_text(
        "Gull Row season 2 cast\n\nLady Penhallow (Mara Quill) and Sir Tobias (Kit Ferrers) return.\n",
        published="2026-03-01",
    )
    assert sorted((c.actor, c.character) for c in out.cast) == [
        ("Kit Ferrers", "Sir Tobias"),
        ("Mara Quill", "Lady Penhallow"),
    ]


def test_expected_back_in_is_an_expected_premiere(extract_text: Extract) -> None:
    text = (
        "Gull Row season 3\n\nFilming on the third season wrapped in November, and the show is now expected "
        "back in spring 2027.\n"
    )
    out = extract_text(text, published="2026-01-10")
    assert [(r.season, r.date[:4] if r.date else None, r.status) for r in out.releases] == [
        (3, "2027", "expected")
    ]


@pytest.mark.parametrize(
    "headline, sentence, expected",
    [
        (
            "Gull Row review",
            '"Pepper Mill" is the title of the third episode, and it earns it.',
            (3, "Pepper Mill"),
        ),
        ("Gull Row", 'The finale — titled "Long Shore" — airs on May 4.', (None, "Long Shore")),
        ('Gull Row 2x04 "Pepper Mill" review', "A tense hour.", (4, "Pepper Mill")),
        (
            "Gull Row",
            'The third episode, which is titled "Pepper Mill", sees the pair split up.',
            (3, "Pepper Mill"),
        ),
        ("Gull Row", 'The premiere, "Cold Front," drops on March 3.', (1, "Cold Front")),
    ],
    ids=[
        "title-of-the-third-episode",
        "finale-dash-titled",
        "sxe-then-quote-headline",
        "which-is-titled",
        "premiere-comma-quote",
    ],
)
def test_more_prose_episode_forms(
    extract_text: Extract, headline: str, sentence: str, expected: tuple[int | None, str]
) -> None:
    out = extract_text(f"{headline}\n\n{sentence}\n", published="2026-03-01")
    assert [(n, t) for _, _, n, t in episodes(out)] == [expected]
    assert {show for show, *_ in episodes(out)} <= {None, "Gull Row"}


def test_a_sentence_opening_with_titled_names_the_episode(extract_text: Extract) -> None:
    text = (
        "Gull Row season 2 episode 7 preview\n\nThe site shared stills for Gull Row season 2 episode 7. "
        "Titled The Old Ferryman's Wager, the episode will air on Sunday, May 17.\n"
    )
    out = extract_text(text, published="2026-05-12")
    assert [(e.season, e.title, e.air_date) for e in out.episodes] == [
        (2, "The Old Ferryman's Wager", "2026-05-17")
    ]
