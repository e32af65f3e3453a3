"""too-few-meetings (warning): at least two meetings a year with civil society.

OGP's minimum requirements ask a member to hold at least two meetings a year
with civil society during the action plan. For every year that has meetings,
ogp counts those that invite an agency marked ``civil_society: true`` and
warns below two. Fails ``ogp validate`` only with ``--strict``.

Good: meetings on 2014-03-17 and 2014-06-13, both inviting ``sivilt-samfunn``.
Warned: 2014 with one meeting that invites civil society.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Pos, Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "too-few-meetings"
SEVERITY = Severity.WARNING
MINIMUM = 2


def check(facts: Facts) -> Iterator[Problem]:
    data = facts.data
    civil = {a.id for a in data.agencies if a.civil_society}
    by_year: dict[int, list[int]] = {}
    first_pos: dict[int, Pos] = {}
    for m in data.meetings:
        year = m.date.year
        first_pos.setdefault(year, m.pos)
        by_year.setdefault(year, [])
        if civil.intersection(m.invited):
            by_year[year].append(1)
    for year, hits in sorted(by_year.items()):
        if len(hits) < MINIMUM:
            yield warning(
                first_pos[year],
                ID,
                f"{year} has {len(hits)} meeting{'' if len(hits) == 1 else 's'} with civil "
                "society invited",
                hint=f"OGP's minimum requirements ask for at least {MINIMUM} a year",
            )
