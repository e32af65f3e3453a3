"""ogp validate --format github: annotations GitHub shows on the changed lines, capped per step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from ogp.output.formats.validate import GITHUB_ANNOTATION_LIMIT

Run = Callable[..., Result]
Edit = Callable[[str, str, str], Path]


def test_a_broken_reference_is_annotated(run: Run, data_dir: Path, edit: Edit) -> None:
    edit("commitments.yaml", "owners: [ks]", "owners: [kss]")
    result = run("--data", data_dir, "validate", "--format", "github")
    assert result.exit_code == 1
    name = str(data_dir / "commitments.yaml")
    line = next(
        i
        for i, text in enumerate(
            (data_dir / "commitments.yaml").read_text(encoding="utf-8").splitlines(), 1
        )
        if "owners: [kss]" in text
    )
    assert (
        f"::error file={name},line={line},col=14,title=unknown-reference::unknown agency "
        "'kss' in owners of commitment 4.25; did you mean 'ks'?"
    ) in result.output.splitlines()
    assert result.output.splitlines()[-1].startswith("4 files checked: 1 error, ")


def test_annotations_are_capped_per_severity(run: Run, data_dir: Path) -> None:
    path = data_dir / "commitments.yaml"
    text = path.read_text(encoding="utf-8")
    broken = sum(text.count(f"owners: [{a}]") for a in ("kmd", "difi", "ud"))
    assert broken > GITHUB_ANNOTATION_LIMIT
    for a in ("kmd", "difi", "ud"):
        text = text.replace(f"owners: [{a}]", "owners: [nope]")
    path.write_text(text, encoding="utf-8")
    plain = run("--data", data_dir, "validate").output.splitlines()
    n_warnings = sum(": warning: " in ln for ln in plain)
    out = run("--data", data_dir, "validate", "--format", "github").output.splitlines()
    assert sum(ln.startswith("::error ") for ln in out) == GITHUB_ANNOTATION_LIMIT == 10
    assert sum(ln.startswith("::warning ") for ln in out) == min(n_warnings, 10)
    more = broken - GITHUB_ANNOTATION_LIMIT + max(n_warnings - 10, 0)
    header = f"{more} more problems not annotated (GitHub shows 10 annotations of a kind per step):"
    rest = out[out.index(header) + 1 : -1]
    assert len(rest) == more
    assert all(": error: unknown agency 'nope'" in ln for ln in rest[: broken - 10])
    assert out[-1].startswith(f"4 files checked: {broken} errors, {n_warnings} warnings")


def test_messages_and_properties_are_escaped(run: Run, tmp_path: Path, data_dir: Path) -> None:
    odd = tmp_path / "odd,dir:100%"
    data_dir.rename(odd)
    (odd / "agencies.yaml").write_text(
        (odd / "agencies.yaml")
        .read_text(encoding="utf-8")
        .replace("  - id: kmd\n", "  - id: kmd\n    nmae: x\n", 1),
        encoding="utf-8",
    )
    out = run("--data", odd, "validate", "--format", "github").output
    line = next(ln for ln in out.splitlines() if "unknown-key" in ln)
    assert line.startswith("::error file=")
    assert "odd%2Cdir%3A100%25" in line  # ',' ':' '%' in a property are escaped
    assert "title=unknown-key::unknown key 'nmae'; did you mean 'name'?" in line
