"""Hostile text in the data comes out inert in HTML, Markdown and CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

RunFn = Callable[..., Result]
EditFn = Callable[[str, str, str], Path]

NAME = "=cmd|' /C calc'!A0 | <script>alert(1)</script> [x](javascript:alert(2))"
PARAGRAPH = (
    "Første linje\\n# ikke en overskrift\\n- ikke et punkt\\n<script>alert(3)</script> | =SUM(A1)"
)


@pytest.fixture
def hostile(data_dir: Path, edit: EditFn) -> Path:
    edit("agencies.yaml", "name: Justis- og beredskapsdepartementet", f'name: "{NAME}"')
    edit(
        "letters.yaml",
        "          - >-\n            Den andre norske handlingsplanen er to-årig",
        f'          - "{PARAGRAPH}"\n          - >-\n'
        "            Den andre norske handlingsplanen er to-årig",
    )
    return data_dir


@pytest.mark.parametrize(
    "args",
    [
        ("render-letter", "--format", "html"),
        ("render-letter", "--format", "html", "--to", "jd"),
        ("addresses", "--format", "html"),
        ("status", "--format", "html"),
        ("agenda", "mote-1", "--format", "html"),
    ],
)
def test_html_is_inert(run: RunFn, hostile: Path, args: tuple[str, ...]) -> None:
    result = run("--data", hostile, *args)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "<script>" not in out
    assert 'href="javascript' not in out
    if args[0] != "agenda":
        assert "&lt;script&gt;alert(" in out


@pytest.mark.parametrize(
    "args",
    [
        ("render-letter",),
        ("render-letter", "--to", "jd"),
        ("addresses",),
        ("status", "--format", "markdown"),
    ],
)
def test_markdown_is_inert(run: RunFn, hostile: Path, args: tuple[str, ...]) -> None:
    result = run("--data", hostile, *args)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "<script>" not in out
    assert "[x](javascript:" not in out  # no live link: the brackets are escaped
    for line in out.splitlines():
        # no line of the data starts a heading or list of its own
        assert not line.startswith(("# ikke", "- ikke"))
        if "calc" in line and line.startswith("|"):
            # the name's '|' cannot split its table cell: the row keeps its column count
            assert line.count(" | ") - line.count("\\|") <= 4
    if args[0] == "render-letter":
        assert "\\# ikke en overskrift" in out


def test_csv_is_inert(run: RunFn, hostile: Path) -> None:
    result = run("--data", hostile, "addresses", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output.removeprefix("\ufeff"))))
    assert all(len(r) == len(rows[0]) for r in rows)
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert any(cell == "'" + NAME for row in rows for cell in row)


def test_status_csv_is_inert(run: RunFn, hostile: Path, edit: EditFn) -> None:
    edit("commitments.yaml", 'title_en: "Simplify"', 'title_en: "=HYPERLINK(1)"')
    rows = list(csv.reader(io.StringIO(run("--data", hostile, "status", "--format", "csv").output)))
    assert all(not c.startswith("=") for r in rows for c in r)


def test_xlsx_is_inert(run: RunFn, hostile: Path, tmp_path: Path) -> None:
    """A name that looks like a formula is stored as a string: Excel shows it, never runs it."""
    import openpyxl

    target = tmp_path / "a.xlsx"
    assert run("--data", hostile, "addresses", "-o", target).exit_code == 0
    ws = openpyxl.load_workbook(target).active
    assert ws is not None
    cells = [c for row in ws.iter_rows() for c in row if c.value == NAME]
    assert cells, "the hostile name is in the sheet, as written"
    assert all(c.data_type == "s" for c in cells)
    import zipfile

    with zipfile.ZipFile(target) as z:
        assert all("<f>" not in z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
