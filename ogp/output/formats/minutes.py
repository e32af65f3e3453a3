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
    from ogp.output.pdf import renderer_for

    dirs = ctx.template_dirs or tuple(templating.search_path())
    pdfs = renderer_for(dirs)  # fails early, with the install hint, when WeasyPrint is missing
    return pdfs.render(render_template("minutes", "pdf", ctx, doc=doc))
