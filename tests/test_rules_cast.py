"""Cast phrasings, one sentence each, written for the test (invented names only).

Each case runs the whole pipeline, so a case fails if any stage (units, rules, assembly) breaks
the phrasing. Expected pairs are (actor, character); extra pairs are failures too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput
from hsextract.ner import analyse
from hsextract.pipeline import Extractor
from hsextract.rules.engine import EXTENSIONS, RuleError, load_ruleset, parse_rules
from hsextract.rules.units import _flags, unit_doc

from .conftest import make_article

Extract = Callable[..., ArticleOutput]

PHRASINGS = [
    (
        "as",
        "Marlow Quinn as Detective Ivy Sorensen in the new drama.",
        {("Marlow Quinn", "Detective Ivy Sorensen")},
    ),
    (
        "plays",
        "Tamsin Greaves plays Odile Marchbank, a retired spy.",
        {("Tamsin Greaves", "Odile Marchbank")},
    ),
    ("stars-as", "Corwin Bale stars as Elias Thorn in the thriller.", {("Corwin Bale", "Elias Thorn")}),
    ("will-play", "Priya Lonsdale will play Hattie Brennan.", {("Priya Lonsdale", "Hattie Brennan")}),
    (
        "is-playing-descriptor",
        "Ines Varley is playing Tobin's mum Greta in the second run.",
        {("Ines Varley", "Greta")},
    ),
    (
        "has-been-cast-as",
        "Newcomer Joss Arden has been cast as Milo Pennick.",
        {("Joss Arden", "Milo Pennick")},
    ),
    (
        "reprise-her-role",
        "Delphine Oyelowo will reprise her role as Captain Sela Marr.",
        {("Delphine Oyelowo", "Captain Sela Marr")},
    ),
    (
        "joins-the-cast",
        "Rufus Kettering joins the cast as Dr Anselm Crane.",
        {("Rufus Kettering", "Dr Anselm Crane")},
    ),
    ("will-be-played-by", "Hester Vane will be played by Nadia Orsolo.", {("Nadia Orsolo", "Hester Vane")}),
    ("portrayed-by", "Wilf Ambrose will be portrayed by Kasim Rahal.", {("Kasim Rahal", "Wilf Ambrose")}),
    (
        "comma-played-by",
        "Lottie Sands, played by Mireille Dupont, returns.",
        {("Mireille Dupont", "Lottie Sands")},
    ),
    (
        "role-went-to",
        "The role of Ottoline Pryor went to Gemma Halsey.",
        {("Gemma Halsey", "Ottoline Pryor")},
    ),
    (
        "landed-the-role",
        "Arlo Finch landed the role of Percy Wade after six auditions.",
        {("Arlo Finch", "Percy Wade")},
    ),
    (
        "char-paren-actor",
        "The story follows Juno Pike (Talia Marsh) and her brother.",
        {("Talia Marsh", "Juno Pike")},
    ),
    (
        "coordination-will-play",
        "Esme Lark and Dorian Vale will play Nell Hardy and Cass Hardy.",
        {("Esme Lark", "Nell Hardy"), ("Dorian Vale", "Cass Hardy")},
    ),
    (
        "respectively",
        "Ravi Basu, Cleo Stroud and Ned Alcott play Sunil Rao, Tess Moody and Finn Rourke respectively.",
        {("Ravi Basu", "Sunil Rao"), ("Cleo Stroud", "Tess Moody"), ("Ned Alcott", "Finn Rourke")},
    ),
    (
        "coordination-as",
        "Mina Castell and Hugo Brandt as Lena Frost and Teo Frost.",
        {("Mina Castell", "Lena Frost"), ("Hugo Brandt", "Teo Frost")},
    ),
    (
        "as-then-as",
        "Also back are Pia Moran as innkeeper Bet Lowry and Sol Dunn as the vicar, Amos Reed.",
        {("Pia Moran", "Bet Lowry"), ("Sol Dunn", "Amos Reed")},
    ),
    (
        "caption-as-in-show",
        "Fenella Ross as Kit Marlowe in 'The Lantern Men'.",
        {("Fenella Ross", "Kit Marlowe")},
    ),
    (
        "appositive-character",
        "Oona Blake plays the eldest sister, Winifred Hale, a surgeon.",
        {("Oona Blake", "Winifred Hale")},
    ),
    (
        "recast",
        "Lyra Coombe replaces Anya Sefton as Maud Halloran.",
        {("Lyra Coombe", "Maud Halloran"), ("Anya Sefton", "Maud Halloran")},
    ),
    (
        "filmography-parenthesis",
        "Bastian Keel (Lowtide, The Ninth Hour) stars as Garrick Stone.",
        {("Bastian Keel", "Garrick Stone")},
    ),
    (
        "played-by-with-actor-descriptor",
        "Rosalind Crewe, who will be played by industry newcomer Ada Whitlow, arrives in episode two.",
        {("Ada Whitlow", "Rosalind Crewe")},
    ),
]

NOT_CAST = [
    ("film-role", "Marlow Quinn played the young Arthur Penrose in the 2019 film Ashgate."),
    ("film-caption", "Marlow Quinn as a young Arthur Penrose in the 2019 movie Ashgate."),
    ("cast-list-no-characters", "The cast includes Tamsin Greaves, Corwin Bale and Priya Lonsdale."),
    ("director", "The series is directed by Halvard Brisk and written by Sunniva Moe."),
    ("quoted-actor", 'Corwin Bale says: "It was the hardest shoot of my life."'),
    ("platform-parenthesis", "1. Glass Orchard (Netflix) is the pick of the week."),
    ("as-a-writer", "Sunniva Moe will return as a writer for both seasons."),
    (
        "gap-longer-than-a-clause",
        "Marlow Quinn has spent the last nine or ten years working in regional theatre across the north and "
        "the south of the country, and now hopes to play Ivy Sorensen.",
    ),
]


def pairs(output: ArticleOutput) -> set[tuple[str, str]]:
    return {(r.actor, r.character) for r in output.cast}


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in PHRASINGS], ids=[p[0] for p in PHRASINGS])
def test_phrasing_gives_exactly_the_pairs(
    extract_text: Extract, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(extract_text(text)) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_CAST], ids=[n[0] for n in NOT_CAST])
def test_not_cast(extract_text: Extract, text: str) -> None:
    assert pairs(extract_text(text)) == set()


def test_description_is_the_stated_descriptor(extract_text: Extract) -> None:
    out = extract_text("Ines Varley is playing Tobin's mum Greta in the second run.")
    assert [r.description for r in out.cast] == ["Tobin's mum"]


def test_first_name_resolves_to_the_unique_full_name(extract_text: Extract) -> None:
    text = "Esme Lark plays Nell in the new comedy.\n\nNell Hardy runs the village shop with her sister."
    out = extract_text(text)
    assert pairs(out) == {("Esme Lark", "Nell Hardy")}
    assert out.cast[0].character_aliases == ["Nell"]


def test_first_name_stays_short_when_two_full_names_fit(extract_text: Extract) -> None:
    text = "Esme Lark plays Nell.\n\nNell Hardy and Nell Brooks both run shops in the village."
    assert pairs(extract_text(text)) == {("Esme Lark", "Nell")}


def test_surname_actor_resolves_to_the_full_name(extract_text: Extract) -> None:
    text = "The drama stars Corwin Bale and Tamsin Greaves.\n\nBale plays the harbour master, Elias Thorn."
    assert pairs(extract_text(text)) == {("Corwin Bale", "Elias Thorn")}


def test_spelling_variants_merge_with_alias(extract_text: Extract) -> None:
    text = (
        "Mireille Dupont will return as Lottie Sands in the new season.\n\n"
        "The second series opens with Lottie Sands (Mireille Dupond) alone at the lighthouse."
    )
    out = extract_text(text)
    assert pairs(out) == {("Mireille Dupont", "Lottie Sands")}
    assert out.cast[0].aliases == ["Mireille Dupond"]
    assert not out.cast[0].conflict


def test_caption_contradicting_prose_is_kept_and_flagged(extract_text: Extract) -> None:
    text = (
        "Talia Marsh plays Juno Pike in the series.\n\n"
        "Talia Morrow as Juno Pike in 'The Lantern Men'.\n"
        "Talia Morrow as Juno Pike in 'The Lantern Men'. (Image credit: Studio)\n"
    )
    out = extract_text(text)
    assert pairs(out) == {("Talia Marsh", "Juno Pike"), ("Talia Morrow", "Juno Pike")}
    assert all(r.conflict for r in out.cast)
    caption = next(r for r in out.cast if r.actor == "Talia Morrow")
    assert {e.block for e in caption.evidence} == {"caption"}


def test_bracket_direction_follows_the_article(extract_text: Extract) -> None:
    # The article writes "Actor (Character)"; the quote attribution shows who the person is.
    text = 'Rachel Orme (Harper Lisle) leads the ensemble.\n\n"It was a gift of a part," Orme said.'
    assert pairs(extract_text(text)) == {("Rachel Orme", "Harper Lisle")}


def test_rank_title_marks_the_character_in_brackets(extract_text: Extract) -> None:
    assert pairs(extract_text("Leo Barrow (Constable Albert Fenn) does what he can.")) == {
        ("Leo Barrow", "Constable Albert Fenn")
    }


def test_season_from_the_sentence(extract_text: Extract) -> None:
    out = extract_text("In season 3, Priya Lonsdale will play Hattie Brennan.")
    assert [r.season for r in out.cast] == [3]


def test_byline_and_bio_are_not_cast(extract_text: Extract) -> None:
    text = (
        "Corwin Bale stars as Elias Thorn.\n\n"
        "Sunniva Moe\n"
        "Senior TV Writer\n"
        "I'm a huge fan of drama and I have played Lady Macbeth as Sunniva Moe in my school play.\n"
    )
    assert pairs(extract_text(text)) == {("Corwin Bale", "Elias Thorn")}


def test_every_rule_has_examples_and_a_unique_id() -> None:
    rules = load_ruleset("cast_rules.json").rules
    assert len({r.id for r in rules}) == len(rules)
    assert all(r.examples and r.description for r in rules)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rules": [], "extra": 1}, "unknown top-level key"),
        ({"rules": [{"id": "x", "patterns": [[{"LOWR": "as"}]]}]}, "unknown key(s) ['LOWR']"),
        ({"rules": [{"id": "x", "patterns": [["NOPE"]]}]}, "unknown macro 'NOPE'"),
        (
            {"rules": [{"id": "x", "patterns": [[{"LOWER": "a"}]], "colour": "red"}]},
            "unknown key(s) ['colour']",
        ),
        ({"rules": [{"id": "x", "patterns": []}]}, "no patterns"),
    ],
    ids=["top-level", "token-key", "macro", "rule-key", "empty"],
)
def test_rule_files_reject_unknown_keys(data: object, message: str) -> None:
    with pytest.raises(RuleError, match=re.escape(message)):
        parse_rules(data, "test.json")


def test_unit_doc_extension_values_read_back_through_token_underscore(extractor: Extractor) -> None:
    """unit_doc writes the flags into user_data directly; spaCy must read the same values back."""
    article = make_article("Newcomer Joss Arden, who plays Tobin's mum Greta, joins Ada Vell's sister Mo.")
    _, _, chunks = next(iter(analyse(extractor.nlp, [(article, None)])))
    units = extractor.stage.sentences(article, chunks)[0].units
    seen = set()
    for k, tok in enumerate(unit_doc(extractor.nlp.vocab, units, extensions=True)):
        for name in EXTENSIONS:
            assert getattr(tok._, name) == _flags(units, k)[name], (k, name)
            seen.add((name, getattr(tok._, name)))
    assert {("hs_kind", "NAME"), ("hs_desc", True), ("hs_possnext", True), ("hs_person", True)} <= seen
