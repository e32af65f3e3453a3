"""plan-period (warning): meetings, milestones and timeline events fall within the plan's period.

Where the plan gives its ``start`` and ``end``, a date far outside them is
almost always a mistyped year (a meeting in 2019 for 2014, a milestone due in
2030). OGP's two-year cycle does have work on either side of the period, so
each kind of date has the slack that cycle gives it:

- a meeting is held from the plan's start to six months after its end: the
  meetings here are the follow-up of the plan being carried out, and after the
  end the forum still meets on the end-of-term self-assessment and what the IRM
  finds (OGP asks the forum to meet at least every six months, so the first
  meeting after the end falls within six months of it);
- a milestone is due within the period itself: a commitment is to be done while
  the plan runs, and that is what the end-of-term self-assessment and the IRM
  report as its completion (a milestone due later is outside both);
- a timeline event (its ``date``, and its ``end``) falls within a year before
  the start and a year after the end: the plan is co-created and consulted on
  in the year before it begins, and the self-assessment and the IRM's
  end-of-term report come in the year after it ends.

A plan that was extended gives its new ``end``. A plan without ``start`` and
``end`` is not checked. Fails ``ogp validate`` only with ``--strict``.

Good: in a plan from 2013-10-01 to 2015-09-30, a meeting on 2016-02-15 and a
milestone due 2015-06-30.
Warned: a meeting on 2019-06-13, a milestone due 2030-05-01, an event dated 2011-05-01.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.problems import Pos, Problem, Severity, warning
from ogp.data.rules.facts import Facts
from ogp.data.rules.forum_interval import months_after

ID = "plan-period"
SEVERITY = Severity.WARNING
MEETING_MONTHS_AFTER = 6  # a meeting may be held this long after the plan's end
EVENT_MONTHS = 12  # a timeline event may be this long before the start or after the end

_AFTER_HINT = "check the year; if the plan was extended, give the plan its new 'end:'"


def _outside(
    when: dt.date, start: dt.date, end: dt.date, before: int, after: int
) -> tuple[str, str] | None:
    """How ``when`` lies outside the plan from ``start`` to ``end``, allowing ``before``
    months before it and ``after`` months after it: (the words, the hint), or None."""
    if when < months_after(start, -before):
        more = f"more than {before} months " if before else ""
        return f"{more}before the plan begins ({start})", "check the year"
    if when > months_after(end, after):
        more = f"more than {after} months " if after else ""
        return f"{more}after the plan ends ({end})", _AFTER_HINT
    return None


def check(facts: Facts) -> Iterator[Problem]:
    plan = facts.data.plan
    if plan is None or plan.start is None or plan.end is None:
        return
    start, end = plan.start, plan.end

    def problem(pos: Pos, what: str, out: tuple[str, str], path: str) -> Problem:
        return warning(pos, ID, f"{what}, {out[0]}", hint=out[1], path=path)

    for m in facts.data.meetings:
        out = _outside(m.date, start, end, 0, MEETING_MONTHS_AFTER)
        if out is not None:
            what = f"meeting {m.id} is held {m.date}"
            yield problem(m.at("date"), what, out, path_of("meeting", m.id, "date"))
    for c in facts.data.commitments:
        for i, ms in enumerate(c.milestones):
            if ms.due is None:
                continue
            out = _outside(ms.due, start, end, 0, 0)
            if out is not None:
                what = f"milestone {ms.id} of {c.id} is due {ms.due}"
                path = f"{path_of('commitment', c.id, 'milestones', i)}.due"
                yield problem(ms.at("due"), what, out, path)
    for e in plan.timeline:
        if e.date is None:
            continue
        out = _outside(e.date, start, end, EVENT_MONTHS, EVENT_MONTHS)
        if out is not None:
            what = f"event {e.id} is dated {e.date}"
            yield problem(e.at("date"), what, out, path_of("event", e.id, "date"))
        elif e.end is not None and (out := _outside(e.end, start, end, EVENT_MONTHS, EVENT_MONTHS)):
            what = f"event {e.id} ends {e.end}"
            yield problem(e.at("end"), what, out, path_of("event", e.id, "end"))
