"""registration-deadline (warning): the registration deadline can be met.

A meeting's registration deadline (``deadline``, or ``days_before`` the
meeting) must not fall after the meeting itself, and not before the date of
a letter that invites to it: the invited could not register in time. A
registration needs one of ``deadline`` or ``days_before``. Fails ``ogp
validate`` only with ``--strict``.

Good: ``days_before: 10`` for a meeting on 2014-03-17, invited by a letter of 2014-02-28.
Warned: ``deadline: 2014-02-20`` for that meeting: before the letter was sent.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "registration-deadline"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    data = facts.data
    for m in data.meetings:
        reg = m.registration
        if reg is None:
            continue
        deadline = m.registration_deadline()
        if deadline is None:
            yield warning(
                reg.pos,
                ID,
                f"registration for meeting {m.id} has no deadline",
                hint="add 'days_before:' or 'deadline:'",
            )
            continue
        if deadline > m.date:
            yield warning(
                reg.at("deadline"),
                ID,
                f"registration for meeting {m.id} closes {deadline}, after the meeting ({m.date})",
            )
    for letter in data.letters:
        for i, mid in enumerate(letter.meetings):
            meeting = data.meeting_by_id.get(mid)
            if meeting is None:
                continue
            deadline = meeting.registration_deadline()
            if deadline is not None and deadline < letter.date:
                yield warning(
                    letter.meetings.pos(i),
                    ID,
                    f"letter {letter.id} is dated {letter.date}, after the registration "
                    f"deadline of meeting {mid} ({deadline})",
                )
