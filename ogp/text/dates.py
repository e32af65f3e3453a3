"""Dates and times as every output writes them, through Babel: one style per language.

Two forms of a date, and every document, table and diff uses one of them:

- :func:`table_date`, where a date stands alone: a table cell, a labelled field
  (the letter's "Dato", the agenda's "Påmeldingsfrist", the overview's "Data
  per"), a line of ``ogp diff``: "13.06.2014" in Norwegian, as the
  seed letter writes it; "13 Jun 2014" in English (Babel's en_GB medium form),
  which no English reader misreads, whether they read 06/13 or 13/06 as June.
- :func:`prose_date`, inside a sentence: "13. juni 2014", "13 June 2014".

Times: "12.30" (nb), "12:30" (en). Machine formats (CSV, JSON, iCalendar)
keep ISO 8601 dates, which programs and spreadsheets read as dates. Babel is
imported inside the functions, so commands that print no dates do not pay for
loading it. Each is worked out once per date and language (a status table of
thousands of rows has a few hundred dates).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

_LOCALE = {"nb": "nb_NO", "en": "en_GB"}
_PROSE = {"nb": "d. MMMM y", "en": "d MMMM y"}
_TABLE = {"nb": "dd.MM.y", "en": "d MMM y"}
_TIME = {"nb": "HH.mm", "en": "HH:mm"}
_DASH = {"nb": " – ", "en": "–"}


@lru_cache(maxsize=8192)
def prose_date(d: dt.date, lang: str = "nb") -> str:
    """A date in a sentence: '17. mars 2014' (nb), '17 March 2014' (en)."""
    from babel.dates import format_date

    return format_date(d, _PROSE[lang], locale=_LOCALE[lang])


@lru_cache(maxsize=8192)
def table_date(d: dt.date, lang: str = "nb") -> str:
    """A date standing alone (a cell, a field, a diff line): '28.02.2014' (nb), '28 Feb 2014'
    (en)."""
    from babel.dates import format_date

    return format_date(d, _TABLE[lang], locale=_LOCALE[lang])


@lru_cache(maxsize=8192)
def clock(t: dt.time, lang: str = "nb") -> str:
    """'12.30' (nb), '12:30' (en)."""
    from babel.dates import format_time

    return format_time(t, _TIME[lang], locale=_LOCALE[lang])


def clock_range(start: dt.time, end: dt.time, lang: str = "nb") -> str:
    """'12.30 – 15.00' as the seed letter writes it (nb), '12:30–15:00' (en)."""
    return f"{clock(start, lang)}{_DASH[lang]}{clock(end, lang)}"


def add_minutes(t: dt.time, minutes: int) -> dt.time:
    total = t.hour * 60 + t.minute + minutes
    return dt.time((total // 60) % 24, total % 60)
