"""Jinja templates: found in an override folder, the data repository, or the package.

Templates are looked up file by file in ``--templates DIR`` (if given), then
in ``templates/`` beside the data folder, then among the templates shipped
with ogp. Undefined names are errors (StrictUndefined); HTML templates are
autoescaped; data is only ever passed in as values, never compiled as
template text (nothing in ogp calls ``from_string``; a test checks it).
Template errors are re-raised as :class:`OgpError` naming the template's path
and line.

Templates are untrusted: one in ``templates/`` beside the data comes with a
pull request just as the data does. So every template runs in Jinja's
immutable sandbox (:class:`jinja2.sandbox.ImmutableSandboxedEnvironment`):
no attribute that starts with ``_`` (so no ``__class__``, ``__globals__``,
``__mro__``), no ``str.format`` that reaches them, no method that changes a
list, dict or set, ``range`` at most 100,000 long. On top of Jinja's own,
``**`` and ``*`` refuse results that would be absurdly large (``9**999999``,
``"x" * 10**9``). A template that tries any of these fails with one line,
``templates/letter.md.j2:3: template refused: ...``, before anything is
written. What the sandbox cannot bound is plain work: nested loops over the
data still run (a template is read by the reviewer of the pull request).
To collect table rows in a template (lists cannot be appended to), use the
``table`` global: ``{% set rows = table(headers) %}{% set _ = rows.add(a, b) %}
{{ rows|columns }}``.
"""

from __future__ import annotations

import contextlib
import re
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ogp.errors import OgpError

if TYPE_CHECKING:
    import jinja2
    import jinja2.sandbox

AUTOESCAPE_SUFFIXES = (".html", ".html.j2", ".htm", ".xml", ".svg")


def packaged_templates() -> Path:
    """The templates shipped with ogp (the package ogp.templates).

    Found from the package itself rather than through importlib.resources, which
    would load zipfile, tempfile and more at every start of the command line.
    """
    from importlib.util import find_spec

    spec = find_spec("ogp.templates")
    assert spec is not None and spec.origin is not None, "ogp is installed without its templates"
    return Path(spec.origin).parent


def search_path(data_dir: Path | None = None, override: Path | None = None) -> list[Path]:
    paths: list[Path] = []
    if override is not None:
        if not override.exists():
            raise OgpError(f"template folder '{override}' does not exist")
        if not override.is_dir():
            raise OgpError(
                f"'{override}' is not a folder",
                hint="pass the folder of your templates with --templates DIR",
            )
        paths.append(override)
    if data_dir is not None:
        beside = data_dir.resolve().parent / "templates"
        if beside.is_dir():
            paths.append(beside)
    packaged = packaged_templates()
    if all(p.resolve() != packaged.resolve() for p in paths):
        paths.append(packaged)
    return paths


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(AUTOESCAPE_SUFFIXES)


# The largest number a template may compute with ** (in bits), and the longest string,
# list or tuple it may make with * (in items): far beyond any document, far below harm.
MAX_POWER_BITS = 4096
MAX_REPEAT = 1_000_000
# The longest text or list a template may make by joining (``~``, ``+``), and the widest
# field a filter or a format may pad to: a document's page is some thousands of characters.
MAX_TEXT = 10_000_000
MAX_WIDTH = 10_000
_NUMBER = re.compile(r"\d+")
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\d+)?(?:\.(\d+))?")


class TableRows:
    """Rows of cells that a template collects one by one (the sandbox forbids list.append).

    It can only take in rows and give them back: ``rows.add(a, b, c)``, then
    ``rows|columns``.
    """

    def __init__(self, *rows: Sequence[Any]) -> None:
        self.rows: list[tuple[Any, ...]] = [tuple(r) for r in rows]

    def add(self, *cells: Any) -> str:
        self.rows.append(cells)
        return ""

    def __iter__(self) -> Any:
        return iter(self.rows)


_DICT_ATTRIBUTES = frozenset(dir(dict))
_METHODS = (types.MethodType, types.BuiltinMethodType, types.FunctionType)
# the same three as a set of exact types (none of them can be subclassed), for the
# sandbox's fast path: one set lookup instead of an isinstance over a tuple
_METHOD_TYPES = frozenset(_METHODS)


