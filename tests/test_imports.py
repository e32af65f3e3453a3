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

HEAVY = ("jinja2", "rich", "babel", "icalendar", "weasyprint")

# Runs `ogp ARGS...` in a fresh interpreter, then reports which of the
# watched top-level packages it loaded.
PROBE = """
import json, sys
from ogp.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="ogp")
except SystemExit:
    pass
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & set({watched!r}))
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
        ("--help",),
        ("validate", "--help"),
    ],
    ids=["validate", "validate-json", "validate-github", "help", "validate-help"],
)
def test_command_does_not_import_heavy_libraries(args: tuple[str, ...]) -> None:
    assert loaded_after(*args) == []


def test_the_probe_sees_what_was_imported() -> None:
    assert loaded_after("--help", watched=("difflib",), before="import difflib\n") == ["difflib"]
