"""Positions in the data files and the problems found there.

Every problem the tool reports about a user's data carries the file, line and
column it was found at (1-based, as editors count), a severity, the stable id
of the rule that found it, and a message that says what to do.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Pos:
    """A place in a file: 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


# A place in a file kept compactly: line and column packed into one int, a "mark".
# The loader keeps marks in arrays while it builds a mapping or list; the typed data
# keeps them packed into bytes, eight each, with the file's name kept once per record
# or list; a Pos is made only when a problem is reported or a rule asks where
# something is. (A data set has a position for every key and value: a Pos object
# each would take several times the file's size.)
_COLUMN_BITS = 32
_COLUMN_MASK = (1 << _COLUMN_BITS) - 1


def mark(line: int, column: int) -> int:
    """The mark of 1-based ``line`` and ``column`` (0, 0: the file as a whole)."""
    return line << _COLUMN_BITS | column


def pos_at(file: str, at: int) -> Pos:
    """The Pos of mark ``at`` in ``file``."""
    return Pos(file, at >> _COLUMN_BITS, at & _COLUMN_MASK)


def marks(*values: int) -> array[int]:
    """A growable array of marks, as the loader keeps them."""
    return array("Q", values)


def pack(values: array[int]) -> bytes:
    """Marks packed as the typed data keeps them: eight bytes each."""
    return values.tobytes()


def unpack(packed: bytes, i: int) -> int:
    """The ``i``-th mark of ``packed``."""
    return int.from_bytes(packed[8 * i : 8 * i + 8], sys.byteorder)


class Where:
    """Where a record and each of its fields stand.

    ``marks`` (packed) holds the record's own mark, then the mark of each value in
    the order written; ``keys`` names the values in that order (records written with
    the same keys in the same order share one tuple).
    """

    __slots__ = ("file", "keys", "marks")

    def __init__(self, file: str, keys: tuple[str, ...], packed: bytes) -> None:
        self.file = file
        self.keys = keys
        self.marks = packed

    @property
    def pos(self) -> Pos:
        return pos_at(self.file, unpack(self.marks, 0))

    def at(self, key: str) -> Pos:
        """Where the value of ``key`` stands, or the record itself when it has no ``key``."""
        try:
            i = self.keys.index(key)
        except ValueError:
            return self.pos
        return pos_at(self.file, unpack(self.marks, 1 + i))


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found in the data: where, how bad, which rule, and what to do."""

    pos: Pos
    severity: Severity
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.pos}: {self.severity}: {self.message} [{self.rule}]"

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.pos.file, self.pos.line, self.pos.column, self.rule, self.message)


def error(pos: Pos, rule: str, message: str) -> Problem:
    return Problem(pos, Severity.ERROR, rule, message)


def warning(pos: Pos, rule: str, message: str) -> Problem:
    return Problem(pos, Severity.WARNING, rule, message)
