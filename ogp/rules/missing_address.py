"""missing-address (warning): every addressee of a letter can be reached by post.

A letter's recipients and copy-to form its address list. An addressee with no
postal address, or with one that lacks a postcode, cannot be sent the letter
on paper. Civil society (``civil_society: true``) is exempt: it has no postal
address and is reached otherwise. Fails ``ogp validate`` only with
``--strict``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.problems import Problem, Severity, warning
from ogp.rules.facts import Facts

ID = "missing-address"
SEVERITY = Severity.WARNING


def check(facts: Facts) -> Iterator[Problem]:
    agencies = facts.data.agency_by_id
    for letter in facts.data.letters:
        for field in ("recipients", "copy_to"):
            items = getattr(letter, field)
            for i, aid in enumerate(items):
                agency = agencies.get(aid)
                if agency is None or agency.civil_society:
                    continue
                if agency.address is None:
                    yield warning(
                        items.pos(i), ID,
                        f"{agency.label} is on the address list of letter {letter.id} but has "
                        f"no postal address; add 'address:' to agency {agency.id}",
                    )
                elif not agency.address.postcode:
                    yield warning(
                        items.pos(i), ID,
                        f"the postal address of {agency.label} (agency {agency.id}) has no "
                        f"postcode; add it where a source gives it",
                    )
