"""ogp diff: each kind of change in words, the formats, and the errors around git."""

from __future__ import annotations

import json
import os
import re
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
    assert "4.5: limited → substantial, 13 Jun 2014 (meeting no. 2)" in lines(diff(run, repo))


def test_first_status_and_an_earlier_one(run: Run, repo: Path, edit: Edit) -> None:
    add_status(
        edit,
        "{date: 2014-03-17, level: limited, meeting: mote-1}",
        "{date: 2014-06-13, level: complete, meeting: mote-2}",
    )
    out = lines(diff(run, repo))
    assert "4.5: not reported → complete, 13 Jun 2014 (meeting no. 2)" in out
    assert "4.5: status report of 17 Mar 2014 added: limited (meeting no. 1)" in out


def test_status_report_changed_and_removed(run: Run, repo: Path, edit: Edit) -> None:
    add_status(
        edit,
        "{date: 2014-03-17, level: limited, meeting: mote-1, note: Started}",
        "{date: 2014-06-13, level: limited, meeting: mote-2}",
    )
    git(repo, "commit", "-qam", "two reports")
    edit("commitments.yaml", "note: Started}", "note: Started late}")
    assert lines(diff(run, repo))[-1] == (
        "4.5: status report of 17 Mar 2014 changed: note 'Started' → 'Started late'"
    )
    edit("commitments.yaml", "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n", "")
    out = lines(diff(run, repo))
    assert "4.5: still limited, 17 Mar 2014 (meeting no. 1): 'Started late'" in out
    assert "4.5: status report of 13 Jun 2014 removed (limited)" in out


def test_commitment_added_and_removed(run: Run, repo: Path, edit: Edit) -> None:
    edit(
        "commitments.yaml",
        "  - id: kommunereformen\n",
        '  - id: "4.26"\n    title_en: Open budgets\n    owners: [fin]\n\n'
        "  - id: kommunereformen\n",
    )
    edit(
        "commitments.yaml",
        """  - id: "4.19"
    irm_no: 19
    owners: [kmd]
""",
        "",
    )
    out = lines(diff(run, repo))
    assert "4.26: added: owners FIN, 'Open budgets'" in out
    assert "4.19: removed: owners KMD" in out


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
        "meeting no. 2: moved from 13 Jun 2014 to 20 Jun 2014",
        "meeting no. 2: time 12:30–15:00 → 12:30–15:30",
        "meeting no. 2: venue Auditoriet i R5, Akersgata 59 → Møterom 1, Akersgata 59",
        "meeting no. 2: registration deadline 3 Jun 2014 → 10 Jun 2014",
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
        "meeting no. 1: agenda item 4: 'Åpen diskusjon/spørsmål om OGP' → "
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
        ln.startswith("letter invitasjon-2014-02-28: paragraph 1 of section 'Innledning': '…")
        for ln in out
    ), out


def test_markdown_for_a_pull_request(run: Run, repo: Path, edit: Edit) -> None:
    add_status(edit, "{date: 2014-06-13, level: substantial, meeting: mote-2}")
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    result = diff(run, repo, "--format", "markdown")
    assert result.exit_code == 0
    md = result.output
    assert md.startswith("### Data changes since `HEAD` (")
    assert (
        "#### Commitments\n\n- **4.5**: not reported → substantial, 13 Jun 2014 (meeting no. 2)\n"
        in md
    )
    assert "#### Agencies\n\n- **FIN**: address Postboks 8008 Dep" in md
    # a revision named by its hash is not named twice ('`c485aa0` (c485aa0)')
    short = git(repo, "rev-parse", "--short=7", "HEAD").strip()
    md = diff(run, repo, "--format", "markdown", short).output
    assert md.startswith(f"### Data changes since `{short}`\n"), md


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


@pytest.mark.parametrize("written", ["not-reported", "ikke rapportert"])
def test_old_data_with_a_value_ogp_no_longer_takes(
    run: Run, repo: Path, edit: Edit, written: str
) -> None:
    """An earlier ogp took a report's level 'not-reported', which this one refuses: the pull
    request that mends it is compared with the data before it, read as it was written."""
    add_status(edit, "{date: 2014-03-17, level: " + written + ", meeting: mote-1}")
    git(repo, "commit", "-qam", "a level this ogp refuses")
    assert run("--data", repo / "data", "validate").exit_code == 1  # refused in the data now
    edit("commitments.yaml", "level: " + written, "level: limited")
    result = diff(run, repo)
    out = lines(result)
    assert "4.5: not reported → limited, 17 Mar 2014 (meeting no. 1)" in out
    # the warning names the old revision's place; it is not in the report itself
    (warning,) = [ln for ln in result.stderr.splitlines() if ": warning: " in ln]
    assert warning.startswith("HEAD:data/commitments.yaml:")
    assert f"warning: '{written}' can no longer be given as a completion level" in warning
    assert warning.endswith("[choice]")
    assert "warning" not in result.stdout
    # the old report was there, with its level, not a report added to none
    doc = json.loads(diff(run, repo, "--format", "json").stdout)
    (change,) = doc["changes"]
    assert change["old"]["level"] == "not-reported" and change["new"]["level"] == "limited"
    assert [w["line"] for w in doc["warnings"]] == [int(warning.split(":")[2])]