def escaped(value: Any) -> str:
    """``markupsafe.escape(value)`` as a plain string: what autoescape writes for ``{{ value }}``.

    The same text as markupsafe's (3.x) for every value (a string, a number,
    None, ``Markup`` or anything with ``__html__``); only the wrapping differs: a
    plain string, not ``Markup``, because what it writes is joined into the page
    at once and never escaped again. A string without any of ``& < > ' "`` (most
    text in a page) is the string itself, with no call into markupsafe.
    """
    if type(value) is str:
        if "&" in value or "<" in value or ">" in value or "'" in value or '"' in value:
            return str(_markupsafe().escape(value))
        return value
    if type(value) is int:
        return str(value)
    if type(value) is _markup:  # Markup itself (its __html__ is itself): its characters
        return str.__str__(value)
    if hasattr(value, "__html__"):  # an object that is its own markup: as markupsafe does
        return str.__str__(_markupsafe().Markup(value.__html__()))
    text = str(value)
    if type(text) is not str:  # a str subclass (even Markup): its characters are escaped
        text = str.__str__(text)
    return escaped(text)


_markup: Any = None  # markupsafe.Markup, once _markupsafe() has loaded it


def _markupsafe() -> Any:
    """The markupsafe module, imported on first need (not at every start of ogp)."""
    global _markup
    import markupsafe

    _markup = markupsafe.Markup
    return markupsafe


def _record_fields(cls: type) -> frozenset[str]:
    """The public fields of a dataclass record type (no type itself, no "_" names)."""
    import dataclasses

    if cls is type or not dataclasses.is_dataclass(cls):
        return frozenset()
    names = {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")}
    # a property or method of the same name would shadow the field's value: long way
    return frozenset(
        n
        for n in names
        if not (callable(getattr(cls, n, None)) or isinstance(getattr(cls, n, None), property))
    )


def _sandbox_class() -> type[jinja2.sandbox.ImmutableSandboxedEnvironment]:
    """The sandboxed environment class, with ``**`` and ``*`` bounded (made on first use)."""
    from jinja2.compiler import CodeGenerator
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Generator(CodeGenerator):
        """Jinja's compiler, but ``{{ value }}`` in autoescaped text is ``escaped(value)``.

        Stock Jinja writes ``escape(value)``, a ``Markup`` made for every value
        written, to be joined into the page and dropped. :func:`escaped` gives
        the same text as a plain string, without markupsafe for text that has
        nothing to escape. Where autoescape can change at run time (a
        ``{% autoescape %}`` block on a variable), Jinja's own code stays.
        """

        def visit_Concat(self, node: Any, frame: Any) -> None:  # Jinja's name
            """``a ~ b`` as Jinja writes it, its length bounded (a doubling loop)."""
            self.write("environment.bounded(")
            super().visit_Concat(node, frame)
            self.write(")")

        def _output_child_pre(self, node: Any, frame: Any, finalize: Any) -> None:
            if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
                super()._output_child_pre(node, frame, finalize)
                return
            self.write("environment.escaped(")
            if finalize.src is not None:
                self.write(finalize.src)

    class Sandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"**", "*", "+", "%"})
        code_generator_class = Generator
        escaped = staticmethod(escaped)
        # Whether an attribute is safe depends only on the object's type and the
        # attribute's name (jinja2.sandbox: is_internal_attribute, modifies_known_mutable),
        # so the answer is kept: a site of thousands of pages asks it millions of times.
        _safe: ClassVar[dict[tuple[type, str], bool]] = {}

        # The fields of a dataclass record and the keys of a plain dict (the view models
        # and word tables ogp passes in) are read without the general checks, because the
        # checks cannot refuse them: a field or key is not internal, the record is no
        # mutable container, and a value that is a method still takes the long way
        # (str.format is wrapped there). Names starting with "_" always take it.
        _fields: ClassVar[dict[type, frozenset[str]]] = {}

        def getattr(self, obj: Any, attribute: str) -> Any:
            cls = type(obj)
            if cls is dict:
                if attribute not in _DICT_ATTRIBUTES and attribute in obj:
                    value = obj[attribute]
                    if type(value) not in _METHOD_TYPES:
                        return value
                return super().getattr(obj, attribute)
            fields = self._fields.get(cls)
            if fields is None:
                fields = self._fields[cls] = _record_fields(cls)
            if attribute in fields:
                value = getattr(obj, attribute)
                if type(value) not in _METHOD_TYPES:
                    return value
            return super().getattr(obj, attribute)

        def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
            key = (type(obj), attr)
            known = self._safe.get(key)
            if known is None:
                known = self._safe[key] = super().is_safe_attribute(obj, attr, value)
            return known

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**":
                if (
                    isinstance(left, int)
                    and isinstance(right, int)
                    and abs(left) > 1
                    and right > 0
                    and right * left.bit_length() > MAX_POWER_BITS
                ):
                    raise SecurityError(f"{left} ** {right} is too large a number for a template")
                return left**right
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(n, int)
                    and len(seq) * n > MAX_REPEAT
                ):
                    raise SecurityError(
                        f"repeating {len(seq)} items {n} times is too large for a template"
                    )
            if operator == "+":
                return bounded(left + right)
            if operator == "%":
                if isinstance(left, str):
                    widest_percent(left, "'%' formatting")
                return left % right
            return left * right

        def wrap_str_format(self, value: Any) -> Any:
            wrapped = super().wrap_str_format(value)
            if wrapped is None:
                return None
            text: str = value.__self__

            def checked(*args: Any, **kwargs: Any) -> Any:
                widest(text, "str.format")
                return wrapped(*args, **kwargs)

            return checked

    Sandbox.bounded = staticmethod(bounded)  # type: ignore[attr-defined]
    return Sandbox


