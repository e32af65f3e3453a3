"""The daily commands load only what they use: no heavy library for `ogp validate` or `--help`.

Start-up time is measured by bench/run.py, never here; this only checks which
modules a fresh interpreter holds after the command has run.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import DATA

HEAVY = ("jinja2", "rich", "babel", "icalendar", "weasyprint", "openpyxl", "markupsafe", "pydyf")

# Runs `ogp ARGS...` in a fresh interpreter, then reports which of the
# watched top-level packages it loaded.
PROBE = """
import sys
from ogp.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="ogp")
except SystemExit:
    pass
loaded = sorted(({{m.split(".")[0] for m in sys.modules}} | set(sys.modules)) & set({watched!r}))
import json  # after the count: json is watched too
sys.__stderr__.write("\\nLOADED " + json.dumps(loaded) + "\\n")
"""


def loaded_after(*args: str, watched: tuple[str, ...] = HEAVY, before: str = "") -> list[str]:
    code = before + PROBE.format(watched=list(watched))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    marker = [ln for ln in done.stderr.splitlines() if ln.startswith("LOADED ")]
    assert marker, f"the probe did not finish: {done.stderr[-2000:]}"
    result: list[str] = json.loads(marker[-1][len("LOADED ") :])
    return result


@pytest.mark.parametrize(
    "args",
    [
        ("--data", str(DATA), "validate"),
        ("--data", str(DATA), "validate", "--format", "json"),
        ("--data", str(DATA), "validate", "--format", "github"),
        ("--data", str(DATA), "validate", "--strict"),
        ("--data", str(DATA), "status"),
        ("--help",),
        ("validate", "--help"),
    ],
    ids=[
        "validate",
        "validate-json",
        "validate-github",
        "validate-strict",
        "status",
        "help",
        "validate-help",
    ],
)
def test_command_does_not_import_heavy_libraries(args: tuple[str, ...]) -> None:
    assert loaded_after(*args) == []


def test_the_probe_sees_what_was_imported() -> None:
    assert loaded_after("--help", watched=("difflib",), before="import difflib\n") == ["difflib"]


# ogp's own modules that only other commands need; the group loads a command's
# module when that command is asked for (ogp.cli.COMMANDS)
OTHER_COMMANDS = tuple(
    f"ogp.cli.{m}" for m in ("addresses", "agenda", "calendar", "diff", "form", "site", "intake")
)
DOCUMENTS = ("ogp.documents.letter", "ogp.documents.agenda", "ogp.documents.site")


def test_validate_loads_neither_other_commands_nor_documents() -> None:
    watched = (*OTHER_COMMANDS, *DOCUMENTS, "ogp.cli.status")
    assert loaded_after("--data", str(DATA), "validate", watched=watched) == []


def test_the_group_alone_loads_no_command_and_no_data_layer() -> None:
    watched = (*OTHER_COMMANDS, "ogp.cli.validate", "ogp.data.model", "ogp.data.dataset", "yaml")
    assert loaded_after("--version", watched=watched) == []


def test_help_still_lists_every_command() -> None:
    """Loading on first use leaves `ogp --help` as it was: every command, with its line."""
    from click.testing import CliRunner

    from ogp.cli import COMMANDS, cli

    result = CliRunner().invoke(cli, ["--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    listed = result.output.split("Commands:")[1].split()
    for name in COMMANDS:
        assert name in listed


def test_a_mistyped_command_is_offered_the_close_one() -> None:
    """As before commands were loaded on first use: click suggests from every command."""
    import click
    from click.testing import CliRunner

    from ogp.cli import cli

    if not hasattr(click.exceptions, "NoSuchCommand"):
        pytest.skip("this click suggests no command")
    result = CliRunner().invoke(cli, ["valdate"])
    assert result.exit_code == 2
    assert "No such command 'valdate'. Did you mean 'validate'?" in result.output
    result = CliRunner().invoke(cli, ["render-leter"])
    assert "Did you mean 'render-letter'?" in result.output


def test_validate_of_good_data_loads_nothing_only_a_mistake_needs() -> None:
    """The "did you mean" of ids (ogp.data.suggest) loads where an id is wrong, Unicode's
    tables where a text holds a character that may be invisible, json where a problem's
    logical path names a record; no rule needs the calendar module, and the report is no
    template's (ogp.output.templating)."""
    watched = ("ogp.data.suggest", "calendar", "unicodedata", "ogp.output.templating", "json")
    assert loaded_after("--data", str(DATA), "validate", watched=watched) == []
