"""date: dates are real calendar dates written YYYY-MM-DD.

``2014-03-17`` is 17 March 2014. A date that does not exist (``2014-02-30``),
a Norwegian-style ``17.03.2014`` or a date with a time is refused, with what
to write instead.

Years from 1900 to 2199 are accepted: an action plan's dates lie there, and
a year like 0001 is a typo that would only break the arithmetic of deadlines.

Good: ``date: 2014-03-17``. Bad: ``date: 2014-02-30``, ``date: 17.03.2014``.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from ogp.data.schema.values.invalid import Invalid

ID = "date"
PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_RE = re.compile(PATTERN, re.ASCII)
FIRST_YEAR, LAST_YEAR = 1900, 2199


@functools.cache
def _norwegian() -> re.Pattern[str]:
    """17.03.2014: compiled when a date is written so (for the message), not at start."""
    return re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", re.ASCII)


def parse(text: str) -> date:
    if _RE.match(text):
        try:
            day = date(int(text[:4]), int(text[5:7]), int(text[8:10]))
        except ValueError:
            raise Invalid(f"'{text}' is not a real date (no such day in the calendar)") from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise Invalid(
                f"'{text}' is outside the years ogp accepts ({FIRST_YEAR}-{LAST_YEAR})",
                hint="check the year",
            )
        return day
    m = _norwegian().match(text)
    if m:
        d, mo, y = m.groups()
        raise Invalid(f"write dates as YYYY-MM-DD: '{y}-{int(mo):02d}-{int(d):02d}', not '{text}'")
    raise Invalid(f"'{text}' is not a date", hint="write it as YYYY-MM-DD, e.g. 2014-03-17")
