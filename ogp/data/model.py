"""The action plan as typed objects: what the YAML files mean once validated.

Every object remembers where it stood (``pos``) and where each of its fields
stood (``at(name)``), so the cross-reference rules can point at the exact line.
Records have slots and keep their positions compactly (``ogp.data.problems.Where``):
a large data set holds tens of thousands of them.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
from collections.abc import Callable, Hashable
from dataclasses import field, fields
from enum import Enum, StrEnum
from typing import Any, TypeVar, cast

from ogp.data.problems import Pos, Where, mark, marks, pack, pos_at, unpack
from ogp.data.records import compiled, record

T = TypeVar("T")

NOWHERE = Pos("")
NOWHERE_AT_ALL = Where("", (), pack(marks(mark(0, 0))))  # a record from no file


class Level(StrEnum):
    """OGP/IRM completion levels, plus the absence of a report."""

    NOT_STARTED = "not-started"
    LIMITED = "limited"
    SUBSTANTIAL = "substantial"
    COMPLETE = "complete"
    NO_EVIDENCE = "no-evidence"
    NOT_REPORTED = "not-reported"


class YesNo(StrEnum):
    """An IRM yes/no finding (verifiable, starred)."""

    YES = "yes"
    NO = "no"


class OpenGov(StrEnum):
    """The IRM's "Did it open government?" scale."""

    WORSENED = "worsened"
    DID_NOT_CHANGE = "did-not-change"
    MARGINAL = "marginal"
    MAJOR = "major"
    OUTSTANDING = "outstanding"


# How ogp's outputs name each level (ogp.text.wording.LEVELS is this table): kept here,
# beside the levels, so that the schema can say "did you mean 'limited'?" for the word
# ogp itself prints, 'begrenset'.
LEVEL_WORDS: dict[str, dict[Level, str]] = {
    "nb": {
        Level.NOT_STARTED: "ikke startet",
        Level.LIMITED: "begrenset",
        Level.SUBSTANTIAL: "betydelig",
        Level.COMPLETE: "fullført",
        Level.NO_EVIDENCE: "ingen dokumentasjon",
        Level.NOT_REPORTED: "ikke rapportert",
    },
    "en": {
        Level.NOT_STARTED: "not started",
        Level.LIMITED: "limited",
        Level.SUBSTANTIAL: "substantial",
        Level.COMPLETE: "complete",
        Level.NO_EVIDENCE: "no evidence available",
        Level.NOT_REPORTED: "not reported",
    },
}


class Role(StrEnum):
    LEAD = "lead"  # "overordnet"
    IMPLEMENTING = "implementing"  # "implementering"


# How the annex names the roles (ogp.text.wording takes its words from here).
ROLE_WORDS: dict[str, dict[Role, str]] = {
    "nb": {Role.LEAD: "overordnet", Role.IMPLEMENTING: "implementering"},
    "en": {Role.LEAD: "lead", Role.IMPLEMENTING: "implementing"},
}

# the words ogp prints for the values of a choice, per language: what a user may write
# instead of the value, and be pointed to it ("did you mean 'limited'?")
CHOICE_WORDS: dict[type[Enum], dict[str, dict[Any, str]]] = {
    Level: LEVEL_WORDS,
    Role: ROLE_WORDS,
}


class Joiner(StrEnum):
    """How the annex joins several owners: "KMD/JD/KUD" or "FIN og Norges Bank"."""

    AND = "og"
    SLASH = "/"


class Items(list[str]):
    """A list of texts or ids that remembers where each item stood."""

    __slots__ = ("file", "marks")

    def __init__(
        self, values: list[str] | None = None, file: str = "", packed: bytes = b""
    ) -> None:
        super().__init__(values or [])
        self.file = file
        self.marks = packed  # each item's mark (see ogp.data.problems.pack)

    def pos(self, i: int) -> Pos:
        if not 0 <= i < len(self.marks) // 8:
            return NOWHERE
        return pos_at(self.file, unpack(self.marks, i))


class Partial(list[Any]):
    """A list of records of which some could not be read (each one's problem is reported):
    what is said of the list as a whole (that it lacks an id, how many items it has) is
    not to be believed while it is partial."""

    __slots__ = ()


@record
class Located:
    """Base of every record: where it is, and where each field is.

    Its ``__repr__`` serves every record (they are declared ``repr=False``): it
    reads as the one dataclasses would generate, ``Agency(id='kmd', ...)``,
    without compiling a function per record class when ogp starts.
    """

    where: Where = field(default=NOWHERE_AT_ALL, kw_only=True, repr=False)

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
        return f"{type(self).__qualname__}({shown})"

    @property
    def pos(self) -> Pos:
        """Where the record stands."""
        return self.where.pos

    def at(self, name: str) -> Pos:
        """Where field ``name`` stands, or the record itself when it is absent."""
        return self.where.at(name)


