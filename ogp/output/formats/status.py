"""Formats of ``ogp status``: table (rich on a terminal, plain when piped), md, csv, json, html."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ogp.data.model import IRM_ASPECTS, Level
from ogp.documents.status import StatusReport, StatusRow
from ogp.output import plaintable
from ogp.output.context import OutputContext
from ogp.output.spreadsheet import Cell, Sheet, csv_text
from ogp.text.dates import table_date
from ogp.text.phrasing import is_address
from ogp.text.statuswords import status_word
from ogp.text.wording import LEVELS, level_label, word

if TYPE_CHECKING:
    from rich.console import Console

_LEVEL_STYLE = {
    "not-started": "red",
    "limited": "yellow",
    "substantial": "cyan",
    "complete": "green",
    "no-evidence": "magenta",
    "not-reported": "dim",
}


def _headers(lang: str) -> list[str]:
    base = [word(lang, k) for k in ("commitment", "title", "owners", "reporter", "level", "date")]
    return [*base, *(status_word(lang, k) for k in ("reported", "milestones", "irm"))]


def _reported(row: StatusRow, lang: str) -> str:
    """What was reported and where: 'Utkast laget (møte 2)'."""
    return "".join(text for text, _ in _reported_parts(row, lang))


def _reported_parts(row: StatusRow, lang: str) -> tuple[tuple[str, str], ...]:
    """The reported cell in parts, each with its language where that is not the document's
    (WCAG 3.1.2): the data's note and source (Norwegian) beside ogp's '(meeting 2)'; a
    source that is a web address is in no language."""
    data = "" if lang == "nb" else "nb"
    source = data if row.where_is_data and not is_address(row.where) else ""
    note = " ".join(row.note.split())  # a cell's one line: a note's line breaks are spaces
    if note and row.where:
        return ((note, data), (" (", ""), (row.where, source), (")", ""))
    if note:
        return ((note, data),)
    return ((row.where, source),) if row.where else ()


def _marked(parts: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The parts where one is marked with a language of its own, else none (the HTML then
    writes the plain cell as it is)."""
    return parts if any(part for _, part in parts) else ()


def _milestone_summary(row: StatusRow, lang: str) -> str:
    if not row.milestones:
        return ""
    n = len(row.milestones)
    text = status_word(lang, "milestone_count_one" if n == 1 else "milestone_count", n=n)
    if row.overdue:
        text += ", " + status_word(lang, "overdue_count", n=row.overdue)
    return text


def _irm_summary(row: StatusRow) -> str:
    for r in row.irm:
        if r.aspect == "open_government":
            return r.value
    return ""


def _cells(row: StatusRow, lang: str) -> list[str]:
    return [
        row.label,
        row.title or word(lang, "no_title"),
        row.owners,
        row.reporter,
        level_label(lang, row.level),
        table_date(row.date, lang) if row.date else "",
        _reported(row, lang),
        _milestone_summary(row, lang),
        _irm_summary(row),
    ]


@dataclass(frozen=True)
class _Detail:
    """A line under the table: 'Delmål: 4.5.1 Kartlegging (frist 30.06.2014, passert)'.

    Templates write ``text`` (the whole line after the label, as always), or ``said``
    in its ``lang`` and then ``after`` (the HTML, which marks the data's language); an
    evidence's title in ``title_lang``, then its ``url``. A template written before
    evidence had a language of its own finds no ``lang`` there and writes ``text``,
    the address with it.
    """

    label: str  # ogp's word for it, in the document's language
    said: str  # the data's text: a milestone, an evidence's title, challenges, a contact, …
    overdue: bool = False
    lang: str = ""  # the language of ``said`` where it differs from the document's
    after: str = ""  # ogp's words after it, in the document's language
    url: str = ""  # an evidence's web address, after its title: 'Rapport <https://…>'
    title_lang: str = ""  # the language of an evidence's title (``said``), as ``lang``

    @property
    def text(self) -> str:
        shown = f"{self.said} <{self.url}>" if self.url else self.said
        return f"{shown} ({self.after})" if self.after else shown


