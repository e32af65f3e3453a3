"""Write changes into the data files, keeping every other byte as it was.

Commands that add to the data (``ogp intake``, ``ogp record``, ``ogp register``)
change YAML that people wrote by hand and review in pull requests. A YAML
library that loads and dumps would reflow it: comments lost, quoting and flow
style changed, keys reordered. This module instead splices text into the file at
the right places, found with the parser's character positions, in the spirit of
pre-commit's ``yaml_rewrite``: nothing but the inserted or replaced text
changes. Comments, quoting, order, flow style, blank lines, CRLF line ends and a
byte-order mark all stay.

The edits (values are plain data: ``str``, ``dict[str, value]``, ``list[value]``)::

    Append(path, item)          add ``item`` at the end of the list at ``path``;
                                the list's key is created where the mapping lacks it
    Append(path, item, before)  add it before the list's item ``before`` (an index;
                                a dated history kept in order: a late report)
    SetField(path, key, value)  set ``key`` of the mapping at ``path`` to the scalar
                                ``value`` (replaced where it is, added where not)

A ``path`` leads from the top of the file: a ``str`` is a key of a mapping, an
``int`` an index of a list, and ``ItemWith("id", "4.1")`` the (one) mapping of a
list whose ``id`` is ``4.1``. For example the status reports of commitment 4.1
are ``("commitments", ItemWith("id", "4.1"), "status")``.

New text follows its surroundings: block items at the indentation of the list's
items (a new key at its mapping's keys, a new list under it indented as the file
indents its lists), flow items in flow style (``[a, b]``, ``{k: v}``), the file's
line ends. A value is written plain where YAML reads it back as the same string
(``limited``, ``2014-06-13``, ``mote-2``), else double-quoted with escapes, so
that every value reads back, through the one loader, as the very string given.

The same change twice changes nothing: an ``Append`` of an item equal to one
the list already holds, and a ``SetField`` to the value the field has, are no
change at all.

Using it::

    change = plan(path, [Append(...), ...])      # the file's bytes before and after
    written = commit([change], check=dataset_check(data_dir))

:func:`plan` reads the file once and computes the new bytes (raising
:class:`WriteRefused` for an edit that cannot be made: no such item, a list
where a mapping should be). :func:`commit` then parses every new text with the
one loader, passes them all to ``check`` (the whole data set validated with the
new texts in place: :func:`dataset_check`) and writes nothing if it reports an
error; then, for each file, reads it again and refuses, writing nothing, if any
changed since :func:`plan` read it; and replaces each changed file atomically.
It returns the changes that changed a file.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from ogp.data.atomic import replace_atomic
from ogp.data.problems import Problem, Severity
from ogp.data.yamlload import LoadFailed, YMap, YSeq, decode, load_text, read_file
from ogp.errors import OgpError

Value = Union[str, bool, Mapping[str, "Value"], Sequence["Value"]]  # noqa: UP007 - a runtime alias


@dataclass(frozen=True)
class ItemWith:
    """A step of a path: the one mapping of a list whose ``key`` is ``value``."""

    key: str
    value: str


Step = Union[str, int, ItemWith]  # noqa: UP007
Path_ = tuple[Step, ...]


@dataclass(frozen=True)
class Append:
    """Add ``item`` at the end of the list at ``path`` (created where its key is missing),
    or before its item at index ``before`` (where the list has it; else at the end)."""

    path: Path_
    item: Value
    before: int | None = None


@dataclass(frozen=True)
class SetField:
    """Set ``key`` of the mapping at ``path`` to the scalar ``value``."""

    path: Path_
    key: str
    value: str | bool


Edit = Union[Append, SetField]  # noqa: UP007


class WriteRefused(OgpError):
    """An edit that cannot be made, or a write that must not happen."""


@dataclass
class Change:
    """One file's bytes as read and as they would be after the edits."""

    path: Path
    display: str
    before: bytes
    after: bytes
    applied: list[Edit] = field(default_factory=list)  # the edits that changed something
    new_mode: int | None = None  # the mode of a file made new (0o600: personal data)

    @property
    def changed(self) -> bool:
        return self.before != self.after

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.before).hexdigest()


# ---------------------------------------------------------------------------
# The file's structure with character positions


