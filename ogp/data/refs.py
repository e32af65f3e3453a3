"""Ids declared in the data and references to them, with where each stands."""

from __future__ import annotations

from dataclasses import field

from ogp.data.problems import Pos, pos_at
from ogp.data.records import compiled


@compiled(slots=True)
class Declared:
    """An id declared in the data, and where (a mark in ``file``: see ogp.data.problems)."""

    kind: str  # "agency", "commitment", "meeting", "letter", "event"
    value: str
    file: str
    mark: int

    @property
    def pos(self) -> Pos:
        return pos_at(self.file, self.mark)


@compiled(slots=True)
class Reference:
    """A reference to an id, where it stands (a mark in ``file``) and what holds it."""

    kind: str
    value: str
    file: str
    mark: int
    # the nearest record with an id that holds it: (kind, id, field), e.g.
    # ("commitment", "4.22", "owners"), shared by the references of one field;
    # ("", "", field) outside any record with an id (e.g. "contact_point")
    holder: tuple[str, str, str]

    @property
    def pos(self) -> Pos:
        return pos_at(self.file, self.mark)

    @property
    def where(self) -> str:
        """What holds it, in words: "owners of commitment 4.22"."""
        kind, oid, fieldname = self.holder
        if not kind:
            return fieldname or self.kind
        return f"{fieldname or self.kind} of {kind} {oid}"


@compiled(slots=True)
class Unread:
    """What of the data could not be read as its kind, its problem already reported: the
    references into it cannot be checked, and are not said to be unknown.

    A whole kind, where the part of a file that declares its ids could not be read:
    the file is missing (and required), cannot be parsed, or its top, or the list
    that holds the records (``agencies: 5``), is not of its type, or not there. A
    single id, where a record of a list is a text instead (``- kmd`` among the
    agencies): the text is taken for the id it would have had. Ids that were read
    and are not declared are unknown, as ever (``agencies: []``, an agency removed).
    """

    kinds: set[str] = field(default_factory=set)
    ids: set[tuple[str, str]] = field(default_factory=set)  # (kind, id)

    def covers(self, ref: Reference) -> bool:
        """Whether ``ref`` points into what could not be read."""
        return ref.kind in self.kinds or (ref.kind, ref.value) in self.ids
