"""The one "did you mean": the closest of some words to a word mistyped, if it is close.

A suggestion misleads when it is not the word meant: after an agency ``oed`` is
removed, "did you mean 'hod'?" (the health ministry) sends the user to the
wrong agency. A word is suggested only when it is close by the edit distance
(letters inserted, removed, changed or two neighbours swapped, counted with
the optimal string alignment distance, case ignored), within a limit that
grows with the word's length:

- up to 4 characters, one letter added, left out or two swapped (``ksx`` →
  ``ks``, ``nmae`` → ``name``), but no letter changed: short ids differ by one
  letter from other real ids (``kud``/``kmd``, ``oed``/``hod``, ``jd``/``ud``);
- 5 to 8 characters, one edit of any kind (``limitd`` → ``limited``);
- 9 to 14 characters, two; longer, three.

Where two words are equally close, none is suggested: the choice would be a
guess.
"""

from __future__ import annotations

from collections.abc import Iterable


def limit(word: str) -> int:
    """How many edits away a suggestion for ``word`` may be."""
    n = len(word)
    if n <= 8:
        return 1
    if n <= 14:
        return 2
    return 3


def distance(a: str, b: str, most: int) -> int:
    """The optimal string alignment distance of ``a`` and ``b``, or ``most + 1`` if above
    ``most`` (computed in a band: quick for words far apart)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > most:
            return most + 1
        previous2, previous = previous, current
    return previous[-1]


def _substitution_only(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only by changed letters (same length, no swap)."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
    return not swapped


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The one choice close enough to ``word`` to suggest (see the module), or None."""
    folded = word.casefold()
    most = limit(word)
    best: list[str] = []
    best_distance = most + 1
    for choice in choices:
        if choice == word:
            continue
        other = choice.casefold()
        d = distance(folded, other, most)
        if d > most:
            continue
        if len(word) <= 4 and _substitution_only(folded, other) and folded != other:
            continue
        if d < best_distance:
            best, best_distance = [choice], d
        elif d == best_distance:
            best.append(choice)
    return best[0] if len(best) == 1 else None
