"""reported-by-outsider (warning): a status report is reported by an agency of the commitment.

``reported_by`` on a status report names the agency that gave it: one of the
commitment's owners, or its agreed ``reporter``. The status forms go to them only,
and ``ogp intake`` refuses a form's row for another agency's commitment; a report
written by hand or with ``ogp record --reported-by`` is held to the same, so that
what the overview says of who reports stays true. A warning: the contact point may
report for an agency, and ``--strict`` makes it fail.

Good: ``owners: [kud, riksarkivet]``, ``{…, reported_by: kud}``.
Bad: ``owners: [kud, riksarkivet]``, ``{…, reported_by: kmd}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "reported-by-outsider"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    agencies = facts.data.agency_by_id
    for c in facts.data.commitments:
        ours: set[str] | None = None
        for report in c.status:
            by = report.reported_by
            if by is None or by not in agencies:  # unknown-reference says so
                continue
            if ours is None:
                ours = {*c.owner_ids, *([c.reporter] if c.reporter else [])}
            if by not in ours:
                yield warning(
                    report.at("reported_by"),
                    ID,
                    f"the status of {c.id} dated {report.date} is reported by {by}, which "
                    f"neither owns {c.id} nor is its reporter ({', '.join(sorted(ours))})",
                    hint="name the agency that gave the report, or make it the commitment's "
                    "reporter",
                )
