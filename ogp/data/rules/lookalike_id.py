"""lookalike-id: a commitment's number has no letter that looks like a digit.

A commitment is numbered as in the plan, ``4.10``. Typed by hand or copied
from a scanned letter, a digit is easily replaced by the letter it looks like:
``O`` or ``o`` for ``0``, ``l``, ``I`` or ``|`` for ``1``. ``4.1O`` is then a
valid id that ogp would print in the annex, the agenda and the status table
as if it were a number, and that no one can find by typing ``4.10``. An id
made only of digits, dots and such letters, with at least one digit, is
refused with the number meant.

An error: no plan numbers a commitment ``4.1O``, and an id that looks right
cannot be found by anyone who types what it looks like.

Good: ``id: "4.10"``, ``id: kommunereformen``, ``id: 4.14a``.
Bad: ``id: "4.1O"``, ``id: "4.l0"``, ``id: 4.I``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "lookalike-id"
SEVERITY = Severity.ERROR

DIGIT_FOR = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
_LOOKS_NUMBERED = frozenset("0123456789OolI|")


def numbered(ident: str) -> bool:
    """Digits and lookalikes, in dot-separated parts: 4.1O, 4.l0, 4.I (not 4.14a, not io):
    ``re.fullmatch(r"[0-9OolI|]+(?:\\.[0-9OolI|]+)+", ident)``, without compiling that
    at every start."""
    parts = ident.split(".")
    return len(parts) >= 2 and all(part and _LOOKS_NUMBERED.issuperset(part) for part in parts)


def meant(ident: str) -> str | None:
    """The plan number ``ident`` looks like, if it is one with a letter for a digit."""
    if not numbered(ident) or not any(ch.isdigit() for ch in ident):
        return None
    digits = "".join(DIGIT_FOR.get(ch, ch) for ch in ident)
    return digits if digits != ident else None


def check(facts: Facts) -> Iterator[Problem]:
    taken = {c.id for c in facts.data.commitments}
    for c in facts.data.commitments:
        number = meant(c.id)
        if number is None:
            continue
        letters = ", ".join(
            f"'{ch}' for {DIGIT_FOR[ch]}" for ch in dict.fromkeys(c.id) if ch in DIGIT_FOR
        )
        also = f" (note: commitment {number} exists too)" if number in taken else ""
        yield error(
            c.at("id"),
            ID,
            f"commitment id '{c.id}' looks like a plan number with a letter for a digit "
            f"({letters})",
            hint=f"did you mean '{number}'?{also}",
            path=path_of("commitment", c.id, "id"),
        )
