"""The growth check (bench/growth.py, run by .ci/run) catches a step that costs more than linear.

It is shown a slip of the kind issue 9 found: every commitment sorted and
grouped again for each item of each meeting's agenda (what the agenda-overrun
rule did while the reporting units were not indexed and were counted inside
the loop over the items), at the sizes CI checks (1,000 and 4,000). With the slip, ``ogp validate`` grows far more than 6× for
4× the data, and the check fails naming it; without it, the same sizes pass.
No absolute time is asserted, only the ratio the check computes. The two
that measure take a while (marked slow): .ci/run runs them after the check.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ogp.data.model import AgendaDurations, Commitment, Dataset, Meeting, plan_order_key

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _growth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ogp_bench_growth", BENCH / "growth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


growth = _growth()


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The check's own sizes (1,000 and 4,000 commitments), generated once for the module."""
    return tmp_path_factory.mktemp("growth")


def test_every_command_in_the_table_is_checked() -> None:
    names = [c.name for c in growth.COMMANDS]
    for name in ("validate", "status", "render-letter md", "agenda", "addresses", "diff"):
        assert name in names
    assert "calendar --all" in names


@pytest.mark.slow  # run by .ci/run beside the growth check itself
def test_linear_validate_passes(root: Path) -> None:
    table, failed = growth.check(root, only=["validate"])
    assert failed == [], "\n".join(table)


@pytest.mark.slow  # run by .ci/run beside the growth check itself
def test_a_quadratic_slip_fails_and_is_named(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    honest = Dataset.agenda_durations

    def unindexed(self: Dataset, meeting: Meeting) -> AgendaDurations:
        """The units counted afresh for every item, as agenda_minutes did before issue 9."""
        for _item in meeting.agenda:
            units: dict[tuple[str, ...], list[Commitment]] = {}
            for c in sorted(self.commitments, key=lambda c: plan_order_key(c.id)):
                reporter = c.effective_reporter()
                units.setdefault((reporter,) if reporter else ("", *c.owner_ids), []).append(c)
        return honest(self, meeting)

    monkeypatch.setattr(Dataset, "agenda_durations", unindexed)  # asked once per meeting
    table, failed = growth.check(root, only=["validate"], runs=1)  # one measure shows it
    assert len(failed) == 1, "\n".join(table)
    assert failed[0].startswith("ogp validate grows ")
    assert "for 4× the data (limit 6×)" in failed[0]
    ratio = float(failed[0].split(" grows ")[1].split("×")[0])
    assert ratio > 6
    assert table[1].startswith("validate") and table[1].endswith("FAIL")


def test_growth_main_exits_1_naming_the_command(
    root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        growth, "measure", lambda commands, *a, **k: [growth.Growth("status", 0.1, 0.9)]
    )
    assert growth.main(["--only", "status", "--keep", str(root)]) == 1
    err = capsys.readouterr().err
    assert "ogp status grows 9.0× for 4× the data (limit 6×)" in err


def test_unknown_command_is_refused(root: Path) -> None:
    with pytest.raises(SystemExit, match="unknown command"):
        growth.check(root, only=["no-such-command"])


def _scripted(times: dict[str, list[float]]) -> Callable[[Any, Any], tuple[float, str]]:
    """A stand-in for run_once: CPU seconds per case, in the order given (the first: warm-up)."""

    def run_once(command: Any, case: Any) -> tuple[float, str]:
        return times[str(case.data)].pop(0), ""

    return run_once


def _case(name: str) -> Any:
    return growth.Case(Path(name), "", "", Path("out"))


def test_a_noisy_pair_is_measured_again_and_the_least_pair_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # warm-up 2.0 s (imports, templates) is not counted; the first pair is spoilt at 4N
    runs = {"n": [2.0, 0.5, 0.5], "4n": [3.5, 1.9]}
    monkeypatch.setattr(growth, "run_once", _scripted(runs))
    [found] = growth.measure(growth.COMMANDS[:1], _case("n"), _case("4n"), runs=5)
    assert found.pairs == (7.0, 3.8)
    assert found.ratio == 3.8
    assert (found.small, found.large) == (0.5, 1.9)
    assert runs == {"n": [], "4n": []}  # a pair within the target ends the measure


def test_a_quadratic_step_shows_in_every_pair_and_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = {"n": [1.0, *[0.5] * 5], "4n": [8.0] * 5}
    monkeypatch.setattr(growth, "run_once", _scripted(runs))
    found = growth.measure(growth.COMMANDS[:1], _case("n"), _case("4n"), runs=5)
    assert found[0].pairs == (16.0,) * 5
    failed = growth.failures(found, 4, growth.LIMIT)
    assert failed[0].startswith("ogp validate grows 16.0× for 4× the data (limit 6×)")
