"""Ids declared in the data and references to them, with where each stands."""

from __future__ import annotations

from dataclasses import dataclass

from ogp.problems import Pos


@dataclass(slots=True)
class Declared:
    """An id declared in the data, and where."""

    kind: str  # "agency", "commitment", "meeting", "letter", "event"
    value: str
    pos: Pos


@dataclass(slots=True)
class Reference:
    """A reference to an id, where it stands and what holds it."""

    kind: str
    value: str
    pos: Pos
    where: str  # "owners of commitment 4.22"
