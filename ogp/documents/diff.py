"""What changed in the data between two versions, in the words of the people involved.

``compare(old, new)`` looks at two validated datasets and lists each change as
a :class:`Change`: a commitment added, its owners or reporter changed, its
status moved ("4.5: limited → substantial, 13.06.2014"), a meeting moved, an
agency's address changed. The words are English; dates are written as in the
letters (13.06.2014). ``ogp diff`` gets the old dataset from git (see
:mod:`ogp.data.gitrev`).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogp.data.model import (
    Address,
    Agency,
    AgendaItem,
    Commitment,
    Dataset,
    Letter,
    Meeting,
    Person,
    Plan,
    Section,
    StatusReport,
    TimelineEvent,
)
from ogp.data.problems import Problem, Severity
from ogp.errors import OgpError
from ogp.text.phrasing import (
    join_words,
    person_line,
    person_phrase,
    venue_phrase,
)
from ogp.text.wording import LEVELS

SECTIONS = {
    "plan": "Plan",
    "commitments": "Commitments",
    "meetings": "Meetings",
    "agencies": "Agencies",
    "letters": "Letters",
}

NONE = "none"


@dataclass(frozen=True)
class Change:
    """One change: what it is about (``section``, ``id``, ``subject``) and what happened."""

    section: str  # a key of SECTIONS
    id: str  # the record's id
    subject: str  # how people name it: '4.5', 'FIN', 'meeting no. 1'
    change: str  # 'added', 'removed' or 'changed'
    field: str | None  # what changed: 'status', 'owners', 'address', ...; None when added/removed
    text: str  # the change in words, after the subject
    old: str | None = None
    new: str | None = None

    def __str__(self) -> str:
        return f"{self.subject}: {self.text}"


@dataclass(frozen=True)
class DiffReport:
    """Every change between the data at ``rev`` and the working tree."""

    rev: str
    commit: str
    changes: list[Change] = field(default_factory=list)

    def by_section(self) -> list[tuple[str, list[Change]]]:
        return [
            (title, [c for c in self.changes if c.section == key])
            for key, title in SECTIONS.items()
            if any(c.section == key for c in self.changes)
        ]


class OldDataInvalid(OgpError):
    """The data at the revision compared with has errors, so there is nothing sure to compare."""

    def __init__(self, rev: str, problems: Sequence[Problem]) -> None:
        self.problems = [p for p in problems if p.severity is Severity.ERROR]
        n = len(self.problems)
        super().__init__(
            f"the data at '{rev}' has {n} error{'s' if n != 1 else ''}, so it cannot be "
            "compared with",
            hint="compare with a revision where the data was valid",
        )

    def lines(self) -> list[str]:
        return [*(str(p) for p in self.problems), *super().lines()]


# --- words for values ---------------------------------------------------------------------


def day(d: dt.date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else NONE


def quoted(text: str | None, limit: int = 160) -> str:
    if not text:
        return NONE
    text = " ".join(text.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def address_words(a: Address | None) -> str:
    if a is None or not a.lines:
        return NONE
    town = " ".join(x for x in (a.postcode, a.city) if x)
    return ", ".join([*a.lines, *([town] if town else [])])


def person_words(p: Person | None, names: Callable[[str], str]) -> str:
    """'statssekretær Paul Chaffey (KMD), pc@kmd.dep.no, telephone 22 24 90 90'."""
    if p is None:
        return NONE
    return person_line(
        person_phrase(p), names(p.agency) if p.agency else None, p.email, p.phone, "en"
    )


# --- the comparison -----------------------------------------------------------------------


class _Compare:
    def __init__(self, old: Dataset, new: Dataset) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []

    def name(self, agency_id: str) -> str:
        """An agency as tables name it (short name), from the new data where it still is."""
        agency = self.new.agency_by_id.get(agency_id) or self.old.agency_by_id.get(agency_id)
        return agency.label if agency else agency_id

    def names(self, ids: Sequence[str]) -> str:
        return join_words([self.name(a) for a in ids], "en") or NONE

    def add(
        self,
        section: str,
        rid: str,
        subject: str,
        change: str,
        field_: str | None,
        text: str,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        self.changes.append(Change(section, rid, subject, change, field_, text, old, new))

    def value(
        self, section: str, rid: str, subject: str, field_: str, label: str, old: str, new: str
    ) -> None:
        """A field whose value changed: 'label old → new'."""
        if old != new:
            self.add(section, rid, subject, "changed", field_, f"{label} {old} → {new}", old, new)

    def members(
        self,
        section: str,
        rid: str,
        subject: str,
        field_: str,
        label: str,
        old: Sequence[str],
        new: Sequence[str],
        words: Callable[[Sequence[str]], str],
        added: str = "{} added: ",
        removed: str = "{} removed: ",
    ) -> None:
        """A list of ids or texts: what came and what went."""
        came = [x for x in new if x not in old]
        went = [x for x in old if x not in new]
        if came:
            self.add(
                section,
                rid,
                subject,
                "changed",
                field_,
                added.format(label) + words(came),
                None,
                words(came),
            )
        if went:
            self.add(
                section,
                rid,
                subject,
                "changed",
                field_,
                removed.format(label) + words(went),
                words(went),
                None,
            )
        if not came and not went and list(old) != list(new):
            self.add(
                section,
                rid,
                subject,
                "changed",
                field_,
                f"{label} reordered: {words(old)} → {words(new)}",
                words(old),
                words(new),
            )

    def texts(self, items: Sequence[str]) -> str:
        return ", ".join(quoted(x) for x in items) or NONE

    # -- records matched by id

    def records(
        self,
        section: str,
        old: Sequence[Any],
        new: Sequence[Any],
        subject: Callable[[Any], str],
        summary: Callable[[Any], str],
        compare: Callable[[Any, Any, str], None],
    ) -> None:
        old_by_id = {r.id: r for r in old}
        new_ids = {r.id for r in new}
        for r in new:
            if r.id in old_by_id:
                compare(old_by_id[r.id], r, subject(r))
            else:
                self.add(
                    section,
                    r.id,
                    subject(r),
                    "added",
                    None,
                    f"added: {summary(r)}",
                    None,
                    summary(r),
                )
        for r in old:
            if r.id not in new_ids:
                self.add(
                    section,
                    r.id,
                    subject(r),
                    "removed",
                    None,
                    f"removed: {summary(r)}",
                    summary(r),
                    None,
                )

    # -- the plan

    def plan(self, a: Plan | None, b: Plan | None) -> None:
        s = "plan"
        if a is None or b is None:
            if a is not b:
                self.value(
                    s,
                    "plan",
                    "the plan",
                    "plan",
                    "description",
                    quoted(a.title) if a else NONE,
                    quoted(b.title) if b else NONE,
                )
            return
        for attr, label in (
            ("country", "country"),
            ("title", "title"),
            ("title_en", "English title"),
        ):
            self.value(
                s,
                "plan",
                "the plan",
                attr,
                label,
                quoted(getattr(a, attr)),
                quoted(getattr(b, attr)),
            )
        self.value(
            s, "plan", "the plan", "number", "number", str(a.number or NONE), str(b.number or NONE)
        )
        self.value(
            s,
            "plan",
            "the plan",
            "contact_point",
            "contact point",
            self.names([a.contact_point] if a.contact_point else []),
            self.names([b.contact_point] if b.contact_point else []),
        )
        self.records(
            s, a.timeline, b.timeline, lambda e: f"event {e.id}", self.event_words, self.event
        )

    def event_words(self, e: TimelineEvent) -> str:
        return f"{quoted(e.title)}, {_when(e)}" + (f", {e.place}" if e.place else "")

    def event(self, a: TimelineEvent, b: TimelineEvent, subject: str) -> None:
        self.value("plan", b.id, subject, "title", "title", quoted(a.title), quoted(b.title))
        self.value("plan", b.id, subject, "date", "date", _when(a), _when(b))
        for attr in ("place", "source"):
            self.value(
                "plan",
                b.id,
                subject,
                attr,
                attr,
                quoted(getattr(a, attr)),
                quoted(getattr(b, attr)),
            )

    # -- commitments

    def owners_words(self, c: Commitment) -> str:
        names = [self.name(o.agency) + (f" ({o.role})" if o.role else "") for o in c.owners]
        return "/".join(names) if c.owner_separator == "/" else join_words(names, "en")

    def commitment_words(self, c: Commitment) -> str:
        title = c.title_en or c.title
        return f"owners {self.owners_words(c)}" + (f", {quoted(title)}" if title else "")

    def commitment(self, a: Commitment, b: Commitment, subject: str) -> None:
        s, rid = "commitments", b.id
        if a.owner_ids != b.owner_ids or a.owner_separator != b.owner_separator:
            self.value(
                s, rid, subject, "owners", "owners", self.owners_words(a), self.owners_words(b)
            )
        else:
            self.value(
                s, rid, subject, "roles", "roles", self.owners_words(a), self.owners_words(b)
            )
        self.value(
            s,
            rid,
            subject,
            "collaborators",
            "collaborators",
            self.names(a.collaborators),
            self.names(b.collaborators),
        )
        ra, rb = a.effective_reporter(), b.effective_reporter()
        self.value(
            s,
            rid,
            subject,
            "reporter",
            "reporter",
            self.name(ra) if ra else "to be agreed",
            self.name(rb) if rb else "to be agreed",
        )
        for attr, label in (("label", "label"), ("title", "title"), ("title_en", "English title")):
            self.value(
                s, rid, subject, attr, label, quoted(getattr(a, attr)), quoted(getattr(b, attr))
            )
        self.value(
            s, rid, subject, "irm_no", "IRM number", str(a.irm_no or NONE), str(b.irm_no or NONE)
        )
        self.value(
            s,
            rid,
            subject,
            "parts",
            "parts",
            ", ".join(a.parts) or NONE,
            ", ".join(b.parts) or NONE,
        )
        self.status(a, b, subject)

    def status(self, a: Commitment, b: Commitment, subject: str) -> None:
        s, rid = "commitments", b.id
        level = LEVELS["en"]
        la, lb = a.latest_status(), b.latest_status()
        headline = False
        if lb is not None and (la is None or (la.level, la.date) != (lb.level, lb.date)):
            old_level = level[la.level] if la else level[a.level]
            if la is not None and la.level == lb.level:
                text = f"still {level[lb.level]}, {day(lb.date)}"
            else:
                text = f"{old_level} → {level[lb.level]}, {day(lb.date)}"
            self.add(
                s,
                rid,
                subject,
                "changed",
                "status",
                text,
                f"{old_level}, {day(la.date)}" if la else old_level,
                f"{level[lb.level]}, {day(lb.date)}",
            )
            headline = True
        elif lb is None and la is not None:
            self.add(
                s,
                rid,
                subject,
                "changed",
                "status",
                f"{level[la.level]} → {level[b.level]} (its status reports were removed)",
                f"{level[la.level]}, {day(la.date)}",
                level[b.level],
            )
            return
        old_by_date = {r.date: r for r in a.status}
        new_by_date = {r.date: r for r in b.status}
        for d, r in sorted(new_by_date.items()):
            if d not in old_by_date:
                if not (headline and r is lb):
                    self.add(
                        s,
                        rid,
                        subject,
                        "changed",
                        "status",
                        f"status report of {day(d)} added: {level[r.level]}",
                        None,
                        level[r.level],
                    )
                continue
            what = _report_fields(old_by_date[d], r, skip_level=headline and r is lb)
            if what:
                self.add(
                    s,
                    rid,
                    subject,
                    "changed",
                    "status",
                    f"status report of {day(d)} changed: {', '.join(what)}",
                )
        for d, r in sorted(old_by_date.items()):
            if d not in new_by_date:
                self.add(
                    s,
                    rid,
                    subject,
                    "changed",
                    "status",
                    f"status report of {day(d)} removed ({level[r.level]})",
                    level[r.level],
                    None,
                )

    # -- meetings

    def meeting_subject(self, m: Meeting) -> str:
        return f"meeting no. {m.number}" if m.number else f"meeting {m.id}"

    def meeting_words(self, m: Meeting) -> str:
        return f"{day(m.date)} {m.start:%H:%M}–{m.end:%H:%M}, {venue_phrase(m)}"

    def meeting(self, a: Meeting, b: Meeting, subject: str) -> None:
        s, rid = "meetings", b.id
        if a.date != b.date:
            self.add(
                s,
                rid,
                subject,
                "changed",
                "date",
                f"moved from {day(a.date)} to {day(b.date)}",
                day(a.date),
                day(b.date),
            )
        self.value(
            s,
            rid,
            subject,
            "time",
            "time",
            f"{a.start:%H:%M}–{a.end:%H:%M}",
            f"{b.start:%H:%M}–{b.end:%H:%M}",
        )
        self.value(s, rid, subject, "venue", "venue", venue_phrase(a), venue_phrase(b))
        self.value(s, rid, subject, "title", "title", quoted(a.title), quoted(b.title))
        self.value(
            s, rid, subject, "number", "number", str(a.number or NONE), str(b.number or NONE)
        )
        self.value(
            s,
            rid,
            subject,
            "chair",
            "chair",
            person_words(a.chair, self.name),
            person_words(b.chair, self.name),
        )
        self.value(s, rid, subject, "bring_id", "bring ID", yes_no(a.bring_id), yes_no(b.bring_id))
        ca = a.registration.contact if a.registration else None
        cb = b.registration.contact if b.registration else None
        self.value(
            s,
            rid,
            subject,
            "registration",
            "registration contact",
            person_words(ca, self.name),
            person_words(cb, self.name),
        )
        self.value(
            s,
            rid,
            subject,
            "registration",
            "registration deadline",
            day(a.registration_deadline()),
            day(b.registration_deadline()),
        )
        # the letter words the rule ("10 days before the meeting"), not only the date
        self.value(
            s,
            rid,
            subject,
            "registration",
            "registration days before",
            _days_before(a),
            _days_before(b),
        )
        self.members(
            s,
            rid,
            subject,
            "invited",
            "invited",
            a.invited,
            b.invited,
            self.names,
            "now also invites ",
            "no longer invites ",
        )
        self.value(
            s,
            rid,
            subject,
            "agenda",
            "agenda tentative",
            yes_no(a.agenda_tentative),
            yes_no(b.agenda_tentative),
        )
        self.sequence(
            s,
            rid,
            subject,
            "agenda",
            "agenda item",
            [_agenda_item(i) for i in a.agenda],
            [_agenda_item(i) for i in b.agenda],
        )

    def sequence(
        self,
        section: str,
        rid: str,
        subject: str,
        field_: str,
        label: str,
        old: list[str],
        new: list[str],
    ) -> None:
        """Items of an ordered list (agenda items, paragraphs), as a reader sees them change."""
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    self.add(
                        section,
                        rid,
                        subject,
                        "changed",
                        field_,
                        f"{label} {j1 + k + 1} {quoted(old[i1 + k])} → {quoted(new[j1 + k])}",
                        old[i1 + k],
                        new[j1 + k],
                    )
                continue
            for k in range(i1, i2):
                self.add(
                    section,
                    rid,
                    subject,
                    "changed",
                    field_,
                    f"{label} removed: {quoted(old[k])}",
                    old[k],
                    None,
                )
            for k in range(j1, j2):
                self.add(
                    section,
                    rid,
                    subject,
                    "changed",
                    field_,
                    f"{label} {k + 1} added: {quoted(new[k])}",
                    None,
                    new[k],
                )

    # -- agencies

    def agency_words(self, a: Agency) -> str:
        bits = [a.name] if a.short else []
        bits.append(f"id {a.id}")
        if a.address:
            bits.append(address_words(a.address))
        return ", ".join(bits)

    def agency(self, a: Agency, b: Agency, subject: str) -> None:
        s, rid = "agencies", b.id
        for attr, label in (
            ("name", "name"),
            ("short", "short name"),
            ("annex_name", "name in the annex"),
            ("email", "e-mail"),
        ):
            self.value(
                s, rid, subject, attr, label, quoted(getattr(a, attr)), quoted(getattr(b, attr))
            )
        self.value(
            s,
            rid,
            subject,
            "civil_society",
            "civil society",
            yes_no(a.civil_society),
            yes_no(b.civil_society),
        )
        self.value(
            s,
            rid,
            subject,
            "address",
            "address",
            address_words(a.address),
            address_words(b.address),
        )

    # -- letters

    def letter_words(self, x: Letter) -> str:
        ref = f" ({x.our_ref})" if x.our_ref else ""
        return f"{quoted(x.title)}{ref} of {day(x.date)}"

    def letter(self, a: Letter, b: Letter, subject: str) -> None:
        s, rid = "letters", b.id
        self.value(s, rid, subject, "date", "date", day(a.date), day(b.date))
        self.value(s, rid, subject, "sender", "sender", self.name(a.sender), self.name(b.sender))
        for attr, label in (
            ("title", "title"),
            ("our_ref", "our reference"),
            ("their_ref", "their reference"),
            ("addressee", "addressee"),
            ("letterhead", "letterhead"),
            ("closing", "closing"),
            ("annex_title", "annex title"),
            ("annex_note", "annex note"),
        ):
            self.value(
                s, rid, subject, attr, label, quoted(getattr(a, attr)), quoted(getattr(b, attr))
            )
        self.value(
            s,
            rid,
            subject,
            "approved_electronically",
            "approved electronically",
            yes_no(a.approved_electronically),
            yes_no(b.approved_electronically),
        )
        self.members(
            s,
            rid,
            subject,
            "meetings",
            "meetings",
            a.meetings,
            b.meetings,
            lambda ids: ", ".join(ids),
        )
        self.members(
            s, rid, subject, "recipients", "recipients", a.recipients, b.recipients, self.names
        )
        self.members(s, rid, subject, "copy_to", "copy to", a.copy_to, b.copy_to, self.names)
        self.members(
            s,
            rid,
            subject,
            "signatories",
            "signatories",
            [person_words(p, self.name) for p in a.signatories],
            [person_words(p, self.name) for p in b.signatories],
            "; ".join,
        )
        self.members(
            s, rid, subject, "attachments", "attachments", a.attachments, b.attachments, self.texts
        )
        self.sections(rid, subject, a.sections, b.sections)

    def sections(self, rid: str, subject: str, old: list[Section], new: list[Section]) -> None:
        """The letter's sections, matched by place: untouched ones are never reported."""
        s = "letters"
        for i, j in _match_sections(old, new):
            if j is None:
                assert i is not None
                self.add(
                    s,
                    rid,
                    subject,
                    "changed",
                    "sections",
                    f"section removed: {_section_words(old[i])}",
                    _section_words(old[i]),
                    None,
                )
                continue
            y = new[j]
            if i is None:
                self.add(
                    s,
                    rid,
                    subject,
                    "changed",
                    "sections",
                    f"section {j + 1} added: {_section_words(y)}",
                    None,
                    _section_words(y),
                )
                continue
            x = old[i]
            self.value(
                s,
                rid,
                subject,
                "sections",
                f"section {j + 1} heading",
                quoted(x.heading),
                quoted(y.heading),
            )
            where = quoted(y.heading) if y.heading else f"{j + 1} (without heading)"
            self.value(
                s, rid, subject, "sections", f"section {where} level", str(x.level), str(y.level)
            )
            self.sequence(
                s,
                rid,
                subject,
                "sections",
                f"paragraph of section {where}:",
                list(x.paragraphs),
                list(y.paragraphs),
            )


