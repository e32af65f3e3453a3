"""What changed in the data between two versions, in the words of the people involved.

``compare(old, new, lang)`` looks at two validated datasets and lists each
change as a :class:`Change`: a commitment added, its owners or reporter
changed, its status moved ("4.5: limited → substantial, 13 Jun 2014"), a note
reported, a meeting moved, an agency's address changed, a paragraph of a
letter edited. A long text that changed is shown by its changed words, with a
few words around each change ("'…Paul Chaffey.' → '…Paul Chaffey, eller en
stedfortreder.'"), never as two equal prefixes.

Every word comes from :mod:`ogp.text.wording` (``diff_*``), phrases of records
(owners, people, addresses, venues) from :mod:`ogp.text.phrasing`, dates from
:mod:`ogp.text.dates` (the table form): ``ogp diff --lang nb`` is all
Norwegian, ``--lang en`` (the default) all English. ``ogp diff`` gets the old
dataset from git (see :mod:`ogp.data.gitrev`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogp.data import kinds
from ogp.data.model import (
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
from ogp.text import dates
from ogp.text.phrasing import (
    address_lines,
    agency_name,
    join_words,
    owners_phrase,
    person_contact,
    venue_phrase,
)
from ogp.text.wording import WORDS, level_label, word

SECTIONS = kinds.SECTIONS  # in the order shown: the plan, then each kind's (ogp.data.kinds)

SHORT = 160  # a text change whose old and new fit in this many characters is shown whole
CONTEXT = 5  # words shown before and after each change of a longer text


@dataclass(frozen=True)
class Change:
    """One change: what it is about (``section``, ``id``, ``subject``) and what happened."""

    section: str  # one of SECTIONS
    id: str  # the record's id
    subject: str  # how people name it: '4.5', 'FIN', 'meeting no. 1'
    change: str  # 'added', 'removed' or 'changed'
    field: str | None  # what changed: 'status', 'owners', 'address', ...; None when added/removed
    text: str  # the change in words, after the subject
    old: str | None = None  # the old value in full (for programs), where there is one
    new: str | None = None

    def __str__(self) -> str:
        return f"{self.subject}: {self.text}"


@dataclass(frozen=True)
class DiffReport:
    """Every change between the data at ``rev`` and the working tree, worded in ``lang``."""

    rev: str
    commit: str
    changes: list[Change] = field(default_factory=list)
    lang: str = "en"

    def by_section(self) -> list[tuple[str, list[Change]]]:
        """(section title, its changes), in the order of SECTIONS, sections without change
        left out."""
        out = []
        for key in SECTIONS:
            changes = [c for c in self.changes if c.section == key]
            if changes:
                out.append((word(self.lang, f"diff_section_{key}"), changes))
        return out


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


# --- long texts: the changed words ---------------------------------------------------------


def quoted(text: str) -> str:
    """A text in quotes, its spacing made single (YAML folds lines into spaces)."""
    return f"'{' '.join(text.split())}'"


def excerpts(old: str, new: str, context: int = CONTEXT) -> list[tuple[str, str]]:
    """Where two texts differ, word by word: for each change, the old and the new words
    with up to ``context`` equal words either side ('…' where the text goes on).

    Changes closer than twice ``context`` words share one excerpt. Empty when
    the texts differ only in spacing.
    """
    a, b = old.split(), new.split()
    out = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        head = "…" if i1 > 0 else ""
        tail = "…" if i2 < len(a) else ""
        out.append((head + " ".join(a[i1:i2]) + tail, head + " ".join(b[j1:j2]) + tail))
    return out


# --- the comparison -----------------------------------------------------------------------


class _Compare:
    """Words for values, in one language, and the changes found so far."""

    def __init__(self, old: Dataset, new: Dataset, lang: str) -> None:
        self.old = old
        self.new = new
        self.lang = lang
        self.changes: list[Change] = []
        # agencies are named as the new data names them, removed ones as the old did
        gone = [a for a in old.agencies if a.id not in new.agency_by_id]
        self.names_data = Dataset(agencies=[*new.agencies, *gone])

    def w(self, key: str, **values: str | int) -> str:
        return word(self.lang, key, **values)

    @property
    def none(self) -> str:
        return self.w("diff_none")

    def day(self, d: dt.date | None) -> str:
        return dates.table_date(d, self.lang) if d else self.none

    def hours(self, m: Meeting) -> str:
        return dates.clock_range(m.start, m.end, self.lang)

    def yes_no(self, value: bool) -> str:
        return self.w("diff_yes" if value else "diff_no")

    def name(self, agency_id: str) -> str:
        """An agency as tables name it (its short name)."""
        return agency_name(self.names_data, agency_id, annex=False)

    def names(self, ids: Sequence[str]) -> str:
        return join_words([self.name(a) for a in ids], self.lang) or self.none

    def person(self, p: Person | None) -> str:
        """'statssekretær Paul Chaffey (KMD), pc@kmd.dep.no, telephone 22 24 90 90'."""
        return person_contact(self.names_data, p, self.lang) if p else self.none

    def meeting_name(self, m: Meeting) -> str:
        if m.number is not None:
            return self.w("diff_meeting", number=m.number)
        return self.w("diff_meeting_unnumbered", id=m.id)

    def meeting_ref(self, meeting_id: str) -> str:
        m = self.new.meeting_by_id.get(meeting_id) or self.old.meeting_by_id.get(meeting_id)
        return self.meeting_name(m) if m else meeting_id

    def text(self, value: str | None) -> str:
        return quoted(value) if value else self.none

    def texts(self, items: Sequence[str]) -> str:
        return ", ".join(quoted(x) for x in items) or self.none

    def record(self, section: str, rid: str, subject: str) -> _Record:
        return _Record(self, section, rid, subject)

    def records(
        self,
        section: str,
        old: Sequence[Any],
        new: Sequence[Any],
        subject: Callable[[Any], str],
        summary: Callable[[Any], str],
        compare: Callable[[Any, Any, _Record], None],
    ) -> None:
        """Records matched by id: each one added, removed, or compared field by field."""
        old_by_id = {r.id: r for r in old}
        new_ids = {r.id for r in new}
        for r in new:
            rec = self.record(section, r.id, subject(r))
            if r.id in old_by_id:
                compare(old_by_id[r.id], r, rec)
            else:
                rec.add("added", None, self.w("diff_added", what=summary(r)), None, summary(r))
        for r in old:
            if r.id not in new_ids:
                rec = self.record(section, r.id, subject(r))
                rec.add("removed", None, self.w("diff_removed", what=summary(r)), summary(r))


@dataclass
class _Record:
    """One record's changes: what it is (section, id, subject) is said once."""

    c: _Compare
    section: str
    id: str
    subject: str

    def add(
        self,
        change: str,
        field_: str | None,
        text: str,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        self.c.changes.append(
            Change(self.section, self.id, self.subject, change, field_, text, old, new)
        )

    def label(self, key: str) -> str:
        return self.c.w(f"diff_label_{key}")

    def value(self, field_: str, old: str, new: str, label: str | None = None) -> None:
        """A field whose value changed: 'label old → new' (``label``: the field's word)."""
        if old != new:
            text = f"{label or self.label(field_)} {old} → {new}"
            self.add("changed", field_, text, old, new)

    def text(self, field_: str, old: str | None, new: str | None, label: str | None = None) -> None:
        """A text field: shown whole when short, else by its changed words."""
        if (old or None) == (new or None):
            return
        label = label or self.label(field_)
        self.add("changed", field_, f"{label} {text_change(old, new, self.c.lang)}", old, new)

    def texts(self, attrs: Sequence[str], a: object, b: object) -> None:
        """The text fields ``attrs`` of two versions of a record."""
        for attr in attrs:
            self.text(attr, getattr(a, attr), getattr(b, attr))

    def flags(self, attrs: Sequence[str], a: object, b: object) -> None:
        """The yes/no fields ``attrs`` of two versions of a record."""
        for attr in attrs:
            self.value(attr, self.c.yes_no(getattr(a, attr)), self.c.yes_no(getattr(b, attr)))

    def members(
        self,
        field_: str,
        old: Sequence[str],
        new: Sequence[str],
        words: Callable[[Sequence[str]], str],
        added: str = "diff_items_added",
        removed: str = "diff_items_removed",
    ) -> None:
        """A list of ids or texts: what came and what went."""
        label = self.label(field_)
        old_set, new_set = set(old), set(new)  # a meeting may invite thousands: not x in list
        came = [x for x in new if x not in old_set]
        went = [x for x in old if x not in new_set]
        if came:
            text = self.c.w(added, label=label, items=words(came))
            self.add("changed", field_, text, None, words(came))
        if went:
            text = self.c.w(removed, label=label, items=words(went))
            self.add("changed", field_, text, words(went), None)
        if not came and not went and list(old) != list(new):
            text = self.c.w("diff_items_reordered", label=label, old=words(old), new=words(new))
            self.add("changed", field_, text, words(old), words(new))

    def sequence(
        self,
        field_: str,
        old: list[str],
        new: list[str],
        changed: Callable[[int], str],
        removed: Callable[[str], str],
        added: Callable[[int, str], str],
    ) -> None:
        """Items of an ordered list (agenda items, paragraphs), as a reader sees them change:
        ``changed(n)`` names the n-th item, ``removed(text)`` and ``added(n, text)`` say the
        rest."""
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    label = f"{changed(j1 + k + 1)}:"
                    self.text(field_, old[i1 + k], new[j1 + k], label=label)
                continue
            for k in range(i1, i2):
                self.add("changed", field_, removed(quoted(old[k])), old[k], None)
            for k in range(j1, j2):
                self.add("changed", field_, added(k + 1, quoted(new[k])), None, new[k])


def text_change(old: str | None, new: str | None, lang: str) -> str:
    """ "'old' → 'new'" for short texts; for long ones only the changed words, in context."""
    none = word(lang, "diff_none")
    if not old or not new:
        return f"{quoted(old) if old else none} → {quoted(new) if new else none}"
    whole = f"{quoted(old)} → {quoted(new)}"
    if len(whole) <= SHORT:
        return whole if old.split() != new.split() else word(lang, "diff_spacing_only")
    parts = excerpts(old, new)
    if not parts:
        return word(lang, "diff_spacing_only")
    return "; ".join(f"'{a}' → '{b}'" for a, b in parts)


# --- the records, one function each --------------------------------------------------------


def _plan(c: _Compare, a: Plan | None, b: Plan | None) -> None:
    rec = c.record("plan", "plan", c.w("diff_the_plan"))
    if a is None or b is None:
        if a is not b:
            rec.text("description", a.title if a else None, b.title if b else None)
        return
    rec.texts(("country", "title", "title_en"), a, b)
    rec.value("number", str(a.number or c.none), str(b.number or c.none))
    rec.value("start", c.day(a.start), c.day(b.start))
    rec.value("end", c.day(a.end), c.day(b.end))
    rec.value(
        "contact_point",
        c.names([a.contact_point] if a.contact_point else []),
        c.names([b.contact_point] if b.contact_point else []),
    )
    c.records(
        "plan",
        a.timeline,
        b.timeline,
        lambda e: c.w("diff_event", id=e.id),
        lambda e: _event_words(c, e),
        lambda x, y, r: _event(c, x, y, r),
    )


def _when(c: _Compare, e: TimelineEvent) -> str:
    """'8 May 2014–9 May 2014', with the words ('approx') that may go with the days."""
    if e.date is None:
        return e.approx or c.none
    days = c.day(e.date) + (f"–{c.day(e.end)}" if e.end else "")
    return f"{days} ({e.approx})" if e.approx else days


def _event_words(c: _Compare, e: TimelineEvent) -> str:
    return f"{quoted(e.title)}, {_when(c, e)}" + (f", {e.place}" if e.place else "")


def _event(c: _Compare, a: TimelineEvent, b: TimelineEvent, rec: _Record) -> None:
    rec.text("title", a.title, b.title)
    rec.value("date", _when(c, a), _when(c, b))
    rec.texts(("place", "source"), a, b)


def _owners(c: _Compare, x: Commitment) -> str:
    return owners_phrase(c.names_data, x, c.lang, collaborators=False)


def _commitment_words(c: _Compare, x: Commitment) -> str:
    title = x.title_en if c.lang == "en" and x.title_en else x.title or x.title_en
    owners = c.w("diff_commitment_summary", owners=_owners(c, x))
    return owners + (f", {quoted(title)}" if title else "")


def _commitment(c: _Compare, a: Commitment, b: Commitment, rec: _Record) -> None:
    same_owners = a.owner_ids == b.owner_ids and a.owner_separator == b.owner_separator
    rec.value("roles" if same_owners else "owners", _owners(c, a), _owners(c, b))
    rec.value("collaborators", c.names(a.collaborators), c.names(b.collaborators))
    ra, rb = a.effective_reporter(), b.effective_reporter()
    agreed = c.w("to_be_agreed")
    rec.value("reporter", c.name(ra) if ra else agreed, c.name(rb) if rb else agreed)
    rec.texts(("label", "title", "title_en", "ogp_id", "description", "description_en"), a, b)
    rec.value("irm_no", str(a.irm_no or c.none), str(b.irm_no or c.none))
    rec.value("parts", ", ".join(a.parts) or c.none, ", ".join(b.parts) or c.none)
    rec.value("contact", c.person(a.contact), c.person(b.contact))
    _milestones(c, a, b, rec)
    _irm(c, a, b, rec)
    _status(c, a, b, rec)


def _milestone_words(c: _Compare, m: Any) -> str:
    """'m1 'Veileder publisert' (1 Jan 2014–30 Jun 2014)'."""
    span = "–".join(c.day(d) for d in (m.start, m.due) if d)
    return f"{m.id} {quoted(m.text)}" + (f" ({span})" if span else "")


def _milestones(c: _Compare, a: Commitment, b: Commitment, rec: _Record) -> None:
    """Milestones matched by id: added, removed, or their text or dates changed."""
    old = {m.id: m for m in a.milestones}
    new_ids = {m.id for m in b.milestones}
    label = rec.label("milestone")
    for m in b.milestones:
        if m.id not in old:
            what = _milestone_words(c, m)
            rec.add("changed", "milestones", f"{label} {c.w('diff_added', what=what)}", None, what)
            continue
        x = old[m.id]
        rec.text("milestones", x.text, m.text, label=f"{label} {m.id}:")
        for attr in ("start", "due"):
            rec.value(
                "milestones",
                c.day(getattr(x, attr)),
                c.day(getattr(m, attr)),
                f"{label} {m.id}: {rec.label(attr)}",
            )
    for m in a.milestones:
        if m.id not in new_ids:
            what = _milestone_words(c, m)
            rec.add("changed", "milestones", f"{label} {c.w('diff_removed', what=what)}", what)


def _irm(c: _Compare, a: Commitment, b: Commitment, rec: _Record) -> None:
    """The IRM's findings, one by one: the value, and the report and address it is from."""
    old = dict(a.irm.findings()) if a.irm else {}
    new = dict(b.irm.findings()) if b.irm else {}
    for name in [*new, *(n for n in old if n not in new)]:

        def words(f: Any) -> str:
            return f"{quoted(f.value)} <{f.url}>" if f is not None else c.none

        label = c.w("diff_irm_finding", finding=rec.label(f"irm_{name}"))
        rec.value("irm", words(old.get(name)), words(new.get(name)), label)


# the fields of a status report said by the date and level; every other one is compared
_REPORT_KEYS = ("date", "level", "where")
_NAMED = ("meeting", "reported_by")  # ids, said by the name of what they refer to


def _report_fields(r: StatusReport) -> list[str]:
    return [f.name for f in dataclasses.fields(r) if f.name not in _REPORT_KEYS]


def _report_value(c: _Compare, attr: str, value: object) -> str:
    """A field of a status report in words: a meeting or agency by its name, evidence as
    'title <url>', a text in quotes."""
    if value is None or value == "" or value == []:
        return c.none
    if attr == "meeting" and isinstance(value, str):
        return c.meeting_ref(value)
    if attr == "reported_by" and isinstance(value, str):
        return c.name(value)
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, list | tuple):
        return ", ".join(_item_words(v) for v in value)
    return str(value)


