"""A moved meeting's invitation is an update (RFC 5546): SEQUENCE and DTSTAMP from git history.

Each test works in a real temporary git repository holding a copy of the
bundled data, with commit times set, so that the stamps are known.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import vobject
from click.testing import Result

from ogp.data import gitrev
from ogp.data.history import meeting_revisions

Run = Callable[..., Result]

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str, when: str = "2014-03-01T09:00:00Z") -> None:
    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, check=True)


@pytest.fixture
def repo(data_dir: Path) -> Path:
    root = data_dir.parent
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "data")
    git(root, "commit", "-q", "-m", "the data")
    return root


def change(repo: Path, meeting: str, old: str, new: str, name: str = "meetings.yaml") -> None:
    """Replace text in one meeting's part of meetings.yaml (or anywhere in another file)."""
    path = repo / "data" / name
    text = path.read_text(encoding="utf-8")
    at = text.index(f"id: {meeting}") if name == "meetings.yaml" else 0
    assert old in text[at:], old
    path.write_text(text[:at] + text[at:].replace(old, new, 1), encoding="utf-8")


def commit(repo: Path, when: str) -> None:
    git(repo, "commit", "-qam", f"change of {when}", when=when)


def event(run: Run, repo: Path, meeting: str) -> Any:
    result = run("--data", repo / "data", "calendar", meeting)
    assert result.exit_code == 0, result.output
    cal = vobject.readOne(result.stdout_bytes.decode("utf-8"), validate=True)
    return cal.vevent


def stamp(run: Run, repo: Path, meeting: str) -> tuple[int, str]:
    e = event(run, repo, meeting)
    return int(e.sequence.value), e.dtstamp.value.strftime("%Y%m%dT%H%M%SZ")


LETTER = "20140228T000000Z"  # the letter's date: the stamp of a meeting that never moved


def test_a_meeting_never_moved_is_sequence_0_dated_by_its_letter(run: Run, repo: Path) -> None:
    assert stamp(run, repo, "mote-2") == (0, LETTER)


def test_moving_a_meeting_and_committing_raises_its_sequence(run: Run, repo: Path) -> None:
    uid = event(run, repo, "mote-2").uid.value
    change(repo, "mote-2", "date: 2014-06-13", "date: 2014-06-20")
    commit(repo, "2014-05-02T10:30:00Z")
    assert stamp(run, repo, "mote-2") == (1, "20140502T103000Z")
    assert event(run, repo, "mote-2").uid.value == uid
    assert stamp(run, repo, "mote-1") == (0, LETTER)  # the other meeting did not move


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('start: "12:30"', 'start: "13:00"'),
        ('end: "15:00"', 'end: "15:30"'),
        ("name: Auditoriet i R5", "name: Møterom 1"),
        ("address: Akersgata 59", "address: Akersgata 44"),
    ],
)
def test_a_new_time_or_place_is_a_move(run: Run, repo: Path, old: str, new: str) -> None:
    change(repo, "mote-2", old, new)
    commit(repo, "2014-05-02T10:30:00Z")
    assert stamp(run, repo, "mote-2") == (1, "20140502T103000Z")


def test_an_unrelated_commit_leaves_the_sequence(run: Run, repo: Path) -> None:
    change(repo, "mote-2", "date: 2014-06-13", "date: 2014-06-20")
    commit(repo, "2014-05-02T10:30:00Z")
    change(repo, "mote-2", "invited: [sivilt-samfunn, ", "invited: [")  # not a move
    commit(repo, "2014-05-03T08:00:00Z")
    change(repo, "", "owners: [ks]", "owners: [ks, kmd]", name="commitments.yaml")
    commit(repo, "2014-05-04T08:00:00Z")
    assert stamp(run, repo, "mote-2") == (1, "20140502T103000Z")


