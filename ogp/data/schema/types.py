"""A small schema language: one definition gives both validation and JSON Schema.

Each type converts a positioned YAML node (see :mod:`ogp.data.yamlload`) into a
Python value, reporting problems at the node's position, and describes itself
as a JSON Schema fragment (``ogp schema``), so the two cannot drift apart.

Scalars arrive as the text the author wrote; a type parses the text it
expects (a date, a time, a whole number) strictly, with the value rules in
:mod:`ogp.data.rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field
from enum import Enum
from typing import Any, ClassVar

from ogp.data.model import Items, Partial
from ogp.data.problems import Problem, Where, builtin_rule, error, marks, pack, pos_at, warning
from ogp.data.records import compiled
from ogp.data.refs import Declared, Reference, Unread
from ogp.data.schema.values import clock, date, email, ident, ogpid, orgno, postcode, url
from ogp.data.schema.values.invalid import Invalid
from ogp.data.schema.values.invisible import character_name, invisible
from ogp.data.yamlload import Converted, Cut, Node, YMap, YSeq

# The rules of this step, named where they are raised; their documentation is listed
# by `ogp validate --list-rules` (see ogp.data.rules.documentation).
TYPE = builtin_rule(
    "type", "Each value has the expected kind: text, list, mapping, number, true/false."
)
REQUIRED = builtin_rule("required", "Required keys are present and not empty.")
UNKNOWN_KEY = builtin_rule(
    "unknown-key", "No key outside the schema (with a 'did you mean' for typos)."
)
CHOICE = builtin_rule(
    "choice", "Words from a fixed list (completion level, role) are spelled as listed."
)
TOO_LONG = builtin_rule("too-long", "Texts stay within their length limit.")
CONTROL_CHARACTER = builtin_rule(
    "control-character",
    "Texts hold no invisible character: controls, format characters (Unicode Cf: zero-width "
    "spaces, bidirectional controls, soft hyphens), line and paragraph separators, private-use, "
    "surrogate and unassigned code points, and letters that print as nothing (U+3164 HANGUL "
    "FILLER); the character is named.",
)
CUT_BY_COMMENT = builtin_rule(
    "cut-by-comment",
    "A plain text is not cut short by a comment: 'title: Eventuelt #2' (one space before '#', "
    "or none after it) is refused; quote the value.",
)


class _Invalid:
    """The value of a node that did not convert; its problem is already reported."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()


@compiled
class Ctx:
    """What conversion collects: problems, declared ids and references."""

    problems: list[Problem] = field(default_factory=list)
    declared: list[Declared] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    # what could not be read as its kind: references into it are not checked (see Unread)
    unread: Unread = field(default_factory=Unread)
    # (kind, id) of the nearest record with an id, and the field below it
    owner: list[tuple[str, str, str]] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # see shared()
    file: str = ""  # the file being converted, which the marks passed around are in
    key: str = ""  # the key whose value is being converted, in the innermost record
    # plain values of the file that a comment may have cut short (see yamlload.load_text)
    cut: dict[int, Cut] = field(default_factory=dict)
    # an older revision's data (ogp diff): a value an earlier ogp accepted and this one
    # refuses (a report's level 'not-reported') is read as it was written, with a warning
    earlier: bool = False
    # the field being converted, outside any record with an id (e.g. contact_point);
    # last: it hides dataclasses.field below it
    field: str = ""

    def warn(self, at: int, rule: str, message: str, *, hint: str = "") -> None:
        """Report a warning at mark ``at`` of the file (see :meth:`fail`)."""
        self.problems.append(
            warning(pos_at(self.file, at), rule, message, hint=hint, path=self.path())
        )

    def fail(self, at: int, rule: str, message: str, *, hint: str = "") -> Any:
        """Report a problem at mark ``at`` of the file; the value is INVALID.

        Its logical path is the record and field being converted
        (``commitments["4.22"].owners``).
        """
        self.problems.append(
            error(pos_at(self.file, at), rule, message, hint=hint, path=self.path())
        )
        return INVALID

    def lose(self, kinds: frozenset[str]) -> None:
        """A part of the data that declares the ids of ``kinds`` could not be read (its
        problem is reported): which ids it holds is unknown, so the references to those
        kinds cannot be checked (see :class:`Unread`)."""
        self.unread.kinds |= kinds

    def path(self) -> str:
        """The logical place being converted: ``commitments["4.22"].owners``."""
        from ogp.data.kinds import path_of

        kind, rid, fieldname = self.holder()
        return path_of(kind, rid, fieldname)

    def checkpoint(self) -> tuple[int, int, int]:
        """How much has been collected, for :meth:`rollback`."""
        return len(self.problems), len(self.declared), len(self.references)

    def rollback(self, checkpoint: tuple[int, int, int]) -> None:
        """Forget what was collected since ``checkpoint`` (a file that proved unreadable)."""
        problems, declared, references = checkpoint
        del self.problems[problems:], self.declared[declared:], self.references[references:]

    def holder(self) -> tuple[str, str, str]:
        """The nearest record with an id and its field being converted, or ("", "", the
        field) outside any record with an id (see Reference.where)."""
        return self.owner[-1] if self.owner else ("", "", self.field)

    def shared(self, value: str) -> str:
        """One string object for each id referenced: ``kmd`` may be referenced thousands
        of times."""
        return self.ids.setdefault(value, value)