def test_old_data_invalid_for_another_reason_still_refused(
    run: Run, repo: Path, edit: Edit
) -> None:
    add_status(edit, "{date: 2014-03-17, level: not-reported, meeting: mote-1}")
    edit("commitments.yaml", "owners: [ks]", "owners: [kss]")
    git(repo, "commit", "-qam", "broken")
    edit("commitments.yaml", "owners: [kss]", "owners: [ks]")
    edit("commitments.yaml", "level: not-reported", "level: limited")
    result = diff(run, repo)
    assert result.exit_code == 1
    assert "error: the data at 'HEAD' has 1 error, so it cannot be compared with" in result.output
    assert "unknown agency 'kss'" in result.output


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
        "event dublin-2014: date 8 May 2014–9 May 2014 → 7 May 2014–9 May 2014",
        "event test-event: added: 'Et møte', 1 Sept 2014",
    ]


def test_letter_removed(run: Run, repo: Path) -> None:
    (repo / "data" / "letters.yaml").unlink()  # letters.yaml is optional
    assert lines(diff(run, repo))[-1].startswith(
        "letter invitasjon-2014-02-28: removed: 'Open Government Partnership (OGP) - "
        "iverksetting av handlingsplan nr. 2 - invitasjon til møter' (14/797-) of 28 Feb 2014"
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
        f"{LETTER}: paragraph 1 of section 1 (without heading): 'Første avsnitt.' → "
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
        f"{LETTER}: paragraph 3 of section 'Den andre norske "
        "handlingsplanen': 'Den andre norske handlingsplanen er"
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
        "meeting no. 1: agenda item 3: '…i handlingsplanen (2–3 min per agency)' → "
        "'…i handlingsplanen (2–3 min per agency, 45 min in all)'"
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
        "meeting no. 2: registration days before 10 removed",  # the date stays 3 Jun 2014
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
        "event dublin-2014: date 8 May 2014–9 May 2014 → 8 May 2014–9 May 2014 "
        "(tidlig i mai)" in lines(diff(run, repo))
    )


# --- the changed words of a long text (first-use review, item 3) ---------------------------


def test_an_edit_at_the_end_of_a_long_paragraph_shows_the_changed_words(
    run: Run, repo: Path, edit: Edit
) -> None:
    edit(
        "letters.yaml",
        "statssekretær i KMD, Paul Chaffey.",
        "statssekretær i KMD, Paul Chaffey, eller en stedfortreder.",
    )
    assert letter_changes(run, repo) == [
        f"{LETTER}: paragraph 1 of section {INVITATION}: "
        "'…av statssekretær i KMD, Paul Chaffey.' → "
        "'…av statssekretær i KMD, Paul Chaffey, eller en stedfortreder.'"
    ]


def test_two_edits_far_apart_are_two_excerpts(run: Run, repo: Path, edit: Edit) -> None:
    edit("letters.yaml", "KMD inviterer både", "KMD inviterer nå både")
    edit("letters.yaml", "statssekretær i KMD, Paul Chaffey.", "statssekretær Paul Chaffey.")
    (change,) = letter_changes(run, repo)
    assert change == (
        f"{LETTER}: paragraph 1 of section {INVITATION}: "
        "'KMD inviterer både de ansvarlige instansene og…' → "
        "'KMD inviterer nå både de ansvarlige instansene og…'; "
        "'…vil bli ledet av statssekretær i KMD, Paul Chaffey.' → "
        "'…vil bli ledet av statssekretær Paul Chaffey.'"
    )


def test_json_keeps_the_whole_texts(run: Run, repo: Path, edit: Edit) -> None:
    edit("letters.yaml", "statssekretær i KMD, Paul Chaffey.", "statssekretær Paul Chaffey.")
    (change,) = json.loads(diff(run, repo, "--format", "json").output)["changes"]
    assert change["old"].startswith("KMD inviterer både") and change["old"].endswith("Chaffey.")
    assert change["new"].endswith("ledet av statssekretær Paul Chaffey.")


