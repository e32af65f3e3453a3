"""The CI integration other repositories use: the pre-commit hook and the example workflow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml
from click.testing import Result

ROOT = Path(__file__).resolve().parent.parent

Run = Callable[..., Result]


def test_pre_commit_hook_runs_ogp_validate(run: Run) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "ogp-validate")
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    assert hook["entry"] == "ogp"
    result = run("--data", ROOT / "data", *hook["args"])
    assert result.exit_code == 0, result.output


def test_workflow_validates_and_summarises_the_change() -> None:
    flow = yaml.safe_load((ROOT / ".github/workflows/ogp-data.yml").read_text(encoding="utf-8"))
    # YAML 1.1 reads 'on' as True; what ogp-site.yml publishes is what a pull request checks
    site = yaml.safe_load((ROOT / ".github/workflows/ogp-site.yml").read_text(encoding="utf-8"))
    paths = flow[True]["pull_request"]["paths"]
    assert paths == ["data/**", "templates/**"] == site[True]["push"]["paths"]
    steps = flow["jobs"]["check"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert "ogp validate --format github" in runs
    assert 'ogp site -o "$RUNNER_TEMP/site"' in runs  # renders every template
    assert 'ogp diff "origin/$BASE" --format md >> "$GITHUB_STEP_SUMMARY"' in runs
    assert steps[0]["with"]["fetch-depth"] == 0


def test_ci_dogfoods_the_same_commands() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "ogp validate --format github" in script
    assert "ogp diff HEAD --format md" in script
    last = [ln for ln in script.splitlines() if ln.strip()][-1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert last in readme  # the last step is the README's test command
