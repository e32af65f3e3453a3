"""duplicate-id: every id is used once.

Two agencies, commitments, meetings, letters or timeline events may not share
an id, and ids that differ only in upper and lower case (``KMD`` and ``kmd``)
count as the same: they would name the same file on many systems and confuse
readers. Because ogp keeps ``4.10`` as the text you wrote, it never collides
with ``4.1``.

Meetings' ``number`` s are unique too: "møte nr. 1" must name one meeting.

Good: ``id: "4.1"`` and ``id: "4.10"``. Bad: two commitments with ``id: "4.5"``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.problems import Problem, Severity, error
from ogp.data.refs import Declared
from ogp.data.rules.facts import Facts

ID = "duplicate-id"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    seen: dict[str, dict[str, Declared]] = {}  # kind -> casefolded id -> the first
    for d in facts.declared:
        first = seen.setdefault(d.kind, {}).setdefault(d.value.casefold(), d)
        if first is not d:
            if first.value == d.value:
                said = f"{d.kind} id '{d.value}' is used twice (first at {first.pos})"
            else:
                said = (
                    f"{d.kind} id '{d.value}' differs only in case from '{first.value}' "
                    f"at {first.pos}"
                )
            yield error(
                d.pos, ID, said, hint="every id must be unique", path=path_of(d.kind, d.value)
            )
    numbers: dict[int, str] = {}
    for m in facts.data.meetings:
        if m.number is None:
            continue
        if m.number in numbers:
            yield error(
                m.at("number"),
                ID,
                f"meeting {m.id} has number {m.number}, like meeting {numbers[m.number]}",
                hint="every meeting's number must be unique",
            )
        else:
            numbers[m.number] = m.id
