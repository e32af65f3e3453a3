"""ogp register, ogp attended and the private folder: personal data kept apart from the plan.

Meeting no. 1 is on 17 March 2014 and its registration closes 10 days before,
on 7 March (the letter's deadline): a registration on the 7th is in time, on
the 8th it is late.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import DATA

Run = Callable[..., Result]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A project folder: data/ (a copy of the bundled data); private/ beside it, not yet made."""
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path


def ogp(run: Run, plan: Path, *args: str | Path) -> Result:
    return run("--data", plan / "data", *args)


def registrations(plan: Path) -> Path:
    return plan / "private" / "registrations.yaml"


KARI = ("--name", "Kari Nordmann", "--agency", "kud", "--email", "kari.nordmann@kud.dep.no")
HELD = "that is after the meeting was held (2014-03-17)"  # meeting no. 1's date


def day(d: dt.date) -> str:
    return d.isoformat()


def now(text: str) -> str:
    """``text`` with {today} and {tomorrow} filled in when the test runs, not when it is
    collected (a run across midnight had expected yesterday's date)."""
    today = dt.date.today()
    return text.replace("{today}", day(today)).replace(
        "{tomorrow}", day(today + dt.timedelta(days=1))
    )


def test_the_first_registration_makes_the_private_folder_kept_out_of_git(
    run: Run, plan: Path
) -> None:
    result = ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    assert result.exit_code == 0, result.output
    assert result.stdout == "registered Kari Nordmann <kari.nordmann@kud.dep.no> for mote-1\n"
    assert "keeps the private folder out of git" in result.stderr
    ignore = (plan / "private" / ".gitignore").read_text(encoding="utf-8")
    assert ignore.splitlines()[-1] == "*"  # everything in the folder, itself included
    text = registrations(plan).read_text(encoding="utf-8")
    assert "meeting: mote-1" in text and 'email: "kari.nordmann@kud.dep.no"' in text
    assert "date: 2014-03-01" in text
    assert not any(f.name == "registrations.yaml" for f in (plan / "data").iterdir())
    check = ogp(run, plan, "validate")
    assert check.exit_code == 0, check.output
    assert "5 files checked" in check.stdout


