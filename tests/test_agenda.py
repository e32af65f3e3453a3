"""ogp agenda: the running order of a meeting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

RunFn = Callable[..., Result]
EditFn = Callable[[str, str, str], Path]


@pytest.mark.parametrize(
    ("fmt", "lang"), [("md", "nb"), ("txt", "nb"), ("html", "nb"), ("txt", "en")]
)
def test_agenda_golden(run: RunFn, golden: Callable[[str, str], None], fmt: str, lang: str) -> None:
    result = run("agenda", "mote-1", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    golden(f"agenda/mote-1.{lang}.{fmt}", result.stdout)  # the notes on stderr are not in it


def test_status_round_lists_every_reporter_and_joint_owners(run: RunFn) -> None:
    result = run("agenda", "mote-1", "--format", "txt")
    out = result.stdout
    out = out.replace("\u00a0", " ")
    assert "- KUD: 4.8 og 4.9 (2–3 min.)" in out
    assert "- KUD og Riksarkivet (avklarer hvem som melder): 4.10 (2–3 min.)" in out
    assert "- UD: 4.17, 4.18 og 4.22 (2–3 min.)" in out  # UD leads 4.22, so UD reports
    assert "1.  12.30  Om Norges rolle i OGP" in out
    # what only the sender needs is on standard error, never in the agenda
    assert "note: Status round: 14 agencies at 2–3 min. each, 28–42 min. in all" in result.stderr
    assert "note: No duration is given for items 1, 2, 4, 5 and 6" in result.stderr
    assert "Varigheten" not in out and "Statusrunden" not in out


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_the_agenda_holds_no_notes_for_its_sender(run: RunFn, fmt: str) -> None:
    out = run("agenda", "mote-1", "--format", fmt).stdout
    for internal in ("ikke oppgitt", "Varigheten", "Statusrunden", "Punktene med oppgitt"):
        assert internal not in out, internal


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        (
            "nb",
            "Open Government Partnership – tentativ dagsorden for informasjons- og "
            "oppfølgingsmøte nr. 1, 17. mars 2014",
        ),
        ("en", "Open Government Partnership – tentative agenda for meeting no. 1, 17 March 2014"),
    ],
)
def test_the_heading_names_ogp_and_the_meeting(run: RunFn, lang: str, heading: str) -> None:
    html = run("agenda", "mote-1", "--format", "html", "--lang", lang).stdout
    assert f'<h1 id="title">{heading}</h1>' in html  # the id names the table's frame
    assert f"<title>{heading}</title>" in html
    txt = " ".join(run("agenda", "mote-1", "--format", "txt", "--lang", lang).stdout.split())
    assert heading in txt


def test_a_meeting_without_series_or_tentative_agenda(
    run: RunFn, data_dir: Path, edit: EditFn
) -> None:
    edit("meetings.yaml", '    series: informasjons- og oppfølgingsmøte   # "to', '    # "to')
    edit("meetings.yaml", "    agenda_tentative: true\n", "")
    out = run("--data", data_dir, "agenda", "mote-1", "--format", "md").stdout
    assert out.startswith(
        "# Open Government Partnership – dagsorden for møte nr. 1, 17. mars 2014\n"
    )


def test_a_named_reporter_takes_the_commitment(run: RunFn, data_dir: Path, edit: EditFn) -> None:
    edit(
        "commitments.yaml",
        "    owners: [fin, norges-bank]\n",
        "    owners: [fin, norges-bank]\n    reporter: norges-bank\n",
    )
    out = run("--data", data_dir, "agenda", "mote-1", "--format", "txt").stdout
    assert "- Norges Bank: 4.23 (2–3\u00a0min.)" in out
    assert "FIN og Norges Bank (avklarer" not in out


def test_times_follow_known_durations_and_overrun_warns(
    run: RunFn, data_dir: Path, edit: EditFn
) -> None:
    edit(
        "meetings.yaml",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n"
        "        minutes: 60\n",
    )
    edit(
        "meetings.yaml",
        "      - title: Informasjon om OGP med vekt på det internasjonale arbeidet (KMD)\n",
        "      - title: Informasjon om OGP med vekt på det "
        "internasjonale arbeidet (KMD)\n        minutes: 70\n",
    )
    result = run("--data", data_dir, "agenda", "mote-1", "--format", "txt")
    assert result.exit_code == 0
    out = result.stdout
    # the time column is as wide as its widest time: no time runs into its title
    out = out.replace("\u00a0", " ")  # "(60 min.)" is kept on one line by a no-break space
    assert "1.  12.30        Om Norges rolle i OGP ved statssekretær Paul Chaffey\n" in out
    assert "\n                 (60 min.)\n" in out
    assert "2.  13.30        Informasjon om OGP" in out
    assert "3.  14.40        Muntlig orientering om status for de enkelte forpliktelsene i\n" in out
    assert "\n                 handlingsplanen (2 – 3 min." in out  # wrapped under the title
    assert "4.  15.08–15.22  Åpen diskusjon/spørsmål om OGP\n" in out
    # sub-bullets hang: a wrapped entry continues under its text, not under its dash
    assert "                 - KMD: 4.2, 4.3, 4.5, 4.16, 4.19, 4.21 og Kommunereformen\n" in out
    assert "\n                   (2–3 min.)\n" in out
    assert (
        "warning: The agenda takes at least 158 min., but the meeting lasts only 150 min."
        in result.stderr
    )
    assert "The agenda takes at least" not in out


def test_meeting_without_agenda_and_by_number(run: RunFn) -> None:
    result = run("agenda", "2", "--format", "md")
    assert result.exit_code == 0
    assert "note: The data holds no agenda for this meeting." in result.stderr
    assert "oppfølgingsmøte nr. 2, 13. juni 2014" in result.stdout
    assert "13\\. juni 2014" in result.output or "13. juni 2014" in result.output


def test_unknown_meeting(run: RunFn) -> None:
    result = run("agenda", "mote-9")
    assert result.exit_code == 1
    assert "mote-1, mote-2" in result.output


@pytest.mark.parametrize(
    ("minutes", "validate_says", "agenda_says"),
    [
        # item 1 plus 14 reporting agencies at 2–3 min. (28–42), in a 150-min. meeting
        ("108", None, None),  # 136–150: fits even at its most
        ("109", "may take up to 151 min.", "The agenda may take up to 151 min."),
        ("122", "may take up to 164 min.", "The agenda may take up to 164 min."),
        ("123", "takes at least 151 min.", "The agenda takes at least 151 min."),
        ("200", "takes at least 228 min.", "The agenda takes at least 228 min."),
    ],
)
def test_validate_and_the_agenda_count_the_same_minutes(
    run: RunFn,
    data_dir: Path,
    edit: EditFn,
    minutes: str,
    validate_says: str | None,
    agenda_says: str | None,
) -> None:
    """One computation (Dataset.agenda_durations): the rule warns exactly when the document does."""
    edit(
        "meetings.yaml",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n",
        "      - title: Om Norges rolle i OGP ved statssekretær Paul Chaffey\n"
        f"        minutes: {minutes}\n",
    )
    validate = run("--data", data_dir, "validate").output
    agenda = run("--data", data_dir, "agenda", "mote-1", "--format", "txt").stderr
    overrun_warned = "[agenda-overrun]" in validate
    if agenda_says is None:
        assert not overrun_warned, validate
        assert "The agenda" not in agenda
        assert "may take up to" not in agenda
    else:
        assert overrun_warned and validate_says and validate_says in validate, validate
        assert agenda_says in agenda


def test_the_pdf_agenda_is_tagged_and_numbered(run: RunFn, tmp_path: Path) -> None:
    from pypdf import PdfReader

    target = tmp_path / "dagsorden.pdf"
    result = run("agenda", "mote-1", "-o", target)  # the format follows the suffix
    assert result.exit_code == 0, result.output
    reader = PdfReader(target)
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and root["/Lang"] == "nb"
    assert "/StructTreeRoot" in root
    text = " ".join((reader.pages[0].extract_text() or "").split())
    assert "Open Government Partnership – tentativ dagsorden" in text
    assert "KUD og Riksarkivet (avklarer hvem som melder): 4.10" in text
    assert f"Side 1 av {len(reader.pages)}" in text
    assert "Varigheten" not in text


def test_an_english_agenda_marks_the_datas_norwegian_titles(run: RunFn) -> None:
    """WCAG 3.1.2: the item's own title is the data's Norwegian; ogp's words are the page's."""
    html = run("agenda", "mote-1", "--format", "html", "--lang", "en").stdout
    assert '<html lang="en">' in html
    assert (
        '<td class="title"><span lang="nb">Muntlig orientering om status for de enkelte '
        "forpliktelsene i handlingsplanen</span> (2–3 min. for each responsible agency)</td>"
    ) in html
    assert '<td class="title"><span lang="nb">Eventuelt</span></td>' in html
    nb = run("agenda", "mote-1", "--format", "html", "--lang", "nb").stdout
    assert '<span lang="nb">' not in nb


def test_all_agendas_name_their_meeting_in_each_note_and_count_what_was_written(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    result = run("agenda", "--all", "-o", tmp_path / "agendas")
    assert result.exit_code == 0, result.output
    notes = [ln for ln in result.stderr.splitlines() if ln.startswith("note: ")]
    assert notes and all(ln.startswith(("note: mote-1: ", "note: mote-2: ")) for ln in notes)
    assert "note: mote-2: The data holds no agenda for this meeting." in notes
    assert result.stderr.splitlines()[-1] == f"wrote 2 agendas to {tmp_path / 'agendas'}"