@record
class Address(Located):
    """A postal address: its lines, postcode and town."""

    lines: Items = field(default_factory=Items)
    postcode: str | None = None
    city: str | None = None


@record
class Agency(Located):
    """An agency, ministry or other recipient of letters."""

    id: str
    name: str
    short: str | None = None
    annex_name: str | None = None
    civil_society: bool = False
    address: Address | None = None
    email: str | None = None
    visiting_address: str | None = None
    phone: str | None = None
    org_no: str | None = None

    @property
    def label(self) -> str:
        """How letters and tables name it: the short name, else the full name."""
        return self.short or self.name

    @property
    def has_postal_address(self) -> bool:
        return self.address is not None and bool(self.address.lines)

    def postal_gap(self) -> tuple[str, ...]:
        """What keeps a letter from being posted to the agency: ``("address",)``, or the
        parts its address lacks (``("postcode", "town")``), or nothing; civil society has
        no postal address and is reached otherwise (the missing-address rule and
        render-letter --all --strict both ask)."""
        if self.civil_society:
            return ()
        if self.address is None or not self.has_postal_address:
            return ("address",)
        parts = (("postcode", self.address.postcode), ("town", self.address.city))
        return tuple(name for name, value in parts if not value)


@record
class Owner(Located):
    """An agency that owns a commitment, with its role where the annex gives one."""

    agency: str
    role: Role | None = None


@record
class Evidence(Located):
    """A document or page that shows what was done: its title and web address."""

    title: str
    url: str


@record
class StatusReport(Located):
    """A dated status report on the OGP/IRM completion scale: one per reporting round."""

    date: dt.date
    level: Level
    note: str | None = None
    meeting: str | None = None
    source: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    challenges: str | None = None
    next_steps: str | None = None
    milestone: str | None = None
    reported_by: str | None = None


@record
class Milestone(Located):
    """A milestone of a commitment, as OGP's commitment template has them."""

    id: str
    text: str
    start: dt.date | None = None
    due: dt.date | None = None

    def overdue(self, as_of: dt.date, done: bool = False) -> bool:
        """Due before ``as_of`` and not reported complete."""
        return self.due is not None and self.due < as_of and not done


@record
class IrmFinding(Located):
    """One finding of the IRM on a commitment, as published, with where it comes from."""

    value: str
    url: str
    report: str | None = None
    note: str | None = None


@record
class IrmAssessment(Located):
    """The IRM's assessment of a commitment, each finding with its report and URL."""

    verifiable: IrmFinding | None = None
    relevance: IrmFinding | None = None
    ambition: IrmFinding | None = None
    potential_impact: IrmFinding | None = None
    starred: IrmFinding | None = None
    completion_midterm: IrmFinding | None = None
    completion: IrmFinding | None = None
    open_government: IrmFinding | None = None

    def findings(self) -> list[tuple[str, IrmFinding]]:
        """The findings it has, in the IRM's order, by field name."""
        return [(n, f) for n in IRM_ASPECTS if (f := getattr(self, n)) is not None]


# The aspects the IRM assesses a commitment on, in the order of its reports: the
# fields of IrmAssessment that hold a finding.
IRM_ASPECTS = (
    "verifiable",
    "relevance",
    "ambition",
    "potential_impact",
    "starred",
    "completion_midterm",
    "completion",
    "open_government",
)


