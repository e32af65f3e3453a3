"""The benchmark of ``ogp site``: against ``ogp validate`` on the same data, its growth, and
against ``mkdocs build`` of the same pages as Markdown.

    python3 bench/site.py                  # 1,000 and 5,000 commitments, 3 runs each
    python3 bench/site.py --sizes 1000,2000,5000 --runs 5

It uses bench/.venv (ogp installed from this checkout, and mkdocs, which is no
dependency of ogp), made when missing. The data is bench/generate.py's, as one
plan (``generate.py --one-plan``): the N commitments (and their agencies) of the
generated copies, but the meetings and letter of the first copy only: one plan
of 5,000 commitments still meets a few times a year, where generate.py's copies
bring two meetings and a letter each (the documents of 386 meetings and 193
letters are measured in bench/run.py, by the commands that make them). Status
reports point at those meetings. bench/run.py and the growth check time the
site on the same shape of data. ``ogp site`` runs with ``--no-pdf`` (the PDF is
WeasyPrint's time, measured in bench/run.py).

Targets (issue 12): site ≤ 2× validate at 5,000 commitments (never above 4×);
linear growth (site time per commitment about constant from the smallest size
to the largest); faster than mkdocs building the same pages. "site" is a build
into a new folder, as a CI job makes it; "replace" is the same over the site
built before (``--force``), which also removes the old site's files.

Each run builds into a folder of its own, and no earlier output is removed
before a timed run ("replace" removes the site it replaces, as it does for a
user): the sites go to a scratch folder in memory (``--out`` to choose
another), removed at the end with what an earlier benchmark left there. On an
ext4 disk without a journal, removing a site of 17,000 files before each run
made every folder the next run created cost 15 times its usual time (the
allocator steps over recently freed inodes), which measured the disk, not ogp.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from commands import fresh, scratch  # noqa: E402

VENV = BENCH / ".venv"
BIN = VENV / "bin"
PY = str(BIN / "python")
OGP = str(BIN / "ogp")


def setup() -> None:
    if not (BIN / "ogp").exists():
        venv.create(VENV, with_pip=True)
    subprocess.run([PY, "-m", "pip", "install", "-q", "-e", str(ROOT), "mkdocs"], check=True)


def one_plan(n: int) -> Path:
    """generate.py's N commitments as one plan (``--one-plan``), checked by ``ogp validate``."""
    import generate

    out = generate.generate(n, BENCH / "data" / f"site-{n}", one_plan=True)
    done = subprocess.run([OGP, "--data", str(out), "validate"], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the generated data of {n} commitments does not validate:\n{done.stdout[-2000:]}")
    return out


MARKDOWN = """\
import datetime as dt, sys
from pathlib import Path
from ogp.data import dataset
from ogp.documents import site as core

data = dataset.load(Path(sys.argv[1]))
site = core.build(data, today=dt.date.today(), pdf=False)
docs = Path(sys.argv[2]) / "docs"

def cell(x):
    return str(x or "").replace("|", "\\\\|").replace("\\n", " ")

def text(t):
    return t.text if t is not None else ""

for page in site.pages:
    v = page.view
    lines = [f"# {page.title}", ""]
    if page.template == "commitment":
        lines += [f"**{v.level_text}**", "", "## Responsible", ""]
        for o in v.owners:
            target = o.agency.href.rstrip("/").split("/")[-1]
            lines.append(f"- [{o.agency.text}](../../agencies/{target}/) ({o.role})")
        lines += ["", "## Status history", "", "| Date | Status | Note |", "|---|---|---|"]
        lines += [f"| {r.date} | {r.level_text} | {cell(text(r.note))} |" for r in v.history]
        lines += ["", "## The IRM's assessment", "", "| Finding | Value |", "|---|---|"]
        lines += [f"| {f.label} | {cell(text(f.value))} |" for f in v.irm]
    elif page.template in ("commitments",):
        lines += ["| No. | Title | Responsible | Status |", "|---|---|---|---|"]
        for r in v:
            title, owners = cell(text(r.title)), cell(r.owners)
            lines.append(f"| {r.label} | {title} | {owners} | {r.level_text} |")
    elif page.template == "agency":
        lines += ["| No. | Title | Status |", "|---|---|---|"]
        lines += [f"| {r.label} | {cell(text(r.title))} | {r.level_text} |" for r in v.owned]
    elif page.template == "agencies":
        lines += [f"- {r.name}: {r.owned}" for r in v]
    elif page.template == "meeting":
        lines += [v.when, "", v.venue, "", text(v.chair)]
    elif page.template == "front":
        lines += ["| Level | Number |", "|---|---|"]
        lines += [f"| {b.label} | {b.count} |" for b in v.bars]
    path = docs / page.path / "index.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\\n".join(lines) + "\\n", encoding="utf-8")
(Path(sys.argv[2]) / "mkdocs.yml").write_text(
    "site_name: ogp benchmark\\nuse_directory_urls: true\\n", encoding="utf-8"
)
"""


def markdown_project(data: Path, n: int, out: Path) -> Path:
    """The site's pages as Markdown files of a mkdocs project (made once, not timed)."""
    folder = out / f"mkdocs-{n}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    subprocess.run([PY, "-c", MARKDOWN, str(data), str(folder)], check=True)
    return folder


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-mkdocs", action="store_true", help="leave mkdocs out")
    parser.add_argument("--no-setup", action="store_true", help="use bench/.venv as it is")
    parser.add_argument(
        "--out",
        type=Path,
        default=scratch("site"),
        help="where the sites are built (default: a scratch folder in memory)",
    )
    args = parser.parse_args()
    if not args.no_setup:
        setup()
    sizes = [int(x) for x in args.sizes.split(",")]
    with fresh(args.out) as root:  # removed at the end, with what an earlier run left
        results = {n: measure(n, args.runs, root, mkdocs=not args.no_mkdocs) for n in sizes}
    report(results)


def measure(n: int, runs: int, root: Path, mkdocs: bool) -> dict[str, float]:
    """Median wall seconds of each command at N commitments, and the pages of the site."""
    data = one_plan(n)
    times: dict[str, list[float]] = {}
    out = root
    for i in range(runs):
        out = root / f"public-{n}-{i}"  # a new folder for every run
        commands = {
            "validate": [OGP, "--data", str(data), "validate"],
            # into a new folder, as a CI job builds it
            "site": [OGP, "--data", str(data), "site", "--no-pdf", "-o", str(out)],
        }
        if mkdocs:
            project = markdown_project(data, n, root) if i == 0 else root / f"mkdocs-{n}"
            commands["mkdocs"] = [
                str(BIN / "mkdocs"),
                "build",
                "-q",
                "-f",
                str(project / "mkdocs.yml"),
                "-d",
                str(project / "site"),  # mkdocs replaces its last build itself
            ]
        # last, over the site this run built: the same, and the old site removed
        commands["replace"] = [OGP, "--data", str(data), "site", "--no-pdf", "--force"]
        commands["replace"] += ["-o", str(out)]
        for name, cmd in commands.items():  # round-robin: they share the machine's moods
            times.setdefault(name, []).append(timed(cmd))
        print(f"  {n:,} commitments: run {i + 1}/{runs}", file=sys.stderr)
    result = {k: statistics.median(v) for k, v in times.items()}
    result["pages"] = sum(1 for _ in out.rglob("index.html"))
    return result


def report(results: dict[int, dict[str, float]]) -> None:
    print(
        f"{'commitments':>11}  {'pages':>6}  {'validate':>9}  {'site':>8}  {'site/validate':>13}"
        f"  {'replace':>8}  {'mkdocs':>8}  {'mkdocs/site':>11}"
    )
    for n, r in results.items():
        mk = r.get("mkdocs")
        print(
            f"{n:>11,}  {int(r['pages']):>6,}  {r['validate']:>8.2f}s  {r['site']:>7.2f}s  "
            f"{r['site'] / r['validate']:>12.2f}×  {r['replace']:>7.2f}s  "
            + (f"{mk:>7.2f}s  {mk / r['site']:>10.2f}×" if mk else f"{'-':>8}  {'-':>11}")
        )
    small, large = min(results), max(results)
    if small != large:
        growth = (results[large]["site"] / results[small]["site"]) / (large / small)
        print(
            f"growth: site time per commitment at {large:,} is {growth:.2f}× that at {small:,} "
            "(1.0 is linear)"
        )
    at = results[large]
    ratio = at["site"] / at["validate"]
    verdict = "PASS" if ratio <= 2 else ("within limit" if ratio <= 4 else "FAIL")
    print(f"site / validate at {large:,}: {ratio:.2f}× (target ≤ 2×, limit 4×): {verdict}")
    print(
        f"replacing a site at {large:,} (--force, the old one removed): "
        f"{at['replace'] / at['validate']:.2f}× validate"
    )


if __name__ == "__main__":
    main()
