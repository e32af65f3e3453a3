"""agenda-overrun (warning): the agenda fits in the meeting.

The items whose length is known (``minutes``, and a status round's minutes per
reporting agency times the number of agencies that report) must fit between
the meeting's ``start`` and ``end``. Warned when even their least length does
not fit, or when their most does not. Items without a length are not counted:
ogp does not guess them. Fails ``ogp validate`` only with ``--strict``.

Good: 14 agencies at 2–3 min. in a 150-min. meeting.
Warned: an item of ``minutes: 200`` in that meeting.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "agenda-overrun"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    data = facts.data
    for m in data.meetings:
        if not m.agenda:
            continue
        low, high, _ = data.agenda_minutes(m)
        length = (m.end.hour * 60 + m.end.minute) - (m.start.hour * 60 + m.start.minute)
        if low > length:
            yield warning(
                m.at("agenda"),
                ID,
                f"the agenda of meeting {m.id} takes at least {low} min., but the meeting "
                f"lasts {length} min. ({m.start:%H:%M}-{m.end:%H:%M})",
                hint="shorten it or extend the meeting",
            )
        elif high > length:
            yield warning(
                m.at("agenda"),
                ID,
                f"the agenda of meeting {m.id} may take up to {high} min., but the meeting "
                f"lasts {length} min. ({m.start:%H:%M}-{m.end:%H:%M})",
            )