@dataclass
class _Node:
    kind: str  # "map", "seq", "scalar"
    start: int
    end: int  # where the node's text ends (a block collection: where its last content ends)
    flow: bool = False
    style: str = ""
    value: str | None = None
    keys: list[_Node] = field(default_factory=list)  # of a map
    items: list[_Node] = field(default_factory=list)  # values of a map, items of a seq


def _tree(text: str) -> _Node:
    from yaml._yaml import CParser  # character positions in the str it is given

    parser: Any = CParser(text)
    stack: list[_Node] = []
    root: _Node | None = None
    pending_key: list[bool] = []  # per open map: the next scalar/collection is a key
    try:
        while True:
            event = parser.get_event()
            name = type(event).__name__
            if name in ("ScalarEvent", "MappingStartEvent", "SequenceStartEvent"):
                if name == "ScalarEvent":
                    node = _Node(
                        "scalar",
                        event.start_mark.index,
                        event.end_mark.index,
                        style=event.style or "",
                        value=event.value,
                    )
                else:
                    node = _Node(
                        "map" if name == "MappingStartEvent" else "seq",
                        event.start_mark.index,
                        event.end_mark.index,
                        flow=bool(event.flow_style),
                    )
                if not stack:
                    root = node
                else:
                    parent = stack[-1]
                    if parent.kind == "map" and pending_key[-1]:
                        parent.keys.append(node)
                        pending_key[-1] = False
                    else:
                        parent.items.append(node)
                        if parent.kind == "map":
                            pending_key[-1] = True
                if node.kind != "scalar":
                    stack.append(node)
                    pending_key.append(True)
            elif name in ("MappingEndEvent", "SequenceEndEvent"):
                node = stack.pop()
                pending_key.pop()
                if node.flow:
                    node.end = event.end_mark.index
                else:
                    last = [*node.keys, *node.items]
                    node.end = max((n.end for n in last), default=node.start)
            elif name == "StreamEndEvent":
                break
    finally:
        parser.dispose()
    if root is None:
        raise WriteRefused("the file is empty")
    return root


def _describe(path: Sequence[Step]) -> str:
    out = ""
    for step in path:
        if isinstance(step, ItemWith):
            out += f"[{step.key}={step.value}]"
        elif isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out or "the top of the file"


# ---------------------------------------------------------------------------
# Values as YAML text

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_./-]*|\d{4}-\d{2}-\d{2}")
# Plain words YAML 1.1 or 1.2 read as something other than text.
_NOT_TEXT = frozenset(
    {
        *("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON"),
        *("true", "True", "TRUE", "false", "False", "FALSE", "off", "Off", "OFF"),
        *("null", "Null", "NULL"),
    }
)


def scalar(value: str | bool) -> str:
    """``value`` as YAML that reads back as this very string: plain where safe, else quoted;
    a truth value as YAML's ``true`` or ``false`` (what a schema's boolean is, to every
    other reader of the file too)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if _PLAIN.fullmatch(value) and value not in _NOT_TEXT and not value.endswith((".", "-")):
        return value
    out = []
    for ch in json.dumps(value, ensure_ascii=False)[1:-1]:
        code = ord(ch)
        if code in (0x85, 0x2028, 0x2029, 0xFEFF) or 0x7F <= code <= 0x9F:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _flow(value: Value) -> str:
    if isinstance(value, str | bool):
        return scalar(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{scalar(k)}: {_flow(v)}" for k, v in value.items()) + "}"
    return "[" + ", ".join(_flow(v) for v in value) + "]"


def _block_lines(value: Mapping[str, Value], indent: int, step: int) -> list[str]:
    """A mapping in block style, each line indented ``indent``; lists under keys ``step`` more."""
    lines: list[str] = []
    pad = " " * indent
    for key, v in value.items():
        if isinstance(v, str | bool):
            lines.append(f"{pad}{scalar(key)}: {scalar(v)}")
        elif isinstance(v, Mapping):
            lines.append(f"{pad}{scalar(key)}:")
            lines.extend(_block_lines(v, indent + 2, step))
        elif all(isinstance(x, str | bool) for x in v) or not v:
            lines.append(f"{pad}{scalar(key)}: {_flow(v)}")
        else:
            lines.append(f"{pad}{scalar(key)}:")
            lines.extend(_block_item(x, indent + step, step) for x in v)
    return lines


def _block_item(value: Value, dash: int, step: int) -> str:
    """One item of a block list: '- ' at column ``dash``, a mapping's keys after it."""
    if isinstance(value, str) or not isinstance(value, Mapping):
        return " " * dash + "- " + _flow(value)
    if not value:
        return " " * dash + "- {}"
    lines = _block_lines(value, dash + 2, step)
    return " " * dash + "- " + "\n".join(lines)[dash + 2 :]


