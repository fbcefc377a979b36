"""Structures met in the round-17 work. Cast: a manner phrase inside "played ... by" ("played with icy
charm by"), a possessive appositive before "is played by" ("Tibbald, Jorund's youngest,"), "appears in
flashbacks as", a sentence adverb between the actor and the verb (", meanwhile,"), and a copula
"respectively" list ("A and B are her stepdaughters, X and Y, respectively"). Every snippet is written
for the test (invented shows and names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]
HEAD = "Wyndle Sound season 2: meet the cast\n\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "In the new season the county assessor Yelizaveta Prunk, played with icy charm by Gerlinde "
            "Ruddlesby-Nwosu, arrives in town.\n",
            [("Gerlinde Ruddlesby-Nwosu", "Yelizaveta Prunk")],
        ),
        (
            "Yelizaveta Prunk is played to perfection by Gerlinde Ruddlesby-Nwosu.\n",
            [("Gerlinde Ruddlesby-Nwosu", "Yelizaveta Prunk")],
        ),
        ("Tibbald, Jorund's youngest, is played by Kofi Adjei-Marsh.\n", [("Kofi Adjei-Marsh", "Tibbald")]),
        (
            "Veteran actress Gudlaug Skarsvåg appears in flashbacks as Jorund's grandmother, Mrs. Hegseth.\n",
            [("Gudlaug Skarsvåg", "Mrs. Hegseth")],
        ),
        (
            "Veteran actor Osvald Treganza, meanwhile, will transform into the village's eccentric "
            "postmaster, Evelin Wenn.\n",
            [("Osvald Treganza", "Evelin Wenn")],
        ),
        ("Osvald Treganza, too, returns as Evelin Wenn.\n", [("Osvald Treganza", "Evelin Wenn")]),
        (
            "Kadri Tammaru and Epp Vaikla are her scheming stepdaughters, Liisu Kuusk and Marje Rebane, "
            "respectively.\n",
            [("Epp Vaikla", "Marje Rebane"), ("Kadri Tammaru", "Liisu Kuusk")],
        ),
        ("Kadri Tammaru and Epp Vaikla are from Haapsalu and Viljandi, respectively.\n", []),
    ],
    ids=[
        "played-with-a-manner-phrase-by",
        "played-to-perfection-by",
        "possessive-appositive-then-played-by",
        "appears-in-flashbacks-as",
        "meanwhile-between-actor-and-verb",
        "too-between-actor-and-verb",
        "copula-respectively-list",
        "copula-respectively-places-are-no-roles",
    ],
)
def test_cast_forms(extract_text: Extract, body: str, expected: list[tuple[str, str]]) -> None:
    out = extract_text(HEAD + body, published="2026-10-10")
    assert sorted((c.actor, c.character) for c in out.cast) == expected


def _eps(out: ArticleOutput) -> list[tuple[str | None, int | None, int | None, str]]:
    return sorted(((e.show, e.season, e.number, e.title) for e in out.episodes), key=str)


def _rels(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None]]:
    return sorted(((r.show, r.season, r.date) for r in out.releases), key=str)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Brisbourne season 2 episode schedule\n\nDates are the Japanese broadcast days.\n\n"
            "Apr. 11 — #1 “Wirework at First Light”\nApr. 18 — #2 “Nine Riders, One Umbrella”\n"
            "May 2 — no episode (holiday break)\nMay 9 — #3 (title TBA)\n",
            [
                ("Brisbourne", 2, 1, "Wirework at First Light"),
                ("Brisbourne", 2, 2, "Nine Riders, One Umbrella"),
            ],
        ),
        (
            "Marrowcombe Season 2 Episode Guide\n\nNetwork: NBC\n\nAIRED\n\nEp. 2-01 (prod. 201)\n"
            '"The Sillitoe Rule"\nOriginal airdate: 22 Sep. 2026\nWriter: Jo Elm\n\n'
            'Ep. 2-02 (prod. 202)\n"Habeas, Corpus and Other Strangers"\nOriginal airdate: 29 Sep. 2026\n',
            [
                ("Marrowcombe", 2, 1, "The Sillitoe Rule"),
                ("Marrowcombe", 2, 2, "Habeas, Corpus and Other Strangers"),
            ],
        ),
        (
            "Fenwyck Season 3 Episode Guide\n\nAired episodes\n\nS03 · E01 | Prod. #301\n"
            "Aired: 03/08/2026 (Sun)\nOxbow Lantern\nWritten by: Jo Elm\n\nS03 · E02 | Prod. #302\n"
            "Aired: 03/15/2026 (Sun)\nOur Rating: 4/5\n",
            [("Fenwyck", 3, 1, "Oxbow Lantern")],
        ),
        (
            "Skarholt: episode release times\n\nSkarholt airs on Saturdays and Sundays.\n\n"
            'E01 | Sat 2 May | "The guest who paid in pebbles" | out now\n'
            'E02 | Sun 3 May | "Low tide, high tide" | out now\nE03 | Sat 9 May | TBA\n',
            [
                ("Skarholt", None, 1, "The guest who paid in pebbles"),
                ("Skarholt", None, 2, "Low tide, high tide"),
            ],
        ),
        (
            "Lamplugh Season 3 Episode Guide\n\nUpcoming episodes\n\n"
            "Air Date: 04/05/2026 | Season 3, Episode 5 | The Brow of the Weir\n"
            "Written by: Jo Elm · Directed by: Tancred Vos\n\n"
            "Air Date: 04/12/2026 | Season 3, Episode 6 | TBA\n",
            [("Lamplugh", 3, 5, "The Brow of the Weir")],
        ),
        (
            "Carrickfin: Disney+ release schedule\n\nHere is when each episode of Carrickfin lands.\n\n"
            "When | No. | Title | Written by\n"
            "Wed 14 Oct | 1, 2, 3 | Ink on the Ledger / Market Street, 4am / Grandfather's Thumbprint? "
            "| Jo Elm\n"
            "Wed 21 Oct | 4 | The Pigeon Man | Jo Elm\n",
            [
                ("Carrickfin", None, 1, "Ink on the Ledger"),
                ("Carrickfin", None, 2, "Market Street, 4am"),
                ("Carrickfin", None, 3, "Grandfather's Thumbprint?"),
                ("Carrickfin", None, 4, "The Pigeon Man"),
            ],
        ),
        (
            "Stannon Cove series 2: episode dates\n\nThe titles so far:\n\n"
            "Episode one: Sunday 17/1 – ‘Mine Shaft Blues’\nEpisode two: Sunday 24/1 – ‘The Cove Road’\n",
            [("Stannon Cove", 2, 1, "Mine Shaft Blues"), ("Stannon Cove", 2, 2, "The Cove Road")],
        ),
        (
            "Gorse Tallow season 2: release schedule\n\nWhat are the episodes called?\n\n"
            "The streamer has shared titles and loglines for the launch-night trio, listed below:\n\n"
            "1/10 · Forward Price\nMargot is back on the trading floor with a new employer.\n\n"
            "2/10 · Lye and Ash\nA shipment goes missing somewhere between two ports.\n\n"
            "Titles for the other episodes have not been released yet.\n",
            [("Gorse Tallow", 2, 1, "Forward Price"), ("Gorse Tallow", 2, 2, "Lye and Ash")],
        ),
        (
            'Stannon Cove Season 3 Episode Guide\n\nAIRING NOW\n\n301 "Motion to Dismiss"\nTHU 10/8 @ '
            '10:00pm e/p\nA case nobody else will touch.\n\n302 "Hearsay"\nTHU 10/15 @ 10:00pm e/p\n'
            "The harbour master lies under oath.\n",
            [("Stannon Cove", 3, 1, "Motion to Dismiss"), ("Stannon Cove", 3, 2, "Hearsay")],
        ),
    ],
    ids=[
        "date-first-hash-number-lines",
        "ep-season-hyphen-number-with-production-code",
        "label-aired-field-then-title-and-a-rating-field-is-no-title",
        "label-cell-rows-without-a-header",
        "air-date-first-label-cell-rows",
        "one-row-of-three-numbers-and-three-titles",
        "episode-one-with-a-word-number-and-a-date-first",
        "a-counter-n-of-m-labels-the-episode",
        "a-production-code-before-a-quoted-title",
    ],
)
def test_episode_rows_and_blocks(
    extract_text: Extract, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _eps(extract_text(text, published="2026-04-01")) == expected


def test_a_tie_goes_to_the_headlines_show_not_a_quoted_episode_title(extract_text: Extract) -> None:
    text = (
        "Umberleigh series 2 episode guide: every title\n\nUmberleigh is back on Channel 4.\n\n"
        "Channel 4 has now confirmed all four titles. In broadcast order, they are:\n\n"
        "Episode one – A Lamb by the Stove\nEpisode two – The Drowned Holloway\n"
        "Episode three – Forty Acres\nEpisode four – Cleave\n\n"
        'A note on numbering: the episode produced as 204, "The Drowned Holloway", now goes out second.\n'
    )
    found = _eps(extract_text(text, published="2027-02-20"))
    assert {show for show, *_ in found} == {"Umberleigh"}
    assert [(n, t) for _, _, n, t in found] == [
        (1, "A Lamb by the Stove"),
        (2, "The Drowned Holloway"),
        (3, "Forty Acres"),
        (4, "Cleave"),
    ]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (  # a guide page's section word "UPCOMING" is no show; "freshman run" is season 1
            "Inchcolm Season 2 Episode Guide\n\nAbout this season\nSeason 2 of NBC's legal drama Inchcolm "
            "premiered Tuesday, Sept. 22, 2026, on NBC. The freshman run bowed in January 2025.\n\n"
            "UPCOMING (from the network's press releases)\n\n"
            '• Episode 6: "Motion Denied" — Tuesday, Oct. 27. Teleplay by Jo Elm.\n',
            "2026-10-20",
            [("Inchcolm", 1, "2025-01"), ("Inchcolm", 2, "2026-09-22")],
        ),
        (  # a place before a genre noun is no show
            "Kestrelmouth Season 3 Episode Guide\n\nThe third season of AMC's Iowa river-town drama "
            "Kestrelmouth premiered on Sunday, March 8, 2026.\n",
            "2026-04-01",
            [("Kestrelmouth", 3, "2026-03-08")],
        ),
        (  # a full stop glued between a year and the next sentence
            "Brisbourne season 2 release date\n\nThe first season premiered on Prime Video in March 2025.It "
            "ran for eight episodes.\n",
            "2026-04-01",
            [("Brisbourne", 1, "2025-03")],
        ),
        (  # "on the 31st": the next 31st after the published date; "go out a week later, on"
            "Fenwyck series 3 date moved\n\nThe third series will now go out a week later, on the 31st, "
            "at 9pm on BBC One.\n",
            "2027-01-12",
            [("Fenwyck", 3, "2027-01-31")],
        ),
        (  # an ordinal before a season is no day: the date is the year
            "Fenwyck series 3\n\nFenwyck returns to BBC One on the 2nd season of its run in 2027.\n",
            "2027-01-12",
            [("Fenwyck", 2, "2027")],
        ),
    ],
    ids=[
        "section-word-and-freshman-run",
        "a-place-before-a-genre-noun",
        "glued-full-stop-after-a-year",
        "on-the-31st",
        "the-2nd-season-is-no-day",
    ],
)
def test_release_forms(
    extract_text: Extract, text: str, published: str, expected: list[tuple[object, ...]]
) -> None:
    assert _rels(extract_text(text, published=published)) == expected


def test_a_trailer_for_a_part_dates_the_trailer_not_the_part(extract_text: Extract) -> None:
    out = extract_text(
        "Lamplugh season 2 guide\n\nNetflix put out the full trailer for Part I on December 17, and it is "
        "mostly people arguing in a kitchen.\n",
        published="2026-12-20",
    )
    assert out.releases == []
    assert [(e.kind, e.date) for e in out.events] == [("trailer", "2026-12-17")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Harkin Reach season 2: meet the cast\n\n1 of 8\n"
            "Ngozika Okorafor-Dene is Amadike Ezeoke — RETURNING\n"
            "Amadike still runs the family firm, and this season she has a rival in the port to worry "
            "about.\n\n"
            "2 of 8\nUzodike Bristow-Ade is Osaro Quillby — NEW FOR SEASON 2\n"
            "Quillby is a smooth-talking shipping magnate who wants the firm, the house and the harbour.\n\n"
            "3 of 8\nThe rest of the cast are on the next slides, with the guest stars at the end.\n\n"
            "More galleries: the best dramas of the year so far, and where to stream them.\n",
            [("Ngozika Okorafor-Dene", "Amadike Ezeoke"), ("Uzodike Bristow-Ade", "Osaro Quillby")],
        ),
        (
            "Harkin Reach cast\n\nThe reading gathered the main cast: Jin Se-yeon ( who plays Pyo Dan-bi, "
            "the "
            "pastry chef who inherits the bakery ), and Gyeon Mu-jin ( who plays ferry mechanic "
            "Oh Seul-bi).\n",
            [("Gyeon Mu-jin", "Oh Seul-bi"), ("Jin Se-yeon", "Pyo Dan-bi")],
        ),
        (
            "Corrag Beag season 1 cast\n\nThe cast:\n\n• Halima-ul-Nisa Zarnigar — Qudsia Baig, Faryal's "
            "grandmother\n• Shahzeb Lodhi-Kazmi — Tormund, the household's business partner\n",
            [("Halima-ul-Nisa Zarnigar", "Qudsia Baig"), ("Shahzeb Lodhi-Kazmi", "Tormund")],
        ),
        (
            "Corrag Beag season 2\n\nIm Ha-yool plays Baek So-rin, a jewellery appraiser from Busan.\n",
            [("Im Ha-yool", "Baek So-rin")],
        ),
        (
            "Corrag Beag season 2\n\nVeteran Eilidh Strachan-Moir turns up in episode three as Hector Breck, "
            "a retired harbour pilot.\n",
            [("Eilidh Strachan-Moir", "Hector Breck")],
        ),
        (
            "Corrag Beag series 2 cast\n\nPeronel Quayle is back as the Breckland detective who came home. "
            "Anwyl Tressider joins as the Home Office pathologist sent up from London.\n",
            [],
        ),
        (
            "Kitsune Bridge season 2 cast\n\nReturning cast:\n\nAoba Kitsunezaki, the fox postmistress — CV: "
            "Hotaru Nishigori\nOld Man Kawauso — CV: Genji Amakura\n\nThe new season starts in October on "
            "Tokyo MX, with a simulcast on Crunchyroll.\n",
            [("Genji Amakura", "Old Man Kawauso"), ("Hotaru Nishigori", "Aoba Kitsunezaki")],
        ),
        (
            "Kitsune Bridge season 3: who is who\n\nUlfhild Brekkestø – Orrin Tamberly (returning)\n\n"
            "The village vicar remains the only person who knows where the bodies are buried, in one case "
            "literally.\n\nMore cast news next week.\n",
            [("Ulfhild Brekkestø", "Orrin Tamberly")],
        ),
    ],
    ids=[
        "gallery-actor-is-character-with-a-status-tag",
        "who-plays-in-brackets-with-stray-spaces",
        "cast-bullet-actor-dash-character-descriptor",
        "korean-surname-im-is-no-contraction",
        "turns-up-in-episode-three-as",
        "a-place-or-body-before-a-role-noun-is-no-character",
        "anime-cv-after-a-dash",
        "a-tagged-dash-head-over-an-entry-that-names-neither",
    ],
)
def test_more_cast_forms(extract_text: Extract, text: str, expected: list[tuple[str, str]]) -> None:
    out = extract_text(text, published="2026-10-10")
    assert sorted((c.actor, c.character) for c in out.cast) == expected


def test_a_tv_tonight_pick_goes_out_tonight_in_the_series_its_slot_line_states(extract_text: Extract) -> None:
    text = (
        "Sunday's best TV: Ravensdale Fold returns, plus a cold thriller\n\n"
        "Compiled by Anwyl Penrose and Dai Whernside\n\nPick of the day\n\n"
        "RAVENSDALE FOLD\n"
        "BBC One, 9pm · series four, episode one of six\n★★★★☆\n\n"
        "The Dales farming saga comes back in fine, muddy form. A year on from the barn fire, "
        "Bethan Oxenhope (Peronel Thrushcross) is running the farm alone, and the bank wants an answer "
        "before lambing. The "
        "writer has trimmed the melodrama of series three, which began in March 2025, and lets the fells do "
        "the talking. Episode one goes out tonight, and the other five follow in the same slot.\n\n"
        "Peronel Thrushcross as Bethan Oxenhope in Ravensdale Fold. Photograph: Jo Elm/BBC\n\n"
        "GRITSTONE\nBBC Two, 10pm · 2/4\n\nThe slow thriller picks up in its final ten minutes tonight, when "
        "the farm's books finally come out of the drawer and say what nobody wanted to hear.\n"
    )
    out = extract_text(text, published="2027-01-10")
    assert ("Ravensdale Fold", 4, "2027-01-10") in _rels(out)
    assert [(c.actor, c.character, c.season) for c in out.cast] == [
        ("Peronel Thrushcross", "Bethan Oxenhope", 4)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sendai Lanternboat Season II: broadcast schedule and episode titles\n\n"
            "The production committee has published titles for the first two episodes.\n\n"
            "Ep.1「Paper Lamps at Dusk Tide」— Fri. 4/3\nEp.2「Who Winds the Harbour Clock?」— Fri. 4/10\n",
            [
                ("Sendai Lanternboat", 2, 1, "Paper Lamps at Dusk Tide"),
                ("Sendai Lanternboat", 2, 2, "Who Winds the Harbour Clock?"),
            ],
        ),
        (
            'Tarnmoor Season 3 Episode Guide\n\nAIRED\n\nS3 | E01 · "Smog Day"\n'
            "▸ Aired: Tue 2026-03-03 · 58 min\n"
            "The ward fills by noon and the new chief has eleven beds.\n\nUPCOMING\n\n"
            "3x08\tTue 4/21/26\tShift's End Supper\n3x09\tMon 4/27/26\tLava Watch (Part 1)\n"
            "3x10\tTue 4/28/26\tLava Watch (Part 2) — Season Finale\n",
            [
                ("Tarnmoor", 3, 1, "Smog Day"),
                ("Tarnmoor", 3, 10, "Lava Watch (Part 2)"),  # in the order of their printed forms
                ("Tarnmoor", 3, 8, "Shift's End Supper"),
                ("Tarnmoor", 3, 9, "Lava Watch (Part 1)"),
            ],
        ),
        (
            "Quoddy Narrows Season 3 Episode Guide\n\nOverall 21 · Season 3, No. 1\n"
            'Title: "Permafrost Shift"\n'
            "Directed by Jo Elm\nOriginal air date: January 7, 2026\n\n"
            'COMING UP\n\nSeason 3, Ep. 9 ▪ "The Sturgeon Derby"\nTeleplay: Jo Elm ▪ Director: Tancred Vos\n',
            [("Quoddy Narrows", 3, 1, "Permafrost Shift"), ("Quoddy Narrows", 3, 9, "The Sturgeon Derby")],
        ),
        (
            "Brinewick season 3: when is it on?\n\nThe new season starts on HBO on June 27.\n\n"
            '• Ep. 1 — "Forty Iron Nails" — 6/27\n• Ep. 2 — "A Clerk Who Counted" — 7/4\n• Ep. 3 — 7/11\n',
            [("Brinewick", 3, 1, "Forty Iron Nails"), ("Brinewick", 3, 2, "A Clerk Who Counted")],
        ),
        (
            "Critics' picks for January\n\nTHIS WEEK: FATHOM LANE\n\n"
            "The best drama of the winter is back.\n\n"
            "THE BIG ONE: WHINCHAT FARM, SERIES 2\n\nWhinchat Farm finally has a second series, on BBC One "
            "from Sunday 3 January at 9pm, then weekly.\n\nEpisode guide\nSun 3rd Jan: Salt Wages (Ep. 1)\n"
            "Sun 10th Jan: The Shepherd's Share (Ep. 2)\n",
            [("Whinchat Farm", 2, 1, "Salt Wages"), ("Whinchat Farm", 2, 2, "The Shepherd's Share")],
        ),
    ],
    ids=[
        "corner-brackets-quote-a-title-and-a-roman-season",
        "s-bar-e-label-and-tab-rows-with-a-finale-tag",
        "overall-count-before-season-no-and-a-square-bullet",
        "an-untitled-episode-s-date-is-no-title",
        "an-episode-guide-sub-heading-keeps-its-entry-s-show",
    ],
)
def test_more_episode_forms(extract_text: Extract, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _eps(extract_text(text, published="2026-03-01")) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (  # an Arabic article joined to its word is part of the title
            "Dar el-Qamar season 2: the two-part release explained\n\nThe second season of Dar el-Qamar is "
            "split in two. Part One lands on Netflix on Thursday 9 July, and Part Two follows on Thursday "
            "6 August.\n",
            "2026-06-20",
            [("Dar el-Qamar", 2, "2026-07-09"), ("Dar el-Qamar", 2, "2026-08-06")],
        ),
        (  # a Japanese particle inside a romanised title; a misspelt release verb
            "Kaze no Mizuumi season 2 delayed\n\nPrime Video confirmed on Thursday that all eight "
            "episodes of Kaze no Mizuumi season 2 will now premeire on January 22, 2027.\n",
            "2026-12-04",
            [("Kaze no Mizuumi", 2, "2027-01-22")],
        ),
    ],
    ids=["arabic-article-in-a-title", "japanese-particle-and-a-misspelt-premiere"],
)
def test_titles_with_particles(
    extract_text: Extract, text: str, published: str, expected: list[tuple[object, ...]]
) -> None:
    assert _rels(extract_text(text, published=published)) == expected


def test_a_guide_blocks_air_date_under_its_credit_lines_dates_the_episode_not_a_release(
    extract_text: Extract,
) -> None:
    text = (
        "Ardvreck Sound Season 3 Episode Guide\n\nSeason 3 premiered on FX on January 7, 2026.\n\n"
        'Overall 21 · Season 3, No. 1\nTitle: "Ice on the Loch"\nDirected by Jo Elm\n'
        "Written by Tancred Vos\n"
        "Original air date: January 7, 2026\n\n"
        'Overall 22 · Season 3, No. 2\nTitle: "The Ferryman\'s Ledger"\nDirected by Jo Elm\n'
        "Written by Tancred Vos\nOriginal air date: January 14, 2026\n"
    )
    out = extract_text(text, published="2026-03-01")
    assert _rels(out) == [("Ardvreck Sound", 3, "2026-01-07")]
    assert [(e.number, e.title, e.air_date) for e in out.episodes] == [
        (1, "Ice on the Loch", "2026-01-07"),
        (2, "The Ferryman's Ledger", "2026-01-14"),
    ]


def test_dotted_and_iso_dates_in_fact_boxes_and_guide_fields(extract_text: Extract) -> None:
    text = (
        "Brinewick season 2: when it airs and where to stream it\n\nPremiere ▸ Fri 13.11.2026\n"
        "Airs ▸ Fri & Sat, 22:30 KST\n\nThe second season is back on JTBC, with a new episode each Friday "
        'and Saturday.\n\nEpisodes so far\n\nS2 | E01 · "Pawn Ticket"\n▸ Aired: Fri 2026-11-13 · 70 min\n\n'
        'S2 | E02 · "The Jade Hairpin"\n▸ Aired: Sat 2026-11-14 · 68 min\n'
    )
    out = extract_text(text, published="2026-11-20")
    assert _rels(out) == [("Brinewick", 2, "2026-11-13")]
    assert [(e.number, e.title, e.air_date) for e in out.episodes] == [
        (1, "Pawn Ticket", "2026-11-13"),
        (2, "The Jade Hairpin", "2026-11-14"),
    ]


def test_a_possessive_before_a_series_is_no_part_of_the_show(extract_text: Extract) -> None:
    text = (
        "Corrag Beag cast file\n\nCorrag Beag is ITV's big drama.\n\nSaltmarsh Rise's second series, which "
        "started on BBC One on 11 October, continues on Sunday with episode 3, 'A Rope of Reeds'.\n"
    )
    out = extract_text(text, published="2026-10-27")
    assert _eps(out) == [("Saltmarsh Rise", 2, 3, "A Rope of Reeds")]
    assert _rels(out) == [("Saltmarsh Rise", 2, "2026-10-11")]
