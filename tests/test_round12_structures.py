"""Structures of the round-12 articles that the rules missed: calendar lines led by a clock time or a
date, a question heading naming its show, "Part 1" sub-headings inside a season's section, an article
about one show that ends in a list of other shows, appositive cast lists, "the voice of", inverted
joins, "Actor – Character" entry heads. Every snippet is written for the test (invented shows,
people and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput
from hsextract.rules.questions import question_title
from tests.test_round9_structures import releases
from tests.test_round10_structures import episodes

Extract = Callable[..., ArticleOutput]


def pairs(out: ArticleOutput) -> list[tuple[str, str]]:
    return sorted((c.actor, c.character) for c in out.cast)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            'Tuesday, Jan. 5\n8 p.m. — "Saltbridge Rescue" (NBC, season premiere)\n'
            '10 p.m. — "The Hollin Court" (NBC, Season 4)\n',
            [("Saltbridge Rescue", None, "2027-01-05"), ("The Hollin Court", 4, "2027-01-05")],
        ),
        (
            "Thursday, Jan. 7\nJan. 7: Wickham Flats – Season 3 (Prime Video)\nA satire returns.\n\n"
            "Friday, Jan. 8\nJan. 8: Paper Lantern Post – Season 2 (Crunchyroll)\nAn anime returns.\n",
            [("Paper Lantern Post", 2, "2027-01-08"), ("Wickham Flats", 3, "2027-01-07")],
        ),
        (
            "Wednesday, Jan. 6\nIron Abbot Zed (AT-X), 10 p.m. JST (Season 3) — simulcast on HIDIVE\n\n"
            "Thursday, Jan. 7 — Moonbake Rascals season 2 (TBS)\n\n"
            'Sunday, Jan. 10\n1:05 a.m. — "Kelp Kitchen Diaries" (Fuji TV, series premiere)\n',
            [
                ("Iron Abbot Zed", 3, "2027-01-06"),
                ("Kelp Kitchen Diaries", 1, "2027-01-10"),
                ("Moonbake Rascals", 2, "2027-01-07"),
            ],
        ),
    ],
    ids=["clock-time-first", "date-first-with-dashed-season", "clock-after-network-and-dated-line"],
)
def test_calendar_lines_led_by_a_time_or_a_date(
    extract_text: Extract, lines: str, expected: list[tuple[str, int | None, str]]
) -> None:
    out = extract_text(f"Winter premiere calendar\n\nEvery date we know.\n\n{lines}", published="2026-12-10")
    assert releases(out) == expected


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Is Farrowmere coming back this winter?", "Farrowmere"),
        ("Wait, what about Counsel for the Drowned?", "Counsel for the Drowned"),
        ("When does Tin Chapel season 2 come out?", "Tin Chapel"),
        ("Where can I watch The Long Weir?", "The Long Weir"),
        ("How many episodes of Grey Lantern are there?", "Grey Lantern"),
        ("Will there be a season 3?", None),
        ("Will Ada Pemberly return for season 2?", None),  # asks about an actor
        ("When is Part 2 out?", None),
        ("Is it any good?", None),
        ("Is There a Trailer?", None),
    ],
)
def test_the_show_a_question_heading_asks_about(heading: str, title: str | None) -> None:
    assert question_title(heading) == title


def test_a_question_heading_scopes_its_answer_to_its_show(extract_text: Extract) -> None:
    out = extract_text(
        "Winter TV: what to expect\n\nOur inbox is full.\n\n"
        "When does Tin Chapel season 2 come out?\n\nTin Chapel returns on Sunday, Jan. 3 on HBO.\n\n"
        "Is Farrowmere coming back this winter?\n\n"
        "Yes, but not in January. The crime drama's third series returns to BBC One in February.\n",
        published="2026-12-10",
    )
    assert releases(out) == [("Farrowmere", 3, "2027-02"), ("Tin Chapel", 2, "2027-01-03")]


def test_part_headings_stay_inside_the_seasons_section(extract_text: Extract) -> None:
    out = extract_text(
        "New on streaming this week\n\nThree shows to watch.\n\n"
        "The Quillon Widows, season 2 — Thursday\n\n"
        "The first four episodes arrive on Thursday 22 October. Netflix has released all the titles:\n\n"
        'Part 1\n\nEpisode 1: "The Dowry Room"\n\nEpisode 2 - Who Keeps the Ledger?\n\n'
        'Part 2\n\nEpisode 3: "Salt and Crape"\n\nEpisode 4: "Widow\'s Weeds"\n',
        published="2026-10-19",
    )
    assert episodes(out) == [
        ("The Quillon Widows", 2, 1, "The Dowry Room"),
        ("The Quillon Widows", 2, 2, "Who Keeps the Ledger?"),
        ("The Quillon Widows", 2, 3, "Salt and Crape"),
        ("The Quillon Widows", 2, 4, "Widow's Weeds"),
    ]


def test_an_article_about_one_show_with_a_list_of_others_keeps_its_show(extract_text: Extract) -> None:
    out = extract_text(
        "Marshwick series 2: start date and episode guide\n\n"
        "Marshwick was the surprise hit of the year, and Marshwick series 2 arrives in January.\n\n"
        "The second series of Marshwick begins on Monday 4 January on Channel 5.\n\n"
        "Episode 1 – Dead Ebb Tide\n\nA body is found on the marsh. Marshwick has never looked bleaker.\n\n"
        "TV tonight\n\nPinfold Farm at Christmas\n8pm, Channel 5\nThe farmers open the gates.\n\n"
        "The Supper Duel\n9pm, BBC Two\nAmateur cooks compete.\n",
        published="2026-12-21",
    )
    assert ("Marshwick", 2, "2027-01-04") in releases(out)
    assert episodes(out) == [("Marshwick", 2, 1, "Dead Ebb Tide")]


def test_a_list_entry_for_a_film_dates_no_season(extract_text: Extract) -> None:
    out = extract_text(
        "New OTT releases this week\n\nA busy week.\n\n"
        "1. Gullypur Tales Season 2 (December 18) – Prime Video\nOTT platform: Prime Video\n"
        "Genre: Comedy-drama\nThe village comedy is back.\n\n"
        "2. The Harbour Pact (December 19) – Netflix\nOTT platform: Netflix\nGenre: Thriller (film)\n"
        "The week's biggest film.\n\n"
        "3. Letters from Udo Island (December 16) – Netflix (in Hindi)\nGenre: Romance\n"
        "The Korean drama arrives dubbed.\n",
        published="2026-12-14",
    )
    assert releases(out) == [
        ("Gullypur Tales", 2, "2026-12-18"),
        ("Letters from Udo Island", None, "2026-12-16"),
    ]


def test_a_slate_headlines_season_belongs_to_the_show_it_follows(extract_text: Extract) -> None:
    out = extract_text(
        "Stan unveils slate: Gumtree Creek return date, Back Paddock season seven\n\nThe line-up.\n\n"
        "Gumtree Creek – season 2\n\nThe vet drama returns on Friday, January 15.\n\n"
        "The Kookaburra Arms – season 3\n\nThe pub comedy drops its first episodes on Boxing Day.\n\n"
        "Back Paddock – season 7\n\nThe cooking contest, which first appeared on screens in 2019, "
        "will return for a seventh season in mid-2027.\n",
        published="2026-11-05",
    )
    assert releases(out) == [
        ("Back Paddock", 1, "2019"),
        ("Back Paddock", 7, "2027"),
        ("Gumtree Creek", 2, "2027-01-15"),
        ("The Kookaburra Arms", 3, "2026-12-26"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Leads Ines Marwood and Tobiah Quell will reprise their roles as Linnet Havers, the guild's "
            "youngest pilot, and Dace Morrel, its chief navigator.",
            [("Ines Marwood", "Linnet Havers"), ("Tobiah Quell", "Dace Morrel")],
        ),
        (
            "Ilse Vantongeren will replace Mona Prykes as the voice of Tessaly, the guild's mechanic.",
            [("Ilse Vantongeren", "Tessaly"), ("Mona Prykes", "Tessaly")],
        ),
        ("Joining the dub as Corvina is Bethan Ashwell-Lutz.", [("Bethan Ashwell-Lutz", "Corvina")]),
        (
            "The big question is Rukmini Sahay's (Devika Arora-Pillai) next move.",
            [("Devika Arora-Pillai", "Rukmini Sahay")],
        ),
        (
            "Hesper Lundqvist's Amalie is pictured beside the water.",
            [("Hesper Lundqvist", "Amalie")],
        ),
    ],
    ids=[
        "apposed-character-list",
        "voice-of-replacing",
        "inverted-join",
        "possessive-bracket",
        "possessive-is",
    ],
)
def test_more_cast_phrasings(extract_text: Extract, sentence: str, expected: list[tuple[str, str]]) -> None:
    out = extract_text(f"Pipit Guild season 2 cast\n\n{sentence}\n", published="2026-11-20")
    assert pairs(out) == expected


def test_an_actor_dash_character_heading_over_its_paragraph(extract_text: Extract) -> None:
    out = extract_text(
        "Dalsfjord series 2 cast: meet the actors\n\nHere's who's who.\n\n"
        "Signe Aaberg-Holm as Kari Vestlund\n\nAaberg-Holm returns as the valley's only detective.\n\n"
        "Marit Solheim-Vik – Gunvor Brekkestad\n\n"
        "The new face this series: Gunvor is the dam company's chief executive, flown in from Oslo.\n",
        published="2026-10-03",
    )
    assert pairs(out) == [
        ("Marit Solheim-Vik", "Gunvor Brekkestad"),
        ("Signe Aaberg-Holm", "Kari Vestlund"),
    ]


def test_a_voice_cast_lists_sides_follow_the_line_with_a_credit(extract_text: Extract) -> None:
    out = extract_text(
        "Sky Courier Co. season 2\n\nThe anime returns. Returning voice cast:\n"
        "• Hana Kurobe: Mieko Fujimura-Hale (Rei in Paper Kite)\n• Postmaster Genzo: Taro Hanabusa-Wynn\n"
        "• Momo the heron: Saki Oshima-Lowe\n\nThe show is great.\n",
        published="2026-12-10",
    )
    assert pairs(out) == [
        ("Mieko Fujimura-Hale", "Hana Kurobe"),
        ("Saki Oshima-Lowe", "Momo the heron"),
        ("Taro Hanabusa-Wynn", "Postmaster Genzo"),
    ]


def test_an_air_date_field_with_a_spaced_colon_stays_in_the_episode_guide(extract_text: Extract) -> None:
    out = extract_text(
        "Cutbank Pass Season 3 Premiere Date and Time\n\nThe Western returns on FX next week.\n\n"
        "Cutbank Pass Season 3 Episode Guide\n\nFX has shared the first two titles.\n\n"
        'Episode 1 "The Melt Line"\nOriginal Air Date : 20 October 2026\nThe marshal rides back.\n\n'
        'Episode 2 "Nine Miles Out"\nOriginal Air Date : 27 October 2026\nA prisoner is escorted north.\n',
        published="2026-10-14",
    )
    assert [(e.show, e.season, e.number) for e in out.episodes] == [
        ("Cutbank Pass", 3, 1),
        ("Cutbank Pass", 3, 2),
    ]


def test_an_opening_phrase_and_a_channel_are_no_show(extract_text: Extract) -> None:
    """ "In the UK, season 2 began ..." names no title; "BBC Four" gives no show "Four"."""
    head = "Tarn Edge series 2: everything we know\n\n"
    for sentence in (
        "In the UK, season 2 began on Friday, April 24 at 9pm on Sky Atlantic.",
        "Tarn Edge returns to BBC Four and iPlayer on Saturday 10 October; BBC Four's slot is Saturday.",
    ):
        out = extract_text(head + sentence + "\n", published="2026-04-01")
        assert {r.show for r in out.releases} <= {"Tarn Edge"}, sentence


def test_a_title_head_with_a_dashed_weekday_ends_the_entry_above(extract_text: Extract) -> None:
    out = extract_text(
        "New on Hulu this week\n\nFour picks.\n\n"
        "Pennant & Lusk, season 4 — Thursday\n"
        "The fourth season, which premiered on Nov. 12, continues with its fifth episode.\n\n"
        "Kettlewell Green: The Reunion — Friday\n"
        "The old sitcom's cast gather for a one-hour special. Not a new season.\n",
        published="2026-12-07",
    )
    assert releases(out) == [("Pennant & Lusk", 4, "2026-11-12")]


def test_an_actor_in_capitals_in_a_photo_caption_is_no_show(extract_text: Extract) -> None:
    out = extract_text(
        "The Pillowlace Sisters season 2 recap\n\n"
        "Shown left to right: Tamsin Rudd (HESTIA MARLOWE-DUNN) and Ivy Cleeve (OONA PARDOE). Photo: PBS\n\n"
        "Hestia Marlowe-Dunn as Tamsin Rudd – the school's reluctant mistress\n"
        "Oona Pardoe as Ivy Cleeve – the best lacemaker in town\n",
        published="2026-11-16",
    )
    assert {c.show for c in out.cast} == {"The Pillowlace Sisters"}
    assert pairs(out) == [("Hestia Marlowe-Dunn", "Tamsin Rudd"), ("Oona Pardoe", "Ivy Cleeve")]


def test_a_listicle_number_glued_to_its_head_is_not_part_of_the_name(extract_text: Extract) -> None:
    out = extract_text(
        "Los Almendros season 2 first look\n\nMeet the family.\n\n"
        "2Vicenta Roig (Pilar Casanellas)\nNetflix\nThe character: Vicenta Roig runs the orchard.\n\n"
        "3Xavier Roig (Oriol Batllori)\nNetflix\nThe character: Xavier Roig comes back from Argentina.\n",
        published="2026-11-01",
    )
    assert pairs(out) == [("Oriol Batllori", "Xavier Roig"), ("Pilar Casanellas", "Vicenta Roig")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            'The staff confirmed two titles: episode 1 is titled "The Hill That Ate the Pit" and '
            'episode 2 is "Lamps Down the Adit".',
            [(1, "The Hill That Ate the Pit"), (2, "Lamps Down the Adit")],
        ),
        (
            'The season opens with "Marsh Glow," followed immediately by "The Boatman Won\'t Row."',
            [(1, "Marsh Glow"), (2, "The Boatman Won't Row")],
        ),
        (
            'The season premiered on October 11 with "Red Sky Omen," and it runs for ten episodes.',
            [(1, "Red Sky Omen")],
        ),
        ('Next week\'s installment, titled "Backfire Road," airs on Sunday.', [(None, "Backfire Road")]),
    ],
    ids=["episode-n-is-quoted", "opens-with-followed-immediately-by", "premiered-with", "installment-titled"],
)
def test_more_episode_title_phrasings(
    extract_text: Extract, sentence: str, expected: list[tuple[int | None, str]]
) -> None:
    out = extract_text(f"Bayou Ferry season 2 guide\n\n{sentence}\n", published="2026-11-16")
    assert sorted(((e.number, e.title) for e in out.episodes), key=str) == sorted(expected, key=str)
    assert {(e.show, e.season) for e in out.episodes} == {("Bayou Ferry", 2)}


def test_a_voice_cast_line_whose_actor_starts_with_a_non_ascii_capital(extract_text: Extract) -> None:
    out = extract_text(
        "Harbour Kitchen season 2\n\nThe anime returns.\n\nReturning cast:\n\n"
        "Chiyo Arakane: Fumika Shirai-Wynn (Kotone in Morning Arcade)\nTetsuo: Ōgami Ryūhei\n"
        "Grandma Setsu: Łucja Hanabusa-Lund\n",
        published="2026-12-10",
    )
    assert pairs(out) == [
        ("Fumika Shirai-Wynn", "Chiyo Arakane"),
        ("Łucja Hanabusa-Lund", "Grandma Setsu"),
        ("Ōgami Ryūhei", "Tetsuo"),
    ]


def test_a_guide_with_a_time_stamp_and_a_listings_box_keeps_its_show(extract_text: Extract) -> None:
    out = extract_text(
        "Glenmara series 2: episode guide and when Part Two airs\n\nThe garda drama returns on Sunday.\n\n"
        "Thu 12 Nov 2026 at 06:30\n1 Sorcha Keane returns as Sergeant Nuala Brody Credit: RTÉ Handout\n\n"
        "Glenmara returns. Glenmara series 1 went out in March 2025, and Glenmara is back.\n\n"
        "Part One\nHere are the titles for the first half:\n"
        "Episode 1 – The Well Road – Sunday 15th November\n"
        "Episode 2 – The Crossroads – Sunday 22nd November\n\n"
        "\"There's an episode – episode two, 'Crossroads' – where it all goes wrong.\"\n\n"
        "Back after the break\nCorrib Yard (RTÉ One) – Wednesday 6 January\n"
        "Tullaghmore (Virgin Media One) – Monday 4 January\n",
        published="2026-11-12",
    )
    assert episodes(out) == [("Glenmara", 2, 1, "The Well Road"), ("Glenmara", 2, 2, "The Crossroads")]


def test_a_caps_status_label_before_a_title_is_not_part_of_it(extract_text: Extract) -> None:
    out = extract_text(
        "New on streaming this week\n\nWhat to watch.\n\n"
        "Monday, Oct. 26\nRETURNING The Idle Hours: Season 1 – Peacock (library title, all episodes)\n"
        "NEW Pinchfield County: Season 1 – Hulu\n",
        published="2026-10-26",
    )
    assert {r.show for r in out.releases} == {"The Idle Hours", "Pinchfield County"}


def test_a_makers_possessive_after_season_of_is_no_title(extract_text: Extract) -> None:
    out = extract_text(
        "Dawn Patrol Squad Season 2 Episode 4 release date and time\n\n"
        "Dawn Patrol Squad fans don't have long to wait. The second season of Studio Kiriya's night-bus "
        "police anime premiered on October 3, and Dawn Patrol Squad returns this weekend.\n\n"
        "OTT releases this week\n\n1. Mango Lane Season 2 (October 23) – Netflix\nGenre: Comedy\n\n"
        "2. Dawn Patrol Squad Season 2 Episode 4 (October 24) – Crunchyroll\nGenre: Anime\n",
        published="2026-10-20",
    )
    assert ("Dawn Patrol Squad", 2, "2026-10-03") in releases(out)
    assert all(not r.show or "Episode" not in r.show for r in out.releases)


def test_a_short_label_naming_a_past_season_heads_its_section(extract_text: Extract) -> None:
    out = extract_text(
        "The Wyndcombe Chimes series 2: Christmas schedule and episode guide\n\n"
        "The festive ghost story is back for four nights.\n\n"
        "The Tenth Chime (Episode 4)\nThe finale. Who is ringing the tenth bell?\n\n"
        "In case you missed series one\n\n"
        "The first series aired over four nights from Saturday 27 December 2025. "
        "The episodes were, in order:\n\n"
        "Episode 1 - The Lantern Porch\nEpisode 2 - Half-Muffled\n",
        published="2026-12-10",
    )
    assert ("The Wyndcombe Chimes", 1, 1, "The Lantern Porch") in episodes(out)
    assert ("The Wyndcombe Chimes", 1, 2, "Half-Muffled") in episodes(out)


def test_a_characters_possessive_with_the_actor_in_brackets_is_oriented(extract_text: Extract) -> None:
    out = extract_text(
        "The Tollbar Signal returns\n\nIn a quick recap, Tobin's (Amory Kettlewell-Nunn) raid went wrong.\n",
        published="2026-11-20",
    )
    assert pairs(out) == [("Amory Kettlewell-Nunn", "Tobin")]


def test_a_gallery_of_finales_dates_finales_not_premieres(extract_text: Extract) -> None:
    out = extract_text(
        "The Lindqvist File 3x07 recap\n\nThe penultimate hour was a stunner.\n\n"
        "MORE WINTER FINALES\n\n1 of 12\nPhoto: Starz\nCornbrake (Starz)\nAirs: Friday, Dec. 11 at 8/7c\n"
        "Season 2 ends with the sisters selling the mill.\n\n"
        "2 of 12\nPhoto: Showtime\nLeatherbank (Showtime)\nAirs: Sunday, Dec. 13 at 10/9c\n"
        "Season 2 goes out on a courtroom verdict.\n",
        published="2026-12-05",
    )
    assert out.releases == []
    assert sorted((e.show, e.date) for e in out.events if e.kind == "finale") == [
        ("Cornbrake", "2026-12-11"),
        ("Leatherbank", "2026-12-13"),
    ]