def _details(row: StatusRow, lang: str) -> list[_Detail]:
    """The lines under the table for a commitment: milestones, evidence, challenges, next
    steps, contact. A milestone's, challenges' and next steps' texts are the data's, in
    Norwegian: an English document marks them so."""
    nb = "" if lang == "nb" else "nb"
    out: list[_Detail] = []
    for m in row.milestones:
        text, written = (f"{m.id} {m.text}", nb) if m.text else (m.id, "")
        out.append(_Detail(status_word(lang, "milestones"), text, m.overdue, written, m.words))
    for title, link in row.evidence:
        evidence = status_word(lang, "evidence")
        if is_address(title):  # a web address in no language
            out.append(_Detail(evidence, title, url="" if title == link else link))
        else:
            out.append(_Detail(evidence, title, url=link, title_lang=nb))
    if row.challenges:
        out.append(_Detail(status_word(lang, "challenges"), row.challenges, lang=nb))
    if row.next_steps:
        out.append(_Detail(status_word(lang, "next_steps"), row.next_steps, lang=nb))
    if row.contact:  # a job title and an agency's name, as the data writes them
        out.append(_Detail(status_word(lang, "contact"), row.contact, lang=nb))
    return out


def _detail_text(report: StatusReport) -> str:
    lines = []
    for r in report.rows:
        for d in _details(r, report.lang):
            lines.append(f"{r.label}  {d.label}: {d.text}" + (" [!]" if d.overdue else ""))
    return "\n".join(lines) + "\n" if lines else ""


def counts_line(report: StatusReport) -> str:
    return _counts(report.counts, report.lang)


# The columns of the terminal table, from the first to leave on a narrow window to the
# last (the commitment, its owners and its status always stay): IRM, milestones, what was
# reported, date, reporter, and the title last (at 100 columns a table of ids without
# titles told a reader little; the title wraps at its words instead).
_GIVES_WAY = (8, 7, 6, 5, 3, 1)
_WRAPS = (1, 2, 3, 6)  # title, owners, reporter, note wrap at words; the others never
_LONGEST_WORD = 40  # a longer word than this (a long URL) may be broken in a cell
# ... and in a title, a longer word than this ("Innbyggerundersøkelsen", 22): one long word
# folded keeps every title in an 80-column window, where whole words left out all of them
_LONGEST_TITLE_WORD = 16


def _min_width(header: str, cells: list[str], wraps: bool, longest: int = _LONGEST_WORD) -> int:
    """The narrowest a column can be without breaking a word of its header, or a word of
    its cells (a whole cell, where the column never wraps) up to ``longest`` characters."""
    words = [w for c in cells for w in (c.split() if wraps else [c])]
    return max(
        max((len(w) for w in header.split()), default=1),
        min(max((len(w) for w in words), default=1), longest),
    )


def _columns(
    headers: list[str], cells: list[list[str]], width: int
) -> tuple[list[int], list[int], dict[int, int], bool]:
    """The columns the terminal table shows, the ones left out for a narrow window, each
    column's width, and whether the table fits at all.

    A column empty in every row is not shown (it says nothing); then, while the
    narrowest the columns can be without breaking words is wider than the window,
    the next column of ``_GIVES_WAY`` gives way; before the title does, its longest
    words may fold. Where even the commitment, its owners and its status do not fit,
    the rows are printed as lines instead.
    """
    shown = [i for i in range(len(headers)) if i in (0, 2, 4) or any(row[i] for row in cells)]
    mins = {i: _min_width(headers[i], [row[i] for row in cells], i in _WRAPS) for i in shown}

    def fits() -> bool:
        return sum(mins[j] for j in shown) + 3 * len(shown) + 1 <= width

    left_out = []
    for i in _GIVES_WAY:
        if fits():
            break
        if i == 1 and i in shown:
            titles = [row[1] for row in cells]
            mins[1] = _min_width(headers[1], titles, True, _LONGEST_TITLE_WORD)
            if fits():
                break
        if i in shown:
            shown.remove(i)
            left_out.append(i)
    return shown, left_out, _widths(headers, cells, shown, mins, width), fits()


def _widths(
    headers: list[str], cells: list[list[str]], shown: list[int], mins: dict[int, int], width: int
) -> dict[int, int]:
    """Each shown column's width: its whole text where the window has room; else the
    widest columns are narrowed to one width, as far as they must and never below their
    narrowest (a long title wraps before a short note does).

    ogp gives rich the widths rather than letting it shrink the table: rich could
    leave the table wider than the window, its right edge cut off.
    """
    room = width - (3 * len(shown) + 1)
    whole = {i: max([len(headers[i]), mins[i], *(len(row[i]) for row in cells)]) for i in shown}

    def at(cap: int) -> dict[int, int]:
        return {i: max(mins[i], min(whole[i], cap)) for i in shown}

    if sum(whole.values()) <= room:
        return whole
    low, high = 0, max(whole.values())  # the widest cap that fits: at(low) fits, at(high) not
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (mid, high) if sum(at(mid).values()) <= room else (low, mid)
    out = at(low)
    for i in sorted(shown, key=lambda j: -whole[j]):  # what is left, a column each
        if sum(out.values()) >= room:
            break
        if out[i] < whole[i]:
            out[i] += 1
    return out