@record
class Commitment(Located):
    """A commitment of the action plan: its owners, reporter and status reports."""

    id: str
    owners: list[Owner]
    label: str | None = None
    title: str | None = None
    title_en: str | None = None
    irm_no: int | None = None
    parts: Items = field(default_factory=Items)
    collaborators: Items = field(default_factory=Items)
    owner_separator: Joiner = Joiner.AND
    reporter: str | None = None
    status: list[StatusReport] = field(default_factory=list)
    ogp_id: str | None = None
    description: str | None = None
    description_en: str | None = None
    milestones: list[Milestone] = field(default_factory=list)
    contact: Person | None = None
    irm: IrmAssessment | None = None

    @property
    def owner_ids(self) -> list[str]:
        return [o.agency for o in self.owners]

    @property
    def shared(self) -> bool:
        return len(self.owners) > 1

    def effective_reporter(self) -> str | None:
        """Who reports on it: the named reporter, else the sole owner, else the one lead.

        ``None`` means the owners have still to agree who reports.
        """
        if self.reporter:
            return self.reporter
        if len(self.owners) == 1:
            return self.owners[0].agency
        leads = [o.agency for o in self.owners if o.role is Role.LEAD]
        return leads[0] if len(leads) == 1 else None

    def latest_status(self) -> StatusReport | None:
        """The newest report on the commitment as a whole: a report on one of its
        milestones says where that milestone stands, not the commitment (its level)."""
        own = [s for s in self.status if s.milestone is None]
        return max(own, key=lambda s: s.date) if own else None

    @property
    def level(self) -> Level:
        latest = self.latest_status()
        return latest.level if latest else Level.NOT_REPORTED

    def milestone_status(self, milestone_id: str) -> StatusReport | None:
        """The newest report on one of the commitment's milestones."""
        own = [s for s in self.status if s.milestone == milestone_id]
        return max(own, key=lambda s: s.date) if own else None

    def milestone_done(self, milestone_id: str) -> bool:
        """Whether a milestone is done: its newest report says complete, or the commitment's
        does (the one answer of the status overview, the forms and the site)."""
        last = self.milestone_status(milestone_id)
        return self.level is Level.COMPLETE or (last is not None and last.level is Level.COMPLETE)

    @property
    def display_label(self) -> str:
        return self.label or self.id

    def involves(self, agency_id: str) -> bool:
        return agency_id in self.owner_ids or agency_id in self.collaborators


@record
class TimelineEvent(Located):
    """An event on the action plan's timeline."""

    id: str
    title: str
    date: dt.date | None = None
    end: dt.date | None = None
    approx: str | None = None
    place: str | None = None
    source: str | None = None


@record
class Accessibility(Located):
    """What the website's accessibility statement says beyond what ogp knows itself."""

    email: str | None = None
    statement_url: str | None = None
    known_issues: Items = field(default_factory=Items)


@record
class Plan(Located):
    """The action plan: country, title, period and timeline."""

    country: str
    title: str
    number: int | None = None
    title_en: str | None = None
    contact_point: str | None = None
    accessibility: Accessibility | None = None
    timeline: list[TimelineEvent] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None


@record
class Person(Located):
    """A person: a chair, a contact, a signatory."""

    name: str
    title: str | None = None
    agency: str | None = None
    email: str | None = None
    phone: str | None = None


@record
class Registration(Located):
    """How to register for a meeting, and by when."""

    contact: Person
    days_before: int | None = None
    deadline: dt.date | None = None


@record
class StatusRound(Located):
    """The agenda item where each reporting agency reports, in minutes each."""

    min_minutes: int
    max_minutes: int


@record
class AgendaItem(Located):
    """An item of a meeting's agenda."""

    title: str
    minutes: int | None = None
    status_round: StatusRound | None = None


@record
class Venue(Located):
    """Where a meeting is held."""

    name: str
    address: str | None = None
    city: str | None = None


@record
class Presence(Located):
    """How many came from one organisation (public minutes give counts, never names)."""

    agency: str
    count: int


@record
class ItemMinutes(Located):
    """What the minutes say about one agenda item (its number, 1 for the first)."""

    item: int
    notes: str | None = None
    decisions: Items = field(default_factory=Items)


@record
class Action(Located):
    """An action agreed at a meeting: who, what, by when."""

    agency: str
    what: str
    by: dt.date | None = None
    item: int | None = None


@record
class Minutes(Located):
    """The minutes of a meeting: public data, written after it (see ``ogp minutes``)."""

    present: list[Presence] = field(default_factory=list)
    apologies: Items = field(default_factory=Items)
    items: list[ItemMinutes] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    approved: dt.date | None = None


