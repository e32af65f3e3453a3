"""ogp calendar: RFC 5545 invitations, checked with an independent parser (vobject)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import vobject
from click.testing import Result

Run = Callable[..., Result]
Edit = Callable[[str, str, str], Path]


def ics(run: Run, *args: str | Path) -> bytes:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def parse(data: bytes) -> Any:
    cal = vobject.readOne(data.decode("utf-8"), validate=True)
    cal.validate()
    return cal


def edit_meeting_2(data_dir: Path, old: str, new: str) -> None:
    """Replace text in meeting 2 only (the two meetings share most of their lines)."""
    path = data_dir / "meetings.yaml"
    text = path.read_text(encoding="utf-8")
    second = text.index("id: mote-2")
    assert old in text[second:], old
    path.write_text(text[:second] + text[second:].replace(old, new), encoding="utf-8")


def test_meeting_1_as_an_invitation(run: Run) -> None:
    cal = parse(ics(run, "calendar", "mote-1"))
    assert cal.method.value == "REQUEST"
    assert cal.vtimezone.tzid.value == "Europe/Oslo"
    event = cal.vevent
    start = event.dtstart.value
    assert start.tzinfo is not None
    # 12.30 in Oslo is 11.30 UTC in March (CET, UTC+1), by the file's own VTIMEZONE
    assert start.astimezone(dt.UTC) == dt.datetime(2014, 3, 17, 11, 30, tzinfo=dt.UTC)
    assert event.dtend.value.astimezone(dt.UTC) == dt.datetime(2014, 3, 17, 14, 0, tzinfo=dt.UTC)
    assert event.dtstamp.value == dt.datetime(2014, 2, 28, tzinfo=dt.UTC)  # the letter's date
    assert event.location.value == "Auditoriet i R5, Akersgata 59"
    assert event.summary.value == "Møte nr. 1 – Den andre norske handlingsplanen i OGP"
    assert event.organizer.value == "mailto:amo@kmd.dep.no"
    assert event.organizer.params["CN"] == ["An-Magritt Øye"]
    attendees = sorted(a.value for a in event.attendee_list)
    assert attendees == [
        "mailto:post@sprakradet.no",
        "mailto:postmottak@helsedir.no",
        "mailto:postmottak@kud.dep.no",
    ]
    text = event.description.value
    assert "Møteleder: statssekretær Paul Chaffey (KMD)." in text
    assert (
        "Påmelding senest 7. mars 2014: send e-post om hvem som deltar til An-Magritt Øye "
        "(KMD), amo@kmd.dep.no, telefon 22 24 03 01." in text
    )
    assert "Tentativ dagsorden:\n1. Om Norges rolle i OGP ved statssekretær Paul Chaffey\n" in text
    # the agenda items as the letter words them
    assert (
        "3. Muntlig orientering om status for de enkelte forpliktelsene i handlingsplanen "
        "(2 – 3 min. på hver av de ansvarlige instansene)" in text
    )
    alarm = event.valarm
    assert alarm.action.value == "DISPLAY"
    # 09:00 on the registration deadline, 7 March 2014 (10 days before)
    assert start + alarm.trigger.value == start.replace(day=7, hour=9, minute=0)


def test_an_item_with_minutes_says_them_as_the_agenda_does(
    run: Run, data_dir: Path, edit: Edit
) -> None:
    edit(
        "meetings.yaml",
        "      - title: Eventuelt\n",
        "      - title: Eventuelt\n        minutes: 10\n",
    )
    text = parse(ics(run, "--data", data_dir, "calendar", "mote-1")).vevent.description.value
    assert text.endswith("\n6. Eventuelt (10 min.)")


def test_summer_time_in_june(run: Run) -> None:
    start = parse(ics(run, "calendar", "mote-2")).vevent.dtstart.value
    assert start.astimezone(dt.UTC) == dt.datetime(2014, 6, 13, 10, 30, tzinfo=dt.UTC)


def test_same_data_same_bytes_and_a_stable_uid(run: Run, data_dir: Path, edit: Edit) -> None:
    first = ics(run, "--data", data_dir, "calendar", "mote-2")
    assert ics(run, "--data", data_dir, "calendar", "mote-2") == first
    edit("meetings.yaml", "date: 2014-06-13", "date: 2014-06-20")
    moved = parse(ics(run, "--data", data_dir, "calendar", "mote-2")).vevent
    assert moved.uid.value == parse(first).vevent.uid.value
    assert moved.dtstart.value.date() == dt.date(2014, 6, 20)
    assert parse(first).vevent.uid.value != parse(ics(run, "calendar", "mote-1")).vevent.uid.value


def test_crlf_and_folded_lines(run: Run) -> None:
    data = ics(run, "calendar", "mote-1")
    lines = data.split(b"\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in b"".join(lines)
    assert max(len(ln) for ln in lines) <= 75


def test_english(run: Run) -> None:
    event = parse(ics(run, "calendar", "mote-1", "--lang", "en")).vevent
    assert event.summary.value == (
        "Meeting no. 1 – Norway's second Action Plan on Open Government Partnership"
    )
    assert "Tentative agenda:\n1. " in event.description.value
    assert (
        "Register by 7 March 2014: e-mail who will attend to An-Magritt Øye (KMD)"
        in event.description.value
    )


def test_the_invited_without_e_mail_are_named(run: Run) -> None:
    result = run("calendar", "mote-1")
    assert (
        "note: mote-1: 13 invited have no e-mail address and are not attendees: "
        "Det sivile samfunn, JD," in result.stderr
    )


def test_no_attendee_with_e_mail_publishes(run: Run, data_dir: Path) -> None:
    edit_meeting_2(data_dir, "jd, kud, hod", "jd, hod")
    edit_meeting_2(data_dir, "spraakradet, ", "")
    edit_meeting_2(data_dir, "ks, helsedirektoratet, ", "ks, ")
    result = run("--data", data_dir, "calendar", "mote-2")
    cal = parse(result.stdout_bytes)
    assert cal.method.value == "PUBLISH"
    assert "attendee" not in cal.vevent.contents
    assert "(so it is published, not sent)" in result.stderr


def test_all_writes_one_file_per_meeting(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "invitations"
    result = run("calendar", "--all", "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["mote-1.ics", "mote-2.ics"]
    assert (out / "mote-1.ics").read_bytes() == ics(run, "calendar", "mote-1")


def test_all_writes_nothing_when_a_meeting_cannot_have_an_invitation(
    run: Run, data_dir: Path, tmp_path: Path
) -> None:
    edit_meeting_2(data_dir, "email: amo@kmd.dep.no, ", "")  # no organizer for mote-2
    out = tmp_path / "invitations"
    result = run("--data", data_dir, "calendar", "--all", "-o", out)
    assert result.exit_code == 1
    assert "meeting mote-2 has no organizer with an e-mail address" in result.output
    assert not out.exists()  # not even mote-1.ics, nor the folder


def test_all_into_a_file_says_it_is_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "afile"
    target.write_text("keep", encoding="utf-8")
    result = run("calendar", "--all", "-o", target)
    assert result.exit_code == 1
    assert f"error: {target} is a file, not a folder" in result.output
    assert "--all writes one file per meeting into a folder" in result.output
    assert "--each" not in result.output
    assert target.read_text(encoding="utf-8") == "keep"


def test_output_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "m.ics"
    assert run("calendar", "2", "-o", target).exit_code == 0
    assert target.read_bytes() == ics(run, "calendar", "mote-2")


@pytest.mark.parametrize(
    "args", [("calendar",), ("calendar", "--all"), ("calendar", "mote-1", "--all", "-o", "x")]
)
def test_usage(run: Run, args: tuple[str, ...]) -> None:
    assert run(*args).exit_code == 2


def test_unknown_meeting(run: Run) -> None:
    result = run("calendar", "mote-9")
    assert result.exit_code == 1
    assert "error: unknown meeting 'mote-9'" in result.output
    assert "meetings in the data: mote-1, mote-2" in result.output


@pytest.mark.parametrize("name", ["MOTE-1", "mote-9", "3"])
def test_calendar_and_agenda_refuse_the_same_meetings_in_the_same_words(
    run: Run, name: str
) -> None:
    calendar, agenda = run("calendar", name), run("agenda", name)
    assert calendar.exit_code == agenda.exit_code == 1
    assert calendar.output == agenda.output


def test_a_meeting_by_its_number(run: Run) -> None:
    assert ics(run, "calendar", "2") == ics(run, "calendar", "mote-2")


def test_no_organizer(run: Run, data_dir: Path) -> None:
    edit_meeting_2(data_dir, "email: amo@kmd.dep.no, ", "")
    result = run("--data", data_dir, "calendar", "mote-2")
    assert result.exit_code == 1
    assert "meeting mote-2 has no organizer with an e-mail address" in result.output


def test_timezone_rules_match_the_tz_database(run: Run) -> None:
    """The VTIMEZONE written by hand agrees with zoneinfo's Europe/Oslo, 1996-2037."""
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        oslo = zoneinfo.ZoneInfo("Europe/Oslo")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time-zone database")
    tz = parse(ics(run, "calendar", "mote-1")).vtimezone.gettzinfo()
    moment = dt.datetime(1996, 1, 1, 12, tzinfo=dt.UTC)
    while moment.year < 2038:
        assert moment.astimezone(tz).utcoffset() == moment.astimezone(oslo).utcoffset(), moment
        moment += dt.timedelta(hours=23)