def bounded(value: Any) -> Any:
    """``value`` (a template's joined text or list), refused when longer than MAX_TEXT."""
    from jinja2.exceptions import SecurityError

    if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
        raise SecurityError(f"a text or list of {len(value):,} items is too long for a template")
    return value


def _refuse(what: str) -> None:
    from jinja2.exceptions import SecurityError

    raise SecurityError(f"{what}: too large for a template")


def _too_wide(numbers: Iterable[str | None]) -> bool:
    return any(n and (len(n) > 5 or int(n) > MAX_WIDTH) for n in numbers)


def widest(text: str, what: str) -> None:
    """Refuse a str.format string with a field wider than MAX_WIDTH ('{:>2000000000}')."""
    import string

    try:
        specs = [spec for _, _, spec, _ in string.Formatter().parse(text) if spec]
    except ValueError:
        return  # str.format says what is wrong with it
    if _too_wide(n for spec in specs for n in _NUMBER.findall(spec)):
        _refuse(f"{what} pads a field to more than {MAX_WIDTH:,} characters")


def widest_percent(text: str, what: str) -> None:
    """Refuse a '%' format with a field wider than MAX_WIDTH ('%2000000000s')."""
    if _too_wide(n for m in _PERCENT.finditer(text) for n in m.groups()):
        _refuse(f"{what} pads a field to more than {MAX_WIDTH:,} characters")


def _bounded_filters(env: jinja2.Environment) -> None:
    """The filters and globals that take a width or a count, bounded as ``*`` is."""
    filters = env.filters

    def checked(n: Any, what: str) -> None:
        if isinstance(n, int) and n > MAX_WIDTH:
            _refuse(f"{what} to {n:,} characters")

    center, indent, wordwrap, fmt = (
        filters["center"], filters["indent"], filters["wordwrap"], filters["format"]
    )  # fmt: skip

    # the parameters keep Jinja's names: a template may give them by name (indent(width=2))
    def do_center(value: str, width: int = 80) -> str:
        checked(width, "center")
        out: str = center(value, width)
        return out

    def do_indent(s: str, width: Any = 4, first: bool = False, blank: bool = False) -> str:
        checked(len(width) if isinstance(width, str) else width, "indent")
        out: str = indent(s, width, first, blank)
        return out

    def do_wordwrap(environment: Any, s: str, width: int = 79, *args: Any, **kw: Any) -> str:
        checked(width, "wordwrap")
        out: str = wordwrap(environment, s, width, *args, **kw)
        return out

    def do_format(value: str, *args: Any, **kwargs: Any) -> str:
        widest_percent(str(value), "the format filter")
        out: str = fmt(value, *args, **kwargs)
        return out

    do_wordwrap.jinja_pass_arg = wordwrap.jinja_pass_arg  # type: ignore[attr-defined]
    filters.update(center=do_center, indent=do_indent, wordwrap=do_wordwrap, format=do_format)
    lipsum: Any = env.globals["lipsum"]

    def bounded_lipsum(n: int = 5, *args: Any, **kwargs: Any) -> str:
        if isinstance(n, int) and n > 100:
            _refuse(f"lipsum of {n:,} paragraphs")
        out: str = lipsum(n, *args, **kwargs)
        return out

    env.globals["lipsum"] = bounded_lipsum


