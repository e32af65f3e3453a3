"""agenda-overrun (warning): the agenda fits in the meeting.

The items whose length is known (``minutes``, and a status round's minutes per
reporting agency times the number of agencies that report) must fit between
the meeting's ``start`` and ``end``. Warned when even their least length does
not fit, or when their most does not. Items without a length are not counted:
ogp does not guess them. Fails ``ogp validate`` only with ``--strict``. The
agenda document (``ogp agenda``) counts the same minutes and warns alike.

Good: 14 agencies at 2–3 min. in a 150-min. meeting.
Warned: an item of ``minutes: 200`` in that meeting.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.model import Overrun
from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "agenda-overrun"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    data = facts.data
    for m in data.meetings:
        if not m.agenda:
            continue
        d = data.agenda_durations(m)
        lasts = f"the meeting lasts {d.length} min. ({m.start:%H:%M}-{m.end:%H:%M})"
        if d.overrun is Overrun.LEAST:
            yield warning(
                m.at("agenda"),
                ID,
                f"the agenda of meeting {m.id} takes at least {d.low} min., but {lasts}",
                hint="shorten it or extend the meeting",
            )
        elif d.overrun is Overrun.MOST:
            yield warning(
                m.at("agenda"),
                ID,
                f"the agenda of meeting {m.id} may take up to {d.high} min., but {lasts}",
            )