def reminder_of(run: Run, data_dir: Path) -> tuple[dt.datetime, dt.datetime]:
    """Meeting 2's start and when its reminder goes off, in the file's local time."""
    event = parse(ics(run, "--data", data_dir, "calendar", "mote-2")).vevent
    start = event.dtstart.value
    return start, start + event.valarm.trigger.value


def test_reminder_on_the_day_of_the_meeting_at_nine(run: Run, data_dir: Path) -> None:
    edit_meeting_2(data_dir, "days_before: 10", "days_before: 0")
    start, alarm = reminder_of(run, data_dir)
    assert alarm == start.replace(hour=9, minute=0)  # the meeting is at 12:30


def test_reminder_never_after_the_meeting_starts(run: Run, data_dir: Path) -> None:
    edit_meeting_2(data_dir, "days_before: 10", "days_before: 0")
    edit_meeting_2(data_dir, 'start: "12:30"', 'start: "08:00"')
    start, alarm = reminder_of(run, data_dir)
    assert start.hour == 8
    assert alarm == start - dt.timedelta(hours=1)  # not 09:00, after the start


def test_no_reminder_when_the_deadline_is_after_the_meeting(run: Run, data_dir: Path) -> None:
    edit_meeting_2(data_dir, "days_before: 10", "deadline: 2014-06-14")
    event = parse(ics(run, "--data", data_dir, "calendar", "mote-2")).vevent
    assert "valarm" not in event.contents


def test_an_invitation_to_every_agency_names_those_without_e_mail_in_order() -> None:
    """The first meetings of a large plan invite every agency: who is left out is found
    by a set, in the order of the invitation list."""
    import dataclasses

    from ogp.data import dataset
    from ogp.documents import calendar as core
    from tests.conftest import DATA

    data = dataset.load(DATA)
    meeting = data.meetings[0]
    everyone = [a.id for a in data.agencies]
    wide = dataclasses.replace(meeting, invited=[*reversed(everyone), *everyone])
    invitation = core.invitation(data, wide)
    with_email = {a.id for a in data.agencies if a.email}
    assert invitation.attendees == [a for a in wide.invited if a in with_email]
    assert invitation.without_email == [a for a in wide.invited if a not in with_email]
