"""registration-date: a registration is dated no later than today, nor than its meeting.

Why: a registration's ``date`` is the day it came in. One dated after today is
a mistyped date (2041 for 2014), and one dated after its meeting cannot be: no
one registers for a meeting that has been held. On the meeting's day itself it
may be (someone who came without registering is recorded with that day). ``ogp
register`` refuses such a date by the same test, and ``ogp validate`` reports one
in ``private/registrations.yaml`` at the date.

Good: ``{meeting: mote-1, ..., date: 2014-03-17}`` for the meeting of 17 March 2014.
Bad: ``date: 2014-03-18`` for it, or a date after today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ogp.data.model import Meeting
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts
from ogp.data.rules.status_date import day  # 17.03.2014, as the messages write a date

ID = "registration-date"
SEVERITY = Severity.ERROR


def refused(when: dt.date, meeting: Meeting, today: dt.date) -> str | None:
    """Why a registration for ``meeting`` dated ``when`` cannot be, or None: the one test of
    this rule and of ``ogp register`` (which says "on DATE: that is ...")."""
    if when > today:
        return f"after today ({day(today)})"
    if when > meeting.date:
        return f"after the meeting was held ({day(meeting.date)})"
    return None


def check(facts: Facts) -> Iterator[Problem]:
    today = dt.date.today()
    for r in facts.registrants:
        meeting = facts.data.meeting_by_id.get(r.meeting)
        if meeting is None or r.date is None:  # an unknown meeting is the registrant rule's
            continue
        why = refused(r.date, meeting, today)
        if why is not None:
            yield error(
                r.at("date"),
                ID,
                f"registration for meeting {meeting.id} on {day(r.date)} is {why}",
                hint="correct its date: the day the registration came in",
            )
