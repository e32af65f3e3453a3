"""Writing a set of files at once (``--all -o DIR``): all of them, or none.

:func:`targets` refuses before any work is done (two items with one name, a
file where the folder should be, files that exist without ``force``, a folder
inside the data); :func:`write_all` first writes every file to a temporary
file beside its place and only then renames them all into place, so a failure
on the way (a full disk, Ctrl-C) leaves none of the new files.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from ogp.data.atomic import mode_for, reason, resolved
from ogp.data.problems import listed
from ogp.errors import OgpError
from ogp.output.write import check_personal_target, check_target

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(*parts: str, suffix: str) -> str:
    """A file name from ids: 'invitasjon-2014-02-28--norges-bank.pdf'.

    Ids are already safe (see the ``id`` rule); this is a second fence, so that
    no name can climb out of the folder or hide as a dot-file.
    """
    stem = "--".join(_UNSAFE.sub("-", p).strip(".-") or "x" for p in parts)
    return f"{stem}.{suffix}"


def targets(
    folder: Path, names: Sequence[str], *, force: bool, protected: Collection[Path]
) -> list[Path]:
    """The paths to write in ``folder``; refuses (before anything is written) if any exists."""
    seen: set[str] = set()
    for n in names:
        if n.casefold() in seen:
            raise OgpError(
                f"two of the files to write would have the same name, {n}; "
                "is a recipient or meeting listed twice?"
            )
        seen.add(n.casefold())
    check_target(folder, protected)
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
        shown = listed([str(p) for p in existing])
        raise OgpError(
            f"{len(existing)} of the {len(paths)} files exist already: {shown}; "
            "nothing was written",
            hint="use --force to overwrite them, or choose another folder with -o",
        )
    return paths


def write_all(
    items: Iterable[tuple[Path, str | bytes]],
    *,
    protected: Collection[Path],
    personal: bool = False,
) -> int:
    """Write every (path, data): all staged beside their places first, then renamed into place.

    The folders are made if needed. If staging fails, nothing new is left behind.
    Each file's mode is :func:`ogp.data.atomic.mode_for`'s (0600 for ``personal`` data,
    which is never written into a website that ``ogp site`` wrote).
    """
    import tempfile  # only when files are written

    staged: list[tuple[str, Path]] = []
    try:
        for path, data in items:
            check_target(path, protected)
            if personal:
                check_personal_target(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OgpError(f"cannot make the folder {path.parent}: {reason(exc)}") from None
            if path.is_dir():
                raise OgpError(f"{path} is a folder; nothing was written")
            target = resolved(path) if path.is_symlink() else path
            raw = data.encode("utf-8") if isinstance(data, str) else data
            try:
                fd, tmp = tempfile.mkstemp(
                    prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
                )
                staged.append((tmp, target))
                with os.fdopen(fd, "wb") as fh:
                    fh.write(raw)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.chmod(tmp, mode_for(target, personal=personal))
            except OSError as exc:
                raise OgpError(f"cannot write {path}: {reason(exc)}; nothing was written") from None
        for i, (tmp, target) in enumerate(staged):
            try:
                os.replace(tmp, target)
            except OSError as exc:
                staged = staged[i:]
                raise OgpError(f"cannot write {target}: {reason(exc)}") from None
        n = len(staged)
        staged = []
        return n
    finally:
        for tmp, _target in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
