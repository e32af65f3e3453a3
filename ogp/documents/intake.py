"""Read a filled-in status form back: the status reports it gives, or every problem in it.

A workbook comes from outside and is not trusted. Before openpyxl opens it,
the file is checked as a zip: its size, its number of entries and the sizes
they declare once unpacked (a zip bomb is refused without unpacking a byte),
and macros (``vbaProject.bin``, a macro-enabled content type, .xlsm) are refused.
openpyxl then reads it read-only, row by row, never more rows than the form
has (plus a margin), so a sheet of a million rows costs nothing.

Every problem is reported at ``FILE:Sheet!C7``: a level not on the list, a date
that is not a date, a formula in an input cell, an evidence link that is not
https/http, a commitment the form's agency does not own or report on, an
unknown commitment or milestone, a form for another data set, agency or round,
values in a row or column the sheet hides (:func:`sheet_hidden`: out of the
coordinator's sight, and perhaps hidden to mean 'ignore this'). A sheet of the
form renamed is named with the sheets that may be it; a workbook is called no
form only where it lacks the form's own hidden sheet under any name.
A cell has one problem at most where it holds a formula: what the formula
leaves (an empty cell) is not told again; so too an error value (#REF!), told as one.

A cell whose value openpyxl makes nothing of (a number 'NaN' or 'inf', a date
cell t="d" of 2024-02-30, a truth value '2x') stops it reading the sheet: each
such cell is then named at its place, found by reading the sheet's XML
(:func:`sheet_cells`, as :func:`sheet_links` reads); only where none is found
is the workbook called damaged. The rows before it are checked, the ones after
it are not (openpyxl reads no further). A date cell's number past any day
(1e308) openpyxl reads as the error #VALUE!: the number is told from the XML.

An evidence cell whose text has no link of its own may carry one the Excel
way (Ctrl+K: the text a title, the address behind it); a cell whose text has an
address and a link behind it to another is refused (which of the two is meant
cannot be told, and the one a reader clicks is not the one shown). openpyxl's read-only
mode does not read hyperlinks, and its full mode is not for hostile files, so
they are read here (:func:`sheet_links`): the sheet's ``<hyperlinks>`` and its
relationships part, from the zip that check_zip passed, streamed through expat
with a DOCTYPE refused (so no entity is ever declared, let alone expanded),
only when a filled evidence cell asks for them. The address is checked as a typed one is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ogp.data.formspec import (
    COLUMN,
    COLUMNS,
    FIRST_ROW,
    FORM_VERSION,
    HEADER_ROW,
    INPUT_COLUMNS,
    META_SHEET,
    SHEET,
    assignments,
    column_letter,
    fingerprint,
)
from ogp.data.model import Dataset, Meeting, StatusReport
from ogp.data.problems import Pos, Problem, error
from ogp.data.rules.status_date import form_day as _day
from ogp.data.rules.status_date import implausible
from ogp.data.rules.status_source import ID as STATUS_SOURCE
from ogp.data.rules.status_source import origin
from ogp.data.schema.values import url as url_rule
from ogp.data.schema.values.date import no_such_day
from ogp.data.schema.values.invalid import Invalid
from ogp.errors import OgpError
from ogp.text.formwords import FORM_WORDS, REPORTABLE, form_headers, form_word, level_of
from ogp.text.phrasing import agency_name
from ogp.text.wording import LEVELS

if TYPE_CHECKING:
    from ogp.data.writeback import Append

MAX_FILE = 20 * 1024 * 1024  # a form of 5,000 commitments is under 1 MiB
MAX_ENTRIES = 200
MAX_STRINGS = 16 * 1024 * 1024  # the shared texts unpacked; 5,000 commitments need ~2 MiB
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed, for an entry over 1 MiB unpacked
ROW_MARGIN = 50  # rows beyond the form's own that may hold something (a note at the end)
MAX_TEXT = 10_000
MAX_LINKS = 10_000  # hyperlinks read from a sheet (a form has one per row at most)
# what reading a damaged member of the zip raises, beside what its XML parser does: its
# compressed data broken (zlib), cut short, a bad CRC, a compression zipfile does not know
_UNZIPPING = (zlib.error, EOFError, zipfile.BadZipFile, NotImplementedError)


class FormInvalid(OgpError):
    """One or more forms have problems; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        n = len(self.problems)
        cells = any(p.pos.cell for p in self.problems)
        super().__init__(
            f"{n} problem{'s' if n != 1 else ''} in the form(s); nothing was written",
            hint="correct the cells named above (or ask the agency to), and run intake again"
            if cells
            else "see what is said of each file above, and run intake again",
        )

    def lines(self) -> list[str]:
        return [f"{p.pos}: {p.severity}: {p.text}" for p in self.problems] + super().lines()


@dataclass(frozen=True)
class Proposed:
    """A status report a form gives for a commitment, and the row it came from."""

    commitment: str
    report: dict[str, Any]
    where: str  # FILE:Sheet!A7
    pos: Pos | None = None  # the same, as a place problems are reported at


@dataclass
class Intake:
    file: str
    agency: str = ""
    today: dt.date | None = None  # a status dated after it is refused
    proposed: list[Proposed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _at(file: str, sheet: str, col: int, row: int) -> Pos:
    return Pos.cell_of(file, sheet, f"{column_letter(col)}{row}")


def _whole(file: str) -> Pos:
    return Pos(file)


def check_zip(path: Path, file: str) -> str | None:
    """Why the file is not a workbook ogp opens, or None: checked before openpyxl reads it."""
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".xltm", ".xlsb", ".xlam"):
        return f"a {suffix} workbook may hold macros; ogp takes in .xlsx forms only"
    try:
        if path.is_dir():
            return "the file cannot be read: it is a folder, not a file; give the form's file"
        size = path.stat().st_size
    except OSError as exc:
        return f"the file cannot be read: {exc.strerror or exc}"
    if size > MAX_FILE:
        return f"the file is {size // (1024 * 1024)} MiB; a status form is far smaller"
    if not zipfile.is_zipfile(path):
        return "the file is not an Excel workbook (.xlsx); save it as .xlsx and send it again"
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > MAX_ENTRIES:
                return f"the workbook holds {len(infos)} parts; a status form has a few dozen"
            total = 0
            for info in infos:
                total += info.file_size
                name = info.filename.lower()
                if name.endswith("vbaproject.bin") or "activex" in name:
                    return "the workbook holds macros (vbaProject.bin); ogp does not open it"
                big = info.file_size > 1024 * 1024
                if big and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    return (
                        f"the workbook's part {info.filename} unpacks to "
                        f"{info.file_size // (1024 * 1024)} MiB from "
                        f"{info.compress_size // 1024} KiB: a zip bomb, refused"
                    )
            if total > MAX_UNPACKED:
                return (
                    f"the workbook unpacks to {total // (1024 * 1024)} MiB; a status form is "
                    "far smaller"
                )
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                return "the file is a zip archive but not an Excel workbook (.xlsx)"
            types = z.open("[Content_Types].xml").read(256 * 1024).decode("utf-8", "replace")
            if "macroEnabled" in types or "vbaProject" in types:
                return "the workbook is macro-enabled; save it as a plain .xlsx workbook"
            for info in infos:
                name = info.filename.lower()
                if name.endswith("sharedstrings.xml") and info.file_size > MAX_STRINGS:
                    return (
                        f"the workbook's texts ({info.filename}) unpack to "
                        f"{info.file_size // (1024 * 1024)} MiB; a status form's are far fewer"
                    )
                if name.endswith((".xml", ".rels", ".vml")):
                    _prolog(z, info.filename)  # no DOCTYPE, in any part openpyxl reads
    except _Damaged as exc:
        return f"the workbook is damaged: {exc}"
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, *_UNZIPPING) as exc:
        return f"the workbook is damaged: {exc}"
    return None