def _item_words(value: object) -> str:
    """An item of a list field: evidence (title and url) or a text."""
    title, url = getattr(value, "title", None), getattr(value, "url", None)
    if isinstance(title, str) and isinstance(url, str):
        return f"{quoted(title)} <{url}>"
    return quoted(str(value))


def _report_words(c: _Compare, r: StatusReport) -> str:
    """What a report says beside its level: '(meeting no. 2): 'Godt i gang''."""
    where = [
        _report_value(c, a, getattr(r, a))
        for a in ("meeting", "source")
        if a in _report_fields(r) and getattr(r, a)
    ]
    note = getattr(r, "note", None)
    return (f" ({', '.join(where)})" if where else "") + (f": {quoted(note)}" if note else "")


def _report_changes(c: _Compare, a: StatusReport, b: StatusReport, *, skip_level: bool) -> str:
    """'level limited → substantial; note 'Started' → 'Started late''; '' when equal."""
    what = []
    if a.level != b.level and not skip_level:
        old, new = level_label(c.lang, a.level), level_label(c.lang, b.level)
        what.append(f"{c.w('diff_label_level')} {old} → {new}")
    for attr in _report_fields(b):
        x, y = getattr(a, attr), getattr(b, attr)
        key = f"diff_label_{attr}"
        label = c.w(key) if key in WORDS[c.lang] else attr.replace("_", " ")
        if isinstance(x, str | None) and isinstance(y, str | None) and attr not in _NAMED:
            if (x or None) != (y or None):
                what.append(f"{label} {text_change(x, y, c.lang)}")
            continue
        old, new = _report_value(c, attr, x), _report_value(c, attr, y)
        if old != new:  # compared in words: records in lists compare by identity
            what.append(f"{label} {old} → {new}")
    return "; ".join(what)


