"""The compiled templates and PDF renderers belong to a run, not to the process."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ogp.cli.common import State
from ogp.output.caches import RenderCaches
from ogp.output.context import OutputContext
from ogp.output.documents import render_template


def test_each_template_folder_gets_its_own_environment_compiled_once(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, words in ((one, "first"), (two, "second")):
        folder.mkdir()
        (folder / "note.txt.j2").write_text(words + "\n", "utf-8")
    caches = RenderCaches()
    ctx = OutputContext(caches=caches)
    a = render_template("note", "txt", dataclasses.replace(ctx, template_dirs=(one,)))
    b = render_template("note", "txt", dataclasses.replace(ctx, template_dirs=(two,)))
    assert (a.strip(), b.strip()) == ("first", "second")
    assert caches.environment([one]) is caches.environment([one])
    assert caches.environment([one]) is not caches.environment([two])
    assert caches.environment([one]) is not caches.environment([one], markdown=True)


def test_two_runs_share_nothing(tmp_path: Path) -> None:
    first, second = State(tmp_path / "data"), State(tmp_path / "data")
    ctx = first.context_for("-")
    assert ctx.caches is first.caches  # every document of a run reuses what it compiled
    assert dataclasses.replace(ctx, lang="en").caches is first.caches
    assert second.context_for("-").caches is not first.caches
    assert OutputContext().caches is not OutputContext().caches
