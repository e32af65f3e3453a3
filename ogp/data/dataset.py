"""Read the data folder: every file through the strict loader, the schema, then the rules."""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ogp.data import paths
from ogp.data.model import Dataset
from ogp.data.problems import Pos, Result, Severity, builtin_rule, error
from ogp.data.rules import run_all
from ogp.data.rules.facts import Facts
from ogp.data.schema.files import FILES, DataFile
from ogp.data.schema.types import INVALID, Ctx, ListOf
from ogp.data.yamlload import (
    EMPTY_FILE,
    LoadFailed,
    YMap,
    checked,
    gc_paused,
    load_text,
    read_file,
)
from ogp.errors import DataInvalid, OgpError

# The rules of this step, named where they are raised; their documentation is listed
# by `ogp validate --list-rules` (see ogp.data.rules.documentation).
MISSING_FILE = builtin_rule("missing-file", "The required data files exist.")
FILE_NAME = builtin_rule(
    "file-name", "Data files end in .yaml (a .yml file is pointed out, not ignored)."
)
TOP_LEVEL = builtin_rule("top-level", "A data file is a mapping at the top.")


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working folder where possible."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    # outside the working folder: the whole path, its '..' resolved ('/tmp/data/x.yaml', not
    # '/tmp/sub/../data/x.yaml')
    return os.path.abspath(path) if rel.startswith("..") else rel


def check_folder(data_dir: Path) -> None:
    if not data_dir.exists():
        raise OgpError(
            f"data folder '{data_dir}' does not exist",
            hint="run ogp in the folder that holds data/, or pass --data DIR",
        )
    if not data_dir.is_dir():
        raise OgpError(f"'{data_dir}' is not a folder", hint="pass the data folder with --data DIR")


# How the data files are found: a file's name -> (its name as shown, a function giving
# its bytes, checked to be UTF-8, or None when the file is not there).
Source = Callable[[str], tuple[str, Callable[[], bytes] | None]]


def read(data_dir: Path) -> Result:
    """Read and check every data file; problems are collected, never raised."""
    check_folder(data_dir)

    def on_disk(filename: str) -> tuple[str, Callable[[], bytes] | None]:
        path = Path(os.path.normpath(data_dir / filename))  # ../private/x.yaml: beside it
        name = display_path(path)
        if not path.exists() and path.with_suffix(".yml").exists():
            return display_path(path.with_suffix(".yml")), lambda: _misnamed(path)
        there = path.exists() or path.is_symlink()  # a broken link is read, and said so
        mine = not filename.startswith("../")  # the plan's own files, not private/
        return name, (lambda: read_file(path, name, contained=mine)) if there else None

    return check(on_disk)


def _misnamed(path: Path) -> bytes:  # never returns: the file is misnamed
    wrong = path.with_suffix(".yml")
    raise LoadFailed(
        error(
            Pos(display_path(wrong)),
            FILE_NAME,
            f"ogp reads {path.name}, not {wrong.name}: rename the file to {path.name}",
        )
    )


def read_texts(texts: Mapping[str, bytes], prefix: str = "", *, earlier: bool = False) -> Result:
    """Check data files given as their bytes (e.g. from ``git show``), named ``prefix + name``.

    A file that is not in ``texts`` is missing, as on disk. ``earlier``: the data of
    an older revision, where a value that an earlier ogp accepted and this one refuses
    is read as it was written, with a warning (see :class:`Ctx`).
    """

    def given(filename: str) -> tuple[str, Callable[[], bytes] | None]:
        name = prefix + filename
        if filename.startswith("../"):  # a file beside the data folder (private/)
            name = os.path.normpath(name)
        if filename not in texts:
            return name, None
        return name, lambda: checked(texts[filename], name)

    return check(given, earlier=earlier)


def check(source: Source, *, earlier: bool = False) -> Result:
    """Load, convert and check every data file that ``source`` gives."""
    with gc_paused():  # see gc_paused: the data is acyclic, and large
        return _check(source, earlier)


def _check(source: Source, earlier: bool) -> Result:
    ctx = Ctx(earlier=earlier)
    parts: dict[str, Any] = {}
    files: list[str] = []
    for key, spec in FILES.items():
        name, content = source(spec.relpath)
        if content is None:
            if spec.required:
                ctx.problems.append(
                    error(
                        Pos(name),
                        MISSING_FILE,
                        f"{spec.name} is missing from the data folder",
                        hint=f"it holds {spec.description[0].lower()}{spec.description[1:]}",
                    )
                )
                ctx.lose(spec.kinds)
            continue
        files.append(name)
        value = load_one(spec, name, content, ctx)
        if value is INVALID:
            ctx.lose(spec.kinds)
        elif value is not None:
            parts[key] = value
    # the keys at the top of every file are the Dataset's fields (see ogp.data.kinds)
    data = Dataset(**{k: v for part in parts.values() for k, v in part.items()})
    problems = ctx.problems
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    facts = Facts(data, ctx.declared, ctx.references, ctx.unread)
    skipped: list[str] = []
    problems.extend(run_all(facts, errors_so_far=errors, skipped=skipped))
    problems.sort(key=lambda p: p.sort_key)
    return Result(data, paths.fill(problems, data), files, warnings_skipped=bool(skipped))


def load_one(spec: DataFile, name: str, content: Callable[[], bytes], ctx: Ctx) -> Any:
    """One file through the strict loader and its schema: its valid part, None when
    nothing of it is valid, or INVALID when it cannot be read at all (problems in ``ctx``)."""
    ctx.file, ctx.field = name, ""
    # The records of the lists at the top of the file are converted as the
    # loader parses each one, so the file never stands in memory as a whole tree.
    streamed = {
        list_key: functools.partial(f.type.item.convert, ctx=ctx)
        for list_key, f in spec.top.fields.items()
        if isinstance(f.type, ListOf)
    }
    before = ctx.checkpoint()
    try:
        ctx.cut = {}
        root, load_problems = load_text(content(), name, streamed, ctx.cut)
    except LoadFailed as exc:
        ctx.rollback(before)  # what was converted of a file that cannot be read
        problem = exc.problem
        if problem.rule == EMPTY_FILE and not spec.required:
            # a file the data may be without: an empty one is better gone than filled
            # (what it holds: its description up to any detail after a colon)
            holds = spec.description.partition(":")[0].rstrip(".").lower()
            problem = dataclasses.replace(
                problem, hint=f"{problem.hint}, or be deleted while there are no {holds}"
            )
        ctx.problems.append(problem)
        return INVALID
    ctx.problems.extend(load_problems)
    if type(root) is not YMap:
        kind = "a list" if isinstance(root, list) else "a single value"
        keys = ", ".join(f"'{k}:'" for k in spec.top.fields)
        ctx.problems.append(
            error(
                Pos(name, 1, 1),
                TOP_LEVEL,
                f"the file holds {kind}",
                hint=f"it must be a mapping with {keys} at the top",
            )
        )
        return INVALID
    value = spec.top.convert(root, root.mark, ctx)
    del root  # the typed data keeps what it needs of the tree
    return None if value is INVALID else value


def load(data_dir: Path) -> Dataset:
    """The data, for commands that need it valid: errors raise :class:`DataInvalid`."""
    result = read(data_dir)
    if result.errors:
        raise DataInvalid(result.problems)
    return result.data
