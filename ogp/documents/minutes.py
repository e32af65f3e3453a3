"""The minutes of a meeting, from the data: a readout fit to publish.

The meeting, its date, place and chair; who was there as organisations and
counts (``minutes.present`` in meetings.yaml, never names); each agenda item
with its notes and decisions (``minutes.items``); the status reported on each
commitment at the meeting (the status reports whose ``meeting:`` is this one,
in plan order); the actions agreed (who, what, by when) and the next meeting.
Before the minutes are written the document says so, and still gives what the
data knows (the agenda, the status reported, the next meeting).

:func:`build` is a function of the data, the meeting and the language only,
so the site can link every meeting's minutes. The names of the people who
came (personal data, from the private folder) are added only where a caller
passes them (``ogp minutes --with-names``, for internal use).

:func:`draft` gives the YAML to fill in under the meeting: one entry per
agenda item, the counts of the attendance recorded, and the keys to write,
commented out, so that the draft is valid as it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ogp.data.model import Dataset, Meeting, Registrant
from ogp.text import dates
from ogp.text.collation import name_key
from ogp.text.phrasing import (
    agency_name,
    agenda_item_title,
    commitment_label,
    join_words,
    meeting_when,
    person_phrase,
    venue_phrase,
)
from ogp.text.wording import level_label, word


@dataclass(frozen=True)
class Count:
    agency: str
    count: int


@dataclass(frozen=True)
class ItemText:
    number: int
    title: str
    notes: tuple[str, ...]  # paragraphs
    decisions: tuple[str, ...]


@dataclass(frozen=True)
class StatusLine:
    commitment: str  # "4.14 (a og b)"
    reporter: str  # "JD", or the owners
    level: str  # "betydelig"
    note: str


@dataclass(frozen=True)
class ActionLine:
    who: str
    what: str
    by: str  # "1. juni 2014", or ""
    item: str  # "3", or ""


@dataclass(frozen=True)
class Person:
    name: str
    agency: str


@dataclass(frozen=True)
class MinutesDoc:
    lang: str
    title: str
    written: bool  # the data has minutes for the meeting
    state: str  # "Godkjent 20. mars 2014", "Utkast, ikke godkjent", or the draft note
    facts: tuple[tuple[str, str], ...]  # (label, value): date and time, venue, chair
    present_heading: str
    present: tuple[Count, ...]
    present_total: str  # "12 deltakere fra 5 virksomheter", or "not recorded"
    apologies_heading: str
    apologies: str  # "JD og FIN", or ""
    names_heading: str
    names: tuple[Person, ...]  # only when asked for (internal use)
    agenda_heading: str
    notes_heading: str
    decisions_heading: str
    no_notes: str
    items: tuple[ItemText, ...]
    no_items: str  # where the data has no agenda for the meeting
    status_heading: str
    status_headers: tuple[str, str, str, str]
    status: tuple[StatusLine, ...]
    no_status: str
    actions_heading: str
    action_headers: tuple[str, str, str]
    actions: tuple[ActionLine, ...]
    no_actions: str
    next_heading: str
    next_meeting: str


def _paragraphs(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    blocks = [" ".join(line.strip() for line in b.splitlines()) for b in text.split("\n\n")]
    return tuple(b for b in blocks if b.strip())


def meeting_name(meeting: Meeting, lang: str) -> str:
    if meeting.title:
        return meeting.title
    if meeting.number is not None:
        return word(lang, "ics_meeting", number=meeting.number)
    return word(lang, "ics_meeting_unnumbered", id=meeting.id)


def next_meeting(data: Dataset, meeting: Meeting) -> Meeting | None:
    """The first meeting after this one, by date and time."""
    later = [
        m
        for m in data.meetings
        if (m.date, m.start, m.id) > (meeting.date, meeting.start, meeting.id)
    ]
    return min(later, key=lambda m: (m.date, m.start, m.id)) if later else None


def build(
    data: Dataset,
    meeting: Meeting,
    lang: str = "nb",
    *,
    names: Sequence[Registrant] | None = None,
) -> MinutesDoc:
    """The minutes of ``meeting``; ``names`` (the people who came) only for internal use."""
    minutes = meeting.minutes
    title = (
        word(lang, "minutes_title", number=meeting.number)
        if meeting.number is not None
        else word(lang, "minutes_title_unnumbered")
    )
    if minutes is None:
        state = word(lang, "minutes_not_written")
    elif minutes.approved is not None:
        state = word(lang, "minutes_approved", date=dates.table_date(minutes.approved, lang))
    else:
        state = word(lang, "minutes_not_approved")
    facts = [
        (word(lang, "date"), meeting_when(meeting, lang)),
        (word(lang, "venue"), venue_phrase(meeting)),
    ]
    if meeting.chair:
        chair = person_phrase(meeting.chair)
        if meeting.chair.agency:
            chair += f" ({agency_name(data, meeting.chair.agency, annex=False)})"
        facts.append((word(lang, "chair"), chair))

    present = tuple(
        Count(agency_name(data, p.agency, annex=False), p.count)
        for p in (minutes.present if minutes else [])
    )
    total = sum(c.count for c in present)
    apologies = join_words(
        [agency_name(data, a, annex=False) for a in (minutes.apologies if minutes else [])], lang
    )
    people: tuple[Person, ...] = ()
    if names is not None:
        came = [r for r in names if r.meeting == meeting.id and r.attended]
        people = tuple(
            Person(r.name, agency_name(data, r.agency, annex=False))
            for r in sorted(came, key=lambda r: name_key(r.name))
        )
    if present:
        present_total = word(lang, "present_total", count=total, agencies=len(present))
    elif people:  # attendance is recorded (privately), the minutes do not say it yet
        present_total = word(lang, "present_not_in_minutes", meeting=meeting.id)
    else:
        present_total = word(lang, "present_unknown")

    by_item = {entry.item: entry for entry in (minutes.items if minutes else [])}
    items = []
    for n, agenda_item in enumerate(meeting.agenda, start=1):
        entry = by_item.get(n)
        items.append(
            ItemText(
                n,
                agenda_item_title(agenda_item, lang),
                _paragraphs(entry.notes) if entry else (),
                tuple(entry.decisions) if entry else (),
            )
        )

    status = []
    for c in data.commitments_in_plan_order():
        for report in c.status:
            if report.meeting != meeting.id:
                continue
            reporter = c.effective_reporter()
            who = (
                agency_name(data, reporter, annex=False)
                if reporter
                else join_words([agency_name(data, a, annex=False) for a in c.owner_ids], lang)
            )
            status.append(
                StatusLine(
                    commitment_label(c, lang),
                    who,
                    level_label(lang, report.level),
                    " ".join((report.note or "").split()),
                )
            )

    actions = tuple(
        ActionLine(
            agency_name(data, a.agency, annex=False),
            " ".join(a.what.split()),
            dates.table_date(a.by, lang) if a.by else "",
            str(a.item) if a.item is not None else "",
        )
        for a in (minutes.actions if minutes else [])
    )

    following = next_meeting(data, meeting)
    next_text = (
        f"{meeting_name(following, lang)}: "
        f"{meeting_when(following, lang)}, {venue_phrase(following)}"
        if following
        else word(lang, "no_next_meeting")
    )
    return MinutesDoc(
        lang=lang,
        title=title,
        written=minutes is not None,
        state=state,
        facts=tuple(facts),
        present_heading=word(lang, "present"),
        present=present,
        present_total=present_total,
        apologies_heading=word(lang, "apologies"),
        apologies=apologies,
        names_heading=word(lang, "names_internal"),
        names=people,
        agenda_heading=word(lang, "agenda_heading_unnumbered"),
        notes_heading=word(lang, "notes"),
        decisions_heading=word(lang, "decisions"),
        no_notes=word(lang, "no_notes"),
        items=tuple(items),
        no_items=word(lang, "no_agenda"),
        status_heading=word(lang, "status_reported"),
        status_headers=(
            word(lang, "commitment"),
            word(lang, "reporter"),
            word(lang, "level"),
            word(lang, "note"),
        ),
        status=tuple(status),
        no_status=word(lang, "no_status_reported"),
        actions_heading=word(lang, "actions"),
        action_headers=(
            word(lang, "action_who"),
            word(lang, "action_what"),
            word(lang, "action_by"),
        ),
        actions=actions,
        no_actions=word(lang, "no_actions"),
        next_heading=word(lang, "next_meeting"),
        next_meeting=next_text,
    )


def attendance_counts(meeting: Meeting, registrants: Sequence[Registrant]) -> dict[str, int]:
    """How many came from each organisation (recorded attendance), in order of first mention."""
    counts: dict[str, int] = {}
    for r in registrants:
        if r.meeting == meeting.id and r.attended:
            counts[r.agency] = counts.get(r.agency, 0) + 1
    return counts


def draft(meeting: Meeting, counts: dict[str, int], *, indent: int = 4, lang: str = "nb") -> str:
    """The ``minutes:`` to paste under the meeting in meetings.yaml, valid as it stands.

    ``counts`` are the organisations and how many came from each (no names). The keys
    to fill in are commented out; the agenda items' titles are comments beside them.
    The keys are the data's (English); the comments and examples are in ``lang``.
    """
    pad = " " * indent
    lines = [
        f"{pad}# {word(lang, 'draft_head', meeting=meeting.id)}",
        f"{pad}minutes:",
    ]
    if counts:
        lines.append(f"{pad}  present:  # {word(lang, 'draft_present_recorded')}")
        lines += [f"{pad}    - {{agency: {a}, count: {n}}}" for a, n in counts.items()]
    else:
        lines.append(f"{pad}  # present:  # {word(lang, 'draft_present_none')}")
        lines.append(f"{pad}  #   - {{agency: kmd, count: 1}}")
    lines.append(f"{pad}  # apologies: [jd]")
    if meeting.agenda:
        lines.append(f"{pad}  items:")
        for n, item in enumerate(meeting.agenda, start=1):
            title = " ".join(item.title.split())
            lines += [
                f"{pad}    - item: {n}  # {title}",
                f"{pad}      # notes: |",
                f"{pad}      #   {word(lang, 'draft_said')}",
                f"{pad}      # decisions:",
                f"{pad}      #   - {word(lang, 'draft_decided')}",
            ]
    host = meeting.hosts()[0] if meeting.hosts() else "kmd"
    todo = word(lang, "draft_todo")
    lines += [
        f"{pad}  # actions:",
        f"{pad}  #   - {{agency: {host}, what: {todo}, by: YYYY-MM-DD}}",
        f"{pad}  # approved: YYYY-MM-DD",
    ]
    return "\n".join(lines) + "\n"
