"""status-source: every status report says where it came from.

A status report names the ``meeting`` where it was given or the ``source``
(a report, a letter) it comes from, so that a reviewer can check it. A report
from a meeting bears the meeting's date. Two reports of one commitment (or of one of its milestones)
may not share a date.

Good: ``{date: 2014-06-13, level: limited, meeting: mote-2}``.
Bad: ``{date: 2014-06-13, level: limited}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.model import StatusReport
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "status-source"
SEVERITY = Severity.ERROR


def origin(report: StatusReport) -> str:
    """Where a report came from, as the data names it: 'from meeting mote-2', 'from' its
    source, or nothing."""
    if report.meeting:
        return f"from meeting {report.meeting}"
    return f"from '{report.source}'" if report.source else ""


def check(facts: Facts) -> Iterator[Problem]:
    meetings = facts.data.meeting_by_id
    for c in facts.data.commitments:
        dates: dict[tuple[object, str | None], StatusReport] = {}
        for report in c.status:
            if report.meeting is None and report.source is None:
                yield error(
                    report.pos,
                    ID,
                    f"status of {c.id} dated {report.date} names no meeting or source",
                    hint="add 'meeting:' or 'source:'",
                )
            held = meetings.get(report.meeting) if report.meeting else None
            if held is not None and held.date != report.date:
                yield error(
                    report.at("date"),
                    ID,
                    f"status of {c.id} is dated {report.date}, but meeting {held.id}, where it "
                    f"was reported, was held {held.date}",
                    hint="date it as the meeting",
                )
            first = dates.setdefault((report.date, report.milestone), report)
            if first is not report:
                of = f"{c.id} {report.milestone}" if report.milestone else c.id
                yield error(
                    report.at("date"),
                    ID,
                    f"{of} has two status reports dated {report.date}: this one and one "
                    f"{origin(first) or 'above it'}",
                    hint="keep one",
                )