def test_a_deleted_gitignore_is_not_written_again(run: Run, plan: Path) -> None:
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    (plan / "private" / ".gitignore").unlink()  # the user keeps it in a private repository
    result = ogp(
        run, plan, "register", "1", "--name", "Anne Berg", "--agency", "kud",
        "--email", "anne.berg@kud.dep.no", "--date", "2014-03-02",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert not (plan / "private" / ".gitignore").exists()


def test_the_same_person_twice_is_one_registration(run: Run, plan: Path) -> None:
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    before = registrations(plan).read_bytes()
    again = ogp(
        run, plan, "register", "mote-1", "--name", "Kari  Nordmann", "--agency", "KUD",
        "--email", "Kari.Nordmann@KUD.dep.no", "--date", "2014-03-05",
    )  # fmt: skip
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("already registered: kari.nordmann@kud.dep.no for mote-1")
    assert "one registration" in again.stdout
    assert "nothing changed" in again.stderr
    assert registrations(plan).read_bytes() == before


def test_a_second_person_with_the_same_address_is_refused_not_dropped(run: Run, plan: Path) -> None:
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    before = registrations(plan).read_bytes()
    per = ogp(
        run, plan, "register", "1", "--name", "Per Postmottak", "--agency", "kud",
        "--email", "KARI.NORDMANN@kud.dep.no", "--date", "2014-03-05",
    )  # fmt: skip
    assert per.exit_code == 1
    assert (
        "error: KARI.NORDMANN@kud.dep.no is registered for meeting mote-1 as Kari Nordmann, "
        "not as Per Postmottak: give each person an address of their own"
    ) in per.output
    assert registrations(plan).read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("9", *KARI), "error: unknown meeting '9'"),
        (
            ("1", "--name", "Ola", "--agency", "kdu", "--email", "ola@kud.dep.no"),
            "error: unknown agency 'kdu'; did you mean 'kud'?",
        ),
        (
            ("1", "--name", "Ola", "--agency", "kud", "--email", "ola(at)kud.dep.no"),
            "error: 'ola(at)kud.dep.no' is not an e-mail address: it has no '@'",
        ),
        (
            ("1", "--name", "Ola", "--agency", "kud", "--email", "mailto:ola@kud.dep.no"),
            "error: write the address without 'mailto:': 'ola@kud.dep.no'",
        ),
        (
            ("1", "--name", "Ola", "--agency", "smk", "--email", "ola@smk.dep.no"),
            "error: SMK is not invited to meeting mote-1 (invited: sivilt-samfunn, jd, kud",
        ),
        (("1", "--name", " ", "--agency", "kud", "--email", "ola@kud.dep.no"), "error: no name"),
        (("1", *KARI, "--date", "2014-02-30"), "Invalid value for '--date'"),
    ],
)
def test_a_person_who_cannot_be_registered(
    run: Run, plan: Path, args: tuple[str, ...], message: str
) -> None:
    result = ogp(run, plan, "register", *args)
    assert result.exit_code in (1, 2), result.output
    assert result.stderr.splitlines()[0].startswith(message) or message in result.stderr
    assert result.stdout == ""
    assert not (plan / "private").exists()  # nothing written, not even the folder


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ((), f"cannot register for meeting mote-1 today ({{today}}): {HELD}"),
        (("--date", "2014-03-18"), f"cannot register for meeting mote-1 on 2014-03-18: {HELD}"),
        (("--date", "18.03.2014"), f"cannot register for meeting mote-1 on 2014-03-18: {HELD}"),
        (
            ("--date", "{tomorrow}"),
            "cannot register for meeting mote-1 on {tomorrow}: that is after today ({today})",
        ),
    ],
)
def test_a_registration_dated_after_the_meeting_or_after_today_is_refused(
    run: Run, plan: Path, date: tuple[str, ...], message: str
) -> None:
    result = ogp(run, plan, "register", "1", *KARI, *map(now, date))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0] == now(f"error: {message}")
    assert result.stderr.splitlines()[1].startswith(
        "hint: give --date the day the registration came in"
    )
    assert result.stdout == ""
    assert not (plan / "private").exists()  # nothing written, not even the folder


def test_the_hint_for_a_meeting_held_names_its_day(run: Run, plan: Path) -> None:
    result = ogp(run, plan, "register", "1", *KARI)  # no --date: today, years after it
    assert result.stderr.splitlines()[1] == (
        "hint: give --date the day the registration came in, on or before 2014-03-17 "
        "(someone who came without registering: --date 2014-03-17 --attended)"
    )


def test_a_wrong_person_leaves_an_existing_file_as_it_was(run: Run, plan: Path) -> None:
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    before = registrations(plan).read_bytes()
    result = ogp(
        run, plan, "register", "1", "--name", "Ola", "--agency", "kdu", "--email", "o@kud.dep.no"
    )
    assert result.exit_code == 1
    assert registrations(plan).read_bytes() == before


@pytest.mark.parametrize(
    ("day", "late"),
    [
        ("2014-03-06", False),
        ("2014-03-07", False),
        ("2014-03-08", True),
        ("16.03.2014", True),
        ("17.03.2014", True),  # the meeting's day: late, but not refused
    ],
)
def test_late_is_after_the_letters_deadline(run: Run, plan: Path, day: str, late: bool) -> None:
    result = ogp(run, plan, "register", "1", *KARI, "--date", day)
    assert result.exit_code == 0, result.output
    assert ("late: the deadline was 2014-03-07" in result.stdout) is late
    listing = ogp(run, plan, "attendees", "1").stdout
    row = next(line for line in listing.splitlines() if "Kari Nordmann" in line)
    assert ("etter fristen" in row) is late


def test_late_follows_the_deadline_when_the_meeting_moves(run: Run, plan: Path) -> None:
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-09")
    meetings = plan / "data" / "meetings.yaml"
    meetings.write_text(
        meetings.read_text(encoding="utf-8").replace("date: 2014-03-17", "date: 2014-03-24", 1),
        encoding="utf-8",
    )  # the deadline is now 14 March: the registration of the 9th is in time
    listing = ogp(run, plan, "attendees", "1").stdout
    assert "etter fristen" not in listing
    assert "Påmeldingsfrist: 14.03.2014" in listing


