"""The records' ``__init__`` come from ogp/data/_record_inits.py, generated, and act as dataclasses' do.

After a change to a record class in ogp/data/model.py, regenerate the module
with `pytest --update-golden` and review the diff.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from ogp.data import _record_inits, model, records
from tests.conftest import ROOT
from tests.test_cli_reference import check_generated

GENERATED = ROOT / "ogp" / "data" / "_record_inits.py"
CLASSES = [c for c in vars(model).values() if isinstance(c, type) and c in records._classes]


def test_the_generated_inits_are_current(request: pytest.FixtureRequest) -> None:
    check_generated(GENERATED, records.source(), request)


def test_every_record_class_takes_its_init_from_the_generated_module() -> None:
    assert len(CLASSES) > 20
    for cls in CLASSES:
        assert _record_inits.SHAPES[cls.__qualname__] == records.shape(cls), cls
        assert cls.__init__.__code__.co_filename == str(GENERATED), cls


def _as_dataclasses_would(cls: type) -> inspect.Signature:
    """The signature dataclasses gives the same fields (a plain copy, compiled as before)."""
    spec: list[Any] = []
    for f in dataclasses.fields(cls):
        kw: dict[str, Any] = {"kw_only": f.kw_only}
        if f.default is not dataclasses.MISSING:
            kw["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            kw["default_factory"] = f.default_factory
        spec.append((f.name, Any, dataclasses.field(**kw)))
    copy = dataclasses.make_dataclass(cls.__name__, spec)
    return inspect.signature(copy.__init__)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__qualname__)
def test_the_init_has_the_parameters_dataclasses_would_give(cls: type) -> None:
    ours = inspect.signature(cls.__init__).parameters
    theirs = _as_dataclasses_would(cls).parameters
    assert [(p.name, p.kind) for p in ours.values()] == [(p.name, p.kind) for p in theirs.values()]
    for name, p in theirs.items():
        assert ours[name].default is p.default, name  # a value, or <factory>


def test_defaults_and_factories_as_dataclasses_give_them() -> None:
    a, b = model.Address(), model.Address()
    assert a.lines == [] and isinstance(a.lines, model.Items)
    assert a.lines is not b.lines  # a fresh list each time
    assert a.postcode is None and a.where is model.NOWHERE_AT_ALL
    agency = model.Agency("kmd", "KMD", civil_society=True)
    assert (agency.id, agency.name, agency.short, agency.civil_society) == (
        "kmd",
        "KMD",
        None,
        True,
    )
    assert repr(agency).startswith("Agency(id='kmd', name='KMD', short=None, ")
    with pytest.raises(TypeError):
        model.Agency("kmd")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        model.Owner("kmd", None, model.NOWHERE_AT_ALL)  # type: ignore[misc]  # where: keyword only
    assert model.Agency.__init__.__qualname__ == "Agency.__init__"


def test_a_stale_generated_module_falls_back_to_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_record_inits, "SHAPES", {})

    @records.record
    class Probe(model.Located):
        name: str
        items: list[str] = dataclasses.field(default_factory=list)

    try:
        p = Probe("x")
        assert (p.name, p.items, p.where) == ("x", [], model.NOWHERE_AT_ALL)
        assert repr(p).endswith("Probe(name='x', items=[])")
        assert "items=<factory>" in str(inspect.signature(Probe))
    finally:
        records._classes.remove(Probe)
