"""Status forms out (ogp form) and back in (ogp intake, ogp record): the round trip, each bad
input at its FILE:Sheet!CELL with nothing written, and the hostile workbooks."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from openpyxl import load_workbook

from ogp.data.yamlload import load_text

Run = Callable[..., Result]


def _row(ws: Any, cid: str, milestone: str = "") -> int:
    for r in range(5, ws.max_row + 1):
        if ws.cell(r, 1).value == cid and (ws.cell(r, 2).value or "") == milestone:
            return r
    raise AssertionError(f"{cid} is not on the form")


def fill(path: Path, cid: str, **cells: Any) -> int:
    """Fill the row of ``cid`` as an agency would: G level, H date, I note, J evidence ...;
    ``link``: the address behind the evidence cell's text, as Excel's Ctrl+K puts it."""
    book = load_workbook(path)
    ws = book["Status"]
    r = _row(ws, cid)
    columns = {"level": 7, "date": 8, "note": 9, "evidence": 10, "challenges": 11, "next": 12}
    for key, value in cells.items():
        if key == "commitment":
            ws.cell(r, 1).value = value
        elif key == "link":
            ws.cell(r, columns["evidence"]).hyperlink = value
        else:
            ws.cell(r, columns[key]).value = value
    book.save(path)
    return r


@pytest.fixture
def forms(run: Run, data_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    result = run("--data", data_dir, "form", "--all", "-o", folder)
    assert result.exit_code == 0, result.output
    return folder


def test_one_form_per_reporting_agency_with_its_commitments(forms: Path) -> None:
    names = sorted(p.name for p in forms.iterdir())
    assert "kmd.xlsx" in names and "sivilt-samfunn.xlsx" not in names and len(names) == 14
    book = load_workbook(forms / "kmd.xlsx")
    assert book.sheetnames == ["Status", "Veiledning", "ogp"]
    assert book["ogp"].sheet_state == "veryHidden"
    meta = {row[0]: row[1] for row in book["ogp"].iter_rows(values_only=True)}
    assert meta["agency"] == "kmd" and meta["round"] == "mote-2" and meta["version"] == "1"
    ws = book["Status"]
    ids = [ws.cell(r, 1).value for r in range(5, ws.max_row + 1)]
    assert ids == ["4.1", "4.2", "4.3", "4.5", "4.16", "4.19", "4.21", "kommunereformen"]
    # 4.19 has no title in the data: said as the status table says it, not left empty
    assert ws.cell(10, 3).value == "(ingen tittel i dataene)"
    assert ws.protection.sheet
    assert ws.cell(6, 1).protection.locked and not ws.cell(6, 7).protection.locked
    (levels, dates) = ws.data_validations.dataValidation
    assert levels.formula1 == '"ikke startet,begrenset,betydelig,fullført,ingen dokumentasjon"'
    assert str(levels.sqref) == "G5:G12" and dates.type == "date"
    assert "Delt med JD, KUD" in ws.cell(5, 6).value  # 4.1: no agreed reporter
    jd = load_workbook(forms / "jd.xlsx")["Status"]
    assert jd.cell(5, 1).value == "4.1" and "Delt med KMD, KUD" in jd.cell(5, 6).value
    guide = [c for row in book["Veiledning"].iter_rows(values_only=True) for c in row if c]
    assert "fullført" in guide and any("IRM" in str(c) for c in guide)


LEVEL_LABELS = {
    "nb": ["ikke startet", "begrenset", "betydelig", "fullført", "ingen dokumentasjon"],
    "en": ["not started", "limited", "substantial", "complete", "no evidence available"],
}


@pytest.mark.parametrize(
    ("lang", "lead_in", "head"),
    [
        ("nb", "Statusnivåene er IRMs skala for gjennomføring:", ("Nivå", "Betydning")),
        ("en", "The levels are the IRM's completion scale:", ("Level", "Meaning")),
    ],
)
def test_the_instructions_lead_in_to_the_levels_directly_above_them(
    run: Run, data_dir: Path, tmp_path: Path, lang: str, lead_in: str, head: tuple[str, str]
) -> None:
    """Who, by when and how; then the lead-in, and under it the table of levels, which
    ends the sheet (the lead-in was the last line, below the table, with nothing after it)."""
    out = tmp_path / "kmd.xlsx"
    assert run("--data", data_dir, "form", "kmd", "--lang", lang, "-o", out).exit_code == 0
    book = load_workbook(out)
    rows = [r for r in book[book.sheetnames[1]].iter_rows(values_only=True) if any(r)]
    at = next(i for i, r in enumerate(rows) if r[0] == lead_in)
    assert rows[at + 1][:2] == head
    assert [r[0] for r in rows[at + 2 :]] == LEVEL_LABELS[lang]  # and nothing after them
    assert at == 4  # after the title and the three lines of who, by when and how


def test_an_english_form(run: Run, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "fin.xlsx"
    assert run("--data", data_dir, "form", "fin", "--lang", "en", "-o", out).exit_code == 0
    ws = load_workbook(out)["Status"]
    assert ws.data_validations.dataValidation[0].formula1 == (
        '"not started,limited,substantial,complete,no evidence available"'
    )


def test_an_english_forms_errors_name_its_own_list(
    run: Run, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kmd.xlsx"
    assert run("--data", data_dir, "form", "kmd", "--lang", "en", "-o", out).exit_code == 0
    row = fill(out, "4.2", level="limitted", date=dt.date(2014, 6, 13))
    result = run("--data", data_dir, "intake", out)
    assert result.exit_code == 1
    assert (
        f"{out}:Status!G{row}: error: 'limitted' is not a status on the list: not started, "
        "limited, substantial, complete, no evidence available\n"
    ) in result.output


def test_the_round_trip_adds_only_the_status_reports(run: Run, data_dir: Path, forms: Path) -> None:
    kmd = forms / "kmd.xlsx"
    fill(
        kmd,
        "4.2",
        level="begrenset",
        date=dt.date(2014, 6, 13),
        note="Utkast laget",
        evidence="Oversikt – https://www.regjeringen.no/no/utvalg/\nhttps://data.norge.no/",
        challenges="Samordning",
        next="Publisere høsten 2014",
    )
    fill(kmd, "4.5", level="Betydelig", date="13.06.2014")
    path = data_dir / "commitments.yaml"
    before = path.read_bytes()
    dry = run("--data", data_dir, "intake", kmd, "--dry-run")
    assert dry.exit_code == 0, dry.output
    # each report with what it would write: the coordinator checks the links first
    assert [ln for ln in dry.output.splitlines() if ln.startswith("4.")] == [
        "4.2: not reported → limited, 13 Jun 2014 ('Statusskjema fra KMD til møte 2'): "
        "'Utkast laget'; evidence 'Oversikt' <https://www.regjeringen.no/no/utvalg/>, "
        "<https://data.norge.no/>; challenges 'Samordning'; next steps 'Publisere høsten 2014'",
        "4.5: not reported → substantial, 13 Jun 2014 ('Statusskjema fra KMD til møte 2')",
    ]
    assert path.read_bytes() == before
    real = run("--data", data_dir, "intake", kmd)
    assert real.exit_code == 0, real.output
    after = path.read_bytes().decode()
    old_lines = before.decode().splitlines()
    new_lines = after.splitlines()
    added = [x for x in new_lines if x not in old_lines]
    assert [x for x in old_lines if x not in new_lines] == []
    assert added[:4] == [
        "    status:",
        "      - date: 2014-06-13",
        "        level: limited",
        '        source: "Statusskjema fra KMD til møte 2"',
    ]
    assert "          - title: Oversikt" in added
    assert '            url: "https://data.norge.no/"' in added
    assert "        reported_by: kmd" in added
    assert run("--data", data_dir, "validate").exit_code == 0
    status = run("--data", data_dir, "status")
    assert "begrenset" in status.output and "betydelig" in status.output
    again = run("--data", data_dir, "intake", kmd)
    assert again.exit_code == 0 and "nothing to change" in again.output
    assert path.read_text(encoding="utf-8") == after


BAD_CELLS = [
    ({"level": "halvveis", "date": dt.date(2014, 6, 13)}, "G6", "'halvveis' is not a status"),
    ({"level": "begrenset", "date": "neste uke"}, "H6", "'neste uke' is not a date"),
    (
        {"level": "begrenset", "date": "31.02.2014"},
        "H6",
        "'31.02.2014' is not a real date: February 2014 has 28 days",
    ),
    (
        {"level": "begrenset", "date": "2015-02-31"},
        "H6",
        "'2015-02-31' is not a real date: February 2015 has 28 days",
    ),
    ({"level": "begrenset", "date": "01.12.9999"}, "H6", "01.12.9999 is after today"),
    # a formula is told once: not again as the empty cell it leaves
    ({"level": "begrenset", "date": "=TODAY()"}, "H6", "a formula in an input cell"),
    ({"level": "=G7", "date": dt.date(2014, 6, 13)}, "G6", "a formula in an input cell"),
    ({"level": "begrenset"}, "H6", "give the date of the status"),
    # a cell of only spaces is a blank cell, whichever it is
    ({"level": "begrenset", "date": "  "}, "H6", "give the date of the status"),
    ({"level": "begrenset", "date": "\u00a0\n"}, "H6", "give the date of the status"),
    ({"level": " ", "date": dt.date(2014, 6, 13)}, "G6", "pick the new status from the list"),
    ({"date": dt.date(2014, 6, 13), "note": "x"}, "G6", "pick the new status from the list"),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "note": '=HYPERLINK("x")'},
        "I6",
        "a formula in an input cell",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "evidence": "javascript:alert(1)"},
        "J6",
        "'javascript:' links are not allowed",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "commitment": "4.4"},
        "A6",
        "commitment 4.4 is not KMD's to report on",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "commitment": "9.9"},
        "A6",
        "there is no commitment '9.9' in the data",
    ),
    (
        {"level": "begrenset", "date": dt.date(2099, 1, 1)},
        "H6",
        "01.01.2099 is after today (",
    ),
    (
        {"level": "begrenset", "date": "01.01.1900"},
        "H6",
        "01.01.1900 is before the plan began (01.10.2013); check the year",
    ),
    # "4.10" made a number by a spreadsheet is 4.1: another commitment, never guessed
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "commitment": 4.2},
        "A6",
        "the id is the number 4.2 here, not the text the form has",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "note": dt.datetime(2014, 1, 2)},
        "I6",
        "the cell holds a date (2014-01-02 00:00:00), not text",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "note": "x" * 10_001},
        "I6",
        "the text is 10,001 characters long, more than the 10,000 a cell may hold here; "
        "shorten it, and link to a document for the rest",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "challenges": True},
        "K6",
        "the cell holds a truth value (True), not text",
    ),
    (
        {
            "level": "begrenset",
            "date": dt.date(2014, 6, 13),
            "evidence": "Rapport https://a.no/1 og vedlegg https://b.no/2",
        },
        "J6",
        "has 2 links; put each link on a line of its own",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "evidence": "https://x.no/a b.pdf"},
        "J6",
        "has text after its link ('b.pdf')",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "evidence": "R https://a.no/\u200bx"},
        "J6",
        "the address holds an invisible character (U+200B ZERO WIDTH SPACE) at position 14; "
        "type the address again",
    ),
    (
        {"level": "begrenset", "date": dt.date(2014, 6, 13), "evidence": "R https://a\u2060.no"},
        "J6",
        "the address holds an invisible character (U+2060 WORD JOINER) at position 10",
    ),
    # the form asks for a title and its link on one line: a title above its link is refused,
    # and said how to write it
    (
        {
            "level": "begrenset",
            "date": dt.date(2014, 6, 13),
            "evidence": "Høringsnotat\nhttps://www.regjeringen.no/h",
        },
        "J6",
        "'Høringsnotat' has no link on its line, and its link is on the next line; put the "
        "title and its link on one line: 'Høringsnotat https://www.regjeringen.no/h'",
    ),
    (
        {
            "level": "begrenset",
            "date": dt.date(2014, 6, 13),
            "evidence": "Rapport https://a.no/r\nHøringsnotat\n\n(https://b.no/h)",
        },
        "J6",
        "put the title and its link on one line: 'Høringsnotat https://b.no/h'",
    ),
    # a link the Excel way (Ctrl+K) is checked as a typed one
    (
        {
            "level": "begrenset",
            "date": dt.date(2014, 6, 13),
            "evidence": "Vedtak",
            "link": "javascript:alert(1)",
        },
        "J6",
        "the link behind 'Vedtak': 'javascript:' links are not allowed",
    ),
    (
        {
            "level": "begrenset",
            "date": dt.date(2014, 6, 13),
            "evidence": "Vedtak",
            "link": "https://www.regjeringen.no/\ufeffvedtak",
        },
        "J6",
        "the link behind 'Vedtak': the address holds an invisible character (U+FEFF",
    ),
]


@pytest.mark.parametrize(
    ("line", "title", "url"),
    [
        ("Rapport https://a.no/r", "Rapport", "https://a.no/r"),
        ("Rapport (https://a.no/r).", "Rapport", "https://a.no/r"),
        ("https://a.no/r", "https://a.no/r", "https://a.no/r"),
        (
            "Wiki: https://en.wikipedia.org/wiki/Foo_(bar)",
            "Wiki",
            "https://en.wikipedia.org/wiki/Foo_(bar)",
        ),
        (
            "Wiki (https://en.wikipedia.org/wiki/Foo_(bar))",
            "Wiki",
            "https://en.wikipedia.org/wiki/Foo_(bar)",
        ),
        ("Rapport <https://a.no/x>", "Rapport", "https://a.no/x"),
        ("Rapport [https://a.no/x].", "Rapport", "https://a.no/x"),
        ("[Veileder](https://a.no/x)", "Veileder", "https://a.no/x"),
        ("Rapport [v2] https://a.no/x", "Rapport [v2]", "https://a.no/x"),
        ("- Rapport: https://a.no/x", "Rapport", "https://a.no/x"),
    ],
)
def test_an_evidence_line_is_its_title_and_its_one_link(line: str, title: str, url: str) -> None:
    from ogp.documents.intake import _evidence_line

    assert _evidence_line(line) == (title, url)


@pytest.mark.parametrize(("cells", "cell", "message"), BAD_CELLS)
def test_a_bad_cell_is_named_and_nothing_is_written(
    run: Run, data_dir: Path, forms: Path, cells: dict[str, Any], cell: str, message: str
) -> None:
    kmd = forms / "kmd.xlsx"
    assert fill(kmd, "4.2", **cells) == 6
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1
    assert f"{kmd}:Status!{cell}: " in result.output and message in result.output, result.output
    assert result.output.count(f"{kmd}:Status!{cell}: ") == 1, result.output  # one problem
    assert "nothing was written" in result.output
    assert (data_dir / "commitments.yaml").read_bytes() == before


def test_a_link_put_behind_the_evidence_text_is_taken_in(
    run: Run, data_dir: Path, forms: Path
) -> None:
    """Excel's Ctrl+K: the cell's text 'Vedtak', the address behind it. One evidence per
    cell, the text its title; a cell whose text has the same link of its own is fine."""
    kmd, june = forms / "kmd.xlsx", {"level": "begrenset", "date": dt.date(2014, 6, 13)}
    fill(kmd, "4.2", **june, evidence="Vedtak om\nåpenhet", link="https://www.regjeringen.no/v")
    fill(kmd, "4.5", **june, evidence="Rapport https://a.no/r", link="https://a.no/r/")
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 0, result.output
    text = (data_dir / "commitments.yaml").read_text(encoding="utf-8")
    assert (
        '          - title: "Vedtak om åpenhet"\n            url: "https://www.regjeringen.no/v"\n'
        in text
    )
    assert 'url: "https://a.no/r"' in text
    assert run("--data", data_dir, "validate").exit_code == 0


@pytest.mark.parametrize(
    ("written", "behind", "gives"),
    [
        (
            "https://www.regjeringen.no/rapport",
            "https://evil.example/phish",
            "the address https://www.regjeringen.no/rapport",
        ),
        ("Rapport https://a.no/r", "https://b.no/other", "the address https://a.no/r"),
        (
            "A https://a.no/1\nB https://a.no/2",
            "https://a.no/3",
            "the addresses https://a.no/1, https://a.no/2",
        ),
    ],
)
def test_a_link_behind_the_text_that_points_elsewhere_is_refused(
    run: Run, data_dir: Path, forms: Path, written: str, behind: str, gives: str
) -> None:
    """The text shows one address and a click goes to another: which is meant cannot be
    told (it kept the text's, silently)."""
    kmd = forms / "kmd.xlsx"
    row = fill(
        kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13), evidence=written, link=behind
    )
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1
    assert (
        f"{kmd}:Status!J{row}: error: the text gives {gives}, but the link behind it (Ctrl+K) "
        f"points to '{behind}': which one is meant cannot be told; remove the link "
        "(right-click > Remove Hyperlink) or write the address it should point to in the text\n"
    ) in result.output
    assert (data_dir / "commitments.yaml").read_bytes() == before


