"""The command-line contract: exit statuses, one-line errors, and the installed `ogp`."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import DATA, ROOT, installed_ogp

Run = Callable[..., Result]


def test_validate_passes_on_the_bundled_data(run: Run) -> None:
    result = run("--data", DATA, "validate")
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "4 files checked: 0 errors, 11 warnings"


def test_strict_fails_on_the_bundled_warnings(run: Run) -> None:
    assert run("--data", DATA, "validate", "--strict").exit_code == 1


def test_validate_json(run: Run, edit: Callable[[str, str, str], Path], data_dir: Path) -> None:
    edit("commitments.yaml", "owners: [ks]", "owners: [ksx]")
    result = run("--data", data_dir, "validate", "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report == {
        "version": 1,
        "ok": False,
        "strict": False,
        "counts": {"errors": 1, "warnings": 0},
        "files": [
            str(data_dir / f)
            for f in ("agencies.yaml", "commitments.yaml", "meetings.yaml", "letters.yaml")
        ],
        "problems": [
            {
                "file": str(data_dir / "commitments.yaml"),
                "line": 457,
                "column": 14,
                "severity": "error",
                "rule": "unknown-reference",
                "message": "unknown agency 'ksx' in owners of commitment 4.25",
                "hint": "did you mean 'ks'?",
                "path": 'commitments["4.25"].owners',
            }
        ],
    }


def test_validate_json_of_valid_data_and_strict(run: Run) -> None:
    """The bundled data has warnings only (addresses the seed does not give): ok, unless strict."""
    report = json.loads(run("--data", DATA, "validate", "--format", "json").output)
    warnings = report["counts"]["warnings"]
    assert report["ok"] is True and report["counts"] == {"errors": 0, "warnings": warnings}
    assert warnings == len(report["problems"]) > 0
    assert {p["severity"] for p in report["problems"]} == {"warning"}
    assert len(report["files"]) == 4
    strict = run("--data", DATA, "validate", "--strict", "--format", "json")
    assert strict.exit_code == 1
    assert json.loads(strict.output)["ok"] is False


def test_validate_github_annotations(
    run: Run, edit: Callable[[str, str, str], Path], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit("commitments.yaml", "owners: [ks]", "owners: [ksx]")
    monkeypatch.chdir(data_dir.parent)
    out = run("validate", "--format", "github").output.splitlines()
    assert out[0] == (
        "::error file=data/commitments.yaml,line=457,col=14,title=unknown-reference"
        "::unknown agency 'ksx' in owners of commitment 4.25; did you mean 'ks'?"
    )


def test_github_annotations_are_capped_at_ten(
    run: Run, edit: Callable[[str, str, str], Path], data_dir: Path
) -> None:
    path = data_dir / "commitments.yaml"
    text = path.read_text(encoding="utf-8")
    for owner in ("kmd", "difi", "ud"):  # 7 + 3 + 2 unknown owners
        text = text.replace(f"owners: [{owner}]", f"owners: [{owner}x]")
    path.write_text(text, encoding="utf-8")
    out = run("--data", data_dir, "validate", "--format", "github").output.splitlines()
    assert sum(line.startswith("::error ") for line in out) == 10
    assert "2 more problems not annotated (GitHub shows 10 annotations of a kind per step):" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--data", "/nonexistent/ogp-data", "status"],
            "error: data folder '/nonexistent/ogp-data' does not exist",
        ),
        (
            ["--data", "/nonexistent/ogp-data", "validate"],
            "error: data folder '/nonexistent/ogp-data' does not exist",
        ),
    ],
)
def test_one_line_errors(run: Run, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == message


def test_missing_required_file(run: Run, data_dir: Path) -> None:
    (data_dir / "agencies.yaml").unlink()
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    assert "agencies.yaml: error: agencies.yaml is missing from the data folder" in result.output


def test_unreadable_file(run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Path.read_bytes

    def denied(self: Path) -> bytes:  # what chmod 000 does (root would read it anyway)
        if self.name == "agencies.yaml":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    assert (
        f"{data_dir / 'agencies.yaml'}: error: the file cannot be read: permission denied "
        "[unreadable]"
    ) in result.output.splitlines()


def test_usage_errors_exit_2(run: Run) -> None:
    assert run("status", "--format", "docx").exit_code == 2
    assert run("no-such-command").exit_code == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("status", "-o", ""), "'-o' / '--output': is empty; give the name of a file ('-' is"),
        (("agenda", "mote-1", "-o", " "), "'-o' / '--output': is empty; give the name of a file"),
        (("site", "-o", ""), "'-o' / '--output': is empty; give the name of a folder"),
        (("--data", "", "status"), "'--data': is empty; give the name of a folder"),
        (("--templates", "", "status"), "'--templates': is empty; give the name of a folder"),
        (("intake", ""), "'FILES...': is empty; give the name of a file"),
    ],
)
def test_an_empty_path_is_a_usage_error_not_the_current_folder(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)  # '' had been taken as '.': nothing may be written here
    result = run("--data", DATA, *args)
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("option", "command", "said"),
    [
        ("--data", "status", "error: '{f}' is not a folder hint: pass the data folder with --data"),
        ("--data", "validate", "error: '{f}' is not a folder"),
        ("--templates", "status", "error: '{f}' is not a folder hint: pass the folder of your"),
        ("--private", "validate", "error: the private folder {f} is not a folder hint: give"),
        ("--private", "attendees", "error: the private folder {f} is not a folder"),
    ],
)
def test_a_file_for_a_folder_is_a_wrong_input_like_a_folder_not_there(
    run: Run, tmp_path: Path, option: str, command: str, said: str
) -> None:
    """A file where a folder belongs is said as a folder that is not there is (exit 1, with
    a hint), and a private 'folder' that is a file is not taken for one of no registrations."""
    a_file = tmp_path / "agencies.yaml"
    a_file.write_text("agencies: []\n", encoding="utf-8")
    args = [command, "1"] if command == "attendees" else [command]
    result = run("--data", DATA, option, a_file, *args)
    assert result.exit_code == 1, result.output
    assert said.format(f=a_file) in " ".join(result.output.split())
    assert sorted(tmp_path.iterdir()) == [a_file]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["intake", "{d}"], "{d}: error: the file cannot be read: it is a folder, not a file;"),
        (["register", "1", "--from", "{d}"], "error: {d} is a folder, not a file hint: give"),
    ],
)
def test_a_folder_for_a_file_is_a_wrong_input_like_a_file_not_there(
    run: Run, data_dir: Path, tmp_path: Path, args: list[str], said: str
) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    before = sorted(p.name for p in data_dir.parent.iterdir())
    result = run("--data", data_dir, *[a.format(d=folder) for a in args])
    assert result.exit_code == 1, result.output
    assert said.format(d=folder) in " ".join(result.output.split())
    assert sorted(p.name for p in data_dir.parent.iterdir()) == before  # no private/ made


@pytest.mark.parametrize("name", ["draft.pdf", "draft.html", "draft.md"])
def test_the_minutes_draft_is_never_written_as_another_format(
    run: Run, tmp_path: Path, name: str
) -> None:
    """--draft prints YAML: 'draft.pdf' had been a YAML text under a PDF's name."""
    result = run("--data", DATA, "minutes", "1", "--draft", "-o", tmp_path / name)
    assert result.exit_code == 2
    assert "--draft prints YAML, not the " in result.output
    assert not list(tmp_path.iterdir())
    assert run("--data", DATA, "minutes", "1", "--draft", "-o", tmp_path / "d.yaml").exit_code == 0


