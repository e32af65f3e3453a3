"""The one strict YAML loader: every YAML file ogp reads goes through here.

It reads the parser's events directly (libyaml's C parser where PyYAML has it)
and builds plain mappings, lists and strings that remember where each key and
value stood, so every later error can point at file:line:column.

It does not trust YAML 1.1's implicit typing, which silently turns ``4.10``
into the float 4.1, ``NO`` into False, ``12:30`` into 750 and ``0030`` into 24.
Every scalar is kept as the text its author wrote (a plain ``~``, ``null`` or
nothing at all is "no value"); the schema later parses the text it expects as
a date, a time or a number, strictly. Constructs that have no place in this
data are refused: anchors and aliases (so an alias bomb costs nothing), tags,
merge keys, repeated keys, several documents, tabs in indentation, text that
is not UTF-8, and nesting deeper than any real file needs.
"""

from __future__ import annotations

import codecs
import errno
import functools
import gc
import os
import re
import stat
from array import array
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple, Union

import yaml

from ogp.data.problems import Pos, Problem, builtin_rule, error, marks, pos_at
from ogp.errors import OgpError

# The rules of this step, named where they are raised; their documentation is listed
# by `ogp validate --list-rules` (see ogp.data.rules.documentation).
ENCODING = builtin_rule(
    "encoding", "Files are UTF-8 text (a BOM is fine); Latin-1, UTF-16 and NUL bytes are refused."
)
YAML_SYNTAX = builtin_rule("yaml-syntax", "The file is valid YAML.")
YAML_TAB = builtin_rule("yaml-tab", "Indentation uses spaces; a tab is refused.")
YAML_ALIAS = builtin_rule(
    "yaml-alias", "Anchors and aliases (&a, *a) are refused: no alias bombs, no hidden sharing."
)
YAML_TAG = builtin_rule("yaml-tag", "Tags (!!python/object, !!float, ...) are refused.")
YAML_MERGE_KEY = builtin_rule("yaml-merge-key", "Merge keys (<<) are refused: write the keys out.")
YAML_DOCUMENTS = builtin_rule("yaml-documents", "A file holds exactly one YAML document.")
YAML_COMPLEX_KEY = builtin_rule("yaml-complex-key", "Keys are plain text.")
DUPLICATE_KEY = builtin_rule(
    "duplicate-key", "A key appears once in a mapping (YAML would silently keep the last)."
)
EMPTY_FILE = builtin_rule("empty-file", "A data file is not empty.")
TOO_DEEP = builtin_rule("too-deep", "Nesting stays within 64 levels.")
TOO_LARGE = builtin_rule("too-large", "A data file is at most 64 MiB.")
UNREADABLE = builtin_rule(
    "unreadable", "A data file can be read: a regular file, not a folder, pipe or broken link."
)
YAML_CHARACTER = builtin_rule(
    "yaml-character", "No character that YAML forbids (C1 controls, U+FFFE, ...)."
)


_Parser: Any
try:  # libyaml's parser, about ten times faster than the pure-Python one
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Parser

MAX_DEPTH = 64
MAX_BYTES = 64 * 1024 * 1024


class _Marked:
    """Where a mapping or sequence of the tree stands: its file, and its ``marks``
    (see :func:`ogp.data.problems.mark`), its own first."""

    __slots__ = ()
    file: str
    marks: array[int]

    @property
    def mark(self) -> int:
        return self.marks[0]

    @property
    def pos(self) -> Pos:
        return pos_at(self.file, self.marks[0])


class YMap(_Marked, dict[str, "Node"]):
    """A YAML mapping that remembers where it, its keys and its values are.

    After its own, ``marks`` holds the key's and the value's mark of each entry,
    in the order written (which is the dict's order: a repeated key is reported
    and dropped, marks and all).
    """

    __slots__ = ("file", "marks")

    def __init__(self, file: str, at: int) -> None:
        super().__init__()
        self.file = file
        self.marks = marks(at)

    @property
    def key_pos(self) -> dict[str, Pos]:
        """Where each key stands (made when asked: the loader keeps marks)."""
        return {k: pos_at(self.file, m) for k, m in zip(self, self.marks[1::2], strict=True)}

    @property
    def val_pos(self) -> dict[str, Pos]:
        """Where each value stands."""
        return {k: pos_at(self.file, m) for k, m in zip(self, self.marks[2::2], strict=True)}