@record
class Meeting(Located):
    """A follow-up meeting."""

    id: str
    date: dt.date
    start: dt.time
    end: dt.time
    venue: Venue
    number: int | None = None
    title: str | None = None
    series: str | None = None
    chair: Person | None = None
    bring_id: bool = False
    registration: Registration | None = None
    invited: Items = field(default_factory=Items)
    agenda_tentative: bool = False
    agenda: list[AgendaItem] = field(default_factory=list)
    minutes: Minutes | None = None

    def hosts(self) -> list[str]:
        """The agencies that hold the meeting: its chair's and its registration contact's."""
        people = (self.chair, self.registration.contact if self.registration else None)
        return list(dict.fromkeys(p.agency for p in people if p is not None and p.agency))

    def may_attend(self, agency_id: str) -> bool:
        """Whether people of the agency may come: it is invited, or holds the meeting (a
        meeting that names no one invited is open)."""
        return not self.invited or agency_id in self.invited or agency_id in self.hosts()

    def registered_late(self, day: dt.date) -> bool:
        """Whether a registration on ``day`` comes after the last day to register."""
        deadline = self.registration_deadline()
        return deadline is not None and day > deadline

    @property
    def length_minutes(self) -> int:
        """How many minutes the meeting lasts, from ``start`` to ``end``."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)

    def registration_deadline(self) -> dt.date | None:
        """The last day to register: the explicit deadline, else N days before the meeting."""
        reg = self.registration
        if reg is None:
            return None
        if reg.deadline is not None:
            return reg.deadline
        if reg.days_before is not None:
            return self.date - dt.timedelta(days=reg.days_before)
        return None


@record
class Section(Located):
    """A section of a letter's body."""

    heading: str | None = None
    paragraphs: Items = field(default_factory=Items)
    level: int = 2


@record
class Letter(Located):
    """A letter: its references, body, signatories and recipients."""

    id: str
    sender: str
    date: dt.date
    title: str
    our_ref: str | None = None
    their_ref: str | None = None
    letterhead: str | None = None
    addressee: str | None = None
    recipients: Items = field(default_factory=Items)
    copy_to: Items = field(default_factory=Items)
    meetings: Items = field(default_factory=Items)
    sections: list[Section] = field(default_factory=list)
    closing: str | None = None
    signatories: list[Person] = field(default_factory=list)
    approved_electronically: bool = False
    attachments: Items = field(default_factory=Items)
    annex_title: str | None = None
    annex_note: str | None = None
    case_officer: Person | None = None


class Overrun(StrEnum):
    """How an agenda fails to fit its meeting."""

    LEAST = "least"  # even the least length of the known items is longer than the meeting
    MOST = "most"  # their most may be


@compiled(frozen=True, slots=True)
class AgendaDurations:
    """How long a meeting's agenda takes, as far as the data says.

    The one computation behind the ``agenda-overrun`` rule and the agenda
    document. An item takes its ``minutes``; a status round without
    ``minutes`` takes its minutes per reporting unit times the number of units
    (:meth:`Dataset.reporting_units`); any other item has no known length and
    is not counted (ogp does not guess one).
    """

    items: tuple[tuple[int, int] | None, ...]  # each item's (least, most); None: not given
    units: int  # reporting units of a status round
    length: int  # the meeting's minutes

    @property
    def low(self) -> int:
        """The least minutes of the items whose length is known."""
        return sum(span[0] for span in self.items if span is not None)

    @property
    def high(self) -> int:
        """The most minutes of the items whose length is known."""
        return sum(span[1] for span in self.items if span is not None)

    @property
    def unknown(self) -> tuple[int, ...]:
        """The numbers (from 1) of the items without a known length."""
        return tuple(n for n, span in enumerate(self.items, start=1) if span is None)

    @property
    def complete(self) -> bool:
        return all(span is not None for span in self.items)

    @property
    def overrun(self) -> Overrun | None:
        """Whether the known items do not fit (at their least), or may not (at their most)."""
        if self.low > self.length:
            return Overrun.LEAST
        if self.high > self.length:
            return Overrun.MOST
        return None


@record
class Registrant(Located):
    """A person registered for a meeting: personal data, kept in the private folder only.

    ``late`` is not stored: it is computed from ``date`` and the meeting's deadline
    (:meth:`Meeting.registration_deadline`, the one the letter prints).
    """

    meeting: str
    name: str
    agency: str
    email: str
    date: dt.date | None = None
    note: str | None = None
    attended: bool | None = None

    def late(self, meeting: Meeting) -> bool:
        """Registered after the meeting's last day to register."""
        return self.date is not None and meeting.registered_late(self.date)


