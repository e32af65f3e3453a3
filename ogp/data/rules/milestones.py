"""milestones: a commitment's milestones are unique, in time order, and what reports name.

Each milestone's ``id`` is used once within its commitment; its ``due`` date is
not before its ``start``; a status report's ``milestone`` names one of its own
commitment's milestones.

While one of a commitment's milestones cannot be read (an impossible date: its
own error says so), its reports are not said to name a milestone it lacks.

Good: ``milestones: [{id: m1, text: Utredning, due: 2014-06-30}]`` and a report
with ``milestone: m1``. Bad: a report with ``milestone: m9`` where there is no m9.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.model import Partial
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "milestones"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    for c in facts.data.commitments:
        ids: set[str] = set()
        for ms in c.milestones:
            if ms.id in ids:
                yield error(
                    ms.at("id"),
                    ID,
                    f"commitment {c.id} has two milestones '{ms.id}'",
                    hint="give each its own id",
                )
            ids.add(ms.id)
            if ms.start is not None and ms.due is not None and ms.due < ms.start:
                yield error(
                    ms.at("due"),
                    ID,
                    f"milestone {ms.id} of {c.id} is due {ms.due}, before it starts ({ms.start})",
                    hint="swap or correct the dates",
                )
        if isinstance(c.milestones, Partial):
            continue  # a milestone could not be read (its error says why): it may be the one
        for report in c.status:
            if report.milestone is not None and report.milestone not in ids:
                known = ", ".join(sorted(ids)) or "none"
                yield error(
                    report.at("milestone"),
                    ID,
                    f"status of {c.id} dated {report.date} is about milestone "
                    f"'{report.milestone}', which {c.id} does not have (its milestones: {known})",
                )
