"""docs/cli.md is the --help of every command; it cannot drift from the code.

After an intended change of options or help texts, regenerate it with
`pytest --update-golden` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from ogp.cli import cli
from tests.conftest import ROOT

REFERENCE = ROOT / "docs" / "cli.md"


def reference() -> str:
    runner = CliRunner()
    parts = [
        "# ogp command-line reference\n",
        "Generated from `ogp --help` and each command's `--help`; "
        "regenerate with `pytest --update-golden`.\n",
    ]
    for name in [None, *cli.list_commands(click.Context(cli))]:
        args = [name, "--help"] if name else ["--help"]
        result = runner.invoke(cli, args, prog_name="ogp", terminal_width=80)
        assert result.exit_code == 0, result.output
        title = f"ogp {name}" if name else "ogp"
        parts.append(f"## {title}\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


def check_generated(path: Path, text: str, request: pytest.FixtureRequest) -> None:
    """``path`` holds ``text``; --update-golden (or a missing file) writes it."""
    if request.config.getoption("--update-golden") or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, (
        f"{path.relative_to(ROOT)} is stale: run pytest --update-golden and review the diff"
    )


def test_cli_reference_is_current(request: pytest.FixtureRequest) -> None:
    check_generated(REFERENCE, reference(), request)


RULES = ROOT / "docs" / "rules.md"


def rules_reference() -> str:
    """What `ogp validate --list-rules --format md` prints."""
    result = CliRunner().invoke(cli, ["validate", "--list-rules", "--format", "md"])
    assert result.exit_code == 0, result.output
    return result.output


def test_rules_reference_is_current(request: pytest.FixtureRequest) -> None:
    check_generated(RULES, rules_reference(), request)
