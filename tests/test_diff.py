"""ogp diff: each kind of change in words, the formats, and the errors around git."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from ogp.data.model import Dataset
from ogp.documents.diff import compare

Run = Callable[..., Result]
Edit = Callable[[str, str, str], Path]

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args],
        cwd=repo,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(data_dir: Path) -> Path:
    """A git repository holding the bundled data in data/, committed once."""
    root = data_dir.parent
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "data")
    git(root, "commit", "-q", "-m", "the data")
    return root


def diff(run: Run, repo: Path, *args: str) -> Result:
    return run("--data", repo / "data", "diff", *args)


def lines(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [ln.strip() for ln in result.output.splitlines()]


STATUS_4_5 = """    title_en: "Re-use of public sector information"
    owners: [kmd]
"""


def add_status(edit: Edit, *reports: str) -> None:
    body = "".join(f"      - {r}\n" for r in reports)
    edit("commitments.yaml", STATUS_4_5, STATUS_4_5 + "    status:\n" + body)


def test_no_changes(run: Run, repo: Path) -> None:
    out = lines(diff(run, repo))
    assert out[0].startswith("No changes to the data since HEAD (")


def test_status_moved(run: Run, repo: Path, edit: Edit) -> None:
    add_status(edit, "{date: 2014-03-17, level: limited, meeting: mote-1}")
    git(repo, "commit", "-qam", "limited")
    edit(
        "commitments.yaml",
        "level: limited, meeting: mote-1}",
        "level: limited, meeting: mote-1}\n"
        "      - {date: 2014-06-13, level: substantial, meeting: mote-2}",
    )
    assert "4.5: limited → substantial, 13.06.2014" in lines(diff(run, repo))


def test_first_status_and_an_earlier_one(run: Run, repo: Path, edit: Edit) -> None:
    add_status(
        edit,
        "{date: 2014-03-17, level: limited, meeting: mote-1}",
        "{date: 2014-06-13, level: complete, meeting: mote-2}",
    )
    out = lines(diff(run, repo))
    assert "4.5: not reported → complete, 13.06.2014" in out
    assert "4.5: status report of 17.03.2014 added: limited" in out


def test_status_report_changed_and_removed(run: Run, repo: Path, edit: Edit) -> None:
    add_status(
        edit,
        "{date: 2014-03-17, level: limited, meeting: mote-1, note: Started}",
        "{date: 2014-06-13, level: limited, meeting: mote-2}",
    )
    git(repo, "commit", "-qam", "two reports")
    edit("commitments.yaml", "note: Started}", "note: Started late}")
    assert lines(diff(run, repo))[-1] == "4.5: status report of 17.03.2014 changed: note"
    edit("commitments.yaml", "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n", "")
    out = lines(diff(run, repo))
    assert "4.5: still limited, 17.03.2014" in out
    assert "4.5: status report of 13.06.2014 removed (limited)" in out


def test_commitment_added_and_removed(run: Run, repo: Path, edit: Edit) -> None:
    edit(
        "commitments.yaml",
        "  - id: kommunereformen\n",
        '  - id: "4.26"\n    title_en: Open budgets\n    owners: [fin]\n\n'
        "  - id: kommunereformen\n",
    )
    edit(
        "commitments.yaml",
        """  - id: "4.24"
    irm_no: 24
    owners: [fin]