HAND_WRITTEN = """\
# Registrations for the spring meetings (kept by An-Magritt).
registrations:
  # came by phone
  - {meeting: mote-1, name: Anne Berg, agency: kud, email: anne.berg@kud.dep.no, date: 2014-03-03}

  - meeting: mote-1   # a comment that stays
    name: 'Per Hansen'
    agency: fin
    email: per.hansen@fin.dep.no
    date: 2014-03-04
"""


def test_an_empty_registrations_file_may_be_deleted(run: Run, plan: Path) -> None:
    (plan / "private").mkdir()
    registrations(plan).write_bytes(b"")
    result = ogp(run, plan, "validate")
    assert result.exit_code == 1
    assert (
        "private/registrations.yaml:1:1: error: the file is empty; it must hold the data as "
        "YAML, or be deleted while there are no registrations for meetings [empty-file]"
    ) in result.output


def test_every_other_byte_stays(run: Run, plan: Path) -> None:
    (plan / "private").mkdir()
    registrations(plan).write_text(HAND_WRITTEN, encoding="utf-8", newline="\r\n")
    result = ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-05")
    assert result.exit_code == 0, result.output
    after = registrations(plan).read_bytes()
    before = HAND_WRITTEN.replace("\n", "\r\n").encode("utf-8")
    assert after.startswith(before)  # the new person is appended; nothing else moved
    added = after[len(before) :].decode("utf-8")
    assert added.count("\r\n") == added.count("\n")  # the file's line ends
    assert '  - meeting: mote-1\r\n    name: "Kari Nordmann"\r\n' in added
    assert not (plan / "private" / ".gitignore").exists()  # the folder was the user's
    came = ogp(run, plan, "attended", "1", "per.hansen@fin.dep.no")
    assert came.exit_code == 0, came.output
    marked = registrations(plan).read_bytes()
    assert marked.replace(b"    attended: true\r\n", b"", 1) == after


def test_attendance_is_recorded_once(run: Run, plan: Path) -> None:
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    first = ogp(run, plan, "attended", "1", "kari nordmann")
    assert first.exit_code == 0, first.output
    assert first.stdout == "Kari Nordmann: came\n"
    once = registrations(plan).read_bytes()
    again = ogp(run, plan, "attended", "1", "KARI.NORDMANN@kud.dep.no")
    assert again.stdout == "Kari Nordmann: already recorded as came\n"
    assert registrations(plan).read_bytes() == once
    absent = ogp(run, plan, "attended", "1", "kari.nordmann@kud.dep.no", "--absent")
    assert absent.stdout == "Kari Nordmann: did not come\n"
    assert b"attended: false" in registrations(plan).read_bytes()


def test_attendance_of_someone_not_registered(run: Run, plan: Path) -> None:
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    before = registrations(plan).read_bytes()
    result = ogp(run, plan, "attended", "1", "kari.nordmann@kud.dep.no", "ola@kud.dep.no")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "no one registered for meeting mote-1 is named 'ola@kud.dep.no' or has that e-mail address"
    )
    assert registrations(plan).read_bytes() == before  # Kari is not marked either


def test_someone_who_came_without_registering(run: Run, plan: Path) -> None:
    result = ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-17", "--attended")
    assert result.exit_code == 0, result.output
    assert "came" in result.stdout and "late" in result.stdout
    assert b"attended: true" in registrations(plan).read_bytes()


FORM_EXPORT = (
    "\ufeffTidsmerke;Navn;Virksomhet;E-post;Merknad\r\n"
    "05.03.2014 10:12;Anne Berg;KUD;anne.berg@kud.dep.no;\r\n"
    "08.03.2014 09:00;Per Hansen;Finansdepartementet;per.hansen@fin.dep.no;vegetar\r\n"
    "\r\n"
    "06.03.2014 11:30;Anne Berg;kud;ANNE.BERG@kud.dep.no;\r\n"
)