class YSeq(_Marked, list["Node"]):
    """A YAML sequence that remembers where it and each item are (``marks``: its own,
    then each item's)."""

    __slots__ = ("file", "marks")

    def __init__(self, file: str, at: int) -> None:
        super().__init__()
        self.file = file
        self.marks = marks(at)

    @property
    def item_pos(self) -> list[Pos]:
        """Where each item stands (made when asked: the loader keeps marks)."""
        return [pos_at(self.file, m) for m in self.marks[1:]]


class Converted(YSeq):
    """A list at the top of a file whose items were converted as soon as each was parsed.

    It holds what ``load_text``'s ``convert_items`` returned for each item, not
    the item's node: the node, with its whole subtree, was dropped at once, so
    that a large file never stands in memory as a whole tree.
    """

    __slots__ = ()


Node = Union[YMap, YSeq, str, None]  # noqa: UP007 - a runtime alias
# Converts one item of a list at the top of a file, given its node and mark.
ItemConverter = Callable[[Node, int], Any]

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_DROP: Any = object()  # the pending key of a repeated entry: parsed, reported, dropped


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large acyclic tree is built.

    Building the tree of a large file allocates hundreds of thousands of
    containers, and each allocation burst sets off a collection that walks all
    of them again: a third of the time, and more the larger the file. Nothing
    built here refers back to itself, so reference counting frees it all.

    On resume, what was built goes straight to the oldest generation (freeze,
    then unfreeze), as the long-lived data it is: otherwise the first
    allocation after ``gc.enable()`` walks all of it at once.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


class LoadFailed(OgpError):
    """A file could not be read as YAML at all; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.pos}: {problem.text}")
        self.problem = problem


def _fail(
    file: str, line: int, column: int, rule: str, message: str, *, hint: str = ""
) -> LoadFailed:
    return LoadFailed(error(Pos(file, line, column), rule, message, hint=hint))


def decode(data: bytes, file: str) -> str:
    """UTF-8 text from bytes; a BOM is fine, anything else that is not UTF-8 is refused."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise _fail(file, 1, 1, ENCODING, "the file is saved as UTF-32", hint="save it as UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _fail(file, 1, 1, ENCODING, "the file is saved as UTF-16", hint="save it as UTF-8")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\0")
    if nul >= 0:
        line, col = _line_col(data[:nul].decode("utf-8", "replace"))
        raise _fail(
            file,
            line,
            col,
            ENCODING,
            "the file contains a NUL byte: it is binary or saved as UTF-16",
            hint="save it as UTF-8 text",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data[: exc.start].decode("utf-8", "replace"))
        bad = data[exc.start : exc.start + 1].hex().upper()
        hint = ""
        try:
            ch = data[exc.start : exc.start + 1].decode("cp1252")
            if ch.isprintable() and not ch.isspace():  # ø, Å, ’, «, –: Windows text
                hint = f" (it looks like Latin-1/Windows-1252 text: '{ch}')"
        except UnicodeDecodeError:
            pass
        raise _fail(
            file,
            line,
            col,
            ENCODING,
            f"the file is not valid UTF-8: byte 0x{bad}{hint}",
            hint="save the file as UTF-8",
        ) from None


def checked(data: bytes, file: str) -> bytes:
    """The bytes of a data file as the parser reads them: UTF-8 (or the clear error of
    :func:`decode`), without a BOM.

    The parser reads the bytes themselves: a decoded copy of a large file (up to
    four bytes a character in Python) is not kept while it is parsed.
    """
    decode(data, file)
    return data.removeprefix(codecs.BOM_UTF8)


def _line_col(before: str) -> tuple[int, int]:
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1


