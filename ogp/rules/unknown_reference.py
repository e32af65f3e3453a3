"""unknown-reference: every referenced id exists.

Owners, collaborators and reporters of commitments, the meeting a status came
from, a meeting's invited agencies and chair, a letter's sender, recipients,
copy-to and meetings: each names an id that must be declared in its file. The
message names the unknown id, where it is used, and the closest existing id.

Good: ``owners: [oed]`` with an agency ``oed``. Bad: ``owners: [OEDX]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.problems import Problem, Severity, error
from ogp.rules.facts import Facts

ID = "unknown-reference"
SEVERITY = Severity.ERROR

_FILE = {
    "agency": "agencies.yaml",
    "commitment": "commitments.yaml",
    "meeting": "meetings.yaml",
    "letter": "letters.yaml",
    "event": "commitments.yaml",
}


def check(facts: Facts) -> Iterator[Problem]:
    known: dict[str, dict[str, str]] = {}
    for d in facts.declared:
        known.setdefault(d.kind, {})[d.value] = d.value
    for ref in facts.references:
        if ref.kind in facts.unreadable:
            continue
        ids = known.get(ref.kind, {})
        if ref.value in ids:
            continue
        by_fold = {k.casefold(): k for k in ids}
        if ref.value.casefold() in by_fold:
            hint = f"; ids are case-sensitive: write '{by_fold[ref.value.casefold()]}'"
        else:
            import difflib  # only for a reference that is wrong

            close = difflib.get_close_matches(ref.value, list(ids), n=1, cutoff=0.6)
            hint = (
                f"; did you mean '{close[0]}'?" if close
                else f"; add it to {_FILE.get(ref.kind, 'the data')} or correct the id"
            )
        yield error(ref.pos, ID, f"unknown {ref.kind} '{ref.value}' in {ref.where}{hint}")