def test_a_link_whose_fragment_excel_keeps_apart_is_taken_in_whole(
    run: Run, data_dir: Path, forms: Path
) -> None:
    """Excel saves https://a.no/sak#vedtak as the target https://a.no/sak and the location
    'vedtak'; the evidence points where its author pointed it, fragment and all."""
    from openpyxl.worksheet.hyperlink import Hyperlink

    kmd = forms / "kmd.xlsx"
    row = fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13), evidence="Vedtak")
    book = load_workbook(kmd)
    cell = book["Status"].cell(row, 10)
    cell.hyperlink = Hyperlink(ref=cell.coordinate, target="https://a.no/sak", location="vedtak")
    book.save(kmd)
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 0, result.output
    text = (data_dir / "commitments.yaml").read_text(encoding="utf-8")
    assert 'url: "https://a.no/sak#vedtak"' in text, text


def test_a_link_part_that_cannot_be_read_refuses_the_workbook(
    run: Run, data_dir: Path, forms: Path
) -> None:
    """The relationships part that holds the links breaks off: openpyxl cannot read the
    workbook, which is refused whole, nothing written. (A part declaring a DOCTYPE is
    refused before openpyxl reads it: see below; a sheet that breaks after its rows has
    its links' reader say so at the cell: see the next test.)"""
    kmd = forms / "kmd.xlsx"
    fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13), evidence="Vedtak",
         link="https://www.regjeringen.no/vedtak")  # fmt: skip
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    _rezip(kmd, lambda name, b: b[: b.index(b"<Relationship ") + 20] if name == rels else b)
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1
    assert f"{kmd}: error: the workbook cannot be read" in result.output, result.output
    assert (data_dir / "commitments.yaml").read_bytes() == before


