"""repeated-entry: a list of ids names each one once.

A letter's recipients, copy-to and meetings, and a meeting's invited agencies,
are lists where an id named twice would print a recipient or a meeting twice
(and give two personal letters the same file name). A recipient who is also
on the copy-to list is named twice too.

Good: ``recipients: [jd, kud]``. Bad: ``recipients: [jd, kud, jd]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.model import Items
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "repeated-entry"
SEVERITY = Severity.ERROR


def _repeats(items: Items, where: str, seen: dict[str, str] | None = None) -> Iterator[Problem]:
    first: dict[str, str] = {} if seen is None else seen
    for i, value in enumerate(items):
        if value in first:
            also = "" if first[value] == where else f" (it is also in {first[value]})"
            yield error(
                items.pos(i), ID, f"'{value}' is named twice in {where}{also}", hint="keep one"
            )
        else:
            first[value] = where


def check(facts: Facts) -> Iterator[Problem]:
    for letter in facts.data.letters:
        addressees: dict[str, str] = {}
        yield from _repeats(letter.recipients, f"the recipients of letter {letter.id}", addressees)
        yield from _repeats(letter.copy_to, f"the copy-to of letter {letter.id}", addressees)
        yield from _repeats(letter.meetings, f"the meetings of letter {letter.id}")
    for meeting in facts.data.meetings:
        yield from _repeats(meeting.invited, f"the invited of meeting {meeting.id}")
