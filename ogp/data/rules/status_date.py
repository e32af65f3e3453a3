"""status-date (warning): a status report is dated within the plan's time, and not later than today.

A status is dated the day it was true. A report dated after today, or before
the plan began, is almost always a mistyped year (2041 for 2014, a date a
spreadsheet read as 1900); ogp warns at the date. ``ogp intake`` and ``ogp
record`` refuse such a report outright, with the same words. Fails ``ogp
validate`` only with ``--strict``.

Good: ``{date: 2014-06-13, level: limited, meeting: mote-2}`` in a plan of 2013-2015.
Warned: ``date: 2041-06-13``, or ``date: 1900-01-01``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from ogp.data.kinds import path_of
from ogp.data.model import Plan
from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "status-date"
SEVERITY = Severity.WARNING


def day(d: dt.date) -> str:
    """A date as the data, --date and these messages write it: 2014-06-13."""
    return d.isoformat()


def form_day(d: dt.date) -> str:
    """A date as the status form shows it, and intake's messages of its cells: 13.06.2014."""
    return d.strftime("%d.%m.%Y")


def implausible(
    when: dt.date, plan: Plan | None, today: dt.date, write: Callable[[dt.date], str] = day
) -> str | None:
    """Why a status dated ``when`` is not to be believed as it stands, or None: the one
    test of this rule, of ``ogp intake`` and of ``ogp record`` (``write``: how the
    message writes a date, as its input does)."""
    if when > today:
        return f"after today ({write(today)}): a status is dated the day it was true"
    if plan is not None and plan.start is not None and when < plan.start:
        return f"before the plan began ({write(plan.start)})"
    return None


def check(facts: Facts) -> Iterator[Problem]:
    today = dt.date.today()
    plan = facts.data.plan
    for c in facts.data.commitments:
        for i, r in enumerate(c.status):
            why = implausible(r.date, plan, today)
            if why is not None:
                yield warning(
                    r.at("date"),
                    ID,
                    f"status of {c.id} is dated {day(r.date)}, {why}",
                    hint="check the year",
                    path=path_of("commitment", c.id, "status", i),
                )