@compiled(eq=False)
class Dataset:
    """Everything in the data folder, once every file has been read and checked.

    The indexes (by id, plan order, reporting units, each agency's commitments)
    are built once, when first asked for; whoever changes the lists afterwards
    calls :meth:`reindex`. Every command's cost stays linear in the data: a
    question asked per meeting or per agency is a lookup, never a scan.
    """

    agencies: list[Agency] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)
    plan: Plan | None = None

    def __post_init__(self) -> None:
        self.reindex()

    # Dataset.<kind>_by_id for every kind of ogp.data.kinds.KINDS whose records are a
    # list of the Dataset (declared here for the type checker; filled by reindex)
    agency_by_id: dict[str, Agency] = field(init=False, repr=False)
    commitment_by_id: dict[str, Commitment] = field(init=False, repr=False)
    meeting_by_id: dict[str, Meeting] = field(init=False, repr=False)
    letter_by_id: dict[str, Letter] = field(init=False, repr=False)

    def reindex(self) -> None:
        from ogp.data.kinds import KINDS

        for kind in KINDS.values():
            if kind.attr:
                setattr(self, f"{kind.name}_by_id", {r.id: r for r in getattr(self, kind.attr)})
        self._plan_order: tuple[Commitment, ...] | None = None
        self._units: dict[tuple[str, ...], list[Commitment]] | None = None
        self._of_agency: dict[str, tuple[list[Commitment], list[Commitment]]] | None = None
        self._letters_of: dict[str, list[Letter]] | None = None
        self._derived: dict[tuple[object, ...], object] = {}

    def commitments_in_plan_order(self) -> list[Commitment]:
        if self._plan_order is None:
            self._plan_order = tuple(sorted(self.commitments, key=lambda c: plan_order_key(c.id)))
        return list(self._plan_order)

    def reporting_units(self) -> dict[tuple[str, ...], list[Commitment]]:
        """Who reports in a status round, with their commitments, in plan order.

        The key is ``(reporter,)``, or ``("", owner, owner, ...)`` for owners who
        have still to agree who reports on a commitment they share.
        """
        return {key: list(cs) for key, cs in self._reporting_units().items()}

    def _reporting_units(self) -> dict[tuple[str, ...], list[Commitment]]:
        if self._units is None:
            units: dict[tuple[str, ...], list[Commitment]] = {}
            for c in self.commitments_in_plan_order():
                reporter = c.effective_reporter()
                key = (reporter,) if reporter else ("", *c.owner_ids)
                units.setdefault(key, []).append(c)
            self._units = units
        return self._units

    def commitments_of(self, agency_id: str) -> tuple[list[Commitment], list[Commitment]]:
        """The commitments an agency owns, and those it is a partner in, each in plan order."""
        if self._of_agency is None:
            index: dict[str, tuple[list[Commitment], list[Commitment]]] = {}
            for c in self.commitments_in_plan_order():
                for a in dict.fromkeys(c.owner_ids):
                    index.setdefault(a, ([], []))[0].append(c)
                for a in dict.fromkeys(c.collaborators):
                    index.setdefault(a, ([], []))[1].append(c)
            self._of_agency = index
        owned, partner = self._of_agency.get(agency_id, ([], []))
        return list(owned), list(partner)

    def letters_inviting(self, meeting_id: str) -> list[Letter]:
        """The letters that invite to a meeting (name it in ``meetings:``), in file order."""
        if self._letters_of is None:
            index: dict[str, list[Letter]] = {}
            for x in self.letters:
                for mid in dict.fromkeys(x.meetings):
                    index.setdefault(mid, []).append(x)
            self._letters_of = index
        return list(self._letters_of.get(meeting_id, []))

    def derived(self, make: Callable[..., T], *args: Hashable) -> T:
        """``make(self, *args)``, computed once and kept until :meth:`reindex`.

        For what every document of a run shares and would otherwise compute
        again for each one: ``render-letter --all`` writes one letter per
        recipient, each with the same annex of every commitment, which made the
        run's cost the number of recipients times the number of commitments.
        ``make`` must be a pure function of the data and ``args``, and what it
        returns must not be changed by whoever receives it (a tuple of frozen
        records, say).
        """
        key = (make, *args)
        if key not in self._derived:
            self._derived[key] = make(self, *args)
        return cast(T, self._derived[key])

    def agenda_durations(self, meeting: Meeting) -> AgendaDurations:
        """How long the meeting's agenda takes, item by item (see :class:`AgendaDurations`)."""
        units = len(self._reporting_units())
        spans: list[tuple[int, int] | None] = []
        for item in meeting.agenda:
            if item.minutes is not None:
                spans.append((item.minutes, item.minutes))
            elif item.status_round is not None:
                r = item.status_round
                spans.append((units * r.min_minutes, units * r.max_minutes))
            else:
                spans.append(None)
        return AgendaDurations(tuple(spans), units, meeting.length_minutes)


_NUMBER = re.compile(r"\d+")


def plan_order_key(cid: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """Natural order of commitment ids: 4.2 before 4.10, named ones after numbered."""
    parts = tuple(
        (int(p), "") if p.isdigit() else (1 << 30, p.lower()) for p in re.split(r"[.\-_ ]", cid)
    )
    numbered = 0 if cid[:1].isdigit() else 1
    return (numbered, parts)
