"""duplicate-owner: an agency is named once among a commitment's owners and collaborators.

Listing an agency twice as owner, or as both owner and collaborator, would
print it twice in the annex and count it twice in the status round.

Good: ``owners: [kud, riksarkivet]``, ``collaborators: [difi]``.
Bad: ``owners: [kud, kud]``; ``owners: [kmd]`` with ``collaborators: [kmd]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "duplicate-owner"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    for c in facts.data.commitments:
        seen: set[str] = set()
        for n, owner in enumerate(c.owners):
            if owner.agency in seen:
                yield error(
                    owner.pos,
                    ID,
                    f"'{owner.agency}' is listed twice as owner of {c.id}",
                    hint="keep one",
                    path=path_of("commitment", c.id, "owners", n),
                )
            seen.add(owner.agency)
        for i, collab in enumerate(c.collaborators):
            if collab in seen:
                yield error(
                    c.collaborators.pos(i),
                    ID,
                    f"'{collab}' is named twice among the owners and collaborators of {c.id}",
                    hint="keep one",
                    path=path_of("commitment", c.id, "collaborators", i),
                )
            seen.add(collab)
