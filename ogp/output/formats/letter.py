"""Formats of ``ogp render-letter``: md, txt, html (a printable A4 page) and pdf."""

from __future__ import annotations

from ogp.documents.letter import LetterDoc
from ogp.output.context import OutputContext
from ogp.output.documents import templated
from ogp.output.pdf import html_to_pdf

markdown = templated("letter", "md")
text = templated("letter", "txt")
html = templated("letter", "html")


def pdf(doc: LetterDoc, ctx: OutputContext) -> bytes:
    """The html page through WeasyPrint (one renderer, shared by every letter of a run)."""
    return html_to_pdf("letter", doc, ctx)