def _kind_of(node: Node) -> str:
    if isinstance(node, YMap):
        return "a mapping (key: value)"
    if isinstance(node, YSeq):
        return "a list"
    if node is None:
        return "nothing"
    return f"the text '{_short(node)}'"


def _close_matches(word: str, choices: list[str]) -> list[str]:
    """The closest of ``choices`` for a "did you mean", if one is close (ogp.data.suggest)."""
    from ogp.data.suggest import closest

    found = closest(word, choices)
    return [found] if found is not None else []


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Type:
    description: str = ""
    # the kinds of record whose ids a value of this type declares, in it or within it
    declares: frozenset[str] = frozenset()

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def _with_description(self, schema: dict[str, Any]) -> dict[str, Any]:
        if self.description:
            schema["description"] = self.description
        return schema

    def expects(self) -> str:
        return "a value"


class Text(Type):
    """Free text, one line or several."""

    def __init__(
        self, description: str = "", *, max_length: int = 10_000, single_line: bool = False
    ) -> None:
        self.description = description
        self.max_length = max_length
        self.single_line = single_line

    def expects(self) -> str:
        return "text"

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        if type(node) is not str:
            return ctx.fail(at, TYPE, f"expected {self.expects()} here, found {_kind_of(node)}")
        text = node.strip() if self.single_line else node
        if not text.strip():
            return ctx.fail(
                at, REQUIRED, "this text is empty", hint="write it, or leave the key out"
            )
        if len(text) > self.max_length:
            return ctx.fail(
                at,
                TOO_LONG,
                f"this text is {len(text):,} characters long",
                hint=f"at most {self.max_length:,} are allowed here",
            )
        hidden = invisible(text)
        if hidden is not None:
            return ctx.fail(
                at,
                CONTROL_CHARACTER,
                f"the text holds an invisible character ({character_name(hidden)})",
                hint="remove it (retype the text around it if you cannot see where it is)",
            )
        if at in ctx.cut:
            return _cut_short(text, ctx.cut[at], at, ctx)
        if self.single_line and "\n" in text:
            return ctx.fail(at, TYPE, "this text must be on one line")
        return text

    def json_schema(self) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        # not blank; a one-line text may have spaces or a line break around it (it is stripped)
        s["pattern"] = r"^\s*\S[^\n]*?\s*$" if self.single_line else r"\S"
        return self._with_description(s)


def _cut_short(text: str, cut: Cut, at: int, ctx: Ctx) -> Any:
    whole = f"{text} {cut.comment}" if not text.endswith(" ") else text + cut.comment
    where = f"column {cut.column}" if cut.line == at >> 32 else f"line {cut.line}"
    return ctx.fail(
        at,
        CUT_BY_COMMENT,
        f"the text '{_short(text)}' is cut short by a comment: YAML reads the '#' at "
        f"{where} and all after it ('{_short(cut.comment)}') as a comment",
        hint=f'quote the whole value ("{_short(whole, 60)}"); if it is a comment, put two '
        "spaces before the '#'",
    )


