"""Dates and times as the documents write them, through Babel.

Norwegian bokmål: "17. mars 2014", "28.02.2014", "12.30". English:
"17 March 2014", "28 February 2014", "12:30". Babel is imported inside the
functions, so commands that print no dates do not pay for loading it.
"""

from __future__ import annotations

import datetime as dt

_LOCALE = {"nb": "nb_NO", "en": "en_GB"}
_LONG = {"nb": "d. MMMM y", "en": "d MMMM y"}
_NUMERIC = {"nb": "dd.MM.y", "en": "d MMMM y"}
_TIME = {"nb": "HH.mm", "en": "HH:mm"}
_DASH = {"nb": " – ", "en": "–"}


def long_date(d: dt.date, lang: str = "nb") -> str:
    """'17. mars 2014' (nb), '17 March 2014' (en)."""
    from babel.dates import format_date

    return format_date(d, _LONG[lang], locale=_LOCALE[lang])


def letter_date(d: dt.date, lang: str = "nb") -> str:
    """The letter's 'Dato': '28.02.2014' (nb), '28 February 2014' (en)."""
    from babel.dates import format_date

    return format_date(d, _NUMERIC[lang], locale=_LOCALE[lang])


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
