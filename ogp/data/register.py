"""Registering people for meetings and recording who came, into the private folder.

``ogp register`` and ``ogp attended`` call this module; it never prints. The
people come from the command line or from a CSV file exported from a form or
a mailbox (:func:`read_csv`). Every person is checked against the data first
(the meeting, the agency and whether it is invited, the e-mail address); one
wrong person stops the whole run before anything is written. The file is then
changed by the byte-preserving writer :mod:`ogp.data.writeback` (an item
appended to ``registrations:``, a field set on an existing one; every other
byte stays; the new text is validated before it is written, atomically, and
refused if the file changed meanwhile). The same person (e-mail address,
whatever its case) registered twice for a meeting is one registration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ogp.data import private, writeback
from ogp.data.atomic import replace_atomic
from ogp.data.dataset import display_path
from ogp.data.model import Dataset, Meeting, Registrant
from ogp.data.problems import Problem
from ogp.data.rules.registration_date import refused
from ogp.data.rules.status_date import day
from ogp.data.schema.values import email as email_value
from ogp.data.schema.values.date import typed as typed_date
from ogp.data.schema.values.invalid import Invalid, said
from ogp.errors import OgpError

LIST = "registrations"


class InputInvalid(OgpError):
    """Some of the people given cannot be registered; each is named, nothing was written."""

    def __init__(
        self,
        problems: Sequence[str],
        what: str,
        hint: str = "correct the input and run the command again",
    ) -> None:
        self.problems = list(problems)
        super().__init__(what, hint=hint)

    def lines(self) -> list[str]:
        return [*self.problems, *super().lines()]


@dataclass(frozen=True)
class Person:
    """One person to register, as given: on the command line, or a row of a CSV file."""

    name: str
    agency: str  # as typed: an id, a short name or the full name
    email: str
    date: dt.date
    note: str | None = None
    attended: bool | None = None
    where: str = ""  # "list.csv:4" for a row of a file, "" for the command line


@dataclass
class Outcome:
    """What a run did, for the command to say."""

    added: list[tuple[Person, bool]] = field(default_factory=list)  # (person, late)
    already: list[tuple[Person, Registrant]] = field(default_factory=list)
    repeated: list[Person] = field(default_factory=list)  # twice in the input itself
    marked: list[tuple[Registrant, bool]] = field(default_factory=list)  # attendance set
    unchanged: list[tuple[Registrant, bool]] = field(default_factory=list)  # already so
    file: str = ""
    created: bool = False  # the registrations file was made by this run
    gitignore: str = ""  # the .gitignore written, if any


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""


def _resolve_agency(data: Dataset, text: str) -> str | None:
    folded = text.strip().casefold()
    for a in data.agencies:
        if folded in (a.id.casefold(), a.label.casefold(), a.name.casefold()):
            return a.id
    return None


def _date_problem(p: Person, meeting: Meeting, today: dt.date) -> tuple[str, str] | None:
    """What is wrong with the person's date (the rule registration-date's test), and a hint."""
    why = refused(p.date, meeting, today)
    if why is None:
        return None
    on = f"today ({day(today)})" if p.date == today else f"on {day(p.date)}"
    given = "the date column (a row without one takes --date, or today)" if p.where else "--date"
    hint = f"give {given} the day the registration came in"
    if p.date > meeting.date:
        on_the_day = "the meeting's day, with" if p.where else f"--date {meeting.date.isoformat()}"
        hint += (
            f", on or before {day(meeting.date)} (someone who came without registering: "
            f"{on_the_day} --attended)"
        )
    return f"cannot register for meeting {meeting.id} {on}: that is {why}", hint


def check_people(
    data: Dataset, meeting: Meeting, people: Sequence[Person], today: dt.date
) -> list[tuple[Person, str]]:
    """Each person with the agency's id; raises :class:`InputInvalid` naming every one that
    cannot be registered (unknown agency, not invited, malformed address, no name, a date
    after today or after the meeting)."""
    import difflib

    problems: list[str] = []
    resolved: list[tuple[Person, str]] = []
    date_hints: list[str] = []  # a date's problem has a hint of its own
    for p in people:
        at = _prefix(p.where)
        if not p.name.strip():
            problems.append(f"{at}no name given; every registration needs the person's name")
            continue
        if "\n" in p.name or len(p.name) > 500:
            problems.append(f"{at}the name must be one line of at most 500 characters")
            continue
        try:
            email_value.parse(p.email.strip())
        except Invalid as exc:
            problems.append(f"{at}{exc}")
            continue
        agency = _resolve_agency(data, p.agency)
        if agency is None:
            ids = [a.id for a in data.agencies]
            close = difflib.get_close_matches(p.agency.strip().casefold(), ids, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known: {', '.join(ids)}"
            problems.append(f"{at}unknown agency '{p.agency}'{hint}")
            continue
        if not meeting.may_attend(agency):
            problems.append(
                f"{at}{data.agency_by_id[agency].label} is not invited to meeting {meeting.id} "
                f"(invited: {', '.join(meeting.invited)})"
            )
            continue
        dated = _date_problem(p, meeting, today)
        if dated is not None:
            problems.append(f"{at}{dated[0]}")
            date_hints.append(dated[1])
            continue
        resolved.append((p, agency))
    if problems:
        n = len(problems)
        what = (
            f"{n} of {len(people)} people cannot be registered; nothing was written"
            if len(people) > 1
            else "the person cannot be registered; nothing was written"
        )
        own = date_hints[:1] if len(date_hints) == n else []  # only dates are wrong
        if len(people) == 1:  # one line says it all, at the row of a file where it is one
            raise InputInvalid([], problems[0], *own)
        raise InputInvalid(problems, what, *own)
    return resolved


def _new_file_text() -> bytes:
    return (private.HEADER + f"{LIST}:\n").encode("utf-8")


def _check(data: Dataset) -> writeback.Check:
    """The writer's check: the new text of the registrations file, read and checked as
    ``ogp validate`` would."""

    def check(new: Mapping[Path, bytes]) -> Sequence[Problem]:
        problems: list[Problem] = []
        for path, content in new.items():
            problems += private.check_bytes(content, display_path(path), data).problems
        return problems

    return check


def _commit(path: Path, edits: list[writeback.Edit], data: Dataset, outcome: Outcome) -> None:
    """Apply ``edits`` to the registrations file (made where missing) with the one writer."""
    name = display_path(path)
    if path.exists() or path.is_symlink():
        change = writeback.plan(path, edits, name)
    else:
        after, applied = writeback.rewrite(_new_file_text(), edits, name)
        # personal data: readable by its owner only (0600), whatever the umask
        change = writeback.Change(path, name, b"", after, applied, new_mode=0o600)
        outcome.created = True
    writeback.commit([change], check=_check(data))
    outcome.file = name


def _ensure_folder(private_dir: Path, outcome: Outcome) -> None:
    """Make the private folder, and its .gitignore when ogp makes the registrations file."""
    try:
        private_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise OgpError(f"cannot make the folder {private_dir}: {exc.strerror or exc}") from None
    ignore = private_dir / ".gitignore"
    if not (ignore.exists() or ignore.is_symlink()):
        replace_atomic(ignore, private.GITIGNORE.encode("utf-8"))
        outcome.gitignore = display_path(ignore)


def register(
    private_dir: Path,
    data: Dataset,
    meeting: Meeting,
    people: Sequence[Person],
    today: dt.date | None = None,
) -> Outcome:
    """Register ``people`` for ``meeting``: all, or (on a wrong one) none. A date after
    ``today`` (the clock's, unless given) or after the meeting is wrong."""
    existing = private.load(private_dir, data)
    resolved = check_people(data, meeting, people, today or dt.date.today())
    outcome = Outcome()
    by_email = {
        r.email.casefold(): (i, r) for i, r in enumerate(existing) if r.meeting == meeting.id
    }
    seen: dict[str, Person] = {}  # e-mail address -> the first person given with it
    edits: list[writeback.Edit] = []
    conflicts: list[str] = []
    for p, agency in resolved:
        key = p.email.strip().casefold()
        first = seen.get(key)
        if first is not None:
            if _folded(first.name) == _folded(p.name):
                outcome.repeated.append(p)
            else:  # two people behind one address in the list itself
                conflicts.append(
                    f"{_prefix(p.where)}{p.email.strip()} is given for "
                    f"{' '.join(first.name.split())} too: give each person an address of "
                    "their own"
                )
            continue
        seen[key] = p
        if key in by_email:
            index, r = by_email[key]
            if _folded(r.name) != _folded(p.name):
                # two people behind one address (a shared mailbox): never drop the second
                conflicts.append(
                    f"{_prefix(p.where)}{p.email.strip()} is registered for meeting "
                    f"{meeting.id} as {r.name}, not as {' '.join(p.name.split())}: give each "
                    "person an address of their own, or correct the name in "
                    f"{display_path(private.registrations_file(private_dir))}"
                )
                continue
            outcome.already.append((p, r))
            if p.attended is not None and r.attended != p.attended:
                edits.append(writeback.SetField((LIST, index), "attended", p.attended))
                outcome.marked.append((r, p.attended))
            continue
        item: dict[str, str | bool] = {
            "meeting": meeting.id,
            "name": " ".join(p.name.split()),
            "agency": agency,
            "email": p.email.strip(),
            "date": p.date.isoformat(),
        }
        if p.note and p.note.strip():
            item["note"] = " ".join(p.note.split())
        if p.attended is not None:
            item["attended"] = p.attended
        edits.append(writeback.Append((LIST,), item))
        outcome.added.append((p, meeting.registered_late(p.date)))
    if conflicts:
        if len(people) == 1:
            raise InputInvalid([], conflicts[0])
        raise InputInvalid(
            conflicts,
            f"{len(conflicts)} of {len(people)} people cannot be registered; nothing was written",
        )
    if edits:
        path = private.registrations_file(private_dir)
        if not (path.exists() or path.is_symlink()):
            _ensure_folder(private_dir, outcome)
        _commit(path, edits, data, outcome)
    return outcome


def _folded(name: str) -> str:
    """A name as compared: case and spacing aside."""
    return " ".join(name.split()).casefold()


def find(registrants: Sequence[Registrant], meeting: Meeting, who: str) -> tuple[int, Registrant]:
    """The registrant of ``meeting`` whom ``who`` names (e-mail address, or the whole name),
    with its index in the file's list."""
    folded = _folded(who)
    mine = [(i, r) for i, r in enumerate(registrants) if r.meeting == meeting.id]
    by_email = [(i, r) for i, r in mine if r.email.casefold() == folded]
    if by_email:
        return by_email[0]
    by_name = [(i, r) for i, r in mine if _folded(r.name) == folded]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        raise OgpError(
            f"{len(by_name)} people named '{who}' are registered for meeting {meeting.id}",
            hint="name them by their e-mail address",
        )
    raise OgpError(
        f"no one registered for meeting {meeting.id} is named '{who}' or has that e-mail address",
        hint=f"'ogp attendees {meeting.id}' lists them; someone who came without registering: "
        f"ogp register {meeting.id} --name ... --agency ... --email ... --attended",
    )


def attended(
    private_dir: Path, data: Dataset, meeting: Meeting, who: Sequence[str], came: bool = True
) -> Outcome:
    """Record that the people named came to ``meeting`` (or, ``came=False``, did not)."""
    registrants = private.load(private_dir, data)
    outcome = Outcome()
    problems: list[str] = []
    edits: list[writeback.Edit] = []
    done: set[int] = set()
    for w in who:
        try:
            index, r = find(registrants, meeting, w)
        except OgpError as exc:
            problems.append(exc.message)
            continue
        if index in done:
            continue
        done.add(index)
        if r.attended is came:
            outcome.unchanged.append((r, came))
            continue
        edits.append(writeback.SetField((LIST, index), "attended", came))
        outcome.marked.append((r, came))
    if problems:
        if len(who) == 1:
            find(registrants, meeting, who[0])  # raises, with its hint
        raise InputInvalid(
            problems, f"{len(problems)} of {len(who)} not found; nothing was written"
        )
    if edits:
        _commit(private.registrations_file(private_dir), edits, data, outcome)
    return outcome


# The columns of a CSV file exported from a form or a mailbox, by the headers forms
# give them (case and spaces ignored).
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "navn", "fullt navn", "full name", "deltaker", "participant"),
    "agency": (
        "agency",
        "organisation",
        "organization",
        "virksomhet",
        "instans",
        "etat",
        "organisasjon",
    ),
    "email": ("email", "e-mail", "e-post", "epost", "mail", "e-postadresse", "email address"),
    "date": ("date", "dato", "registered", "påmeldt", "tidspunkt", "timestamp", "tidsmerke"),
    "note": ("note", "merknad", "kommentar", "comment", "notes"),
}
MAX_CSV = 5 * 1024 * 1024  # a list of people, not a database


