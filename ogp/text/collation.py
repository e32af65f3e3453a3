"""Alphabetical order as Norwegian lists have it: æ, ø, å after z."""

from __future__ import annotations

# ä and ö sort with æ and ø
_NORWEGIAN = str.maketrans({"æ": "z{", "ä": "z{", "ø": "z|", "ö": "z|", "å": "z}"})


def text_key(text: str) -> str:
    """Sort key of a text: case folded, æ ø å after z."""
    return text.casefold().translate(_NORWEGIAN)


def name_key(name: str) -> tuple[str, str]:
    """Sort key of a person: surname (the last word), then the whole name."""
    folded = text_key(name)
    words = folded.split()
    return (words[-1] if words else "", folded)
