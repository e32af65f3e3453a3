"""Dataclasses whose methods are compiled once, into bytecode, instead of at every start.

``dataclasses.dataclass`` writes each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ordering and frozen ``__setattr__``/``__delattr__`` as
Python source and compiles it every time ogp starts: for the classes on the way
of ``ogp validate`` that was some 15 ms, about a tenth of its start-up, before it
had read a line. :func:`compiled` makes the same dataclass without that step:
it lets ``dataclasses`` do everything else (fields, ``__slots__``,
``__match_args__``) and takes the methods from :mod:`ogp.data._compiled`, a module
generated from the classes (:func:`source`), which Python compiles once into
its bytecode cache like any other. The functions are the ones dataclasses would
generate: the same parameters, defaults and default factories in the same
order, the same fields assigned, compared, hashed and shown, the same errors.
:func:`record` is the model's kind: ``compiled(slots=True, eq=False, repr=False)``.

The generated module names each class with the shape it was generated for (its
options and its fields'); a class whose shape differs (someone changed it and
did not regenerate) gets its methods compiled here as before, so ogp stays
correct, and tests/test_records.py fails until ``pytest --update-golden``
regenerates it. The modules that hold such classes are listed in
:data:`MODULES` (a test checks that the list is complete).

The type checker sees a dataclass (``dataclass_transform``).
"""

from __future__ import annotations

import _thread
import dataclasses
import functools
import importlib
import re
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError
from typing import Any, NamedTuple, TypeVar, dataclass_transform, overload

T = TypeVar("T")

# The modules whose classes are @compiled or @record, in the order the generated module
# lists them (every such class must live in one of them: tests/test_records.py).
MODULES = (
    "ogp.data.problems",
    "ogp.data.kinds",
    "ogp.data.refs",
    "ogp.data.model",
    "ogp.data.schema.types",
    "ogp.data.schema.files",
    "ogp.data.rules.facts",
    "ogp.data.private",
    "ogp.output.context",
)

_classes: list[type] = []  # every compiled class, in the order defined
# the default of a parameter whose field has a default factory: dataclasses' own
# marker (shown as <factory> in a signature), where this Python has it
_FACTORY: Any = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", MISSING)
_object_setattr = object.__setattr__


class Options(NamedTuple):
    """What ``@dataclass(...)`` was asked for (``unsafe_hash`` and the rest are not offered)."""

    init: bool = True
    repr: bool = True
    eq: bool = True
    order: bool = False
    frozen: bool = False
    slots: bool = False


# what ogp.data._compiled was generated from, per class: its options, the methods it
# takes from there, and each field's name, whether it has a default, a default
# factory, is keyword-only, a parameter of __init__, shown, compared, hashed
FieldShape = tuple[str, bool, bool, bool, bool, bool, bool, bool | None]
Shape = tuple[Options, tuple[str, ...], bool, tuple[FieldShape, ...]]


def _fields(cls: type) -> tuple[Field[Any], ...]:
    return dataclasses.fields(cls)


def key(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _builder(cls: type) -> str:
    return "build_" + re.sub(r"\W", "_", key(cls))


_ORDER = ("__lt__", "__le__", "__gt__", "__ge__")


def _methods(cls: type, opts: Options) -> tuple[str, ...]:
    """The methods dataclasses would add to ``cls`` (the class as written), in its order.

    As dataclasses does: ``__init__``, ``__repr__`` and ``__eq__`` only where the
    class does not define its own; ordering and frozen methods defined in the class
    are an error; ``__hash__`` per dataclasses' table (``unsafe_hash`` is False).
    """
    own = cls.__dict__
    out = [name for name, on in (("__init__", opts.init), ("__repr__", opts.repr)) if on]
    out = [name for name in out if name not in own]
    if opts.eq and "__eq__" not in own:
        out.append("__eq__")
    if opts.order:
        for name in _ORDER:
            if name in own:
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                    "Consider using functools.total_ordering"
                )
        out += _ORDER
    if opts.frozen:
        for name in ("__setattr__", "__delattr__"):
            if name in own:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
        out += ["__setattr__", "__delattr__"]
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    if opts.eq and not explicit_hash:
        out.append("__hash__" if opts.frozen else "__hash__=None")
    return tuple(out)


def shape(cls: type) -> Shape:
    """What the generated methods of ``cls`` depend on (``cls`` as @compiled made it)."""
    opts: Options = cls.__compiled__  # type: ignore[attr-defined]
    methods: tuple[str, ...] = cls.__compiled_methods__  # type: ignore[attr-defined]
    fields = tuple(
        (
            f.name,
            f.default is not MISSING,
            f.default_factory is not MISSING,
            bool(f.kw_only),
            f.init,
            f.repr,
            f.compare,
            f.hash,
        )
        for f in _fields(cls)
    )
    return (opts, methods, hasattr(cls, "__post_init__"), fields)


