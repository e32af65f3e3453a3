"""Positions in the data files and the problems found there.

Every problem the tool reports about a user's data carries the file, line and
column it was found at (1-based, as editors count), a severity, the stable id
of the rule that found it, and a message that says what to do.
"""

from __future__ import annotations

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
