"""Positions in the data files, the problems found there, and the result of a check.

Every problem the tool reports about a user's data carries:

- where: a :class:`Pos`, the file and the line and column (1-based, as editors
  count) in a YAML file, or the sheet and cell in a spreadsheet taken in
  (``Pos.cell_of("forms/kmd.xlsx", "Status", "C7")`` prints as
  ``forms/kmd.xlsx:Status!C7``); ``Pos(file)`` alone is the file as a whole;
- ``severity``, and ``rule``: the stable id of the rule that found it (see
  ``ogp validate --list-rules``);
- ``message``: what is wrong, and ``hint``: what to do about it (may be empty).
  The text output prints them as one line, ``message; hint``;
- ``path``: the logical place in the data, as a program would address it:
  ``commitments["4.22"].owners[1]`` (see :func:`ogp.data.kinds.path_of`); empty where none
  applies (a file that is not YAML at all).

:class:`Result` is what a check of a data folder found; the reporters of
``ogp validate`` print it, and ``--format json`` prints :meth:`Result.envelope`.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ogp.data.records import compiled

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ogp.data.model import Dataset


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@compiled(frozen=True, slots=True, order=True)
class Pos:
    """A place in a file: 1-based line and column, or a spreadsheet's sheet and cell.

    ``Pos("data/commitments.yaml", 12, 5)`` is ``data/commitments.yaml:12:5``;
    ``Pos.cell_of("forms/kmd.xlsx", "Status", "C7")`` is ``forms/kmd.xlsx:Status!C7``
    (line and column are then the cell's row and column number, so problems in a
    sheet sort in reading order).
    """

    file: str
    line: int = 0
    column: int = 0
    sheet: str = ""
    cell: str = ""

    @classmethod
    def cell_of(cls, file: str, sheet: str, cell: str) -> Pos:
        """The place of ``cell`` (A1 notation, e.g. "C7") on ``sheet`` of a spreadsheet."""
        letters = cell.rstrip("0123456789").upper()
        digits = cell[len(letters) :]
        column = 0
        for ch in letters:
            column = column * 26 + ord(ch) - ord("A") + 1
        return cls(file, int(digits) if digits.isdigit() else 0, column, sheet, cell.upper())

    def __str__(self) -> str:
        if self.cell:
            return f"{self.file}:{self.sheet}!{self.cell}"
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"

    def as_dict(self) -> dict[str, Any]:
        """For JSON: file with line and column, or file with sheet and cell."""
        if self.cell:
            return {"file": self.file, "sheet": self.sheet, "cell": self.cell}
        return {"file": self.file, "line": self.line, "column": self.column}


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


@compiled(frozen=True, slots=True)
class Problem:
    """A problem found in the data: where, how bad, which rule, what is wrong, what to do."""

    pos: Pos
    severity: Severity
    rule: str
    message: str
    hint: str = ""  # the fix: "write it as YYYY-MM-DD, e.g. 2014-03-17"
    path: str = ""  # the logical place: commitments["4.22"].owners[1]

    @property
    def text(self) -> str:
        """Message and hint as one sentence, as the text output prints them."""
        return f"{self.message}; {self.hint}" if self.hint else self.message

    def __str__(self) -> str:
        return f"{self.pos}: {self.severity}: {self.text} [{self.rule}]"

    @property
    def sort_key(self) -> tuple[str, str, int, int, str, str]:
        p = self.pos
        return (p.file, p.sheet, p.line, p.column, self.rule, self.message)

    def as_dict(self) -> dict[str, Any]:
        """For JSON (the problems of ``ogp validate --format json``)."""
        return {
            **self.pos.as_dict(),
            "severity": str(self.severity),
            "rule": self.rule,
            "message": self.message,
            "hint": self.hint,
            "path": self.path,
        }


def error(pos: Pos, rule: str, message: str, *, hint: str = "", path: str = "") -> Problem:
    return Problem(pos, Severity.ERROR, rule, printable(message), printable(hint), path)


def warning(pos: Pos, rule: str, message: str, *, hint: str = "", path: str = "") -> Problem:
    return Problem(pos, Severity.WARNING, rule, printable(message), printable(hint), path)


def printable(text: str) -> str:
    """``text`` with every character a terminal would act on (a carriage return, ESC and
    its colour and erase sequences, a line break) written as its escape: a problem quotes
    keys and values of untrusted data, which must not rewrite the lines around it."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


def listed(items: Sequence[str], most: int = 5) -> str:
    """Items for a message: "a, b and c", or the first ``most`` "and 12 more" (never "1 more").

    A message names what it is about, but not thousands of them on one line (a
    meeting of a large plan invites 2,895 agencies without an e-mail address).
    """
    if not items:
        return ""
    if len(items) > most + 1:
        return f"{', '.join(items[:most])} and {len(items) - most:,} more"
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# The rules of the loader and the schema (encoding, yaml-tab, type, required, ...):
# id → documentation. Each is named where it is raised, with builtin_rule().
BUILTIN_RULES: dict[str, str] = {}


def builtin_rule(rule_id: str, documentation: str) -> str:
    """Name a rule of the loader or the schema, with its one-line documentation.

    ``TOO_DEEP = builtin_rule("too-deep", "Nesting stays within 64 levels.")``
    beside the code that raises it; ``ogp validate --list-rules`` lists it.
    """
    assert rule_id not in BUILTIN_RULES, f"rule {rule_id} is named twice"
    BUILTIN_RULES[rule_id] = documentation
    return rule_id


# The version of the JSON envelope of `ogp validate --format json`. Raise it when a
# key is removed or changes meaning; adding a key keeps it.
ENVELOPE_VERSION = 1


@compiled
class Result:
    """What reading and checking the data folder found."""

    data: Dataset
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    strict: bool = False  # warnings fail too (ogp validate --strict)
    # the data had errors, so the rules that warn were not run (see rules.run_all)
    warnings_skipped: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def ok(self, strict: bool | None = None) -> bool:
        strict = self.strict if strict is None else strict
        return not (self.errors or (strict and self.warnings))

    def envelope(self) -> dict[str, Any]:
        """The JSON report: versioned, so that it can grow without breaking its readers.

        ``{"version": 1, "ok": ..., "strict": ..., "counts": {"errors": n, "warnings": n},
        "files": [...], "problems": [{file, line, column | sheet, cell, severity, rule,
        message, hint, path}, ...]}``
        """
        return {
            "version": ENVELOPE_VERSION,
            "ok": self.ok(),
            "strict": self.strict,
            "counts": {"errors": len(self.errors), "warnings": len(self.warnings)},
            "files": list(self.files),
            "problems": [p.as_dict() for p in self.problems],
        }
