"""Jinja templates: found in an override folder, the data repository, or the package.

Templates are looked up file by file in ``--templates DIR`` (if given), then
in ``templates/`` beside the data folder, then among the templates shipped
with ogp. Undefined names are errors (StrictUndefined); HTML templates are
autoescaped; data is only ever passed in as values, never compiled as
template text. Template errors are re-raised as :class:`OgpError` naming the
template's path and line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ogp.errors import OgpError

if TYPE_CHECKING:
    import jinja2

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
        if not override.is_dir():
            raise OgpError(f"template folder '{override}' does not exist")
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


_environments: dict[tuple[tuple[Path, ...], bool], jinja2.Environment] = {}


def environment(paths: Sequence[Path], *, markdown: bool = False) -> jinja2.Environment:
    """The template environment over ``paths``, one per search path for the whole run.

    Its templates are compiled once, not for each document (``render-letter
    --each`` renders one per recipient); Jinja still notices a template file
    that changes.
    """
    key = (tuple(paths), markdown)
    if key not in _environments:
        _environments[key] = _new_environment(paths, markdown=markdown)
    return _environments[key]


def _new_environment(paths: Sequence[Path], *, markdown: bool) -> jinja2.Environment:
    """A template environment over ``paths``.

    HTML templates are autoescaped. With ``markdown=True`` every ``{{ value }}``
    is escaped for Markdown instead (the same idea as autoescape: a template
    writes Markdown syntax as template text, and data can never become markup);
    the ``cell`` filter escapes a value for a table cell and ``safe`` marks
    template-made markup.
    """
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in paths]),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_markdown_finalize if markdown else None,
    )
    env.filters["cell"] = _cell
    env.filters["mdurl"] = _mdurl
    env.filters["wrap"] = _wrap
    env.filters["columns"] = _columns
    return env


def _columns(rows: Sequence[Sequence[str]], gap: int = 3) -> str:
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
    import jinja2

    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        searched = ", ".join(str(p) for p in getattr(env.loader, "searchpath", []))
        raise OgpError(f"template '{name}' not found (looked in: {searched})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise OgpError(
            f"{exc.filename or name}:{exc.lineno}: template error: {exc.message}"
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
    try:
        return template.render(**values)
    except jinja2.UndefinedError as exc:
        raise OgpError(
            f"{template.filename or name}:{_lineno(exc)}: template error: {exc.message}"
        ) from None
    except jinja2.TemplateError as exc:
        raise OgpError(
            f"{template.filename or name}:{_lineno(exc)}: template error: {exc}"
        ) from None
    except OgpError:
        raise
    except Exception as exc:  # a template that calls something wrongly: still its fault
        raise OgpError(
            f"{template.filename or name}:{_lineno(exc)}: template error: "
            f"{type(exc).__name__}: {exc}"
        ) from None


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