def _broken_after_the_rows(path: Path) -> None:
    """The sheet's compressed data breaks after its rows (an invalid deflate block where
    its hyperlinks begin), its sizes declared as the whole sheet's."""
    import struct
    import zlib

    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    size = 0
    with zipfile.ZipFile(out, "w") as z:
        for info, data in parts:
            if info.filename != _STATUS_XML:
                z.writestr(info, data, zipfile.ZIP_DEFLATED)
                continue
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            pad = b"<!--" + b"0123456789abcdef" * 32_768 + b"-->"
            cut = data.index(b"<hyperlinks>")
            body = co.compress(data[:cut] + pad) + co.flush(zlib.Z_FULL_FLUSH) + b"\x07"
            size = len(data) + len(pad)
            z.writestr(zipfile.ZipInfo(_STATUS_XML, info.date_time), body + b"\0" * 100)
    raw = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
        member = z.getinfo(_STATUS_XML)
    # stored as it is, but declared deflated and as long as the sheet
    struct.pack_into("<HxxxxxxxxxxxxI", raw, member.header_offset + 8, 8, size)
    at = raw.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46 : at + 46 + length] == _STATUS_XML.encode():
            struct.pack_into("<H", raw, at + 10, 8)
            struct.pack_into("<I", raw, at + 24, size)
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))


def test_a_sheets_compressed_data_broken_is_a_damaged_workbook(
    run: Run, data_dir: Path, forms: Path
) -> None:
    kmd = forms / "kmd.xlsx"
    row = fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13), evidence="Vedtak",
               link="https://www.regjeringen.no/vedtak")  # fmt: skip
    _broken_after_the_rows(kmd)
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert f"{kmd}: error: the workbook is damaged and cannot be read (error: " in result.output
    assert row == 6 and (data_dir / "commitments.yaml").read_bytes() == before


