"""Formats of ``ogp attendees``: txt, md, html and pdf (printable A4), csv and xlsx.

The list holds personal data; it is for the coordinator and the reception desk.
The spreadsheets carry the e-mail address too (for a reminder), the printed
forms do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ogp.documents.attendees import AttendeesDoc
from ogp.output.context import OutputContext
from ogp.output.documents import render_template, templated
from ogp.text.wording import word

if TYPE_CHECKING:
    from ogp.output.spreadsheet import Sheet

text = templated("attendees", "txt")
markdown = templated("attendees", "md")
html = templated("attendees", "html")


def pdf(doc: AttendeesDoc, ctx: OutputContext) -> bytes:
    """The list as an A4 PDF, through templates/attendees.html.j2."""
    from ogp.output import templating

    dirs = ctx.template_dirs or tuple(templating.search_path())
    pdfs = ctx.caches.pdf_renderer(dirs)  # fails early (install hint) without WeasyPrint
    return pdfs.render(render_template("attendees", "pdf", ctx, doc=doc))


def _sheets(doc: AttendeesDoc) -> list[Sheet]:
    from ogp.output.spreadsheet import Sheet

    lang = doc.lang
    people = Sheet(
        doc.title,
        (*doc.headers[:3], word(lang, "email_col"), *doc.headers[3:], word(lang, "note")),
        tuple((r.number, r.name, r.agency, r.email, r.late_text, r.came, r.note) for r in doc.rows),
    )
    counts = Sheet(
        doc.counts_heading, doc.count_headers, tuple((c.agency, c.count) for c in doc.counts)
    )
    silent = Sheet(
        doc.not_answered_heading,
        (doc.count_headers[0],),
        tuple((a,) for a in doc.not_answered),
    )
    return [people, counts, silent]


def csv_report(doc: AttendeesDoc, ctx: OutputContext) -> str:
    """One row per person registered: number, name, organisation, e-mail, late, came, note."""
    from ogp.output.spreadsheet import csv_text

    return csv_text(_sheets(doc)[0])


def xlsx(doc: AttendeesDoc, ctx: OutputContext) -> bytes:
    """A workbook: the people, the count per organisation, and who has not answered."""
    from ogp.output.spreadsheet import xlsx_bytes

    return xlsx_bytes(_sheets(doc))
