"""One date style per language in every output: a table form and a prose form (ogp.text.dates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from ogp.text.dates import prose_date, table_date

Run = Callable[..., Result]
Edit = Callable[[str, str, str], Path]

JUNE_13 = dt.date(2014, 6, 13)


@pytest.mark.parametrize(
    ("lang", "table", "prose"),
    [
        ("nb", "13.06.2014", "13. juni 2014"),
        ("en", "13 Jun 2014", "13 June 2014"),
    ],
)
def test_the_two_forms(lang: str, table: str, prose: str) -> None:
    assert table_date(JUNE_13, lang) == table
    assert prose_date(JUNE_13, lang) == prose


STATUS_4_5 = """    title_en: "Re-use of public sector information"
    owners: [kmd]
"""


def with_status(edit: Edit) -> None:
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    status:\n      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
    )


@pytest.mark.parametrize(("lang", "table"), [("nb", "13.06.2014"), ("en", "13 Jun 2014")])
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_status_writes_the_table_date(
    run: Run, data_dir: Path, edit: Edit, tmp_path: Path, lang: str, table: str, suffix: str
) -> None:
    with_status(edit)
    out = tmp_path / f"status.{suffix}"
    result = run("--data", data_dir, "status", "--lang", lang, "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert table in text
    assert "2014-06-13" not in text


def test_machine_formats_keep_iso_dates(run: Run, data_dir: Path, edit: Edit) -> None:
    with_status(edit)
    for fmt in ("csv", "json"):
        assert "2014-06-13" in run("--data", data_dir, "status", "--format", fmt).output


@pytest.mark.parametrize(
    ("lang", "field", "prose"),
    [("nb", "Dato", "17. mars 2014"), ("en", "Date", "17 March 2014")],
)
def test_the_letter_dates_its_field_as_a_table_and_its_meetings_as_prose(
    run: Run, data_dir: Path, lang: str, field: str, prose: str
) -> None:
    out = run("--data", data_dir, "render-letter", "--format", "txt", "--lang", lang).output
    assert table_date(dt.date(2014, 2, 28), lang) in out
    assert prose in out


@pytest.mark.parametrize(("lang", "deadline"), [("nb", "07.03.2014"), ("en", "7 Mar 2014")])
def test_the_agenda_deadline_is_a_field(run: Run, data_dir: Path, lang: str, deadline: str) -> None:
    out = run("--data", data_dir, "agenda", "mote-1", "--format", "txt", "--lang", lang).output
    assert deadline in out
