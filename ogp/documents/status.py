"""Where every commitment stands: the rows behind ``ogp status``, whatever the format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ogp.data.model import Commitment, Dataset, Level
from ogp.text.phrasing import agency_name, commitment_label, owners_phrase
from ogp.text.wording import word


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
class AgencyGroup:
    """One agency's part of the overview: what it owns, and what it works on with others."""

    agency: str
    name: str  # "Kulturdepartementet (KUD)"
    rows: list[StatusRow]  # owned first, then those it is a partner in, each in plan order
    partner: frozenset[str]  # ids of the rows where it is a partner, not an owner
    counts: dict[Level, int]  # of the commitments it owns


@dataclass(frozen=True)
class StatusReport:
    rows: list[StatusRow]
    counts: dict[Level, int]
    agency: str | None
    as_of: date | None  # the newest date in the rows' status reports
    lang: str
    groups: list[AgencyGroup] = field(default_factory=list)


def build(data: Dataset, *, agency: str | None = None, lang: str = "nb") -> StatusReport:
    rows = []
    for c in data.commitments_in_plan_order():
        if agency is not None and not c.involves(agency):
            continue
        latest = c.latest_status()
        reporter = c.effective_reporter()
        rows.append(
            StatusRow(
                commitment=c,
                id=c.id,
                label=commitment_label(c, lang),
                title=(c.title_en or c.title or "")
                if lang == "en"
                else (c.title or c.title_en or ""),
                owners=owners_phrase(data, c, lang),
                reporter=agency_name(data, reporter, annex=False)
                if reporter
                else word(lang, "to_be_agreed"),
                reporter_agreed=reporter is not None,
                level=c.level,
                date=latest.date if latest else None,
                note=(latest.note or "") if latest else "",
            )
        )
    counts = Counter(r.level for r in rows)
    dates = [r.date for r in rows if r.date is not None]
    return StatusReport(
        rows=rows,
        counts={level: counts.get(level, 0) for level in Level},
        agency=agency,
        as_of=max(dates) if dates else None,
        lang=lang,
        groups=by_agency(data, rows, only=agency),
    )


def by_agency(data: Dataset, rows: list[StatusRow], only: str | None = None) -> list[AgencyGroup]:
    """The rows grouped by agency, in the order of agencies.yaml; a shared commitment
    appears under each of its owners (and under its partners, marked)."""
    owns: dict[str, list[StatusRow]] = {}  # one pass over the rows, not one per agency
    partners: dict[str, list[StatusRow]] = {}
    for r in rows:
        for a_id in dict.fromkeys(r.commitment.owner_ids):
            owns.setdefault(a_id, []).append(r)
        for a_id in dict.fromkeys(r.commitment.collaborators):
            partners.setdefault(a_id, []).append(r)
    groups = []
    for a in data.agencies:
        if only is not None and a.id != only:
            continue
        owned, partner = owns.get(a.id, []), partners.get(a.id, [])
        if not owned and not partner:
            continue
        counts = Counter(r.level for r in owned)
        name = f"{a.name} ({a.short})" if a.short and a.short != a.name else a.name
        groups.append(
            AgencyGroup(
                agency=a.id,
                name=name,
                rows=owned + partner,
                partner=frozenset(r.id for r in partner),
                counts={level: counts.get(level, 0) for level in Level},
            )
        )
    return groups