def _when(e: TimelineEvent) -> str:
    """'08.05.2014–09.05.2014', with the words ('approx') that may go with the days."""
    if e.date is None:
        return e.approx or NONE
    days = day(e.date) + (f"–{day(e.end)}" if e.end else "")
    return f"{days} ({e.approx})" if e.approx else days


def _days_before(m: Meeting) -> str:
    n = m.registration.days_before if m.registration else None
    return NONE if n is None else str(n)


def _section_words(x: Section) -> str:
    """A section as a reader finds it: its heading, else its first paragraph."""
    if x.heading:
        return quoted(x.heading)
    first = x.paragraphs[0] if x.paragraphs else None
    return f"without heading, {quoted(first, 60)}"


def _pairs(old: Sequence[Any], new: Sequence[Any]) -> list[tuple[int | None, int | None]]:
    """Items of two lists matched in order: equal runs and replaced runs pair up by place."""
    out: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for _op, i1, i2, j1, j2 in matcher.get_opcodes():
        n = min(i2 - i1, j2 - j1)
        out += [(i1 + k, j1 + k) for k in range(n)]
        out += [(i, None) for i in range(i1 + n, i2)]
        out += [(None, j) for j in range(j1 + n, j2)]
    return out


def _match_sections(
    old: Sequence[Section], new: Sequence[Section]
) -> list[tuple[int | None, int | None]]:
    """Which old section became which new one.

    Sections equal in every field pair up first (in order), so an untouched
    section is never reported, however many share a heading or have none.
    The rest pair up by heading within each changed stretch, and else by
    place: an edited section is reported as edited, not as one removed and
    another added.
    """

    def content(x: Section) -> tuple[Any, ...]:
        return (x.heading, x.level, tuple(x.paragraphs))

    out: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(
        a=[content(x) for x in old], b=[content(x) for x in new], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [(i1 + k, j1 + k) for k in range(i2 - i1)]
            continue
        for i, j in _pairs([x.heading for x in old[i1:i2]], [x.heading for x in new[j1:j2]]):
            out.append((None if i is None else i1 + i, None if j is None else j1 + j))
    return out


def _report_fields(a: StatusReport, b: StatusReport, *, skip_level: bool) -> list[str]:
    level = LEVELS["en"]
    what = []
    if a.level != b.level and not skip_level:
        what.append(f"{level[a.level]} → {level[b.level]}")
    for attr in ("note", "meeting", "source"):
        if getattr(a, attr) != getattr(b, attr):
            what.append(attr)
    return what


def _agenda_item(item: AgendaItem) -> str:
    """'Status (2–3 min per agency, 45 min in all)': every field of the item."""
    bits = []
    if item.status_round:
        r = item.status_round
        bits.append(f"{r.min_minutes}–{r.max_minutes} min per agency")
    if item.minutes is not None:
        bits.append(f"{item.minutes} min in all" if item.status_round else f"{item.minutes} min")
    return item.title + (f" ({', '.join(bits)})" if bits else "")


def compare(old: Dataset, new: Dataset) -> list[Change]:
    """Every change from ``old`` to ``new``, section by section, records in the data's order."""
    c = _Compare(old, new)
    c.plan(old.plan, new.plan)
    c.records(
        "commitments",
        old.commitments_in_plan_order(),
        new.commitments_in_plan_order(),
        lambda x: x.display_label,
        c.commitment_words,
        c.commitment,
    )
    c.records("meetings", old.meetings, new.meetings, c.meeting_subject, c.meeting_words, c.meeting)
    c.records("agencies", old.agencies, new.agencies, lambda x: x.label, c.agency_words, c.agency)
    c.records(
        "letters", old.letters, new.letters, lambda x: f"letter {x.id}", c.letter_words, c.letter
    )
    return c.changes


def build(data_dir: Path, rev: str = "HEAD") -> DiffReport:
    """The changes from the data at git revision ``rev`` to the data in ``data_dir`` now.

    Data files that did not exist at ``rev`` count as empty, so a data folder
    new since then shows every record as added.
    """
    from ogp.data import dataset, gitrev

    snap = gitrev.snapshot(data_dir, rev)
    new = dataset.load(data_dir)
    if snap.texts:
        old_result = dataset.read_texts(snap.texts, snap.display_prefix)
        if old_result.errors:
            raise OldDataInvalid(rev, old_result.problems)
        old = old_result.data
    else:
        old = Dataset()
    return DiffReport(rev, snap.commit, compare(old, new))
