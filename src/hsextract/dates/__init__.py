"""Date normalisation: a candidate date span -> ISO value + precision + qualifier.

Pipeline position: rules (finds candidate spans) -> **dates** -> assemble. Only the span is
parsed, never the paragraph around it (see `engine` for why). Public API:

    normalise(expression, ctx=DateContext()) -> NormalisedDate | None
    explicit_years(text) -> list[(offset, year)]
    writes_day_first(text) -> bool (the article's numeric date order)
    DateContext, NormalisedDate, DATEPARSER_SETTINGS

Qualifiers follow gold/README.md rule 4.3: one lowercase word per date from start, early, mid,
late, end, later, spring, summer, autumn ("fall" too), winter, holiday, by; otherwise the
article's word ("earlier", "before", "q3", "h1"). A season beats a position ("early summer" ->
"summer"), a position beats "by"; what was dropped is said in `reason`.

Module map: `lexicon` (qualifiers, seasons, weekdays, non-dates), `engine` (dateparser settings
and the shared parser), `anchor` (choosing a missing year, weekday checks), `relative` (phrases
resolved against the published date), `normalise` (the orchestration and ranges).
"""

from hsextract.dates.engine import DATEPARSER_SETTINGS
from hsextract.dates.lexicon import explicit_years, writes_day_first
from hsextract.dates.normalise import normalise
from hsextract.dates.types import DateContext, NormalisedDate

__all__ = [
    "DATEPARSER_SETTINGS",
    "DateContext",
    "NormalisedDate",
    "explicit_years",
    "normalise",
    "writes_day_first",
]