def _status(c: _Compare, a: Commitment, b: Commitment, rec: _Record) -> None:
    la, lb = a.latest_status(), b.latest_status()

    def level(x: Any) -> str:
        return level_label(c.lang, x)

    headline = False
    if lb is not None and (la is None or (la.level, la.date) != (lb.level, lb.date)):
        old_level = level(la.level) if la else level(a.level)
        new = f"{level(lb.level)}, {c.day(lb.date)}"
        if la is not None and la.level == lb.level:
            text = c.w("diff_status_still", level=level(lb.level), date=c.day(lb.date))
        else:
            text = f"{old_level} → {new}"
        old = f"{old_level}, {c.day(la.date)}" if la else old_level
        rec.add("changed", "status", text + _report_words(c, lb), old, new)
        headline = True
    elif lb is None and la is not None:
        text = c.w("diff_status_reports_removed", old=level(la.level), new=level(b.level))
        rec.add("changed", "status", text, f"{level(la.level)}, {c.day(la.date)}", level(b.level))
        return
    old_by_date = {r.date: r for r in a.status}
    new_by_date = {r.date: r for r in b.status}
    for d, r in sorted(new_by_date.items()):
        if d not in old_by_date:
            if not (headline and r is lb):
                what = level(r.level) + _report_words(c, r)
                rec.add("changed", "status", c.w("diff_report_added", date=c.day(d), what=what))
            continue
        what = _report_changes(c, old_by_date[d], r, skip_level=headline and r is lb)
        if what:
            rec.add("changed", "status", c.w("diff_report_changed", date=c.day(d), what=what))
    for d, r in sorted(old_by_date.items()):
        if d not in new_by_date:
            text = c.w("diff_report_removed", date=c.day(d), level=level(r.level))
            rec.add("changed", "status", text, level(r.level), None)


