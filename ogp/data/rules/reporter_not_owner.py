"""reporter-not-owner: the reporter of a commitment is one of its owners.

Where several agencies share a commitment, the letter asks them to agree who
reports on its status; ``reporter`` names that agency, and it must be one of
the ``owners`` (not a collaborator, not an agency outside the commitment).

Good: ``owners: [fin, norges-bank]``, ``reporter: fin``.
Bad: ``owners: [fin, norges-bank]``, ``reporter: kmd``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "reporter-not-owner"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    for c in facts.data.commitments:
        owners = c.owner_ids
        if c.reporter is not None and c.reporter not in owners:
            yield error(
                c.at("reporter"),
                ID,
                f"reporter '{c.reporter}' of commitment {c.id} is not one of its owners "
                f"({', '.join(owners)})",
                hint="name one of them",
                path=path_of("commitment", c.id, "reporter"),
            )
