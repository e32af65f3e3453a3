"""status-order (warning): a commitment's status reports are listed oldest first.

The status list is a history, one dated report per reporting round, and it is
read (and reviewed in a pull request) from the top down: a report listed after
a newer one reads as the latest when it is not, and a misplaced report is often
a mistyped year. ogp warns at the report that breaks the order, naming the one
it comes after and where it belongs. Reports of the same day (on different
milestones) may stand in any order. Fails ``ogp validate`` only with ``--strict``.

Good: ``status: [{date: 2014-03-17, ...}, {date: 2014-06-13, ...}]``.
Warned: ``status: [{date: 2014-06-13, ...}, {date: 2014-03-17, ...}]``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, pairwise

from ogp.data.kinds import path_of
from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "status-order"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    for c in facts.data.commitments:
        newest: list[dt.date] | None = None  # the newest date down to each report
        for i, (before, report) in enumerate(pairwise(c.status), start=1):
            if report.date >= before.date:
                continue
            # its place: before the first report listed above it that is newer than it,
            # where the newest date so far first passes its own (never a scan per report)
            if newest is None:
                newest = list(accumulate((r.date for r in c.status), max))
            place = c.status[bisect_right(newest, report.date, hi=i)]
            where = (
                "that one"
                if place is before
                else f"the one dated {place.date} (line {place.at('date').line})"
            )
            yield warning(
                report.at("date"),
                ID,
                f"status of {c.id} dated {report.date} is listed after the one dated "
                f"{before.date} (line {before.at('date').line}), but status reports are "
                "listed oldest first",
                hint=f"move it up before {where}, or correct the date that is wrong",
                path=f"{path_of('commitment', c.id, 'status', i)}.date",
            )
