"""ogp status --format md|html: the overview grouped by agency."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

RunFn = Callable[..., Result]
EditFn = Callable[[str, str, str], Path]


@pytest.mark.parametrize(("fmt", "suffix"), [("markdown", "md"), ("html", "html")])
def test_status_overview_golden(
    run: RunFn, golden: Callable[[str, str], None], fmt: str, suffix: str
) -> None:
    result = run("status", "--format", fmt, "--as-of", "2026-12-02")  # the golden file's day
    assert result.exit_code == 0, result.output
    golden(f"status/overview.nb.{suffix}", result.output)


def test_overview_groups_counts_and_dates(run: RunFn, data_dir: Path, edit: EditFn) -> None:
    edit(
        "commitments.yaml",
        '    title_en: "Simplify"\n',
        '    title_en: "Simplify"\n    status:\n'
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
    )
    out = run("--data", data_dir, "status", "--format", "markdown").output
    assert "Data per: 13.06.2014" in out
    assert (
        "## Kommunal- og moderniseringsdepartementet (KMD)\n\n"
        "8 forpliktelser: 1 begrenset, 7 ikke rapportert" in out
    )
    # a shared commitment is under each owner; a partner's rows are marked
    assert out.count("| 4.10 |") == 2
    assert "| 4.10 (i samarbeid) |" in out
