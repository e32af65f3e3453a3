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
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from ogp.errors import OgpError

AUTOESCAPE_SUFFIXES = (".html", ".html.j2", ".htm", ".xml", ".svg")


def packaged_templates() -> Path:
    return Path(str(resources.files("ogp.templates")))


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


def environment(paths: Sequence[Path]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in paths]),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render(env: jinja2.Environment, name: str, **values: Any) -> str:
    """Render template ``name``; every template problem becomes one clear OgpError."""
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        searched = ", ".join(str(p) for p in getattr(env.loader, "searchpath", []))
        raise OgpError(f"template '{name}' not found (looked in: {searched})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise OgpError(
            f"{exc.filename or name}:{exc.lineno}: template error: {exc.message}"
        ) from None
    try:
        return template.render(**values)
    except jinja2.UndefinedError as exc:
        raise OgpError(f"{template.filename or name}:{_lineno(exc)}: template error: "
                       f"{exc.message}") from None
    except jinja2.TemplateError as exc:
        raise OgpError(f"{template.filename or name}:{_lineno(exc)}: template error: "
                       f"{exc}") from None


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
