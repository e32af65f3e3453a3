"""What the dataset rules look at: the typed data plus the ids and references seen."""

from __future__ import annotations

from dataclasses import field

from ogp.data.model import Dataset, Registrant
from ogp.data.records import compiled
from ogp.data.refs import Declared, Reference


@compiled
class Facts:
    """The typed data and the ids and references seen while reading it."""

    data: Dataset
    declared: list[Declared] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    # kinds of record whose file could not be read: references to them are not checked
    unreadable: set[str] = field(default_factory=set)
    # the people registered for meetings (the private folder), when it is being checked
    registrants: list[Registrant] = field(default_factory=list)
