"""Formats of ``ogp render-letter``: md, txt, html (a printable A4 page) and pdf."""

from __future__ import annotations

from ogp.documents.letter import LetterDoc
from ogp.output.context import OutputContext
from ogp.output.documents import render_template, templated

markdown = templated("letter", "md")
text = templated("letter", "txt")
html = templated("letter", "html")


def pdf(doc: LetterDoc, ctx: OutputContext) -> bytes:
    """The html page through WeasyPrint (one renderer, shared by every letter of a run)."""
    from ogp.output import templating
    from ogp.output.pdf import renderer_for

    dirs = ctx.template_dirs or tuple(templating.search_path())
    pdfs = renderer_for(dirs)  # fails early, with the install hint, when WeasyPrint is missing
    return pdfs.render(render_template("letter", "pdf", ctx, doc=doc))
