"""Benchmark of the status round: ``ogp form --all`` and ``ogp intake`` of every agency's form.

    python3 bench/forms.py 1000 5000     # sizes in commitments (default: 1000 5000)

For each size it generates the data (bench/generate.py, into a scratch folder),
times ``ogp form --all -o forms/`` (one workbook per reporting agency), fills
the first row of every form as an agency would (openpyxl: the drop-down's
value, a date cell, text), then times ``ogp intake forms/*.xlsx --dry-run``
and ``ogp intake forms/*.xlsx``, and checks that ``ogp validate`` still
passes. It prints the wall times and their growth from one size to the next
(linear growth: the time ratio about equals the size ratio). It uses the ogp
on PATH, or the one beside this Python.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

OGP = shutil.which("ogp") or str(Path(sys.executable).with_name("ogp"))


def timed(*args: str | Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([OGP, *map(str, args)], capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"ogp {' '.join(map(str, args[:4]))} ... failed:\n{done.stderr[-2000:]}")
    return took


def fill_all(folder: Path) -> int:
    n = 0
    for path in sorted(folder.glob("*.xlsx")):
        book = load_workbook(path)
        ws = book["Status"]
        # the first commitment it alone reports on: a shared one without an agreed reporter
        # is on each owner's form, and two owners' reports of one day would (rightly) clash
        rows = [
            r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value and not ws.cell(r, 6).value
        ]
        if not rows:
            continue
        ws.cell(rows[0], 7).value = "begrenset"
        ws.cell(rows[0], 8).value = dt.date(2014, 6, 20)
        ws.cell(rows[0], 9).value = "Arbeidet er i gang"
        book.save(path)
        n += 1
    return n


def run(n: int, root: Path) -> dict[str, float]:
    data = generate(n, root / "data")
    forms = root / "forms"
    figures = {"form --all": timed("--data", data, "form", "--all", "-o", forms)}
    figures["forms"] = fill_all(forms)
    files = sorted(forms.glob("*.xlsx"))
    figures["intake --dry-run"] = timed("--data", data, "intake", *files, "--dry-run")
    figures["intake"] = timed("--data", data, "intake", *files)
    timed("--data", data, "validate")
    return figures


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 5000]
    results: dict[int, dict[str, float]] = {}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            results[n] = run(n, Path(tmp))
        r = results[n]
        print(
            f"{n:>6} commitments, {int(r['forms'])} forms: form --all {r['form --all']:.1f} s, "
            f"intake --dry-run {r['intake --dry-run']:.1f} s, intake {r['intake']:.1f} s",
            flush=True,
        )
    for a, b in itertools.pairwise(sizes):
        ra, rb = results[a], results[b]
        growth = ", ".join(
            f"{k} x{rb[k] / ra[k]:.1f}" for k in ("form --all", "intake --dry-run", "intake")
        )
        print(f"{a} -> {b} (x{b / a:.1f}): {growth}")


if __name__ == "__main__":
    main()
