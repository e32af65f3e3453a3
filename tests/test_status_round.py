"""ogp status with milestones, evidence, contact and the IRM's assessment: overdue is red on a
terminal and marked in every other format; json, csv and xlsx carry all of it."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from openpyxl import load_workbook

from ogp.data import dataset
from ogp.documents.status import build
from ogp.output.context import OutputContext
from ogp.output.formats.status import table

Run = Callable[..., Result]
Edit = Callable[[str, str, str], Path]

MILESTONES = """    owners: [asd]
    contact: {name: Kari Nordmann, title: seniorrådgiver, agency: asd, email: kn@asd.dep.no}
    milestones:
      - {id: m1, text: Utredning, start: 2014-01-01, due: 2014-06-30}
      - {id: m2, text: Lovforslag, due: 2015-06-30}
    status:
      - date: 2014-06-13
        level: limited
        meeting: mote-2
        note: Utredning i gang
        evidence: [{title: Mandat, url: "https://www.regjeringen.no/mandat"}]
        challenges: Tid
        next_steps: Høring
"""


@pytest.fixture
def with_milestones(edit: Edit, data_dir: Path) -> Path:
    edit("commitments.yaml", "    owners: [asd]\n", MILESTONES)
    return data_dir


def test_overdue_milestones_are_red_on_a_terminal(with_milestones: Path) -> None:
    data = dataset.load(with_milestones)
    report = build(data, today=dt.date(2014, 7, 1))
    (row,) = [r for r in report.rows if r.id == "4.12"]
    assert [m.overdue for m in row.milestones] == [True, False]
    coloured = table(report, OutputContext(terminal=True, color=True, width=300))
    red = "\x1b[1;31m"
    assert f"{red}2 delmål, 1 passert" in coloured
    assert f"{red}4.12  Delmål: m1 Utredning (frist 30.06.2014, passert)" in coloured
    assert "4.12  Kontaktperson: seniorrådgiver Kari Nordmann, ASD, kn@asd.dep.no" in coloured
    assert "Utredning i gang (møte 2)" in coloured
    before = build(data, today=dt.date(2014, 6, 1))
    (row,) = [r for r in before.rows if r.id == "4.12"]
    assert not any(m.overdue for m in row.milestones)


def test_overdue_is_marked_when_piped_and_in_markdown(run: Run, with_milestones: Path) -> None:
    piped = run("--data", with_milestones, "status", "--as-of", "2014-07-01")
    assert piped.exit_code == 0, piped.output
    assert "4.12  Delmål: m1 Utredning (frist 30.06.2014, passert) [!]" in piped.output
    assert "4.12  Dokumentasjon: Mandat <https://www.regjeringen.no/mandat>" in piped.output
    md = run("--data", with_milestones, "status", "--as-of", "2014-07-01", "--format", "markdown")
    assert "m1 Utredning (frist 30.06.2014, passert) **(!)**" in md.output
    assert "Den andre norske handlingsplanen i OGP (Norge)" in md.output
    html = run("--data", with_milestones, "status", "--as-of", "2014-07-01", "--format", "html")
    assert '<li class="overdue">4.12, Delmål: m1 Utredning' in html.output


def test_json_csv_and_xlsx_carry_everything(
    run: Run, with_milestones: Path, tmp_path: Path
) -> None:
    out = run("--data", with_milestones, "status", "--as-of", "2014-07-01", "--format", "json")
    doc = json.loads(out.output)
    (c,) = [c for c in doc["commitments"] if c["id"] == "4.12"]
    assert c["where"] == "møte 2" and c["ogp_id"] == "NO0023"
    assert c["evidence"] == [{"title": "Mandat", "url": "https://www.regjeringen.no/mandat"}]
    assert c["milestones"][0] == {
        "id": "m1",
        "text": "Utredning",
        "due": "2014-06-30",
        "done": False,
        "overdue": True,
    }
    assert c["irm"]["open_government"]["value"] == "did-not-change"
    assert c["irm"]["verifiable"]["url"].endswith("/NO0023/")
    assert doc["deadlines_as_of"] == "2014-07-01"
    csv_out = run("--data", with_milestones, "status", "--as-of", "2014-07-01", "--format", "csv")
    header, *rows = csv_out.output.lstrip("\ufeff").splitlines()
    assert '"irm_open_government"' in header and '"overdue"' in header
    assert any('"4.12"' in r and '"1"' in r and "Kari Nordmann" in r for r in rows)
    path = tmp_path / "status.xlsx"
    assert run("--data", with_milestones, "status", "-o", path).exit_code == 0
    book = load_workbook(io.BytesIO(path.read_bytes()))
    assert book.sheetnames == ["status", "Delmål"]
    assert [c.value for c in book["Delmål"][2]][:4] == ["4.12", "m1", "Utredning", "2014-06-30"]


def test_a_bad_as_of_is_a_usage_error(run: Run, data_dir: Path) -> None:
    result = run("--data", data_dir, "status", "--as-of", "1.7.2014")
    assert result.exit_code == 2 and "--as-of" in result.output


def test_html_marks_the_language_of_texts_not_in_the_documents(
    run: Run, with_milestones: Path
) -> None:
    """WCAG 3.1.2 (language of parts): an English title in the Norwegian overview, and a
    Norwegian title, milestone, challenges and next steps in the English one, carry their
    own lang; the document's own words and plain formats are as before."""
    nb = run("--data", with_milestones, "status", "--format", "html", "--as-of", "2014-07-01")
    assert '<td lang="en">Public review and public consultation</td>' in nb.output
    assert "<td>Enkelt og greit</td>" in nb.output  # Norwegian in Norwegian: no mark
    assert "Delmål: m1 Utredning (frist 30.06.2014, passert) (!)</li>" in nb.output
    en = run(
        "--data",
        with_milestones,
        "status",
        "--lang",
        "en",
        "--format",
        "html",
        "--as-of",
        "2014-07-01",
    )
    assert '<td lang="nb">Kommunereformen</td>' in en.output
    assert "<td>Simplify</td>" in en.output
    for text in ("m1 Utredning", "Tid", "Høring"):
        assert f'<span lang="nb">{text}</span>' in en.output
    assert '<span lang="nb">m1 Utredning</span> (due 30 Jun 2014, overdue) (!)' in en.output
    # the data's note beside ogp's '(meeting 2)', an evidence's title beside its address,
    # and a contact's job title
    assert '<td><span lang="nb">Utredning i gang</span> (meeting 2)</td>' in en.output
    assert (
        'Evidence: <span lang="nb">Mandat</span> &lt;https://www.regjeringen.no/mandat&gt;</li>'
        in en.output
    )
    assert (
        'Point of contact: <span lang="nb">seniorrådgiver Kari Nordmann, ASD, kn@asd.dep.no</span>'
        in (en.output)
    )
    assert "<td>Utredning i gang (møte 2)</td>" in nb.output
    assert "Dokumentasjon: Mandat &lt;https://www.regjeringen.no/mandat&gt;</li>" in nb.output
    md = run("--data", with_milestones, "status", "--lang", "en", "--format", "md")
    assert r"4\.12, Milestones: m1 Utredning (due 30 Jun 2014, overdue) **(!)**" in md.output
    assert "lang=" not in md.output