@overload
def compiled(cls: type[T], /) -> type[T]: ...


@overload
def compiled(
    *,
    init: bool = True,
    repr: bool = True,
    eq: bool = True,
    order: bool = False,
    frozen: bool = False,
    slots: bool = False,
) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(field_specifiers=(dataclasses.field, Field))
def compiled(
    cls: type[T] | None = None,
    /,
    *,
    init: bool = True,
    repr: bool = True,
    eq: bool = True,
    order: bool = False,
    frozen: bool = False,
    slots: bool = False,
) -> type[T] | Callable[[type[T]], type[T]]:
    """``@dataclass(...)`` with the same options; its methods from the generated module."""
    opts = Options(init, repr, eq, order, frozen, slots)
    if cls is None:
        return lambda c: _make(c, opts)
    return _make(cls, opts)


@dataclass_transform(field_specifiers=(dataclasses.field, Field))
def record(cls: type[T]) -> type[T]:
    """A record of the model: ``@compiled(slots=True, eq=False, repr=False)``."""
    return _make(cls, Options(eq=False, repr=False, slots=True))


def _make(cls: type[T], opts: Options) -> type[T]:
    methods = _methods(cls, opts)
    had_doc = bool(cls.__doc__)
    # dataclasses makes the fields, __slots__ and __match_args__ and compiles nothing
    made: type[T] = dataclasses.dataclass(
        cls, init=False, repr=False, eq=False, order=False, frozen=False, slots=opts.slots
    )
    made.__compiled__ = opts  # type: ignore[attr-defined]
    made.__compiled_methods__ = methods  # type: ignore[attr-defined]
    _classes.append(made)
    build = _generated(made)
    if build is None:  # the generated module is stale for this class: compile it here
        namespace: dict[str, Any] = {}
        glob = {
            "__name__": made.__module__,
            "_object_setattr": _object_setattr,
            "_FrozenInstanceError": FrozenInstanceError,
        }
        exec(_source_of(made), glob, namespace)
        build = namespace[_builder(made)]
    made_methods: dict[str, Any] = build(made, *_defaults(made))
    for name in methods:
        if name == "__hash__=None":
            made.__hash__ = None  # type: ignore[assignment]
            continue
        fn = made_methods[name]
        fn.__qualname__ = f"{made.__qualname__}.{name}"
        if name == "__init__":
            fn.__annotations__ = {f.name: f.type for f in _fields(made) if f.init}
            fn.__annotations__["return"] = None
        elif name == "__repr__":
            fn = _recursive_repr(fn)
        setattr(made, name, fn)
    if opts.frozen and opts.slots:  # as dataclasses adds them: pickle and copy a frozen one
        made.__getstate__ = _getstate  # type: ignore[method-assign]
        made.__setstate__ = _setstate  # type: ignore[attr-defined]
    if not had_doc:  # dataclasses' docstring: the signature
        import inspect

        try:
            made.__doc__ = made.__name__ + str(inspect.signature(made)).replace(" -> None", "")
        except (TypeError, ValueError):  # pragma: no cover - as dataclasses allows
            made.__doc__ = made.__name__
    return made


def _recursive_repr(fn: Callable[[Any], str]) -> Callable[[Any], str]:
    """As dataclasses guards its ``__repr__``: a record that holds itself shows ``...``."""
    running: set[tuple[int, int]] = set()

    @functools.wraps(fn)
    def wrapper(self: Any) -> str:
        key = id(self), _thread.get_ident()
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)

    return wrapper


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, f.name) for f in _fields(type(self))]


def _setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(_fields(type(self)), state, strict=False):
        _object_setattr(self, f.name, value)


def _generated(cls: type) -> Callable[..., dict[str, Any]] | None:
    try:
        from ogp.data import _compiled
    except ImportError:  # not generated yet
        return None
    if _compiled.SHAPES.get(key(cls)) != shape(cls):
        return None
    build: Callable[..., dict[str, Any]] = getattr(_compiled, _builder(cls))
    return build


def _defaults(cls: type) -> tuple[Any, ...]:
    """The values the generated function takes: the factory marker, each default or factory."""
    out: list[Any] = [_FACTORY]
    for f in _fields(cls):
        if f.default is not MISSING:
            out.append(f.default)
        elif f.default_factory is not MISSING:
            out.append(f.default_factory)
    return tuple(out)


def _tuple(obj: str, names: list[str]) -> str:
    """dataclasses' ``(self.a,self.b,)``."""
    return f"({','.join(f'{obj}.{n}' for n in names)},)" if names else "()"