def _meeting_words(c: _Compare, m: Meeting) -> str:
    return f"{c.day(m.date)} {c.hours(m)}, {venue_phrase(m)}"


def _days_before(c: _Compare, m: Meeting) -> str:
    n = m.registration.days_before if m.registration else None
    return c.none if n is None else str(n)


def _agenda_item(c: _Compare, item: AgendaItem) -> str:
    """'Status (2–3 min per agency, 45 min in all)': every field of the item."""
    bits = []
    if item.status_round:
        r = item.status_round
        bits.append(c.w("diff_per_agency", low=r.min_minutes, high=r.max_minutes))
    if item.minutes is not None:
        key = "diff_in_all" if item.status_round else "diff_minutes"
        bits.append(c.w(key, minutes=item.minutes))
    return item.title + (f" ({', '.join(bits)})" if bits else "")


def _meeting(c: _Compare, a: Meeting, b: Meeting, rec: _Record) -> None:
    if a.date != b.date:
        old, new = c.day(a.date), c.day(b.date)
        rec.add("changed", "date", c.w("diff_moved", old=old, new=new), old, new)
    rec.value("time", c.hours(a), c.hours(b))
    rec.value("venue", venue_phrase(a), venue_phrase(b))
    rec.text("title", a.title, b.title)
    rec.value("number", str(a.number or c.none), str(b.number or c.none))
    rec.value("chair", c.person(a.chair), c.person(b.chair))
    rec.flags(("bring_id",), a, b)
    ca = a.registration.contact if a.registration else None
    cb = b.registration.contact if b.registration else None
    reg = rec.label
    rec.value("registration", c.person(ca), c.person(cb), reg("registration_contact"))
    rec.value(
        "registration",
        c.day(a.registration_deadline()),
        c.day(b.registration_deadline()),
        reg("registration_deadline"),
    )
    # the letter words the rule ("10 days before the meeting"), not only the date
    rec.value("registration", _days_before(c, a), _days_before(c, b), reg("days_before"))
    rec.members("invited", a.invited, b.invited, c.names, "diff_invites", "diff_uninvites")
    rec.flags(("agenda_tentative",), a, b)
    rec.sequence(
        "agenda",
        [_agenda_item(c, i) for i in a.agenda],
        [_agenda_item(c, i) for i in b.agenda],
        lambda n: c.w("diff_agenda_item", n=n),
        lambda what: c.w("diff_agenda_item_removed", what=what),
        lambda n, what: c.w("diff_agenda_item_added", n=n, what=what),
    )