def table(report: StatusReport, ctx: OutputContext) -> str:
    lang = report.lang
    if not ctx.terminal:
        rows = [_cells(r, lang) for r in report.rows]
        details = _detail_text(report)
        return (
            plaintable.render(_headers(lang), rows)
            + counts_line(report)
            + "\n"
            + ("\n" + details if details else "")
        )
    from rich.markup import escape
    from rich.table import Table

    headers = _headers(lang)
    all_cells = [_cells(r, lang) for r in report.rows]
    show, left_out, widths, fits = _columns(headers, all_cells, ctx.width)
    if not fits:
        return _lines(report, all_cells, ctx)
    caption = None
    if left_out:
        names = ", ".join(headers[i] for i in sorted(left_out))
        caption = word(lang, "columns_hidden", columns=names)
    t = Table(show_lines=False, header_style="bold", caption=caption)
    for i in show:
        t.add_column(headers[i], overflow="fold", no_wrap=i not in _WRAPS, width=widths[i])
    for r, plain in zip(report.rows, all_cells, strict=True):
        cells = list(plain)
        if not r.reporter_agreed:
            cells[3] = f"[italic]{cells[3]}[/italic]"
        style = _LEVEL_STYLE.get(str(r.level), "")
        if style:
            cells[4] = f"[{style}]{cells[4]}[/{style}]"
        cells = [
            c if i == 4 or (i == 3 and not r.reporter_agreed) else escape(c)
            for i, c in enumerate(cells)
        ]
        if r.overdue:
            cells[7] = f"[bold red]{cells[7]}[/bold red]"
        t.add_row(*(cells[i] for i in show))
    console = _console(ctx)
    with console.capture() as cap:
        if report.plan:
            console.print(report.plan, style="bold", highlight=False, markup=False)
        console.print(t)
        console.print(counts_line(report), highlight=False, markup=False)
        for r in report.rows:
            for d in _details(r, lang):
                line = f"{escape(r.label)}  {escape(d.label)}: {escape(d.text)}"
                console.print(
                    f"[bold red]{line}[/bold red]" if d.overdue else line, highlight=False
                )
    return cap.get()


def _console(ctx: OutputContext) -> Console:
    """A rich console of the window's width, in colour only where the output has it."""
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        force_terminal=ctx.color,
        no_color=not ctx.color,
        width=ctx.width,
        highlight=False,
    )


def _lines(report: StatusReport, all_cells: list[list[str]], ctx: OutputContext) -> str:
    """A window too narrow for any table: each commitment on lines of its own, every
    field that has a value named ('4.1  ikke rapportert', then 'Ansvarlig(e): KMD/JD/KUD')."""
    import textwrap

    from rich.markup import escape

    lang = report.lang
    headers = _headers(lang)
    console = _console(ctx)
    with console.capture() as cap:
        if report.plan:
            console.print(report.plan, style="bold", highlight=False, markup=False)
        for r, cells in zip(report.rows, all_cells, strict=True):
            style = _LEVEL_STYLE.get(str(r.level), "")
            level = f"[{style}]{escape(cells[4])}[/{style}]" if style else escape(cells[4])
            console.print(f"[bold]{escape(cells[0])}[/bold]  {level}", highlight=False)
            fields = [(headers[i], cells[i], i == 7 and r.overdue > 0) for i in (1, 2, 3, 5, 6, 7)]
            irm = [(headers[8], cells[8], False)]
            # the milestones' summary, then each milestone and the rest, then the IRM's word
            details = [(d.label, d.text, d.overdue) for d in _details(r, lang)]
            for label, text, late in [*fields, *details, *irm]:
                if not text:
                    continue
                wrapped = textwrap.wrap(
                    f"{label}: {text}",
                    max(ctx.width - 2, 10),
                    subsequent_indent="  ",  # a field's wrapped lines stand under its text
                    break_on_hyphens=False,
                )
                for line in wrapped:
                    style = "bold red" if late else ""
                    console.print(f"  {line}", style=style, markup=False, highlight=False)
        console.print(counts_line(report), highlight=False, markup=False)
    return cap.get()