def test_a_change_of_spacing_only_says_so(run: Run, repo: Path, edit: Edit) -> None:
    edit(
        "agencies.yaml",
        "name: Justis- og beredskapsdepartementet",
        "name: Justis-  og beredskapsdepartementet",
    )
    assert "JD: name only the spacing changed" in lines(diff(run, repo))


# --- status notes -------------------------------------------------------------------------


def test_a_new_status_says_what_was_reported_and_where(run: Run, repo: Path, edit: Edit) -> None:
    add_status(
        edit,
        "{date: 2014-03-17, level: limited, source: e-post fra KMD, note: Arbeidet er i gang}",
        "{date: 2014-06-13, level: substantial, meeting: mote-2, note: Veilederen er ute}",
    )
    out = lines(diff(run, repo))
    assert (
        "4.5: not reported → substantial, 13 Jun 2014 (meeting no. 2): 'Veilederen er ute'" in out
    )
    assert (
        "4.5: status report of 17 Mar 2014 added: limited ('e-post fra KMD'): "
        "'Arbeidet er i gang'" in out
    )


def test_an_added_report_says_its_evidence_challenges_and_next_steps(
    run: Run, repo: Path, edit: Edit
) -> None:
    """What intake and record would write is checked before it is: the links above all."""
    add_status(
        edit,
        "{date: 2014-03-17, level: limited, source: brev, evidence: [{title: Veileder, "
        "url: 'https://example.org/v'}, {title: 'https://example.org/w', "
        "url: 'https://example.org/w'}], challenges: Tid, next_steps: Publisere}",
        "{date: 2014-06-13, level: substantial, meeting: mote-2, note: Ute, "
        "evidence: [{title: Rapport, url: 'https://example.org/r'}]}",
    )
    assert [ln for ln in lines(diff(run, repo)) if ln.startswith("4.5:")] == [
        "4.5: not reported → substantial, 13 Jun 2014 (meeting no. 2): 'Ute'; "
        "evidence 'Rapport' <https://example.org/r>",
        "4.5: status report of 17 Mar 2014 added: limited ('brev'); evidence 'Veileder' "
        "<https://example.org/v>, <https://example.org/w>; challenges 'Tid'; "
        "next steps 'Publisere'",
    ]


def test_a_changed_note_meeting_and_source(run: Run, repo: Path, edit: Edit) -> None:
    add_status(edit, "{date: 2014-03-17, level: limited, source: brev, note: I gang}")
    git(repo, "commit", "-qam", "a report")
    edit(
        "commitments.yaml",
        "source: brev, note: I gang}",
        "meeting: mote-1, note: 'I gang, men forsinket'}",
    )
    assert lines(diff(run, repo))[-1] == (
        "4.5: status report of 17 Mar 2014 changed: note 'I gang' → 'I gang, men forsinket'; "
        "meeting set to meeting no. 1; source 'brev' removed"
    )


def test_every_field_of_a_status_report_has_a_word() -> None:
    import dataclasses

    from ogp.data.model import StatusReport
    from ogp.text.wording import WORDS

    fields = {f.name for f in dataclasses.fields(StatusReport)} - {"date", "where"}
    for lang in ("nb", "en"):
        assert {f for f in fields if f"diff_label_{f}" not in WORDS[lang]} == set(), lang


# --- in Norwegian -------------------------------------------------------------------------


def test_in_norwegian(run: Run, repo: Path, edit: Edit) -> None:
    add_status(edit, "{date: 2014-03-17, level: substantial, meeting: mote-1, note: Godt i gang}")
    edit("meetings.yaml", "date: 2014-06-13", "date: 2014-06-20")
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    edit("letters.yaml", "statssekretær i KMD, Paul Chaffey.", "statssekretær Paul Chaffey.")
    out = lines(diff(run, repo, "--lang", "nb"))
    assert out[0].startswith("Endringer i dataene siden HEAD (")
    assert out[0].endswith("): 5 endringer")
    assert out[2:] == [
        "Forpliktelser",
        "4.5: ikke rapportert → betydelig, 17.03.2014 (møte nr. 1): 'Godt i gang'",
        "",
        "Møter",
        "møte nr. 2: flyttet fra 13.06.2014 til 20.06.2014",
        "møte nr. 2: påmeldingsfrist 03.06.2014 → 10.06.2014",
        "",
        "Instanser",
        "FIN: adresse Postboks 8008 Dep, 0030 OSLO → Postboks 8009 Dep, 0030 OSLO",
        "",
        "Brev",
        "brev invitasjon-2014-02-28: avsnitt 1 i del 'Invitasjon til to informasjons- og "
        "oppfølgingsmøter': '…vil bli ledet av statssekretær i KMD, Paul Chaffey.' → "
        "'…vil bli ledet av statssekretær Paul Chaffey.'",
    ]


