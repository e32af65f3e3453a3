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
        "txt": "ogp.output.formats.validate:text",
        "json": "ogp.output.formats.validate:json_report",
        "github": "ogp.output.formats.validate:github",
    },
    "status": {
        "table": "ogp.output.formats.status:table",
        "md": "ogp.output.formats.status:markdown",
        "csv": "ogp.output.formats.status:csv_report",
        "json": "ogp.output.formats.status:json_report",
        "html": "ogp.output.formats.status:html",
        "xlsx": "ogp.output.formats.status:xlsx",
    },
    "letter": {
        "md": "ogp.output.formats.letter:markdown",
        "txt": "ogp.output.formats.letter:text",
        "html": "ogp.output.formats.letter:html",
        "pdf": "ogp.output.formats.letter:pdf",
    },
    "agenda": {
        "md": "ogp.output.formats.agenda:markdown",
        "txt": "ogp.output.formats.agenda:text",
        "html": "ogp.output.formats.agenda:html",
        "pdf": "ogp.output.formats.agenda:pdf",
    },
    "addresses": {
        "md": "ogp.output.formats.addresses:markdown",
        "txt": "ogp.output.formats.addresses:text",
        "csv": "ogp.output.formats.addresses:csv_report",
        "xlsx": "ogp.output.formats.addresses:xlsx",
        "html": "ogp.output.formats.addresses:html",
    },
    "diff": {
        "txt": "ogp.output.formats.diff:text",
        "md": "ogp.output.formats.diff:markdown",
        "json": "ogp.output.formats.diff:json_report",
    },
    "schema": {
        "json": "ogp.data.schema.jsonschema:render",
    },
    "calendar": {
        "ics": "ogp.output.formats.calendar:ics",
    },
    "attendees": {
        "txt": "ogp.output.formats.attendees:text",
        "md": "ogp.output.formats.attendees:markdown",
        "csv": "ogp.output.formats.attendees:csv_report",
        "xlsx": "ogp.output.formats.attendees:xlsx",
        "html": "ogp.output.formats.attendees:html",
        "pdf": "ogp.output.formats.attendees:pdf",
    },
    "minutes": {
        "md": "ogp.output.formats.minutes:markdown",
        "txt": "ogp.output.formats.minutes:text",
        "html": "ogp.output.formats.minutes:html",
        "pdf": "ogp.output.formats.minutes:pdf",
    },
    "rules": {
        "txt": "ogp.output.formats.rules:text",
        "md": "ogp.output.formats.rules:markdown",
        "json": "ogp.output.formats.rules:json_report",
    },
    "form": {
        "xlsx": "ogp.output.formats.form:xlsx",
    },
}

# The one format vocabulary: md txt html pdf csv json xlsx ics, plus table (a terminal's
# table) and github (GitHub Actions annotations). Older names stay accepted as aliases.
VOCABULARY = ("md", "txt", "html", "pdf", "csv", "json", "xlsx", "ics", "table", "github")
ALIASES = {"markdown": "md", "text": "txt"}
assert all(f in VOCABULARY for doc in REGISTRY.values() for f in doc), "a format outside"


def canonical(fmt: str) -> str:
    """The format's name in the vocabulary: 'markdown' → 'md', 'text' → 'txt'."""
    return ALIASES.get(fmt, fmt)


def formats(document: str) -> list[str]:
    return list(REGISTRY[document])


def default_format(document: str) -> str:
    return next(iter(REGISTRY[document]))


def renderer(document: str, fmt: str) -> Callable[..., Any]:
    try:
        target = REGISTRY[document][canonical(fmt)]
    except KeyError:
        known = ", ".join(REGISTRY.get(document, {}))
        raise OgpError(f"no format '{fmt}' for {document}; use one of: {known}") from None
    module_name, _, func = target.partition(":")
    return getattr(importlib.import_module(module_name), func)  # type: ignore[no-any-return]
