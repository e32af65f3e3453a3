"""The one "did you mean": suggested only when close, tested both ways, one line a case."""

from __future__ import annotations

import pytest

from ogp.data.suggest import closest

# (word written, the words there are, the suggestion, or None for none)
CASES = [
    # close: suggested
    ("kmdx", ["kmd", "ks", "fin"], "kmd"),  # a letter too many
    ("ksx", ["ks", "kmd"], "ks"),
    ("nmae", ["name", "short"], "name"),  # two letters swapped
    ("fn", ["fin", "ud"], "fin"),  # a letter left out
    ("limitd", ["limited", "complete"], "limited"),
    ("lmited", ["limited", "complete"], "limited"),
    ("registraton", ["registration", "region"], "registration"),
    ("owner_seperator", ["owner_separator", "owners"], "owner_separator"),
    ("helsedirektorat", ["helsedirektoratet", "hod"], "helsedirektoratet"),
    ("Limited", ["limited"], "limited"),  # case aside
    # not close: nothing suggested
    ("oed", ["hod", "ud", "kmd", "jd"], None),  # the report's 'did you mean hod?'
    ("kud", ["kmd", "jd"], None),  # another acronym, one letter changed
    ("jd", ["ud", "fd"], None),
    ("fim", ["fin"], None),  # a short id with a letter changed may be another agency
    ("halvveis", ["limited", "substantial"], None),
    ("riksarkiv", ["regjeringen", "difi"], None),
    # equally close to two: a guess, so nothing
    ("mote-3", ["mote-1", "mote-2"], None),
    ("kmd", ["kmd"], None),  # the word itself is no suggestion
]


@pytest.mark.parametrize(("word", "choices", "wanted"), CASES)
def test_closest(word: str, choices: list[str], wanted: str | None) -> None:
    assert closest(word, choices) == wanted
