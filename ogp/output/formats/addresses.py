"""Formats of ``ogp addresses``: md, txt, csv and xlsx (safe in a spreadsheet), and html."""

from __future__ import annotations

from ogp.documents.addresses import AddressEntry, AddressList
from ogp.output.context import OutputContext
from ogp.output.documents import templated
from ogp.output.spreadsheet import Cell, Sheet, csv_text, xlsx_bytes
from ogp.text.wording import word

markdown = templated("addresses", "md")
text = templated("addresses", "txt")
html = templated("addresses", "html")


def _line_count(doc: AddressList) -> int:
    """As many address columns as the longest address has lines (at least one)."""
    return max((len(e.row.lines) for e in (*doc.recipients, *doc.copies)), default=1) or 1


def _lines(e: AddressEntry, n: int) -> list[Cell]:
    return [*e.row.lines, *([""] * (n - len(e.row.lines)))]


def _state(e: AddressEntry) -> str:
    return "no" if e.missing else "incomplete" if e.incomplete else "yes"


def csv_report(doc: AddressList, ctx: OutputContext) -> str:
    """One row per addressee, each address line in its own column (address_1, address_2, …).

    A UTF-8 BOM comes first, so that Excel reads Norwegian letters; every field
    is quoted, so postcodes stay text ("0030") for importers that honour quotes;
    no cell begins with = + - @, tab or CR. has_address is yes, incomplete (no
    postcode or town) or no. The headers are the same in every language.
    """
    n = _line_count(doc)
    headers = (
        "kind",
        "id",
        "name",
        *(f"address_{i}" for i in range(1, n + 1)),
        "postcode",
        "city",
        "email",
        "has_address",
    )
    rows = tuple(
        (
            e.kind,
            e.row.id,
            e.row.name,
            *_lines(e, n),
            e.row.postcode,
            e.row.city,
            e.email,
            _state(e),
        )
        for e in (*doc.recipients, *doc.copies)
    )
    return csv_text(Sheet(doc.title, headers, rows))


def xlsx(doc: AddressList, ctx: OutputContext) -> bytes:
    """One worksheet: a row per addressee, address lines, postcode (as text) and town apart.

    Headers in the document's language, a frozen header row, and a last column
    saying which addressees cannot be posted to as the data stands.
    """
    lang = doc.lang
    n = _line_count(doc)
    headers = (
        word(lang, "kind"),
        word(lang, "name"),
        *(word(lang, "address_line", n=i) for i in range(1, n + 1)),
        word(lang, "postcode"),
        word(lang, "city"),
        word(lang, "email"),
        word(lang, "postable"),
    )
    postable = {
        "yes": word(lang, "postable_yes"),
        "incomplete": word(lang, "postable_incomplete"),
        "no": word(lang, "postable_no"),
    }
    rows = tuple(
        (
            word(lang, e.kind).capitalize(),
            e.row.name,
            *_lines(e, n),
            e.row.postcode,
            e.row.city,
            e.email,
            postable[_state(e)],
        )
        for e in (*doc.recipients, *doc.copies)
    )
    text = frozenset(range(len(headers)))  # every column is text; postcodes above all
    return xlsx_bytes([Sheet(doc.title, headers, rows, text_columns=text)], when=doc.date)