def test_a_data_folder_outside_the_working_folder_is_named_by_its_tidy_path(
    run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'/tmp/x/data/meetings.yaml', not '/tmp/x/sub/../data/meetings.yaml'."""
    (data_dir / "meetings.yaml").write_text("meetings: 5\n", encoding="utf-8")
    sub = data_dir.parent / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    result = run("--data", "../data", "validate")
    assert result.exit_code == 1
    assert result.output.startswith(f"{data_dir / 'meetings.yaml'}:1:11: error:"), result.output


def test_output_file_is_written(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "status.md"
    result = run("--data", DATA, "status", "--format", "markdown", "-o", target)
    assert result.exit_code == 0 and result.output == ""
    assert target.read_text(encoding="utf-8").startswith("# Statusoversikt")


def test_installed_command_end_to_end(tmp_path: Path) -> None:
    ogp = installed_ogp()
    env = {**os.environ, "NO_COLOR": "1"}
    status = subprocess.run(
        [ogp, "status"], cwd=ROOT, capture_output=True, text=True, env=env, check=False
    )
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines()[-1] == "26 forpliktelser: 26 ikke rapportert"
    broken = tmp_path / "data"
    shutil.copytree(DATA, broken)
    (broken / "meetings.yaml").write_text(
        "meetings:\n  - id: x\n    date: 2014-02-30\n", encoding="utf-8"
    )
    check = subprocess.run(
        [ogp, "--data", str(broken), "validate"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert check.returncode == 1
    assert "Traceback" not in check.stdout + check.stderr
    assert "meetings.yaml:3:11: error: '2014-02-30' is not a real date" in check.stdout


@pytest.mark.parametrize(
    ("args", "suffix", "starts"),
    [
        (["status"], ".html", "<!DOCTYPE html>"),
        (["status"], ".csv", '\ufeff"id","title","owners"'),
        (["status"], ".txt", "Forpliktelse"),
        (["agenda", "1"], ".html", "<!DOCTYPE html>"),
        (["addresses"], ".csv", '\ufeff"kind"'),
        (["validate"], ".json", "{"),
        (["calendar", "1"], ".ics", "BEGIN:VCALENDAR"),
    ],
)
def test_format_follows_the_output_suffix(
    run: Run, tmp_path: Path, args: list[str], suffix: str, starts: str
) -> None:
    target = tmp_path / f"out{suffix}"
    result = run("--data", DATA, *args, "-o", target)
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith(starts)


@pytest.mark.parametrize(
    ("args", "name", "said"),
    [
        (
            ["agenda", "1"],
            "agenda.docx",
            "cannot tell the format from the file name '{out}'; use --format "
            "(md, txt, html, pdf), or a file name ending .md, .txt, .html or .pdf",
        ),
        # a format ogp makes, but not for this document
        (
            ["addresses"],
            "a.pdf",
            "'{out}' asks for pdf, which this command does not make; use --format "
            "(md, txt, csv, xlsx, html), or a file name ending .md, .txt, .csv, .html or .xlsx",
        ),
        (
            ["calendar", "1"],
            "x.html",
            "'{out}' asks for html, which this command does not make; use a file name ending .ics",
        ),
        (
            ["form", "kmd"],
            "kmd.pdf",
            "'{out}' asks for pdf, which this command does not make; use a file name ending .xlsx",
        ),
    ],
)
def test_a_suffix_without_a_format_here_is_a_usage_error(
    run: Run, tmp_path: Path, args: list[str], name: str, said: str
) -> None:
    result = run("--data", DATA, *args, "-o", tmp_path / name)
    assert result.exit_code == 2
    assert said.format(out=tmp_path / name) in " ".join(result.output.split())
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["agenda", "1"],
        ["addresses"],
        ["schema", "agencies"],
        ["calendar", "1"],
        ["validate"],
        ["render-letter"],
    ],
)
def test_an_existing_output_file_is_kept_unless_force(
    run: Run, tmp_path: Path, args: list[str]
) -> None:
    suffix = {"schema": "json", "calendar": "ics"}.get(args[0], "txt")
    target = tmp_path / f"out.{suffix}"
    target.write_text("mine", encoding="utf-8")
    extra: list[str] = []
    kept = run("--data", DATA, *args, *extra, "-o", target)
    assert kept.exit_code == 1
    assert "exists; use --force to overwrite it" in kept.output
    assert target.read_text(encoding="utf-8") == "mine"
    assert run("--data", DATA, *args, *extra, "-o", target, "--force").exit_code == 0
    assert target.read_text(encoding="utf-8") != "mine"


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["render-letter", "--format", "pdf"], "letter.html"),
        (["status", "--format", "csv"], "status.json"),
        (["agenda", "1", "--format", "txt"], "agenda.md"),
        (["validate", "--format", "json"], "report.txt"),
    ],
)
def test_a_suffix_that_contradicts_the_format_is_a_usage_error(
    run: Run, tmp_path: Path, args: list[str], name: str
) -> None:
    result = run("--data", DATA, *args, "-o", tmp_path / name)
    assert result.exit_code == 2
    assert "contradicts the file name" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "alias"),
    [(["status"], "markdown"), (["diff"], "text"), (["validate"], "text"), (["status"], "md")],
)
def test_old_format_names_stay_accepted(run: Run, args: list[str], alias: str) -> None:
    result = run("--data", DATA, *args, "--format", alias)
    assert result.exit_code in (0, 1), result.output  # diff outside git may say so
    assert "Invalid value for '--format'" not in result.output


@pytest.mark.parametrize("command", ["status", "diff", "validate", "render-letter", "addresses"])
def test_help_shows_only_the_vocabulary(run: Run, command: str) -> None:
    from ogp.output import registry

    shown = run(command, "--help").output
    choices = re.search(r"--format \[([a-z|]+)\]", shown)
    assert choices is not None
    assert set(choices.group(1).split("|")) <= set(registry.VOCABULARY)


def test_validate_help_says_md_is_for_the_list_of_rules(run: Run) -> None:
    shown = " ".join(run("validate", "--help").output.split())
    assert "else txt; md only with --list-rules]" in shown
    assert run("validate", "--list-rules", "--format", "md").exit_code == 0
    wrong = run("validate", "--format", "md")
    assert wrong.exit_code == 2
    assert "--format md is for --list-rules; the check's report is txt, json, github" in (
        wrong.output
    )


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["calendar", "--all"], "wrote 2 calendar invitations to {out}"),
        (["schema", "--all"], "wrote 5 schemas to {out}"),
        (["agenda", "--all"], "wrote 2 agendas to {out}"),
        (["render-letter", "--all"], "wrote 16 letters to {out}"),
        (["form", "--all"], "wrote 14 forms to {out}"),
    ],
)
def test_all_says_what_it_wrote_where(
    run: Run, tmp_path: Path, command: list[str], said: str
) -> None:
    """Every --all -o DIR ends with one line on standard error of what it wrote, alike."""
    out = tmp_path / "out"
    result = run("--data", DATA, *command, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == said.format(out=out)
    assert said.format(out=out) not in result.stdout


@pytest.mark.parametrize("command", [["calendar", "--all"], ["schema", "--all"]])
def test_all_refuses_existing_files_and_never_makes_folders_in_the_data(
    run: Run, data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    out = tmp_path / "out"
    assert run("--data", data_dir, *command, "-o", out).exit_code == 0
    again = run("--data", data_dir, *command, "-o", out)
    assert again.exit_code == 1 and "nothing was written" in again.output
    assert run("--data", data_dir, *command, "-o", out, "--force").exit_code == 0
    inside = run("--data", data_dir, *command, "-o", data_dir / "sub")
    assert inside.exit_code == 1 and "refusing to write" in inside.output
    assert not (data_dir / "sub").exists()


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: p.mkdir(), "it is a folder, not a file"),
        (lambda p: os.mkfifo(p), "it is not a regular file (a pipe or a device?)"),
        (lambda p: p.symlink_to(p), "it is a link that leads in a circle"),
        (lambda p: p.symlink_to(p.parent / "nowhere.yaml"), "there is no such file"),
    ],
    ids=["folder", "fifo", "link loop", "broken link"],
)
def test_a_data_file_that_is_not_a_file(
    run: Run, data_dir: Path, make: Callable[[Path], None], why: str
) -> None:
    path = data_dir / "meetings.yaml"
    path.unlink()
    make(path)
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    assert f"{path}: error: the file cannot be read: {why} [unreadable]" in result.output


def test_a_data_file_that_links_out_of_its_folder_is_refused(
    run: Run, data_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere" / "meetings.yaml"  # valid data, so only the link is wrong
    outside.parent.mkdir()
    path = data_dir / "meetings.yaml"
    path.rename(outside)
    path.symlink_to(outside)
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    assert (
        f"{path}: error: the file cannot be read: it is a link to {outside}, outside its "
        "folder; refused; put the file itself in the folder, not a link to it [unreadable]"
    ) in result.output.splitlines()


def test_a_data_file_that_links_within_its_folder_is_read(run: Run, data_dir: Path) -> None:
    path = data_dir / "meetings.yaml"
    path.rename(data_dir / "møter.yaml")
    path.symlink_to("møter.yaml")
    assert run("--data", data_dir, "validate").exit_code == 0


def test_a_yml_file_is_pointed_out_not_ignored(run: Run, data_dir: Path) -> None:
    (data_dir / "meetings.yaml").rename(data_dir / "meetings.yml")
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    assert (
        f"{data_dir / 'meetings.yml'}: error: ogp reads meetings.yaml, not meetings.yml: "
        "rename the file to meetings.yaml [file-name]"
    ) in result.output.splitlines()
    assert "unknown meeting" not in result.output


@pytest.mark.parametrize("args", [["status", "--agency", ""], ["render-letter", "--to", ""]])
def test_an_empty_name_is_not_taken_for_none(run: Run, args: list[str]) -> None:
    result = run("--data", DATA, *args)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "error: no agency given",
        "hint: give an agency's id or short name, e.g. fin",
    ]


def test_errors_only_in_private_data_do_not_claim_the_warnings_were_skipped(
    run: Callable[..., Result], data_dir: Path
) -> None:
    private = data_dir.parent / "private"
    private.mkdir(exist_ok=True)
    (private / "registrations.yaml").write_text(
        "registrations:\n  - {meeting: mote-1, name: A B, agency: kud, email: a@kud.no, "
        "date: 2014-03-01, attended: yes}\n",
        encoding="utf-8",
    )
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    last = result.output.splitlines()[-1]
    assert last.startswith("5 files checked: 1 error, ") and "warning" in last, last
    assert "looked for once the errors are fixed" not in last