class Pattern(Type):
    """A scalar parsed by one of the value rules (date, time, e-mail, postcode, id)."""

    def __init__(
        self,
        rule: str,
        parse: Callable[[str], Any],
        pattern: str,
        description: str = "",
        what: str = "a value",
    ) -> None:
        self.rule = rule
        self.parse = parse
        self.pattern = pattern
        self.description = description
        self.what = what

    def expects(self) -> str:
        return self.what

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        if type(node) is not str:
            return ctx.fail(at, TYPE, f"expected {self.what} here, found {_kind_of(node)}")
        try:
            return self.parse(node.strip())
        except Invalid as exc:
            return ctx.fail(at, self.rule, exc.message, hint=exc.hint)

    def json_schema(self) -> dict[str, Any]:
        s = self._with_description({"type": "string", "pattern": self.pattern})
        rule = rule_summary(self.rule)
        if rule:
            s["description"] = f"{s['description']} {rule}" if "description" in s else rule
        return s


def rule_summary(rule_id: str) -> str:
    """The first line of a value rule's documentation, as a sentence: 'Dates are real ...'."""
    from ogp.data.schema.values import VALUE_RULES

    for mod in VALUE_RULES:
        if rule_id == mod.ID and mod.__doc__:
            first = mod.__doc__.strip().splitlines()[0].partition(": ")[2]
            return first[:1].upper() + first[1:]
    return ""


def Date(description: str = "") -> Pattern:
    return Pattern(date.ID, date.parse, date.PATTERN, description, "a date (YYYY-MM-DD)")


def Time(description: str = "") -> Pattern:
    return Pattern(clock.ID, clock.parse, clock.PATTERN, description, "a time (HH:MM)")


def Email(description: str = "") -> Pattern:
    return Pattern(email.ID, email.parse, email.PATTERN, description, "an e-mail address")


def Postcode(description: str = "") -> Pattern:
    return Pattern(postcode.ID, postcode.parse, postcode.PATTERN, description, "a postcode")


def OrgNo(description: str = "") -> Pattern:
    return Pattern(orgno.ID, orgno.parse, orgno.PATTERN, description, "an organisation number")


def Url(description: str = "") -> Pattern:
    return Pattern(url.ID, url.parse, url.PATTERN, description, "a web address (https://...)")


class OgpId(Pattern):
    """OGP's id of a commitment (NO0020), declared so that two commitments cannot share it."""

    def __init__(self, description: str = "") -> None:
        super().__init__(ogpid.ID, ogpid.parse, ogpid.PATTERN, description, "an OGP id")

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        value = super().convert(node, at, ctx)
        if value is not INVALID:
            ctx.declared.append(Declared("OGP", value, ctx.file, at))
        return value


def LocalId(description: str = "") -> Pattern:
    """An id that only needs to be unique within its record (a milestone's)."""
    return Pattern(ident.ID, ident.parse, ident.PATTERN, description, "an id")


class Id(Pattern):
    """The id of a record of ``kind``; declared so duplicates and references can be checked."""

    def __init__(self, kind: str, description: str = "") -> None:
        super().__init__(ident.ID, ident.parse, ident.PATTERN, description, "an id")
        self.kind = kind

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        value = super().convert(node, at, ctx)
        if value is not INVALID:
            ctx.declared.append(Declared(self.kind, value, ctx.file, at))
        return value


class Ref(Pattern):
    """A reference to the id of a record of ``kind`` (checked by ``unknown-reference``)."""

    def __init__(self, kind: str, description: str = "") -> None:
        super().__init__(ident.ID, ident.parse, ident.PATTERN, description, f"the id of {kind}")
        self.kind = kind

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        value = super().convert(node, at, ctx)
        if value is not INVALID:
            value = ctx.shared(value)
            ctx.references.append(Reference(self.kind, value, ctx.file, at, ctx.holder()))
        return value


