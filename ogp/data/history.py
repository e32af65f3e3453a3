"""How often each meeting has moved, from the git history of meetings.yaml.

A calendar invitation sent again after a meeting moved must say it is newer
(RFC 5546, 2.1.4): the same UID, a higher SEQUENCE and a later DTSTAMP. No one
keeps that count by hand here: :func:`meeting_revisions` reads every committed
version of ``meetings.yaml`` (see :func:`ogp.data.gitrev.file_versions`) and
counts, per meeting, the versions in which its date, start, end or venue
differ from the version before. Other edits (agenda, invited, chair) are not
a move and leave the count alone.

- SEQUENCE is that count (0 for a meeting that never moved).
- DTSTAMP is the commit time of its last move (``None`` when it never moved:
  the calendar then dates the invitation by its letter, as before).
- A change in the working tree that is not committed yet counts as one more
  move, stamped with the file's modification time (not the clock: the same
  files give the same invitation, byte for byte). Committing it keeps the
  count and moves the stamp to the commit's time.
- Without git, outside a repository, or before meetings.yaml is committed,
  every meeting has SEQUENCE 0. A shallow clone counts only the history it has.

The versions are compared as written (the loader's text of each value), and a
version that cannot be read as YAML is skipped. The cost is one parse of each
version of the file: linear in the length of the history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ogp.data import gitrev
from ogp.data.yamlload import LoadFailed, Node, YMap, YSeq, load_text

MEETINGS = "meetings.yaml"
MOVED_BY = ("date", "start", "end", "venue")  # what a calendar has to be told about


@dataclass(frozen=True)
class Revision:
    """How often a meeting moved, and when it last did (``None``: it never moved)."""

    sequence: int = 0
    stamp: dt.datetime | None = None


def _plain(node: Node) -> Any:
    """A node as a hashable value: text stripped, mappings as sorted pairs."""
    if isinstance(node, YMap):
        return tuple(sorted((k, _plain(v)) for k, v in node.items()))
    if isinstance(node, YSeq):
        return tuple(_plain(v) for v in node)
    return node.strip() if isinstance(node, str) else node


def _where(data: bytes | None) -> dict[str, tuple[Any, ...]] | None:
    """Each meeting's (date, start, end, venue) in one version; None if it cannot be read."""
    if data is None:
        return {}
    try:
        root, _ = load_text(data, MEETINGS)
    except LoadFailed:
        return None
    meetings = root.get("meetings") if isinstance(root, YMap) else None
    if not isinstance(meetings, YSeq):
        return {}
    out = {}
    for m in meetings:
        if isinstance(m, YMap) and isinstance(m.get("id"), str):
            out[str(m["id"]).strip()] = tuple(_plain(m.get(k)) for k in MOVED_BY)
    return out


def _utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(int(seconds), dt.UTC)


def meeting_revisions(data_dir: Path) -> dict[str, Revision]:
    """Each meeting's revision (by id) from git; meetings never moved are left out."""
    versions = gitrev.file_versions(data_dir, MEETINGS)
    if not versions:
        return {}
    seen: dict[str, tuple[Any, ...]] = {}  # each meeting where it was last seen
    revisions: dict[str, Revision] = {}

    def compare(where: dict[str, tuple[Any, ...]], stamp: dt.datetime) -> None:
        for mid, place in where.items():
            if mid in seen and seen[mid] != place:
                revisions[mid] = Revision(revisions.get(mid, Revision()).sequence + 1, stamp)
            seen[mid] = place

    for version in versions:
        where = _where(version.data)
        if where is not None:
            compare(where, _utc(version.time))
    path = data_dir / MEETINGS
    try:
        now = _where(path.read_bytes())
        mtime = path.stat().st_mtime
    except OSError:
        return revisions
    if now is not None:
        last = max(v.time for v in versions)
        compare(now, _utc(max(mtime, last)))
    return revisions