def _plain(node: Any) -> Any:
    """A loaded node as plain data, for comparing with a value."""
    if isinstance(node, YMap):
        return {k: _plain(v) for k, v in node.items()}
    if isinstance(node, YSeq):
        return [_plain(v) for v in node]
    return node


def _as_plain(value: Value) -> Any:
    """``value`` as the loader reads it back (every scalar a string: ``true``)."""
    if isinstance(value, bool):
        return scalar(value)
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return {k: _as_plain(v) for k, v in value.items()}
    return [_as_plain(v) for v in value]


class _Index:
    """Finds the node at a path, in the positioned tree and in the loaded one; the items of
    a list by a key's value are indexed once, so that thousands of edits stay linear."""

    def __init__(self) -> None:
        self._tree: dict[tuple[int, str], dict[str, list[_Node]]] = {}
        self._loaded: dict[tuple[int, str], dict[str, list[Any]]] = {}

    def find(self, root: _Node, path: Sequence[Step], file: str) -> _Node | None:
        """The node at ``path``; None where only the last step, a key, is missing."""
        node = root
        for i, step in enumerate(path):
            here = _describe(path[: i + 1])
            if isinstance(step, str):
                if node.kind != "map":
                    raise WriteRefused(f"{file}: {_describe(path[:i])} is not a mapping")
                found = [v for k, v in zip(node.keys, node.items, strict=True) if k.value == step]
                if not found:
                    if i == len(path) - 1:
                        return None
                    raise WriteRefused(f"{file}: there is no {here}")
                node = found[0]
            elif isinstance(step, int):
                if node.kind != "seq" or not -len(node.items) <= step < len(node.items):
                    raise WriteRefused(f"{file}: there is no {here}")
                node = node.items[step]
            else:
                if node.kind != "seq":
                    raise WriteRefused(f"{file}: {_describe(path[:i])} is not a list")
                by = self._tree.get((id(node), step.key))
                if by is None:
                    by = {}
                    for item in node.items:
                        if item.kind != "map":
                            continue
                        for k, v in zip(item.keys, item.items, strict=True):
                            if k.value == step.key and v.kind == "scalar" and v.value is not None:
                                by.setdefault(v.value, []).append(item)
                    self._tree[(id(node), step.key)] = by
                matches = by.get(step.value, [])
                if len(matches) != 1:
                    what = "no" if not matches else f"{len(matches)} items with"
                    raise WriteRefused(f"{file}: there is {what} {here}")
                node = matches[0]
        return node

    def loaded(self, root: Any, path: Sequence[Step]) -> Any:
        """What the loader made of the value at ``path``, or None."""
        node = root
        for step in path:
            if isinstance(step, str):
                node = node.get(step) if isinstance(node, dict) else None
            elif isinstance(step, int):
                ok = isinstance(node, list) and -len(node) <= step < len(node)
                node = node[step] if ok else None
            elif isinstance(node, list):
                by = self._loaded.get((id(node), step.key))
                if by is None:
                    by = {}
                    for x in node:
                        if isinstance(x, dict) and isinstance(x.get(step.key), str):
                            by.setdefault(x[step.key], []).append(x)
                    self._loaded[(id(node), step.key)] = by
                found = by.get(step.value, [])
                node = found[0] if len(found) == 1 else None
            else:
                node = None
            if node is None:
                return None
        return node


# ---------------------------------------------------------------------------
# Splicing