def test_every_move_counts(run: Run, repo: Path) -> None:
    change(repo, "mote-2", "date: 2014-06-13", "date: 2014-06-20")
    commit(repo, "2014-05-02T10:30:00Z")
    change(repo, "mote-2", 'start: "12:30"', 'start: "13:00"')
    commit(repo, "2014-05-10T12:00:00Z")
    change(repo, "mote-2", "date: 2014-06-20", "date: 2014-06-13")  # back again: a move too
    commit(repo, "2014-05-20T12:00:00Z")
    assert stamp(run, repo, "mote-2") == (3, "20140520T120000Z")


def test_an_uncommitted_move_counts_once_stamped_by_the_file(run: Run, repo: Path) -> None:
    change(repo, "mote-2", "date: 2014-06-13", "date: 2014-06-20")
    path = repo / "data" / "meetings.yaml"
    os.utime(path, (1400000000, 1400000000))  # 2014-05-13 16:53:20 UTC
    assert stamp(run, repo, "mote-2") == (1, "20140513T165320Z")
    assert stamp(run, repo, "mote-2") == (1, "20140513T165320Z")  # the same file, the same bytes
    commit(repo, "2014-05-14T09:00:00Z")
    assert stamp(run, repo, "mote-2") == (1, "20140514T090000Z")  # committed: still one move


def test_a_merged_branch_counts_its_move_once(run: Run, repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "move")
    change(repo, "mote-2", "date: 2014-06-13", "date: 2014-06-20")
    commit(repo, "2014-05-02T10:30:00Z")
    git(repo, "checkout", "-q", "main")
    change(repo, "", "owners: [ks]", "owners: [ks, kmd]", name="commitments.yaml")
    commit(repo, "2014-05-03T10:00:00Z")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge", "move", when="2014-05-04T10:00:00Z")
    assert stamp(run, repo, "mote-2") == (1, "20140504T100000Z")


def test_without_git_history_every_meeting_is_sequence_0(
    run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(data_dir.parent.parent))
    assert meeting_revisions(data_dir) == {}
    monkeypatch.setenv("PATH", str(data_dir / "nowhere"))
    assert meeting_revisions(data_dir) == {}
    assert stamp(run, data_dir.parent, "mote-2") == (0, LETTER)


def test_a_version_that_is_not_yaml_is_skipped(run: Run, repo: Path) -> None:
    path = repo / "data" / "meetings.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text("meetings: [\n", encoding="utf-8")
    commit(repo, "2014-05-01T10:00:00Z")
    path.write_text(good.replace("date: 2014-06-13", "date: 2014-06-20"), encoding="utf-8")
    commit(repo, "2014-05-02T10:00:00Z")
    assert meeting_revisions(repo / "data")["mote-2"].sequence == 1


def test_two_git_processes_however_long_the_history(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(1, 21):
        change(repo, "mote-2", f"date: 2014-06-{12 + day}", f"date: 2014-06-{13 + day}")
        commit(repo, f"2014-05-{day:02}T10:00:00Z")
    calls: list[list[str]] = []
    real = subprocess.run

    def counting(args: list[str], **kw: Any) -> Any:
        calls.append(args)
        return real(args, **kw)

    monkeypatch.setattr(gitrev.subprocess, "run", counting)
    revisions = meeting_revisions(repo / "data")
    assert revisions["mote-2"].sequence == 20
    assert "mote-1" not in revisions
    assert [a[1] for a in calls] == ["rev-parse", "rev-parse", "log", "cat-file"]


def test_all_invitations_carry_their_own_sequence(run: Run, repo: Path, tmp_path: Path) -> None:
    change(repo, "mote-2", "date: 2014-06-13", "date: 2014-06-20")
    commit(repo, "2014-05-02T10:30:00Z")
    out = tmp_path / "invitations"
    assert run("--data", repo / "data", "calendar", "--all", "-o", out).exit_code == 0
    assert b"SEQUENCE:1\r\n" in (out / "mote-2.ics").read_bytes()
    assert b"SEQUENCE:0\r\n" in (out / "mote-1.ics").read_bytes()