def new_environment(paths: Sequence[Path], *, markdown: bool) -> jinja2.Environment:
    """A template environment over ``paths``.

    HTML templates are autoescaped. With ``markdown=True`` every ``{{ value }}``
    is escaped for Markdown instead (the same idea as autoescape: a template
    writes Markdown syntax as template text, and data can never become markup);
    the ``cell`` filter escapes a value for a table cell and ``safe`` marks
    template-made markup.
    """
    import jinja2

    env = _sandbox_class()(
        loader=_contained_loader([str(p) for p in paths]),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_markdown_finalize if markdown else None,
        # an environment serves one run (ogp.output.caches), in which templates do not
        # change: no stat of every template file at each render
        auto_reload=False,
    )
    _bounded_filters(env)
    env.filters["cell"] = _cell
    env.filters["mdurl"] = _mdurl
    env.filters["wrap"] = _wrap
    env.filters["columns"] = _columns
    env.globals["table"] = TableRows
    return env


def _contained_loader(paths: list[str]) -> jinja2.BaseLoader:
    """Jinja's file loader over ``paths``, refusing a template (or a file it includes, or
    a static file of the site) that is a link to a file outside its folder: templates may
    come from a pull request, and a link to /etc/passwd or the runner's environment would
    be published."""
    import os

    import jinja2

    class Contained(jinja2.FileSystemLoader):
        def __init__(self, searchpath: list[str]) -> None:
            super().__init__(searchpath)
            self.roots = [os.path.realpath(p) for p in searchpath]

        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str, Any]:
            source, filename, uptodate = super().get_source(environment, template)
            real = os.path.realpath(filename)
            if not any(real.startswith(root + os.sep) for root in self.roots):
                raise OgpError(
                    f"{filename}: the template is a link to {real}, outside the template "
                    "folders; refused",
                    hint="put the file itself in the template folder, not a link to it",
                )
            return source, filename, uptodate

    return Contained(paths)


def _columns(rows: TableRows | Sequence[Sequence[str]], gap: int = 3) -> str:
    """Rows of cells as aligned plain-text columns (for the txt formats)."""
    cells = [[" ".join(str(c).split()) for c in row] for row in rows]
    if not cells:
        return ""
    widths = [max(len(row[i]) for row in cells if i < len(row)) for i in range(len(cells[0]))]
    return "\n".join(
        (" " * gap).join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip()
        for row in cells
    )


def _markdown_finalize(value: Any) -> Any:
    from markupsafe import Markup

    from ogp.output.escape import markdown_text

    if isinstance(value, Markup | int):
        return value
    return Markup(markdown_text("" if value is None else str(value)))


def _cell(value: Any) -> Any:
    """A value escaped for one Markdown table cell (newlines become <br>, '|' is escaped)."""
    from markupsafe import Markup

    from ogp.output.escape import markdown_cell

    return Markup(markdown_cell("" if value is None else str(value)))


def _mdurl(value: Any) -> Any:
    """A URL (mailto:...) for a Markdown link: characters that end a link are %-encoded."""
    from urllib.parse import quote

    from markupsafe import Markup

    return Markup(quote(str(value), safe=":/@.-_~+=&?#%"))


