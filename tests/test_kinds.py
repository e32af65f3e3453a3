"""The table of data kinds and the table of data files agree with the model, the loader and the diff."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from ogp.data import dataset, kinds
from ogp.data.model import Dataset
from ogp.data.schema import files
from ogp.data.schema.types import ListOf, Record
from ogp.documents import diff
from ogp.text.wording import word

Run = Callable[..., Result]


def _records(r: Record, seen: set[int]) -> list[Record]:
    """Every record type reachable from ``r``."""
    if id(r) in seen:
        return []
    seen.add(id(r))
    out = [r]
    for f in r.fields.values():
        t = f.type
        while isinstance(t, ListOf):
            t = t.item
        if isinstance(t, Record):
            out += _records(t, seen)
    return out


def test_every_top_level_key_is_a_dataset_field() -> None:
    fields = {f.name for f in dataclasses.fields(Dataset) if f.init}
    tops = {k for spec in files.FILES.values() for k in spec.top.fields}
    assert tops == fields


def test_every_kind_of_record_is_in_the_table_and_declared_by_its_file() -> None:
    seen: set[int] = set()
    declared = {
        r.kind: key
        for key, spec in files.FILES.items()
        for r in _records(spec.top, seen)
        if r.kind is not None
    }
    assert declared == {k.name: k.file for k in kinds.KINDS.values()}
    for key, spec in files.FILES.items():
        assert set(spec.kinds) == {k.name for k in kinds.KINDS.values() if k.file == key}


def test_every_listed_kind_has_an_index_and_a_diff_section(data_dir: Path) -> None:
    data = dataset.load(data_dir)
    for k in kinds.KINDS.values():
        if k.attr:
            index = getattr(data, f"{k.name}_by_id")
            assert list(index) == [r.id for r in getattr(data, k.attr)]
    assert diff.SECTIONS == kinds.SECTIONS
    for section in kinds.SECTIONS:
        assert word("en", f"diff_section_{section}") and word("nb", f"diff_section_{section}")


def test_reference_lookup_names_the_file_that_declares_a_kind() -> None:
    assert kinds.file_of("agency") == "agencies.yaml"
    assert kinds.file_of("event") == "commitments.yaml"


@pytest.fixture
def meetings_beside_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if meetings.yaml were a private file: optional, in private/ beside the data."""
    spec = dataclasses.replace(files.FILES["meetings"], folder="private", required=False)
    monkeypatch.setitem(files.FILES, "meetings", spec)


@pytest.mark.usefixtures("meetings_beside_the_data")
def test_a_file_beside_the_data_is_read_from_there(data_dir: Path, run: Run) -> None:
    private = data_dir.parent / "private"
    private.mkdir()
    shutil.move(data_dir / "meetings.yaml", private / "meetings.yaml")
    result = dataset.read(data_dir)
    assert result.errors == []
    assert [m.id for m in result.data.meetings]
    assert any(f.endswith("private/meetings.yaml") for f in result.files)
    (private / "meetings.yaml").write_text("meetings:\n  - id: 1\n", encoding="utf-8")
    problems = dataset.read(data_dir).errors
    assert any(
        p.pos.file.endswith("private/meetings.yaml") and p.path == 'meetings["1"].venue'
        for p in problems
    )


@pytest.mark.usefixtures("meetings_beside_the_data")
def test_an_optional_file_may_be_missing(data_dir: Path) -> None:
    (data_dir / "meetings.yaml").unlink()
    result = dataset.read(data_dir)
    assert not [p for p in result.problems if p.rule == "missing-file"]
    assert result.data.meetings == []
