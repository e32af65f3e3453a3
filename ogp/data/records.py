"""``@record``: a dataclass (slots, no ``__eq__`` nor ``__repr__``), its ``__init__`` compiled once.

``dataclasses.dataclass`` writes each class's ``__init__`` as Python source and
compiles it every time ogp starts: for the ~30 record classes of
:mod:`ogp.data.model` that was a third of the model's import time, before
`ogp validate` had read a line. ``@record`` makes the same dataclass without
that step and takes the ``__init__`` from :mod:`ogp.data._record_inits`, a
module generated from the classes (:func:`source`), which Python compiles once
into its bytecode cache like any other. The functions are the ones dataclasses
would generate: the same parameters, defaults and default factories, in the
same order, assigning the fields in the same order.

The generated module names each class with the fields it was generated for;
a class whose fields differ (someone changed the model and did not regenerate)
gets its ``__init__`` compiled here as before, so ogp stays correct, and
tests/test_records.py fails until ``pytest --update-golden`` regenerates it.

The type checker sees a dataclass (``dataclass_transform``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, Field
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

# what ogp.data._record_inits was generated from, per class: the fields' shape
Shape = tuple[tuple[str, bool, bool, bool], ...]

_classes: list[type] = []  # every @record class, in the order defined
# the default of a parameter whose field has a default factory: dataclasses' own
# marker (shown as <factory> in a signature), where this Python has it
_FACTORY: Any = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", MISSING)


def shape(cls: type) -> Shape:
    """Each field's name, whether it has a default, a default factory, and is keyword-only."""
    return tuple(
        (f.name, f.default is not MISSING, f.default_factory is not MISSING, bool(f.kw_only))
        for f in dataclasses.fields(cls)
    )


@dataclass_transform(field_specifiers=(dataclasses.field, Field))
def record(cls: type[T]) -> type[T]:
    """``@dataclass(slots=True, eq=False, repr=False)``; ``__init__`` from the generated module."""
    made: type[T] = dataclasses.dataclass(cls, slots=True, eq=False, repr=False, init=False)
    _classes.append(made)
    init = _generated(made)
    if init is None:  # the generated module is stale for this class: compile it here
        namespace: dict[str, Any] = {}
        exec(_init_source(made, "build"), {"__name__": made.__module__}, namespace)
        init = namespace["build"](*_defaults(made))
    init.__qualname__ = f"{made.__qualname__}.__init__"
    made.__init__ = init  # type: ignore[method-assign]
    return made


def _generated(cls: type) -> Callable[..., None] | None:
    try:
        from ogp.data import _record_inits
    except ImportError:  # not generated yet
        return None
    name = cls.__qualname__
    if _record_inits.SHAPES.get(name) != shape(cls):
        return None
    build: Callable[..., Callable[..., None]] = getattr(_record_inits, f"build_{name}")
    return build(*_defaults(cls))


def _defaults(cls: type) -> tuple[Any, ...]:
    """The values the generated function takes: each default, or each default factory."""
    out: list[Any] = [_FACTORY]
    for f in dataclasses.fields(cls):
        if f.default is not MISSING:
            out.append(f.default)
        elif f.default_factory is not MISSING:
            out.append(f.default_factory)
    return tuple(out)


def _init_source(cls: type, name: str = "") -> str:
    """``def build_<Class>(_MISSING, <defaults>)``, returning the class's ``__init__``."""
    fields = dataclasses.fields(cls)
    ordered = []  # the order _defaults gives them in: field by field
    for f in fields:
        if f.default is not MISSING:
            ordered.append(f"_d_{f.name}")
        elif f.default_factory is not MISSING:
            ordered.append(f"_f_{f.name}")

    def param(f: dataclasses.Field[Any]) -> str:
        if f.default is not MISSING:
            return f"{f.name}=_d_{f.name}"
        if f.default_factory is not MISSING:
            return f"{f.name}=_MISSING"
        return f.name

    positional = [param(f) for f in fields if not f.kw_only]
    keyword = [param(f) for f in fields if f.kw_only]
    params = ["self", *positional, *(["*", *keyword] if keyword else [])]
    body = []
    for f in fields:
        if f.default_factory is not MISSING:
            body.append(f"self.{f.name} = _f_{f.name}() if {f.name} is _MISSING else {f.name}")
        else:
            body.append(f"self.{f.name} = {f.name}")
    lines = [
        f"def {name or 'build_' + cls.__qualname__}({', '.join(['_MISSING', *ordered])}):",
        f"    def __init__({', '.join(params)}):",
        *(f"        {line}" for line in body or ["pass"]),
        "    return __init__",
    ]
    return "\n".join(lines) + "\n"


def source() -> str:
    """The text of ogp/data/_record_inits.py for every ``@record`` class defined so far."""
    head = [
        '"""Generated by ogp.data.records.source(): each record class\'s __init__ '
        '(regenerate with pytest --update-golden)."""',
        "",
        "# ruff: noqa",
        "# mypy: ignore-errors",
        "",
        "SHAPES = {",
        *(f"    {c.__qualname__!r}: {shape(c)!r}," for c in _classes),
        "}",
    ]
    return "\n".join(head) + "\n\n\n" + "\n\n".join(_init_source(c) for c in _classes)