class _Text:
    """The file's text with its line ends, and helpers to find lines and columns."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.eol = "\r\n" if "\r\n" in text[: text.find("\n") + 1] else "\n"

    def column(self, index: int) -> int:
        return index - (self.text.rfind("\n", 0, index) + 1)

    def after_line(self, index: int) -> int:
        """Where the line holding the character before ``index`` ends (after its line end)."""
        if index > 0 and self.text[index - 1] == "\n":
            return index
        nl = self.text.find("\n", index)
        return len(self.text) if nl < 0 else nl + 1

    def lines(self, at: int, lines: list[str]) -> tuple[int, str]:
        """Whole lines to insert at ``at`` (a line's start, or the end of a file without a
        final line end)."""
        body = self.eol.join(lines) + self.eol
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            body = self.eol + body.removesuffix(self.eol)
        return at, body


def _list_step(root: _Node, text: _Text) -> int:
    """How far this file indents a block list under its key (2 when it has none)."""
    todo = [root]
    while todo:
        node = todo.pop()
        if node.kind == "map" and not node.flow:
            for k, v in zip(node.keys, node.items, strict=True):
                if v.kind == "seq" and not v.flow and v.items:
                    return max(text.column(v.start) - text.column(k.start), 0)
        todo.extend(node.items)
    return 2


def _splice(
    text: _Text, root: _Node, edit: Edit, items: list[Value], file: str, index: _Index
) -> tuple[int, int, str]:
    """The one replacement (start, end, new text) that makes ``edit`` (an Append: adding
    ``items``)."""
    if isinstance(edit, Append):
        node = index.find(root, edit.path, file)
        if node is not None and node.kind == "scalar" and not node.style and node.value in _NULLS:
            # 'status:' or 'status: ~': a list not written yet
            parent = index.find(root, edit.path[:-1], file)
            assert parent is not None
            if parent.flow:
                return node.start, node.end, _flow(items)
            key_node = _key_of(parent, node)
            step = _list_step(root, text)
            dash = text.column(key_node.start) + step
            at = text.after_line(node.end)
            lines = [ln for item in items for ln in _block_item(item, dash, step).split("\n")]
            rest = text.text[node.end : at]  # the key's line end, or a comment and its end
            start = node.start
            if not rest.strip():
                while start > 0 and text.text[start - 1] == " ":
                    start -= 1
            return start, at, rest + text.lines(at, lines)[1]
        if node is None:
            parent = index.find(root, edit.path[:-1], file)
            assert parent is not None
            key = edit.path[-1]
            assert isinstance(key, str)
            return _add_key(text, root, parent, key, items, list_value=True)
        if node.kind != "seq":
            raise WriteRefused(f"{file}: {_describe(edit.path)} is not a list")
        inside = edit.before is not None and edit.before < len(node.items)
        if node.flow:
            if inside:
                assert edit.before is not None
                at = node.items[edit.before].start
                return at, at, "".join(_flow(i) + ", " for i in items)
            return _flow_append(text, node, ", ".join(_flow(i) for i in items))
        dash = text.column(node.start)
        step = _list_step(root, text)
        lines = [ln for item in items for ln in _block_item(item, dash, step).split("\n")]
        if inside:
            assert edit.before is not None
            at = _item_line(text, node, edit.before)
            return at, at, text.eol.join(lines) + text.eol
        at, body = text.lines(text.after_line(node.end), lines)
        return at, at, body
    mapping = index.find(root, edit.path, file)
    if mapping is None or mapping.kind != "map":
        raise WriteRefused(f"{file}: {_describe(edit.path)} is not a mapping")
    for k, v in zip(mapping.keys, mapping.items, strict=True):
        if k.value == edit.key:
            if v.kind != "scalar":
                raise WriteRefused(
                    f"{file}: {_describe((*edit.path, edit.key))} is not a single value"
                )
            new = scalar(edit.value)
            if v.style in ("|", ">") and text.text[v.start : v.end].endswith("\n"):
                new += text.eol
            return v.start, v.end, new
    return _add_key(text, root, mapping, edit.key, edit.value, list_value=False)


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


def _item_line(text: _Text, seq: _Node, index: int) -> int:
    """Where a new item goes to stand before item ``index`` of the block list ``seq``: the
    start of the line of its dash, above the comment lines right over it (which speak
    of it), but not above the end of the item before."""
    t = text.text
    floor = text.after_line(seq.items[index - 1].end) if index > 0 else 0
    at = t.rfind("\n", 0, seq.items[index].start) + 1
    if not t[at:].lstrip(" ").startswith("-"):  # '-' alone on its line, the item below it
        at = t.rfind("\n", 0, max(at - 1, 0)) + 1
    while at > floor:
        above = t.rfind("\n", 0, at - 1) + 1
        if above < floor or not t[above:at].lstrip().startswith("#"):
            break
        at = above
    return at


def _key_of(mapping: _Node, value: _Node) -> _Node:
    for k, v in zip(mapping.keys, mapping.items, strict=True):
        if v is value:
            return k
    raise AssertionError("a value without its key")  # pragma: no cover


def _add_key(
    text: _Text, root: _Node, mapping: _Node, key: str, value: Any, *, list_value: bool
) -> tuple[int, int, str]:
    if mapping.kind != "map":
        raise WriteRefused("the place to add to is not a mapping")
    if mapping.flow:
        return _flow_append(text, mapping, f"{scalar(key)}: {_flow(value)}")
    col = text.column(mapping.keys[0].start) if mapping.keys else text.column(mapping.start)
    if list_value:
        step = _list_step(root, text)
        lines = [" " * col + f"{scalar(key)}:"]
        for item in value:
            lines.extend(_block_item(item, col + step, step).split("\n"))
    else:
        lines = [" " * col + f"{scalar(key)}: {scalar(value)}"]
    at, body = text.lines(text.after_line(mapping.end), lines)
    return at, at, body


def _flow_append(text: _Text, node: _Node, item: str) -> tuple[int, int, str]:
    """Add ``item`` to a flow list or mapping, after its last entry."""
    last = node.items[-1] if node.items else None
    if last is None:  # [] or {}
        close = node.end - 1
        return close, close, item
    between = text.text[last.end : node.end - 1]
    if "," in between:  # a trailing comma: [a, b,]
        at = last.end + between.index(",") + 1
        return at, at, " " + item + ","
    return last.end, last.end, ", " + item


def _apply(text: str, edits: Sequence[Edit], file: str) -> tuple[str, list[Edit]]:
    """Make every edit against the one parse of ``text``; the splices do not overlap."""
    loaded, _ = load_text(text, file)
    index = _Index()
    # Appends to one place of a list become one splice; the last SetField of a field wins.
    appends: dict[tuple[Path_, int | None], tuple[Append, list[Value], list[Edit]]] = {}
    sets: dict[tuple[Path_, str], SetField] = {}
    for edit in edits:
        if isinstance(edit, Append):
            group = appends.setdefault((edit.path, edit.before), (edit, [], []))
            current = index.loaded(loaded, edit.path)
            have = [_plain(x) for x in current] if isinstance(current, list) else []
            plain = _as_plain(edit.item)
            if plain in have or plain in [_as_plain(x) for x in group[1]]:
                continue
            group[1].append(edit.item)
            group[2].append(edit)
        else:
            sets[(edit.path, edit.key)] = edit
    doc = _Text(text)
    root = _tree(text)
    splices: list[tuple[int, int, int, str]] = []
    applied: list[Edit] = []
    for n, (first, items, made) in enumerate(appends.values()):
        if items:
            start, end, new = _splice(doc, root, first, items, file, index)
            splices.append((start, end, n, new))
            applied.extend(made)
    for n, edit in enumerate(sets.values(), start=len(appends)):
        current = index.loaded(loaded, edit.path)
        if isinstance(current, dict) and current.get(edit.key) == _as_plain(edit.value):
            continue
        start, end, new = _splice(doc, root, edit, [], file, index)
        splices.append((start, end, n, new))
        applied.append(edit)
    splices.sort()
    for (_, end, _, _), (start, _, _, _) in itertools.pairwise(splices):
        if start < end:
            raise WriteRefused(f"{file}: two of the changes would overlap; make them one at a time")
    parts: list[str] = []
    at = 0
    for start, end, _, new in splices:
        parts.append(text[at:start])
        parts.append(new)
        at = end
    parts.append(text[at:])
    return "".join(parts), applied


def rewrite(data: bytes, edits: Sequence[Edit], file: str) -> tuple[bytes, list[Edit]]:
    """The file's bytes with ``edits`` made, and the edits that changed something.

    The bytes are read as UTF-8 (a BOM kept); the result is parsed with the one
    loader after each edit, so that an edit never leaves YAML that does not read.
    """
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    text = decode(data, file).removeprefix("\ufeff")
    try:
        new, applied = _apply(text, edits, file)
        if applied:
            load_text(new, file)
    except LoadFailed as exc:
        raise WriteRefused(f"{exc.problem.pos}: {exc.problem.text}") from None
    return bom + new.encode("utf-8"), applied


def plan(path: Path, edits: Sequence[Edit], display: str | None = None) -> Change:
    """Read ``path`` and compute its bytes after ``edits`` (nothing is written)."""
    name = display or str(path)
    try:
        before = read_file(path, name)
        raw = path.read_bytes()  # with its BOM, if any
    except LoadFailed as exc:
        raise WriteRefused(str(exc)) from None
    except OSError as exc:  # pragma: no cover - read_file said it was readable
        raise WriteRefused(f"{name}: {exc.strerror}") from None
    del before
    after, applied = rewrite(raw, edits, name)
    return Change(path, name, raw, after, applied)


# Checks the new texts of the changed files: {path: bytes} -> the problems found.
Check = Callable[[Mapping[Path, bytes]], Sequence[Problem]]


def line_spans(raw: bytes, paths: Sequence[Path_], file: str) -> list[tuple[int, int] | None]:
    """The first and last line (1-based) of the value at each of ``paths`` in the YAML
    ``raw`` (a file as a change would leave it), or None where there is none."""
    import bisect

    text = raw.decode("utf-8-sig", errors="replace")
    root = _tree(text)
    index = _Index()
    starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
    out: list[tuple[int, int] | None] = []
    for path in paths:
        try:
            node = index.find(root, path, file)
        except WriteRefused:
            node = None
        if node is None:
            out.append(None)
            continue
        first = bisect.bisect_right(starts, node.start)
        last = bisect.bisect_right(starts, max(node.start, node.end - 1))
        out.append((first, last))
    return out


class CheckFailed(WriteRefused):
    """The data would not be valid after the change; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = [p for p in problems if p.severity is Severity.ERROR]
        n = len(self.problems)
        super().__init__(
            f"the change would leave the data with {n} error{'s' if n != 1 else ''}; "
            "nothing was written",
            hint="fix what is said above, or the input, and try again",
        )

    def lines(self) -> list[str]:
        return [*(str(p) for p in self.problems), *super().lines()]


