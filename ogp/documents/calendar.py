"""Calendar invitations to the meetings: RFC 5545 iCalendar (.ics), METHOD:REQUEST.

Everything in an invitation comes from the data, so the same data gives the
same bytes: the UID is derived from the plan and the meeting's id (it stays
when the meeting moves, so calendars update the entry). A meeting that moved
(date, time or venue) gets SEQUENCE n and DTSTAMP the time of its n-th move,
both counted from the data's git history (:mod:`ogp.data.history`, passed in
as a :class:`~ogp.data.history.Revision`); one that never moved has SEQUENCE 0
and DTSTAMP the date of the letter that invites to it (else the meeting's own
date). Times are local times in Europe/Oslo with that zone's rules included
(VTIMEZONE, the EU summer-time rules Norway has kept since 1996), so no
time-zone database is needed to write them.

The organizer is the meeting's registration contact (else its chair); every
invited agency with an e-mail address is an attendee, except that where people
have registered (``ogp register``, the private folder) they are invited in
person instead of their agency's central mailbox. RFC 5546 wants at
least one attendee in a REQUEST: a meeting where no invited agency has an
e-mail address is published (METHOD:PUBLISH) instead. The reminder goes off
at 09:00 on the last day to register, but never later than an hour before
the meeting starts: with the deadline on the day of a meeting at 08:00 it
goes off at 07:00 (see :func:`reminder`). The words are in ``ogp.text.wording``,
the dates as the letters write them (``ogp.text.dates``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ogp.data.history import Revision
from ogp.data.model import Dataset, Meeting, Person, Registrant
from ogp.errors import OgpError
from ogp.text import dates
from ogp.text.phrasing import agenda_item_title, person_contact, venue_phrase
from ogp.text.wording import word

TZID = "Europe/Oslo"
REMINDER_AT = dt.time(9, 0)  # on the registration deadline ...
REMINDER_LEAD = dt.timedelta(hours=1)  # ... but at least this long before the meeting starts
PRODID = "-//ogp//Open Government Partnership action plan//NO"


@dataclass(frozen=True)
class Invitation:
    """One meeting's calendar file, and who it could not invite."""

    meeting: Meeting
    calendar: Any  # an icalendar.Calendar; the "ics" format writes it (ogp.output)
    method: str
    attendees: list[str] = field(default_factory=list)  # agency ids with an e-mail address
    without_email: list[str] = field(default_factory=list)  # invited, but no e-mail address
    people: list[str] = field(default_factory=list)  # e-mail addresses of people registered


def uid(data: Dataset, meeting: Meeting) -> str:
    """Stable: derived from the plan (country and number) and the meeting's id only."""
    plan = data.plan
    scope = f"{plan.country}/{plan.number or ''}" if plan else ""
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, f'ogp:{scope}/meeting/{meeting.id}')}"


def dtstamp(data: Dataset, meeting: Meeting, revision: Revision | None = None) -> dt.datetime:
    """When the invitation was made: when the meeting last moved, else the latest letter
    inviting to it (never earlier than that letter)."""
    dates = [x.date for x in data.letters_inviting(meeting.id)]
    day = max(dates) if dates else meeting.date
    letter = dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)
    if revision is None or revision.stamp is None:
        return letter
    return max(letter, revision.stamp)


def summary(data: Dataset, meeting: Meeting, lang: str) -> str:
    if meeting.title:
        return meeting.title
    name = (
        word(lang, "ics_meeting", number=meeting.number)
        if meeting.number is not None
        else word(lang, "ics_meeting_unnumbered", id=meeting.id)
    )
    plan = data.plan
    plan_title = (plan.title_en if lang == "en" and plan.title_en else plan.title) if plan else ""
    return f"{name} – {plan_title}" if plan_title else name


def _person(data: Dataset, p: Person, lang: str, *, contact: bool) -> str:
    """'statssekretær Paul Chaffey (KMD)', with e-mail and telephone when ``contact``."""
    return person_contact(data, p, lang, contact=contact)


def description(data: Dataset, meeting: Meeting, lang: str) -> str:
    lines: list[str] = []
    if meeting.chair:
        lines.append(f"{word(lang, 'chair')}: {_person(data, meeting.chair, lang, contact=False)}.")
    if meeting.bring_id:
        lines.append(word(lang, "bring_id"))
    reg = meeting.registration
    if reg is not None:
        who = _person(data, reg.contact, lang, contact=True)
        deadline = meeting.registration_deadline()
        lines.append(
            word(lang, "ics_register", who=who, date=dates.prose_date(deadline, lang))
            if deadline
            else word(lang, "ics_register_no_deadline", who=who)
        )
    if meeting.agenda:
        if lines:
            lines.append("")
        key = "agenda_heading_unnumbered" + ("_tentative" if meeting.agenda_tentative else "")
        lines.append(f"{word(lang, key)}:")
        for i, item in enumerate(meeting.agenda, 1):
            minutes = f" {word(lang, 'duration', minutes=item.minutes)}" if item.minutes else ""
            lines.append(f"{i}. {agenda_item_title(item, lang)}{minutes}")
    return "\n".join(lines)