def test_hyperlinks_whose_compressed_data_is_broken_are_damaged(tmp_path: Path) -> None:
    """The reader of the links behind cells (sheet_links) says a broken part is damaged, as
    the cells' reader does, rather than failing on what zlib raises."""
    from ogp.documents import intake

    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo(_STATUS_XML), b"\x07" + b"\0" * 100)
    raw = bytearray(path.read_bytes())
    raw[8:10] = b"\x08\x00"  # the local header: deflated, in truth not
    at = raw.find(b"PK\x01\x02")
    raw[at + 10 : at + 12] = b"\x08\x00"  # and the central directory
    path.write_bytes(bytes(raw))
    with pytest.raises(intake._Damaged, match="invalid block type"):
        intake.sheet_links(path, _STATUS_XML)


def _meta(path: Path, key: str, value: str) -> None:
    book = load_workbook(path)
    for row in book["ogp"].iter_rows():
        if row[0].value == key:
            row[1].value = value
    book.save(path)


def _zip_with(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)


HOSTILE: list[tuple[str, Callable[[Path], None], str]] = [
    ("not a zip", lambda p: p.write_bytes(b"Forpliktelse;Status\n4.2;begrenset\n"), "not an Excel"),
    (
        "a zip but not a workbook",
        lambda p: p.write_bytes(_plain_zip()),
        "a zip archive but not an Excel workbook",
    ),
    ("macros", lambda p: _zip_with(p, "xl/vbaProject.bin", b"\0" * 100), "holds macros"),
    ("a zip bomb", lambda p: _zip_with(p, "xl/media/x.xml", b"\0" * (3 << 20)), "a zip bomb"),
    ("another data set", lambda p: _meta(p, "dataset", "0" * 16), "another data set"),
    ("another round", lambda p: _meta(p, "round", "mote-1"), "for the round of meeting 'mote-1'"),
    ("another version", lambda p: _meta(p, "version", "0"), "the form's version is '0'"),
    ("a million rows", lambda p: _far_row(p, 1_000_000), "the sheet holds 1,000,000 rows"),
    ("rows past the form", lambda p: _far_row(p, 80), "the sheet goes on past row"),
    (
        "a column inserted",
        lambda p: _spoil_sheet(p, lambda ws: ws.insert_cols(10)),
        "Status!J4: error: the column heading is empty, where the form has 'Dokumentasjon",
    ),
    (
        "a heading changed",
        lambda p: _spoil_sheet(p, lambda ws: setattr(ws["K4"], "value", "Neste steg")),
        "Status!K4: error: the column heading is 'Neste steg'",
    ),
    (
        "the sheet's XML cut short",
        lambda p: _rezip(p, lambda name, b: b[: len(b) // 2] if name == _STATUS_XML else b),
        "the workbook is damaged and cannot be read (ParseError",
    ),
    (
        "a row numbered with letters",
        lambda p: _rezip(
            p,
            lambda name, b: b.replace(b'<row r="6"', b'<row r="abc"') if name == _STATUS_XML else b,
        ),
        "the workbook is damaged and cannot be read (ValueError",
    ),
]

_STATUS_XML = "xl/worksheets/sheet1.xml"
_RELS_BOOK = "xl/_rels/workbook.xml.rels"


def _spoil_sheet(path: Path, spoil: Callable[[Any], None]) -> None:
    book = load_workbook(path)
    spoil(book["Status"])
    book.save(path)


def _rezip(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """The workbook with each part changed by ``change(name, content)``."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    assert _STATUS_XML in dict(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts:
            z.writestr(name, change(name, content))


def _plain_zip() -> bytes:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr("notes.txt", "hei")
    return raw.getvalue()


def _far_row(path: Path, row: int) -> None:
    book = load_workbook(path)
    book["Status"].cell(row, 9).value = "x"
    book.save(path)


@pytest.mark.parametrize(("name", "spoil", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_workbook_is_refused(
    run: Run, data_dir: Path, forms: Path, name: str, spoil: Callable[[Path], None], message: str
) -> None:
    kmd = forms / "kmd.xlsx"
    fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13))
    spoil(kmd)
    result = _refused(run, data_dir, kmd)
    assert f"{kmd}" in result.output and message in result.output, result.output


def _refused(run: Run, data_dir: Path, form: Path) -> Result:
    """``ogp intake form``, which must refuse it (exit 1) with nothing written."""
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", form)
    assert result.exit_code == 1, result.output
    assert (data_dir / "commitments.yaml").read_bytes() == before
    return result


_PARTS = {"Status": _STATUS_XML, "ogp": "xl/worksheets/sheet3.xml"}


def _cells_as_written(path: Path, cells: dict[str, str]) -> None:
    """Each cell ('Status!H6') written in the sheet's XML as 'type:value' ('d:2024-02-30';
    ':NaN' a cell of no type, a number): what Excel never writes, a hostile sender may. The
    cell keeps its style (H's date format)."""
    import re

    def change(name: str, content: bytes) -> bytes:
        for place, written in cells.items():
            kind, _, value = written.partition(":")
            sheet, _, ref = place.partition("!")
            if name != _PARTS[sheet]:
                continue
            m = re.search(rb'<c r="%s"([^>]*?)(/>|>.*?</c>)' % ref.encode(), content)
            assert m is not None, place
            style = re.search(rb' s="\d+"', m.group(1))
            t = f' t="{kind}"'.encode() if kind else b""
            cell = b'<c r="%s"%s%s><v>%s</v></c>' % (
                ref.encode(),
                style.group() if style else b"",
                t,
                value.encode(),
            )
            content = content[: m.start()] + cell + content[m.end() :]
        return content

    _rezip(path, change)


NOT_A_NUMBER = "is not a number, though the cell is marked as one; type the value again"
NOT_A_TRUTH = "is not a truth value, though the cell is marked as one; type the value again"
NO_DAY = "is formatted as a date, but no day of the calendar is that far; write e.g. 13.06.2014"
NO_NUMBER = "is beyond any spreadsheet's numbers (it reads as inf); type the value again"
NO_29TH = "is not a real date: February 2024 has 29 days"
AN_ERROR = "not a value (what a formula that failed leaves); type the value itself"
NOT_A_DATE = "not a date; write e.g. 13.06.2014"
HALVVEIS = "'halvveis' is not a status on the list: ikke startet, begrenset, betydelig, fullført"

# a cell openpyxl makes no value of (it said the whole workbook was damaged), or makes a value
# that was taken in (an error #REF! as the text of a note) or told as another ('#VALUE!');
# each cell as "type:value" (no type: a number), each problem as "place: message"
UNREADABLE: list[tuple[dict[str, str], list[str]]] = [
    ({"Status!H6": ":NaN"}, [f"Status!H6: 'NaN' {NOT_A_NUMBER}"]),
    ({"Status!F6": "n:inf"}, [f"Status!F6: 'inf' {NOT_A_NUMBER}"]),
    ({"Status!H4": "n:-Infinity"}, [f"Status!H4: '-Infinity' {NOT_A_NUMBER}"]),
    ({"ogp!B7": ":NaN"}, [f"ogp!B7: 'NaN' {NOT_A_NUMBER}"]),
    ({"Status!H6": "d:2024-02-30"}, [f"Status!H6: '2024-02-30' {NO_29TH}"]),
    # the first row to fill in: openpyxl parses it while it reads the header row above
    ({"Status!H5": "d:2024-02-30"}, [f"Status!H5: '2024-02-30' {NO_29TH}"]),
    ({"Status!H6": "d:2024-02-30T10:00:00"}, [f"Status!H6: '2024-02-30T10:00:00' {NO_29TH}"]),
    ({"Status!H6": "d:neste uke"}, [f"Status!H6: 'neste uke' is {NOT_A_DATE}"]),
    ({"Status!G6": "b:ja"}, [f"Status!G6: 'ja' {NOT_A_TRUTH}"]),
    ({"Status!H6": ":1e308"}, [f"Status!H6: the number 1e308 {NO_DAY}"]),
    ({"Status!I6": "n:1e999"}, [f"Status!I6: the number 1e999 {NO_NUMBER}"]),
    ({"Status!H6": "b:1"}, [f"Status!H6: the cell holds a truth value (True), {NOT_A_DATE}"]),
    ({"Status!H6": "d:10:30:00"}, [f"Status!H6: the cell holds a time (10:30:00), {NOT_A_DATE}"]),
    ({"Status!I6": "e:#REF!"}, [f"Status!I6: the cell holds the error #REF!, {AN_ERROR}"]),
    ({"Status!H6": "e:#REF!"}, [f"Status!H6: the cell holds the error #REF!, {AN_ERROR}"]),
    ({"Status!G6": "e:#N/A"}, [f"Status!G6: the cell holds the error #N/A, {AN_ERROR}"]),
    # every cell openpyxl cannot read is named, and the rows it read before are checked
    (
        {
            "Status!G5": "str:halvveis",
            "Status!H5": ":41803",
            "Status!H6": ":NaN",
            "Status!H8": "d:2024-02-30",
        },
        [
            f"Status!G5: {HALVVEIS}, ingen dokumentasjon",
            f"Status!H6: 'NaN' {NOT_A_NUMBER}",
            f"Status!H8: '2024-02-30' {NO_29TH}",
        ],
    ),
]


@pytest.mark.parametrize(
    ("cells", "problems"),
    UNREADABLE,
    ids=[" ".join(f"{place}={cell}" for place, cell in c.items()) for c, _ in UNREADABLE],
)
def test_a_cell_openpyxl_makes_no_value_of_is_named_at_its_place(
    run: Run,
    data_dir: Path,
    forms: Path,
    cells: dict[str, str],
    problems: list[str],
) -> None:
    kmd = forms / "kmd.xlsx"
    fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13))
    _cells_as_written(kmd, cells)
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1, result.output
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert errors == [f"{kmd}:{problem.replace(': ', ': error: ', 1)}" for problem in problems]
    assert "nothing was written" in result.output and "damaged" not in result.output
    assert (data_dir / "commitments.yaml").read_bytes() == before


def _problems(output: str) -> list[str]:
    """The problems an intake names, each as 'PLACE: message' (its summary left out)."""
    return [ln.replace(": error: ", ": ", 1) for ln in output.splitlines() if ": error: " in ln]


def _rename(*renames: tuple[str, str]) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        book = load_workbook(path)
        for old, new in renames:
            book[old].title = new
        book.save(path)

    return spoil


def _remove(name: str) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        book = load_workbook(path)
        book.remove(book[name])
        book.save(path)

    return spoil


# a sheet of the form renamed or removed: each named, with what is there in its stead
SHEETS_RENAMED: list[tuple[str, Callable[[Path], None], list[str]]] = [
    (
        "Status renamed",
        _rename(("Status", "Ark1")),
        ["sheet 'Status' is missing (is 'Ark1' it, renamed?); rename it back to 'Status'"],
    ),
    (
        "Status and the instructions renamed",
        _rename(("Status", "Ark1"), ("Veiledning", "Ark2")),
        [
            "sheet 'Status' is missing (is one of 'Ark1', 'Ark2' it, renamed?); rename that "
            "one back to 'Status'"
        ],
    ),
    (
        "the hidden sheet renamed",
        _rename(("ogp", "Ark3")),
        ["sheet 'ogp' is missing (is 'Ark3' it, renamed?); rename it back to 'ogp'"],
    ),
    (
        "both renamed",
        _rename(("ogp", "Ark3"), ("Status", "Ark1")),
        [
            "sheet 'ogp' is missing (is 'Ark3' it, renamed?); rename it back to 'ogp'",
            "sheet 'Status' is missing (is 'Ark1' it, renamed?); rename it back to 'Status'",
        ],
    ),
    (
        "Status removed",
        _remove("Status"),
        [
            "sheet 'Status' is missing, and no other sheet can be it; fill in a new form made "
            "with 'ogp form'"
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "spoil", "messages"), SHEETS_RENAMED, ids=[c[0] for c in SHEETS_RENAMED]
)
def test_a_sheet_renamed_is_named_with_the_sheet_it_may_be(
    run: Run,
    data_dir: Path,
    forms: Path,
    name: str,
    spoil: Callable[[Path], None],
    messages: list[str],
) -> None:
    """The hidden sheet says it is an ogp form: 'not an ogp form, make the forms again'
    would have the agency's work thrown away for a sheet's name."""
    kmd = forms / "kmd.xlsx"
    fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13))
    spoil(kmd)
    result = _refused(run, data_dir, kmd)
    assert _problems(result.output) == [f"{kmd}: {m}" for m in messages], result.output


