"""When the surroundings fail: interrupted batches, missing templates. One clear line each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from ogp.output import batch, templating
from tests.conftest import DATA

Run = Callable[..., Result]


def test_ctrl_c_during_all_leaves_no_file_at_all(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--all writes all its files or none: Ctrl-C while they are written leaves none."""
    real = batch.os.fsync
    calls = []

    def interrupted_on_the_third(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real(fd)

    monkeypatch.setattr(batch.os, "fsync", interrupted_on_the_third)
    out = tmp_path / "letters"
    result = run("--data", DATA, "render-letter", "--all", "--format", "txt", "-o", out)
    assert result.exit_code == 130
    assert result.output.splitlines()[-1] == (
        "error: interrupted; nothing half-written was left behind"
    )
    assert len(calls) == 3
    assert list(out.iterdir()) == []  # no letter, no temporary file


def test_a_template_that_is_nowhere(
    run: Run, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty"  # a broken install: ogp's own templates are gone
    empty.mkdir()
    monkeypatch.setattr(templating, "packaged_templates", lambda: empty)
    result = run("--data", data_dir, "render-letter", "--format", "html")
    assert result.exit_code == 1
    line = result.output.splitlines()[0]
    assert line.startswith("error: template 'letter.html.j2' not found (looked in: ")
    assert "Traceback" not in result.output


def test_a_template_override_with_an_error_names_its_file_and_line(
    run: Run, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "letter.md.j2").write_text("Hei\n{{ no_such_value }}\n", encoding="utf-8")
    result = run("--data", DATA, "--templates", mine, "render-letter", "--format", "md")
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"error: {mine / 'letter.md.j2'}:2: ")
    assert "no_such_value" in result.output


def test_missing_template_folder(run: Run, tmp_path: Path) -> None:
    result = run("--data", DATA, "--templates", tmp_path / "nope", "render-letter")
    assert result.exit_code in (1, 2)
    assert "nope" in result.output and "Traceback" not in result.output


def test_a_template_not_saved_as_utf8(run: Run, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "letter.md.j2").write_bytes("Hilsen fra Ø\n".encode("latin-1"))
    result = run("--data", DATA, "--templates", mine, "render-letter", "--format", "md")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"error: {mine / 'letter.md.j2'}: the template is not valid UTF-8 (byte 0xD8); "
        "save it as UTF-8"
    )


def test_a_year_out_of_range_is_refused_not_a_crash(run: Run, data_dir: Path) -> None:
    path = data_dir / "meetings.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("date: 2014-03-17", "date: 0001-01-01"),
        encoding="utf-8",
    )
    for command in (["validate"], ["status"], ["agenda", "2"]):
        result = run("--data", data_dir, *command)
        assert result.exit_code == 1, command
        assert "'0001-01-01' is outside the years ogp accepts (1900-2199)" in result.output
