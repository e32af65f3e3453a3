"""Where every commitment stands: the rows behind ``ogp status``, whatever the format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ogp.errors import OgpError
from ogp.model import Commitment, Dataset, Level
from ogp.phrasing import agency_name, commitment_label, owners_phrase
from ogp.wording import word


@dataclass(frozen=True)
class StatusRow:
    commitment: Commitment
    id: str
    label: str
    title: str
    owners: str
    reporter: str
    reporter_agreed: bool
    level: Level
    date: date | None
    note: str


@dataclass(frozen=True)
class StatusReport:
    rows: list[StatusRow]
    counts: dict[Level, int]
    agency: str | None
    as_of: date | None  # the newest date in the rows' status reports
    lang: str


def resolve_agency(data: Dataset, text: str) -> str:
    """An agency id from what the user typed: its id, in any case, or its short name."""
    if text in data.agency_by_id:
        return text
    folded = text.casefold()
    for a in data.agencies:
        if folded in (a.id.casefold(), (a.short or "").casefold(), a.name.casefold()):
            return a.id
    known = ", ".join(a.id for a in data.agencies)
    raise OgpError(f"unknown agency '{text}'", hint=f"known agencies: {known}")


def build(data: Dataset, *, agency: str | None = None, lang: str = "nb") -> StatusReport:
    rows = []
    for c in data.commitments_in_plan_order():
        if agency is not None and not c.involves(agency):
            continue
        latest = c.latest_status()
        reporter = c.effective_reporter()
        rows.append(StatusRow(
            commitment=c,
            id=c.id,
            label=commitment_label(c, lang),
            title=(c.title_en or c.title or "") if lang == "en" else (c.title or c.title_en or ""),
            owners=owners_phrase(data, c, lang),
            reporter=agency_name(data, reporter, annex=False) if reporter
            else word(lang, "to_be_agreed"),
            reporter_agreed=reporter is not None,
            level=c.level,
            date=latest.date if latest else None,
            note=(latest.note or "") if latest else "",
        ))
    counts = Counter(r.level for r in rows)
    dates = [r.date for r in rows if r.date is not None]
    return StatusReport(
        rows=rows,
        counts={level: counts.get(level, 0) for level in Level},
        agency=agency,
        as_of=max(dates) if dates else None,
        lang=lang,
    )