def _line_col_at(text: str | bytes, index: int) -> tuple[int, int]:
    """1-based line and column of character ``index`` (of bytes: of UTF-8 text)."""
    before = text[:index] if isinstance(text, str) else text[:index].decode("utf-8", "replace")
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def read_file(path: Path, display: str | None = None, *, contained: bool = False) -> bytes:
    """The bytes of a data file, checked to be UTF-8 text (see :func:`checked`).

    ``contained``: the file may not be a link out of its folder (a file of the plan,
    which a pull request may add; the private registrations may be a link to
    where they are kept safe).

    A file that cannot be read (a folder, a pipe, a link loop, no permission,
    too large) is a :class:`LoadFailed` naming the file, like any other problem
    of the file, so that ``ogp validate`` goes on to the other files.
    """
    name = display or str(path)

    def unreadable(why: str) -> LoadFailed:
        return LoadFailed(error(Pos(name), UNREADABLE, f"the file cannot be read: {why}"))

    try:
        if contained and path.is_symlink():
            # a pull request may add a data file that is a link; one out of its folder
            # would read (and publish) a file of the machine the check runs on
            real = os.path.realpath(path)
            if not real.startswith(os.path.realpath(path.parent) + os.sep):
                raise LoadFailed(
                    error(
                        Pos(name),
                        UNREADABLE,
                        f"the file cannot be read: it is a link to {real}, outside its "
                        "folder; refused",
                        hint="put the file itself in the folder, not a link to it",
                    )
                )
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise unreadable("it is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise unreadable("it is not a regular file (a pipe or a device?)")
        if info.st_size > MAX_BYTES:
            raise _fail(
                name,
                0,
                0,
                TOO_LARGE,
                f"the file is {info.st_size // (1024 * 1024)} MiB",
                hint=f"ogp reads data files up to {MAX_BYTES // (1024 * 1024)} MiB",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise unreadable("there is no such file") from None
    except PermissionError:
        raise unreadable("permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise unreadable("it is a link that leads in a circle") from None
        raise unreadable(exc.strerror or str(exc)) from None
    except RuntimeError:  # a symbolic link loop, as some Pythons report it
        raise unreadable("it is a link that leads in a circle") from None
    return checked(data, name)


def load_file(path: Path, display: str | None = None) -> tuple[Node, list[Problem]]:
    name = display or str(path)
    return load_text(read_file(path, name), name)


def load_text(
    text: str | bytes,
    file: str,
    convert_items: Mapping[str, ItemConverter] | None = None,
    cut: dict[int, Cut] | None = None,
) -> tuple[Node, list[Problem]]:
    """Parse one YAML document (text, or UTF-8 bytes) into positioned nodes.

    Returns the root node and the non-fatal problems found (repeated keys,
    tags). Raises :class:`LoadFailed` for a file that cannot be read as this
    kind of YAML at all (invalid syntax, aliases, several documents, empty).

    ``convert_items`` maps keys at the top of the file to a function: each item
    of the list under such a key is handed to it as soon as the item is parsed,
    and the list (a :class:`Converted`) keeps what it returns instead of the
    item's node. (A file that turns out to be unreadable further down raises
    :class:`LoadFailed` all the same; what was converted until then is the
    caller's to discard.)

    ``cut``, if given, is filled (as parsing goes, before an item is converted)
    with the plain values that a comment may have cut short: the mark of each
    plain scalar followed on its line by `` #`` with one space only, or by a
    ``#`` with no space after it (``title: Eventuelt #2 og sak #3`` is read as
    ``Eventuelt``), and what the comment holds. Whether that is a mistake is for
    the schema to say: it is, where the value is a text.
    """
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")
    parser: Any = _Parser(text)
    problems: list[Problem] = []
    try:
        with gc_paused():
            hashes = _hash_lines(text) if cut is not None else {}
            root = _build(parser, file, problems, convert_items or {}, cut, hashes)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, file) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line, column = _line_col_at(text, exc.position)
        raise _fail(
            file,
            line,
            column,
            YAML_CHARACTER,
            f"a character YAML does not allow (U+{exc.character:04X}) stands here",
            hint="remove it",
        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked parser errors
        raise _fail(file, 1, 1, YAML_SYNTAX, f"invalid YAML: {exc}") from None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    return root, problems


_EVENT_NAMES = {
    "MappingStartEvent": 1,
    "SequenceStartEvent": 2,
    "ScalarEvent": 3,
    "MappingEndEvent": 4,
    "SequenceEndEvent": 5,
    "AliasEvent": 6,
    "DocumentStartEvent": 7,
    "DocumentEndEvent": 8,
    "StreamStartEvent": 9,
    "StreamEndEvent": 10,
}
_KIND: dict[type, int] = {getattr(yaml.events, n): k for n, k in _EVENT_NAMES.items()}


def _build(
    parser: Any,
    file: str,
    problems: list[Problem],
    convert_items: Mapping[str, ItemConverter],
    cut: dict[int, Cut] | None = None,
    hashes: dict[int, str] | None = None,
) -> Node:
    get_event = parser.get_event
    kinds = _KIND
    # The stack holds [container, pending_key, item_converter] entries; a key is
    # pending in a mapping after its key scalar and before its value; a list at
    # the top of the file named in convert_items has its items' converter.
    stack: list[list[Any]] = []
    # Every key repeats in every record: all share one string object each.
    keys: dict[str, str] = {}
    shared = keys.setdefault
    root: Node = None
    documents = 0
    have_root = False
    while True:
        event = get_event()
        kind = kinds[type(event)]
        if kind == 3:  # scalar
            mark = event.start_mark
            if event.anchor is not None:
                raise _anchor(file, mark)
            tag = event.tag
            value: str | None = event.value
            at = (mark.line + 1) << 32 | (mark.column + 1)  # ogp.data.problems.mark, inlined
            if tag is not None and tag != "!":
                problems.append(_tag_problem(pos_at(file, at), tag))
            elif event.style in (None, ""):
                if value in _NULLS:
                    value = None
                elif hashes and event.end_mark.line in hashes and cut is not None:
                    found = _cut_by_comment(hashes[event.end_mark.line], event.end_mark.column)
                    if found is not None:
                        cut[at] = Cut(event.end_mark.line + 1, found[0], found[1])
            if not stack:
                root, have_root = value, True
                continue
            top = stack[-1]
            container = top[0]
            if type(container) is not YMap:  # a list
                container.append(value if top[2] is None else top[2](value, at))
                container.marks.append(at)
            elif top[1] is None:  # a key
                key = shared(event.value, event.value)
                if event.style in (None, "") and key == "<<":
                    raise _fail(
                        file,
                        mark.line + 1,
                        mark.column + 1,
                        YAML_MERGE_KEY,
                        "merge keys ('<<') are not allowed in ogp data",
                        hint="write the keys out",
                    )
                if key in container:
                    first = container.key_pos[key]
                    problems.append(
                        error(
                            pos_at(file, at),
                            DUPLICATE_KEY,
                            f"key '{key}' appears twice in this mapping (first at line "
                            f"{first.line})",
                            hint="YAML would silently keep only the last one: remove or rename one",
                        )
                    )
                    top[1] = _DROP
                else:
                    top[1] = key
                    container.marks.append(at)
            else:
                key = top[1]
                top[1] = None
                if key is not _DROP:
                    container[key] = value
                    container.marks.append(at)
        elif kind == 1 or kind == 2:  # mapping or sequence start
            mark = event.start_mark
            if event.anchor is not None:
                raise _anchor(file, mark)
            at = (mark.line + 1) << 32 | (mark.column + 1)
            if event.tag is not None and event.tag != "!":
                problems.append(_tag_problem(pos_at(file, at), event.tag))
            if len(stack) >= MAX_DEPTH:
                raise _fail(
                    file,
                    mark.line + 1,
                    mark.column + 1,
                    TOO_DEEP,
                    f"the data is nested more than {MAX_DEPTH} levels deep here",
                    hint="no ogp data file needs that",
                )
            converter = None
            if stack:
                top = stack[-1]
                container = top[0]
                if type(container) is not YMap:  # a list
                    node: YMap | YSeq = YMap(file, at) if kind == 1 else YSeq(file, at)
                    container.append(node)  # converted, if so, at its end
                    container.marks.append(at)
                elif top[1] is None:
                    raise _fail(
                        file,
                        mark.line + 1,
                        mark.column + 1,
                        YAML_COMPLEX_KEY,
                        "a list or mapping is used as a key",
                        hint="keys must be plain text",
                    )
                else:
                    key = top[1]
                    top[1] = None
                    if kind == 2 and len(stack) == 1 and key in convert_items:
                        converter = convert_items[key]
                        node = Converted(file, at)
                    else:
                        node = YMap(file, at) if kind == 1 else YSeq(file, at)
                    if key is not _DROP:
                        container[key] = node
                        container.marks.append(at)
            else:
                node = YMap(file, at) if kind == 1 else YSeq(file, at)
                root, have_root = node, True
            stack.append([node, None, converter])
        elif kind == 4 or kind == 5:  # end of a mapping or sequence
            stack.pop()
            if stack and stack[-1][2] is not None:  # an item to convert, complete now
                container = stack[-1][0]
                container[-1] = stack[-1][2](container[-1], container.marks[-1])
        elif kind == 6:  # alias
            raise _anchor(file, event.start_mark)
        elif kind == 7:  # document start
            documents += 1
            if documents > 1:
                mark = event.start_mark
                raise _fail(
                    file,
                    mark.line + 1,
                    mark.column + 1,
                    YAML_DOCUMENTS,
                    "a second YAML document starts here ('---')",
                    hint="an ogp data file holds exactly one",
                )
        elif kind == 10:  # stream end
            break
    if not have_root or root is None:
        raise _fail(
            file, 1, 1, EMPTY_FILE, "the file is empty", hint="it must hold the data as YAML"
        )
    return root


class Cut(NamedTuple):
    """A plain value that a comment may have cut: where the ``#`` is, and what follows."""

    line: int
    column: int  # of the '#', 1-based
    comment: str  # the rest of the line from the '#'


# The regular expressions below are compiled when first used, not as ogp starts: most
# are only needed to explain a syntax error, and compiling one costs more than a use.


@functools.cache
def _hash_after_blank() -> re.Pattern[str]:
    return re.compile(r"[ \t]#")


@functools.cache
def _comment_after() -> re.Pattern[str]:
    return re.compile(r"([ \t]+)#(\S?)")


def _hash_lines(text: str | bytes) -> dict[int, str]:
    """The lines (0-based number → text) that hold a '#' after a space or tab: where a
    comment may follow a value. Found in one pass over the text (each '#' by ``find``);
    most lines have none."""
    if isinstance(text, str):
        newline: Any = "\n"
        hash_mark: Any = "#"
        blanks: tuple[Any, ...] = (" ", "\t")
    else:  # an item of bytes is an int
        newline, hash_mark, blanks = b"\n", b"#", (ord(" "), ord("\t"))
    out: dict[int, str] = {}
    line = last = 0
    at = text.find(hash_mark, 1)
    while at >= 0:
        if text[at - 1] in blanks:
            line += text.count(newline, last, at)
            last = at
            if line not in out:
                begin = text.rfind(newline, 0, at) + 1
                end = text.find(newline, at)
                piece = text[begin : end if end >= 0 else len(text)]
                out[line] = (
                    piece if isinstance(piece, str) else piece.decode("utf-8", "replace")
                ).rstrip("\r")
        at = text.find(hash_mark, at + 1)
    return out


def _cut_by_comment(line: str, end: int) -> tuple[int, str] | None:
    """(1-based column of the '#', the comment) if a comment follows a plain value ending at
    0-based column ``end`` as a cut-off text would: one space before it, or none after."""
    m = _comment_after().match(line, end)
    if m is None or (len(m.group(1)) > 1 and not m.group(2)):
        return None
    return m.end(1) + 1, line[m.end(1) :]


def _anchor(file: str, mark: Any) -> LoadFailed:
    return _fail(
        file,
        mark.line + 1,
        mark.column + 1,
        YAML_ALIAS,
        "anchors and aliases ('&name', '*name') are not allowed in ogp data",
        hint="write the value out in full",
    )


def _tag_problem(pos: Pos, tag: str) -> Problem:
    if tag.startswith("tag:yaml.org,2002:"):
        tag = "!!" + tag[len("tag:yaml.org,2002:") :]
    return error(
        pos,
        YAML_TAG,
        f"YAML tags such as '{tag}' are not allowed in ogp data",
        hint="remove the tag (quote the value if it should be text)",
    )


def _syntax_error(exc: yaml.MarkedYAMLError, text: str | bytes, file: str) -> LoadFailed:
    mark = exc.problem_mark or exc.context_mark
    line = (mark.line + 1) if mark else 1
    column = (mark.column + 1) if mark else 1
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    lines = text.split("\n")
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    problem = (exc.problem or "").strip()
    if (
        "\t" in problem
        or (0 < column <= len(here) and here[column - 1] == "\t")
        or ("cannot start any token" in problem and "\t" in here[: max(column, 1)])
    ):
        tab_col = here.find("\t") + 1 if "\t" in here else column
        return _fail(
            file,
            line,
            tab_col,
            YAML_TAB,
            "a tab character here: YAML indents with spaces only",
            hint="replace the tab with spaces",
        )
    if "nesting depth" in problem:
        return _fail(
            file,
            line,
            column,
            TOO_DEEP,
            "the data is nested too deep here",
            hint="no ogp data file needs that",
        )
    flow = exc.context_mark if "flow" in (exc.context or "") else None
    if flow is not None and 0 <= flow.line < len(lines):
        flow_line = lines[flow.line].rstrip("\r")
        hash_at = _hash_after_blank().search(flow_line, flow.column)
        before = flow_line[flow.column : hash_at.start()] if hash_at is not None else ""
        if hash_at is not None and before.count('"') % 2 == 0 and before.count("'") % 2 == 0:
            return _fail(
                file,
                flow.line + 1,
                hash_at.start() + 2,
                YAML_SYNTAX,
                "invalid YAML: this '#' after a space starts a comment, which hides the rest of "
                "the line and leaves the brackets opened before it unclosed",
                hint="quote the value that holds the '#' (title: \"Eventuelt #2\")",
            )
    if problem.startswith("mapping values are not allowed"):
        colon = _colon_in_value(here, column)
        if colon is not None:
            key, start, value = colon
            return _fail(
                file,
                line,
                start,
                YAML_SYNTAX,
                f"invalid YAML: the value of '{key}' holds ': ', which YAML reads as the start "
                "of another key",
                hint=f'quote the value: {key}: "{value}"',
            )
    opened = _unclosed_quote(lines, line)
    if opened is not None:
        at_line, at_column, quote = opened
        return _fail(
            file,
            at_line,
            at_column,
            YAML_SYNTAX,
            "invalid YAML: the quoted text that starts here is not closed",
            hint=f"add the closing {quote} at its end",
        )
    context = f" {exc.context}" if exc.context else ""
    return _fail(
        file,
        line,
        column,
        YAML_SYNTAX,
        f"invalid YAML: {problem}{context}",
        hint="check the indentation and quoting on this line and the one above",
    )


@functools.cache
def _key_value() -> re.Pattern[str]:
    """`key: value` (in a list item or not) whose plain value starts with no quote or bracket."""
    return re.compile(r"^\s*(?:-\s+)?([^\s#'\"\[{][^:#]*?):[ \t]+([^\s'\"\[{|>&*!].*)$")


def _colon_in_value(line: str, column: int) -> tuple[str, int, str] | None:
    """(key, 1-based column of the value, the value) where libyaml's "mapping values are
    not allowed" at ``column`` is a ': ' inside a plain value: ``title: Eventuelt: spørsmål``."""
    m = _key_value().match(line.rstrip("\r"))
    if m is None or not m.start(2) < column <= m.end(2):
        return None
    value = m.group(2).split(" #")[0].rstrip()
    return m.group(1), m.start(2) + 1, value.replace("\\", "\\\\").replace('"', '\\"')


@functools.cache
def _quoted_value() -> re.Pattern[str]:
    return re.compile(r"""(?:^\s*-\s+|:\s+|^\s*)(["'])""")


def _unclosed_quote(lines: list[str], line: int, back: int = 12) -> tuple[int, int, str] | None:
    """Where a value that opens a quote and never closes it on its line stands, searching
    up from ``line``: libyaml reports such a mistake lines later, where it gives up."""
    for number in range(min(line, len(lines)), max(line - back, 0), -1):
        text = lines[number - 1]
        for m in _quoted_value().finditer(text):
            quote = m.group(1)
            rest = text[m.end() :]
            closed = rest.replace("\\" + quote, "") if quote == '"' else rest.replace("''", "")
            if quote not in closed:
                return number, m.start(1) + 1, quote
    return None
