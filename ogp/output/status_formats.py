"""Formats of ``ogp status``: table (rich on a terminal, plain when piped), md, csv, json, html."""

from __future__ import annotations

import csv
import io
import json

from ogp.output import plaintable
from ogp.output.context import OutputContext
from ogp.output.escape import csv_cell, markdown_cell
from ogp.status import StatusReport, StatusRow
from ogp.wording import LEVELS, level_label, word

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
        row.date.isoformat() if row.date else "",
    ]


def counts_line(report: StatusReport) -> str:
    lang = report.lang
    parts = [f"{n} {LEVELS[lang][level]}" for level, n in report.counts.items() if n]
    total = len(report.rows)
    return f"{total} {word(lang, 'commitments')}: {', '.join(parts) if parts else '-'}"


def table(report: StatusReport, ctx: OutputContext) -> str:
    lang = report.lang
    if not ctx.terminal:
        rows = [_cells(r, lang) for r in report.rows]
        return plaintable.render(_headers(lang), rows) + counts_line(report) + "\n"
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False, header_style="bold")
    for h in _headers(lang):
        t.add_column(h, overflow="fold")
    for r in report.rows:
        cells = _cells(r, lang)
        style = _LEVEL_STYLE.get(str(r.level), "")
        reporter = cells[3] if r.reporter_agreed else f"[italic]{cells[3]}[/italic]"
        t.add_row(
            cells[0], cells[1], cells[2], reporter,
            f"[{style}]{cells[4]}[/{style}]" if style else cells[4], cells[5],
        )
    console = Console(
        file=io.StringIO(), force_terminal=ctx.color, no_color=not ctx.color,
        width=ctx.width, highlight=False,
    )
    with console.capture() as cap:
        console.print(t)
        console.print(counts_line(report), highlight=False, markup=False)
    return cap.get()


def markdown(report: StatusReport, ctx: OutputContext) -> str:
    lang = report.lang
    headers = _headers(lang)
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    for r in report.rows:
        lines.append("| " + " | ".join(markdown_cell(c) for c in _cells(r, lang)) + " |")
    return "\n".join(lines) + "\n\n" + markdown_cell(counts_line(report)) + "\n"


def csv_report(report: StatusReport, ctx: OutputContext) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "title", "owners", "reporter", "level", "date", "note"])
    for r in report.rows:
        writer.writerow([
            csv_cell(c) for c in (
                r.id, r.title, r.owners, r.reporter if r.reporter_agreed else "",
                str(r.level), r.date.isoformat() if r.date else "", r.note,
            )
        ])
    return out.getvalue()


def json_report(report: StatusReport, ctx: OutputContext) -> str:
    return json.dumps({
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
    }, ensure_ascii=False, indent=2) + "\n"


def html(report: StatusReport, ctx: OutputContext) -> str:
    from ogp import templating

    env = templating.environment(ctx.template_dirs or templating.search_path())
    lang = report.lang
    return templating.render(
        env, "status.html.j2",
        lang=lang,
        heading=word(lang, "status_title"),
        as_of_label=word(lang, "data_as_of"),
        as_of=report.as_of.isoformat() if report.as_of else "",
        headers=_headers(lang),
        rows=[{"level_id": str(r.level), "cells": _cells(r, lang)} for r in report.rows],
        counts=counts_line(report),
    )
