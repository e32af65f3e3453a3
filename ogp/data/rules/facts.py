"""What the dataset rules look at: the typed data plus the ids and references seen."""

from __future__ import annotations

from dataclasses import field

from ogp.data.model import Dataset, Registrant
from ogp.data.records import compiled
from ogp.data.refs import Declared, Reference, Unread


@compiled
class Facts:
    """The typed data and the ids and references seen while reading it."""

    data: Dataset
    declared: list[Declared] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    # what could not be read as its kind: references into it are not checked
    unread: Unread = field(default_factory=Unread)
    # the people registered for meetings (the private folder), when it is being checked
    registrants: list[Registrant] = field(default_factory=list)