def markdown(report: StatusReport, ctx: OutputContext) -> str:
    """The status overview grouped by agency, in Markdown."""
    from ogp.output.documents import render_template

    return render_template("status", "md", ctx, **_overview(report))


def _flat(report: StatusReport) -> Sheet:
    """One row per commitment with everything the overview knows (csv and xlsx)."""
    headers = (
        "id",
        "title",
        "owners",
        "reporter",
        "level",
        "date",
        "note",
        "ogp_id",
        "where",
        "evidence",
        "challenges",
        "next_steps",
        "milestones",
        "overdue",
        "contact",
        *(f"irm_{a}" for a in IRM_ASPECTS),
        *(f"irm_{a}_url" for a in IRM_ASPECTS),
    )
    rows: list[tuple[Cell, ...]] = []
    for r in report.rows:
        irm = {x.aspect: x for x in r.irm}
        milestones = "; ".join(
            f"{m.id}: {m.text}" + (f" ({m.words})" if m.words else "") for m in r.milestones
        )
        rows.append(
            (
                r.id,
                r.title,
                r.owners,
                r.reporter if r.reporter_agreed else "",
                str(r.level),
                r.date.isoformat() if r.date else "",
                r.note,
                r.ogp_id,
                r.where,
                "; ".join(f"{t} <{u}>" for t, u in r.evidence),
                r.challenges,
                r.next_steps,
                milestones,
                r.overdue,
                r.contact,
                *(irm[a].raw if a in irm else "" for a in IRM_ASPECTS),
                *(irm[a].url if a in irm else "" for a in IRM_ASPECTS),
            )
        )
    return Sheet(
        "status",
        headers,
        tuple(rows),
        text_columns=frozenset({0, 7}),
        wrap_columns=frozenset({1, 6, 9, 10, 11, 12}),
    )


def csv_report(report: StatusReport, ctx: OutputContext) -> str:
    """One row per commitment, with a UTF-8 BOM first (see ogp.output.spreadsheet)."""
    return csv_text(_flat(report))


def xlsx(report: StatusReport, ctx: OutputContext) -> bytes:
    """The overview as a workbook: one sheet of commitments, one of milestones."""
    from ogp.output.spreadsheet import xlsx_bytes

    lang = report.lang
    milestones = Sheet(
        status_word(lang, "milestones"),
        ("commitment", "milestone", "text", "due", "done", "overdue"),
        tuple(
            (r.id, m.id, m.text, m.due.isoformat() if m.due else "", int(m.done), int(m.overdue))
            for r in report.rows
            for m in r.milestones
        ),
        text_columns=frozenset({0, 1, 3}),
        wrap_columns=frozenset({2}),
    )
    return xlsx_bytes([_flat(report), milestones], when=report.today)


def json_report(report: StatusReport, ctx: OutputContext) -> str:
    return (
        json.dumps(
            {
                "plan": report.plan or None,
                "agency": report.agency,
                "as_of": report.as_of.isoformat() if report.as_of else None,
                "deadlines_as_of": report.today.isoformat() if report.today else None,
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
                        "where": r.where or None,
                        "ogp_id": r.ogp_id or None,
                        "evidence": [{"title": t, "url": u} for t, u in r.evidence],
                        "challenges": r.challenges or None,
                        "next_steps": r.next_steps or None,
                        "milestones": [
                            {
                                "id": m.id,
                                "text": m.text,
                                "due": m.due.isoformat() if m.due else None,
                                "done": m.done,
                                "overdue": m.overdue,
                            }
                            for m in r.milestones
                        ],
                        "contact": r.contact or None,
                        "irm": {
                            x.aspect: {"value": x.raw, "url": x.url, "note": x.note or None}
                            for x in r.irm
                        },
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
        "plan": report.plan,
        "deadlines": status_word(lang, "as_of_day", date=table_date(report.today, lang))
        if report.today
        else "",
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
                        "overdue": r.overdue > 0,
                        "details": _details(r, lang),
                        # the title's language, where it is not the document's
                        "title_lang": r.title_lang if r.title_lang != lang else "",
                        "cells": [
                            f"{c} ({partner})" if i == 0 and r.id in g.partner else c
                            for i, c in enumerate(_cells(r, lang))
                        ],
                        # the reported cell's parts in their languages (see _reported_parts)
                        "reported": _marked(_reported_parts(r, lang)),
                    }
                    for r in g.rows
                ],
            }
            for g in report.groups
        ],
    }