def dataset_check(data_dir: Path) -> Check:
    """A check that validates the whole data folder with the new texts in place."""
    from ogp.data.dataset import display_path, read_texts
    from ogp.data.schema.files import FILES

    def check(new: Mapping[Path, bytes]) -> Sequence[Problem]:
        by_name = {p.resolve(): b for p, b in new.items()}
        texts: dict[str, bytes] = {}
        for spec in FILES.values():
            path = spec.path(data_dir)
            if path.resolve() in by_name:
                texts[spec.relpath] = by_name[path.resolve()]
            elif path.exists():
                try:
                    texts[spec.relpath] = path.read_bytes()
                except OSError:
                    continue
        prefix = display_path(data_dir) + "/"
        return read_texts(texts, prefix).problems

    return check


def commit(changes: Sequence[Change], check: Check | None = None) -> list[Change]:
    """Check, then write, the changes that change a file; all or nothing (see the module)."""
    todo = [c for c in changes if c.changed]
    if not todo:
        return []
    if check is not None:
        problems = check({c.path: c.after for c in todo})
        if any(p.severity is Severity.ERROR for p in problems):
            raise CheckFailed(problems)
    for c in todo:
        try:
            now = c.path.read_bytes()
        except OSError:
            now = b""
        if hashlib.sha256(now).hexdigest() != c.digest:
            raise WriteRefused(
                f"{c.display} changed while ogp was working on it; nothing was written",
                hint="run the command again: it reads the file as it is now",
            )
    for c in todo:
        replace_atomic(c.path, c.after, new_mode=c.new_mode)
    return todo
