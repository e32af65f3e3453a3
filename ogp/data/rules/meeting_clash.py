"""meeting-clash: no two meetings at the same time and place.

Two meetings on one day whose times overlap may not be in the same venue (the
same ``venue.name``, compared without regard to case and spacing, and the same
``venue.address`` where both give one). It is nearly always a meeting copied to
make the next one, with the date or the room not yet changed; the calendar
would then book one room twice.

An error: one room cannot hold two meetings at once, so one of the two records
is wrong.

Good: mote-1 2014-03-17 12:30-15:00 and mote-2 2014-06-13 12:30-15:00, both
in Auditoriet i R5. Bad: both on 2014-03-17, 12:30-15:00 and 14:00-16:00, in
Auditoriet i R5.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.model import Meeting
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "meeting-clash"
SEVERITY = Severity.ERROR


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def check(facts: Facts) -> Iterator[Problem]:
    rooms: dict[tuple[dt.date, str], list[Meeting]] = {}
    for m in facts.data.meetings:
        rooms.setdefault((m.date, _key(m.venue.name)), []).append(m)
    for same_room in rooms.values():
        if len(same_room) < 2:
            continue
        same_room.sort(key=lambda m: m.start)
        # each meeting against the one still running that ends last, per address
        running: dict[str, Meeting] = {}
        for m in same_room:
            address = _key(m.venue.address)
            for where, other in running.items():
                if address and where and where != address:
                    continue  # two buildings with a room of the same name
                if other.end > m.start:
                    yield error(
                        m.at("start"),
                        ID,
                        f"meeting {m.id} ({m.start:%H:%M}-{m.end:%H:%M}) is on {m.date} in "
                        f"{m.venue.name}, like meeting {other.id} "
                        f"({other.start:%H:%M}-{other.end:%H:%M})",
                        hint="change the date, time or venue of one of them",
                        path=path_of("meeting", m.id, "start"),
                    )
                    break
            last = running.get(address)
            if last is None or m.end > last.end:
                running[address] = m
