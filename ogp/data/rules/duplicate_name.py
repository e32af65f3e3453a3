"""duplicate-name: two agencies do not share a short name.

Tables, the annex and the agenda name agencies by their short name (``short``,
else ``name``), and ``--agency`` finds them by it: two agencies called "KMD"
could not be told apart. Compared without regard to case.

Good: ``short: FIN`` and ``short: KMD``. Bad: two agencies with ``short: KMD``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Pos, Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "duplicate-name"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    seen: dict[str, tuple[str, Pos]] = {}
    for a in facts.data.agencies:
        key = a.label.casefold()
        where = a.at("short") if a.short else a.at("name")
        if key in seen:
            other, first = seen[key]
            yield error(
                where,
                ID,
                f"agency {a.id} is called '{a.label}', like agency {other} at {first}",
                hint="give one of them another short name",
            )
        else:
            seen[key] = (a.id, where)
