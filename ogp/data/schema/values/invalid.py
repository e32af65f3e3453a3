"""Shared helpers of the value rules: the exception a parser raises."""

from __future__ import annotations


class Invalid(ValueError):
    """A value that does not fit: the message says what is wrong, the hint what to write."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def said(exc: Invalid) -> str:
    """What is wrong with a value given, and what to do, as one line."""
    return f"{exc.message}; {exc.hint}" if exc.hint else exc.message
