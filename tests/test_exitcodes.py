"""Exit statuses: one module, the README says the same, and a bug in ogp is exit 3."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from click.testing import CliRunner, Result

from ogp import exitcodes
from ogp.cli import cli
from tests.conftest import DATA, ROOT

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