def _prolog(z: zipfile.ZipFile, name: str) -> None:
    """Read the part ``name`` up to its first element: _Damaged if a DOCTYPE comes before
    it (an entity declared there would be expanded by the parser openpyxl uses)."""

    def first(tag: str, attrs: dict[str, str]) -> None:
        raise _Done

    _parse_part(z, name, first)


class _Done(Exception):
    """The part's hyperlinks are all read: the rest of it is not parsed."""


def _parse_part(
    z: zipfile.ZipFile,
    name: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
    only: frozenset[str] | None = None,
) -> None:
    """Stream the XML part ``name`` through expat, calling ``start(local name, attributes by
    local name)`` (and ``end``, which may raise _Done, and ``text`` with the character data
    between); ``only``: the local names ``start`` is called for (a sheet's cells are most of
    its elements, and making each one's attributes costs). A DOCTYPE is refused: a
    workbook's parts have none, and without one no entity is declared, so none is
    expanded. The part reads no more than the size its entry declares (zipfile's own
    bound, checked by check_zip)."""
    from xml.parsers import expat

    def local(name: str) -> str:
        return name.rpartition(" ")[2]

    def refuse(*_: Any) -> None:
        raise _Damaged(f"the part {name} declares a DOCTYPE, which a workbook's parts never do")

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse

    def started(tag: str, attrs: dict[str, str]) -> None:
        tag = local(tag)
        if only is None or tag in only:
            start(tag, {local(k): v for k, v in attrs.items()})

    parser.StartElementHandler = started
    if end is not None:
        parser.EndElementHandler = lambda tag: end(local(tag))
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        with z.open(name) as f:
            while chunk := f.read(64 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Done:
        return
    except expat.ExpatError as exc:
        raise _Damaged(f"the part {name} is not well-formed XML: {exc}") from None


def sheet_links(path: Path, part: str) -> dict[str, str]:
    """The addresses behind the cells of the sheet ``part`` (``xl/worksheets/sheet1.xml``)
    that carry a hyperlink, by cell ('J7': 'https://…'); a link within the workbook (to a
    cell) has none. Excel keeps an address's fragment apart, as the hyperlink's
    ``location`` ('https://a.no/sak' and 'vedtak' for https://a.no/sak#vedtak); it is put
    back, so the link goes where its author pointed it. Read from the zip without
    openpyxl (see the module's docstring), in a file that check_zip passed; _Damaged if
    the parts cannot be read."""
    from openpyxl.utils.cell import range_boundaries

    refs: list[tuple[str, str, str]] = []  # (cell or range, relationship id, fragment)
    targets: dict[str, str] = {}

    def hyperlink(tag: str, attrs: dict[str, str]) -> None:
        if tag == "hyperlink" and "id" in attrs and "ref" in attrs:
            if len(refs) >= MAX_LINKS:
                raise _Damaged(f"the sheet holds more than {MAX_LINKS:,} hyperlinks")
            refs.append((attrs["ref"], attrs["id"], attrs.get("location", "")))

    def ended(tag: str) -> None:
        if tag == "hyperlinks":  # after sheetData; there is one
            raise _Done

    def relationship(tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and attrs.get("Type", "").endswith("/hyperlink"):
            targets[attrs.get("Id", "")] = attrs.get("Target", "")

    part = part.lstrip("/")
    folder, _, base = part.rpartition("/")
    rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if part not in names:
                raise _Damaged(f"the workbook has no part {part}")
            _parse_part(z, part, hyperlink, ended)
            if refs and rels in names:
                _parse_part(z, rels, relationship)
    except (*_UNZIPPING, OSError, RuntimeError, ValueError) as exc:
        raise _Damaged(str(exc)) from None
    out: dict[str, str] = {}
    for ref, rid, fragment in refs:
        if rid not in targets:
            continue
        target = targets[rid]
        if fragment and "#" not in target:
            target = f"{target}#{fragment.lstrip('#')}"
        bounds: tuple[int | None, ...]
        try:
            bounds = range_boundaries(ref)
        except (ValueError, TypeError):
            bounds = (None, None, None, None)
        min_col, min_row, max_col, max_row = bounds
        if min_col is None or min_row is None or max_col is None or max_row is None:
            raise _Damaged(f"a hyperlink's cell is '{ref[:20]}'")  # a whole row or column
        if (max_col - min_col + 1) * (max_row - min_row + 1) > MAX_LINKS - len(out):
            raise _Damaged(f"the sheet's hyperlinks cover more than {MAX_LINKS:,} cells")
        for col in range(min_col, max_col + 1):
            for row in range(min_row, max_row + 1):
                out.setdefault(f"{column_letter(col)}{row}", target)
    return out


class _Links:
    """The sheet's hyperlinks, read once, when the first cell asks (most forms have none)."""

    def __init__(self, path: Path, part: str | None) -> None:
        self.path, self.part = path, part
        self.found: dict[str, str] | None = None
        self.why = ""  # why they could not be read

    def at(self, cell: str) -> str | None:
        """The address behind ``cell``, if it has one (and the hyperlinks could be read)."""
        if self.found is None:
            self.found = {}
            if self.part is None:
                self.why = "this openpyxl does not name the sheet's part"
            else:
                try:
                    self.found = sheet_links(self.path, self.part)
                except _Damaged as exc:
                    self.why = str(exc)
        return self.found.get(cell)


@dataclass(frozen=True)
class _RawCell:
    """A cell as its sheet's XML writes it, before openpyxl makes a value of it."""

    ref: str  # 'H6'
    row: int
    col: int
    kind: str  # its type (t): 'n' (a number, where it has none), 'd', 'b', 's', 'e', ...
    text: str  # its <v>, as written (the first MAX_RAW characters)
    formula: bool


MAX_RAW = 5_000  # of a cell's <v> kept: more than a number openpyxl reads (4,300 digits)
MAX_NAMED = 100  # cells openpyxl cannot read, named one by one
_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")


def sheet_cells(
    path: Path, part: str, last_row: int, keep: Callable[[_RawCell], bool], most: int
) -> list[_RawCell]:
    """The cells of the sheet ``part`` in rows up to ``last_row`` and the one row after it
    (which openpyxl parses before it stops) that ``keep`` keeps (at most
    ``most``), read from the zip without openpyxl, as :func:`sheet_links` reads; a cell
    with no place of its own (r) is placed as openpyxl places it, after the one before.
    _Damaged if the part cannot be read."""
    from openpyxl.utils.cell import column_index_from_string, get_column_letter

    found: list[_RawCell] = []
    row, col = 0, 0
    past = False  # a row after last_row read: openpyxl parses one whole row past its bound
    cell: dict[str, Any] | None = None  # the cell being read: its attributes, formula, <v>
    chars: list[str] | None = None  # the <v> being read

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal row, col, cell, chars, past
        if tag == "row":
            r = attrs.get("r", "")
            row, col = (int(r) if r.isdigit() else row + 1), 0
            if row > last_row:
                if past:
                    raise _Done
                past = True
        elif tag == "c":
            m = _REF.fullmatch(attrs.get("r", ""))
            col = column_index_from_string(m.group(1)) if m else col + 1
            row = int(m.group(2)) if m else row
            ref = m.group() if m else f"{get_column_letter(min(col, 16_384))}{row}"
            cell = {"ref": ref, "kind": attrs.get("t", "n"), "formula": False, "text": []}
        elif cell is not None and tag == "f":
            cell["formula"] = True
        elif cell is not None and tag == "v":
            chars = cell["text"]

    def characters(data: str) -> None:
        if chars is not None and sum(map(len, chars)) < MAX_RAW:
            chars.append(data)

    def end(tag: str) -> None:
        nonlocal cell, chars
        if tag == "v":
            chars = None
        elif tag == "c" and cell is not None:
            text = "".join(cell["text"])[:MAX_RAW]
            raw = _RawCell(cell["ref"], row, col, cell["kind"], text, cell["formula"])
            cell = None
            if keep(raw):
                found.append(raw)
                if len(found) >= most:
                    raise _Done
        elif tag == "sheetData":
            raise _Done

    _parse_sheet(path, part, start, end, characters)
    return found


def _parse_sheet(
    path: Path,
    part: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    text: Callable[[str], None] | None = None,
    only: frozenset[str] | None = None,
) -> None:
    """:func:`_parse_part` of the sheet ``part`` of the workbook at ``path``, opened here;
    _Damaged if the workbook has no such part or it cannot be read."""
    try:
        with zipfile.ZipFile(path) as z:
            if part not in set(z.namelist()):
                raise _Damaged(f"the workbook has no part {part}")
            _parse_part(z, part, start, end, text, only)
    except (*_UNZIPPING, OSError, RuntimeError, ValueError) as exc:
        raise _Damaged(str(exc)) from None


def _unreadable(cell: _RawCell) -> str | None:
    """Why openpyxl (3.1) cannot make a value of ``cell``, in words: what the cell holds and
    what to write instead; or None where it can. openpyxl reads a number with a '.' or an
    exponent as a float and any other as an int (so 'NaN' and 'inf' are no numbers), a
    truth value as an int, a date (t="d") as ISO 8601; a formula's cached value it never
    reads. A shared text that is not there is left to be called damage."""
    from openpyxl.utils.datetime import from_ISO8601

    iso: Callable[[str], object] = from_ISO8601  # untyped in types-openpyxl
    text = cell.text
    if cell.formula or not text:
        return None
    shown = f"'{_shown(text)}'"
    try:
        if cell.kind == "n":
            float(text) if any(ch in text for ch in ".eE") else int(text)
        elif cell.kind == "b":
            int(text)
        elif cell.kind == "d":
            iso(text)
    except (ValueError, TypeError, OverflowError):
        pass
    else:
        return None
    marked = {"n": "a number", "b": "a truth value"}.get(cell.kind)
    if marked is not None:
        return f"{shown} is not {marked}, though the cell is marked as one; type the value again"
    found = _date(text.partition("T")[0])
    if isinstance(found, str):
        return f"{shown} is not a real date: {found}"
    return f"{shown} is not a date; write e.g. 13.06.2014"


class _Numbers:
    """The numbers of a sheet as its XML writes them ('1e308' of a date cell openpyxl made
    '#VALUE!'), read once, when the first cell asks (most forms need none)."""

    def __init__(self, path: Path, part: str | None, last_row: int, width: int) -> None:
        self.path, self.part, self.last_row, self.width = path, part, last_row, width
        self.found: dict[str, str] | None = None

    def at(self, cell: str) -> str | None:
        """The number written in ``cell``, if it holds one (and the sheet could be read)."""
        if self.found is None:
            self.found = {}
            if self.part is not None:
                try:
                    cells = sheet_cells(
                        self.path,
                        self.part,
                        self.last_row,
                        lambda c: c.kind == "n" and bool(c.text) and c.col <= self.width,
                        self.last_row * self.width,
                    )
                except _Damaged:
                    cells = []
                self.found = {c.ref: _shown(c.text) for c in cells}
        return self.found.get(cell)


def sheet_hidden(
    path: Path, part: str, last_row: int, width: int, rows: set[int], columns: set[int]
) -> None:
    """Put into ``rows`` the rows up to ``last_row`` and into ``columns`` the columns up to
    ``width`` that the sheet ``part`` hides (hidden, or of no height or width), read from
    the zip without openpyxl, whose read-only mode does not keep them. _Damaged if the
    part cannot be read on; what was found before then is kept."""
    row = 0

    def none(attrs: dict[str, str], size: str) -> bool:
        if attrs.get("hidden", "").lower() in ("1", "true"):
            return True
        try:
            return float(attrs.get(size, "1")) == 0
        except ValueError:
            return False

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal row
        if tag == "row":
            r = attrs.get("r", "")
            row = int(r) if r.isdigit() else row + 1
            if row > last_row:
                raise _Done
            if none(attrs, "ht"):
                rows.add(row)
        elif tag == "col" and none(attrs, "width"):
            low, high = attrs.get("min", ""), attrs.get("max", "")
            if low.isdigit() and high.isdigit():
                columns.update(range(max(int(low), 1), min(int(high), width) + 1))

    def end(tag: str) -> None:
        if tag == "sheetData":
            raise _Done

    _parse_sheet(path, part, start, end, only=frozenset(("row", "col")))


class _Hidden:
    """The rows and columns the sheet hides, read once, when the first filled row asks;
    ``told``: the hidden columns already named (each at its first cell with a value). A
    sheet that cannot be read to its end is left to openpyxl's reading to call damaged:
    the rows it reads before the damage are before it here too, and what hides them known."""

    def __init__(self, path: Path, part: str | None, last_row: int, width: int) -> None:
        self.path, self.part, self.last_row, self.width = path, part, last_row, width
        self.found: tuple[set[int], set[int]] | None = None
        self.told: set[int] = set()

    def _read(self) -> tuple[set[int], set[int]]:
        if self.found is None:
            self.found = (set(), set())
            if self.part is not None:
                with contextlib.suppress(_Damaged):  # what was found before it is kept
                    sheet_hidden(self.path, self.part, self.last_row, self.width, *self.found)
        return self.found

    def rows(self) -> set[int]:
        return self._read()[0]

    def columns(self) -> set[int]:
        return self._read()[1]


_DATE_TEXT = (
    re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"),
    re.compile(r"(\d{4})-(\d{2})-(\d{2})"),
)
_URL = re.compile(
    r"[a-z][a-z0-9+.-]*://\S+|(?:javascript|data|file|vbscript|mailto):\S+", re.IGNORECASE
)


# what a spreadsheet may have made of text typed into a cell
_TYPED = {
    dt.datetime: "a date",
    dt.date: "a date",
    dt.time: "a time",
    dt.timedelta: "a duration",
    bool: "a truth value",
}


_CLOSING = {")": "(", ">": "<", "]": "["}


# how the form's evidence cell and ogp record's option each give a second link
_EACH_LINK = {
    "form": "put each link on a line of its own (Alt+Enter in Excel), its title before it",
    "option": "give each link with a --evidence of its own, its title before it",
}


def _evidence_line(line: str, given: str = "form") -> tuple[str, str] | str:
    """A line of the evidence cell as (title, link): 'Rapport https://…', '(https://…)' or a
    link alone; or what is wrong with it. One link per line, its title before it: text
    after a link could be a link's end cut at a space, and a second link would be lost.
    ``given``: where the line is from, the form's cell or ``ogp record``'s option."""
    links = list(_URL.finditer(line))
    if not links:
        return f"'{line[:60]}' has no https:// link; add it"
    if len(links) > 1:
        return f"'{line[:60]}' has {len(links)} links; {_EACH_LINK[given]}"
    m = links[0]
    link = m.group().rstrip(".,;:")
    # a closing bracket ends the link only where the link opens none ('(https://a.no/x)',
    # '<https://a.no/x>', '[https://a.no/x]')
    while link and link[-1] in _CLOSING and link.count(link[-1]) > link.count(_CLOSING[link[-1]]):
        link = link[:-1].rstrip(".,;:")
    after = line[m.start() + len(link) :]
    if after.strip(" )>].,;:"):
        return (
            f"'{line[:60]}' has text after its link ('{after.strip()[:30]}'); write the title "
            "before the link, and a space inside a link as %20"
        )
    # 'Rapport https://…', 'Rapport (https://…)', 'Rapport [v2] https://…', Markdown's
    # '[Rapport](https://…)': the bracket that opens the link is not the title's
    title = line[: m.start()].strip(" -–:|")
    if title.endswith(("(", "<", "[")):
        title = title[:-1].rstrip(" -–:|")
    if title.startswith("[") and title.endswith("]") and title.count("[") == 1:
        title = title[1:-1].strip()
    title = title or link
    return title, link


def _link_alone(line: str) -> str | None:
    """The link of an evidence line that is a link and nothing else ('https://…',
    '(https://…)'), or None."""
    found = _evidence_line(line)
    return found[1] if isinstance(found, tuple) and found[0] == found[1] else None


def _split_title(title: str, link: str) -> str:
    """What to do with a title written on a line of its own and its link on the next."""
    shown = link if len(link) <= 100 else link[:99] + "…"
    return (
        f"'{title[:60]}' has no link on its line, and its link is on the next line; put the "
        f"title and its link on one line: '{title[:60]} {shown}'"
    )


def evidence_of(line: str, given: str = "form") -> tuple[str, str]:
    """An evidence line as (title, link), read as a form's evidence cell reads each of its
    lines and as ``ogp record --evidence`` reads its value ('Rapport https://…', or a link
    alone; ``given`` "option"): the link checked as every link of the data is. Invalid
    says what is wrong."""
    found = _evidence_line(line, given)
    if isinstance(found, str):
        raise Invalid(found)
    url_rule.parse(found[1])
    return found


def _date(value: Any) -> dt.date | str | None:
    """The date in a date cell; or why the text, written as a date, is no day of the
    calendar ('February 2015 has 28 days'); or None for what is no date at all."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for i, pattern in enumerate(_DATE_TEXT):
            m = pattern.fullmatch(text)
            if m:
                a, b, c = (int(x) for x in m.groups())
                day, month, year = (a, b, c) if i == 0 else (c, b, a)
                return no_such_day(year, month, day) or dt.date(year, month, day)
    return None


def _disagreeing(behind: str, typed: Sequence[str]) -> str | None:
    """Why the link behind a cell (Ctrl+K) and the addresses its text gives disagree, or
    None where the link is one of them (a trailing slash aside: https://a.no/r/ is
    https://a.no/r)."""
    if any(behind.rstrip("/") == link.rstrip("/") for link in typed):
        return None
    shown = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in behind
    )
    shown = shown if len(shown) <= 100 else shown[:99] + "…"
    gives = f"the address {typed[0]}" if len(typed) == 1 else f"the addresses {', '.join(typed)}"
    return (
        f"the text gives {gives}, but the link behind it (Ctrl+K) points to "
        f"'{shown}': which one is meant cannot be told; remove the link (right-click > "
        "Remove Hyperlink) or write the address it should point to in the text"
    )


def _shown(text: str) -> str:
    """``text`` as a message shows what a cell holds: its first 30 characters."""
    return text if len(text) <= 30 else text[:30] + "…"


def _blank_as_none(value: Any) -> Any:
    """A cell's value, None where it is text of only spaces (or line breaks): a blank cell,
    for every field that reads it."""
    return None if isinstance(value, str) and not value.strip() else value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read(
    path: Path,
    data: Dataset,
    round_: Meeting,
    *,
    display: str | None = None,
    today: dt.date | None = None,
) -> Intake:
    """The status reports the form at ``path`` gives, checked against ``data`` and the round
    (and ``today``: no status is dated after it)."""
    file = display or str(path)
    out = Intake(file, today=today)
    why = check_zip(path, file)
    if why is not None:
        out.problems.append(error(_whole(file), "form", why))
        return out
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on unknown extensions
            book = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        out.problems.append(error(_whole(file), "form", f"the workbook cannot be read: {exc}"))
        return out
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on odd cell values
            _read_book(book, path, file, data, round_, out)
    except _Damaged as exc:
        named = _unreadable_cells(path, file, exc) if isinstance(exc, _SheetUnread) else []
        out.problems.extend(named)
        if not named:
            out.problems.append(
                error(
                    _whole(file),
                    "form",
                    f"the workbook is damaged and cannot be read ({exc}); open it in Excel "
                    "and save it again, or fill in a new form made with 'ogp form'",
                )
            )
    finally:
        book.close()
    return out


class _Damaged(Exception):
    """openpyxl could not read a part of the workbook (what it raised, in words)."""


class _SheetUnread(_Damaged):
    """openpyxl stopped reading the rows of a sheet: the sheet's part is damaged, or one of
    its cells holds what openpyxl makes no value of (a number 'NaN', a date 2024-02-30)."""

    def __init__(self, message: str, sheet: str, part: str | None, last_row: int) -> None:
        super().__init__(message)
        self.sheet, self.part, self.last_row = sheet, part, last_row


def _reading(ws: Any, **rows: Any) -> Any:
    """The rows openpyxl reads from the sheet ``ws`` (``rows``: iter_rows's bounds), as it
    reads them; a sheet it cannot read on (broken XML, a cell value of the wrong type, a
    shared string that is not there) is _SheetUnread."""
    from xml.etree.ElementTree import ParseError

    it = iter(ws.iter_rows(**rows))
    while True:
        try:
            row = next(it)
        except StopIteration:
            return
        except (ParseError, ValueError, TypeError, IndexError, KeyError, *_UNZIPPING) as exc:
            part = getattr(ws, "_worksheet_path", None)  # the part openpyxl reads it from
            raise _SheetUnread(
                f"{type(exc).__name__}: {exc}",
                ws.title,
                part.lstrip("/") if isinstance(part, str) else None,
                rows["max_row"],
            ) from None
        yield row


def _unreadable_cells(path: Path, file: str, unread: _SheetUnread) -> list[Problem]:
    """Each cell of the sheet openpyxl could not read on that holds what it makes no value
    of, named at its place; none where that is not why (the sheet is damaged)."""
    if unread.part is None:
        return []
    try:
        cells = sheet_cells(
            path, unread.part, unread.last_row, lambda c: _unreadable(c) is not None, MAX_NAMED
        )
    except _Damaged:
        return []
    return [
        error(Pos.cell_of(file, unread.sheet, c.ref), "form", _unreadable(c) or "") for c in cells
    ]


def _is_meta(ws: Any) -> bool:
    """Whether the sheet ``ws`` is a form's own hidden sheet, whatever it is called: its
    first row says 'form', 'ogp status form' (a chart sheet, or one that cannot be read,
    is not)."""
    if not hasattr(ws, "iter_rows"):
        return False
    try:
        rows = list(_reading(ws, min_row=1, max_row=1, max_col=2, values_only=True))
    except _Damaged:
        return False
    first = tuple(_text(v) for v in rows[0]) if rows else ()
    return first[:2] == ("form", "ogp status form")


def _sheets_as_made(book: Any, file: str, out: Intake) -> bool:
    """Whether the workbook has the form's sheets under the names ogp gave them: a sheet
    renamed is named, with the sheets there that ogp did not name (one of them it, renamed),
    rather than the workbook called no form at all, which would have the agency's work
    thrown away. A workbook without the form's own hidden sheet (under any name) is no
    ogp form."""
    names = [str(n) for n in book.sheetnames]
    meta = (
        META_SHEET if META_SHEET in names else next((n for n in names if _is_meta(book[n])), None)
    )
    if meta is None:
        out.problems.append(
            error(
                _whole(file),
                "form",
                "this workbook is not an ogp status form (it lacks the form's own sheets); "
                "make the forms with 'ogp form'",
            )
        )
        return False
    known = {SHEET, META_SHEET, *(form_word(lang, "instructions")[:31] for lang in FORM_WORDS)}
    others = [n for n in names if n not in known and n != meta]
    for sheet, candidates in ((META_SHEET, [meta]), (SHEET, others)):
        if sheet in names:
            continue
        if not candidates:
            message = (
                f"sheet '{sheet}' is missing, and no other sheet can be it; fill in a new "
                "form made with 'ogp form'"
            )
        else:
            listed = ", ".join(f"'{_shown(n)}'" for n in candidates)
            one = len(candidates) == 1
            message = (
                f"sheet '{sheet}' is missing (is {listed if one else 'one of ' + listed} it, "
                f"renamed?); rename {'it' if one else 'that one'} back to '{sheet}'"
            )
        out.problems.append(error(_whole(file), "form", message))
    return SHEET in names and META_SHEET in names


def _read_book(
    book: Any, path: Path, file: str, data: Dataset, round_: Meeting, out: Intake
) -> None:
    if not _sheets_as_made(book, file, out):
        return
    meta: dict[str, str] = {}
    for row in _reading(book[META_SHEET], min_row=1, max_row=20, max_col=2, values_only=True):
        if row and row[0] is not None:
            meta[_text(row[0])] = _text(row[1] if len(row) > 1 else None)
    where = f"{file}:{META_SHEET}"
    if meta.get("form") != "ogp status form" or meta.get("version") != FORM_VERSION:
        out.problems.append(
            error(
                Pos(where),
                "form",
                f"the form's version is '{meta.get('version', '')}'; this ogp reads version "
                f"{FORM_VERSION}: make the forms again with 'ogp form'",
            )
        )
        return
    if meta.get("dataset") != fingerprint(data):
        out.problems.append(
            error(
                Pos(where),
                "form",
                "the form was made from another data set (another plan, or commitments added "
                "or removed since); make the forms again with 'ogp form'",
            )
        )
        return
    if meta.get("round") != round_.id:
        out.problems.append(
            error(
                Pos(where),
                "form",
                f"the form is for the round of meeting '{meta.get('round', '')}', not for "
                f"{round_.id}, the round being taken in; use --round {meta.get('round', '')} "
                "if that is the one meant",
            )
        )
        return
    agency = meta.get("agency", "")
    if agency not in data.agency_by_id:
        out.problems.append(
            error(Pos(where), "form", f"the form is for agency '{agency}', which the data lacks")
        )
        return
    out.agency = agency
    mine = {a.commitment.id: a for a in assignments(data, agency)}
    expected = int(meta["rows"]) if meta.get("rows", "").isdigit() else len(mine)
    ws = book[SHEET]
    limit = FIRST_ROW + expected + ROW_MARGIN
    declared = ws.max_row if isinstance(ws.max_row, int) else None
    if declared is not None and declared > limit + 10_000:
        out.problems.append(
            error(
                Pos(f"{file}:{SHEET}"),
                "form",
                f"the sheet holds {declared:,} rows; this form has {expected}; "
                "send the form as ogp made it",
            )
        )
        return
    name = agency_name(data, agency, annex=False)
    seen: set[tuple[str, str]] = set()
    width = max(COLUMN.values())
    lang = meta.get("lang", "nb")
    lang = lang if lang in ("nb", "en") else "nb"  # the language of the form's own words
    if not _headers_as_made(file, ws, lang, width, out):
        return
    part = getattr(ws, "_worksheet_path", None)  # the part openpyxl reads the cells from
    part = part.lstrip("/") if isinstance(part, str) else None
    links = _Links(path, part)
    sheet = (links, _Numbers(path, part, limit + 1, width), _Hidden(path, part, limit + 1, width))
    r = FIRST_ROW - 1
    rows = _reading(ws, min_row=FIRST_ROW, max_row=limit + 1, max_col=width)
    for r, cells in enumerate(rows, start=FIRST_ROW):
        if r > limit:
            out.problems.append(
                error(
                    Pos.cell_of(file, SHEET, f"A{r}"),
                    "form",
                    f"the sheet goes on past row {limit}; this form has {expected} rows: "
                    "send the form as ogp made it",
                )
            )
            return
        values = {c: None for c in range(1, width + 1)}
        kinds: dict[int, str] = {}
        for cell in cells:
            col = getattr(cell, "column", None)
            if isinstance(col, int) and col in values:
                values[col] = _blank_as_none(cell.value)
                kinds[col] = getattr(cell, "data_type", "")
        _read_row(file, r, values, kinds, sheet, data, agency, name, mine, round_, seen, lang, out)


def _headers_as_made(file: str, ws: Any, lang: str, width: int, out: Intake) -> bool:
    """Whether the header row is as ``ogp form`` wrote it: a column added, removed or moved
    would put every value after it into another field."""
    expected = form_headers(lang)
    found: dict[int, Any] = {}
    for row in _reading(ws, min_row=HEADER_ROW, max_row=HEADER_ROW, max_col=width + 1):
        for cell in row:
            col = getattr(cell, "column", None)
            if isinstance(col, int):
                found[col] = cell.value
    for col, (key, _) in enumerate([*COLUMNS, ("", False)], start=1):
        want = expected.get(key, "")
        have = _text(found.get(col))
        if have != want:
            what = f"'{have}'" if have else "empty"
            should = f"'{want}'" if want else "no column there"
            out.problems.append(
                error(
                    Pos.cell_of(file, SHEET, f"{column_letter(col)}{HEADER_ROW}"),
                    "form",
                    f"the column heading is {what}, where the form has {should}: a column "
                    "was added, removed or moved, so the values would land in other fields; "
                    "fill in the form as ogp made it",
                )
            )
            return False
    return True


def _read_row(
    file: str,
    r: int,
    values: dict[int, Any],
    kinds: dict[int, str],
    sheet: tuple[_Links, _Numbers, _Hidden],
    data: Dataset,
    agency: str,
    name: str,
    mine: dict[str, Any],
    round_: Meeting,
    seen: set[tuple[str, str]],
    lang: str,
    out: Intake,
) -> None:
    def at(key: str) -> Pos:
        return _at(file, SHEET, COLUMN[key], r)

    problems = out.problems
    links, numbers, hidden = sheet
    refused: set[int] = set()  # the cells whose formula is reported: nothing more is said

    given = [c for c in INPUT_COLUMNS if _text(values[c])]
    if given and r in hidden.rows():
        # out of the coordinator's sight, and hidden perhaps to mean 'ignore this'
        problems.append(
            error(
                _at(file, SHEET, 1, r),
                "form",
                "the row is hidden; show it and check it, or clear it",
            )
        )
    for col in given:
        if col in hidden.columns() and col not in hidden.told:
            hidden.told.add(col)  # at the column's first cell that holds a value
            problems.append(
                error(
                    _at(file, SHEET, col, r),
                    "form",
                    "the column is hidden; show it and check it, or clear it",
                )
            )

    def fault(key: str, message: str) -> None:
        if COLUMN[key] not in refused:
            problems.append(error(at(key), "form", message))

    for col in INPUT_COLUMNS:
        place = _at(file, SHEET, col, r)
        why = _refused(values[col], kinds.get(col), partial(numbers.at, place.cell))
        if why is not None:
            refused.add(col)
            problems.append(error(place, "form", why))
            values[col] = None
    filled = any(_text(values[c]) for c in INPUT_COLUMNS)
    cid = _text(values[COLUMN["commitment"]])
    if not filled:
        return
    for key in ("commitment", "milestone"):
        value = values[COLUMN[key]]
        if isinstance(value, int | float) and not isinstance(value, bool):
            # "4.10" made a number is 4.1: another commitment; never guess which was meant
            problems.append(
                error(
                    at(key),
                    "form",
                    f"the id is the number {value} here, not the text the form has (a "
                    "spreadsheet may have converted it: 4.10 becomes 4.1); fill in a new "
                    "form made with 'ogp form', or type the id back as text",
                )
            )
            return
    if not cid:
        problems.append(error(at("commitment"), "form", "a row filled in without a commitment"))
        return
    if cid not in data.commitment_by_id:
        problems.append(
            error(at("commitment"), "form", f"there is no commitment '{cid}' in the data")
        )
        return
    if cid not in mine:
        problems.append(
            error(
                at("commitment"),
                "form",
                f"commitment {cid} is not {name}'s to report on: {name} neither owns it nor "
                "is its reporter",
            )
        )
        return
    c = data.commitment_by_id[cid]
    milestone = _text(values[COLUMN["milestone"]])
    if milestone and milestone not in {m.id for m in c.milestones}:
        problems.append(
            error(at("milestone"), "form", f"commitment {cid} has no milestone '{milestone}'")
        )
        return
    if (cid, milestone) in seen:
        problems.append(
            error(
                at("commitment"),
                "form",
                f"{' '.join(filter(None, (cid, milestone)))} is on two rows; keep one",
            )
        )
        return
    seen.add((cid, milestone))
    before = len(problems)
    label = _text(values[COLUMN["level"]])
    level = level_of(label) if label else None
    if not label:
        fault("level", "pick the new status from the list")
    elif level is None:
        allowed = ", ".join(LEVELS[lang][lv] for lv in REPORTABLE)  # the form's list
        fault("level", f"'{label}' is not a status on the list: {allowed}")
    raw_date = values[COLUMN["date"]]
    found = _date(raw_date)
    when = found if isinstance(found, dt.date) else None
    if raw_date in (None, ""):
        fault("date", "give the date of the status")
    elif isinstance(found, str):
        fault("date", f"'{_text(raw_date)}' is not a real date: {found}")
    elif when is None and (typed := _TYPED.get(type(raw_date))) is not None:
        # a truth value, a time of day (a date cell's 0 is 00:00), a duration
        fault("date", f"the cell holds {typed} ({raw_date}), not a date; write e.g. 13.06.2014")
    elif when is None:
        fault("date", f"'{_text(raw_date)}' is not a date; write e.g. 13.06.2014")
    elif out.today is not None and (why := implausible(when, data.plan, out.today, _day)):
        fault("date", f"{_day(when)} is {why}; check the year")
        when = None
    for key in ("note", "evidence", "challenges", "next_steps"):
        value = values[COLUMN[key]]
        typed = _TYPED.get(type(value))
        if typed is not None:
            problems.append(
                error(
                    at(key),
                    "form",
                    f"the cell holds {typed} ({value}), not text: a spreadsheet may have "
                    "converted what was typed; format the cell as text and type it again",
                )
            )
            values[COLUMN[key]] = None
    texts: dict[str, str] = {}
    for key in ("note", "challenges", "next_steps"):
        text = _text(values[COLUMN[key]])
        if len(text) > MAX_TEXT:
            problems.append(
                error(
                    at(key),
                    "form",
                    f"the text is {len(text):,} characters long, more than the {MAX_TEXT:,} "
                    "a cell may hold here; shorten it, and link to a document for the rest",
                )
            )
        elif text:
            texts[key] = text
    evidence: list[dict[str, str]] = []
    cell = values[COLUMN["evidence"]]
    written = _text(cell)
    behind = links.at(at("evidence").cell) if written else None
    own = bool(_URL.search(written))  # the text has an address of its own
    if behind is not None and not own:
        # a link the Excel way (Ctrl+K): the cell's text its title, one line for the cell
        try:
            url_rule.parse(behind)
        except Invalid as exc:
            problems.append(
                error(at("evidence"), "form", f"the link behind '{written[:60]}': {exc}")
            )
        else:
            evidence.append({"title": " ".join(written.split()), "url": behind})
        written = ""
    lines = [line for line in (x.strip() for x in written.splitlines()) if line]
    for i, line in enumerate(lines):
        try:
            title, link = evidence_of(line)
        except Invalid as exc:
            message = str(exc)
            alone = _link_alone(lines[i + 1]) if i + 1 < len(lines) else None
            if alone is not None and not _URL.search(line):
                # the form asks for a link per line, its title before it: which line a
                # title is of is the line's own, never guessed from the one below
                message = _split_title(line, alone)
            elif links.why and not _URL.search(line):
                message += (
                    f" (a link behind the text could not be read: {links.why}; paste the "
                    "address itself after the title)"
                )
            problems.append(error(at("evidence"), "form", message))
            continue
        evidence.append({"title": title, "url": link})
    if behind is not None and own and evidence:
        disagreeing = _disagreeing(behind, [e["url"] for e in evidence])
        if disagreeing is not None:
            problems.append(error(at("evidence"), "form", disagreeing))
    if len(problems) > before or level is None or when is None:
        return
    label_round = str(round_.number) if round_.number is not None else round_.id
    report: dict[str, Any] = {
        "date": when.isoformat(),
        "level": level.value,
        "source": f"Statusskjema fra {name} til møte {label_round}",
    }
    if milestone:
        report["milestone"] = milestone
    if "note" in texts:
        report["note"] = texts["note"]
    if evidence:
        report["evidence"] = evidence
    for key in ("challenges", "next_steps"):
        if key in texts:
            report[key] = texts[key]
    report["reported_by"] = agency
    out.proposed.append(Proposed(cid, report, f"{file}:{SHEET}!A{r}", at("commitment")))


def _refused(value: Any, kind: str | None, written: Callable[[], str | None]) -> str | None:
    """Why an input cell is refused before its field reads it (nothing more is said of it),
    or None: a formula, an error value, a number no spreadsheet writes, text a spreadsheet
    would run as a formula. ``kind``: openpyxl's type of the cell; ``written()``: the number
    the sheet's XML writes there, if it writes one (read only when asked)."""
    if kind == "f":
        return "a formula in an input cell; type the value itself"
    if kind == "e":
        number = written()
        if number is not None:
            # a date cell's number past any day of the calendar: openpyxl makes it '#VALUE!'
            return (
                f"the number {number} is formatted as a date, but no day of the calendar "
                "is that far; write e.g. 13.06.2014"
            )
        code = f" {_shown(_text(value))}" if _text(value) else ""
        return (
            f"the cell holds the error{code}, not a value (what a formula that failed "
            "leaves); type the value itself"
        )
    if isinstance(value, float) and not math.isfinite(value):
        return (
            f"the number {written() or value} is beyond any spreadsheet's numbers (it reads "
            f"as {value}); type the value again"
        )
    if isinstance(value, str) and value.lstrip().startswith("="):
        # text that a spreadsheet would run as a formula where the data is ever pasted back
        return "the text begins with '=', which spreadsheets take for a formula; begin it otherwise"
    return None


# the fields of a report that come from a cell of their own (the rest: from the row's id)
_FIELD_CELLS = ("level", "date", "note", "evidence", "challenges", "next_steps", "milestone")


def placed(
    problems: Sequence[Problem],
    data: Dataset,
    added: Sequence[Proposed],
    after: bytes,
    file: str,
    *,
    only_added: bool = False,
) -> list[Problem]:
    """The problems of the data as intake would leave it, each where it can be fixed.

    A problem in a status report that a form's row adds (two forms giving 4.1 a
    report of the same day, a character no text may hold) is the row's: it is
    reported at the form's cell, the field's own where the problem is in one (the
    note's I7). It is found by its logical place, or by its line in ``after``, the
    would-be commitments.yaml (the lines of the report, then of each of its fields).
    Any other problem is in the data as it would be (in ``file``): reported at that
    file and its logical place, not at a line of a file that was never written.
    ``added`` are the rows that add a report, in the order they are appended;
    ``data`` is the data before. ``only_added``: only the problems of the reports
    ``added`` (the warnings of what is taken in, not the data's own).
    """
    from ogp.data.kinds import path_of
    from ogp.data.writeback import ItemWith, line_spans

    indexes = _indexes(data, added)
    by_path = {
        path_of("commitment", p.commitment, "status", i): p
        for p, i in zip(added, indexes, strict=True)
    }
    # the report's lines and each field's, one list for one pass over the would-be file
    wanted: list[tuple[Proposed, str]] = []
    paths: list[tuple[Any, ...]] = []
    for p, i in zip(added, indexes, strict=True):
        report = ("commitments", ItemWith("id", p.commitment), "status", i)
        for name in ["", *_fields(p)]:
            wanted.append((p, name))
            paths.append((*report, name) if name else report)
    by_line: dict[int, tuple[Proposed, str]] = {}
    for place, span in zip(wanted, line_spans(after, paths, file), strict=True):
        for line in range(span[0], span[1] + 1) if span else ():
            by_line[line] = place  # a field's lines come after its report's: it wins
    out = []
    for problem in problems:
        stem = problem.path
        while stem and stem not in by_path:  # commitments["4.1"].status[3].note -> status[3]
            cut = max(stem.rfind("."), stem.rfind("["))
            stem = stem[:cut] if cut > 0 else ""
        row, field = by_path.get(stem), ""
        if row is not None:
            field = problem.path[len(stem) :].lstrip(".").split(".")[0].split("[")[0]
        in_file = problem.pos.file.endswith("commitments.yaml")
        if row is None and in_file and problem.pos.line in by_line:
            row, field = by_line[problem.pos.line]
        if row is not None and row.pos is not None:
            what = "the status this row gives" if row.pos.cell else "the status given"
            before = _same_day(data, row) if problem.rule == STATUS_SOURCE else None
            if before is not None and field == "date":
                # a corrected form sent again: the report taken in before is in the file
                problem = replace(
                    problem,
                    message=f"{row.commitment} has a status report of this day already, "
                    + ", ".join(filter(None, (f"at {before.pos}", origin(before)))),
                    hint="to correct the one taken in before, edit that report there (or "
                    "remove it and take this in again)",
                )
            message = f"{what}: {problem.message}"
            out.append(replace(problem, pos=_cell(row.pos, field), message=message))
        elif only_added:
            continue
        elif in_file:
            where = f" (at {problem.path})" if problem.path else ""
            out.append(replace(problem, pos=Pos(file), message=problem.message + where))
        else:
            out.append(problem)
    return out


def _same_day(data: Dataset, row: Proposed) -> StatusReport | None:
    """The report of the data before that has the date (and milestone) that ``row`` gives."""
    date, milestone = row.report.get("date"), row.report.get("milestone")
    for report in data.commitment_by_id[row.commitment].status:
        if report.date.isoformat() == date and report.milestone == milestone:
            return report
    return None


def _fields(p: Proposed) -> list[str]:
    return [f for f in _FIELD_CELLS if f in p.report]


def _cell(row: Pos, field: str) -> Pos:
    """The cell of ``field`` on the row whose first cell is ``row`` (that cell itself for a
    field of no cell of its own, and for the command line of ogp record)."""
    if not row.cell or field not in _FIELD_CELLS:
        return row
    return Pos.cell_of(row.file, row.sheet, f"{column_letter(COLUMN[field])}{row.line}")


def _indexes(data: Dataset, added: Sequence[Proposed]) -> list[int]:
    """The index each report ``added`` will have in its commitment's status list."""
    count: dict[str, int] = {}
    out = []
    for p in added:
        out.append(len(data.commitment_by_id[p.commitment].status) + count.get(p.commitment, 0))
        count[p.commitment] = count.get(p.commitment, 0) + 1
    return out


def status_edits(
    data: Dataset, proposed: Sequence[tuple[str, dict[str, Any]]]
) -> tuple[list[int], list[Append]]:
    """The writer's edits that add the reports ``proposed`` ((commitment, report) pairs) to
    commitments.yaml, and for each edit the index of its pair. The history is kept oldest
    first: a late report of an earlier round goes before the first one dated after it, and
    reports taken in together go in the order of their dates."""
    from ogp.data.writeback import Append, ItemWith

    order = sorted(range(len(proposed)), key=lambda i: proposed[i][1]["date"])
    edits = []
    for i in order:
        cid, report = proposed[i]
        path = ("commitments", ItemWith("id", cid), "status")
        edits.append(Append(path, report, before=_place(data, cid, report)))
    return order, edits


def _place(data: Dataset, cid: str, report: dict[str, Any]) -> int | None:
    """Where in the status list of ``cid`` a report goes: before the first one dated after
    it, else (None) at the end."""
    when = dt.date.fromisoformat(report["date"])
    c = data.commitment_by_id.get(cid)
    status = c.status if c is not None else []
    return next((i for i, r in enumerate(status) if r.date > when), None)