def _agency_words(c: _Compare, x: Agency) -> str:
    bits = [x.name] if x.short else []
    bits.append(c.w("diff_agency_id", id=x.id))
    if x.address:
        bits.append(", ".join(address_lines(x.address)))
    return ", ".join(bits)


def _agency(c: _Compare, a: Agency, b: Agency, rec: _Record) -> None:
    rec.texts(("name", "short", "annex_name", "email"), a, b)
    rec.flags(("civil_society",), a, b)
    rec.value(
        "address",
        ", ".join(address_lines(a.address)) or c.none,
        ", ".join(address_lines(b.address)) or c.none,
    )


def _letter_words(c: _Compare, x: Letter) -> str:
    ref = f" ({x.our_ref})" if x.our_ref else ""
    return c.w("diff_letter_summary", title=quoted(x.title), ref=ref, date=c.day(x.date))


def _letter(c: _Compare, a: Letter, b: Letter, rec: _Record) -> None:
    rec.value("date", c.day(a.date), c.day(b.date))
    rec.value("sender", c.name(a.sender), c.name(b.sender))
    rec.texts(
        (
            "title",
            "our_ref",
            "their_ref",
            "addressee",
            "letterhead",
            "closing",
            "annex_title",
            "annex_note",
        ),
        a,
        b,
    )
    rec.flags(("approved_electronically",), a, b)
    rec.members("meetings", a.meetings, b.meetings, lambda ids: ", ".join(ids))
    rec.members("recipients", a.recipients, b.recipients, c.names)
    rec.members("copy_to", a.copy_to, b.copy_to, c.names)
    rec.members(
        "signatories",
        [c.person(p) for p in a.signatories],
        [c.person(p) for p in b.signatories],
        "; ".join,
    )
    rec.members("attachments", a.attachments, b.attachments, c.texts)
    _sections(c, a.sections, b.sections, rec)


