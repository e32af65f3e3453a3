"""The compiled dataclasses take their methods from ogp/data/_compiled.py, generated, and act as dataclasses' do.

After a change to a class made with ``@compiled`` or ``@record`` (ogp/data/model.py,
problems.py, ...), regenerate the module with `pytest --update-golden` and review the diff.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import re
from typing import Any

import pytest

from ogp.data import _compiled, model, records
from tests.conftest import ROOT
from tests.test_cli_reference import check_generated

GENERATED = ROOT / "ogp" / "data" / "_compiled.py"
for _name in records.MODULES:
    importlib.import_module(_name)
CLASSES = [c for c in dict.fromkeys(records._classes) if c.__module__ in records.MODULES]
RECORD = records.Options(eq=False, repr=False, slots=True)
MODEL = [c for c in CLASSES if c.__compiled__ == RECORD]  # type: ignore[attr-defined]


def test_the_generated_methods_are_current(request: pytest.FixtureRequest) -> None:
    check_generated(GENERATED, records.source(), request)


def test_every_module_with_compiled_classes_is_listed() -> None:
    using = set()
    for path in (ROOT / "ogp").rglob("*.py"):
        if re.search(r"^@(compiled|record)\b", path.read_text(encoding="utf-8"), re.M):
            rel = path.relative_to(ROOT).with_suffix("")
            using.add(".".join(rel.parts))
    assert using == set(records.MODULES)


def test_every_compiled_class_takes_its_methods_from_the_generated_module() -> None:
    assert len(CLASSES) > 30
    for cls in CLASSES:
        assert _compiled.SHAPES[records.key(cls)] == records.shape(cls), cls
        methods = [m for m in records.shape(cls)[1] if not m.startswith("__hash__=")]
        assert methods, cls
        for name in methods:
            fn = inspect.unwrap(vars(cls)[name])
            assert fn.__code__.co_filename == str(GENERATED), (cls, name)
            assert fn.__qualname__ == f"{cls.__qualname__}.{name}"


def _as_dataclasses_would(cls: type) -> Any:
    """The same fields and options, made by dataclasses itself (compiled as it does)."""
    spec: list[Any] = []
    for f in dataclasses.fields(cls):
        kw: dict[str, Any] = {
            "kw_only": f.kw_only,
            "init": f.init,
            "repr": f.repr,
            "compare": f.compare,
            "hash": f.hash,
        }
        if f.default is not dataclasses.MISSING:
            kw["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            kw["default_factory"] = f.default_factory
        spec.append((f.name, f.type, dataclasses.field(**kw)))
    opts = cls.__compiled__  # type: ignore[attr-defined]
    written = ("__repr__", "__eq__", "__post_init__")  # by hand, in the class
    own = {n: v for n, v in vars(cls).items() if n in written and not _generated(v)}
    return dataclasses.make_dataclass(cls.__name__, spec, namespace=own, **opts._asdict())


def _generated(fn: Any) -> bool:
    code = getattr(inspect.unwrap(fn), "__code__", None)
    return code is not None and code.co_filename == str(GENERATED)


@pytest.mark.parametrize("cls", CLASSES, ids=records.key)
def test_the_init_has_the_parameters_dataclasses_would_give(cls: type) -> None:
    ours = inspect.signature(cls).parameters
    theirs = inspect.signature(_as_dataclasses_would(cls)).parameters
    assert [(p.name, p.kind, p.annotation) for p in ours.values()] == [
        (p.name, p.kind, p.annotation) for p in theirs.values()
    ]
    for name, p in theirs.items():
        assert ours[name].default is p.default, name  # a value, or <factory>


def _instances(cls: type, seed: int) -> Any:
    """An instance with a distinct stand-in value in each parameter (dataclasses check no types)."""
    args = {}
    for i, p in enumerate(inspect.signature(cls).parameters.values()):
        args[p.name] = (seed, i) if p.default is inspect.Parameter.empty else p.default
    return cls(**args) if not hasattr(cls, "__post_init__") else None


PLAIN = [c for c in CLASSES if not hasattr(c, "__post_init__")]


@pytest.mark.parametrize("cls", PLAIN, ids=records.key)
def test_repr_eq_hash_order_and_frozen_act_as_dataclasses_do(cls: type) -> None:
    twin = _as_dataclasses_would(cls)
    a, b, c = _instances(cls, 1), _instances(cls, 1), _instances(cls, 2)
    ta, tb, tc = _instances(twin, 1), _instances(twin, 1), _instances(twin, 2)
    opts = cls.__compiled__  # type: ignore[attr-defined]
    if opts.repr:
        assert repr(a).replace(cls.__qualname__, cls.__name__, 1) == repr(ta)
    assert (a == b, a == c, a != c, a == object()) == (ta == tb, ta == tc, ta != tc, ta == object())
    assert (cls.__hash__ is None) == (twin.__hash__ is None)
    if cls.__hash__ is not None and opts.eq:
        assert (hash(a) == hash(b)) and hash(a) != object.__hash__(a)
    if opts.order:
        assert (a < c, a <= b, c > a, c >= a, a < b) == (
            ta < tc,
            ta <= tb,
            tc > ta,
            tc >= ta,
            ta < tb,
        )
        with pytest.raises(TypeError):
            _ = a < object()
    name = dataclasses.fields(cls)[0].name
    if opts.frozen:
        with pytest.raises(
            dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"
        ):
            setattr(a, name, 0)
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
            delattr(a, name)
        assert copy.copy(a) == a and pickle.loads(pickle.dumps(a)) == a
    else:
        setattr(a, name, "changed")
        assert getattr(a, name) == "changed"
    assert cls.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]


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


def test_post_init_and_fields_left_out_of_init() -> None:
    data = model.Dataset(agencies=[model.Agency("kmd", "KMD")])
    assert data.agency_by_id == {"kmd": data.agencies[0]}  # __post_init__ ran: reindex
    assert "agency_by_id" not in inspect.signature(model.Dataset).parameters
    assert repr(model.Dataset()) == (
        "Dataset(agencies=[], commitments=[], meetings=[], letters=[], plan=None)"
    )


def test_a_stale_generated_module_falls_back_to_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compiled, "SHAPES", {})

    @records.record
    class Probe(model.Located):
        name: str
        items: list[str] = dataclasses.field(default_factory=list)

    @records.compiled(frozen=True, order=True)
    class Frozen:
        a: int
        b: str = "x"

    try:
        p = Probe("x")
        assert (p.name, p.items, p.where) == ("x", [], model.NOWHERE_AT_ALL)
        assert repr(p).endswith("Probe(name='x', items=[])")
        assert "items: 'list[str]' = <factory>" in str(inspect.signature(Probe))
        f = Frozen(1)
        assert repr(f).endswith("Frozen(a=1, b='x')") and f == Frozen(1, "x") and f < Frozen(2)
        assert hash(f) == hash(Frozen(1))
        with pytest.raises(dataclasses.FrozenInstanceError):
            f.a = 2  # type: ignore[misc]
    finally:
        records._classes.remove(Probe)
        records._classes.remove(Frozen)


def test_a_non_default_argument_after_a_default_one_is_refused_as_dataclasses_does() -> None:
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):

        @records.compiled
        class Wrong:
            a: int = 0
            b: int  # type: ignore[misc]

    records._classes[:] = [c for c in records._classes if c.__name__ != "Wrong"]


def test_a_class_without_a_docstring_gets_the_one_dataclasses_gives() -> None:
    @records.compiled
    class Bare:
        a: int
        b: str = "x"

    try:
        assert Bare.__doc__ == "Bare(a: 'int', b: 'str' = 'x')"
    finally:
        records._classes.remove(Bare)


@pytest.mark.parametrize("cls", MODEL, ids=records.key)
def test_records_print_as_dataclasses_would(cls: type) -> None:
    record = _instances(cls, 3)
    shown = ", ".join(
        f"{f.name}={getattr(record, f.name)!r}" for f in dataclasses.fields(cls) if f.repr
    )
    assert repr(record) == f"{cls.__qualname__}({shown})"


def test_the_irm_aspects_are_the_fields_of_an_assessment_in_order() -> None:
    # IRM_ASPECTS names the columns of the flat status formats and the order of findings
    fields = [f.name for f in dataclasses.fields(model.IrmAssessment) if f.name != "where"]
    assert list(model.IRM_ASPECTS) == fields