def _hide(rows: tuple[int, ...] = (), columns: tuple[str, ...] = ()) -> Callable[[Any], None]:
    def spoil(ws: Any) -> None:
        for r in rows:
            ws.row_dimensions[r].hidden = True
        for c in columns:
            ws.column_dimensions[c].hidden = True

    return spoil


def _hide_past_the_form(ws: Any) -> None:
    ws.column_dimensions.group("M", "XFD", hidden=True)  # Excel's way to hide what is unused


# values out of the coordinator's sight: each hidden row at its first cell, each hidden
# column at its first cell with a value; a hidden row or column without values is no matter
HIDDEN: list[tuple[str, Callable[[Any], None], list[str]]] = [
    ("a row", _hide(rows=(6,)), ["A6: the row is hidden; show it and check it, or clear it"]),
    (
        "rows, one of them empty",
        _hide(rows=(6, 7, 9)),
        [
            "A6: the row is hidden; show it and check it, or clear it",
            "A7: the row is hidden; show it and check it, or clear it",
        ],
    ),
    (
        "a column",
        _hide(columns=("I",)),
        ["I6: the column is hidden; show it and check it, or clear it"],
    ),
    (
        "a column and locked and empty ones",
        lambda ws: (_hide(columns=("C", "F", "J", "K"))(ws), _hide_past_the_form(ws)),
        ["K7: the column is hidden; show it and check it, or clear it"],
    ),
]