def _section_words(c: _Compare, x: Section) -> str:
    """A section as a reader finds it: its heading, else the start of its first paragraph."""
    if x.heading:
        return quoted(x.heading)
    first = " ".join(x.paragraphs[0].split()) if x.paragraphs else ""
    start = first if len(first) <= 60 else first[:59] + "…"
    return c.w("diff_section_first_paragraph", text=f"'{start}'" if first else c.none)


def _sections(c: _Compare, old: list[Section], new: list[Section], rec: _Record) -> None:
    """The letter's sections, matched by place: untouched ones are never reported."""
    for i, j in _match_sections(old, new):
        if j is None:
            assert i is not None
            what = _section_words(c, old[i])
            rec.add("changed", "sections", c.w("diff_section_removed", what=what), what)
            continue
        y = new[j]
        if i is None:
            what = _section_words(c, y)
            rec.add(
                "changed", "sections", c.w("diff_section_added", n=j + 1, what=what), None, what
            )
            continue
        x = old[i]
        rec.text("sections", x.heading, y.heading, label=c.w("diff_section_heading", n=j + 1))
        where = quoted(y.heading) if y.heading else c.w("diff_section_untitled", n=j + 1)
        label = c.w("diff_section_level", where=where)
        rec.value("sections", str(x.level), str(y.level), label)
        rec.sequence(
            "sections",
            list(x.paragraphs),
            list(y.paragraphs),
            # (called at once, in this turn of the loop)
            lambda n: c.w("diff_paragraph", n=n, where=where),  # noqa: B023
            lambda what: c.w("diff_paragraph_removed", where=where, what=what),  # noqa: B023
            lambda n, what: c.w("diff_paragraph_added", n=n, where=where, what=what),  # noqa: B023
        )


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


