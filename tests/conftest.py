"""Shared fixtures: a scratch copy of the bundled data, the CLI runner, golden files."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ogp.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"


def installed_ogp() -> str:
    """The installed `ogp` command (beside this Python, or on PATH); skips the test if none."""
    exe = Path(sys.executable).parent / "ogp"
    found = str(exe) if exe.exists() else shutil.which("ogp")
    if not found:
        pytest.skip("the ogp command is not installed")
    return found


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files under tests/golden from the current output.",
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A scratch copy of the bundled data folder, safe to edit."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def edit(data_dir: Path) -> Callable[[str, str, str], Path]:
    """Replace text in one file of the scratch data; the text must be there exactly once."""

    def _edit(name: str, old: str, new: str) -> Path:
        path = data_dir / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")
        return path

    return _edit


@pytest.fixture
def run() -> Callable[..., Result]:
    """Run the ogp command line in-process, as `ogp ARGS...`."""

    def _run(*args: str | Path, input: str | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return _run


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str | bytes], None]:
    """Compare output with tests/golden/NAME; --update-golden rewrites it."""
    update = request.config.getoption("--update-golden")

    def _golden(name: str, actual: str | bytes) -> None:
        path = GOLDEN / name
        data = actual.encode("utf-8") if isinstance(actual, str) else actual
        if update or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            if not update:
                pytest.fail(f"golden file {name} was missing and has been written; run again")
        assert data == path.read_bytes(), (
            f"output differs from tests/golden/{name}; if the change is intended, "
            "run pytest --update-golden and review the diff"
        )

    return _golden
