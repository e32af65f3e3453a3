"""The list for the reception desk: who registered for a meeting, and who has not answered.

Built from the registrations in the private folder (personal data: this
document is for the coordinator and the reception, never published). One row
per person, sorted by surname (what comes before a comma, "Lien, Bjørg", else
the last word of the name) in Norwegian alphabetical order (æ, ø, å after z);
each with the organisation, whether the registration came after the deadline
(the deadline the letter prints, :meth:`Meeting.registration_deadline`), and a
column to tick who came (filled in once attendance is recorded). Then the count
per organisation, a reminder to check identification where the meeting asks for
it, and the invited organisations from which no one has registered, with the
deadline, for a reminder.
"""

from __future__ import annotations

from dataclasses import dataclass

from ogp.data.model import Dataset, Meeting, Registrant
from ogp.text import dates
from ogp.text.collation import name_key, text_key
from ogp.text.phrasing import agency_name, meeting_when, venue_phrase
from ogp.text.wording import word


@dataclass(frozen=True)
class AttendeeRow:
    number: int
    name: str
    agency: str  # the organisation's name as tables give it: "KUD", "Difi"
    agency_id: str
    email: str
    late: bool
    late_text: str  # "etter fristen", or ""
    came: str  # "ja", "nei", or "" (not recorded)
    note: str


@dataclass(frozen=True)
class AgencyCount:
    agency: str
    count: int
    late: int


@dataclass(frozen=True)
class AttendeesDoc:
    lang: str
    title: str
    when: str
    venue: str
    check_id: str  # the reminder to check identification, or ""
    deadline: str  # "Påmeldingsfrist: 7. mars 2014", or ""
    headers: tuple[str, ...]  # no., name, organisation, registered, came
    rows: tuple[AttendeeRow, ...]
    summary: str  # "3 påmeldt fra 2 virksomheter"
    late_summary: str  # "1 av dem etter fristen (7. mars 2014)", or ""
    counts_heading: str
    count_headers: tuple[str, str]
    counts: tuple[AgencyCount, ...]
    not_answered_heading: str
    not_answered: tuple[str, ...]  # organisation names
    empty: str  # what to say where no one registered
    all_answered: str  # what to say where every invited organisation registered someone


def build(
    data: Dataset, meeting: Meeting, registrants: list[Registrant], lang: str = "nb"
) -> AttendeesDoc:
    """The reception list of ``meeting`` from ``registrants`` (any meeting's: this one's
    are picked)."""
    mine = sorted(
        (r for r in registrants if r.meeting == meeting.id), key=lambda r: name_key(r.name)
    )
    deadline = meeting.registration_deadline()
    deadline_text = dates.prose_date(deadline, lang) if deadline else ""
    rows = tuple(
        AttendeeRow(
            number=n,
            name=r.name,
            agency=agency_name(data, r.agency, annex=False),
            agency_id=r.agency,
            email=r.email,
            late=r.late(meeting),
            late_text=word(lang, "late") if r.late(meeting) else "",
            came="" if r.attended is None else word(lang, "yes" if r.attended else "no"),
            note=r.note or "",
        )
        for n, r in enumerate(mine, start=1)
    )
    per: dict[str, list[AttendeeRow]] = {}
    for row in rows:
        per.setdefault(row.agency_id, []).append(row)
    counts = tuple(
        sorted(
            (
                AgencyCount(group[0].agency, len(group), sum(1 for x in group if x.late))
                for group in per.values()
            ),
            key=lambda c: text_key(c.agency),
        )
    )
    silent = sorted(
        (agency_name(data, a, annex=False) for a in meeting.invited if a not in per),
        key=text_key,
    )
    late = sum(1 for row in rows if row.late)
    number = meeting.number
    return AttendeesDoc(
        lang=lang,
        title=word(lang, "attendees_title", number=number)
        if number is not None
        else word(lang, "attendees_title_unnumbered"),
        when=meeting_when(meeting, lang),
        venue=venue_phrase(meeting),
        check_id=word(lang, "check_id") if meeting.bring_id else "",
        deadline=f"{word(lang, 'registration_deadline')}: {dates.table_date(deadline, lang)}"
        if deadline
        else "",
        headers=(
            word(lang, "number_short"),
            word(lang, "name_col"),
            word(lang, "organisation"),
            word(lang, "late_col"),
            word(lang, "came_col"),
        ),
        rows=rows,
        summary=word(lang, "registered_total", count=len(rows), agencies=len(per)),
        late_summary=word(lang, "registered_late", count=late, deadline=deadline_text)
        if late
        else "",
        counts_heading=word(lang, "per_agency"),
        count_headers=(word(lang, "organisation"), word(lang, "count_col")),
        counts=counts,
        not_answered_heading=word(lang, "not_answered", deadline=deadline_text)
        if deadline
        else word(lang, "not_answered_no_deadline"),
        not_answered=tuple(silent),
        empty=word(lang, "nobody_registered") if not rows else "",
        all_answered=word(lang, "all_answered"),
    )
