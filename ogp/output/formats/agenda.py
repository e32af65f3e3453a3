"""Formats of ``ogp agenda``: md, txt, html (a printable A4 page) and pdf."""

from __future__ import annotations

from ogp.documents.agenda import AgendaDoc
from ogp.output.context import OutputContext
from ogp.output.documents import templated
from ogp.output.pdf import html_to_pdf

markdown = templated("agenda", "md")
text = templated("agenda", "txt")
html = templated("agenda", "html")


def pdf(doc: AgendaDoc, ctx: OutputContext) -> bytes:
    """The html page through WeasyPrint, tagged like the letter (PDF/UA-1)."""
    return html_to_pdf("agenda", doc, ctx)
