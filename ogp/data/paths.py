"""The logical path of a place in the data, for the problems that name only its position.

A dataset rule reports where a problem is as a position (``m.at("end")``, a
record's ``pos``, ``items.pos(i)``); the schema layer gives its problems a
logical path as well (``commitments["4.22"].owners[1]``). :func:`fill` gives
every other problem the path of the place at its position, found by walking the
records once: each record, each of its fields as written, each item of a list,
nested records below them. It costs nothing when every problem has a path, and
little when some have not: only the records they are in are walked.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator

from ogp.data.kinds import KINDS, path_of
from ogp.data.model import Dataset, Items, Located
from ogp.data.problems import Pos, Problem

Place = tuple[str, int, int]  # file, line, column


def fill(problems: list[Problem], data: Dataset) -> list[Problem]:
    """``problems``, each without a path given the path of the place at its position.

    The record a problem is in is found by its position among the records of
    its file (in the order written); only those records are walked.
    """
    if all(p.path or not p.pos.line for p in problems):
        return problems
    starts: dict[str, list[tuple[int, int]]] = {}
    records: dict[str, list[tuple[Located, str]]] = {}
    for record, base in _records_of(data):
        pos = record.where.pos
        starts.setdefault(pos.file, []).append((pos.line, pos.column))
        records.setdefault(pos.file, []).append((record, base))
    for file, keys in starts.items():  # several kinds in one file: in the order written
        order = sorted(range(len(keys)), key=keys.__getitem__)
        starts[file] = [keys[i] for i in order]
        records[file] = [records[file][i] for i in order]
    walked: dict[int, dict[Place, str]] = {}
    out = []
    for p in problems:
        if p.path or not p.pos.line or p.pos.file not in starts:
            out.append(p)
            continue
        i = bisect.bisect_right(starts[p.pos.file], (p.pos.line, p.pos.column)) - 1
        if i < 0:
            out.append(p)
            continue
        record, base = records[p.pos.file][i]
        places = walked.get(id(record))
        if places is None:
            places = walked[id(record)] = {}
            _walk(record, base, places)
        out.append(dataclasses.replace(p, path=places.get(_place(p.pos), base)))
    return out


def _records_of(data: Dataset) -> Iterator[tuple[Located, str]]:
    """The records at the top of the files, with their paths."""
    if data.plan is not None:
        yield data.plan, "plan"
    for kind in KINDS.values():
        if kind.attr:
            for record in getattr(data, kind.attr):
                yield record, path_of(kind.name, record.id)


def _walk(record: Located, base: str, out: dict[Place, str]) -> None:
    where = record.where
    out.setdefault(_place(where.pos), base)
    for key in where.keys:
        here = f"{base}.{key}"
        out.setdefault(_place(where.at(key)), here)
        value = getattr(record, key, None)
        if isinstance(value, Items):
            for i in range(len(value)):
                out.setdefault(_place(value.pos(i)), f"{here}[{i}]")
        elif isinstance(value, Located):
            _walk(value, here, out)
        elif isinstance(value, list):
            for i, item in _records(value):
                _walk(item, _item_path(here, i, item), out)


def _records(values: Iterable[object]) -> Iterable[tuple[int, Located]]:
    return ((i, v) for i, v in enumerate(values) if isinstance(v, Located))


def _item_path(here: str, i: int, item: Located) -> str:
    """``plan.timeline["oppstart"]`` for a record of a kind with ids, else ``...[i]``."""
    rid = getattr(item, "id", None)
    for kind in KINDS.values():
        if not kind.attr and here.endswith(kind.path) and isinstance(rid, str):
            return path_of(kind.name, rid)
    return f"{here}[{i}]"


def _place(pos: Pos) -> Place:
    return (pos.file, pos.line, pos.column)