def test_in_norwegian_as_markdown_and_without_changes(run: Run, repo: Path) -> None:
    assert lines(diff(run, repo, "--lang", "nb"))[0].startswith(
        "Ingen endringer i dataene siden HEAD ("
    )
    md = diff(run, repo, "--lang", "nb", "--format", "markdown").output
    assert md.startswith("### Endringer i dataene\n\nIngen endringer i dataene siden `HEAD` (")


def test_no_words_are_written_in_the_diff_module() -> None:
    """Every word of ogp diff comes from ogp.text.wording: the module has no text literals
    beyond keys, field names and punctuation (docstrings aside)."""
    import ast
    import re

    import ogp.documents.diff as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    words = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and not re.fullmatch(r"[a-z_]*", node.value)  # keys and field names
        and re.search(r"[^\W\d_]{2}", re.sub(r"\{[^}]*\}", "", node.value))  # a word
    ]
    # the error about the old data is the command's, not the document's, words
    allowed = {
        "HEAD",  # the revision compared with by default
        "the data at '",
        "' has ",
        " error",
        ", so it cannot be compared with",
        "compare with a revision where the data was valid",
    }
    assert [w for w in words if w not in allowed] == []


def test_evidence_and_the_other_fields_of_a_report(run: Run, repo: Path, edit: Edit) -> None:
    add_status(
        edit,
        "{date: 2014-03-17, level: limited, source: brev, "
        "evidence: [{title: Veileder, url: 'https://example.org/v'}]}",
    )
    git(repo, "commit", "-qam", "a report with evidence")
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    assert not any(ln.startswith("4.5:") for ln in lines(diff(run, repo)))  # unchanged
    edit(
        "commitments.yaml",
        "url: 'https://example.org/v'}]}",
        "url: 'https://example.org/w'}], challenges: Lite ressurser, reported_by: kmd}",
    )
    assert [ln for ln in lines(diff(run, repo)) if ln.startswith("4.5:")] == [
        "4.5: status report of 17 Mar 2014 changed: "
        "evidence 'Veileder' <https://example.org/v> → 'Veileder' <https://example.org/w>; "
        "challenges set to 'Lite ressurser'; reported by set to KMD"
    ]


def test_milestones_contact_and_irm_findings(run: Run, repo: Path, edit: Edit) -> None:
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    milestones:\n"
        "      - {id: m1, text: Veileder, due: 2014-06-30}\n"
        "      - {id: m2, text: Lisens}\n",
    )
    git(repo, "commit", "-qam", "milestones")
    edit(
        "commitments.yaml",
        "{id: m1, text: Veileder, due: 2014-06-30}",
        "{id: m1, text: Veileder for viderebruk, due: 2014-09-30}",
    )
    edit("commitments.yaml", "      - {id: m2, text: Lisens}\n", "      - {id: m3, text: Portal}\n")
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    contact: {name: Kari Nordmann, agency: kmd, email: kn@kmd.dep.no}\n",
    )
    edit(
        "commitments.yaml",
        'ambition: {value: Low, url: "https://www.opengovpartnership.org/members/norway/'
        'commitments/NO0040/"}',
        'ambition: {value: Moderate, url: "https://www.opengovpartnership.org/members/norway/'
        'commitments/NO0040/"}',
    )
    url = "<https://www.opengovpartnership.org/members/norway/commitments/NO0040/>"
    assert [ln for ln in lines(diff(run, repo)) if ln.startswith("4.5:")] == [
        "4.5: contact set to Kari Nordmann (KMD), kn@kmd.dep.no",
        "4.5: milestone m1: 'Veileder' → 'Veileder for viderebruk'",
        "4.5: milestone m1: due 30 Jun 2014 → 30 Sept 2014",
        "4.5: milestone added: m3 'Portal'",
        "4.5: milestone removed: m2 'Lisens'",
        f"4.5: IRM ambition 'Low' {url} → 'Moderate' {url}",
    ]


# --- every kind of change at once, as golden files ----------------------------------------


