"""The action plan as typed objects: what the YAML files mean once validated.

Every object remembers where it stood (``pos``) and where each of its fields
stood (``at(name)``), so the cross-reference rules can point at the exact line.
Records have slots and keep their positions compactly (``ogp.data.problems.Where``):
a large data set holds tens of thousands of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from ogp.data.problems import Pos, Where, mark, marks, pack, pos_at, unpack

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


class Joiner(StrEnum):
    """How the annex joins several owners: "KMD/JD/KUD" or "FIN og Norges Bank"."""

    AND = "og"
    SLASH = "/"


class Role(StrEnum):
    LEAD = "lead"  # "overordnet"
    IMPLEMENTING = "implementing"  # "implementering"


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


@dataclass(slots=True, eq=False)
class Located:
    """Base of every record: where it is, and where each field is."""

    where: Where = field(default=NOWHERE_AT_ALL, kw_only=True, repr=False)

    @property
    def pos(self) -> Pos:
        """Where the record stands."""
        return self.where.pos

    def at(self, name: str) -> Pos:
        """Where field ``name`` stands, or the record itself when it is absent."""
        return self.where.at(name)


@dataclass(slots=True, eq=False)
class Address(Located):
    """A postal address: its lines, postcode and town."""

    lines: Items = field(default_factory=Items)
    postcode: str | None = None
    city: str | None = None


@dataclass(slots=True, eq=False)
class Agency(Located):
    """An agency, ministry or other recipient of letters."""

    id: str
    name: str
    short: str | None = None
    annex_name: str | None = None
    civil_society: bool = False
    address: Address | None = None
    email: str | None = None

    @property
    def label(self) -> str:
        """How letters and tables name it: the short name, else the full name."""
        return self.short or self.name

    @property
    def has_postal_address(self) -> bool:
        return self.address is not None and bool(self.address.lines)


@dataclass(slots=True, eq=False)
class Owner(Located):
    """An agency that owns a commitment, with its role where the annex gives one."""

    agency: str
    role: Role | None = None


@dataclass(slots=True, eq=False)
class StatusReport(Located):
    """A dated status report on the OGP/IRM completion scale."""

    date: dt.date
    level: Level
    note: str | None = None
    meeting: str | None = None
    source: str | None = None


@dataclass(slots=True, eq=False)
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
        if not self.status:
            return None
        return max(self.status, key=lambda s: s.date)

    @property
    def level(self) -> Level:
        latest = self.latest_status()
        return latest.level if latest else Level.NOT_REPORTED

    @property
    def display_label(self) -> str:
        return self.label or self.id

    def involves(self, agency_id: str) -> bool:
        return agency_id in self.owner_ids or agency_id in self.collaborators


@dataclass(slots=True, eq=False)
class TimelineEvent(Located):
    """An event on the action plan's timeline."""

    id: str
    title: str
    date: dt.date | None = None
    end: dt.date | None = None
    approx: str | None = None
    place: str | None = None
    source: str | None = None


@dataclass(slots=True, eq=False)
class Plan(Located):
    """The action plan: country, title and timeline."""

    country: str
    title: str
    number: int | None = None
    title_en: str | None = None
    contact_point: str | None = None
    timeline: list[TimelineEvent] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Person(Located):
    """A person: a chair, a contact, a signatory."""

    name: str
    title: str | None = None
    agency: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(slots=True, eq=False)
class Registration(Located):
    """How to register for a meeting, and by when."""

    contact: Person
    days_before: int | None = None
    deadline: dt.date | None = None


@dataclass(slots=True, eq=False)
class StatusRound(Located):
    """The agenda item where each reporting agency reports, in minutes each."""

    min_minutes: int
    max_minutes: int


@dataclass(slots=True, eq=False)
class AgendaItem(Located):
    """An item of a meeting's agenda."""

    title: str
    minutes: int | None = None
    status_round: StatusRound | None = None


@dataclass(slots=True, eq=False)
class Venue(Located):
    """Where a meeting is held."""

    name: str
    address: str | None = None
    city: str | None = None


@dataclass(slots=True, eq=False)
class Presence(Located):
    """How many came from one organisation (public minutes give counts, never names)."""

    agency: str
    count: int


@dataclass(slots=True, eq=False)
class ItemMinutes(Located):
    """What the minutes say about one agenda item (its number, 1 for the first)."""

    item: int
    notes: str | None = None
    decisions: Items = field(default_factory=Items)


@dataclass(slots=True, eq=False)
class Action(Located):
    """An action agreed at a meeting: who, what, by when."""

    agency: str
    what: str
    by: dt.date | None = None
    item: int | None = None


@dataclass(slots=True, eq=False)
class Minutes(Located):
    """The minutes of a meeting: public data, written after it (see ``ogp minutes``)."""

    present: list[Presence] = field(default_factory=list)
    apologies: Items = field(default_factory=Items)
    items: list[ItemMinutes] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    approved: dt.date | None = None


@dataclass(slots=True, eq=False)
class Meeting(Located):
    """A follow-up meeting."""

    id: str
    date: dt.date
    start: dt.time
    end: dt.time
    venue: Venue
    number: int | None = None
    title: str | None = None
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


@dataclass(slots=True, eq=False)
class Section(Located):
    """A section of a letter's body."""

    heading: str | None = None
    paragraphs: Items = field(default_factory=Items)
    level: int = 2


@dataclass(slots=True, eq=False)
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


@dataclass(slots=True, eq=False)
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


@dataclass(eq=False)
class Dataset:
    """Everything in the data folder, once every file has been read and checked."""

    agencies: list[Agency] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)
    plan: Plan | None = None

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self.agency_by_id = {a.id: a for a in self.agencies}
        self.commitment_by_id = {c.id: c for c in self.commitments}
        self.meeting_by_id = {m.id: m for m in self.meetings}
        self.letter_by_id = {x.id: x for x in self.letters}

    def commitments_in_plan_order(self) -> list[Commitment]:
        return sorted(self.commitments, key=lambda c: plan_order_key(c.id))

    def reporting_units(self) -> dict[tuple[str, ...], list[Commitment]]:
        """Who reports in a status round, with their commitments, in plan order.

        The key is ``(reporter,)``, or ``("", owner, owner, ...)`` for owners who
        have still to agree who reports on a commitment they share.
        """
        units: dict[tuple[str, ...], list[Commitment]] = {}
        for c in self.commitments_in_plan_order():
            reporter = c.effective_reporter()
            key = (reporter,) if reporter else ("", *c.owner_ids)
            units.setdefault(key, []).append(c)
        return units

    def agenda_minutes(self, meeting: Meeting) -> tuple[int, int, bool]:
        """(least, most) minutes of the items whose length is known, and whether all are.

        A status round takes its ``minutes`` if given, else its minutes per
        reporting unit times the number of units.
        """
        low = high = 0
        complete = True
        for item in meeting.agenda:
            if item.minutes is not None:
                low, high = low + item.minutes, high + item.minutes
            elif item.status_round is not None:
                units = len(self.reporting_units())
                low += units * item.status_round.min_minutes
                high += units * item.status_round.max_minutes
            else:
                complete = False
        return low, high, complete


_NUMBER = re.compile(r"\d+")


def plan_order_key(cid: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """Natural order of commitment ids: 4.2 before 4.10, named ones after numbered."""
    parts = tuple(
        (int(p), "") if p.isdigit() else (1 << 30, p.lower()) for p in re.split(r"[.\-_ ]", cid)
    )
    numbered = 0 if cid[:1].isdigit() else 1
    return (numbered, parts)