""",
        "",
    )
    out = lines(diff(run, repo))
    assert "4.26: added: owners FIN, 'Open budgets'" in out
    assert "4.24: removed: owners FIN" in out


def test_owners_roles_collaborators_reporter(run: Run, repo: Path, edit: Edit) -> None:
    edit("commitments.yaml", "owners: [kmd, jd, kud]", "owners: [kmd, jd]")
    edit("commitments.yaml", "{agency: oed, role: implementing}", "{agency: oed, role: lead}")
    edit("commitments.yaml", "collaborators: [difi]   #", "collaborators: [difi, spraakradet]   #")
    edit(
        "commitments.yaml",
        "owners: [fin, norges-bank]\n",
        "owners: [fin, norges-bank]\n    reporter: norges-bank\n",
    )
    out = lines(diff(run, repo))
    assert "4.1: owners KMD/JD/KUD → KMD/JD" in out
    assert "4.22: roles UD (lead)/OED (implementing) → UD (lead)/OED (lead)" in out
    assert "4.22: reporter UD → to be agreed" in out  # two leads: no one reports by default
    assert "4.10: collaborators Difi → Difi and Språkrådet" in out
    assert "4.23: reporter to be agreed → Norges Bank" in out


def test_meeting_moved_retimed_and_venue(run: Run, repo: Path, edit: Edit) -> None:
    edit("meetings.yaml", "date: 2014-06-13", "date: 2014-06-20")
    text = (repo / "data" / "meetings.yaml").read_text(encoding="utf-8")
    second = text.index("id: mote-2")
    text = text[:second] + text[second:].replace('end: "15:00"', 'end: "15:30"', 1).replace(
        "name: Auditoriet i R5", "name: Møterom 1", 1
    )
    (repo / "data" / "meetings.yaml").write_text(text, encoding="utf-8")
    out = lines(diff(run, repo))
    assert out[out.index("Meetings") + 1 :] == [
        "meeting no. 2: moved from 13.06.2014 to 20.06.2014",
        "meeting no. 2: time 12:30–15:00 → 12:30–15:30",
        "meeting no. 2: venue Auditoriet i R5, Akersgata 59 → Møterom 1, Akersgata 59",
        "meeting no. 2: registration deadline 03.06.2014 → 10.06.2014",
    ]


def test_meeting_invited_and_agenda(run: Run, repo: Path, edit: Edit) -> None:
    edit("meetings.yaml", "      - title: Eventuelt\n", "")
    edit("meetings.yaml", "title: Åpen diskusjon/spørsmål om OGP", "title: Åpen diskusjon om OGP")
    text = (repo / "data" / "meetings.yaml").read_text(encoding="utf-8")
    (repo / "data" / "meetings.yaml").write_text(
        text[: text.rindex(", riksarkivet]")] + "]\n", encoding="utf-8"
    )
    out = lines(diff(run, repo))
    assert (
        "meeting no. 1: agenda item 4 'Åpen diskusjon/spørsmål om OGP' → "
        "'Åpen diskusjon om OGP'" in out
    )
    assert "meeting no. 1: agenda item removed: 'Eventuelt'" in out
    assert "meeting no. 2: no longer invites Riksarkivet" in out


def test_agency_address_and_email(run: Run, repo: Path, edit: Edit) -> None:
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    edit("agencies.yaml", "email: post@sprakradet.no", "email: post@sprakradet.example")
    out = lines(diff(run, repo))
    assert "FIN: address Postboks 8008 Dep, 0030 OSLO → Postboks 8009 Dep, 0030 OSLO" in out
    assert "Språkrådet: e-mail 'post@sprakradet.no' → 'post@sprakradet.example'" in out


def test_agency_added(run: Run, repo: Path, edit: Edit) -> None:
    path = repo / "data" / "agencies.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n  - id: nsd\n    name: Norsk samfunnsvitenskapelig datatjeneste\n",
        encoding="utf-8",
    )
    assert "Norsk samfunnsvitenskapelig datatjeneste: added: id nsd" in lines(diff(run, repo))


def test_letter_changed(run: Run, repo: Path, edit: Edit) -> None:
    edit("letters.yaml", "our_ref: 14/797-", "our_ref: 14/797-2")
    edit(
        "letters.yaml",
        "Vi viser også til KMDs orienteringsside om OGP.",
        "Vi viser også til KMDs nettside om OGP.",
    )
    out = lines(diff(run, repo))
    assert "letter invitasjon-2014-02-28: our reference '14/797-' → '14/797-2'" in out
    assert any(
        ln.startswith("letter invitasjon-2014-02-28: paragraph of section 'Innledning': 1 ")
        for ln in out
    ), out


def test_markdown_for_a_pull_request(run: Run, repo: Path, edit: Edit) -> None:
    add_status(edit, "{date: 2014-06-13, level: substantial, meeting: mote-2}")
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    result = diff(run, repo, "--format", "markdown")
    assert result.exit_code == 0
    md = result.output
    assert md.startswith("### Data changes since `HEAD` (")
    assert "#### Commitments\n\n- **4.5**: not reported → substantial, 13.06.2014\n" in md
    assert "#### Agencies\n\n- **FIN**: address Postboks 8008 Dep" in md


def test_json(run: Run, repo: Path, edit: Edit) -> None:
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    report = json.loads(diff(run, repo, "--format", "json").output)
    assert report["rev"] == "HEAD"
    assert report["commit"] == git(repo, "rev-parse", "HEAD").strip()
    assert report["changes"] == [
        {
            "section": "agencies",
            "id": "fin",
            "subject": "FIN",
            "change": "changed",
            "field": "address",
            "text": "address Postboks 8008 Dep, 0030 OSLO → Postboks 8009 Dep, 0030 OSLO",
            "old": "Postboks 8008 Dep, 0030 OSLO",
            "new": "Postboks 8009 Dep, 0030 OSLO",
        }
    ]


def test_compares_with_an_older_revision(run: Run, repo: Path, edit: Edit) -> None:
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    git(repo, "commit", "-qam", "moved")
    assert lines(diff(run, repo))[0].startswith("No changes")
    assert "FIN: address Postboks 8008 Dep, 0030 OSLO → Postboks 8009 Dep, 0030 OSLO" in lines(
        diff(run, repo, "HEAD~1")
    )


def test_data_folder_new_since_rev(run: Run, tmp_path: Path, data_dir: Path) -> None:
    root = data_dir.parent
    git(root, "init", "-q")
    (root / "README").write_text("x", encoding="utf-8")
    git(root, "add", "README")
    git(root, "commit", "-q", "-m", "before the data")
    out = lines(diff(run, root))
    assert "4.1: added: owners KMD/JD/KUD, 'Public review and public consultation'" in out


def test_never_changes_the_repository(run: Run, repo: Path, edit: Edit) -> None:
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    before = (
        git(repo, "status", "--porcelain"),
        git(repo, "rev-parse", "HEAD"),
        (repo / ".git" / "index").read_bytes(),
    )
    diff(run, repo, "HEAD")
    after = (
        git(repo, "status", "--porcelain"),
        git(repo, "rev-parse", "HEAD"),
        (repo / ".git" / "index").read_bytes(),
    )
    assert before == after


def test_unknown_revision(run: Run, repo: Path) -> None:
    result = diff(run, repo, "origin/main")
    assert result.exit_code == 1
    assert "error: 'origin/main' is not a revision in this repository" in result.output
    assert "fetch-depth: 0" in result.output


def test_option_like_revision_is_refused(run: Run, repo: Path) -> None:
    result = diff(run, repo, "--", "--output=x")
    assert result.exit_code == 1
    assert "is not a revision" in result.output
    assert not (repo / "data" / "x").exists()


def test_not_a_git_repository(run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(data_dir.parent.parent))
    result = run("--data", data_dir, "diff")
    assert result.exit_code == 1
    assert "is not in a git repository" in result.output


def test_data_folder_missing(run: Run, tmp_path: Path) -> None:
    result = run("--data", tmp_path / "nowhere", "diff")
    assert result.exit_code == 1
    assert "error: data folder" in result.output and "does not exist" in result.output


def test_git_missing(run: Run, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo / "nowhere"))
    result = diff(run, repo)
    assert result.exit_code == 1
    assert "error: git was not found" in result.output


def test_old_data_invalid(run: Run, repo: Path, edit: Edit) -> None:
    edit("commitments.yaml", "owners: [ks]", "owners: [kss]")
    git(repo, "commit", "-qam", "broken")
    edit("commitments.yaml", "owners: [kss]", "owners: [ks]")
    result = diff(run, repo)
    assert result.exit_code == 1
    assert "HEAD:data/commitments.yaml:" in result.output
    assert "unknown agency 'kss'" in result.output
    assert "error: the data at 'HEAD' has 1 error, so it cannot be compared with" in result.output


def test_new_data_invalid(run: Run, repo: Path, edit: Edit) -> None:
    edit("commitments.yaml", "owners: [ks]", "owners: [kss]")
    result = diff(run, repo)
    assert result.exit_code == 1
    assert "error: the data has 1 error" in result.output


def test_compare_empty_datasets() -> None:
    assert compare(Dataset(), Dataset()) == []


def test_plan_and_timeline(run: Run, repo: Path, edit: Edit) -> None:
    edit("commitments.yaml", "      date: 2014-05-08\n", "      date: 2014-05-07\n")
    edit(
        "commitments.yaml",
        "      approx: rundt årsskiftet 2015/2016\n",
        "      approx: rundt årsskiftet 2015/2016\n"
        "    - id: test-event\n      title: Et møte\n      date: 2014-09-01\n",
    )
    out = lines(diff(run, repo))
    assert out[out.index("Plan") + 1 : out.index("Plan") + 3] == [
        "event dublin-2014: date 08.05.2014–09.05.2014 → 07.05.2014–09.05.2014",
        "event test-event: added: 'Et møte', 01.09.2014",
    ]


def test_letter_removed(run: Run, repo: Path) -> None:
    (repo / "data" / "letters.yaml").unlink()  # letters.yaml is optional
    assert lines(diff(run, repo))[-1].startswith(
        "letter invitasjon-2014-02-28: removed: 'Open Government Partnership (OGP) - "
        "iverksetting av handlingsplan nr. 2 - invitasjon til møter' (14/797-) of 28.02.2014"
    )


LETTER = "letter invitasjon-2014-02-28"
INVITATION = "'Invitasjon til to informasjons- og oppfølgingsmøter'"


def letter_changes(run: Run, repo: Path) -> list[str]:
    out = lines(diff(run, repo))
    return out[out.index("Letters") + 1 :] if "Letters" in out else []


def two_sections_without_heading(repo: Path, edit: Edit) -> None:
    edit(
        "letters.yaml",
        "    sections:\n",
        "    sections:\n"
        "      - paragraphs: [Første avsnitt.]\n"
        "      - paragraphs: [Andre avsnitt.]\n",
    )
    git(repo, "commit", "-qam", "two sections without heading")


def test_untouched_sections_without_heading_are_no_change(run: Run, repo: Path, edit: Edit) -> None:
    two_sections_without_heading(repo, edit)
    assert lines(diff(run, repo))[0].startswith("No changes")


def test_a_section_without_heading_edited_is_that_section_edited(
    run: Run, repo: Path, edit: Edit
) -> None:
    two_sections_without_heading(repo, edit)
    edit("letters.yaml", "[Første avsnitt.]", "['Første avsnitt, endret.']")
    assert letter_changes(run, repo) == [
        f"{LETTER}: paragraph of section 1 (without heading): 1 'Første avsnitt.' → "
        "'Første avsnitt, endret.'",
    ]


def test_a_section_without_heading_added_before_the_others(
    run: Run, repo: Path, edit: Edit
) -> None:
    two_sections_without_heading(repo, edit)
    edit("letters.yaml", "    sections:\n", "    sections:\n      - paragraphs: [Nytt.]\n")
    assert letter_changes(run, repo) == [
        f"{LETTER}: section 1 added: without heading, 'Nytt.'",
    ]


def test_section_heading_level_and_removal(run: Run, repo: Path, edit: Edit) -> None:
    edit("letters.yaml", "heading: Innledning", "heading: Bakgrunn")
    edit(
        "letters.yaml",
        "      - heading: Invitasjon til to informasjons- og oppfølgingsmøter\n",
        "      - heading: Invitasjon til to informasjons- og oppfølgingsmøter\n        level: 3\n",
    )
    edit(
        "letters.yaml",
        """          - >-
            Den andre norske handlingsplanen er to-årig,""",
        """          - >-
            Den nye handlingsplanen er to-årig,""",
    )
    heading, paragraph, level = letter_changes(run, repo)
    assert heading == f"{LETTER}: section 1 heading 'Innledning' → 'Bakgrunn'"
    assert paragraph.startswith(
        f"{LETTER}: paragraph of section 'Den andre norske "
        "handlingsplanen': 3 'Den andre norske handlingsplanen er"
    )
    assert "→ 'Den nye handlingsplanen er to-årig" in paragraph
    assert level == f"{LETTER}: section {INVITATION} level 2 → 3"


def test_a_section_removed(run: Run, repo: Path, edit: Edit) -> None:
    text = (repo / "data" / "letters.yaml").read_text(encoding="utf-8")
    start = text.index("      - heading: Den andre norske handlingsplanen")
    end = text.index("      - heading: Invitasjon")
    (repo / "data" / "letters.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    assert letter_changes(run, repo) == [
        f"{LETTER}: section removed: 'Den andre norske handlingsplanen'",
    ]


def test_minutes_of_an_item_with_a_status_round(run: Run, repo: Path, edit: Edit) -> None:
    edit(
        "meetings.yaml",
        "status_round: {min_minutes: 2, max_minutes: 3}",
        "status_round: {min_minutes: 2, max_minutes: 3}\n        minutes: 45",
    )
    assert (
        "meeting no. 1: agenda item 3 'Muntlig orientering om status for de enkelte "
        "forpliktelsene i handlingsplanen (2–3 min per agency)' → 'Muntlig orientering om "
        "status for de enkelte forpliktelsene i handlingsplanen (2–3 min per agency, "
        "45 min in all)'"
    ) in lines(diff(run, repo))


def test_registration_rule_without_a_new_deadline(run: Run, repo: Path) -> None:
    path = repo / "data" / "meetings.yaml"
    text = path.read_text(encoding="utf-8")
    second = text.index("id: mote-2")
    path.write_text(
        text[:second] + text[second:].replace("days_before: 10", "deadline: 2014-06-03"),
        encoding="utf-8",
    )
    out = lines(diff(run, repo))
    assert out[out.index("Meetings") + 1 :] == [
        "meeting no. 2: registration days before 10 → none",  # the date stays 03.06.2014
    ]


def test_people_as_the_letter_names_them(run: Run, repo: Path, edit: Edit) -> None:
    edit(
        "letters.yaml",
        "{name: Terje Dyrstad, title: avdelingsdirektør}",
        "{name: Terje Dyrstad, title: seniorrådgiver, agency: kmd, phone: 22 24 00 00}",
    )
    assert letter_changes(run, repo) == [
        f"{LETTER}: signatories added: seniorrådgiver Terje Dyrstad (KMD), telephone 22 24 00 00",
        f"{LETTER}: signatories removed: avdelingsdirektør Terje Dyrstad",
    ]


def test_the_words_of_a_dated_event(run: Run, repo: Path, edit: Edit) -> None:
    edit(
        "commitments.yaml",
        "      date: 2014-05-08\n",
        "      date: 2014-05-08\n      approx: tidlig i mai\n",
    )
    assert (
        "event dublin-2014: date 08.05.2014–09.05.2014 → 08.05.2014–09.05.2014 "
        "(tidlig i mai)" in lines(diff(run, repo))
    )
