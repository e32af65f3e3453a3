"""Formats of ``ogp minutes``: md, txt, html (a page that prints well) and pdf."""

from __future__ import annotations

from ogp.documents.minutes import MinutesDoc
from ogp.output.context import OutputContext
from ogp.output.documents import render_template, templated

markdown = templated("minutes", "md")
text = templated("minutes", "txt")
html = templated("minutes", "html")


def pdf(doc: MinutesDoc, ctx: OutputContext) -> bytes:
    """The minutes as an A4 PDF, through templates/minutes.html.j2."""
    from ogp.output import templating

    dirs = ctx.template_dirs or tuple(templating.search_path())
    pdfs = ctx.caches.pdf_renderer(dirs)  # fails early (install hint) without WeasyPrint
    return pdfs.render(render_template("minutes", "pdf", ctx, doc=doc))
