"""Where every commitment stands: the rows behind ``ogp status``, whatever the format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ogp.data.model import Commitment, Dataset, Level
from ogp.data.model import StatusReport as Report
from ogp.text.dates import table_date
from ogp.text.phrasing import (
    agency_name,
    commitment_label,
    country_in,
    in_language,
    owners_phrase,
    person_phrase,
)
from ogp.text.statuswords import irm_value, status_word
from ogp.text.wording import word


@dataclass(frozen=True)
class MilestoneRow:
    id: str
    text: str
    due: date | None
    done: bool
    overdue: bool
    words: str  # "frist 30.06.2014, passert"


@dataclass(frozen=True)
class IrmRow:
    aspect: str  # field name: open_government
    label: str  # in words
    value: str  # as published, in words
    url: str
    note: str
    raw: str = ""  # the value as the data holds it: did-not-change, no, Low


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
    where: str = ""  # where the latest status was reported: "møte 2", or the source
    where_is_data: bool = False  # ``where`` is the data's source (Norwegian), not ogp's words
    evidence: tuple[tuple[str, str], ...] = ()  # (title, url) of the latest report
    challenges: str = ""
    next_steps: str = ""
    milestones: tuple[MilestoneRow, ...] = ()
    contact: str = ""
    irm: tuple[IrmRow, ...] = ()
    ogp_id: str = ""
    # the language the title is written in ("nb", "en"; "" without one): an English
    # title where the plan has no Norwegian one is marked as English in the HTML
    title_lang: str = ""

    @property
    def overdue(self) -> int:
        return sum(1 for m in self.milestones if m.overdue)


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
    plan: str = ""  # "Den andre norske handlingsplanen i OGP (Norge)"
    today: date | None = None  # the day deadlines are judged on (--as-of)


def _where(data: Dataset, report: Report | None, lang: str) -> str:
    if report is None:
        return ""
    if report.meeting:
        m = data.meeting_by_id.get(report.meeting)
        n = str(m.number) if m is not None and m.number is not None else report.meeting
        return status_word(lang, "at_meeting", n=n)
    return report.source or ""


def _milestones(c: Commitment, today: date, lang: str) -> tuple[MilestoneRow, ...]:
    rows = []
    for ms in c.milestones:
        done = c.milestone_done(ms.id)
        late = ms.overdue(today, done)
        if done:
            words = status_word(lang, "done")
        elif ms.due is not None:
            words = status_word(lang, "overdue" if late else "due", date=table_date(ms.due, lang))
        else:
            words = ""
        rows.append(MilestoneRow(ms.id, ms.text, ms.due, done, late, words))
    return tuple(rows)


def _contact(data: Dataset, c: Commitment) -> str:
    p = c.contact
    if p is None:
        return ""
    parts = [person_phrase(p)]
    if p.agency:
        parts.append(agency_name(data, p.agency, annex=False))
    parts += [x for x in (p.email, p.phone) if x]
    return ", ".join(parts)


def _irm(c: Commitment, lang: str) -> tuple[IrmRow, ...]:
    if c.irm is None:
        return ()
    out = []
    for aspect, f in c.irm.findings():
        value = irm_value(aspect, f.value, lang)
        out.append(
            IrmRow(aspect, status_word(lang, aspect), value, f.url, f.note or "", str(f.value))
        )
    return tuple(out)


def build(
    data: Dataset, *, agency: str | None = None, lang: str = "nb", today: date | None = None
) -> StatusReport:
    day = today or date.today()
    rows = []
    for c in data.commitments_in_plan_order():
        if agency is not None and not c.involves(agency):
            continue
        latest = c.latest_status()
        reporter = c.effective_reporter()
        title, title_lang = in_language(c.title, c.title_en, lang)
        rows.append(
            StatusRow(
                commitment=c,
                id=c.id,
                label=commitment_label(c, lang),
                title=title,
                title_lang=title_lang,
                owners=owners_phrase(data, c, lang),
                reporter=agency_name(data, reporter, annex=False)
                if reporter
                else word(lang, "to_be_agreed"),
                reporter_agreed=reporter is not None,
                level=c.level,
                date=latest.date if latest else None,
                note=(latest.note or "") if latest else "",
                where=_where(data, latest, lang),
                where_is_data=latest is not None and not latest.meeting and bool(latest.source),
                evidence=tuple((e.title, e.url) for e in latest.evidence) if latest else (),
                challenges=(latest.challenges or "") if latest else "",
                next_steps=(latest.next_steps or "") if latest else "",
                milestones=_milestones(c, day, lang),
                contact=_contact(data, c),
                irm=_irm(c, lang),
                ogp_id=c.ogp_id or "",
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
        plan=status_word(
            lang,
            "plan",
            title=_plan_title(data, lang),
            # the country in the page's language where CLDR knows it ("Norge" -> "Norway")
            country=country_in(data.plan.country, lang) or data.plan.country,
        )
        if data.plan
        else "",
        today=day,
    )


def _plan_title(data: Dataset, lang: str) -> str:
    plan = data.plan
    assert plan is not None
    return (plan.title_en or plan.title) if lang == "en" else plan.title


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
