"""date: dates are real calendar dates written YYYY-MM-DD.

``2014-03-17`` is 17 March 2014. A date that does not exist (``2014-02-30``,
``31.02.2014``) is refused with why (February 2014 has 28 days); a
Norwegian-style ``17.03.2014`` or a date with a time, with what to write instead.

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
FIRST_YEAR, LAST_YEAR = 1900, 2199


@functools.cache
def _norwegian() -> re.Pattern[str]:
    """17.03.2014: compiled when a date is written so (for the message), not at start."""
    return re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", re.ASCII)


def fits(text: str) -> bool:
    """Whether ``text`` matches PATTERN (as ``re.match`` with re.ASCII would; its ``$``
    also before a final line break), without compiling it at every start."""
    body = text[:-1] if text.endswith("\n") else text
    return (
        len(body) == 10
        and body.isascii()
        and body[4] == "-"
        and body[7] == "-"
        and (body[:4] + body[5:7] + body[8:]).isdigit()
    )


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def no_such_day(year: int, month: int, day: int) -> str | None:
    """Why ``day.month.year`` is no day of the calendar ("February 2015 has 28 days"), or
    None if it is one: the one explanation of every date ogp reads (data, options, forms)."""
    if not 1 <= month <= 12:
        return f"a year has 12 months, not {month}"
    if not 1 <= year <= 9999:
        return f"there is no year {year}"
    if day < 1:
        return "a month's days are counted from 1"
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    if 1 <= day <= days:
        return None
    return f"{_MONTHS[month - 1]} {year} has {days} days"


def calendar_day(year: int, month: int, day: int, text: str, hint: str = "check the year") -> date:
    """The day that ``text`` writes as ``day.month.year``; Invalid where the calendar has no
    such day, or its year is outside the years ogp accepts (``hint``: what to do then)."""
    why = no_such_day(year, month, day)
    if why is not None:
        raise Invalid(f"'{text}' is not a real date: {why}")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Invalid(
            f"'{text}' is outside the years ogp accepts ({FIRST_YEAR}-{LAST_YEAR})", hint=hint
        )
    return date(year, month, day)


def parse(text: str) -> date:
    if fits(text):
        return calendar_day(int(text[:4]), int(text[5:7]), int(text[8:10]), text)
    m = _norwegian().match(text)
    if m:
        dd, mm, yyyy = m.groups()
        why = no_such_day(int(yyyy), int(mm), int(dd))
        if why is not None:  # never suggest the same day written another way
            raise Invalid(f"'{text}' is not a real date: {why}")
        raise Invalid(
            f"write dates as YYYY-MM-DD: '{yyyy}-{int(mm):02d}-{int(dd):02d}', not '{text}'"
        )
    raise Invalid(f"'{text}' is not a date", hint="write it as YYYY-MM-DD, e.g. 2014-03-17")


def typed(text: str) -> date:
    """A date as people type it and forms and mailboxes export it: 2014-03-05, 05.03.2014,
    5.3.2014, each perhaps followed by a time (which is dropped). The one reader of the
    dates given on the command line (``register --date``, ``record --date``) and in a list
    of people (``register --from``); the data's own dates are YYYY-MM-DD (:func:`parse`)."""
    first = text.strip().split()[0] if text.strip() else ""
    first = first.split("T")[0]
    try:
        if "-" in first:
            y, m, d = (int(x) for x in first.split("-"))
        else:
            d, m, y = (int(x) for x in first.split("."))
    except ValueError:
        raise Invalid(
            f"'{text.strip()}' is not a date; write it as 2014-03-05 or 05.03.2014"
        ) from None
    # '05.03.14' is the year written short
    return calendar_day(y, m, d, text.strip(), hint="write the year in full, as 05.03.2014")
