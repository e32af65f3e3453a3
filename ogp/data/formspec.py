"""The status form's layout and identity, shared by ``ogp form`` (which writes it) and
``ogp intake`` (which reads it back).

A form is a workbook with a sheet of rows to fill in (:data:`SHEET`), an
instructions sheet, and a very hidden sheet (:data:`META_SHEET`) that says what
the form is: its version, the data set it was made from (a fingerprint of the
plan and its commitments, not of their status, so that one agency's intake does
not turn the other agencies' forms stale), the agency and the round (the meeting
the status is for). Intake refuses a form whose version, data set or round is
not the one it expects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from ogp.data.model import Commitment, Dataset, Meeting

FORM_VERSION = "1"
SHEET = "Status"
META_SHEET = "ogp"
HEADER_ROW = 4  # the column headings; the rows to fill in follow
FIRST_ROW = HEADER_ROW + 1

# The columns, in order: (key, is an input cell)
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("commitment", False),
    ("milestone", False),
    ("title", False),
    ("current", False),
    ("current_date", False),
    ("remark", False),
    ("level", True),
    ("date", True),
    ("note", True),
    ("evidence", True),
    ("challenges", True),
    ("next_steps", True),
)
COLUMN = {key: i + 1 for i, (key, _) in enumerate(COLUMNS)}  # 1-based, as openpyxl counts
INPUT_COLUMNS = tuple(i + 1 for i, (_, is_input) in enumerate(COLUMNS) if is_input)
META_KEYS = ("form", "version", "dataset", "agency", "round", "lang", "rows")


def column_letter(n: int) -> str:
    """'A' for 1 ... 'Z' for 26 (a form has far fewer columns)."""
    return chr(ord("A") + n - 1)


def fingerprint(data: Dataset) -> str:
    """What identifies the data set a form belongs to: the plan and its commitments' ids.

    Worked out once per data set: every form of a run carries it, and every form
    read back is checked against it (once per form, the run cost agencies ×
    commitments)."""
    return data.derived(_fingerprint)


def _fingerprint(data: Dataset) -> str:
    h = hashlib.sha256()
    plan = data.plan
    if plan is not None:
        h.update(f"{plan.country}\0{plan.title}\0{plan.number}\0".encode())
    for c in data.commitments_in_plan_order():
        h.update(c.id.encode() + b"\0")
    return h.hexdigest()[:16]


def current_round(data: Dataset, today: dt.date) -> Meeting | None:
    """The round a form is for: the next meeting from ``today`` on, else the last one held
    (worked out once per data set and day: every agency's form of a run asks)."""
    found: Meeting | None = data.derived(_current_round, today)
    return found


def _current_round(data: Dataset, today: dt.date) -> Meeting | None:
    meetings = sorted(data.meetings, key=lambda m: m.date)
    if not meetings:
        return None
    upcoming = [m for m in meetings if m.date >= today]
    return upcoming[0] if upcoming else meetings[-1]


@dataclass(frozen=True)
class Assignment:
    """A commitment on an agency's form; ``shared_with`` names the other owners where they
    have still to agree who reports (it is on each of their forms)."""

    commitment: Commitment
    shared_with: tuple[str, ...] = ()


def assignments(data: Dataset, agency_id: str) -> list[Assignment]:
    """The commitments an agency reports on, in plan order: those it is the reporter of, and
    those it owns with others who have not agreed who reports."""
    out: list[Assignment] = []
    owned, _ = data.commitments_of(agency_id)
    for c in owned:
        reporter = c.effective_reporter()
        if reporter == agency_id:
            out.append(Assignment(c))
        elif reporter is None:
            others = tuple(a for a in dict.fromkeys(c.owner_ids) if a != agency_id)
            out.append(Assignment(c, others))
    # a named reporter that is not an owner (reporter-not-owner warns) still reports
    owned_ids = {c.id for c in owned}
    for c in data.derived(_by_reporter).get(agency_id, ()):
        if c.id not in owned_ids:
            out.append(Assignment(c))
    return out


def _by_reporter(data: Dataset) -> dict[str, tuple[Commitment, ...]]:
    """The commitments of each named reporter, in plan order (once per data set: every
    agency's form asks, and a scan of every commitment per form cost agencies ×
    commitments)."""
    index: dict[str, list[Commitment]] = {}
    for c in data.commitments_in_plan_order():
        if c.reporter is not None:
            index.setdefault(c.reporter, []).append(c)
    return {agency: tuple(cs) for agency, cs in index.items()}


def reporting_agencies(data: Dataset) -> list[str]:
    """Every agency that has a form to fill in, in the order of the agency list."""
    wanted: set[str] = set()
    for c in data.commitments:
        reporter = c.effective_reporter()
        if reporter is not None:
            wanted.add(reporter)
        else:
            wanted.update(c.owner_ids)
    return [a.id for a in data.agencies if a.id in wanted]