def test_a_list_from_a_form(run: Run, plan: Path) -> None:
    (plan / "list.csv").write_text(FORM_EXPORT, encoding="utf-8", newline="")
    result = ogp(run, plan, "register", "1", "--from", plan / "list.csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "registered Anne Berg <anne.berg@kud.dep.no> for mote-1"
    assert lines[1] == (
        "registered Per Hansen <per.hansen@fin.dep.no> for mote-1 "
        "(late: the deadline was 2014-03-07)"
    )
    assert lines[2].endswith(
        "list.csv:5: ANNE.BERG@kud.dep.no is in the list twice; registered once"
    )
    assert "columns ignored" not in result.stderr
    text = registrations(plan).read_text(encoding="utf-8")
    assert "note: vegetar" in text and "agency: fin" in text and "date: 2014-03-08" in text
    again = ogp(run, plan, "register", "1", "--from", plan / "list.csv")
    assert again.stdout.count("already registered") == 2


@pytest.mark.parametrize(
    ("rows", "problems"),
    [
        (
            "name,agency,email\nAnne,kud,anne@kud.dep.no\nOla,kdu,ola@kud.dep.no\n"
            "Per,fin,per(at)fin.dep.no\n",
            [
                "list.csv:3: unknown agency 'kdu'; did you mean 'kud'?",
                "list.csv:4: 'per(at)fin.dep.no' is not an e-mail address: it has no '@'",
                "error: 2 of 3 people cannot be registered; nothing was written",
            ],
        ),
        (
            'navn;virksomhet;e-post;dato\n"Anne\nBerg";kud;anne@kud.dep.no;2014-03-01\n'
            "Ola;kud;ola@kud.dep.no;1. mars\n",
            [
                "list.csv:4: '1. mars' is not a date; write it as 2014-03-05 or 05.03.2014",
                "error: 1 row(s) of list.csv are wrong; nothing was written",
            ],
        ),
        (  # written as a date, but none: say why, and do not suggest it
            "navn;virksomhet;e-post;dato\nAnne;kud;anne@kud.dep.no;31.02.2014\n"
            "Ola;kud;ola@kud.dep.no;05.03.14\n",
            [
                "list.csv:2: '31.02.2014' is not a real date: February 2014 has 28 days",
                "list.csv:3: '05.03.14' is outside the years ogp accepts (1900-2199); write the "
                "year in full, as 05.03.2014",
                "error: 2 row(s) of list.csv are wrong; nothing was written",
            ],
        ),
        (
            "name,email\nAnne,anne@kud.dep.no\n",
            ["error: list.csv:1: the header row has no column for agency"],
        ),
        (  # a list of one person names its row as a longer list does
            "name,agency,email\nAnne,kud,anne(at)kud.dep.no\n",
            ["error: list.csv:2: 'anne(at)kud.dep.no' is not an e-mail address: it has no '@'"],
        ),
        (
            "name,agency,email\nAnne,smk,anne@smk.no\n",
            [
                "error: list.csv:2: SMK is not invited to meeting mote-1 (invited: "
                "sivilt-samfunn, jd, kud, hod, asd, fin, spraakradet, difi, dss, ud, fd, oed, "
                "norges-bank, ks, helsedirektoratet, riksarkivet)"
            ],
        ),
        (
            "name,agency,email\n\nAnne,kdu,anne@kud.dep.no\n",
            ["error: list.csv:3: unknown agency 'kdu'; did you mean 'kud'?"],
        ),
        (  # a separator in a text not quoted: the rest of the note would be lost
            "name;agency;email;date;note\nSemi Kolon;difi;semi@difi.no;2014-03-01;Allergi; "
            "nøtter og skalldyr\n",
            [
                "list.csv:2: the row has 6 fields, the header 5; put a field that holds ';' in "
                'double quotes ("…; …"), or give the extra field a column in the header',
                "error: 1 row(s) of list.csv are wrong; nothing was written",
            ],
        ),
        (  # a field left out: not taken for an empty e-mail address
            "name;agency;email\nA B;difi\n",
            [
                "list.csv:2: the row has too few fields (2, the header 3); give every column "
                "its field, an empty one as nothing between two ';'",
                "error: 1 row(s) of list.csv are wrong; nothing was written",
            ],
        ),
        (  # every such row, with the dates that are wrong; blank lines, quoted separators
            # and empty fields after the last column are fine
            "navn,virksomhet,e-post,dato\nAnne,kud,anne@kud.dep.no,,,\nA B,difi\n\n"
            '"Berg, Per",fin,per@fin.dep.no,\nOla,kud,ola@kud.dep.no,2014-03-01,vegetar\n'
            "Eva,kud,eva@kud.dep.no,1. mars\n",
            [
                "list.csv:3: the row has too few fields (2, the header 4); give every column "
                "its field, an empty one as nothing between two ','",
                "list.csv:6: the row has 5 fields, the header 4; put a field that holds ',' in "
                'double quotes ("…, …"), or give the extra field a column in the header',
                "list.csv:7: '1. mars' is not a date; write it as 2014-03-05 or 05.03.2014",
                "error: 3 row(s) of list.csv are wrong; nothing was written",
            ],
        ),
        (
            "name\tagency\temail\nAnne\tkud\tanne@kud.dep.no\tvegetar\nOla\tkud\n",
            [
                "list.csv:2: the row has 4 fields, the header 3; put a field that holds a tab "
                "in double quotes, or give the extra field a column in the header",
                "list.csv:3: the row has too few fields (2, the header 3); give every column "
                "its field, an empty one as nothing between two tabs",
                "error: 2 row(s) of list.csv are wrong; nothing was written",
            ],
        ),
        (
            "navn;virksomhet;e-post;dato\nAnne;kud;anne@kud.dep.no;18.03.2014\n"
            "Ola;kud;ola@kud.dep.no;\nPer;kud;per@kud.dep.no;{tomorrow}\n",
            [
                f"list.csv:2: cannot register for meeting mote-1 on 2014-03-18: {HELD}",
                "list.csv:4: cannot register for meeting mote-1 on {tomorrow}: that is "
                "after today ({today})",
                "error: 2 of 3 people cannot be registered; nothing was written",
                "hint: give the date column (a row without one takes --date, or today) the day "
                "the registration came in, on or before 2014-03-17 (someone who came without "
                "registering: the meeting's day, with --attended)",
            ],
        ),
    ],
)
def test_bad_rows_are_named_by_line(
    run: Run, plan: Path, monkeypatch: pytest.MonkeyPatch, rows: str, problems: list[str]
) -> None:
    (plan / "list.csv").write_text(now(rows), encoding="utf-8")
    monkeypatch.chdir(plan)
    result = ogp(run, plan, "register", "1", "--from", "list.csv", "--date", "2014-03-01")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[: len(problems)] == [now(p) for p in problems]
    assert not (plan / "private").exists()


def test_a_row_may_end_before_its_optional_columns(
    run: Run, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list written by hand leaves out the empty note at the end of a row: that is no field
    lost, so it is taken in (a row without its e-mail address is refused, above)."""
    (plan / "list.csv").write_text(
        "name;agency;email;note\nAnne Berg;kud;anne.berg@kud.dep.no\n", encoding="utf-8"
    )
    monkeypatch.chdir(plan)
    result = ogp(run, plan, "register", "1", "--from", "list.csv", "--date", "2014-03-01")
    assert result.exit_code == 0, result.output
    assert "registered Anne Berg <anne.berg@kud.dep.no> for mote-1" in result.stdout


def test_a_list_is_named_as_it_was_given(
    run: Run, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (plan / "list.csv").write_text("name,agency,email\nAnne,kud\n", encoding="utf-8")
    (plan / "sub").mkdir()
    monkeypatch.chdir(plan / "sub")
    result = ogp(run, plan, "register", "1", "--from", "../list.csv", "--date", "2014-03-01")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(
        f"{Path('../list.csv')}:2: the row has too few fields"
    )
    assert result.stderr.splitlines()[1] == (
        f"error: 1 row(s) of {Path('../list.csv')} are wrong; nothing was written"
    )


def test_the_reception_list_is_sorted_by_surname_written_either_way(run: Run, plan: Path) -> None:
    (plan / "list.csv").write_text(
        "navn;virksomhet;e-post\n"
        "Øystein Åsheim;kud;oa@kud.dep.no\nLien, Bjørg;kud;bl@kud.dep.no\n"
        "Berg, Åse;kud;ab@kud.dep.no\nPer Zahl;fin;pz@fin.dep.no\n"
        "Kari Berg;fin;kb@fin.dep.no\nArne Lie;kud;al@kud.dep.no\nAnne Berg;kud;an@kud.dep.no\n",
        encoding="utf-8",
    )
    ogp(run, plan, "register", "1", "--from", plan / "list.csv", "--date", "2014-03-01")
    listing = ogp(run, plan, "attendees", "1", "--format", "csv")
    assert listing.exit_code == 0, listing.output
    names = [row[1] for row in csv.reader(listing.stdout.splitlines()[1:])]
    assert names == [
        "Anne Berg", "Kari Berg", "Berg, Åse", "Arne Lie", "Lien, Bjørg", "Per Zahl",
        "Øystein Åsheim",
    ]  # fmt: skip


def test_a_list_that_is_not_utf8(run: Run, plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (plan / "list.csv").write_bytes(
        "navn;virksomhet;e-post\nSøren;kud;s@kud.dep.no\n".encode("cp1252")
    )
    monkeypatch.chdir(plan)
    result = ogp(run, plan, "register", "1", "--from", "list.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "error: list.csv:2: the file is not UTF-8 text"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (
            "  - {meeting: mote-3, name: A, agency: kud, email: a@kud.dep.no}\n",
            "3:15: error: unknown meeting 'mote-3'; known: mote-1, mote-2 [registrant]",
        ),
        (
            "  - {meeting: mote-1, name: A, agency: kdu, email: b@kud.dep.no}\n",
            "3:40: error: unknown agency 'kdu'; did you mean 'kud'? [registrant]",
        ),
        (
            "  - {meeting: mote-1, name: A, agency: smk, email: a@smk.dep.no}\n",
            "3:40: error: SMK is not invited to meeting mote-1; add 'smk' to its 'invited:' in "
            "meetings.yaml, or correct the agency [registrant]",
        ),
        (
            "  - {meeting: mote-1, name: A, agency: kud, email: a(at)kud.dep.no}\n",
            "3:52: error: 'a(at)kud.dep.no' is not an e-mail address: it has no '@' [email]",
        ),
        (
            "  - {meeting: mote-1, name: B, agency: kud, email: A@KUD.dep.no}\n",
            "3:52: error: A@KUD.dep.no is registered twice for meeting mote-1 (also on line 2); "
            "keep one [registrant]",
        ),
        (
            "  - {meeting: mote-1, name: A, agency: kud, email: b@kud.dep.no, came: true}\n",
            "3:66: error: unknown key 'came'; the keys allowed here are: meeting, name, agency, "
            "email, date, note, attended [unknown-key]",
        ),
        (
            "  - {meeting: mote-1, name: A, agency: kud, email: b@kud.dep.no, attended: yes}\n",
            "3:76: error: expected true or false here, found 'yes'; YAML's yes/no/on/off are not "
            "accepted, because they are easily meant as text [type]",
        ),
        (
            "  - {meeting: mote-1, name: B, agency: kud, email: b@kud.dep.no, date: 2014-03-18}\n",
            "3:72: error: registration for meeting mote-1 on 2014-03-18 is after the meeting "
            "was held (2014-03-17); correct its date: the day the registration came in "
            "[registration-date]",
        ),
        (
            "  - {meeting: mote-2, name: B, agency: kud, email: b@kud.dep.no, date: 2190-01-01}\n",
            "3:72: error: registration for meeting mote-2 on 2190-01-01 is after today "
            "({today}); correct its date: the day the registration came in "
            "[registration-date]",
        ),
    ],
)
def test_validate_checks_the_private_folder(
    run: Run, plan: Path, monkeypatch: pytest.MonkeyPatch, entry: str, problem: str
) -> None:
    (plan / "private").mkdir()
    registrations(plan).write_text(
        "registrations:\n  - {meeting: mote-1, name: A, agency: kud, email: a@kud.dep.no}\n"
        + entry,
        encoding="utf-8",
    )
    monkeypatch.chdir(plan)
    result = ogp(run, plan, "validate")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert errors == [f"{Path('private/registrations.yaml')}:{now(problem)}"]


def test_a_broken_private_file_stops_the_commands_that_read_it(run: Run, plan: Path) -> None:
    (plan / "private").mkdir()
    registrations(plan).write_text("registrations:\n  - meeting: [\n", encoding="utf-8")
    result = ogp(run, plan, "attendees", "1")
    assert result.exit_code == 1
    assert "registrations.yaml:" in result.stderr and "Traceback" not in result.output


def test_the_private_folder_is_not_the_data_folder(run: Run, plan: Path) -> None:
    result = run("--data", plan / "data", "--private", plan / "data", "register", "1", *KARI)
    assert result.exit_code == 1
    assert "registrations must be kept apart from the plan" in result.stderr
    inside = run("--data", plan / "data", "--private", plan / "data" / "p", "attendees", "1")
    assert inside.exit_code == 1
    assert not (plan / "data" / "p").exists()


def test_another_private_folder(run: Run, plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OGP_PRIVATE", str(plan / "secret"))
    result = ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    assert result.exit_code == 0, result.output
    assert (plan / "secret" / "registrations.yaml").exists()
    assert not (plan / "private").exists()


def test_registrations_kept_elsewhere_through_a_link_stay_there(
    run: Run, plan: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "secure" / "registrations.yaml"
    elsewhere.parent.mkdir()
    ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01")
    registrations(plan).rename(elsewhere)
    registrations(plan).symlink_to(elsewhere)
    result = ogp(
        run, plan, "register", "1", "--name", "Per Hansen", "--agency", "fin",
        "--email", "per.hansen@fin.dep.no", "--date", "2014-03-02",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert registrations(plan).is_symlink()
    text = elsewhere.read_text(encoding="utf-8")
    assert "Kari Nordmann" in text and "Per Hansen" in text


def test_a_new_registrations_file_is_its_owners_alone(run: Run, plan: Path) -> None:
    assert ogp(run, plan, "register", "1", *KARI, "--date", "2014-03-01").exit_code == 0
    assert registrations(plan).stat().st_mode & 0o777 == 0o600
    assert (plan / "private").stat().st_mode & 0o077 == 0


def test_two_people_with_one_address_in_a_list_are_refused(run: Run, plan: Path) -> None:
    (plan / "list.csv").write_text(
        "navn;instans;e-post\nKari Nordmann;kud;post@kud.dep.no\nOla Hansen;kud;post@kud.dep.no\n",
        encoding="utf-8",
    )
    result = ogp(run, plan, "register", "1", "--from", plan / "list.csv", "--date", "2014-03-01")
    assert result.exit_code == 1, result.output
    assert "list.csv:3: post@kud.dep.no is given for Kari Nordmann too" in result.output
    assert not registrations(plan).exists()


def test_excels_unicode_text_is_read(run: Run, plan: Path) -> None:
    """Excel's "Unicode text" export: UTF-16 with its byte-order mark, tabs between fields."""
    text = "Navn\tVirksomhet\tE-post\r\nAnne Berg\tKUD\tanne.berg@kud.dep.no\r\n"
    (plan / "list.txt").write_bytes(text.encode("utf-16"))
    result = ogp(run, plan, "register", "1", "--from", plan / "list.txt", "--date", "2014-03-01")
    assert result.exit_code == 0, result.output
    assert "registered Anne Berg <anne.berg@kud.dep.no> for mote-1" in result.stdout


def test_a_broken_utf16_list_says_so(run: Run, plan: Path) -> None:
    text = "Navn\tVirksomhet\tE-post\r\nAnne Berg\tKUD\tanne.berg@kud.dep.no\r\n"
    (plan / "list.txt").write_bytes(text.encode("utf-16")[:41])  # cut in the middle of a char
    result = ogp(run, plan, "register", "1", "--from", plan / "list.txt", "--date", "2014-03-01")
    assert result.exit_code == 1
    assert "begins as UTF-16 text (Excel's Unicode text) but is not whole UTF-16" in result.output


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Émile Édegård", "Eva Ekre"),  # é with e, not after å
        ("Jürgen Müller", "Ola Myz"),  # ü with y, as Norwegian sorts it
        ("Per Zahl", "Kari Ærø"),  # æ, ø, å after z
        ("Kari Ærø", "Zara Øst"),
        ("Zara Øst", "Åse Åsheim"),
    ],
)
def test_names_sort_as_a_norwegian_list_has_them(before: str, after: str) -> None:
    from ogp.text.collation import name_key

    assert name_key(before) < name_key(after)
