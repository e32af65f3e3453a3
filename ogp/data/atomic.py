"""Replace a file atomically: the one primitive beneath ogp's writes of outputs and of data.

It lives in the data layer so that both the writer of data files
(:mod:`ogp.data.writeback`) and the writer of outputs (:mod:`ogp.output.write`)
use it; it knows nothing of which folders may be written (the output layer checks
that before it calls it).
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from ogp.errors import OgpError


def reason(exc: OSError) -> str:
    """What went wrong, in words a user acts on."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def resolved(path: Path) -> Path:
    """The real path, links followed; a link that leads in a circle is the user's to fix."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a link loop, on Python before 3.13
        raise OgpError(f"{path}: a symbolic link that leads in a circle") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


PERSONAL_MODE = 0o600  # a file that holds personal data: its owner's alone


def mode_for(path: Path, *, personal: bool = False, new_mode: int | None = None) -> int:
    """The mode of a file written to ``path``: 0600 when it holds personal data (names,
    e-mail addresses), whatever the file had before (a copy made by an older ogp, or
    by hand, may be readable by all); else an existing file's own; else ``new_mode``,
    or the usual mode (0666 less the umask)."""
    if personal:
        return PERSONAL_MODE
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return new_mode if new_mode is not None else 0o666 & ~_umask()


def replace_atomic(
    path: Path, raw: bytes, *, new_mode: int | None = None, personal: bool = False
) -> None:
    """Write ``raw`` to a temporary file beside ``path``, flush it to disk, rename it into place.

    A reader never sees half a file, and a failure (disk full, Ctrl-C) leaves the
    old file, or none, never a truncated one. The file's mode is :func:`mode_for`'s:
    0600 for ``personal`` data; else an existing file keeps its mode, and a new one
    gets ``new_mode``, or the usual mode. Where ``path`` is a symbolic
    link (registrations kept on another disk), the file it points to is replaced,
    beside itself, and the link stays.
    """
    import tempfile  # only when a file is written: it pulls in shutil, random, bz2, lzma

    if path.is_symlink():
        path = resolved(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OgpError(f"cannot write {path}: folder '{folder}' does not exist")
    mode = mode_for(path, personal=personal, new_mode=new_mode)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, mode)  # mkstemp makes it 0600
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise OgpError(f"cannot write {path}: {reason(exc)}") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
