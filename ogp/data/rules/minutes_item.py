"""minutes-item: the minutes speak of the meeting's own agenda items, each once.

Why: a meeting's ``minutes:`` give notes and decisions per agenda item by its
number (``item: 3`` is the third item of the meeting's ``agenda:``), and an
action may name the item it came from. A number beyond the agenda, or an item
written up twice, would put notes under the wrong heading or leave some out.

While an item of the agenda cannot be read (its own error says why), how many
items it has is not known, and no number is said to be beyond it.

Good: ``items: [{item: 1, notes: ...}, {item: 2, ...}]``. Bad: ``item: 7`` on a
six-item agenda, or ``item: 2`` twice.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.model import Partial
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "minutes-item"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    for m in facts.data.meetings:
        if m.minutes is None:
            continue
        count = len(m.agenda)
        what = f"meeting {m.id} has {count} agenda item{'s' if count != 1 else ''}"
        # an agenda item that could not be read (its error says why) leaves the count unknown
        counted = not isinstance(m.agenda, Partial)
        seen: set[int] = set()
        for entry in m.minutes.items:
            if counted and entry.item > count:
                yield error(
                    entry.at("item"),
                    ID,
                    f"item {entry.item} is not on the agenda: {what}",
                    hint=f"number the items 1 to {count}" if count else "",
                )
            elif entry.item in seen:
                yield error(
                    entry.at("item"),
                    ID,
                    f"item {entry.item} is written up twice",
                    hint="keep its notes and decisions in one entry",
                )
            seen.add(entry.item)
        for action in m.minutes.actions:
            if counted and action.item is not None and action.item > count:
                yield error(action.at("item"), ID, f"action from item {action.item}, but {what}")