def compare(old: Dataset, new: Dataset, lang: str = "en") -> list[Change]:
    """Every change from ``old`` to ``new``, section by section, records in the data's order."""
    c = _Compare(old, new, lang)
    _plan(c, old.plan, new.plan)
    c.records(
        "commitments",
        old.commitments_in_plan_order(),
        new.commitments_in_plan_order(),
        lambda x: x.display_label,
        lambda x: _commitment_words(c, x),
        lambda x, y, r: _commitment(c, x, y, r),
    )
    c.records(
        "meetings",
        old.meetings,
        new.meetings,
        c.meeting_name,
        lambda x: _meeting_words(c, x),
        lambda x, y, r: _meeting(c, x, y, r),
    )
    c.records(
        "agencies",
        old.agencies,
        new.agencies,
        lambda x: x.label,
        lambda x: _agency_words(c, x),
        lambda x, y, r: _agency(c, x, y, r),
    )
    c.records(
        "letters",
        old.letters,
        new.letters,
        lambda x: c.w("diff_letter", id=x.id),
        lambda x: _letter_words(c, x),
        lambda x, y, r: _letter(c, x, y, r),
    )
    return c.changes


def build(data_dir: Path, rev: str = "HEAD", lang: str = "en") -> DiffReport:
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
    return DiffReport(rev, snap.commit, compare(old, new, lang), lang)