def many_changes(repo: Path, edit: Edit) -> None:
    """A commit with status reports, milestones and sections without heading, then changes
    to every kind of record in every way the diff words: the golden files pin each word."""
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    status:\n"
        "      - {date: 2014-03-17, level: limited, source: brev, note: I gang, "
        "evidence: [{title: Veileder, url: 'https://example.org/v'}]}\n"
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n"
        "    milestones:\n"
        "      - {id: m1, text: Veileder, due: 2014-06-30}\n"
        "      - {id: m2, text: Lisens}\n",
    )
    two_sections_without_heading(repo, edit)
    # the plan and its timeline
    edit("commitments.yaml", "      date: 2014-05-08\n", "      date: 2014-05-07\n")
    edit(
        "commitments.yaml",
        "      approx: rundt årsskiftet 2015/2016\n",
        "      approx: rundt årsskiftet 2015/2016\n"
        "    - id: test-event\n      title: Et møte\n      date: 2014-09-01\n",
    )
    # commitments: status, milestones, contact, IRM, owners, added and removed
    edit(
        "commitments.yaml",
        "source: brev, note: I gang, evidence: [{title: Veileder, url: 'https://example.org/v'}]}",
        "meeting: mote-1, note: 'I gang, men forsinket', "
        "evidence: [{title: Veileder, url: 'https://example.org/w'}], challenges: Lite ressurser, "
        "reported_by: kmd}",
    )
    edit(
        "commitments.yaml",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
        "      - {date: 2014-09-01, level: substantial, source: e-post, note: Veilederen er ute, "
        "evidence: [{title: Veileder, url: 'https://example.org/w'}], "
        "next_steps: Oversette veilederen}\n",
    )
    edit(
        "commitments.yaml",
        "{id: m1, text: Veileder, due: 2014-06-30}",
        "{id: m1, text: Veileder for viderebruk, due: 2014-09-30}",
    )
    edit("commitments.yaml", "      - {id: m2, text: Lisens}\n", "      - {id: m3, text: Portal}\n")
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    contact: {name: Kari Nordmann, agency: kmd, email: kn@kmd.dep.no}\n",
    )
    edit(
        "commitments.yaml",
        'ambition: {value: Low, url: "https://www.opengovpartnership.org/members/norway/'
        'commitments/NO0040/"}',
        'ambition: {value: Moderate, url: "https://www.opengovpartnership.org/members/norway/'
        'commitments/NO0040/"}',
    )
    edit("commitments.yaml", "owners: [kmd, jd, kud]", "owners: [kmd, jd]")
    edit("commitments.yaml", "{agency: oed, role: implementing}", "{agency: oed, role: lead}")
    edit("commitments.yaml", "collaborators: [difi]   #", "collaborators: [difi, spraakradet]   #")
    edit(
        "commitments.yaml",
        "owners: [fin, norges-bank]\n",
        "owners: [fin, norges-bank]\n    reporter: norges-bank\n",
    )
    edit(
        "commitments.yaml",
        "  - id: kommunereformen\n",
        '  - id: "4.26"\n    title_en: Open budgets\n    owners: [fin]\n\n'
        "  - id: kommunereformen\n",
    )
    edit("commitments.yaml", '  - id: "4.19"\n    irm_no: 19\n    owners: [kmd]\n', "")
    # meetings: moved, retimed, venue, agenda, invited, registration
    path = repo / "data" / "meetings.yaml"
    text = path.read_text(encoding="utf-8")
    second = text.index("id: mote-2")
    path.write_text(
        text[:second]
        + text[second:]
        .replace("date: 2014-06-13", "date: 2014-06-20", 1)
        .replace('end: "15:00"', 'end: "15:30"', 1)
        .replace("name: Auditoriet i R5", "name: Møterom 1", 1)
        .replace(", riksarkivet]", "]", 1),
        encoding="utf-8",
    )
    edit("meetings.yaml", "      - title: Eventuelt\n", "")
    edit("meetings.yaml", "title: Åpen diskusjon/spørsmål om OGP", "title: Åpen diskusjon om OGP")
    edit(
        "meetings.yaml",
        "status_round: {min_minutes: 2, max_minutes: 3}",
        "status_round: {min_minutes: 2, max_minutes: 3}\n        minutes: 45",
    )
    # agencies: address, e-mail, spacing only, added
    edit("agencies.yaml", "lines: [Postboks 8008 Dep]", "lines: [Postboks 8009 Dep]")
    edit("agencies.yaml", "email: post@sprakradet.no", "email: post@sprakradet.example")
    edit(
        "agencies.yaml",
        "name: Justis- og beredskapsdepartementet",
        "name: Justis-  og beredskapsdepartementet",
    )
    path = repo / "data" / "agencies.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n  - id: nsd\n    name: Norsk samfunnsvitenskapelig datatjeneste\n",
        encoding="utf-8",
    )
    # the letter: reference, paragraphs, sections, signatories
    edit("letters.yaml", "our_ref: 14/797-", "our_ref: 14/797-2")
    edit("letters.yaml", "[Første avsnitt.]", "['Første avsnitt, endret.']")
    edit("letters.yaml", "    sections:\n", "    sections:\n      - paragraphs: [Nytt.]\n")
    edit("letters.yaml", "heading: Innledning", "heading: Bakgrunn")
    edit(
        "letters.yaml",
        "      - heading: Invitasjon til to informasjons- og oppfølgingsmøter\n",
        "      - heading: Invitasjon til to informasjons- og oppfølgingsmøter\n        level: 3\n",
    )
    edit("letters.yaml", "KMD inviterer både", "KMD inviterer nå både")
    edit("letters.yaml", "statssekretær i KMD, Paul Chaffey.", "statssekretær Paul Chaffey.")
    edit(
        "letters.yaml",
        "{name: Terje Dyrstad, title: avdelingsdirektør}",
        "{name: Terje Dyrstad, title: seniorrådgiver, agency: kmd, phone: 22 24 00 00}",
    )


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("fmt", ["txt", "md", "json"])
def test_every_kind_of_change(
    run: Run, repo: Path, edit: Edit, golden: Callable[[str, str], None], fmt: str, lang: str
) -> None:
    many_changes(repo, edit)
    result = diff(run, repo, "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    commit = git(repo, "rev-parse", "HEAD").strip()
    golden(
        f"diff/changes.{lang}.{fmt}",
        result.output.replace(commit, "C" * 40).replace(commit[:7], "C" * 7),
    )


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_json_gives_programs_iso_dates_ids_and_null(
    run: Run, repo: Path, edit: Edit, lang: str
) -> None:
    """The words say '13 Jun 2014' or '13.06.2014' and 'none'; the JSON's values do not."""
    many_changes(repo, edit)
    changes = json.loads(diff(run, repo, "--format", "json", "--lang", lang).output)["changes"]
    values = [(c["old"], c["new"]) for c in changes if c["change"] == "changed"]
    assert ("2014-06-13", "2014-06-20") in values  # a meeting's date
    assert ("ud", None) in values  # a reporter removed: its id, then nothing
    day = re.compile(r"\d\d?(\. ?| )(\w+|\d\d)\.? \d{4}|\d\d\.\d\d\.\d{4}")
    said = [v for pair in values for v in pair if isinstance(v, str)]
    assert not [v for v in said if day.search(v) and "<" not in v], "a date in words"
    assert not {"none", "ingen"} & set(said)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_everything_added_and_removed(
    data_dir: Path, golden: Callable[[str, str], None], lang: str
) -> None:
    from ogp.data import dataset

    data = dataset.load(data_dir)
    added = [f"{c.section} {c.change} {c}" for c in compare(Dataset(), data, lang)]
    removed = [f"{c.section} {c.change} {c}" for c in compare(data, Dataset(), lang)]
    golden(f"diff/added-removed.{lang}.txt", "\n".join([*added, "", *removed]) + "\n")


# --- every field a document or the site shows is in the diff -----------------------------


def test_an_agencys_footer_fields_and_a_meetings_series(run: Run, repo: Path, edit: Edit) -> None:
    edit("agencies.yaml", "phone: 22 24 90 90", "phone: 22 24 90 91")
    edit("agencies.yaml", "visiting_address: Akersgata 59", "visiting_address: Akersgata 60")
    edit("agencies.yaml", 'org_no: "972 417 858"', 'org_no: "974 760 673"')
    edit(
        "meetings.yaml",
        "number: 2\n    series: informasjons- og oppfølgingsmøte",
        "number: 2\n    series: oppfølgingsmøte",
    )
    edit("commitments.yaml", '[kmd, jd, kud]\n    owner_separator: "/"', "[kmd, jd, kud]")
    edit(
        "letters.yaml",
        "    approved_electronically: true",
        "    approved_electronically: true\n    case_officer: {name: Ola Nordmann}",
    )
    out = lines(diff(run, repo))
    assert "KMD: visiting address 'Akersgata 59' → 'Akersgata 60'" in out
    assert "KMD: telephone '22 24 90 90' → '22 24 90 91'" in out
    assert "KMD: organisation number '972 417 858' → '974 760 673'" in out
    assert "4.1: owners joined by '/' → 'og'" in out
    assert any(
        ln.endswith("series 'informasjons- og oppfølgingsmøte' → 'oppfølgingsmøte'") for ln in out
    ), out
    assert any(ln.endswith("case officer set to Ola Nordmann") for ln in out), out


def test_the_accessibility_statement_and_an_irm_findings_note(
    run: Run, repo: Path, edit: Edit
) -> None:
    edit(
        "commitments.yaml",
        "  contact_point: kmd\n",
        "  contact_point: kmd\n  accessibility:\n    email: uu@kmd.example\n"
        "    known_issues: [The chart has no pattern]\n",
    )
    git(repo, "commit", "-qam", "statement")
    edit("commitments.yaml", "email: uu@kmd.example", "email: tilgjengelighet@kmd.example")
    edit("commitments.yaml", "[The chart has no pattern]", "[Tables scroll on a phone]")
    note = 'OGP\'s "Early Results"; which IRM report it comes from is unclear'
    edit(
        "commitments.yaml",
        'NO0040/"\n        note: ' + note,
        'NO0040/"\n        note: the End-of-Term report',
    )
    out = lines(diff(run, repo))
    assert (
        "the plan: accessibility statement: e-mail 'uu@kmd.example' → 'tilgjengelighet@kmd.example'"
    ) in out
    assert (
        "the plan: accessibility statement: known issues added: 'Tables scroll on a phone'" in out
    )
    assert (
        "the plan: accessibility statement: known issues removed: 'The chart has no pattern'" in out
    )
    assert f"4.5: IRM did it open government, note '{note}' → 'the End-of-Term report'" in out


MINUTES = """    minutes:
      present: [{agency: kmd, count: 2}, {agency: jd, count: 1}]
      apologies: [kud]
      items:
        - {item: 1, notes: Chaffey opened the meeting, decisions: [Meet again in June]}
      actions:
        - {agency: jd, what: Send the status of 4.2, by: 2014-04-01, item: 1}
"""


def test_the_minutes_of_a_meeting(run: Run, repo: Path, edit: Edit) -> None:
    edit("meetings.yaml", "      - title: Eventuelt\n", "      - title: Eventuelt\n" + MINUTES)
    git(repo, "commit", "-qam", "minutes")
    edit("meetings.yaml", "{agency: jd, count: 1}", "{agency: jd, count: 3}")
    edit("meetings.yaml", "apologies: [kud]", "apologies: [kud, hod]")
    edit("meetings.yaml", "notes: Chaffey opened", "notes: Paul Chaffey opened")
    edit("meetings.yaml", "[Meet again in June]", "[Meet again on 13 June]")
    edit("meetings.yaml", "by: 2014-04-01", "by: 2014-05-01")
    edit("meetings.yaml", "      actions:\n", "      approved: 2014-04-10\n      actions:\n")
    out = [ln.split(": ", 1)[1] for ln in lines(diff(run, repo)) if ln.startswith("meeting no. 1:")]
    assert out == [
        "minutes: present added: JD (3)",
        "minutes: present removed: JD (1)",
        "minutes: apologies added: HOD",
        "minutes, item 1, notes 'Chaffey opened the meeting' → 'Paul Chaffey opened the meeting'",
        "minutes, item 1, decisions added: 'Meet again on 13 June'",
        "minutes, item 1, decisions removed: 'Meet again in June'",
        "minutes: actions added: JD: 'Send the status of 4.2' (by 1 May 2014, item 1)",
        "minutes: actions removed: JD: 'Send the status of 4.2' (by 1 Apr 2014, item 1)",
        "minutes approved set to 10 Apr 2014",
    ]
    # for programs, what came and went as lists (of texts; of ids, as an agency's)
    changes = json.loads(diff(run, repo, "--format", "json").output)["changes"]
    plain = {ch["text"]: (ch["old"], ch["new"]) for ch in changes}
    decided = "minutes, item 1, decisions added: 'Meet again on 13 June'"
    assert plain[decided] == (None, ["Meet again on 13 June"])
    assert plain["minutes: apologies added: HOD"] == (None, ["hod"])
    assert plain["minutes: present removed: JD (1)"] == (["JD (1)"], None)


def test_a_revision_named_by_its_hash_is_not_repeated(run: Run, repo: Path) -> None:
    full = git(repo, "rev-parse", "HEAD").strip()
    assert lines(diff(run, repo, full[:9]))[0] == f"No changes to the data since {full[:9]}."
    assert lines(diff(run, repo, "HEAD"))[0] == f"No changes to the data since HEAD ({full[:7]})."


def test_reports_of_one_day_on_a_commitment_and_its_milestone_are_two(
    run: Run, repo: Path, edit: Edit
) -> None:
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    milestones:\n      - {id: m1, text: Veileder}\n    status:\n"
        "      - {date: 2014-03-10, level: limited, source: skjema, note: row 6}\n"
        "      - {date: 2014-03-10, level: limited, source: skjema, note: row 7, milestone: m1}\n",
    )
    git(repo, "commit", "-qam", "two reports of one day")
    edit("commitments.yaml", "note: row 6}", "note: row six}")
    assert [ln for ln in lines(diff(run, repo)) if ln.startswith("4.5:")] == [
        "4.5: status report of 10 Mar 2014 changed: note 'row 6' → 'row six'"
    ]
    edit(
        "commitments.yaml",
        "      - {date: 2014-03-10, level: limited, source: skjema, note: row 7, milestone: m1}\n",
        "",
    )
    out = [ln for ln in lines(diff(run, repo)) if ln.startswith("4.5:")]
    assert "4.5: status report of 10 Mar 2014 (milestone m1) removed (limited)" in out, out


