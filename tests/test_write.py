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
from tests.conftest import DATA, installed_ogp

Run = Callable[..., Result]


def test_dash_means_standard_output(run: Run) -> None:
    result = run("--data", DATA, "status", "--format", "csv", "-o", "-")
    assert result.exit_code == 0 and result.output.startswith('\ufeff"id","title","owners"')


def test_no_command_writes_into_the_data_folder(run: Run, data_dir: Path) -> None:
    before = sorted(p.name for p in data_dir.iterdir())
    result = run(
        "--data",
        data_dir,
        "status",
        "--format",
        "csv",
        "--force",
        "-o",
        data_dir / "commitments.yaml",
    )
    assert result.exit_code == 1
    assert "refusing to write" in result.output and "holds the data or templates" in result.output
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert (data_dir / "commitments.yaml").read_text(encoding="utf-8").startswith("# yaml-language")


def test_missing_output_folder(run: Run, tmp_path: Path) -> None:
    result = run("--data", DATA, "status", "-o", tmp_path / "nowhere" / "status.txt")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"error: cannot write {tmp_path / 'nowhere' / 'status.txt'}: folder "
        f"'{tmp_path / 'nowhere'}' does not exist"
    )


def test_disk_full_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OgpError, match="the disk is full"):
        write.write_atomic(target, "new", protected=())
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_folder_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def denied(**kwargs: object) -> tuple[int, str]:  # what a read-only folder does
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(OgpError, match=r"cannot write .*x.txt: permission denied"):
        write.write_atomic(tmp_path / "x.txt", "x", protected=())


def test_refuses_existing_without_force(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    target.write_text("keep", encoding="utf-8")
    with pytest.raises(OgpError, match="exists; use --force"):
        write.write_atomic(target, "new", force=False, protected=())
    assert target.read_text(encoding="utf-8") == "keep"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_is_one_line_not_a_traceback() -> None:
    import subprocess

    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [installed_ogp(), "--data", str(DATA), "status"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["error: cannot write to standard output: the disk is full"]


def test_output_to_dev_null_is_written_not_replaced(run: Run) -> None:
    result = run("--data", DATA, "status", "--format", "csv", "-o", "/dev/null")
    assert result.exit_code == 0
    assert Path("/dev/null").is_char_device()


def test_output_through_a_link_writes_its_target_and_keeps_the_link(
    run: Run, tmp_path: Path
) -> None:
    target = tmp_path / "real.csv"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert run("--data", DATA, "status", "-o", link, "--force").exit_code == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith('\ufeff"id","title"')


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render-letter", "-o", "{tmp}"], "is a folder; give the name of a file"),
        (
            ["render-letter", "--each", "-o", "{tmp}/afile/sub"],
            "'{tmp}/afile' is a file, not a folder",
        ),
        (["--data", "{tmp}/loop", "status"], "a symbolic link that leads in a circle"),
        (["status", "-o", "{tmp}/loop/x.csv"], "a symbolic link that leads in a circle"),
    ],
    ids=["-o a folder", "--each under a file", "--data a link loop", "-o through a link loop"],
)
def test_odd_paths_are_one_clear_line(
    run: Run, tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if argv[0] != "--data":
        argv = ["--data", str(DATA), *argv]
    result = run(*argv)
    assert result.exit_code == 1, result.output
    assert message.replace("{tmp}", str(tmp_path)) in result.output
    assert "Traceback" not in result.output


def test_each_never_makes_a_folder_in_the_data(run: Run, data_dir: Path) -> None:
    result = run("--data", data_dir, "render-letter", "--each", "-o", data_dir / "letters")
    assert result.exit_code == 1 and "refusing to write" in result.output
    assert not (data_dir / "letters").exists()


def test_protected_folders_belong_to_the_state_not_the_process(tmp_path: Path) -> None:
    from ogp.cli.common import State
    from ogp.errors import OgpError

    first, second = tmp_path / "a" / "data", tmp_path / "b" / "data"
    first.mkdir(parents=True)
    second.mkdir(parents=True)
    state = State(first)
    with pytest.raises(OgpError, match="refusing to write"):
        state.check_target(first / "out.md")
    with pytest.raises(OgpError, match="refusing to write"):
        state.check_target(first.parent / "templates" / "letter.md.j2")
    state.check_target(second / "out.md")  # another data folder is not this state's
    State(second).check_target(first / "out.md")


@pytest.mark.parametrize("flag", ["--all", "--each"])
def test_render_letter_all_and_its_alias_each(run: Run, tmp_path: Path, flag: str) -> None:
    out = tmp_path / "letters"
    result = run("--data", DATA, "render-letter", flag, "--format", "txt", "-o", out)
    assert result.exit_code == 0, result.output
    assert len(list(out.iterdir())) > 10
    assert f"wrote {len(list(out.iterdir()))} letters to {out}" in result.output


def test_agenda_all_writes_one_agenda_per_meeting(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "agendas"
    result = run("--data", DATA, "agenda", "--all", "--format", "txt", "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["agenda-mote-1.txt", "agenda-mote-2.txt"]
    again = run("--data", DATA, "agenda", "--all", "--format", "txt", "-o", out)
    assert again.exit_code == 1 and "nothing was written" in again.output
    assert run("--data", DATA, "agenda", "1", "--all", "-o", out).exit_code == 2
