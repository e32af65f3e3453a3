"""forum-interval (warning): the forum meets at least every six months while the plan runs.

OGP's minimum requirement 1.1 asks that the multi-stakeholder forum meet at
least every six months. Where the plan gives its ``start`` and ``end``, ogp
looks at the stretches from the start to the first meeting, between meetings,
and from the last meeting to the end, and warns at each one longer than six
months. (``too-few-meetings`` counts meetings per calendar year; a plan can
pass that and still leave a year-long gap.) Fails ``ogp validate`` only with
``--strict``.

Good: a plan from 2013-07-01 to 2015-06-30 with a meeting every spring and autumn.
Warned: the same plan with no meeting between 2014-06-13 and 2015-03-01.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "forum-interval"
SEVERITY = Severity.WARNING
MONTHS = 6


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, _days_in(year, month)))


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The days of the month (as ``calendar.monthrange``, without loading that module)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def check(facts: Facts) -> Iterator[Problem]:
    plan = facts.data.plan
    if plan is None or plan.start is None or plan.end is None:
        return
    meetings = sorted(
        (m for m in facts.data.meetings if plan.start <= m.date <= plan.end), key=lambda m: m.date
    )
    stops = [(plan.start, "the plan's start", plan.at("start"))]
    stops += [(m.date, f"meeting {m.id}", m.at("date")) for m in meetings]
    stops.append((plan.end, "the plan's end", plan.at("end")))
    for (since, what, _), (until, then, pos) in itertools.pairwise(stops):
        if months_after(since, MONTHS) < until:
            days = (until - since).days
            yield warning(
                pos,
                ID,
                f"the forum does not meet from {since} ({what}) to {until} ({then}), "
                f"{days} days; OGP's minimum requirement 1.1 asks for a meeting at least "
                f"every {MONTHS} months",
                hint="add the meetings held, or plan one",
            )
