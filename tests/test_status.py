"""`ogp status`: every commitment in plan order, owners as the seed's annex gives them."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import DATA

Run = Callable[..., Result]

# The seed letter's annex, row by row: commitment -> responsible agencies.
ANNEX = {
    "4.1": "KMD/JD/KUD",
    "4.2": "KMD",
    "4.3": "KMD",
    "4.4": "Difi",
    "4.5": "KMD",
    "4.6": "HOD/Helsedirektoratet",
    "4.7": "Departementenes sikkerhets- og serviceorganisasjon (DSS)",
    "4.8": "KUD",
    "4.9": "KUD",
    "4.10": "KUD og Riksarkivet i samarbeid med Difi",
    "4.11": "Difi",
    "4.12": "ASD",
    "4.13": "JD",
    "4.14": "JD",
    "4.15": "Difi",
    "4.16": "KMD i samarbeid med Difi og Språkrådet",
    "4.17": "UD",
    "4.18": "UD",
    "4.19": "KMD",
    "4.20": "FD",
    "4.21": "KMD",
    "4.22": "UD (overordnet)/OED (implementering)",
    "4.23": "FIN og Norges Bank",
    "4.24": "FIN",
    "4.25": "KS",
    "kommunereformen": "KMD",
}


def test_json_lists_all_26_commitments_in_plan_order_with_the_annex_owners(run: Run) -> None:
    result = run("--data", DATA, "status", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)["commitments"]
    assert [r["id"] for r in rows] == list(ANNEX)
    assert {r["id"]: r["owners_text"] for r in rows} == ANNEX


def test_plain_table_when_piped(run: Run) -> None:
    result = run("--data", DATA, "status")
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == ["Forpliktelse", "Tittel"]
    assert "\x1b[" not in result.output
    assert any(line.startswith("4.14 (a og b) ") for line in lines)
    assert lines[-1] == "26 forpliktelser: 26 ikke rapportert"


def test_english_labels(run: Run) -> None:
    result = run("--data", DATA, "status", "--lang", "en")
    assert result.output.splitlines()[-1] == "26 commitments: 26 not reported"
    assert "UD (lead)/OED (implementing)" in result.output
    assert "KUD and Riksarkivet in cooperation with Difi" in result.output


def test_reporter_to_be_agreed_where_owners_share_and_none_is_named(run: Run) -> None:
    rows = json.loads(run("--data", DATA, "status", "--format", "json").output)["commitments"]
    reporters = {r["id"]: r["reporter"] for r in rows}
    assert reporters["4.22"] == "ud"  # the lead ("overordnet") reports
    assert reporters["4.16"] == "kmd"  # collaborators do not own it
    assert [k for k, v in reporters.items() if v is None] == ["4.1", "4.6", "4.10", "4.23"]


@pytest.mark.parametrize(
    ("agency", "ids"),
    [
        ("fin", ["4.23", "4.24"]),
        ("FIN", ["4.23", "4.24"]),
        ("Norges Bank", ["4.23"]),
        ("difi", ["4.4", "4.10", "4.11", "4.15", "4.16"]),  # owner or collaborator
    ],
)
def test_agency_filter(run: Run, agency: str, ids: list[str]) -> None:
    rows = json.loads(run("--data", DATA, "status", "--agency", agency, "--format", "json").output)
    assert [r["id"] for r in rows["commitments"]] == ids


def test_unknown_agency_is_one_clear_line(run: Run) -> None:
    result = run("--data", DATA, "status", "--agency", "oedx")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == "error: unknown agency 'oedx'"


def test_markdown_and_csv(run: Run) -> None:
    md = run("--data", DATA, "status", "--format", "markdown").output
    assert (
        "| 4.22 | Transparency in the management of oil and gas revenue | UD (overordnet)/OED (implementering) | UD | ikke rapportert |  |"
        in md
    )
    rows = list(
        csv.reader(
            io.StringIO(
                run("--data", DATA, "status", "--format", "csv").output.removeprefix("\ufeff")
            )
        )
    )
    assert rows[0][:8] == ["id", "title", "owners", "reporter", "level", "date", "note", "ogp_id"]
    assert rows[1][:5] == [
        "4.1",
        "Public review and public consultation",
        "KMD/JD/KUD",
        "",
        "not-reported",
    ]


def test_latest_status_and_counts(
    edit: Callable[[str, str, str], Path], data_dir: Path, run: Run
) -> None:
    edit(
        "commitments.yaml",
        "    owners: [ks]\n",
        "    owners: [ks]\n    status:\n"
        "      - {date: 2014-03-17, level: not-started, meeting: mote-1}\n"
        "      - {date: 2014-06-13, level: limited, meeting: mote-2, note: Godt i gang}\n",
    )
    out = run("--data", data_dir, "status", "--lang", "en").output
    assert "4.25  " in out and "limited" in out and "13 Jun 2014" in out
    assert out.splitlines()[-1] == "26 commitments: 1 limited, 25 not reported"


def test_invalid_data_stops_status_with_the_errors(
    edit: Callable[[str, str, str], Path], data_dir: Path, run: Run
) -> None:
    edit("commitments.yaml", "owners: [ks]", "owners: [ksx]")
    result = run("--data", data_dir, "status")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].endswith(
        "unknown agency 'ksx' in owners of commitment 4.25; did you mean 'ks'? [unknown-reference]"
    )
    assert lines[-2:] == [
        "error: the data has 1 error",
        "hint: run 'ogp validate' for the full list, fix them, and try again",
    ]


def test_rich_table_on_a_terminal_respects_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from ogp.data import dataset
    from ogp.documents import status as core
    from ogp.output.context import OutputContext
    from ogp.output.formats.status import table

    report = core.build(dataset.load(DATA))
    coloured = table(report, OutputContext(terminal=True, color=True, width=200))
    plain = table(report, OutputContext(terminal=True, color=False, width=200))
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert "┃" in plain or "│" in plain  # a rich table, not the piped text
    monkeypatch.setenv("NO_COLOR", "1")

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    ctx = OutputContext.for_stream(Tty())
    assert ctx.terminal and not ctx.color


@pytest.mark.parametrize("width", [62, 80, 100, 120, 200])
def test_the_terminal_table_fits_the_window_without_breaking_words(width: int) -> None:
    """At any width, no header or owner is broken mid-word; columns empty in every row are
    not shown, and the ones that give way to a narrow window are named under the table."""
    from ogp.data import dataset
    from ogp.documents import status as core
    from ogp.output.context import OutputContext
    from ogp.output.formats.status import table

    report = core.build(dataset.load(DATA))
    out = table(report, OutputContext(terminal=True, color=False, width=width))
    assert max(len(ln) for ln in out.splitlines()) <= width
    header = "".join(ln for ln in out.splitlines() if ln.startswith("┃"))
    for word in ("Forpliktelse", "Status"):
        assert word in header
    assert "Dato" not in header and "Delmål" not in header  # empty for every commitment
    assert "│ KMD/JD/KUD " in out and "Helsedirektoratet" in out
    rows = [ln for ln in out.splitlines() if ln.startswith("│ 4.")]
    assert len(rows) == 25 and all(re.search(r"│ ikke rapportert\s*│", ln) for ln in rows)
    # the IRM's word gives way first, then the reporter, the title last
    left_out = {62: "Tittel, Rapporterer, IRM", 80: "Rapporterer, IRM", 100: "IRM"}
    if width in left_out:
        assert f"Utelatt fordi vinduet er smalt: {left_out[width]};" in " ".join(out.split())
    else:
        assert "Utelatt" not in out
    assert ("Tittel" in header) == (width >= 80)
    assert ("Rapporterer" in header) == (width >= 100)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("agency", [None, "kmd", "fin"])
def test_every_line_of_the_table_ends_at_its_edge_at_any_width(
    lang: str, agency: str | None
) -> None:
    """From 60 to 160 columns: no line wider than the window, no table cut at its right
    edge (rich, left to shrink it, once left it 5 columns too wide), no header broken."""
    from ogp.data import dataset
    from ogp.documents import status as core
    from ogp.output.context import OutputContext
    from ogp.output.formats.status import table

    report = core.build(dataset.load(DATA), lang=lang, agency=agency)
    for width in range(60, 161):
        out = table(report, OutputContext(terminal=True, color=False, width=width))
        lines = out.splitlines()
        assert max(len(ln) for ln in lines) <= width, width
        rows = [ln for ln in lines if ln[:1] in "┏┃┡│└"]
        cut = [ln for ln in rows if ln[-1] not in "┓┃┩│┘"]
        assert not cut, f"{width} columns: {cut[:2]}"
        header = [ln for ln in rows if ln.startswith("┃")]
        words = " ".join(" ".join(cell.split()) for cell in "┃".join(header).split("┃"))
        assert "Ansv arli" not in words and "Commit ment" not in words, width


def test_a_commitment_without_title_says_so_in_the_table() -> None:
    from ogp.data import dataset
    from ogp.documents import status as core
    from ogp.output.context import OutputContext
    from ogp.output.formats.status import table

    report = core.build(dataset.load(DATA), lang="en")
    out = table(report, OutputContext(terminal=True, color=False, width=200))
    assert "│ 4.19            │ (no title in the data)" in out


@pytest.mark.parametrize("width", [30, 40, 50, 60])
def test_a_window_too_narrow_for_any_table_gets_each_commitment_on_lines(width: int) -> None:
    from ogp.data import dataset
    from ogp.documents import status as core
    from ogp.output.context import OutputContext
    from ogp.output.formats.status import table

    report = core.build(dataset.load(DATA))
    out = table(report, OutputContext(terminal=True, color=False, width=width))
    lines = out.splitlines()
    assert max(len(ln) for ln in lines) <= width
    assert "┃" not in out and "│" not in out  # no table cut at the window's edge
    assert "4.1  ikke rapportert" in lines  # the status whole, beside its commitment
    assert "Ansvarlig(e) instans(er): KMD/JD/KUD" in " ".join(ln.strip() for ln in lines)
    assert "  Rapporterer: avklares" in lines
    assert " ".join(out.split()).endswith("26 forpliktelser: 26 ikke rapportert")


def test_a_milestone_is_done_by_its_newest_report_or_the_commitment_in_every_output() -> None:
    """One answer for the status overview, the forms and the site: a milestone reported
    complete and then limited is not done; every milestone of a complete commitment is."""
    import datetime as dt

    from ogp.data import dataset
    from ogp.documents import site as site_doc
    from ogp.documents import status as core

    data = dataset.load(DATA)
    c = data.commitment_by_id["4.5"]
    from ogp.data.model import Level, Milestone, StatusReport

    c.milestones = [Milestone(id="m1", text="Veileder", due=dt.date(2014, 6, 30))]
    c.status = [
        StatusReport(date=dt.date(2014, 6, 1), level=Level.COMPLETE, milestone="m1", source="x"),
        StatusReport(date=dt.date(2014, 6, 5), level=Level.LIMITED, milestone="m1", source="x"),
    ]
    assert not c.milestone_done("m1")
    assert not site_doc.milestone_done(c, c.milestones[0])
    row = next(r for r in core.build(data, today=dt.date(2014, 7, 1)).rows if r.id == "4.5")
    assert [m.done for m in row.milestones] == [False] and row.milestones[0].overdue
    c.status.append(StatusReport(date=dt.date(2014, 6, 9), level=Level.COMPLETE, source="x"))
    assert c.milestone_done("m1") and site_doc.milestone_done(c, c.milestones[0])
