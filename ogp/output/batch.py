"""Writing a set of files at once: all or nothing as far as existing files are concerned."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ogp.errors import OgpError
from ogp.output.write import check_target, write_atomic

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(*parts: str, suffix: str) -> str:
    """A file name from ids: 'invitasjon-2014-02-28--norges-bank.pdf'.

    Ids are already safe (see the ``id`` rule); this is a second fence, so that
    no name can climb out of the folder or hide as a dot-file.
    """
    stem = "--".join(_UNSAFE.sub("-", p).strip(".-") or "x" for p in parts)
    return f"{stem}.{suffix}"


def targets(folder: Path, names: Sequence[str], *, force: bool) -> list[Path]:
    """The paths to write in ``folder``; refuses (before anything is written) if any exists."""
    seen: set[str] = set()
    for n in names:
        if n.casefold() in seen:
            raise OgpError(
                f"two of the files to write would have the same name, {n}; "
                "is a recipient or meeting listed twice?"
            )
        seen.add(n.casefold())
    check_target(folder)
    for place in (folder, *folder.parents):  # the nearest part of the path that exists
        if place.exists():
            if not place.is_dir():
                raise OgpError(
                    f"cannot write into {folder}: '{place}' is a file, not a folder",
                    hint="give -o the folder to write the files into",
                )
            break
    paths = [folder / n for n in names]
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        shown = ", ".join(str(p) for p in existing[:5])
        more = f" and {len(existing) - 5} more" if len(existing) > 5 else ""
        raise OgpError(
            f"{len(existing)} of the {len(paths)} files exist already: {shown}{more}; "
            "nothing was written",
            hint="use --force to overwrite them, or choose another folder with -o",
        )
    return paths


def write_all(items: Iterable[tuple[Path, str | bytes]]) -> int:
    """Write every (path, data) atomically; the folder is created if needed."""
    n = 0
    for path, data in items:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OgpError(f"cannot make the folder {path.parent}: {exc.strerror or exc}") from None
        write_atomic(path, data, force=True)
        n += 1
    return n
