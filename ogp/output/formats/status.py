"""Formats of ``ogp status``: table (rich on a terminal, plain when piped), md, csv, json, html."""

from __future__ import annotations

import io
import json
from typing import Any

from ogp.data.model import Level
from ogp.documents.status import StatusReport, StatusRow
from ogp.output import plaintable
from ogp.output.context import OutputContext
from ogp.output.spreadsheet import Sheet, csv_text
from ogp.text.dates import table_date
from ogp.text.wording import LEVELS, level_label, word

_LEVEL_STYLE = {
    "not-started": "red",
    "limited": "yellow",
    "substantial": "cyan",
    "complete": "green",
    "no-evidence": "magenta",
    "not-reported": "dim",
}


def _headers(lang: str) -> list[str]:
    return [word(lang, k) for k in ("commitment", "title", "owners", "reporter", "level", "date")]


def _cells(row: StatusRow, lang: str) -> list[str]:
    return [
        row.label,
        row.title,
        row.owners,
        row.reporter,
        level_label(lang, row.level),
        table_date(row.date, lang) if row.date else "",
    ]


def counts_line(report: StatusReport) -> str:
    return _counts(report.counts, report.lang)


NARROW = 110  # terminal columns below which the table leaves out the titles


def table(report: StatusReport, ctx: OutputContext) -> str:
    lang = report.lang
    if not ctx.terminal:
        rows = [_cells(r, lang) for r in report.rows]
        return plaintable.render(_headers(lang), rows) + counts_line(report) + "\n"
    from rich.console import Console
    from rich.table import Table

    # On a narrow terminal the (long) title gives way, so every row stays one or two lines.
    show = [0, 1, 2, 3, 4, 5] if ctx.width >= NARROW else [0, 2, 3, 4, 5]
    headers = _headers(lang)
    t = Table(
        show_lines=False,
        header_style="bold",
        caption=word(lang, "titles_hidden") if 1 not in show else None,
    )
    for i in show:
        wraps = i in (1, 2)  # title and owners wrap at words; the short columns never
        t.add_column(headers[i], overflow="fold", no_wrap=not wraps)
    for r in report.rows:
        cells = _cells(r, lang)
        if not r.reporter_agreed:
            cells[3] = f"[italic]{cells[3]}[/italic]"
        style = _LEVEL_STYLE.get(str(r.level), "")
        if style:
            cells[4] = f"[{style}]{cells[4]}[/{style}]"
        t.add_row(*(cells[i] for i in show))
    console = Console(
        file=io.StringIO(),
        force_terminal=ctx.color,
        no_color=not ctx.color,
        width=ctx.width,
        highlight=False,
    )
    with console.capture() as cap:
        console.print(t)
        console.print(counts_line(report), highlight=False, markup=False)
    return cap.get()


def markdown(report: StatusReport, ctx: OutputContext) -> str:
    """The status overview grouped by agency, in Markdown."""
    from ogp.output.documents import render_template

    return render_template("status", "md", ctx, **_overview(report))


def csv_report(report: StatusReport, ctx: OutputContext) -> str:
    """One row per commitment, with a UTF-8 BOM first (see ogp.output.spreadsheet)."""
    headers = ("id", "title", "owners", "reporter", "level", "date", "note")
    rows = tuple(
        (
            r.id,
            r.title,
            r.owners,
            r.reporter if r.reporter_agreed else "",
            str(r.level),
            r.date.isoformat() if r.date else "",
            r.note,
        )
        for r in report.rows
    )
    return csv_text(Sheet("status", headers, rows))


def json_report(report: StatusReport, ctx: OutputContext) -> str:
    return (
        json.dumps(
            {
                "agency": report.agency,
                "as_of": report.as_of.isoformat() if report.as_of else None,
                "counts": {str(k): v for k, v in report.counts.items()},
                "commitments": [
                    {
                        "id": r.id,
                        "label": r.label,
                        "title": r.title or None,
                        "owners": [
                            {"agency": o.agency, "role": str(o.role) if o.role else None}
                            for o in r.commitment.owners
                        ],
                        "owners_text": r.owners,
                        "collaborators": list(r.commitment.collaborators),
                        "reporter": r.commitment.effective_reporter(),
                        "level": str(r.level),
                        "date": r.date.isoformat() if r.date else None,
                        "note": r.note or None,
                    }
                    for r in report.rows
                ],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def html(report: StatusReport, ctx: OutputContext) -> str:
    """The status overview grouped by agency, as a printable page."""
    from ogp.output.documents import render_template

    return render_template("status", "html", ctx, **_overview(report))


def _counts(counts: dict[Level, int], lang: str) -> str:
    """'26 forpliktelser: 1 begrenset, 25 ikke rapportert' (one line, a count per level)."""
    total = sum(counts.values())
    parts = [f"{n} {LEVELS[lang][level]}" for level, n in counts.items() if n]
    noun = word(lang, "commitment_singular" if total == 1 else "commitments")
    return f"{total} {noun}: {', '.join(parts) if parts else '-'}"


def _group_counts(counts: dict[Level, int], partner: int, lang: str) -> str:
    """'3 forpliktelser: 3 ikke rapportert; 2 i samarbeid' (partners are not counted as owned)."""
    owned = _counts(counts, lang) if sum(counts.values()) else ""
    together = f"{partner} {word(lang, 'partner')}" if partner else ""
    return "; ".join(p for p in (owned, together) if p)


def _overview(report: StatusReport) -> dict[str, Any]:
    """What the overview templates show: the date of the data, counts, and agency groups."""
    lang = report.lang
    as_of = table_date(report.as_of, lang) if report.as_of else word(lang, "no_status_yet")
    partner = word(lang, "partner")
    return {
        "lang": lang,
        "heading": word(lang, "overview_title"),
        "as_of": f"{word(lang, 'data_as_of')}: {as_of}",
        "counts": counts_line(report),
        "headers": _headers(lang),
        "groups": [
            {
                "id": g.agency,
                "name": g.name,
                "counts": _group_counts(g.counts, len(g.partner), lang),
                "rows": [
                    {
                        "level_id": str(r.level),
                        "partner": r.id in g.partner,
                        "cells": [
                            f"{c} ({partner})" if i == 0 and r.id in g.partner else c
                            for i, c in enumerate(_cells(r, lang))
                        ],
                    }
                    for r in g.rows
                ],
            }
            for g in report.groups
        ],
    }
