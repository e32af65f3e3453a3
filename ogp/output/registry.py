"""The one registry of output formats: (document, format) -> the function that renders it.

Commands look their ``--format`` up here instead of branching on it; a
document's first format is its default. Entries
are "module:function" strings, imported only when used, so that a command
never pays for the libraries of formats it does not print.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ogp.errors import OgpError

REGISTRY: dict[str, dict[str, str]] = {
    "validate": {
        "text": "ogp.output.validate_reports:text",
        "json": "ogp.output.validate_reports:json_report",
        "github": "ogp.output.validate_reports:github",
    },
    "status": {
        "table": "ogp.output.status_formats:table",
        "markdown": "ogp.output.status_formats:markdown",
        "csv": "ogp.output.status_formats:csv_report",
        "json": "ogp.output.status_formats:json_report",
        "html": "ogp.output.status_formats:html",
    },
    "letter": {
        "md": "ogp.output.letter_formats:markdown",
        "txt": "ogp.output.letter_formats:text",
        "html": "ogp.output.letter_formats:html",
        "pdf": "ogp.output.letter_formats:pdf",
    },
    "agenda": {
        "md": "ogp.output.agenda_formats:markdown",
        "txt": "ogp.output.agenda_formats:text",
        "html": "ogp.output.agenda_formats:html",
    },
    "addresses": {
        "md": "ogp.output.address_formats:markdown",
        "txt": "ogp.output.address_formats:text",
        "csv": "ogp.output.address_formats:csv_report",
        "html": "ogp.output.address_formats:html",
    },
    "diff": {
        "text": "ogp.output.diff_formats:text",
        "markdown": "ogp.output.diff_formats:markdown",
        "json": "ogp.output.diff_formats:json_report",
    },
    "schema": {
        "json": "ogp.schema_export:render",
    },
    "calendar": {
        "ics": "ogp.output.calendar_formats:ics",
    },
}


def formats(document: str) -> list[str]:
    return list(REGISTRY[document])


def default_format(document: str) -> str:
    return next(iter(REGISTRY[document]))


def renderer(document: str, fmt: str) -> Callable[..., Any]:
    try:
        target = REGISTRY[document][fmt]
    except KeyError:
        known = ", ".join(REGISTRY.get(document, {}))
        raise OgpError(f"no format '{fmt}' for {document}; use one of: {known}") from None
    module_name, _, func = target.partition(":")
    return getattr(importlib.import_module(module_name), func)  # type: ignore[no-any-return]
