"""Titles listed under "Leaving <service>" go away; they do not premiere (invented titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]

LIST = (
    "New on Netflix in May 2026\n\n"
    "May 6\n"
    "Corrieburn: Season 2 — Netflix series\n\n"
    "May 20\n"
    "Harrowgill: Season 3 — Netflix series\n\n"
    "{label}\n"
    "May 9: The Quillet Bridge (2014)\n"
    "May 31: Pellmoor General: Seasons 1-4\n\n"
    "{after}\n"
)


@pytest.mark.parametrize("label", ["Leaving Netflix in May", "Last chance to stream", "Expiring this month"])
def test_listed_titles_under_a_leaving_label_do_not_premiere(extract_text: Extract, label: str) -> None:
    out = extract_text(LIST.format(label=label, after="That is the lot for May."), published="2026-05-01")
    assert {(r.show, r.season, r.date) for r in out.releases} == {
        ("Corrieburn", 2, "2026-05-06"),
        ("Harrowgill", 3, "2026-05-20"),
    }


def test_prose_under_the_label_still_counts(extract_text: Extract) -> None:
    """A sentence under the label is read as any other: a finale there is still a finale."""
    text = (
        "Streaming this month\n\n"
        "Corrieburn: Season 2 — Netflix series, May 6\n\n"
        "Leaving this month\n\n"
        "Harrowgill wraps up its third season on Netflix with a feature-length finale on May 28, and "
        "the first two seasons of Pellmoor leave Netflix on May 31.\n"
    )
    out = extract_text(text, published="2026-05-01")
    assert ("finale", "2026-05-28") in {(e.kind, e.date) for e in out.events}