def test_an_override_written_before_evidence_had_a_language_still_writes_its_address(
    run: Run, with_milestones: Path
) -> None:
    """An overview template copied from ogp before evidence titles were marked nb (the
    packaged one of fa4950a) wrote ``d.said`` where ``d.lang`` was set: the address of
    an evidence must not go missing from it."""
    earlier = Path(__file__).parent / "fixtures" / "earlier_templates"
    args = ("--data", with_milestones, "--templates", earlier, "status", "--format", "html")
    en = run(*args, "--lang", "en", "--as-of", "2014-07-01")
    assert en.exit_code == 0, en.output
    assert "Evidence: Mandat &lt;https://www.regjeringen.no/mandat&gt;</li>" in en.output
    assert '<span lang="nb">m1 Utredning</span> (due 30 Jun 2014, overdue)' in en.output


@pytest.mark.parametrize(
    ("report", "cell"),
    [
        # the data's source, in Norwegian, a line may break after its "/"
        (
            "source: Rapport fra HOD/Helsedirektoratet",
            '<td><span lang="nb">Rapport fra HOD/<wbr>Helsedirektoratet</span></td>',
        ),
        (
            "source: Rapport fra HOD, note: Utkast",
            '<td><span lang="nb">Utkast</span> (<span lang="nb">Rapport fra HOD</span>)</td>',
        ),
        # a source that is a web address is in no language
        (
            "source: 'https://www.regjeringen.no/r', note: Utkast",
            '<td><span lang="nb">Utkast</span> (https:/<wbr>/<wbr>www.regjeringen.no/<wbr>r)</td>',
        ),
        (
            "source: 'https://www.regjeringen.no/r'",
            "<td>https:/<wbr>/<wbr>www.regjeringen.no/<wbr>r</td>",
        ),
        # ogp's own words for a meeting, beside the data's note
        ("meeting: mote-2, note: Utkast", '<td><span lang="nb">Utkast</span> (meeting 2)</td>'),
        ("meeting: mote-2", "<td>meeting 2</td>"),
    ],
)
def test_the_reported_cell_marks_each_of_its_parts(
    run: Run, edit: Edit, data_dir: Path, report: str, cell: str
) -> None:
    when = "2014-06-13" if "mote-2" in report else "2014-06-01"
    edit(
        "commitments.yaml",
        "    owners: [asd]\n",
        f"    owners: [asd]\n    status:\n      - {{date: {when}, level: limited, {report}}}\n",
    )
    en = run("--data", data_dir, "status", "--lang", "en", "--format", "html")
    assert en.exit_code == 0, en.output
    assert cell in en.output