class Int(Type):
    def __init__(self, description: str = "", *, minimum: int = 0, maximum: int = 10_000) -> None:
        self.description = description
        self.minimum = minimum
        self.maximum = maximum

    def expects(self) -> str:
        return "a whole number"

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        if type(node) is not str:
            return ctx.fail(at, TYPE, f"expected a whole number here, found {_kind_of(node)}")
        text = node.strip()
        digits = text[1:]
        if text[:1] == "-" and digits.isascii() and digits.isdigit():  # a whole number below 0
            return ctx.fail(
                at,
                TYPE,
                f"{text} is out of range: it cannot be negative",
                hint=f"use {self.minimum} to {self.maximum}",
            )
        if not text.isascii() or not text.isdigit() or (len(text) > 1 and text[0] == "0"):
            return ctx.fail(
                at,
                TYPE,
                f"expected a whole number here (like 10), found '{_short(text)}'",
            )
        if len(text) > len(str(self.maximum)):  # no int() of thousands of digits
            return ctx.fail(
                at,
                TYPE,
                f"'{_short(text)}' is out of range",
                hint=f"use {self.minimum} to {self.maximum}",
            )
        value = int(text)
        if not self.minimum <= value <= self.maximum:
            return ctx.fail(
                at, TYPE, f"{value} is out of range", hint=f"use {self.minimum} to {self.maximum}"
            )
        return value

    def json_schema(self) -> dict[str, Any]:
        return self._with_description(
            {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}
        )


class Bool(Type):
    _WORDS: ClassVar[dict[str, bool]] = {"true": True, "false": False}

    def __init__(self, description: str = "") -> None:
        self.description = description

    def expects(self) -> str:
        return "true or false"

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        if type(node) is str and node.strip() in self._WORDS:
            return self._WORDS[node.strip()]
        found = f"'{_short(node)}'" if type(node) is str else _kind_of(node)
        return ctx.fail(
            at,
            TYPE,
            f"expected true or false here, found {found}",
            hint="YAML's yes/no/on/off are not accepted, because they are easily meant as text",
        )

    def json_schema(self) -> dict[str, Any]:
        return self._with_description({"type": "boolean"})


class Choice(Type):
    """One of a fixed set of words, given by an Enum."""

    def __init__(
        self,
        enum: type[Enum],
        description: str = "",
        *,
        what: str = "value",
        not_given: Mapping[Enum, str] | None = None,
    ) -> None:
        self.enum = enum
        # members the data may not give, each with why not (ogp's own word for an absence)
        self.not_given = {str(e.value): why for e, why in (not_given or {}).items()}
        self.values = [str(e.value) for e in enum if str(e.value) not in self.not_given]
        self.description = description
        self.what = what

    def expects(self) -> str:
        return f"a {self.what}"

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        if type(node) is not str:
            return ctx.fail(at, TYPE, f"expected a {self.what} here, found {_kind_of(node)}")
        text = node.strip()
        if text in self.values:
            return self.enum(text)
        said = self._word_for(text)
        if said in self.not_given:
            if ctx.earlier:  # as the ogp of that revision read it
                ctx.warn(
                    at,
                    CHOICE,
                    f"'{_short(text)}' can no longer be given as a {self.what}",
                    hint=self.not_given[said],
                )
                return self.enum(said)
            return ctx.fail(
                at,
                CHOICE,
                f"'{_short(text)}' cannot be given as a {self.what}",
                hint=self.not_given[said],
            )
        close = [said] if said else _close_matches(text.lower(), self.values)
        also = f"; did you mean '{close[0]}'?" if close else ""
        return ctx.fail(
            at,
            CHOICE,
            f"'{_short(text)}' is not a {self.what}",
            hint=f"use one of: {', '.join(self.values)}{also}",
        )

    def _word_for(self, text: str) -> str | None:
        """The value that ``text`` names the way ogp prints it ('begrenset', 'Not started',
        'not_started': 'limited', 'not-started'), if it does."""
        from ogp.data.model import CHOICE_WORDS

        folded = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
        for value in (*self.values, *self.not_given):
            if " ".join(value.replace("-", " ").split()).casefold() == folded:
                return value
        for words in CHOICE_WORDS.get(self.enum, {}).values():
            for value, word in words.items():
                if " ".join(word.replace("-", " ").split()).casefold() == folded:
                    return str(value.value)
        return None

    def json_schema(self) -> dict[str, Any]:
        return self._with_description({"type": "string", "enum": list(self.values)})


