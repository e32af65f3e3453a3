"""The one table of data kinds: which records the data holds, where, and under what name.

Every kind of record with an id has one entry in :data:`KINDS`, and every data
file one entry in :data:`ogp.data.schema.files.FILES` (its name, whether it must
exist, where it lives, its schema). From these two tables come:

- loading: :func:`ogp.data.dataset.check` reads every file of ``FILES`` and hands
  the lists at its top to :class:`ogp.data.model.Dataset` by their key;
- the model's indexes: ``Dataset.<kind>_by_id`` for every kind whose records are
  a top-level list (:attr:`Kind.attr`);
- reference lookup: ``unknown-reference`` says which file declares a kind
  (:func:`file_of`);
- the sections of ``ogp diff``, in this order (:data:`SECTIONS`);
- the logical path of a problem, ``commitments["4.22"].owners`` (:func:`path_of`).

How to add a data file or record kind (e.g. ``self_assessments.yaml``):

1. Its record class in :mod:`ogp.data.model` (a dataclass with ``where``), and
   a field of that name on ``Dataset`` (``self_assessments: list[SelfAssessment]``,
   with ``self_assessment_by_id: dict[str, SelfAssessment]`` if it has ids).
2. Its schema in :mod:`ogp.data.schema.files`: a ``Record(..., kind="self_assessment")``
   and a ``DataFile`` entry in ``FILES`` whose top has the list
   ``self_assessments:``. ``required=False`` makes it optional (a missing file is
   no problem); ``folder="private"`` makes it live in ``private/`` beside the
   data folder instead of in it (for personal data, which never goes to git).
3. One entry here: ``Kind("self_assessment", "self_assessments", "self_assessments",
   "self_assessments", diff=True)``; with ``diff=True``, ``ogp diff`` has a section
   for it (its title is the word ``diff_section_self_assessments`` in
   :mod:`ogp.text.wording`, and its comparison a call in ``documents.diff.compare``).

Then ``ogp validate`` checks it, ``ogp schema`` exports it, ``Dataset`` holds
it with its index by id, references to it are checked and problems in it get
their logical path. ``tests/test_kinds.py`` checks that the tables agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """A kind of record with an id."""

    name: str  # the kind, as Id(...) declares and Ref(...) references it: "agency"
    file: str  # the key in FILES of the file that declares it: "agencies"
    path: str  # where its records stand in that file, as a logical path: "agencies"
    # the Dataset attribute holding its records, when they are a list at the top of
    # the file ("" when they sit inside another record, as the plan's timeline does);
    # the index is then Dataset.<name>_by_id
    attr: str = ""
    diff: bool = False  # a section of its own in `ogp diff` (titled word "diff_section_<attr>")


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("commitment", "commitments", "commitments", "commitments", diff=True),
        Kind("event", "commitments", "plan.timeline"),
        Kind("meeting", "meetings", "meetings", "meetings", diff=True),
        Kind("agency", "agencies", "agencies", "agencies", diff=True),
        Kind("letter", "letters", "letters", "letters", diff=True),
    )
}

# The sections of `ogp diff`, in the order shown: the plan itself, then each kind's.
SECTIONS: tuple[str, ...] = ("plan", *(k.attr for k in KINDS.values() if k.attr and k.diff))


def file_of(kind: str) -> str:
    """The file that declares ids of ``kind``: "agencies.yaml" (or "the data")."""
    from ogp.data.schema.files import FILES

    k = KINDS.get(kind)
    return FILES[k.file].name if k is not None else "the data"


def path_of(kind: str, rid: str = "", field: str = "", index: int | None = None) -> str:
    """The logical place of a record's field: ``commitments["4.22"].owners[1]``.

    ``kind`` "" is a value outside any record with an id: the path is then the
    field alone (``contact_point``).
    """
    k = KINDS.get(kind)
    out = k.path if k is not None else kind
    if rid:
        out += f"[{json.dumps(rid, ensure_ascii=False)}]"
    if field:
        out = f"{out}.{field}" if out else field
    if index is not None:
        out += f"[{index}]"
    return out