@pytest.mark.parametrize(("name", "spoil", "problems"), HIDDEN, ids=[c[0] for c in HIDDEN])
def test_values_in_a_hidden_row_or_column_are_refused(
    run: Run,
    data_dir: Path,
    forms: Path,
    name: str,
    spoil: Callable[[Any], None],
    problems: list[str],
) -> None:
    """The coordinator does not see them, and an agency may have hidden a row to mean
    'ignore it'."""
    kmd = forms / "kmd.xlsx"
    fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13), note="Utkast")
    fill(kmd, "4.3", level="begrenset", date=dt.date(2014, 6, 13), note="Ja", challenges="Tid")
    _spoil_sheet(kmd, spoil)
    result = _refused(run, data_dir, kmd)
    assert _problems(result.output) == [f"{kmd}:Status!{p}" for p in problems], result.output


def test_an_xlsm_is_refused_by_its_name(run: Run, data_dir: Path, forms: Path) -> None:
    xlsm = forms / "kmd.xlsm"
    (forms / "kmd.xlsx").rename(xlsm)
    result = run("--data", data_dir, "intake", xlsm)
    assert result.exit_code == 1 and "may hold macros" in result.output


def test_record_adds_a_report_and_is_idempotent(run: Run, data_dir: Path) -> None:
    path = data_dir / "commitments.yaml"
    args = ("--data", data_dir, "record", "4.12", "--level", "complete", "--date", "2014-06-13")
    result = run(*args, "--meeting", "mote-2", "--evidence", "https://www.regjeringen.no/x")
    assert result.exit_code == 0, result.output
    assert "4.12: not reported → complete, 13 Jun 2014 (meeting no. 2)" in result.output
    text = path.read_text(encoding="utf-8")
    assert "        meeting: mote-2\n" in text
    again = run(*args, "--meeting", "mote-2", "--evidence", "https://www.regjeringen.no/x")
    assert again.exit_code == 0 and "nothing to change" in again.output
    assert path.read_text(encoding="utf-8") == text


def test_a_late_report_of_an_earlier_round_goes_where_its_date_puts_it(
    run: Run, data_dir: Path
) -> None:
    """The history stays oldest first (status-order): meeting no. 1's report, recorded after
    later ones, goes first, and one dated between two goes between them; none is warned of."""
    path = data_dir / "commitments.yaml"
    record = ("--data", data_dir, "record", "4.12", "--level")
    for level, date, where in [
        ("limited", "2014-06-13", ("--meeting", "mote-2")),
        ("substantial", "2014-09-01", ("--source", "e-post")),
        ("not-started", "2014-03-17", ("--meeting", "mote-1")),
        ("limited", "2014-05-02", ("--source", "brev")),
    ]:
        result = run(*record, level, "--date", date, *where)
        assert result.exit_code == 0, result.output
        assert ": warning: " not in result.output, result.output
    loaded, _ = load_text(path.read_text(encoding="utf-8"), "commitments.yaml")
    c = next(c for c in loaded["commitments"] if c["id"] == "4.12")
    assert [r["date"] for r in c["status"]] == [
        "2014-03-17",
        "2014-05-02",
        "2014-06-13",
        "2014-09-01",
    ]


def test_record_at_a_meeting_bears_its_day_without_a_date(run: Run, data_dir: Path) -> None:
    """--meeting alone dates the report on the meeting's day (the data asks for that day);
    without a meeting, --date is needed."""
    args = ("--data", data_dir, "record", "4.12", "--level", "limited")
    result = run(*args, "--meeting", "mote-2")
    assert result.exit_code == 0, result.output
    assert "4.12: not reported → limited, 13 Jun 2014 (meeting no. 2)" in result.output
    no_date = run(*args, "--source", "e-post")
    assert no_date.exit_code == 2
    assert "give the report's --date (with --meeting, it is the meeting's)" in no_date.output


def test_record_takes_a_meeting_and_a_source_together(run: Run, data_dir: Path) -> None:
    """A report may name both (the data's status-source asks for one at least); neither is
    a usage error that says so."""
    path = data_dir / "commitments.yaml"
    args = ("--data", data_dir, "record", "4.2", "--level", "limited", "--date", "2014-06-13")
    neither = run(*args)
    assert neither.exit_code == 2
    assert "give where it was reported: --meeting MEETING, --source TEXT, or both" in (
        neither.output
    )
    both = run(*args, "--meeting", "mote-2", "--source", "Rapport fra KMD")
    assert both.exit_code == 0, both.output
    text = path.read_text(encoding="utf-8")
    assert '        meeting: mote-2\n        source: "Rapport fra KMD"\n' in text, text
    assert "(meeting no. 2, 'Rapport fra KMD')" in both.output
    assert run("--data", data_dir, "validate").exit_code == 0


def test_record_warns_of_what_it_adds_and_of_nothing_else(run: Run, data_dir: Path) -> None:
    """The warnings validate would give the new report, on standard error; not the data's own
    (4.10 names no reporter, agencies lack postcodes), which are validate's to list."""
    args = ("--data", data_dir, "record", "4.10", "--level", "limited", "--source", "brev")
    result = run(*args, "--date", "2014-06-13", "--reported-by", "kmd")
    assert result.exit_code == 0, result.output
    warnings = [ln for ln in result.output.splitlines() if ": warning: " in ln]
    assert warnings == [
        "ogp record: warning: the status given: the status of 4.10 dated 2014-06-13 is "
        "reported by kmd, which neither owns 4.10 nor is its reporter (kud, riksarkivet); name "
        "the agency that gave the report, or make it the commitment's reporter "
        "[reported-by-outsider]"
    ]
    assert "added 1 status report" in result.output
    quiet = run(*args, "--date", "2014-06-14", "--reported-by", "kud")
    assert quiet.exit_code == 0 and ": warning: " not in quiet.output, quiet.output


def test_record_refuses_what_would_not_validate(run: Run, data_dir: Path) -> None:
    path = data_dir / "commitments.yaml"
    before = path.read_bytes()
    result = run(
        "--data",
        data_dir,
        "record",
        "4.12",
        "--level",
        "limited",
        "--date",
        "2014-06-01",
        "--meeting",
        "mote-2",
    )
    assert result.exit_code == 1
    assert result.output.startswith(
        "ogp record: error: the status given: status of 4.12 is dated 2014-06-01, but meeting "
        "mote-2, where it was reported, was held 2014-06-13; date it as the meeting"
    )  # not a line of a commitments.yaml that was never written
    assert "nothing was written" in result.output
    assert path.read_bytes() == before
    bad = run(
        "--data",
        data_dir,
        "record",
        "4.12",
        "--level",
        "halfway",
        "--date",
        "2014-06-13",
        "--source",
        "x",
    )
    assert bad.exit_code == 2 and "'halfway' is not a level" in bad.output