class ListOf(Type):
    def __init__(self, item: Type, description: str = "", *, min_items: int = 0) -> None:
        self.item = item
        self.description = description
        self.min_items = min_items
        self.declares = item.declares

    def expects(self) -> str:
        return "a list"

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        seq = type(node)
        if seq is not YSeq and seq is not Converted:
            if node is None and self.min_items == 0:
                return Items() if isinstance(self.item, Pattern | Text) else []
            ctx.lose(self.declares)  # which records it holds is unknown ([] is read: it has none)
            return ctx.fail(
                at,
                TYPE,
                f"expected a list here (items starting with '- '), found {_kind_of(node)}",
            )
        assert isinstance(node, YSeq)
        if len(node) < self.min_items:
            n = self.min_items
            what = self.description.rstrip(".")
            return ctx.fail(
                at,
                REQUIRED,
                f"the list '{ctx.key}' is empty" if not node else f"the list '{ctx.key}' is short",
                hint=f"it needs at least {n} item{'s' if n != 1 else ''}"
                + (f" ({what[:1].lower()}{what[1:]})" if what else ""),
            )
        item_marks = node.marks[1:]
        if seq is Converted:  # the loader has converted each item already
            values: list[Any] = node
        else:
            convert = self.item.convert
            values = [convert(child, m, ctx) for child, m in zip(node, item_marks, strict=True)]
        if isinstance(self.item, Pattern | Text):  # texts and ids keep where each stood
            valid = [(v, m) for v, m in zip(values, item_marks, strict=True) if v is not INVALID]
            return Items([v for v, _ in valid], node.file, pack(marks(*(m for _, m in valid))))
        kept = [v for v in values if v is not INVALID]
        return kept if len(kept) == len(values) else Partial(kept)

    def json_schema(self) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            s["minItems"] = self.min_items
        return self._with_description(s)


@compiled
class Field:
    """A key of a record: its type and whether it is required."""

    type: Type
    required: bool = False


