"""The data files as they were at a git revision, read with git; the repository never changes.

Only read-only git commands run (``rev-parse``, ``ls-tree``, ``show``), in the
data folder, so git finds the repository that holds it and the data folder's
path inside it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ogp.data.dataset import check_folder
from ogp.data.schema.files import FILES
from ogp.errors import OgpError

_FETCH_HINT = (
    "give a branch, tag or commit that exists here, e.g. HEAD, main or origin/main; "
    "in a shallow CI clone, fetch it first (actions/checkout with fetch-depth: 0)"
)


@dataclass(frozen=True)
class Snapshot:
    """The data files at one revision."""

    rev: str  # as the user wrote it
    commit: str  # the full commit id it names
    prefix: str  # the data folder inside the repository: 'data/', or '' at the top
    texts: dict[str, bytes]  # file name -> bytes, for the data files that exist there

    @property
    def display_prefix(self) -> str:
        """How the old files are named in messages: 'HEAD:data/'."""
        return f"{self.rev}:{self.prefix}"


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    exe = shutil.which("git")
    if exe is None:
        raise OgpError(
            "git was not found; ogp diff reads the earlier data with git",
            hint="install git, or put it on PATH",
        )
    env = {**os.environ, "LC_ALL": "C", "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            [exe, *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            check=False,
        )
    except OSError as exc:
        raise OgpError(f"cannot run git: {exc.strerror or exc}") from None


def _first_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace").strip()
    line = text.splitlines()[0] if text else "no message"
    return line.removeprefix("fatal: ").removeprefix("error: ")


def snapshot(data_dir: Path, rev: str) -> Snapshot:
    """The data files in ``data_dir`` as they were at ``rev``.

    Raises :class:`OgpError` when git is missing, the folder is not in a git
    repository, or ``rev`` names no commit there.
    """
    check_folder(data_dir)
    if not rev or rev.startswith("-"):
        raise OgpError(f"'{rev}' is not a revision", hint=_FETCH_HINT)
    where = _git(["rev-parse", "--show-prefix"], data_dir)
    if where.returncode != 0:
        reason = _first_line(where.stderr)
        if "not a git repository" in reason:
            raise OgpError(
                f"'{data_dir}' is not in a git repository, so there is no earlier "
                "version of the data to compare with",
                hint="ogp diff compares the data with a git revision; run it in a clone "
                "of the repository that holds the data",
            )
        raise OgpError(f"git cannot read the repository of '{data_dir}': {reason}")
    prefix = where.stdout.decode("utf-8", "surrogateescape").strip()
    found = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], data_dir)
    if found.returncode != 0:
        raise OgpError(f"'{rev}' is not a revision in this repository", hint=_FETCH_HINT)
    commit = found.stdout.decode("ascii").strip()
    listing = _git(["ls-tree", "-z", commit, "--", "./"], data_dir)
    if listing.returncode != 0:
        raise OgpError(f"git cannot list the data folder at '{rev}': {_first_line(listing.stderr)}")
    blobs = set()
    for entry in listing.stdout.split(b"\0"):
        meta, _, name = entry.partition(b"\t")
        if meta.split(b" ")[1:2] == [b"blob"]:
            blobs.add(name.decode("utf-8", "surrogateescape"))
    texts: dict[str, bytes] = {}
    for spec in FILES.values():
        if spec.folder or spec.name not in blobs:  # files beside the data are never in git
            continue
        shown = _git(["show", "--no-textconv", f"{commit}:./{spec.name}"], data_dir)
        if shown.returncode != 0:
            raise OgpError(
                f"git cannot show {rev}:{prefix}{spec.name}: {_first_line(shown.stderr)}"
            )
        texts[spec.name] = shown.stdout
    return Snapshot(rev, commit, prefix, texts)


def last_changed(data_dir: Path) -> dt.date | None:
    """The day the data last changed: git's last commit that touched the data folder, when
    the folder is in a git repository and has no uncommitted changes; else the newest
    modification time of its files. ``None`` when neither can be read."""
    files = [data_dir / spec.name for spec in FILES.values() if (data_dir / spec.name).is_file()]
    if shutil.which("git") is not None:
        with contextlib.suppress(OgpError, ValueError):
            log = _git(["log", "-1", "--format=%cs", "--", "./"], data_dir)
            dirty = _git(["status", "--porcelain", "--", "./"], data_dir)
            committed = log.returncode == 0 and log.stdout.strip()
            if committed and dirty.returncode == 0 and not dirty.stdout.strip():
                return dt.date.fromisoformat(log.stdout.decode("ascii").strip())
    times = []
    for f in files:
        with contextlib.suppress(OSError):
            times.append(f.stat().st_mtime)
    if not times:
        return None
    return dt.datetime.fromtimestamp(max(times), dt.UTC).date()


@dataclass(frozen=True)
class Version:
    """One committed version of a file: the commit, its time, and the file's bytes then
    (``None`` where the commit deleted the file)."""

    commit: str
    time: int  # the committer's time, in seconds since the epoch (UTC)
    data: bytes | None


def file_versions(data_dir: Path, name: str) -> list[Version] | None:
    """Every committed version of the data file ``name``, oldest first; ``None`` without git.

    Follows the first parent from HEAD (the history a branch has published: a
    merge counts once, as the change it brought), listing only the commits that
    changed the file. Two git processes in all, however long the history:
    ``git log`` for the commits, then one ``git cat-file --batch`` for every
    version's bytes. ``None`` when git is missing, ``data_dir`` is not in a
    repository, or it has no commit yet; an empty list when no commit holds
    the file.
    """
    if shutil.which("git") is None:
        return None
    where = _git(["rev-parse", "--show-prefix"], data_dir)
    head = _git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], data_dir)
    if where.returncode != 0 or head.returncode != 0:
        return None
    path = where.stdout.decode("utf-8", "surrogateescape").strip() + name
    log = _git(
        ["log", "--first-parent", "--reverse", "--format=%H %ct", "HEAD", "--", f"./{name}"],
        data_dir,
    )
    if log.returncode != 0:
        return None
    commits = [line.split(" ") for line in log.stdout.decode("ascii").splitlines() if line]
    if not commits:
        return []
    exe = shutil.which("git")
    assert exe is not None
    names = b"".join(f"{sha}:{path}\n".encode("utf-8", "surrogateescape") for sha, _ in commits)
    env = {**os.environ, "LC_ALL": "C", "GIT_OPTIONAL_LOCKS": "0"}
    try:
        batch = subprocess.run(
            [exe, "cat-file", "--batch"],
            cwd=data_dir,
            env=env,
            input=names,
            capture_output=True,
            check=False,
        )
    except OSError:
        return None
    if batch.returncode != 0:
        return None
    out, at, versions = batch.stdout, 0, []
    for sha, when in commits:
        end = out.index(b"\n", at)
        header = out[at:end].split(b" ")
        at = end + 1
        data = None
        if header[-1] != b"missing" and header[1:2] == [b"blob"]:
            size = int(header[2])
            data = out[at : at + size]
            at += size + 1  # the bytes, then a newline
        versions.append(Version(sha, int(when), data))
    return versions
