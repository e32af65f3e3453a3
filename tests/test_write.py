"""Writing outputs: atomic, never into the data, clear lines when the surroundings fail."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from ogp.errors import OgpError
from ogp.output import write
from tests.conftest import DATA

Run = Callable[..., Result]


def test_dash_means_standard_output(run: Run) -> None:
    result = run("--data", DATA, "status", "--format", "csv", "-o", "-")
    assert result.exit_code == 0 and result.output.startswith("id,title,owners")


def test_no_command_writes_into_the_data_folder(run: Run, data_dir: Path) -> None:
    before = sorted(p.name for p in data_dir.iterdir())
    result = run("--data", data_dir, "status", "--format", "csv", "--force",
                 "-o", data_dir / "commitments.yaml")
    assert result.exit_code == 1
    assert "refusing to write" in result.output and "holds the data or templates" in result.output
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert (data_dir / "commitments.yaml").read_text(encoding="utf-8").startswith("# yaml-language")


def test_missing_output_folder(run: Run, tmp_path: Path) -> None:
    result = run("--data", DATA, "status", "-o", tmp_path / "nowhere" / "status.txt")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"error: cannot write {tmp_path / 'nowhere' / 'status.txt'}: folder "
        f"'{tmp_path / 'nowhere'}' does not exist")


def test_disk_full_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OgpError, match="the disk is full"):
        write.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_folder_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def denied(**kwargs: object) -> tuple[int, str]:  # what a read-only folder does
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(OgpError, match=r"cannot write .*x.txt: permission denied"):
        write.write_atomic(tmp_path / "x.txt", "x")


def test_refuses_existing_without_force(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    target.write_text("keep", encoding="utf-8")
    with pytest.raises(OgpError, match="exists; use --force"):
        write.write_atomic(target, "new", force=False)
    assert target.read_text(encoding="utf-8") == "keep"
