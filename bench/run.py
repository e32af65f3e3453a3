"""The benchmark: every ogp command at 1,000, 5,000 and 20,000 commitments, against the targets.

    python3 bench/run.py                 # everything, 5 runs each (several minutes)
    python3 bench/run.py --runs 3 --quick

It makes its own environment in bench/.venv (ogp installed from this checkout,
plus check-jsonschema, yamllint and WeasyPrint, none of which are ogp's
dependencies), generates the scaled data under bench/data/ (bench/generate.py:
meetings, agencies and letters in proportion; each data set committed to git
and then changed in proportion, for ``ogp diff``), then runs every command in a
fresh process, in rounds (one round runs each command at every size, back to
back, so that the figures compared share the machine's ups and downs), and
prints one table: the median wall time, the median CPU time
(the child's user and system time, from wait4: what a busy machine barely
moves, where wall time waits for the other processes), the peak resident memory
(the child's ru_maxrss), the machine's load (the 1-minute load average, median
over the runs) and, where two figures are compared, their ratio against its
target.

The commands are the table ``COMMANDS`` in bench/commands.py, shared with the
growth check CI runs (bench/growth.py): a new command is one entry there, and
both scripts time it. The targets (issue 9):

- ``ogp validate`` on 5,000 commitments ≤ 1.0× a bare
  ``yaml.load(..., Loader=yaml.CSafeLoader)`` of the same files (never above 1.5×);
- ``ogp status`` on 5,000 ≤ 2× that load;
- every command: 4× the data (5,000 → 20,000) ≤ 4.4× the time, judged on each
  size's least CPU time over the rounds (as the growth check takes the least:
  noise only adds time, so the least is the run nearest the command's own cost;
  on two shared cores the wall times of one unchanged command at 5,000 and
  20,000 gave ratios from 2.5× to 5×, and this machine's speed drifts by a
  third within an hour). The median of the rounds' own ratios and the wall
  times' ratio are shown beside it;
- start-up: ``ogp validate`` on the bundled data ≤ 1.5× ``python -c "import yaml, click"``.

Memory is judged as the peak RSS of ``ogp validate`` above the interpreter's
baseline (the peak RSS of ``python -c "import yaml, click"``), divided by the
size of the data files it read.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from commands import COMMANDS, Case, Command, fresh, prepare, scratch  # noqa: E402

VENV = BENCH / ".venv"
DATA = BENCH / "data"
OUT = scratch("run")  # what the timed commands write (in memory: see bench/commands.py)
TOOLS = ["check-jsonschema", "yamllint", "weasyprint"]
FILES = ("agencies", "commitments", "meetings", "letters")
BIN = VENV / "bin"
PY = str(BIN / "python")
OGP = str(BIN / "ogp")


# --- environment and data -------------------------------------------------------------


def pip(*args: str) -> None:
    done = subprocess.run([PY, "-m", "pip", "install", "-q", *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"pip install {' '.join(args)} failed:\n{done.stdout}{done.stderr}")


def setup(skip: bool) -> None:
    """bench/.venv with ogp (editable, so it measures this checkout) and the tools."""
    stamp = VENV / "bench-requirements.txt"
    wanted = "\n".join(["-e .", *TOOLS]) + "\n"
    if skip and stamp.exists():
        compile_bytecode()
        return
    if not stamp.exists() or stamp.read_text() != wanted:
        print(f"setting up {VENV.relative_to(ROOT)} ...", file=sys.stderr)
        venv.create(VENV, with_pip=True, clear=True)
        pip("-e", str(ROOT), *TOOLS)
        stamp.write_text(wanted)
    else:  # ogp's own dependencies may have changed since
        pip("-e", str(ROOT))
    compile_bytecode()


def compile_bytecode() -> None:
    """Compile ogp's modules, as pip does when it installs a package (not an editable one).

    Otherwise, under PYTHONDONTWRITEBYTECODE or in a read-only checkout, every run
    of ogp would compile its sources again, while the libraries it is compared
    with (yaml, click, WeasyPrint) load their installed bytecode.
    """
    subprocess.run(
        [PY, "-m", "compileall", "-q", str(ROOT / "ogp")], check=True, stdout=subprocess.DEVNULL
    )


def data_for(n: int, one_plan: bool = False) -> Path:
    """The data folder with n commitments (0: the bundled data), generated when stale.

    A generated folder is bench/data/N/data (bench/data/plan-N/data for
    ``generate.py --one-plan``), in a git repository of its own whose working
    copy differs from its commit (see bench/commands.py's ``prepare``), so that
    ``ogp diff`` has changes to show.
    """
    if n == 0:
        return ROOT / "data"
    repo = DATA / (f"plan-{n}" if one_plan else str(n))
    out = repo / "data"
    sources = [BENCH / "generate.py", BENCH / "commands.py", *(ROOT / "data").glob("*.yaml")]
    newest = max(p.stat().st_mtime for p in sources)
    done = repo / ".generated"
    if not done.exists() or done.stat().st_mtime < newest:
        print(f"generating {n:,} commitments ...", file=sys.stderr)
        if repo.exists():
            shutil.rmtree(repo)
        subprocess.run(
            [PY, str(BENCH / "generate.py"), str(n), "--out", str(out)]
            + (["--one-plan"] if one_plan else []),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        prepare(out, OUT / repo.name)
        done.touch()
    return out


def case_for(n: int, one_plan: bool = False) -> Case:
    folder = data_for(n, one_plan)
    if n == 0:
        return Case(folder, "", "", OUT / "bundled")
    return prepare(folder, OUT / folder.parent.name)


def data_files(folder: Path) -> list[Path]:
    return [folder / f"{name}.yaml" for name in FILES if (folder / f"{name}.yaml").exists()]


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in data_files(folder))


def schemas() -> Path:
    """The JSON Schemas of the four files, as `ogp schema --all -o DIR` writes them."""
    folder = OUT / "schemas"
    if folder.exists():
        shutil.rmtree(folder)
    done = subprocess.run(
        [OGP, "schema", "--all", "-o", str(folder)], capture_output=True, text=True
    )
    missing = [n for n in FILES if not (folder / f"{n}.schema.json").exists()]
    if done.returncode != 0 or missing:
        sys.exit(
            f"ogp schema --all -o {folder} failed (missing: {', '.join(missing)}):\n{done.stderr}"
        )
    return folder


# --- measuring ------------------------------------------------------------------------


@dataclass
class Measure:
    """One command, measured several times, each in a fresh process."""

    name: str
    data: str
    commands: list[list[str]]  # run one after another; their times and peaks add up
    per: int = 1  # divide the time by this (per letter)
    ok: tuple[int, ...] = (0,)  # exit statuses that are not a failure
    times: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)  # user + system seconds
    peaks: list[int] = field(default_factory=list)  # KiB
    loads: list[float] = field(default_factory=list)  # the 1-minute load average
    failed: str = ""

    def run_once(self) -> None:
        total, cpu, peak = 0.0, 0.0, 0
        self.loads.append(os.getloadavg()[0])
        for cmd in self.commands:
            # standard error into a file, not a pipe: a command that says a lot there
            # (one line per file written) would block on a full pipe, never read
            with tempfile.TemporaryFile() as errfile:
                start = time.perf_counter()
                proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errfile)
                _, status, usage = os.wait4(proc.pid, 0)
                total += time.perf_counter() - start
                errfile.seek(0)
                err = errfile.read().decode(errors="replace")
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode not in self.ok:
                self.failed = f"exit {proc.returncode}: {err.strip()[-200:]}"
            peak = max(peak, usage.ru_maxrss)
            cpu += usage.ru_utime + usage.ru_stime
        self.times.append(total / self.per)
        self.cpus.append(cpu / self.per)
        self.peaks.append(peak)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpus)

    @property
    def cpu_least(self) -> float:
        return min(self.cpus)

    @property
    def load(self) -> float:
        return statistics.median(self.loads)

    @property
    def peak_mib(self) -> float:
        return max(self.peaks) / 1024


def measure_all(groups: Sequence[Sequence[Measure]], runs: int) -> None:
    """Round-robin within each group: the commands compared run side by side."""
    for group in groups:
        for i in range(runs):
            for m in group:
                m.run_once()
            names = list(dict.fromkeys(m.name for m in group))
            sizes = list(dict.fromkeys(m.data for m in group))
            shown = ", ".join(names) if len(names) <= 4 else f"{len(names)} commands"
            print(f"  {shown} [{', '.join(sizes)}]: run {i + 1}/{runs}", file=sys.stderr)


def round_ratio(big: Measure, small: Measure) -> float:
    """The median of the rounds' own ratios: each round ran both sizes back to back."""
    return statistics.median(b / s for b, s in zip(big.cpus, small.cpus, strict=True) if s > 0)


# --- the report -----------------------------------------------------------------------


@dataclass
class Row:
    what: str
    data: str
    median: str
    cpu: str
    peak: str
    load: str = ""
    ratio: str = ""
    target: str = ""
    verdict: str = ""


def fmt_time(m: Measure, seconds: float | None = None) -> str:
    if m.failed:
        return "failed"
    t = m.median if seconds is None else seconds
    return f"{t * 1000:,.0f} ms" if t < 10 else f"{t:,.1f} s"


def row(m: Measure) -> Row:
    return Row(
        m.name,
        m.data,
        fmt_time(m),
        fmt_time(m, m.cpu_median),
        f"{m.peak_mib:,.0f} MiB",
        f"{m.load:.1f}",
    )


def compare(
    what: str,
    ratio: float,
    target: float,
    limit: float | None = None,
    data: str = "",
    of: tuple[Measure, ...] = (),
    note: str = "",
) -> Row:
    """A ratio against its target; FAIL without a ratio when a run it is made of failed."""
    goal = f"≤ {target:g}×" + (f" (limit {limit:g}×)" if limit else "")
    if any(m.failed for m in of):
        return Row(what, data, "", "", "", "", "n/a", goal, "FAIL (a run failed, see below)")
    ok = "PASS" if ratio <= target else ("within limit" if limit and ratio <= limit else "FAIL")
    return Row(what, data, "", "", "", "", f"{ratio:.2f}×", goal, ok + note)


def na(what: str, reason: str) -> Row:
    return Row(what, "", "n/a", "", "", "", "", "", f"n/a ({reason})")


def print_table(rows: list[Row]) -> None:
    head = Row(
        "measurement", "data", "median", "CPU", "peak RSS", "load", "ratio", "target", "result"
    )
    cols = [head, *rows]
    widths = [max(len(getattr(r, f)) for r in cols) for f in Row.__dataclass_fields__]
    for r in [head, None, *rows]:
        if r is None:
            print("  ".join("-" * w for w in widths))
            continue
        cells = [getattr(r, f) for f in Row.__dataclass_fields__]
        print(
            "  ".join(
                c.ljust(w) if i < 2 else c.rjust(w) if i < 7 else c.ljust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()
        )


# --- the benchmark --------------------------------------------------------------------


def csafe(folder: Path) -> list[str]:
    code = (
        "import sys, yaml\n"
        "for p in sys.argv[1:]:\n"
        "    with open(p, 'rb') as f:\n"
        "        yaml.load(f, Loader=yaml.CSafeLoader)\n"
    )
    return [PY, "-c", code, *map(str, data_files(folder))]


def validate(folder: Path) -> list[str]:
    return [OGP, "--data", str(folder), "validate"]


def label(n: int) -> str:
    return "bundled" if n == 0 else f"{n:,}"


def letters_part(runs: int) -> tuple[list[Row], list[Measure]]:
    """ogp render-letter --each (md, pdf) per letter against WeasyPrint's own render.

    Each is one process for all the letters of the bundled data, as a user runs it:
    ogp's figure includes its start-up and loading the data, WeasyPrint's its
    import; divided by the number of letters. WeasyPrint renders the very HTML
    that ``ogp render-letter --each --format html`` writes (the page ogp's PDF
    is made from), one ``HTML(filename=...).write_pdf()`` per letter.
    """
    what = "render-letter --each"
    probe = subprocess.run([OGP, "render-letter", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        return [na(what, "render-letter not available")], []
    folder = data_for(0)
    outs = {fmt: OUT / f"letters-{fmt}" for fmt in ("md", "pdf", "html")}

    def render_each(fmt: str) -> list[str]:  # --force: every run writes the same files
        return [
            OGP,
            "--data",
            str(folder),
            "render-letter",
            "--each",
            "--format",
            fmt,
            "-o",
            str(outs[fmt]),
            "--force",
        ]

    for fmt, out in outs.items():
        if out.exists():
            shutil.rmtree(out)
        done = subprocess.run(render_each(fmt), capture_output=True, text=True)
        if done.returncode != 0 or not out.is_dir() or not any(out.iterdir()):
            reason = (done.stderr.strip().splitlines() or ["no files written"])[-1]
            return [na(what, f"render-letter --each --format {fmt} -o DIR: {reason}")], []
    html = sorted(outs["html"].iterdir())
    count = len(html)
    if len(list(outs["pdf"].iterdir())) != count:
        return [na(what, "--format pdf and --format html wrote different numbers of letters")], []
    weasy_out = OUT / "letters-weasyprint"
    weasy_out.mkdir(exist_ok=True)
    weasy = (
        "import sys, weasyprint\n"
        "out = sys.argv[1]\n"
        "for i, p in enumerate(sys.argv[2:]):\n"
        "    weasyprint.HTML(filename=p).write_pdf(f'{out}/{i}.pdf')\n"
    )
    data = f"bundled, {count} letters"
    measures = [
        Measure(
            f"ogp render-letter --each --format {fmt} (per letter)",
            data,
            [render_each(fmt)],
            per=count,
        )
        for fmt in ("md", "pdf")
    ]
    measures.append(
        Measure(
            "WeasyPrint's own render of the same HTML (per letter)",
            data,
            [[PY, "-c", weasy, str(weasy_out), *map(str, html)]],
            per=count,
        )
    )
    measure_all([measures], runs)
    rows = [row(m) for m in measures]
    pdf, own = measures[1], measures[2]
    if not (pdf.failed or own.failed):
        rows.append(
            compare("PDF letter / WeasyPrint's own", pdf.median / own.median, 1.5, of=(pdf, own))
        )
    return rows, measures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median)")
    parser.add_argument(
        "--sizes",
        default="1000,5000,20000",
        help="commitments of the scaled data sets (5000 and 20000 are needed for the targets)",
    )
    parser.add_argument(
        "--tool-size",
        type=int,
        default=1000,
        help="commitments of the data check-jsonschema and yamllint check",
    )
    parser.add_argument(
        "--quick", action="store_true", help="only 1,000 and 5,000 commitments; tools on 1,000"
    )
    parser.add_argument(
        "--no-setup", action="store_true", help="use bench/.venv as it is, without reinstalling ogp"
    )
    parser.add_argument(
        "--commands-only",
        action="store_true",
        help="leave out check-jsonschema, yamllint and the PDF letters",
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="COMMAND",
        help="leave out this command of bench/commands.py (e.g. 'form --all'; repeatable)",
    )
    args = parser.parse_args()
    unknown = [name for name in args.skip if name not in {c.name for c in COMMANDS}]
    if unknown:
        parser.error(f"unknown command(s): {', '.join(unknown)}")
    commands = [c for c in COMMANDS if c.name not in args.skip]
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.quick:
        sizes = [n for n in sizes if n <= 5000]
    runs = args.runs

    setup(args.no_setup)
    with fresh(OUT):  # what the commands write: removed at the end
        benchmark(args, commands, sizes, runs)


def benchmark(
    args: argparse.Namespace, commands: list[Command], sizes: list[int], runs: int
) -> None:
    folders = {n: data_for(n) for n in [0, *sizes, args.tool_size]}
    print(f"load before: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    rows: list[Row] = []

    # start-up: the daily commands on the bundled data
    startup = [
        Measure('python -c "import yaml, click"', "", [[PY, "-c", "import yaml, click"]]),
        Measure("ogp validate", "bundled", [validate(folders[0])]),
        Measure("ogp status", "bundled", [[OGP, "--data", str(folders[0]), "status"]]),
        Measure("ogp --help", "", [[OGP, "--help"]]),
    ]
    measure_all([startup], runs * 3)
    base, val1 = startup[0], startup[1]
    rows += [row(m) for m in startup]
    rows.append(
        compare(
            "validate (bundled) / import yaml, click",
            val1.median / base.median,
            1.5,
            of=(val1, base),
        )
    )
    rows.append(
        compare(
            "status (bundled) / import yaml, click",
            startup[2].median / base.median,
            2.0,
            of=(startup[2], base),
        )
    )

    # every command at every size, beside a bare CSafeLoader load of the same files; one
    # round runs each command at every size back to back (the sizes compared share the
    # machine's state), then the next command
    cases = {n: case_for(n) for n in sizes}
    # the commands timed on one plan of N commitments (Command.plan)
    plans = {n: case_for(n, one_plan=True) for n in sizes} if any(c.plan for c in commands) else {}
    loads = {
        n: Measure("yaml.load(CSafeLoader)", label(n), [csafe(case.data)])
        for n, case in cases.items()
    }
    by_command: dict[str, dict[int, Measure]] = {c.name: {} for c in commands}
    group: list[Measure] = list(loads.values())
    for command in commands:
        for n in sizes:
            case = plans[n] if command.plan else cases[n]
            argv = [OGP, "--data", str(case.data), *command.args(case)]
            data = f"{label(n)}, one plan" if command.plan else label(n)
            m = Measure(f"ogp {command.name}", data, [argv], ok=command.ok)
            by_command[command.name][n] = m
            group.append(m)
    measure_all([group], runs)
    for n in sizes:
        rows.append(row(loads[n]))
        rows += [row(by_command[c.name][n]) for c in commands]
    # the targets against the bare load, at 5,000 (at other sizes: shown, no target)
    for name, target, limit in (("validate", 1.0, 1.5), ("status", 2.0, None)):
        if name not in by_command:  # left out with --skip
            continue
        for n in sizes:
            ours, theirs = by_command[name][n], loads[n]
            if n == 5000:
                rows.append(
                    compare(
                        f"{name} / CSafeLoader",
                        ours.median / theirs.median,
                        target,
                        limit,
                        label(n),
                        of=(ours, theirs),
                    )
                )
            else:
                shown = (
                    "n/a" if ours.failed or theirs.failed else f"{ours.median / theirs.median:.2f}×"
                )
                rows.append(
                    Row(f"{name} / CSafeLoader", label(n), "", "", "", "", shown, "(no target)")
                )
    # growth: 4× the data (5,000 → 20,000) within 4.4× the least CPU time (the median
    # of the rounds' ratios and the wall times' ratio beside it); 1,000 → 5,000 shown
    for command in commands:
        sized = by_command[command.name]
        if 5000 in sized and 20000 in sized:
            big, small = sized[20000], sized[5000]
            note = ""
            if small.median > 0 and small.cpu_least > 0:
                rounds, wall = round_ratio(big, small), big.median / small.median
                note = f" (rounds {rounds:.2f}×, wall {wall:.2f}×)"
            rows.append(
                compare(
                    f"{command.name} 20,000 / 5,000, least CPU",
                    big.cpu_least / small.cpu_least if small.cpu_least > 0 else float("inf"),
                    4.4,
                    of=(big, small),
                    note=note,
                )
            )
        if 1000 in sized and 5000 in sized and not (sized[1000].failed or sized[5000].failed):
            shown = (
                f"{sized[5000].cpu_least / sized[1000].cpu_least:.2f}×"
                if sized[1000].cpu_least
                else ""
            )
            rows.append(
                Row(
                    f"{command.name} 5,000 / 1,000, least CPU",
                    "",
                    "",
                    "",
                    "",
                    "",
                    shown,
                    "(5× the data)",
                )
            )
    pairs = {n: (by_command["validate"][n], loads[n]) for n in sizes if "validate" in by_command}

    # peak memory above the interpreter's baseline, against the data's size
    for n, (ours, _) in pairs.items():
        above = (ours.peak_mib - base.peak_mib) * 1024 * 1024
        size = size_of(folders[n])
        rows.append(
            compare(
                f"validate peak RSS above baseline / data size ({size / 1e6:.1f} MB)",
                above / size,
                10.0,
                data=label(n),
                of=(ours,),
            )
        )

    tools: list[Measure] = []
    letter_measures: list[Measure] = []
    if not args.commands_only:
        # check-jsonschema and yamllint on the same files
        schema_dir = schemas()
        folder = folders[args.tool_size]
        checks = [
            [
                str(BIN / "check-jsonschema"),
                "--schemafile",
                str(schema_dir / f"{name}.schema.json"),
                str(folder / f"{name}.yaml"),
            ]
            for name in FILES
        ]
        tools = [
            Measure("ogp validate", label(args.tool_size), [validate(folder)]),
            Measure("check-jsonschema (4 files, 4 runs)", label(args.tool_size), checks),
            Measure(
                "yamllint -d relaxed",
                label(args.tool_size),
                [[str(BIN / "yamllint"), "-d", "relaxed", *map(str, data_files(folder))]],
                ok=(0, 1),
            ),  # 1: it found something to say
        ]
        measure_all([tools], runs)
        rows += [row(m) for m in tools]
        for other in tools[1:]:
            rows.append(
                Row(
                    f"validate / {other.name.split(' ')[0]}",
                    label(args.tool_size),
                    "",
                    "",
                    "",
                    "",
                    f"{tools[0].median / other.median:.2f}×",
                    "(no target)",
                    "",
                )
            )

        letter_rows, letter_measures = letters_part(runs)
        rows += letter_rows

    everything = [
        *startup,
        *loads.values(),
        *[m for ms in by_command.values() for m in ms.values()],
        *tools,
        *letter_measures,
    ]
    failed = [m for m in everything if m.failed]
    print()
    print(
        f"ogp benchmark: median of {runs} runs ({runs * 3} for start-up), each in a fresh "
        "process (growth on each size's least CPU time); "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; load: the 1-minute "
        "load average, median over the runs; schemas from ogp schema --all"
    )
    print()
    print_table(rows)
    for m in failed:
        print(f"\n{m.name} [{m.data}] failed: {m.failed}")
    sizes_mb = ", ".join(f"{label(n)}: {size_of(f) / 1e6:.2f} MB" for n, f in folders.items())
    print(f"\ndata files' size: {sizes_mb}")


if __name__ == "__main__":
    main()