def test_what_every_form_shares_is_worked_out_once() -> None:
    """Every form of a run carries the data set's fingerprint (a hash of every commitment's
    id) and its round (the next meeting), and every form read back is checked against the
    fingerprint: once per form, the run cost agencies × commitments (or × meetings)."""
    import dataclasses

    from ogp.data import dataset, formspec
    from tests.conftest import DATA

    data = dataset.load(DATA)
    first = formspec.fingerprint(data)
    assert formspec.fingerprint(data) is first
    assert first == formspec._fingerprint(data)

    # commitments added or removed, followed by reindex (the Dataset's contract), is seen
    data.commitments.append(dataclasses.replace(data.commitments[0], id="9.9"))
    data.reindex()
    assert formspec.fingerprint(data) != first
    assert formspec.fingerprint(data) == formspec._fingerprint(data)
    assert formspec.current_round(data, dt.date(2014, 1, 1)) is formspec.current_round(
        data, dt.date(2014, 1, 1)
    )
    assert formspec.current_round(data, dt.date(2014, 1, 1)) == formspec._current_round(
        data, dt.date(2014, 1, 1)
    )


def test_an_agency_reports_on_what_it_owns_and_what_names_it_reporter() -> None:
    """The commitments of each form, as the plain scan of every commitment would find them
    (it was one scan per agency's form: agencies × commitments)."""
    import dataclasses

    from ogp.data import dataset, formspec
    from tests.conftest import DATA

    data = dataset.load(DATA)
    # a named reporter that owns nothing (reporter-not-owner warns, and it still reports)
    outsider = next(a.id for a in data.agencies if not data.commitments_of(a.id)[0])
    data.commitments[0] = dataclasses.replace(data.commitments[0], reporter=outsider)
    data.reindex()
    for agency in data.agencies:
        owned, _ = data.commitments_of(agency.id)
        expected = [c.id for c in owned if c.effective_reporter() in (agency.id, None)]
        expected += [
            c.id
            for c in data.commitments_in_plan_order()
            if c.reporter == agency.id and c not in owned
        ]
        assert [a.commitment.id for a in formspec.assignments(data, agency.id)] == expected
    assert [a.commitment.id for a in formspec.assignments(data, outsider)] == [
        data.commitments[0].id
    ]


def test_a_missing_form_names_the_file_and_no_cells(
    run: Run, data_dir: Path, tmp_path: Path
) -> None:
    result = run("--data", data_dir, "intake", tmp_path / "kmd.xlsx")
    assert result.exit_code == 1
    assert "kmd.xlsx: error: the file cannot be read" in result.output
    assert "hint: see what is said of each file above" in result.output


def test_a_report_that_would_not_validate_is_named_at_its_forms_row(
    run: Run, data_dir: Path, forms: Path
) -> None:
    """Two owners' forms give 4.1 a report of the same day: the second is the form's row to
    fix, named at its cell, not at a line of a commitments.yaml that was never written."""
    kmd, kud = forms / "kmd.xlsx", forms / "kud.xlsx"
    fill(kmd, "4.1", level="begrenset", date=dt.date(2014, 6, 1))
    row = fill(kud, "4.1", level="betydelig", date=dt.date(2014, 6, 1))
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", kmd, kud)
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert len(errors) == 1, result.output
    # at the row's date cell: the field the problem is in
    assert errors[0].startswith(f"{kud}:Status!H{row}: error: the status this row gives: ")
    assert (
        "two status reports dated 2014-06-01: this one and one from 'Statusskjema fra"
        in (errors[0])
    )
    assert "nothing was written" in result.output
    assert (data_dir / "commitments.yaml").read_bytes() == before


def test_a_character_no_text_may_hold_is_named_at_the_row_of_each_form(
    run: Run, data_dir: Path, forms: Path
) -> None:
    kmd = forms / "kmd.xlsx"
    row = fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 1), note="Ferdig \u202e snart")
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1
    assert f"{kmd}:Status!I{row}: error: the status this row gives: the text holds an " in (
        result.output
    )
    assert "commitments.yaml:" not in result.output


def test_text_that_begins_with_an_equals_sign_is_not_called_a_formula(
    run: Run, data_dir: Path, forms: Path
) -> None:
    kmd = forms / "kmd.xlsx"
    row = fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13))
    book = load_workbook(kmd)
    cell = book["Status"].cell(row, 9)
    cell.value = "= ferdig"
    cell.data_type = "s"  # typed as text ('= ferdig), not a formula
    book.save(kmd)
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1
    assert f"{kmd}:Status!I{row}: error: the text begins with '='" in result.output
    assert "formula in an input cell" not in result.output


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--date", "2014-13-45", "Invalid value for --date: '2014-13-45' is not a real date"),
        ("--date", "9999-12-31", "Invalid value for --date: '9999-12-31' is outside the years"),
        (
            "--evidence",
            "Rapport https://a.no https://b.no",
            "has 2 links; give each link with a --evidence of its own, its title before it",
        ),
        (
            "--date",
            "13.06.14",
            "'13.06.14' is outside the years ogp accepts (1900-2199); write the year in full",
        ),
        (
            "--date",
            "13. juni",
            "Invalid value for --date: '13. juni' is not a date; write it as 2014-03-05 or 05.03.2014",
        ),
        ("--evidence", "javascript:alert(1)", "Invalid value for --evidence: 'javascript:'"),
        (
            "--date",
            "31.2.2015",
            "Invalid value for --date: '31.2.2015' is not a real date: February 2015 has 28 days",
        ),
        (
            "--evidence",
            "Rapport https://a.no/\u200bx",
            "Invalid value for --evidence: the address holds an invisible character (U+200B "
            "ZERO WIDTH SPACE) at position 14",
        ),
        ("--evidence", "Rapport https://a.no og https://b.no", "has 2 links"),
        (
            "--level",
            "bogus",
            "Invalid value for --level: 'bogus' is not a level; use not-started, limited, "
            "substantial, complete or no-evidence (or in Norwegian: ikke startet, begrenset, "
            "betydelig, fullført or ingen dokumentasjon)",
        ),
    ],
)
def test_record_takes_a_malformed_value_as_a_usage_error(
    run: Run, data_dir: Path, option: str, value: str, said: str
) -> None:
    """Exit 2 for what is no date, link or level at all, as register's and status's dates;
    a real day the plan cannot have is wrong input for the data (exit 1, below)."""
    path = data_dir / "commitments.yaml"
    before = path.read_bytes()
    given = {"--level": "limited", "--date": "2014-06-13", "--source": "x", option: value}
    result = run("--data", data_dir, "record", "4.12", *[x for kv in given.items() for x in kv])
    assert result.exit_code == 2, result.output
    assert said in result.output
    assert path.read_bytes() == before


