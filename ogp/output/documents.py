"""Rendering a document through its template: the one place md, txt and html meet Jinja."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ogp.output.context import OutputContext
from ogp.text.wording import word

SUFFIX = {"md": "md", "txt": "txt", "html": "html", "pdf": "html"}


def render_template(document: str, fmt: str, ctx: OutputContext, **values: Any) -> str:
    """Render ``templates/<document>.<fmt>.j2`` with ``values`` (and the page words)."""
    from ogp.output import templating

    dirs = ctx.template_dirs or tuple(templating.search_path())
    env = ctx.caches.environment(dirs, markdown=fmt == "md")
    return templating.render(
        env,
        f"{document}.{SUFFIX[fmt]}.j2",
        page=word(ctx.lang, "page"),
        of=word(ctx.lang, "page_of"),
        **values,
    )


def templated(document: str, fmt: str) -> Callable[[Any, OutputContext], str]:
    """A renderer for the registry that passes the document to its template as ``doc``."""

    def render(doc: Any, ctx: OutputContext) -> str:
        return render_template(document, fmt, ctx, doc=doc)

    render.__doc__ = f"{document} as {fmt}, through templates/{document}.{SUFFIX[fmt]}.j2"
    return render
