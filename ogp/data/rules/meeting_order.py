"""meeting-order: meetings are numbered in the order they are held.

Where meetings have a ``number``, a higher number is held later: meeting no. 2
is not dated before no. 1. (Two numbers on one day are fine when the higher
starts later.) The letter, the agenda ("orientering om møte nr 2") and the
calendar all speak of the meetings by number, so a number that contradicts the
date sends people to the wrong meeting.

An error: one of the two values is wrong, and every document that names the
meeting by number repeats the mistake.

Good: no. 1 on 2014-03-17, no. 2 on 2014-06-13.
Bad: no. 1 on 2014-06-13, no. 2 on 2014-03-17.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ogp.data.kinds import path_of
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "meeting-order"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    numbered = sorted(
        (m for m in facts.data.meetings if m.number is not None), key=lambda m: m.number or 0
    )
    for before, after in pairwise(numbered):
        if before.number == after.number:  # duplicate-id says so
            continue
        if (after.date, after.start) < (before.date, before.start):
            when = (
                f"at {after.start:%H:%M}, before no. {before.number} ({before.id}) "
                f"at {before.start:%H:%M} the same day"
                if after.date == before.date
                else f"{after.date}, before no. {before.number} ({before.id}, {before.date})"
            )
            yield error(
                after.at("date") if after.date != before.date else after.at("start"),
                ID,
                f"meeting no. {after.number} ({after.id}) is held {when}",
                hint="correct the date or swap the numbers",
                path=path_of("meeting", after.id, "date" if after.date != before.date else "start"),
            )