def _header_index(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    index: dict[str, int] = {}
    ignored: list[str] = []
    for i, h in enumerate(headers):
        folded = " ".join(h.split()).casefold()
        for key, names in COLUMNS.items():
            if folded in names and key not in index:
                index[key] = i
                break
        else:
            if folded:
                ignored.append(h.strip())
    return index, ignored


def _separator(delimiter: str) -> str:
    return "a tab" if delimiter == "\t" else f"'{delimiter}'"


def _fields_problem(fields: int, header: int, delimiter: str) -> str:
    """What is wrong with a row of ``fields`` fields under a header of ``header``, and what
    to do."""
    sep = _separator(delimiter)
    if fields < header:
        between = "two tabs" if delimiter == "\t" else f"two {sep}"
        return (
            f"the row has too few fields ({fields}, the header {header}); give every column "
            f"its field, an empty one as nothing between {between}"
        )
    quoted = "" if delimiter == "\t" else f' ("…{delimiter} …")'
    return (
        f"the row has {fields} fields, the header {header}; put a field that holds {sep} "
        f"in double quotes{quoted}, or give the extra field a column in the header"
    )


def read_csv(path: Path, today: dt.date) -> tuple[list[Person], list[str]]:
    """The people of a CSV file (UTF-8, a BOM allowed, or Excel's UTF-16 "Unicode text";
    tabs, ; or , between fields), and the
    columns it ignored. Raises :class:`InputInvalid` naming each bad row as FILE:LINE
    (the file as ``path`` gives it: as the user typed it). A row has no field beyond
    the header's columns (empty ones aside): a field more is most often a separator in
    a text that was not quoted, and would be lost; it may end before optional columns
    (a note), not before the name, agency or e-mail address."""
    import csv
    import io

    name = str(path)
    if path.is_dir():
        raise OgpError(f"{name} is a folder, not a file", hint="give --from the list's CSV file")
    try:
        if path.stat().st_size > MAX_CSV:
            raise OgpError(f"{name} is larger than {MAX_CSV // (1024 * 1024)} MiB; is it a list?")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise OgpError(f"{name} does not exist") from None
    except OSError as exc:
        raise OgpError(f"cannot read {name}: {exc.strerror or exc}") from None
    try:
        # Excel's "Unicode text" is UTF-16 with its byte-order mark, tabs between fields
        utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
        text = raw.decode("utf-16") if utf16 else raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if utf16:  # cut short, or broken: where is not worth guessing in UTF-16
            raise OgpError(
                f"{name}: the file begins as UTF-16 text (Excel's Unicode text) but is not "
                "whole UTF-16",
                hint="save it again, or as 'CSV UTF-8' (Excel: Save as > CSV UTF-8)",
            ) from None
        line = raw[: exc.start].count(b"\n") + 1
        raise OgpError(
            f"{name}:{line}: the file is not UTF-8 text",
            hint="save it as 'CSV UTF-8' (Excel: Save as > CSV UTF-8 (comma delimited))",
        ) from None
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise OgpError(
            f"{name} is empty", hint="give a CSV file with a header row and one row per person"
        )
    delimiter = max(",;\t", key=first.count)  # the one the header row has most of (, on a tie)
    if first.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    starts: list[int] = []  # the line each row starts on (a quoted field may span lines)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise OgpError(f"{name}:{start}: {exc}") from None
        rows.append(row)
        starts.append(start)
    header_line = next(i for i, r in enumerate(rows) if any(c.strip() for c in r))
    index, ignored = _header_index(rows[header_line])
    missing = [k for k in ("name", "agency", "email") if k not in index]
    if missing:
        raise OgpError(
            f"{name}:{starts[header_line]}: the header row has no column for {', '.join(missing)}",
            hint="the first row names the columns: name (navn), agency (virksomhet), email "
            "(e-post), and date (dato) and note (merknad) where known",
        )
    people: list[Person] = []
    problems: list[str] = []
    width = len(rows[header_line])
    for n, row in enumerate(rows):
        if n <= header_line or not any(c.strip() for c in row):
            continue
        where = f"{name}:{starts[n]}"
        # a row may leave out empty fields after the last it needs (an optional note), not
        # a field it needs, nor add one beyond the header
        short = any(index.get(k, -1) >= len(row) for k in ("name", "agency", "email"))
        if short or any(c.strip() for c in row[width:]):
            problems.append(f"{where}: {_fields_problem(len(row), width, delimiter)}")
            continue

        def cell(key: str, row: list[str] = row) -> str:
            i = index.get(key)
            return row[i].strip() if i is not None and i < len(row) else ""

        try:
            day = typed_date(cell("date")) if cell("date") else today
        except Invalid as exc:
            problems.append(f"{where}: {said(exc)}")
            continue
        people.append(
            Person(
                cell("name"), cell("agency"), cell("email"), day, cell("note") or None, None, where
            )
        )
    if problems:
        raise InputInvalid(
            problems, f"{len(problems)} row(s) of {name} are wrong; nothing was written"
        )
    return people, ignored
