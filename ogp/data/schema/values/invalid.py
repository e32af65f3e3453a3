"""Shared helpers of the value rules: the exception a parser raises."""

from __future__ import annotations


class Invalid(ValueError):
    """A value that does not fit; the message says what to write instead."""