class Record(Type):
    """A mapping with known keys, built into the dataclass ``cls``.

    ``shorthand`` names the field that a plain text stands for, so that
    ``owners: [kmd]`` means ``owners: [{agency: kmd}]``. ``kind`` and
    ``id_field`` make the record's id the owner of references inside it.
    """

    def __init__(
        self,
        cls: type[Any] | None,
        fields: dict[str, Field],
        description: str = "",
        *,
        kind: str | None = None,
        shorthand: str | None = None,
        title: str | None = None,
    ) -> None:
        self.cls = cls
        self.fields = fields
        self.description = description
        self.kind = kind
        self.shorthand = shorthand
        self.title = title
        self.required = [k for k, f in fields.items() if f.required]
        # the kinds declared by the records within it, and by it
        self.inside: frozenset[str] = frozenset().union(*(f.type.declares for f in fields.values()))
        self.declares = self.inside | {kind} if kind is not None else self.inside
        self._key_orders: dict[tuple[str, ...], tuple[str, ...]] = {}

    def expects(self) -> str:
        return "a mapping (key: value)"

    def convert(self, node: Node, at: int, ctx: Ctx) -> Any:
        if self.shorthand is not None and type(node) is str:
            # `owners: [kmd]`: the text stands for `{agency: kmd}`, key and value where it is
            short = YMap(ctx.file, at)
            short[self.shorthand] = node
            short.marks.extend((at, at))
            node = short
        if type(node) is not YMap:
            ctx.lose(self.inside)
            if self.kind is not None and type(node) is str:  # `- kmd` for `- id: kmd`
                ctx.unread.ids.add((self.kind, node.strip()))
            return ctx.fail(
                at, TYPE, f"expected a mapping (key: value) here, found {_kind_of(node)}"
            )
        fields = self.fields
        values: dict[str, Any] = {}
        ok = True
        pushed = False
        rid = node.get("id")
        if self.kind is not None and type(rid) is str:
            rid = rid.strip()
            ctx.owner.append((self.kind, rid, ""))
            pushed = True
        # the marks of each entry's key and value: see YMap
        entry_marks = node.marks
        try:
            for i, (key, child) in enumerate(node.items()):
                f = fields.get(key)
                if f is None:
                    ctx.fail(
                        entry_marks[1 + 2 * i],
                        UNKNOWN_KEY,
                        f"unknown key '{_short(key)}'",
                        hint=self._unknown_key_hint(key),
                    )
                    ok = False
                    continue
                if child is None:  # left out, or (if required) reported below, once
                    continue
                if pushed:
                    ctx.owner[-1] = (ctx.owner[-1][0], ctx.owner[-1][1], key)
                elif not ctx.owner:
                    ctx.field = key
                ctx.key = key
                value = f.type.convert(child, entry_marks[2 + 2 * i], ctx)
                if value is INVALID:
                    ok = False
                else:
                    values[key] = value
        finally:
            if pushed:
                ctx.owner.pop()
        for name in self.required:
            if name in node and node[name] is not None:
                continue
            if pushed:  # the path of the record itself, as it was while its fields converted
                ctx.owner.append((self.kind or "", str(rid), name))
            try:
                if name not in node:  # not there at all: what it would declare is unknown
                    ctx.lose(fields[name].type.declares)
                    ctx.fail(at, REQUIRED, f"'{name}' is missing here", hint=self._needs(name))
                else:
                    ctx.fail(
                        entry_marks[2 + 2 * list(node).index(name)],
                        REQUIRED,
                        f"'{name}' has no value",
                        hint=self._needs(name),
                    )
            finally:
                if pushed:
                    ctx.owner.pop()
            ok = False
        if self.cls is None:  # a file's top level: keep what is valid
            return values
        if not ok:
            return INVALID
        # Every key is a field here (an unknown key made it invalid), so where each
        # field stands is where the loader saw each value; records written alike share
        # their tuple of keys.
        keys = tuple(node)
        keys = self._key_orders.setdefault(keys, keys)
        # the record's own mark and its values' (the keys' are needed no more)
        return self.cls(**values, where=Where(node.file, keys, pack(entry_marks[::2])))

    def _needs(self, name: str) -> str:
        what = self.fields[name].type.expects()
        return f"it needs {what}"

    def _unknown_key_hint(self, key: str) -> str:
        from ogp.data.schema.norwegian import english_key

        meant = english_key(key, list(self.fields))
        if meant is not None:
            return f"did you mean '{meant}'? (the keys are English)"
        close = _close_matches(key, list(self.fields))
        if close:
            return f"did you mean '{close[0]}'?"
        return f"the keys allowed here are: {', '.join(self.fields)}"

    def json_schema(self) -> dict[str, Any]:
        s: dict[str, Any] = {
            "type": "object",
            # an optional key with no value (`key:` or `key: ~`) counts as left out
            "properties": {
                k: f.type.json_schema() if f.required else _or_null(f.type.json_schema())
                for k, f in self.fields.items()
            },
            "additionalProperties": False,
        }
        if self.title:
            s["title"] = self.title
        if self.required:
            s["required"] = list(self.required)
        s = self._with_description(s)
        if self.shorthand is not None:
            short = self.fields[self.shorthand].type.json_schema()
            return {"anyOf": [short, s]}
        return s


def _or_null(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema``, also allowing null (YAML's empty value)."""
    s = dict(schema)
    if isinstance(s.get("type"), str):
        s["type"] = [s["type"], "null"]
        if "enum" in s:
            s["enum"] = [*s["enum"], None]
    elif "anyOf" in s:
        s["anyOf"] = [*s["anyOf"], {"type": "null"}]
    return s
