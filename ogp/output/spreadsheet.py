"""Tables for spreadsheets: CSV with a BOM, and .xlsx workbooks through openpyxl.

Every document that offers ``csv`` or ``xlsx`` describes its table once, as
a :class:`Sheet` (a title, column headers and rows of cells), and hands it
to :func:`csv_text` or :func:`xlsx_bytes`:

- CSV starts with a UTF-8 byte order mark, so that Excel reads "Språkrådet"
  as written, and no cell begins with a character that starts a formula.
- A workbook has a bold header row, a frozen pane below it, column widths
  from the longest value, text columns stored as text ("0030" stays "0030",
  even when someone edits it in Excel), and every string stored as a string:
  a value that starts with ``=`` is never a formula. The bytes depend only on
  the sheets and ``when``, so the same data gives the same file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ogp.output.escape import csv_cell

BOM = "\ufeff"
Cell = str | int | float | None
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what XML 1.0 cannot hold
_MAX_WIDTH = 60
_FIXED = dt.datetime(1980, 1, 1)  # the earliest time a zip file can hold


@dataclass(frozen=True)
class Sheet:
    """One table: ``text_columns`` are kept as text in a workbook (postcodes, ids)."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    text_columns: frozenset[int] = field(default_factory=frozenset)
    wrap_columns: frozenset[int] = field(default_factory=frozenset)  # long text, wrapped


def csv_text(sheet: Sheet) -> str:
    """The sheet as CSV (RFC 4180, CRLF, every field quoted), with a BOM first."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow([csv_cell(h) for h in sheet.headers])
    for row in sheet.rows:
        writer.writerow(["" if c is None else csv_cell(str(c)) for c in row])
    return out.getvalue()


def xlsx_bytes(sheets: Sequence[Sheet], *, when: dt.date | None = None) -> bytes:
    """A workbook with one worksheet per sheet; ``when`` dates the file (else 1980-01-01)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.title, book.sheetnames))
        for col, header in enumerate(sheet.headers, start=1):
            cell = ws.cell(row=1, column=col)
            _put(cell, header)
            cell.font = bold
        for r, row in enumerate(sheet.rows, start=2):
            for col, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=col)
                _put(cell, value)
                if col - 1 in sheet.text_columns:
                    cell.number_format = "@"
                cell.alignment = wrap if col - 1 in sheet.wrap_columns else top
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.headers))}{len(sheet.rows) + 1}"
        for col, header in enumerate(sheet.headers, start=1):
            values = [header, *(_shown(row[col - 1]) for row in sheet.rows if col <= len(row))]
            longest = max((len(line) for v in values for line in v.split("\n")), default=0)
            ws.column_dimensions[get_column_letter(col)].width = min(longest + 2, _MAX_WIDTH)
    stamp = dt.datetime.combine(when, dt.time()) if when is not None else _FIXED
    book.properties.creator = "ogp"
    book.properties.created = stamp
    book.properties.modified = stamp
    import zipfile  # here: ogp status (csv, table) starts without it

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).write_data()
    return _fixed_times(raw.getvalue(), stamp)


def _put(cell: object, value: Cell) -> None:
    """Set a cell's value; a string is always a string, never a formula."""
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        cell.value = value  # type: ignore[attr-defined]
        cell.data_type = "s"  # type: ignore[attr-defined]  # openpyxl reads "=…" as a formula
    else:
        cell.value = value  # type: ignore[attr-defined]


def _shown(value: Cell) -> str:
    return "" if value is None else str(value)


def _sheet_title(title: str, taken: list[str]) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\, unique."""
    name = re.sub(r"[\[\]:*?/\\]", "-", title).strip("'") or "Sheet"
    name = name[:31]
    n = 2
    base = name
    while name in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    return name


def _fixed_times(data: bytes, stamp: dt.datetime) -> bytes:
    """The zip with every entry dated ``stamp``, so that equal workbooks are equal bytes."""
    import zipfile

    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
