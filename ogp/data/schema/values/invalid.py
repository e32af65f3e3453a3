"""Shared helpers of the value rules: the exception a parser raises."""

from __future__ import annotations


class Invalid(ValueError):
    """A value that does not fit: the message says what is wrong, the hint what to write."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
