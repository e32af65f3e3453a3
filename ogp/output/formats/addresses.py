"""Formats of ``ogp addresses``: md, txt, csv (safe in a spreadsheet) and html."""

from __future__ import annotations

import csv
import io

from ogp.documents.addresses import AddressList
from ogp.output.context import OutputContext
from ogp.output.documents import templated
from ogp.output.escape import csv_cell

markdown = templated("addresses", "md")
text = templated("addresses", "txt")
html = templated("addresses", "html")


def csv_report(doc: AddressList, ctx: OutputContext) -> str:
    """One row per addressee. Every field is quoted, so postcodes stay text ("0030") for
    importers that honour quotes; no cell begins with = + - @, tab or CR. has_address is
    yes, incomplete (no postcode or town) or no."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(["kind", "id", "name", "address", "postcode", "city", "email", "has_address"])
    for e in (*doc.recipients, *doc.copies):
        r = e.row
        writer.writerow(
            [
                csv_cell(c)
                for c in (
                    e.kind,
                    r.id,
                    r.name,
                    r.address,
                    r.postcode,
                    r.city,
                    e.email,
                    "no" if e.missing else "incomplete" if e.incomplete else "yes",
                )
            ]
        )
    return out.getvalue()
