"""ogp addresses: the distribution list."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import click
import openpyxl
import pytest
from click.testing import CliRunner, Result

from ogp.cli import cli

RunFn = Callable[..., Result]
EditFn = Callable[[str, str, str], Path]
BOM = "\ufeff"


@pytest.mark.parametrize("fmt", ["md", "txt", "csv", "html"])
def test_addresses_golden(run: RunFn, golden: Callable[[str, str], None], fmt: str) -> None:
    result = run("addresses", "--format", fmt)
    assert result.exit_code == 0, result.output
    golden(f"addresses/addresses.nb.{fmt}", result.output)


def test_csv_keeps_postcodes_as_quoted_text(run: RunFn) -> None:
    out = run("addresses", "--format", "csv").output
    assert '"0030"' in out
    rows = list(csv.DictReader(io.StringIO(out.removeprefix(BOM))))
    assert len(rows) == 17
    smk = next(r for r in rows if r["id"] == "smk")
    assert (smk["kind"], smk["postcode"], smk["city"]) == ("copy", "0030", "OSLO")
    civil = next(r for r in rows if r["id"] == "sivilt-samfunn")
    assert civil["has_address"] == "no"


def test_missing_address_is_marked(run: RunFn) -> None:
    assert "| Det sivile samfunn | *mangler postadresse* |" in run("addresses").output
    assert "(no postal address)" in run("addresses", "--format", "txt", "--lang", "en").output


def test_copy_to_is_listed(run: RunFn) -> None:
    out = run("addresses", "--format", "txt").output
    assert "Kopi til:\nStatsministerens kontor   Postboks 8001 Dep   0030   OSLO" in out


def test_csv_starts_with_a_bom_so_that_excel_reads_norwegian_letters(run: RunFn) -> None:
    out = run("addresses", "--format", "csv").output
    assert out.startswith(BOM + '"kind","id","name","address_1",')
    assert "Språkrådet" in out


def test_status_csv_starts_with_a_bom_too(run: RunFn) -> None:
    assert run("status", "--format", "csv").output.startswith(BOM + '"id","title",')


TWO_LINES = "lines: [Postboks 8005 Dep]"


def test_csv_puts_each_address_line_in_its_own_column(
    run: RunFn, data_dir: Path, edit: EditFn
) -> None:
    edit("agencies.yaml", TWO_LINES, "lines: [Nydalsveien 1, Postboks 8005 Dep]")
    out = run("--data", data_dir, "addresses", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out.removeprefix(BOM))))
    jd = next(r for r in rows if r["id"] == "jd")
    assert (jd["address_1"], jd["address_2"], jd["postcode"]) == (
        "Nydalsveien 1",
        "Postboks 8005 Dep",
        "0030",
    )
    kud = next(r for r in rows if r["id"] == "kud")
    assert (kud["address_1"], kud["address_2"]) == ("Postboks 8030 Dep", "")


def _sheet(path: Path) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    return list(ws.iter_rows(values_only=True))


def test_xlsx_has_a_header_row_text_postcodes_and_a_frozen_pane(run: RunFn, tmp_path: Path) -> None:
    target = tmp_path / "adresser.xlsx"
    result = run("addresses", "-o", target)  # the format follows the suffix
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(target)
    ws = book.active
    assert ws is not None
    assert ws.title == "Adresseliste"
    assert ws.freeze_panes == "A2"
    rows = _sheet(target)
    assert rows[0] == (
        "Type",
        "Navn",
        "Adresselinje 1",
        "Postnr.",
        "Sted",
        "E-post",
        "Kan postes",
    )
    assert ws["A1"].font.b
    smk = rows[-1]
    assert smk == (
        "Kopi",
        "Statsministerens kontor",
        "Postboks 8001 Dep",
        "0030",
        "OSLO",
        None,
        "ja",
    )
    assert ws.cell(row=len(rows), column=4).data_type == "s"  # "0030", not the number 30
    assert ws.cell(row=len(rows), column=4).number_format == "@"  # and stays text when edited
    assert rows[1][1] == "Det sivile samfunn" and rows[1][-1] == "mangler postadresse"
    difi = next(r for r in rows if r[1] == "Direktoratet for forvaltning og IKT")
    assert difi[-1] == "mangler postnummer eller poststed"
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["B"] > widths["D"] >= len("Postnr.")


def test_xlsx_in_english(run: RunFn, tmp_path: Path) -> None:
    target = tmp_path / "a.xlsx"
    assert run("addresses", "--lang", "en", "-o", target).exit_code == 0
    rows = _sheet(target)
    assert rows[0][:3] == ("Kind", "Name", "Address line 1")
    assert rows[-1][0] == "Copy"


def test_xlsx_is_the_same_bytes_for_the_same_data(run: RunFn, tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run("addresses", "-o", a).exit_code == 0
    assert run("addresses", "-o", b).exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_xlsx_address_lines_get_their_own_columns(
    run: RunFn, tmp_path: Path, data_dir: Path, edit: EditFn
) -> None:
    edit("agencies.yaml", TWO_LINES, "lines: [Nydalsveien 1, Postboks 8005 Dep]")
    target = tmp_path / "a.xlsx"
    assert run("--data", data_dir, "addresses", "-o", target).exit_code == 0
    rows = _sheet(target)
    assert rows[0][2:4] == ("Adresselinje 1", "Adresselinje 2")
    jd = next(r for r in rows if r[1] == "Justis- og beredskapsdepartementet")
    assert jd[2:5] == ("Nydalsveien 1", "Postboks 8005 Dep", "0030")


def test_xlsx_is_not_printed_to_a_terminal(run: RunFn, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    result = CliRunner().invoke(cli, ["addresses", "--format", "xlsx"])
    assert result.exit_code == 0  # not a terminal: the bytes go to the pipe
    assert result.stdout_bytes.startswith(b"PK")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    from ogp.cli.common import refuse_binary_to_terminal

    with pytest.raises(click.UsageError, match="xlsx is not for the terminal"):
        refuse_binary_to_terminal("xlsx", None)