def test_one_of_two_equal_decisions_removed_is_a_removal(run: Run, repo: Path, edit: Edit) -> None:
    edit("meetings.yaml", "      - title: Eventuelt\n", "      - title: Eventuelt\n" + MINUTES)
    edit("meetings.yaml", "[Meet again in June]", "[Meet again in June, Meet again in June]")
    git(repo, "commit", "-qam", "minutes")
    edit("meetings.yaml", "[Meet again in June, Meet again in June]", "[Meet again in June]")
    out = [ln.split(": ", 1)[1] for ln in lines(diff(run, repo)) if ln.startswith("meeting no. 1:")]
    assert out == ["minutes, item 1, decisions removed: 'Meet again in June'"]


def test_a_milestones_report_is_the_milestones_not_the_commitments(
    run: Run, repo: Path, edit: Edit
) -> None:
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    milestones:\n      - {id: m1, text: Veileder}\n"
        "    status:\n      - {date: 2014-03-10, level: limited, source: skjema}\n",
    )
    git(repo, "commit", "-qam", "a report")
    edit(
        "commitments.yaml",
        "      - {date: 2014-03-10, level: limited, source: skjema}\n",
        "      - {date: 2014-03-10, level: limited, source: skjema}\n"
        "      - {date: 2014-06-13, level: complete, source: skjema, milestone: m1}\n",
    )
    out = [ln for ln in lines(diff(run, repo)) if ln.startswith("4.5:")]
    assert out == ["4.5: status report of 13 Jun 2014 (milestone m1) added: complete ('skjema')"]
    status = run("--data", repo / "data", "status", "--format", "json")
    row = next(r for r in json.loads(status.output)["commitments"] if r["id"] == "4.5")
    assert row["level"] == "limited"  # the milestone is complete, the commitment is not


