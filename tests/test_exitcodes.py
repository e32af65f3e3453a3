"""Exit statuses: one module, the README says the same, and a bug in ogp is exit 3."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ogp import exitcodes
from ogp.cli import cli
from tests.conftest import DATA, ROOT, installed_ogp

Run = Callable[..., Result]


def test_the_readme_states_the_exit_codes_of_the_module() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    sentence = re.search(r"Exit status: (.*?)\.", readme)
    assert sentence is not None
    stated = {int(n): words for n, words in re.findall(r"(\d+) ([^,]+)", sentence.group(1))}
    assert sorted(stated) == sorted(exitcodes.ALL.values())
    assert "success" in stated[exitcodes.OK]
    assert "wrong" in stated[exitcodes.DATA_ERROR]
    assert "usage" in stated[exitcodes.USAGE]
    assert "bug" in stated[exitcodes.INTERNAL_ERROR]
    assert "interrupted" in stated[exitcodes.INTERRUPTED]


def _boom(*args: object, **kwargs: object) -> None:
    raise ZeroDivisionError("division by zero")


def test_a_bug_in_ogp_is_exit_3_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OGP_DEBUG", raising=False)
    monkeypatch.setattr("ogp.data.dataset.read", _boom)
    result = CliRunner().invoke(cli, ["--data", str(DATA), "validate"])
    assert result.exit_code == exitcodes.INTERNAL_ERROR
    assert result.output.splitlines() == [
        "error: internal error in ogp (ZeroDivisionError: division by zero); please report "
        "it, with the command you ran (OGP_DEBUG=1 shows the traceback)"
    ]


def test_ogp_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OGP_DEBUG", "1")
    monkeypatch.setattr("ogp.data.dataset.read", _boom)
    result = CliRunner().invoke(cli, ["--data", str(DATA), "validate"])
    assert result.exit_code == exitcodes.INTERNAL_ERROR
    assert "Traceback" in result.output and "ZeroDivisionError" in result.output


def test_ctrl_c_is_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("ogp.data.dataset.read", interrupt)
    result = CliRunner().invoke(cli, ["--data", str(DATA), "validate"])
    assert result.exit_code == exitcodes.INTERRUPTED
    assert "interrupted" in result.output


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["validate"], exitcodes.OK),
        (["validate", "--strict"], exitcodes.DATA_ERROR),
        (["validate", "--no-such-option"], exitcodes.USAGE),
        (["agenda", "99"], exitcodes.DATA_ERROR),
        (["no-such-command"], exitcodes.USAGE),
    ],
)
def test_exit_statuses(args: list[str], code: int) -> None:
    assert CliRunner().invoke(cli, ["--data", str(DATA), *args]).exit_code == code


@pytest.mark.parametrize(
    ("args", "code"),
    [(["validate"], 0), (["validate", "--strict"], 1), (["validate", "--no-such-option"], 2)],
)
def test_the_installed_command_leaves_with_its_status(args: list[str], code: int) -> None:
    done = subprocess.run(
        [installed_ogp(), "--data", str(DATA), *args], capture_output=True, check=False
    )
    assert done.returncode == code, done.stderr


def test_the_installed_command_writes_all_its_output_before_it_leaves(tmp_path: Path) -> None:
    """ogp leaves without tearing the interpreter down: what it buffered is written first."""
    target = tmp_path / "status.json"
    with target.open("wb") as out:
        done = subprocess.run(
            [installed_ogp(), "--data", str(DATA), "status", "--format", "json"],
            stdout=out,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 16 * 1024  # beyond one buffer's worth
    assert len(json.loads(target.read_text(encoding="utf-8"))["commitments"]) == 26


def test_a_thread_still_running_is_waited_for(tmp_path: Path) -> None:
    """Where a thread outlives the command, Python's own exit waits for it as before."""
    mark = tmp_path / "written"
    script = (
        "import threading, time, ogp.cli\n"
        "def late():\n"
        "    time.sleep(0.3)\n"
        f"    open({str(mark)!r}, 'w').write('done')\n"
        "def command(prog_name):\n"
        "    threading.Thread(target=late).start()\n"
        "    raise SystemExit(1)\n"
        "ogp.cli.cli = command\n"
        "ogp.cli.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert done.returncode == 1, done.stderr
    assert mark.read_text(encoding="utf-8") == "done"


def test_a_text_given_to_sys_exit_is_printed_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    from ogp.cli import _status

    assert (_status(None), _status(0), _status(130)) == (0, 0, 130)
    assert _status("stopped") == 1
    assert capsys.readouterr().err == "stopped\n"


@pytest.mark.parametrize(
    ("redirect", "code"),
    [
        ("2>&-", 0),  # no standard error at all: nothing to say, and the command succeeded
        (">&-", 1),  # no standard output: said so (it was "internal error … please report it")
        ("> /dev/full", 1),  # output that cannot be written fails the command
        ("| head -c 10 > /dev/null", 0),  # the reader has gone
    ],
)
def test_the_installed_command_where_its_output_goes(redirect: str, code: int) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    shell = f"'{installed_ogp()}' --data '{DATA}' status --format md {redirect}"
    if redirect.startswith("|"):
        shell = f"set -o pipefail; {shell}"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert "internal error" not in done.stderr
