"""The status form as a workbook (openpyxl): what ``ogp form`` sends to an agency.

Sheet "Status": a title, who and which round it is for, then one row per
commitment and milestone. The id, title, current level and date are locked;
the input cells (yellow) take the new level from a drop-down list in the form's
language (data validation, nothing else accepted), the date as a date cell, and
text. Every sheet is protected but for the input cells. Sheet "Instructions"
(nb: "Veiledning") says who, by when and how, then what each level means on
the IRM's scale (the table under its lead-in). A very hidden sheet keeps the
form's version, the data set's fingerprint, the agency, the round and the
language, for ``ogp intake``.
Equal forms are equal bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from ogp.data.formspec import (
    COLUMN,
    COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    INPUT_COLUMNS,
    META_SHEET,
    SHEET,
    column_letter,
)
from ogp.documents.form import Form
from ogp.output.context import OutputContext
from ogp.output.spreadsheet import _fixed_times

_WIDTHS = {
    "commitment": 13,
    "milestone": 9,
    "title": 48,
    "current": 18,
    "current_date": 12,
    "remark": 30,
    "level": 22,
    "date": 16,
    "note": 48,
    "evidence": 48,
    "challenges": 36,
    "next_steps": 36,
}


def _text(cell: Any, value: str) -> None:
    """A string that stays a string: never read as a formula."""
    cell.value = value
    cell.data_type = "s"


def xlsx(form: Form, ctx: OutputContext | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = SHEET
    bold = Font(bold=True)
    input_fill = PatternFill("solid", fgColor="FFF2CC")
    locked_fill = PatternFill("solid", fgColor="EEEEEE")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    unlocked = Protection(locked=False)

    _text(ws.cell(row=1, column=1), form.title)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    _text(ws.cell(row=2, column=1), form.subtitle)
    _text(ws.cell(row=3, column=1), form.words["fill"])
    for key, _ in COLUMNS:
        cell = ws.cell(row=HEADER_ROW, column=COLUMN[key])
        _text(cell, form.headers[key])
        cell.font = bold
        cell.alignment = wrap
        cell.border = box
        ws.column_dimensions[column_letter(COLUMN[key])].width = _WIDTHS[key]
    labels = [label for label, _ in form.levels]
    level_dv = DataValidation(
        type="list",
        formula1='"' + ",".join(labels) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=form.words["error_title"],
        error=form.words["error_text"],
        promptTitle=form.headers["level"],
        prompt=" / ".join(labels),
        showInputMessage=True,
    )
    date_dv = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="1",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=form.headers["date"],
        error=form.words["date_error"],
    )
    ws.add_data_validation(level_dv)
    ws.add_data_validation(date_dv)
    last = FIRST_ROW + len(form.rows) - 1
    for r, row in enumerate(form.rows, start=FIRST_ROW):
        values: dict[str, str | dt.date | None] = {
            "commitment": row.commitment,
            "milestone": row.milestone,
            "title": row.title,
            "current": row.current,
            "current_date": row.current_date,
            "remark": row.remark,
        }
        for key, value in values.items():
            cell = ws.cell(row=r, column=COLUMN[key])
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "DD.MM.YYYY"
            elif value:
                _text(cell, value)
            cell.fill = locked_fill
            cell.alignment = wrap
            cell.border = box
            if key == "commitment" and not row.milestone:
                cell.font = bold
        for col in INPUT_COLUMNS:
            cell = ws.cell(row=r, column=col)
            cell.protection = unlocked
            cell.fill = input_fill
            cell.alignment = wrap
            cell.border = box
        ws.cell(row=r, column=COLUMN["date"]).number_format = "DD.MM.YYYY"
        ws.cell(row=r, column=COLUMN["evidence"]).number_format = "@"
    if form.rows:
        for dv, key in ((level_dv, "level"), (date_dv, "date")):
            letter = column_letter(COLUMN[key])
            dv.add(f"{letter}{FIRST_ROW}:{letter}{last}")
    ws.freeze_panes = f"{column_letter(COLUMN['level'])}{FIRST_ROW}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widen a column to read it
    ws.protection.formatRows = False
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

    guide = book.create_sheet(form.words["instructions"][:31])
    guide.column_dimensions["A"].width = 24
    guide.column_dimensions["B"].width = 90
    _text(guide.cell(row=1, column=1), form.words["instructions"])
    guide.cell(row=1, column=1).font = Font(bold=True, size=14)
    at = 3  # who, by when and how; then the levels, their lead-in directly above them
    for line in form.instructions:
        _text(guide.cell(row=at, column=1), line)
        at += 1
    at += 1
    _text(guide.cell(row=at, column=1), form.words["scale"])
    head = at + 1
    _text(guide.cell(row=head, column=1), form.words["level_list_title"])
    _text(guide.cell(row=head, column=2), form.words["meaning"])
    guide.cell(row=head, column=1).font = bold
    guide.cell(row=head, column=2).font = bold
    for i, (label, meaning) in enumerate(form.levels, start=head + 1):
        _text(guide.cell(row=i, column=1), label)
        _text(guide.cell(row=i, column=2), meaning)
        guide.cell(row=i, column=2).alignment = wrap
    guide.protection.sheet = True

    meta = book.create_sheet(META_SHEET)
    pairs = (
        ("form", "ogp status form"),
        ("version", form.version),
        ("dataset", form.dataset),
        ("agency", form.agency),
        ("round", form.round.id),
        ("lang", form.lang),
        ("rows", str(len(form.rows))),
    )
    for i, (key, value) in enumerate(pairs, start=1):
        _text(meta.cell(row=i, column=1), key)
        _text(meta.cell(row=i, column=2), value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    book.active = 0

    stamp = dt.datetime.combine(form.round.date, dt.time())
    book.properties.creator = "ogp"
    book.properties.title = form.title
    book.properties.created = stamp
    book.properties.modified = stamp
    raw = io.BytesIO()
    book.save(raw)
    return _fixed_times(raw.getvalue(), stamp)
