"""The commands that bench/run.py times and bench/growth.py checks: one table, one entry each.

A new command is one line in ``COMMANDS``: a name for the table and the
arguments that follow ``ogp --data DIR``, made from a :class:`Case` (the data
folder, a letter and a meeting of it, and a scratch folder for what the
command writes). Both scripts pick it up; nothing else changes.

    Command("form --all", lambda c: ["form", "--all", *c.into("forms")]),

Every case is a git repository whose working copy differs from its last
commit in proportion to its size (:func:`prepare`), so ``ogp diff`` has as
much to say at 20,000 commitments as at 1,000, relatively.

What the timed commands write goes to a scratch folder in memory
(:func:`scratch`), not beside the data on disk: on this project's machines the
disk is ext4 without a journal, whose allocator steps over recently freed
inodes with a buffer lookup each, so after a 17,000-file site was removed every
new folder cost 0.3-0.4 ms instead of 0.02 ms and a benchmark measured the
file system's memory of its own deletions, not ogp.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def scratch(name: str) -> Path:
    """A folder for what timed commands write: under ``$OGP_BENCH_SCRATCH`` if set, else in
    /dev/shm (memory) where there is one, else bench/out."""
    base = os.environ.get("OGP_BENCH_SCRATCH")
    if base:
        root = Path(base)
    elif Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
        root = Path("/dev/shm") / f"ogp-bench-{os.getuid()}"
    else:
        root = Path(__file__).resolve().parent / "out"
    return root / name


@contextmanager
def fresh(folder: Path) -> Iterator[Path]:
    """``folder``, empty, for one benchmark; removed at its end, with what an earlier one left.

    What was there is moved aside first and removed at the end, not before
    anything is timed (on a disk, freed inodes slow what is made next; in
    /dev/shm what is left holds memory).
    """
    aside = folder.with_name(f"{folder.name}.removed-{os.getpid()}")
    if folder.exists():
        folder.rename(aside)
    folder.mkdir(parents=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(aside, ignore_errors=True)


@dataclass(frozen=True)
class Case:
    """One data set to run the commands on."""

    data: Path  # the data folder (--data)
    letter: str  # the id of its last letter: in generated data, one copy's, of ordinary size
    meeting: str  # the id of its first meeting: in generated data, with the status round
    out: Path  # a scratch folder for the files a command writes

    def dir(self, name: str) -> str:
        """A folder under the scratch folder, for ``-o DIR``."""
        return str(self.out / name)

    def into(self, name: str) -> list[str]:
        """``-o DIR --force``: write into a folder under the scratch folder, again and again."""
        return ["-o", self.dir(name), "--force"]


@dataclass(frozen=True)
class Command:
    """A command as the benchmark runs it: ``ogp --data DIR`` and ``args(case)``."""

    name: str
    args: Callable[[Case], list[str]]
    ok: tuple[int, ...] = (0,)  # exit statuses that are not a failure
    # in CI's growth check at 1,000 → 4,000; the two batch writers that take a minute or
    # more at 4,000 commitments are not: .ci/run checks them at 250 → 1,000
    # (`growth.py --n 250 --only ...`), and bench/run.py times them at every size
    in_ci: bool = True
    # timed on one plan of N commitments (bench/generate.py --one-plan: the first copy's
    # meetings and letter only), not on N/26 copies each with meetings and a letter: the
    # site has a page of every letter, each annexing every commitment, which would grow N²
    plan: bool = False


COMMANDS: list[Command] = [
    Command("validate", lambda c: ["validate"]),
    Command("status", lambda c: ["status"]),
    Command("render-letter md", lambda c: ["render-letter", c.letter, "--format", "md"]),
    Command(
        "render-letter --each md",
        lambda c: ["render-letter", c.letter, "--each", "--format", "md", *c.into("letters")],
    ),
    Command("agenda", lambda c: ["agenda", c.meeting, "--format", "md"]),
    Command("addresses", lambda c: ["addresses", c.letter, "--format", "md"]),
    Command("diff", lambda c: ["diff", "HEAD", "--format", "markdown"]),
    Command("calendar --all", lambda c: ["calendar", "--all", *c.into("calendar")]),
    Command("form --all", lambda c: ["form", "--all", *c.into("forms")], in_ci=False),
    Command("site", lambda c: ["site", "--no-pdf", *c.into("site")], in_ci=False, plan=True),
    Command("attendees", lambda c: ["attendees", c.meeting, "--format", "txt"]),
    Command("minutes", lambda c: ["minutes", c.meeting, "--format", "md"]),
]


# What prepare() changes after the commit: a quarter of the status reports, every
# meeting's start, every Oslo address's town. Each is a valid change.
CHANGES = {
    "commitments.yaml": ("level: limited", "level: substantial"),
    "meetings.yaml": ("start: '12:30'", "start: '12:00'"),
    "agencies.yaml": ("city: OSLO", "city: Oslo"),
}

_GIT_ENV = {
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.org",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def prepare(data: Path, out: Path) -> Case:
    """Make ``data`` (as bench/generate.py writes it) a case: committed to git, then changed.

    ``data`` must be the only thing in its parent folder, which becomes the
    repository. Idempotent: a folder already prepared is left as it is.
    """
    repo = data.parent
    env = {**os.environ, **_GIT_ENV}
    if not (repo / ".git").exists():

        def git(*args: str) -> None:
            subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

        git("init", "-q")
        git("add", data.name)
        git("commit", "-q", "-m", "generated")
        for name, (old, new) in CHANGES.items():
            _replace_in_lines(data / name, old, new)
    out.mkdir(parents=True, exist_ok=True)
    letter = _ids(data / "letters.yaml")[-1]
    return Case(data, letter, _ids(data / "meetings.yaml")[0], out)


def _replace_in_lines(path: Path, old: str, new: str) -> None:
    """``old`` replaced by ``new`` in every line of ``path``, a line at a time.

    Not the whole file at once: the peak memory of bench/run.py's process is
    the starting peak of every command it starts (subprocess starts them with
    vfork, and the kernel keeps the larger of the two at exec), so one 25 MB
    file held as text here once made every command's peak RSS read 91 MiB.
    """
    changed = path.with_name(path.name + ".changed")
    with (
        path.open(encoding="utf-8", newline="") as src,
        changed.open("w", encoding="utf-8", newline="") as dst,
    ):
        for line in src:
            dst.write(line.replace(old, new))
    changed.replace(path)


def _ids(path: Path) -> list[str]:
    """The ids of the records of a generated file, read from its text.

    Not parsed as YAML: bench/run.py would hold the whole file in memory, and
    every command it starts afterwards would count that in its peak RSS.
    """
    found = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("- id: "):
                found.append(line[6:].strip().strip("'\""))
    return found
