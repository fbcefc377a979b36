"""A weekly TV blog's listing lines "Weekday – Channel – Title 9pm (tag)" (invented shows)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput
from hsextract.rules.week_lines import _kind

Extract = Callable[..., ArticleOutput]

GUIDE = (
    "Telly picks – week beginning Sat 14 March 2026\n\n"
    "A busy week, with two new dramas and the end of a good one.\n\n"
    "Saturday – BBC Four – Harrowgill 9pm ***New Series***\n\n"
    "The island thriller returns for a second series.\n\n"
    "Sunday – ITV1 – Corrieburn 8pm (Series 4, E1/6)\n\n"
    "Gentle stuff: a lifeboat, a dog, a rescue.\n\n"
    "Wednesday – Channel 4 – Wextable 10pm (S2 E4/6)\n\n"
    "The best episode yet.\n\n"
    "Thursday – BBC One – Sallowmere 9pm (Final Episode)\n\n"
    "It all ends here, one way or another.\n\n"
    "Friday – Sky Atlantic – Pellmoor 9pm ***UK Premiere***\n\n"
    "Season two of the desert sitcom starts, one a week.\n"
)


def test_a_weekly_guide_dates_each_line_in_its_week(extract_text: Extract) -> None:
    """Published on a Friday, the guide's week starts the next day: its Friday is the one after."""
    out = extract_text(GUIDE, published="2026-03-13")
    assert sorted((r.show, r.season, r.kind, r.date, r.platform) for r in out.releases) == [
        ("Corrieburn", 4, "premiere", "2026-03-15", "ITV1"),
        ("Harrowgill", 2, "premiere", "2026-03-14", "BBC Four"),
        ("Pellmoor", 2, "premiere", "2026-03-20", "Sky Atlantic"),
    ]
    assert [(e.show, e.kind, e.date) for e in out.events] == [("Sallowmere", "finale", "2026-03-19")]


def test_without_a_named_week_the_days_follow_publication(extract_text: Extract) -> None:
    text = GUIDE.replace("week beginning Sat 14 March 2026", "the week ahead")
    out = extract_text(text, published="2026-03-13")
    assert {(r.show, r.date) for r in out.releases} == {
        ("Harrowgill", "2026-03-14"),
        ("Corrieburn", "2026-03-15"),
        ("Pellmoor", "2026-03-13"),  # the coming Friday is the day of publication itself
    }


def test_one_line_is_no_guide(extract_text: Extract) -> None:
    out = extract_text(
        "A note\n\nSaturday – BBC Four – Harrowgill 9pm ***New Series***\n", published="2026-03-13"
    )
    assert out.releases == []


@pytest.mark.parametrize(
    ("tags", "kind"),
    [
        ("***New Series***", "premiere"),
        ("(New Series) ***Don't miss***", "premiere"),
        ("***New***", "premiere"),
        ("***UK Premiere***", "premiere"),
        ("(Series 4, E1/6)", "premiere"),
        ("(S2 E4/6)", None),
        ("(S2 E6/6)", "finale"),
        ("(Final Episode) ***Don't miss***", "finale"),
        ("", None),
        ("***Don't miss***", None),
    ],
)
def test_the_tag_says_what_the_slot_is(tags: str, kind: str | None) -> None:
    assert _kind(tags) == kind
