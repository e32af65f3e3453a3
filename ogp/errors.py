"""The one error base class of ogp.

Everything that goes wrong because of the user's data, an input file, an
option value or the surroundings (a folder that is not there, a disk that is
full) is raised as an :class:`OgpError`. The command-line layer turns it into
a message on standard error and exit status 1, in one place (the statuses are
in :mod:`ogp.exitcodes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ogp import exitcodes
from ogp.data.problems import Problem, Severity


class OgpError(Exception):
    """An error the user can fix; printed as one clear message, exit status 1."""

    exit_code = exitcodes.DATA_ERROR

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def lines(self) -> list[str]:
        out = [f"error: {self.message}"]
        if self.hint:
            out.append(f"hint: {self.hint}")
        return out


class DataInvalid(OgpError):
    """The data has errors, so a command that needs valid data cannot go on."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        n = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        super().__init__(
            f"the data has {n} error{'s' if n != 1 else ''}",
            hint="run 'ogp validate' for the full list, fix them, and try again",
        )

    def lines(self) -> list[str]:
        shown = [str(p) for p in self.problems if p.severity is Severity.ERROR]
        return [*shown, *super().lines()]
