"""no-reporter (warning): a shared commitment has someone to report on it.

Where several agencies own a commitment, the letter asks them to agree
beforehand who reports on its status. Until ``reporter`` names that agency
(or one owner has the role ``lead``), ogp warns, and ``ogp status`` shows the
reporter as "to be agreed". Fails ``ogp validate`` only with ``--strict``.

Good: ``owners: [fin, norges-bank]``, ``reporter: fin``.
Warned: ``owners: [fin, norges-bank]`` and no reporter.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "no-reporter"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    for c in facts.data.commitments:
        if c.shared and c.effective_reporter() is None:
            yield warning(
                c.at("owners"),
                ID,
                f"commitment {c.id} is shared by {', '.join(c.owner_ids)} and names no reporter",
                hint="add 'reporter:' once they have agreed who reports",
                path=path_of("commitment", c.id, "owners"),
            )
