"""missing-address (warning): every addressee of a letter can be reached by post.

A letter's recipients and copy-to form its address list. An addressee with no
postal address, or with one that lacks a postcode or town, cannot be sent the
letter on paper. The warning points at the agency in agencies.yaml, where the
address is to be completed. Civil society (``civil_society: true``) is exempt: it has no postal
address and is reached otherwise. Fails ``ogp validate`` only with
``--strict``.

Good: ``address: {lines: [Postboks 8005 Dep], postcode: "0030", city: OSLO}``.
Warned: a recipient with no ``address:``, or one without ``postcode:``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "missing-address"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    agencies = facts.data.agency_by_id
    reported: set[str] = set()
    for letter in facts.data.letters:
        for aid in [*letter.recipients, *letter.copy_to]:
            agency = agencies.get(aid)
            if agency is None or agency.id in reported:
                continue
            reported.add(agency.id)
            gap = agency.postal_gap()
            if not gap:
                continue
            if "address" in gap:
                yield warning(
                    agency.pos,
                    ID,
                    f"{agency.label} is on the address list of letter {letter.id} but has "
                    "no postal address",
                    hint="add 'address:' here",
                )
            else:
                yield warning(
                    agency.at("address"),
                    ID,
                    f"the postal address of {agency.label} has no postcode and town, so "
                    f"letter {letter.id} cannot be posted to it",
                    hint="add them where a source gives them",
                )
