"""The table of data kinds and the table of data files agree with the model, the loader and the diff."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import typing
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from ogp.data import dataset, kinds, model
from ogp.data.model import Dataset
from ogp.data.schema import files
from ogp.data.schema.types import ListOf, Record
from ogp.documents import diff
from ogp.text.wording import WORDS, word

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
    with_ids = [k for k in kinds.KINDS.values() if k.ids]
    assert declared == {k.name: k.file for k in with_ids}
    for key, spec in files.FILES.items():
        assert set(spec.kinds) == {k.name for k in with_ids if k.file == key}
    # the one record without id: the plan, at the top of its file
    assert [(k.name, k.path) for k in kinds.KINDS.values() if not k.ids] == [("plan", "plan")]
    assert "plan" in files.FILES["commitments"].top.fields


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


def test_every_way_of_comparing_the_table_names_is_known_to_the_diff() -> None:
    for k in kinds.KINDS.values():
        if k.diff is None:
            continue
        assert k.diff.name, k.name
        assert not k.diff.phrase or k.diff.phrase in diff.PHRASES, k.name
        for f in k.diff.fields:
            known = {*diff.WORDINGS, *diff.LISTS, *diff.COMPARISONS}
            assert f.how in known, (k.name, f.field, f.how)
            assert not f.each or f.how in diff.LISTS, (k.name, f.field)
            assert not f.kind or f.kind in kinds.KINDS, (k.name, f.field)


# the record class of each kind of the table
RECORD_CLASSES = {
    "plan": model.Plan,
    "commitment": model.Commitment,
    "event": model.TimelineEvent,
    "meeting": model.Meeting,
    "agency": model.Agency,
    "letter": model.Letter,
}


def _said(d: kinds.Diff) -> set[str]:
    """The fields (``a``) and fields of a record inside (``a.b``) that a kind's entry says."""
    out: set[str] = set()
    for f in (*d.fields, *([d.missing] if d.missing else [])):
        out.add(f.field)
        out.update(f.covers)
        steps = f.attr.split(".")
        if len(steps) == 2 and not steps[1].endswith("()"):
            out.add(f.attr)
    return out


def _record_inside(cls: type, name: str) -> type | None:
    """The record class of field ``name`` of ``cls`` (``Meeting.minutes``: Minutes), if any."""
    hint = typing.get_type_hints(cls)[name]
    for t in (hint, *typing.get_args(hint)):
        if dataclasses.is_dataclass(t):
            return t  # type: ignore[return-value]
    return None


def test_every_field_of_every_kind_is_in_the_diff() -> None:
    """A field the documents or the site show is a change a reviewer sees: each field of a
    record is compared by its kind's entry (or said with another, ``covers``), and so is
    each field of a record inside it that the entry compares part by part (the minutes)."""
    assert set(RECORD_CLASSES) == {k for k, v in kinds.KINDS.items() if v.diff}
    missing = []
    for name, cls in RECORD_CLASSES.items():
        d = kinds.KINDS[name].diff
        assert d is not None
        said = _said(d)
        for f in dataclasses.fields(cls):
            if f.name in ("where", "id"):
                continue
            if f.name not in said:
                missing.append(f"{name}.{f.name}")
                continue
            inner = _record_inside(cls, f.name)
            if inner is None or not any(s.startswith(f"{f.name}.") for s in said):
                continue  # compared as a whole (a person, an address) or by a comparison
            for g in dataclasses.fields(inner):
                if g.name != "where" and f"{f.name}.{g.name}" not in said:
                    missing.append(f"{name}.{f.name}.{g.name}")
    assert missing == []


# --- a kind added to the table has its section in ogp diff ----------------------------------


@dataclasses.dataclass
class Assessment:
    """A record of a kind ogp does not have: a self-assessment report."""

    id: str
    title: str
    due: dt.date | None
    published: bool
    authors: list[str]


# (attr "": the test gives a Dataset the list below by hand, not as a field of the
# class, so the model makes no index of it; the diff finds the records by ``records``)
ASSESSMENTS = kinds.Kind(
    "assessment",
    "assessments",
    "assessments",
    diff=kinds.Diff(
        ("diff_assessment",),
        (
            kinds.Compared("title"),
            kinds.Compared("due", "day"),
            kinds.Compared("published", "flag"),
            kinds.Compared("authors", "agencies", each=True),
        ),
        section="assessments",
        records="assessments",
    ),
)


@pytest.fixture
def assessments_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kind in the table, and its words in the wording tables: nothing else."""
    monkeypatch.setitem(kinds.KINDS, "assessment", ASSESSMENTS)
    for lang, section, name, authors, published in (
        ("en", "Self-assessments", "self-assessment {id}", "authors", "published"),
        ("nb", "Egenvurderinger", "egenvurdering {id}", "forfattere", "publisert"),
    ):
        monkeypatch.setitem(WORDS[lang], "diff_section_assessments", section)
        monkeypatch.setitem(WORDS[lang], "diff_assessment", name)
        monkeypatch.setitem(WORDS[lang], "diff_label_authors", authors)
        monkeypatch.setitem(WORDS[lang], "diff_label_published", published)


def with_assessments(data: Dataset, *records: Assessment) -> Dataset:
    new = dataclasses.replace(data)
    new.assessments = list(records)  # type: ignore[attr-defined]
    return new


@pytest.mark.usefixtures("assessments_kind")
def test_a_kind_added_to_the_table_has_its_own_section_in_the_diff(data_dir: Path) -> None:
    data = dataset.load(data_dir)
    old = with_assessments(
        data,
        Assessment("mid", "Midtveis", dt.date(2014, 9, 30), False, ["kmd"]),
        Assessment("end", "Slutt", None, False, []),
    )
    new = with_assessments(
        data,
        Assessment("mid", "Midtveis egenvurdering", dt.date(2014, 10, 15), True, ["kmd", "difi"]),
        Assessment("draft", "Utkast", None, False, ["fin"]),
    )
    report = diff.DiffReport("HEAD", "0" * 40, diff.compare(old, new, "en"), "en")
    assert [(title, [str(c) for c in cs]) for title, cs in report.by_section()] == [
        (
            "Self-assessments",
            [
                "self-assessment mid: title 'Midtveis' → 'Midtveis egenvurdering'",
                "self-assessment mid: due 30 Sept 2014 → 15 Oct 2014",
                "self-assessment mid: published no → yes",
                "self-assessment mid: authors added: Difi",
                "self-assessment draft: added: title 'Utkast', published no, authors FIN",
                "self-assessment end: removed: title 'Slutt', published no",
            ],
        )
    ]
    assert {c.section for c in report.changes} == {"assessments"}
    nb = diff.compare(old, new, "nb")
    assert str(nb[0]) == "egenvurdering mid: tittel 'Midtveis' → 'Midtveis egenvurdering'"
    assert str(nb[3]) == "egenvurdering mid: forfattere lagt til: Difi"
    assert "assessments" in kinds.sections()
