"""Write what ogp produces: atomically into place, or to standard output for '-'.

Outputs never overwrite the data or the templates: every function that writes a
file takes ``protected``, the folders it must not write into (the command line's
``State.protected``: the data folder, ``templates/`` beside it, ``--templates``).
An output that holds personal data is never written into a website that ``ogp
site`` made (which is there to be published; it holds :data:`SITE_MARKER`).
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from pathlib import Path

from ogp.data.atomic import resolved
from ogp.errors import OgpError

SITE_MARKER = ".ogp-site"  # in the root of every site ogp writes: the folder may be replaced


def check_personal_target(path: Path) -> None:
    """Refuse to write personal data into a website that ``ogp site`` wrote (a folder above
    ``path`` holds its marker): whatever is in it is published with it."""
    for folder in resolved(path).parents:
        if (folder / SITE_MARKER).is_file():
            raise OgpError(
                f"refusing to write {path}: it names people (personal data), and it is inside "
                f"{folder}, a website that 'ogp site' wrote, to be published",
                hint="write it outside the site's folder: it is for internal use only",
            )


def check_target(path: Path, protected: Collection[Path]) -> None:
    """Refuse a target inside a ``protected`` folder (resolved): outputs never overwrite sources."""
    target = resolved(path)
    for folder in protected:
        if target == folder or folder in target.parents:
            raise OgpError(
                f"refusing to write {path}: it is inside {folder}, which holds the data or "
                "templates; write outputs somewhere else",
            )


def is_stdout(target: str | Path | None) -> bool:
    return target is None or str(target) == "-"


def write_atomic(
    path: Path,
    data: str | bytes,
    *,
    protected: Collection[Path],
    force: bool = True,
    personal: bool = False,
) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A reader never sees half a file, and a failure (disk full, Ctrl-C) leaves
    the old file, or none, never a truncated one. With ``force=False`` an
    existing ``path`` is refused. ``personal`` data (names and e-mail addresses of
    people registered) is written readable by its owner only (0600), and never into a
    website that ``ogp site`` wrote.
    """
    check_target(path, protected)
    if personal:
        check_personal_target(path)
    if path.is_dir():
        raise OgpError(f"{path} is a folder; give the name of a file to write")
    if path.exists() and not path.is_file():  # /dev/null, a pipe: written to, not replaced
        _write_through(path, data)
        return
    if path.is_symlink():  # write the file the link points to, and keep the link
        path = resolved(path)  # (as replace_atomic does), so that --force sees the file
    if not force and path.exists():
        raise OgpError(f"{path} exists; use --force to overwrite it")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    from ogp.data.atomic import replace_atomic

    replace_atomic(path, raw, personal=personal)


def _write_through(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with path.open("wb") as fh:
            fh.write(raw)
    except OSError as exc:
        from ogp.data.atomic import reason

        raise OgpError(f"cannot write {path}: {reason(exc)}") from None


def emit(
    text: str | bytes,
    output: str | Path | None,
    *,
    protected: Collection[Path],
    force: bool = True,
    personal: bool = False,
) -> None:
    """Print to standard output, or write the file ``output`` atomically (0600 when it
    holds ``personal`` data)."""
    if is_stdout(output):
        if sys.stdout is None:  # started with no standard output at all (>&-)
            raise OgpError(
                "there is no standard output to write to",
                hint="write to a file with -o FILE, or run ogp with its output open",
            )
        try:
            if isinstance(text, bytes):
                sys.stdout.buffer.write(text)
                sys.stdout.buffer.flush()
            else:
                sys.stdout.write(text)
                sys.stdout.flush()
        except BrokenPipeError:
            raise  # the reader stopped reading: not an error (see the CLI)
        except OSError as exc:
            from ogp.data.atomic import reason

            raise OgpError(f"cannot write to standard output: {reason(exc)}") from None
        return
    write_atomic(Path(str(output)), text, force=force, protected=protected, personal=personal)
