"""Measure rendering N personal PDF letters in one run (default 100).

    .venv/bin/python bench/letters_pdf.py [N] [--data DIR]

The bundled letter has 16 recipients; to reach N letters the recipients are
cycled (the same work as N distinct recipients: each letter is built and
rendered from scratch). Letters are rendered in memory, as `render-letter
--each` does before it writes; the time to build the data and to write the
files is reported apart. Nothing is asserted: this prints figures.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from ogp.data import dataset
    from ogp.data.lookup import pick_letter
    from ogp.documents import letter as core
    from ogp.output import batch, templating
    from ogp.output.context import OutputContext
    from ogp.output.formats.letter import pdf

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100)
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    args = parser.parse_args()

    t0 = time.perf_counter()
    data = dataset.load(args.data)
    letter = pick_letter(data, None)
    ctx = OutputContext(template_dirs=tuple(templating.search_path(args.data)))
    t_load = time.perf_counter() - t0

    recipients = list(itertools.islice(itertools.cycle(letter.recipients), args.n))
    t1 = time.perf_counter()
    first = pdf(core.build(data, letter, to=recipients[0]), ctx)  # imports, fonts
    t_first = time.perf_counter() - t1

    t2 = time.perf_counter()
    out: list[bytes] = [first]
    for r in recipients[1:]:
        out.append(pdf(core.build(data, letter, to=r), ctx))
    t_rest = time.perf_counter() - t2

    with tempfile.TemporaryDirectory() as tmp:
        t3 = time.perf_counter()
        batch.write_all(((Path(tmp) / f"{i:03d}.pdf", b) for i, b in enumerate(out)), protected=())
        t_write = time.perf_counter() - t3

    total = t_first + t_rest
    size = sum(len(b) for b in out) / len(out)
    print(f"letters:            {len(out)}")
    print(f"load data:          {t_load:.2f} s")
    print(f"first letter:       {t_first:.2f} s (imports WeasyPrint, loads fonts)")
    each = t_rest / max(len(out) - 1, 1) * 1000
    print(f"other letters:      {t_rest:.2f} s ({each:.0f} ms each)")
    print(f"render total:       {total:.2f} s")
    print(f"write (atomic):     {t_write:.2f} s")
    print(f"average PDF size:   {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