def _source_of(cls: type) -> str:
    """``def build_<module>_<Class>(cls, _MISSING, <defaults>)``: a dict of the methods."""
    opts: Options = cls.__compiled__  # type: ignore[attr-defined]
    methods: tuple[str, ...] = cls.__compiled_methods__  # type: ignore[attr-defined]
    fields = _fields(cls)
    ordered = []  # the order _defaults gives them in: field by field
    for f in fields:
        if f.default is not MISSING:
            ordered.append(f"_d_{f.name}")
        elif f.default_factory is not MISSING:
            ordered.append(f"_f_{f.name}")
    out = [f"def {_builder(cls)}({', '.join(['cls', '_MISSING', *ordered])}):"]
    made = []
    if "__init__" in methods:
        out += [f"    {line}" for line in _init_lines(cls, opts, fields)]
        made.append("__init__")
    if "__repr__" in methods:
        shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields if f.repr)
        out += [
            "    def __repr__(self):",
            f'        return self.__class__.__qualname__ + f"({shown})"',
        ]
        made.append("__repr__")
    compared = [f.name for f in fields if f.compare]
    ops = {"__eq__": "==", "__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}
    for name, op in ops.items():
        if name in methods:
            out += [
                f"    def {name}(self, other):",
                "        if other.__class__ is self.__class__:",
                f"            return {_tuple('self', compared)}{op}{_tuple('other', compared)}",
                "        return NotImplemented",
            ]
            made.append(name)
    if "__setattr__" in methods:
        names = "".join(f"{f.name!r}," for f in fields)
        for name, verb, args in (
            ("__setattr__", "assign to", "name, value"),
            ("__delattr__", "delete", "name"),
        ):
            out += [
                f"    def {name}(self, {args}):",
                f"        if type(self) is cls or name in ({names}):",
                f'            raise _FrozenInstanceError(f"cannot {verb} field {{name!r}}")',
                f"        super(cls, self).{name}({args})",
            ]
            made.append(name)
    if "__hash__" in methods:
        hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
        out += ["    def __hash__(self):", f"        return hash({_tuple('self', hashed)})"]
        made.append("__hash__")
    out.append(f"    return {{{', '.join(f'{n!r}: {n}' for n in made)}}}")
    return "\n".join(out) + "\n"


def _init_lines(cls: type, opts: Options, fields: tuple[Field[Any], ...]) -> list[str]:
    """dataclasses' ``__init__``: parameters, then each field assigned in order."""

    def param(f: Field[Any]) -> str:
        if f.default is not MISSING:
            return f"{f.name}=_d_{f.name}"
        if f.default_factory is not MISSING:
            return f"{f.name}=_MISSING"
        return f.name

    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True
    positional = [param(f) for f in fields if f.init and not f.kw_only]
    keyword = [param(f) for f in fields if f.init and f.kw_only]
    params = ["self", *positional, *(["*", *keyword] if keyword else [])]

    def assign(name: str, value: str) -> str:
        if opts.frozen:
            return f"_object_setattr(self, {name!r}, {value})"
        return f"self.{name} = {value}"

    body = []
    for f in fields:
        if f.default_factory is not MISSING:
            value = f"_f_{f.name}() if {f.name} is _MISSING else {f.name}"
            body.append(assign(f.name, value if f.init else f"_f_{f.name}()"))
        elif f.init:
            body.append(assign(f.name, f.name))
        elif opts.slots and f.default is not MISSING:
            body.append(assign(f.name, f"_d_{f.name}"))
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    return [f"def __init__({', '.join(params)}):", *(f"    {line}" for line in body or ["pass"])]


def source() -> str:
    """The text of ogp/data/_compiled.py: every compiled class of :data:`MODULES`."""
    for name in MODULES:
        importlib.import_module(name)
    stray = sorted({c.__module__ for c in _classes} - set(MODULES))
    assert not stray, f"add these modules to ogp.data.records.MODULES: {stray}"
    classes = sorted(
        dict.fromkeys(_classes),  # registered once each, in the order of definition
        key=lambda c: MODULES.index(c.__module__),
    )
    head = [
        '"""Generated by ogp.data.records.source(): the methods of each compiled class '
        '(regenerate with pytest --update-golden)."""',
        "",
        "# ruff: noqa",
        "# mypy: ignore-errors",
        "",
        "from dataclasses import FrozenInstanceError as _FrozenInstanceError",
        "",
        "from ogp.data.records import Options",
        "",
        "_object_setattr = object.__setattr__",
        "",
        "SHAPES = {",
        *(f"    {key(c)!r}: {shape(c)!r}," for c in classes),
        "}",
    ]
    return "\n".join(head) + "\n\n\n" + "\n\n".join(_source_of(c) for c in classes)