@pytest.mark.parametrize("given", ["13.06.2014", "13.6.2014", "2014-06-13", "2014-06-13 10:00"])
def test_record_takes_a_date_as_register_does(run: Run, data_dir: Path, given: str) -> None:
    """One reader of a date typed on the command line (register's --date refused none of
    these; record refused all but 2014-06-13)."""
    result = run(
        "--data", data_dir, "record", "4.10", "--level", "begrenset", "--date", given,
        "--meeting", "2",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "4.10: not reported → limited, 13 Jun 2014 (meeting no. 2)" in result.output


def test_record_help_lists_every_level_and_its_norwegian_word(run: Run) -> None:
    result = run("record", "--help")
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    assert (
        "--level TEXT The completion level: not-started, limited, substantial, complete or "
        "no-evidence; or as the status form words it, in Norwegian (ikke startet, begrenset, "
        "betydelig, fullført or ingen dokumentasjon) or English. [required]"
    ) in said
    assert (
        "--date DATE Its date (2014-06-13 or 13.06.2014) [default with --meeting: the "
        "meeting's day]."
    ) in said


def test_record_reads_an_evidence_as_a_forms_line(run: Run, data_dir: Path) -> None:
    """'Rapport https://a.no' is a title and its link, as on a form (it was refused as a
    link of the scheme 'rapport https:')."""
    result = run(
        "--data", data_dir, "record", "4.12", "--level", "limited", "--date", "2014-06-13",
        "--source", "x", "--evidence", "Rapport https://a.no", "--evidence", "https://b.no/x",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = (data_dir / "commitments.yaml").read_text(encoding="utf-8")
    assert "- title: Rapport\n" in text and 'url: "https://a.no"' in text, text
    assert 'title: "https://b.no/x"' in text or "title: https://b.no/x" in text, text


def test_record_refuses_a_status_dated_after_today(run: Run, data_dir: Path) -> None:
    path = data_dir / "commitments.yaml"
    before = path.read_bytes()
    result = run(
        "--data", data_dir, "record", "4.12", "--level", "limited", "--date", "2099-06-13",
        "--source", "x",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "error: --date 2099-06-13 is after today (" in result.output
    assert path.read_bytes() == before


def test_a_corrected_form_sent_again_names_the_report_taken_in_before(
    run: Run, data_dir: Path, forms: Path
) -> None:
    kud = forms / "kud.xlsx"
    row = fill(kud, "4.8", level="begrenset", date=dt.date(2014, 6, 10), note="Utkast")
    assert run("--data", data_dir, "intake", kud).exit_code == 0
    path = data_dir / "commitments.yaml"
    taken = path.read_bytes()
    line = next(n for n, text in enumerate(taken.decode().splitlines(), 1) if "2014-06-10" in text)
    assert run("--data", data_dir, "intake", kud).exit_code == 0  # the same again: nothing
    fill(kud, "4.8", note="Utkast sendt på høring")
    result = run("--data", data_dir, "intake", kud)
    assert result.exit_code == 1
    assert (
        f"{kud}:Status!H{row}: error: the status this row gives: 4.8 has a status report of "
        f"this day already, at {data_dir}/commitments.yaml:{line}:"
    ) in result.output
    assert (
        ", from 'Statusskjema fra KUD til møte 2'; to correct the one taken in "
        "before, edit that report there (or remove it and take this in again)"
    ) in result.output
    assert path.read_bytes() == taken


def test_three_forms_giving_one_day_name_the_first(run: Run, data_dir: Path, forms: Path) -> None:
    for agency, level in (("kmd", "begrenset"), ("kud", "betydelig"), ("jd", "fullført")):
        fill(forms / f"{agency}.xlsx", "4.1", level=level, date=dt.date(2014, 6, 1))
    result = run("--data", data_dir, "intake", *(forms / f"{a}.xlsx" for a in ("kmd", "kud", "jd")))
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert [e.split(":Status!")[0] for e in errors] == [
        str(forms / "kud.xlsx"),
        str(forms / "jd.xlsx"),
    ]
    first = "this one and one from 'Statusskjema fra KMD til møte 2'; keep one"
    assert all(first in e for e in errors), errors


@pytest.mark.parametrize(
    "part",
    [_STATUS_XML, "xl/workbook.xml", "[Content_Types].xml", "xl/styles.xml", _RELS_BOOK],
)
def test_a_part_that_declares_a_doctype_is_refused_before_openpyxl_reads_it(
    run: Run, data_dir: Path, forms: Path, part: str
) -> None:
    """An entity declared in a DOCTYPE ('X&ie;X' in a note) would be expanded by the XML
    parser openpyxl uses: no part of a workbook has one, and the form is refused whole."""
    kmd = forms / "kmd.xlsx"
    fill(kmd, "4.2", level="begrenset", date=dt.date(2014, 6, 13), note="NOTE")
    doctype = b'<?xml version="1.0"?>\n<!-- a comment first --><!DOCTYPE r [<!ENTITY ie "IN">]>'

    def declare(name: str, content: bytes) -> bytes:
        if name != part:
            return content
        body = content.split(b"?>", 1)[-1] if content.startswith(b"<?xml") else content
        return doctype + body.replace(b"NOTE", b"X&ie;X")

    _rezip(kmd, declare)
    before = (data_dir / "commitments.yaml").read_bytes()
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1, result.output
    assert f"the part {part} declares a DOCTYPE" in result.output, result.output
    assert "XINX" not in result.output
    assert (data_dir / "commitments.yaml").read_bytes() == before


def test_a_workbook_whose_texts_are_far_too_many_is_refused_unread(
    run: Run, data_dir: Path, forms: Path
) -> None:
    """The shared texts are read whole by openpyxl, used or not: a form's are some
    kilobytes, and 18 MiB of them (compressed to little) is refused before any is read."""
    kmd = forms / "kmd.xlsx"
    strings = "xl/sharedStrings.xml"
    big = b"".join(b"<si><t>%d</t></si>" % i for i in range(17 * 1024 * 1024 // 20))
    with zipfile.ZipFile(kmd) as z:
        assert strings not in z.namelist()  # ogp's forms write their texts inline
    with zipfile.ZipFile(kmd, "a", zipfile.ZIP_DEFLATED) as z:  # as a hostile sender adds it
        z.writestr(strings, b'<?xml version="1.0"?><sst xmlns="x">' + big + b"</sst>")
    result = run("--data", data_dir, "intake", kmd)
    assert result.exit_code == 1, result.output
    assert f"the workbook's texts ({strings}) unpack to 18 MiB" in result.output, result.output