def reminder(meeting: Meeting) -> dt.datetime | None:
    """When the reminder goes off: 09:00 on the last day to register, but never later than
    an hour before the meeting starts (a deadline on the day of an early meeting).

    None when there is no deadline, or it falls after the meeting.
    """
    deadline = meeting.registration_deadline()
    if deadline is None or deadline > meeting.date:
        return None
    start = dt.datetime.combine(meeting.date, meeting.start)
    return min(dt.datetime.combine(deadline, REMINDER_AT), start - REMINDER_LEAD)


def timezone() -> Any:
    """VTIMEZONE of Europe/Oslo: CET/CEST, summer time from the last Sunday of March at
    02:00 to the last Sunday of October at 03:00 (the EU rules, in Norway since 1996)."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", TZID)
    for part, name, start, month, before, after in (
        (TimezoneDaylight(), "CEST", dt.datetime(1996, 3, 31, 2, 0), 3, "+0100", "+0200"),
        (TimezoneStandard(), "CET", dt.datetime(1996, 10, 27, 3, 0), 10, "+0200", "+0100"),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", dt.timedelta(hours=int(before[:3])))
        part.add("tzoffsetto", dt.timedelta(hours=int(after[:3])))
        tz.add_component(part)
    return tz


def invitation(
    data: Dataset,
    meeting: Meeting,
    lang: str = "nb",
    revision: Revision | None = None,
    registrants: Sequence[Registrant] | None = None,
) -> Invitation:
    """The meeting's .ics file; raises :class:`OgpError` when it has no one to organize it.

    ``revision``: how often the meeting has moved, and when it last did (from
    :func:`ogp.data.history.meeting_revisions`); none means it never moved.
    ``registrants`` (from the private folder) are invited in person, in place of their
    agency's central mailbox; without them (a published calendar) there are no names.
    """
    from icalendar import Alarm, Calendar, Event, vCalAddress, vText

    organizer = next(
        (
            p
            for p in (meeting.registration.contact if meeting.registration else None, meeting.chair)
            if p is not None and p.email
        ),
        None,
    )
    if organizer is None or not organizer.email:
        raise OgpError(
            f"meeting {meeting.id} has no organizer with an e-mail address, which an "
            "invitation needs",
            hint="give the registration contact (or the chair) an 'email:' in meetings.yaml",
        )
    # the people registered (ogp register) stand for their agency; an agency from which
    # no one registered is invited through its central mailbox
    people = [r for r in registrants or () if r.meeting == meeting.id]
    registered = {r.agency for r in people}
    attendees = [
        a
        for a in meeting.invited
        if a not in registered and a in data.agency_by_id and data.agency_by_id[a].email
    ]
    reached = {*attendees, *registered}  # a set: the first meetings invite every agency
    without = [a for a in meeting.invited if a not in reached]
    method = "REQUEST" if attendees or people else "PUBLISH"

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add_component(timezone())

    event = Event()
    event.add("uid", uid(data, meeting))
    event.add("dtstamp", dtstamp(data, meeting, revision))
    event.add("sequence", revision.sequence if revision else 0)
    start = dt.datetime.combine(meeting.date, meeting.start)
    event.add("dtstart", start, parameters={"TZID": TZID})
    event.add("dtend", dt.datetime.combine(meeting.date, meeting.end), parameters={"TZID": TZID})
    event.add("summary", summary(data, meeting, lang))
    event.add("location", venue_phrase(meeting))
    text = description(data, meeting, lang)
    if text:
        event.add("description", text)
    org = vCalAddress(f"mailto:{organizer.email}")
    org.params["CN"] = vText(organizer.name)
    event.add("organizer", org)
    for agency_id in attendees:
        agency = data.agency_by_id[agency_id]
        who = vCalAddress(f"mailto:{agency.email}")
        who.params["CN"] = vText(agency.name)
        who.params["ROLE"] = vText("REQ-PARTICIPANT")
        who.params["PARTSTAT"] = vText("NEEDS-ACTION")
        who.params["RSVP"] = vText("TRUE")
        event.add("attendee", who)
    for person in people:
        who = vCalAddress(f"mailto:{person.email}")
        who.params["CN"] = vText(person.name)
        who.params["ROLE"] = vText("REQ-PARTICIPANT")
        who.params["PARTSTAT"] = vText("NEEDS-ACTION")
        who.params["RSVP"] = vText("TRUE")
        event.add("attendee", who)

    at = reminder(meeting)
    if at is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        # relative to the start: whole days are calendar days (RFC 5545 3.3.6), so the
        # reminder keeps its local time across a change to or from summer time
        alarm.add("trigger", -(start - at))
        alarm.add(
            "description",
            word(lang, "ics_reminder", email=organizer.email, meeting=summary(data, meeting, lang)),
        )
        event.add_component(alarm)
    cal.add_component(event)
    return Invitation(meeting, cal, method, attendees, without, [r.email for r in people])