def test_the_commitments_reports_removed_leave_its_milestones_changes_said(
    run: Run, repo: Path, edit: Edit
) -> None:
    edit(
        "commitments.yaml",
        STATUS_4_5,
        STATUS_4_5 + "    milestones:\n      - {id: m1, text: Veileder}\n    status:\n"
        "      - {date: 2014-06-13, level: limited, source: skjema}\n"
        "      - {date: 2014-06-20, level: complete, source: skjema, milestone: m1}\n",
    )
    git(repo, "commit", "-qam", "reports")
    edit("commitments.yaml", "      - {date: 2014-06-13, level: limited, source: skjema}\n", "")
    edit(
        "commitments.yaml",
        "source: skjema, milestone: m1}",
        "source: skjema, milestone: m1, note: endret}",
    )
    out = [ln for ln in lines(diff(run, repo)) if ln.startswith("4.5:")]
    assert out == [
        "4.5: limited → not reported (its reports on the commitment as a whole were removed)",
        "4.5: status report of 20 Jun 2014 (milestone m1) changed: note set to 'endret'",
    ], out


NO0040 = "https://www.opengovpartnership.org/members/norway/commitments/NO0040/"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "4.5: IRM did it open government did not change <{url}> → major <{url}>"),
        ("en", "4.5: IRM verifiable no <{url}> → yes <{url}>"),
        ("nb", "4.5: IRM: åpnet det forvaltningen ingen endring <{url}> → betydelig <{url}>"),
        ("nb", "4.5: IRM: etterprøvbar nei <{url}> → ja <{url}>"),
    ],
)
def test_an_irm_code_is_said_in_the_status_tables_words(
    run: Run, repo: Path, edit: Edit, lang: str, said: str
) -> None:
    """'did not change', not the data's 'did-not-change'; a text the data holds ('Low', as
    the IRM wrote it) stays in quotes (above)."""
    edit(
        "commitments.yaml",
        f'value: did-not-change\n        url: "{NO0040}"',
        f'value: major\n        url: "{NO0040}"',
    )
    edit(
        "commitments.yaml",
        f'verifiable: {{value: "no", url: "{NO0040}"}}',
        f'verifiable: {{value: "yes", url: "{NO0040}"}}',
    )
    out = [ln for ln in lines(diff(run, repo, "--lang", lang)) if ln.startswith("4.5:")]
    assert said.format(url=NO0040) in out, out