def _wrap(value: Any, width: int = 78, indent: str = "", first: str | None = None) -> str:
    """Plain text wrapped at ``width`` columns (for the txt formats)."""
    import textwrap

    lines: list[str] = []
    for para in str(value).splitlines() or [""]:
        lines += textwrap.wrap(
            para,
            width=width,
            initial_indent=indent if first is None else first,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    return "\n".join(lines)


def render(env: jinja2.Environment, name: str, **values: Any) -> str:
    """Render template ``name``; every template problem becomes one clear OgpError."""
    template = load(env, name)
    with _errors_of(template.filename or name, values):
        out: str = template.render(**values)
        return out


def module(env: jinja2.Environment, name: str, **values: Any) -> Any:
    """Template ``name`` run once with ``values``: its macros, to call from other templates.

    The same as ``{% import name as m with context %}`` in each template that
    renders with these values, but made once for many renders (a site's
    thousands of pages share a handful).
    """
    template = load(env, name)
    with _errors_of(template.filename or name, values):
        return template.make_module(values)


def call(env: jinja2.Environment, module: Any, macro: str, *args: Any) -> Any:
    """``module.<macro>(*args)``, a macro of a :func:`module`; a problem is one OgpError."""
    name = module.__name__
    where = load(env, name).filename or name
    fn = getattr(module, macro, None)
    if fn is None:
        raise OgpError(f"{where}: template error: it has no macro '{macro}', which ogp calls")
    with _errors_of(where):
        return fn(*args)


def load(env: jinja2.Environment, name: str) -> Any:
    """Template ``name``, compiled (once per environment); a problem is one OgpError."""
    import jinja2

    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound:
        searched = ", ".join(str(p) for p in getattr(env.loader, "searchpath", []))
        raise OgpError(f"template '{name}' not found (looked in: {searched})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise OgpError(
            f"{exc.filename or name}:{exc.lineno}: template error: {exc.message}"
        ) from None
    except RecursionError:
        raise OgpError(
            f"template '{name}': template error: nested too deep to be compiled",
            hint="nest fewer brackets, blocks or loops in one another",
        ) from None
    except UnicodeDecodeError as exc:
        where = next(
            (
                str(Path(d) / name)
                for d in getattr(env.loader, "searchpath", [])
                if (Path(d) / name).is_file()
            ),
            name,
        )
        raise OgpError(
            f"{where}: the template is not valid UTF-8 (byte 0x{exc.object[exc.start]:02X}); "
            "save it as UTF-8"
        ) from None
    except OSError as exc:
        raise OgpError(f"template '{name}' cannot be read: {exc.strerror or exc}") from None


class Repeated:
    """Template ``name`` for rendering many times, as :func:`render` does (a site's
    thousands of pages): compiled once, the environment's globals merged once rather
    than at every render, and every template problem one clear OgpError."""

    def __init__(self, env: jinja2.Environment, name: str) -> None:
        self.template = load(env, name)
        self.globals = dict(self.template.globals)
        self.where: str = self.template.filename or name

    def __call__(self, values: dict[str, Any]) -> str:
        t = self.template
        try:
            # shared: the context reads the values as given (they hold the globals)
            context = t.new_context({**self.globals, **values}, shared=True)
            out: str = t.environment.concat(t.root_render_func(context))
        except Exception:
            raise _template_error(self.where, _rewritten(t.environment), values) from None
        return out


def _rewritten(env: jinja2.Environment) -> Exception:
    """The exception being handled, its traceback rewritten to the templates' lines (as
    Jinja's own render does), for :func:`_lineno`."""
    try:
        env.handle_exception()
    except Exception as exc:
        return exc
    raise AssertionError("handle_exception always raises")  # pragma: no cover


@contextlib.contextmanager
def _errors_of(where: str, values: Mapping[str, Any] | None = None) -> Iterator[None]:
    """Every error of running the template ``where`` as one OgpError naming it and the line
    (``values``: what the template is given, named in the hint of an undefined name)."""
    try:
        yield
    except Exception as exc:
        raise _template_error(where, exc, values) from None


def _template_error(
    where: str, exc: Exception, values: Mapping[str, Any] | None = None
) -> OgpError:
    """The error of running the template ``where`` as one OgpError naming it and the line."""
    import jinja2
    from jinja2.exceptions import SecurityError

    if isinstance(exc, OgpError):
        return exc
    if isinstance(exc, SecurityError):
        return OgpError(
            f"{where}:{_lineno(exc)}: template refused: {exc.message or exc}",
            hint="templates run in a sandbox: they may use the values ogp passes them, "
            "not Python's internals",
        )
    if isinstance(exc, jinja2.UndefinedError):
        given = sorted(k for k in values or () if not k.startswith("_"))
        return OgpError(
            f"{where}:{_lineno(exc)}: template error: {exc.message}",
            hint=f"the template is given {', '.join(given)}; compare it with ogp's own "
            "template of the same name"
            if given
            else None,
        )
    if isinstance(exc, jinja2.TemplateError):
        return OgpError(f"{where}:{_lineno(exc)}: template error: {exc}")
    # a template that calls something wrongly: still its fault
    return OgpError(f"{where}:{_lineno(exc)}: template error: {type(exc).__name__}: {exc}")


def _lineno(exc: BaseException) -> str:
    """The template line of a render-time error, from the traceback Jinja rewrote."""
    tb = exc.__traceback__
    line = "?"
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".html", ".txt", ".md")):
            line = str(tb.tb_lineno)
        tb = tb.tb_next
    return line
