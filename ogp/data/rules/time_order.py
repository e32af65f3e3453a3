"""time-order: things end after they start.

A meeting's ``end`` must be after its ``start``, and a status round's
``min_minutes`` not above its ``max_minutes``; a timeline event's ``end``
must not be before its ``date``, and an event needs a ``date`` or, where no
exact day is known, an ``approx`` wording ("rundt årsskiftet 2014/2015").

Good: ``start: 12:30``, ``end: 15:00``. Bad: ``start: 15:00``, ``end: 12:30``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "time-order"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    for meeting in facts.data.meetings:
        if meeting.end <= meeting.start:
            yield error(
                meeting.at("end"),
                ID,
                f"meeting {meeting.id} ends at {meeting.end:%H:%M}, not after it starts "
                f"({meeting.start:%H:%M})",
                hint="check start and end",
            )
        for item in meeting.agenda:
            rnd = item.status_round
            if rnd is not None and rnd.min_minutes > rnd.max_minutes:
                yield error(
                    rnd.at("max_minutes"),
                    ID,
                    f"the status round of meeting {meeting.id} gives each agency at most "
                    f"{rnd.max_minutes} min. but at least {rnd.min_minutes}",
                    hint="swap them",
                )
    if facts.data.plan is not None:
        for event in facts.data.plan.timeline:
            if event.end is not None and event.date is not None and event.end < event.date:
                yield error(
                    event.at("end"),
                    ID,
                    f"event {event.id} ends ({event.end}) before it begins ({event.date})",
                )
            if event.end is not None and event.date is None:
                yield error(event.at("end"), ID, f"event {event.id} has an end but no date")
            if event.date is None and event.approx is None:
                yield error(
                    event.pos,
                    ID,
                    f"event {event.id} says neither when ('date:') nor roughly when ('approx:')",
                    hint="add one",
                )
