"""Alphabetical order as Norwegian lists have it: æ, ø, å after z; other accented letters
with their letter (é with e), ü with y."""

from __future__ import annotations

import unicodedata

# ä and ö sort with æ and ø, ü with y
_NORWEGIAN = str.maketrans({"æ": "z{", "ä": "z{", "ø": "z|", "ö": "z|", "å": "z}", "ü": "y"})


def text_key(text: str) -> str:
    """Sort key of a text: case folded, æ ø å after z, 'Sébastien' beside 'Sebastian'."""
    key = text.casefold().translate(_NORWEGIAN)
    if key.isascii():
        return key
    # the letters ogp orders apart are translated above; the others lose their accents
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


def name_key(name: str) -> tuple[str, str, str]:
    """Sort key of a person: surname, then given names, then the whole name.

    The surname is what comes before a comma ("Lien, Bjørg", as forms export
    names), else the last word ("Bjørg Lien"); the given names are the rest, so
    both spellings of one name sort together."""
    folded = text_key(name)
    surname, comma, given = folded.partition(",")
    if not comma:
        *first, surname = folded.split() or [""]
        given = " ".join(first)
    return (" ".join(surname.split()), " ".join(given.split()), folded)
