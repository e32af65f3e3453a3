"""What changed in the data between two versions, in the words of the people involved.

``compare(old, new, lang)`` looks at two validated datasets and lists each
change as a :class:`Change`: a commitment added, its owners or reporter
changed, its status moved ("4.5: limited → substantial, 13 Jun 2014"), a note
reported, a meeting moved, an agency's address changed, a paragraph of a
letter edited. A long text that changed is shown by its changed words, with a
few words around each change ("'…Paul Chaffey.' → '…Paul Chaffey, eller en
stedfortreder.'"), never as two equal prefixes.

Every word comes from :mod:`ogp.text.wording` (``diff_*``), phrases of records
(owners, people, addresses, venues) from :mod:`ogp.text.phrasing`, dates from
:mod:`ogp.text.dates` (the table form): ``ogp diff --lang nb`` is all
Norwegian, ``--lang en`` (the default) all English. ``ogp diff`` gets the old
dataset from git (see :mod:`ogp.data.gitrev`).

What is compared comes from the table of data kinds, :data:`ogp.data.kinds.KINDS`:
each kind with a ``diff`` entry has its section (or its place in the record that
holds it, as the plan holds its timeline), and its entry says how a record is
named, how one added or removed is summed up, and which fields are compared and
how each is worded. This module walks that table: it holds the wordings of
values (:data:`WORDINGS`, :data:`LISTS`), the comparisons that need more than
"old → new" (:data:`COMPARISONS`: a commitment's status, a letter's sections,
...) and the phrases of added records (:data:`PHRASES`), each named by the
entries that use it. A new kind whose fields are worded by these needs no
change here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import string
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ogp.data import kinds
from ogp.data.kinds import Compared, Diff, Kind
from ogp.data.model import (
    Action,
    Agency,
    AgendaItem,
    Commitment,
    Dataset,
    IrmAssessment,
    ItemMinutes,
    Letter,
    Meeting,
    Milestone,
    Person,
    Section,
    StatusReport,
    TimelineEvent,
)
from ogp.data.problems import Problem, Severity
from ogp.errors import OgpError
from ogp.text import dates
from ogp.text.phrasing import (
    address_lines,
    agency_name,
    join_words,
    owners_phrase,
    person_contact,
    venue_phrase,
)
from ogp.text.statuswords import irm_code, irm_value
from ogp.text.wording import WORDS, level_label, word

SECTIONS = kinds.SECTIONS  # in the order shown: the plan, then each kind's (ogp.data.kinds)

SHORT = 160  # a text change whose old and new fit in this many characters is shown whole
CONTEXT = 5  # words shown before and after each change of a longer text


@dataclass(frozen=True)
class Change:
    """One change: what it is about (``section``, ``id``, ``subject``) and what happened."""

    section: str  # one of SECTIONS
    id: str  # the record's id
    subject: str  # how people name it: '4.5', 'FIN', 'meeting no. 1'
    change: str  # 'added', 'removed' or 'changed'
    field: str | None  # what changed: 'status', 'owners', 'address', ...; None when added/removed
    text: str  # the change in words, after the subject
    # the old value in full (for programs), where there is one: a text whole, a date as
    # ISO 8601, a time as HH:MM, a number or truth value as itself, a list as a list, a
    # status as {level, date}, nothing as None; a person or an address in its words
    old: Plain = None
    new: Plain = None

    def __str__(self) -> str:
        return f"{self.subject}: {self.text}"


@dataclass(frozen=True)
class DiffReport:
    """Every change between the data at ``rev`` and the working tree, worded in ``lang``."""

    rev: str
    commit: str
    changes: list[Change] = field(default_factory=list)
    lang: str = "en"
    # values of the data at ``rev`` that this ogp refuses and took as written (see build)
    earlier: tuple[Problem, ...] = ()

    def by_section(self) -> list[tuple[str, list[Change]]]:
        """(section title, its changes), in the order of SECTIONS, sections without change
        left out."""
        grouped: dict[str, list[Change]] = {key: [] for key in kinds.sections()}
        for c in self.changes:
            grouped.setdefault(c.section, []).append(c)
        return [
            (word(self.lang, f"diff_section_{key}"), changes)
            for key, changes in grouped.items()
            if changes
        ]


class OldDataInvalid(OgpError):
    """The data at the revision compared with has errors, so there is nothing sure to compare."""

    def __init__(self, rev: str, problems: Sequence[Problem]) -> None:
        self.problems = [p for p in problems if p.severity is Severity.ERROR]
        n = len(self.problems)
        super().__init__(
            f"the data at '{rev}' has {n} error{'s' if n != 1 else ''}, so it cannot be "
            "compared with",
            hint="compare with a revision where the data was valid",
        )

    def lines(self) -> list[str]:
        return [*(str(p) for p in self.problems), *super().lines()]


# --- long texts: the changed words ---------------------------------------------------------


def quoted(text: str) -> str:
    """A text in quotes, its spacing made single (YAML folds lines into spaces)."""
    return f"'{' '.join(text.split())}'"


def excerpts(old: str, new: str, context: int = CONTEXT) -> list[tuple[str, str]]:
    """Where two texts differ, word by word: for each change, the old and the new words
    with up to ``context`` equal words either side ('…' where the text goes on).

    Changes closer than twice ``context`` words share one excerpt. Empty when
    the texts differ only in spacing.
    """
    a, b = old.split(), new.split()
    out = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        head = "…" if i1 > 0 else ""
        tail = "…" if i2 < len(a) else ""
        out.append((head + " ".join(a[i1:i2]) + tail, head + " ".join(b[j1:j2]) + tail))
    return out


# --- the comparison -----------------------------------------------------------------------


class _Compare:
    """Words for values, in one language, and the changes found so far."""

    def __init__(self, old: Dataset, new: Dataset, lang: str) -> None:
        self.old = old
        self.new = new
        self.lang = lang
        self.changes: list[Change] = []
        # agencies are named as the new data names them, removed ones as the old did
        gone = [a for a in old.agencies if a.id not in new.agency_by_id]
        self.names_data = Dataset(agencies=[*new.agencies, *gone])
        self.none = self.w("diff_none")

    def w(self, key: str, **values: str | int) -> str:
        return word(self.lang, key, **values)

    def day(self, d: dt.date | None) -> str:
        return dates.table_date(d, self.lang) if d else self.none

    def hours(self, m: Meeting) -> str:
        return dates.clock_range(m.start, m.end, self.lang)

    def yes_no(self, value: bool) -> str:
        return self.w("diff_yes" if value else "diff_no")

    def name(self, agency_id: str) -> str:
        """An agency as tables name it (its short name)."""
        return agency_name(self.names_data, agency_id, annex=False)

    def names(self, ids: Sequence[str]) -> str:
        return join_words([self.name(a) for a in ids], self.lang) or self.none

    def person(self, p: Person | None) -> str:
        """'statssekretær Paul Chaffey (KMD), pc@kmd.dep.no, telephone 22 24 90 90'."""
        return person_contact(self.names_data, p, self.lang) if p else self.none

    def meeting_name(self, m: Meeting) -> str:
        if m.number is not None:
            return self.w("diff_meeting", number=m.number)
        return self.w("diff_meeting_unnumbered", id=m.id)

    def meeting_ref(self, meeting_id: str) -> str:
        m = self.new.meeting_by_id.get(meeting_id) or self.old.meeting_by_id.get(meeting_id)
        return self.meeting_name(m) if m else meeting_id

    def text(self, value: str | None) -> str:
        return quoted(value) if value else self.none

    def texts(self, items: Sequence[str]) -> str:
        return ", ".join(quoted(x) for x in items) or self.none

    def record(self, section: str, rid: str, subject: str) -> _Record:
        return _Record(self, section, rid, subject)

    def subject(self, kind: Kind, r: Any) -> str:
        """How people name a record: the first of its kind's words whose fields it has."""
        assert kind.diff is not None
        names = kind.diff.name
        for key in names:
            values = {n: getattr(r, n) for n in _placeholders(self.lang, key)}
            if key is names[-1] or all(v is not None for v in values.values()):
                return self.w(key, **values)
        raise AssertionError("unreachable")  # pragma: no cover

    def summary(self, kind: Kind, r: Any) -> str:
        """What a record added or removed is: its kind's phrase, word, or its fields."""
        d = kind.diff
        assert d is not None
        if d.phrase:
            return PHRASES[d.phrase](self, r)
        by_field = {f.field: f for f in reversed(d.fields)}
        if d.summary:
            values = {n: _words(self, by_field[n], r) for n in _placeholders(self.lang, d.summary)}
            return self.w(d.summary, **values)
        bits = []
        for f in d.fields:
            if f.how in WORDINGS or f.how in LISTS or f.how == "text":
                value = _getter(f)(r)
                if value is not None and value != "" and value != []:
                    label = self.w(f"diff_label_{f.label or f.field}")
                    bits.append(f"{label} {_words(self, f, r)}")
        return ", ".join(bits) or r.id

    def fields(self, d: Diff) -> list[tuple[Compared, Callable[[Any], Any]]]:
        """The fields a kind's entry compares, each with where its value is."""
        return [(f, _getter(f)) for f in d.fields]

    def records(self, section: str, kind: Kind, old: Any, new: Any) -> None:
        """The records of a kind, matched by id: each one added, removed, or compared field
        by field; one record without id (the plan) compared as it is."""
        d = kind.diff
        assert d is not None
        if not kind.ids:
            rec = self.record(section, kind.name, self.subject(kind, old or new))
            if old is None or new is None:
                if old is not new and d.missing is not None:
                    get = _getter(d.missing)
                    _compare_field(self, rec, d.missing, get(old), get(new))
                return
            for f, get in self.fields(d):
                _compare_field(self, rec, f, get(old), get(new))
            return
        old_by_id = {r.id: r for r in old}
        new_ids = {r.id for r in new}
        fields = self.fields(d)
        for r in new:
            rec = self.record(section, r.id, self.subject(kind, r))
            if r.id in old_by_id:
                a = old_by_id[r.id]
                for f, get in fields:
                    _compare_field(self, rec, f, get(a), get(r))
            else:
                what = self.summary(kind, r)
                rec.add("added", None, self.w("diff_added", what=what), None, what)
        for r in old:
            if r.id not in new_ids:
                rec = self.record(section, r.id, self.subject(kind, r))
                what = self.summary(kind, r)
                rec.add("removed", None, self.w("diff_removed", what=what), what)


@dataclass
class _Record:
    """One record's changes: what it is (section, id, subject) is said once."""

    c: _Compare
    section: str
    id: str
    subject: str

    def add(
        self,
        change: str,
        field_: str | None,
        text: str,
        old: Plain = None,
        new: Plain = None,
    ) -> None:
        self.c.changes.append(
            Change(self.section, self.id, self.subject, change, field_, text, old, new)
        )

    def label(self, key: str) -> str:
        return self.c.w(f"diff_label_{key}")

    def value(
        self,
        field_: str,
        old: str,
        new: str,
        label: str | None = None,
        says: str = "",
        plain: tuple[Plain, Plain] | None = None,
    ) -> None:
        """A field whose value changed: 'label old → new' (``label``: the field's word), or
        the word ``says`` given {old} and {new}; ``plain``: the values for programs, where
        they are not the words."""
        if old != new:
            if says:
                text = self.c.w(says, old=old, new=new)
            else:
                text = changed(label or self.label(field_), old, new, self.c.none, self.c.lang)
            self.add("changed", field_, text, *(plain or (old, new)))

    def text(self, field_: str, old: str | None, new: str | None, label: str | None = None) -> None:
        """A text field: shown whole when short, else by its changed words."""
        if (old or None) == (new or None):
            return
        label = label or self.label(field_)
        self.add("changed", field_, text_change(label, old, new, self.c.lang), old, new)

    def members(
        self,
        field_: str,
        old: Sequence[str],
        new: Sequence[str],
        words: Callable[[Sequence[str]], str],
        added: str = "diff_items_added",
        removed: str = "diff_items_removed",
        label: str | None = None,
    ) -> None:
        """A list of ids or texts: what came and what went (``label``: the list's word, if
        not the field's); for programs, the ids or texts that came or went, as lists."""
        label = label or self.label(field_)
        came, went = _beyond(new, old), _beyond(old, new)
        if came:
            text = self.c.w(added, label=label, items=words(came))
            self.add("changed", field_, text, None, list(came))
        if went:
            text = self.c.w(removed, label=label, items=words(went))
            self.add("changed", field_, text, list(went), None)
        if not came and not went and list(old) != list(new):
            text = self.c.w("diff_items_reordered", label=label, old=words(old), new=words(new))
            self.add("changed", field_, text, list(old), list(new))

    def sequence(
        self,
        field_: str,
        old: list[str],
        new: list[str],
        changed: Callable[[int], str],
        removed: Callable[[str], str],
        added: Callable[[int, str], str],
    ) -> None:
        """Items of an ordered list (agenda items, paragraphs), as a reader sees them change:
        ``changed(n)`` names the n-th item, ``removed(text)`` and ``added(n, text)`` say the
        rest."""
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    label = f"{changed(j1 + k + 1)}:"
                    self.text(field_, old[i1 + k], new[j1 + k], label=label)
                continue
            for k in range(i1, i2):
                self.add("changed", field_, removed(quoted(old[k])), old[k], None)
            for k in range(j1, j2):
                self.add("changed", field_, added(k + 1, quoted(new[k])), None, new[k])


def _beyond(xs: Sequence[str], ys: Sequence[str]) -> list[str]:
    """The items of ``xs`` that ``ys`` does not hold as often, in the order of ``xs``
    (a decision written twice and one of them removed is a removal, not a new order;
    counted, not searched: a meeting may invite thousands)."""
    extra = Counter(xs)
    extra.subtract(Counter(ys))
    out = []
    for x in xs:
        if extra[x] > 0:
            out.append(x)
            extra[x] -= 1
    return out


def changed(label: str, old: str, new: str, none: str, lang: str) -> str:
    """A field's change in words: "label old → new"; "label set to new" for a field that
    had no value (``none``, the word for it), "label old removed" for one that has none
    now."""
    if old == none:
        return word(lang, "diff_set", label=label, new=new)
    if new == none:
        return word(lang, "diff_unset", label=label, old=old)
    return f"{label} {old} → {new}"


def text_change(label: str, old: str | None, new: str | None, lang: str) -> str:
    """ "label 'old' → 'new'" for short texts; for long ones only the changed words, in
    context; added or removed as :func:`changed` says it."""
    if not old or not new:
        none = word(lang, "diff_none")
        was, now = (quoted(x) if x else none for x in (old, new))
        return changed(label, was, now, none, lang)
    whole = f"{quoted(old)} → {quoted(new)}"
    if len(whole) <= SHORT:
        said = whole if old.split() != new.split() else word(lang, "diff_spacing_only")
        return f"{label} {said}"
    parts = excerpts(old, new)
    if not parts:
        return f"{label} {word(lang, 'diff_spacing_only')}"
    return f"{label} " + "; ".join(f"'{a}' → '{b}'" for a, b in parts)


# --- values in words, by the name a field's entry in the table of kinds gives ------------


@cache
def _placeholders(lang: str, key: str) -> tuple[str, ...]:
    """The fields a word names: 'letter {id}' → ('id',)."""
    return tuple(n for _, n, _, _ in string.Formatter().parse(WORDS[lang][key]) if n)


_GETTERS: dict[int, tuple[Compared, Callable[[Any], Any]]] = {}


def _getter(f: Compared) -> Callable[[Any], Any]:
    """Where a compared field's value is on a record (none on a record that is not there).

    Found once per entry of the table (by identity: hashing an entry costs more than
    the lookup it saves, called for every field of every record)."""
    known = _GETTERS.get(id(f))
    if known is not None and known[0] is f:
        return known[1]
    get = _make_getter(f)
    _GETTERS[id(f)] = (f, get)
    return get


def _make_getter(f: Compared) -> Callable[[Any], Any]:
    if f.attr == ".":
        return lambda r: r
    steps = (f.attr or f.field).split(".")
    if len(steps) == 1 and not steps[0].endswith("()"):
        name = steps[0]
        return lambda r: None if r is None else getattr(r, name)

    def get(r: Any) -> Any:
        for step in steps:
            if r is None:
                return None
            r = getattr(r, step.removesuffix("()"))
            if step.endswith("()"):
                r = r()
        return r

    return get


Wording = Callable[[_Compare, Any, Compared], str]

# a value in words, by its field's ``how``
WORDINGS: dict[str, Wording] = {
    "day": lambda c, v, f: c.day(v),
    "flag": lambda c, v, f: c.yes_no(v),
    "number": lambda c, v, f: str(v or c.none),  # 0 is no number
    "count": lambda c, v, f: c.none if v is None else str(v),
    "agency": lambda c, v, f: c.name(v) if v else c.w(f.none),
    "person": lambda c, v, f: c.person(v),
    "address": lambda c, v, f: ", ".join(address_lines(v)) or c.none,
    "venue": lambda c, v, f: venue_phrase(v),
    "hours": lambda c, v, f: c.hours(v),
    "when": lambda c, v, f: _when(c, v),
}

# a list in words, by its field's ``how``: each item's key (what is compared, with
# ``each``: what came and what went), and the keys in words
LISTS: dict[str, tuple[Callable[[_Compare, Any], Any], Callable[[_Compare, list[Any]], str]]] = {
    "agencies": (lambda c, x: x, lambda c, ids: c.names(ids)),
    "ids": (lambda c, x: x, lambda c, xs: ", ".join(xs)),
    "joined": (lambda c, x: x, lambda c, xs: ", ".join(xs) or c.none),
    "texts": (lambda c, x: x, lambda c, xs: c.texts(xs)),
    "people": (lambda c, p: c.person(p), lambda c, xs: "; ".join(xs)),
    # the minutes: who came (organisations and counts, never names) and what was agreed
    "presence": (lambda c, p: f"{c.name(p.agency)} ({p.count})", lambda c, xs: ", ".join(xs)),
    "actions": (lambda c, a: _action_words(c, a), lambda c, xs: "; ".join(xs)),
}


def _action_words(c: _Compare, a: Action) -> str:
    """An action of the minutes: 'KMD: "Send the report" (by 1 June 2014, item 2)'."""
    when = [c.w("diff_action_by", date=c.day(a.by))] if a.by else []
    item = [c.w("diff_minutes_item", n=a.item)] if a.item is not None else []
    more = ", ".join(when + item)
    return f"{c.name(a.agency)}: {quoted(a.what)}" + (f" ({more})" if more else "")


def _words(c: _Compare, f: Compared, r: Any) -> str:
    """The value of field ``f`` of record ``r`` in words."""
    value = _getter(f)(r)
    if f.how in LISTS:
        key, words = LISTS[f.how]
        return words(c, [key(c, x) for x in value])
    if f.how == "text":
        return c.text(value)
    return WORDINGS[f.how](c, value, f)


def _compare_field(c: _Compare, rec: _Record, f: Compared, x: Any, y: Any) -> None:
    """The values ``x`` and ``y`` of one field of two versions of a record, as its entry in
    the table says."""
    if f.how in COMPARISONS:
        COMPARISONS[f.how](c, rec, f, x, y)
    elif x == y:
        return  # the same value has the same words (records compare by identity)
    elif f.each:
        key, words = LISTS[f.how]
        # a list inside a record that one side lacks (a meeting's minutes) is no items
        old, new = [key(c, i) for i in x or ()], [key(c, i) for i in y or ()]
        label = rec.label(f.label or f.field)
        rec.members(f.field, old, new, lambda xs: words(c, list(xs)), f.added, f.removed, label)
    elif f.how in LISTS:
        key, words = LISTS[f.how]
        old_keys, new_keys = [key(c, i) for i in x or ()], [key(c, i) for i in y or ()]
        label = rec.label(f.label or f.field)
        # for programs the list itself (ids, or each item in words)
        plain: tuple[Plain, Plain] = (old_keys, new_keys)
        rec.value(f.field, words(c, old_keys), words(c, new_keys), label, f.says, plain)
    else:
        old_words, new_words = WORDINGS[f.how](c, x, f), WORDINGS[f.how](c, y, f)
        label = rec.label(f.label or f.field)
        plain = (_value_for_programs(f, x, old_words), _value_for_programs(f, y, new_words))
        rec.value(f.field, old_words, new_words, label, f.says, plain)


def _value_for_programs(f: Compared, value: Any, words: str) -> Plain:
    """A field's value as JSON gives it: plain where it is (a date, a number, an id), the
    words of a record (a person, an address), None for nothing."""
    if f.how in PLAIN:
        return PLAIN[f.how](value)
    if value is None:
        return None
    return _plain(value) if isinstance(value, str | int | float | dt.date | dt.time) else words


# a value as JSON keeps it; a commitment's state is {"level": "limited", "date": "2014-06-13"}
Plain = str | int | float | bool | list[str] | dict[str, Any] | None


def _state(level: Any, day: dt.date | None = None) -> Plain:
    """A commitment's level (and the day it was reported) for programs."""
    return {"level": str(level), "date": day.isoformat() if day else None}


def _finding(finding: Any) -> Plain:
    """An IRM finding for programs: {"value": "Low", "url": "https://…"}, or None."""
    if finding is None:
        return None
    return {"value": _plain(finding.value), "url": finding.url}


def _interval(start: Any, end: Any) -> Plain:
    """ISO 8601's interval, '2014-05-08/2014-05-09' or '12:30/15:00'; one end alone, or None."""
    if start is None:
        return None
    return f"{_plain(start)}/{_plain(end)}" if end is not None else _plain(start)


# the values for programs of what the words join from several fields of a record
PLAIN: dict[str, Callable[[Any], Plain]] = {
    "hours": lambda m: None if m is None else _interval(m.start, m.end),
    "when": lambda e: None if e is None else _interval(e.date, e.end) or e.approx or None,
}


def _plain(value: Any) -> Plain:
    """A value of the data for programs: ISO dates ('2014-06-13'), times as '12:30', an
    enumeration's value, None for nothing (the words say '13 Jun 2014' and 'none')."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, str):
        return str(value)  # a StrEnum's value, a text as it is
    return value  # type: ignore[no-any-return]


# --- what needs more than "old → new": comparisons named by the table's entries ----------


def _text(c: _Compare, rec: _Record, f: Compared, a: str | None, b: str | None) -> None:
    if a != b:
        rec.text(f.field, a, b, label=rec.label(f.label) if f.label else None)


def _records(c: _Compare, rec: _Record, f: Compared, a: Any, b: Any) -> None:
    """Records of a kind inside this one (the plan's timeline), in this one's section."""
    c.records(rec.section, kinds.KINDS[f.kind], a, b)


def _when(c: _Compare, e: TimelineEvent) -> str:
    """'8 May 2014–9 May 2014', with the words ('approx') that may go with the days."""
    if e.date is None:
        return e.approx or c.none
    days = c.day(e.date) + (f"–{c.day(e.end)}" if e.end else "")
    return f"{days} ({e.approx})" if e.approx else days


def _owners_words(c: _Compare, x: Commitment) -> str:
    return owners_phrase(c.names_data, x, c.lang, collaborators=False)


def _owners(c: _Compare, rec: _Record, f: Compared, a: Commitment, b: Commitment) -> None:
    """The owners, or only their roles when the same agencies own it."""
    same_owners = a.owner_ids == b.owner_ids and a.owner_separator == b.owner_separator
    rec.value("roles" if same_owners else f.field, _owners_words(c, a), _owners_words(c, b))


def _milestone_words(c: _Compare, m: Milestone) -> str:
    """'m1 'Veileder publisert' (1 Jan 2014–30 Jun 2014)'."""
    span = "–".join(c.day(d) for d in (m.start, m.due) if d)
    return f"{m.id} {quoted(m.text)}" + (f" ({span})" if span else "")


def _milestones(
    c: _Compare, rec: _Record, f: Compared, a: list[Milestone], b: list[Milestone]
) -> None:
    """Milestones matched by id: added, removed, or their text or dates changed."""
    old = {m.id: m for m in a}
    new_ids = {m.id for m in b}
    label = rec.label("milestone")
    for m in b:
        if m.id not in old:
            what = _milestone_words(c, m)
            rec.add("changed", f.field, f"{label} {c.w('diff_added', what=what)}", None, what)
            continue
        x = old[m.id]
        rec.text(f.field, x.text, m.text, label=f"{label} {m.id}:")
        for attr in ("start", "due"):
            was, now = getattr(x, attr), getattr(m, attr)
            rec.value(
                f.field,
                c.day(was),
                c.day(now),
                f"{label} {m.id}: {rec.label(attr)}",
                plain=(_plain(was), _plain(now)),
            )
    for m in a:
        if m.id not in new_ids:
            what = _milestone_words(c, m)
            rec.add("changed", f.field, f"{label} {c.w('diff_removed', what=what)}", what)


def _irm(
    c: _Compare, rec: _Record, f: Compared, a: IrmAssessment | None, b: IrmAssessment | None
) -> None:
    """The IRM's findings, one by one: the value, and the report and address it is from."""
    old = dict(a.findings()) if a else {}
    new = dict(b.findings()) if b else {}
    for name in [*new, *(n for n in old if n not in new)]:
        label = c.w("diff_irm_finding", finding=rec.label(f"irm_{name}"))
        x, y = old.get(name), new.get(name)
        plain = (_finding(x), _finding(y))
        said = (_finding_words(c, name, x), _finding_words(c, name, y))
        rec.value(f.field, *said, label, plain=plain)
        for part in ("report", "note"):  # which report, and what the data notes of it
            rec.text(
                f.field,
                getattr(x, part, None),
                getattr(y, part, None),
                f"{label}, {rec.label(f'irm_{part}')}",
            )


def _finding_words(c: _Compare, aspect: str, finding: Any) -> str:
    """A finding's value with the address it is from: a code in the words of the status
    table ('did not change'), a text the data holds ('Low') in quotes."""
    if finding is None:
        return c.none
    value = finding.value
    said = irm_value(aspect, value, c.lang) if irm_code(aspect, value) else quoted(value)
    return f"{said} <{finding.url}>"


def _minutes_items(
    c: _Compare, rec: _Record, f: Compared, a: list[ItemMinutes] | None, b: list[ItemMinutes] | None
) -> None:
    """What the minutes say of each agenda item: its notes, and the decisions made."""
    old = {i.item: i for i in a or ()}
    new = {i.item: i for i in b or ()}
    for n in [*new, *(n for n in old if n not in new)]:
        x, y = old.get(n), new.get(n)
        item = c.w("diff_minutes_item", n=n)
        notes = f"{rec.label(f.label)}, {item}, {rec.label('minutes_notes')}"
        rec.text(f.field, x.notes if x else None, y.notes if y else None, notes)
        rec.members(
            f.field,
            x.decisions if x else [],
            y.decisions if y else [],
            c.texts,
            label=f"{rec.label(f.label)}, {item}, {rec.label('minutes_decisions')}",
        )


# the fields of a status report said by the date and level; every other one is compared
_REPORT_KEYS = ("date", "level", "where")
_NAMED = ("meeting", "reported_by")  # ids, said by the name of what they refer to


def _report_fields(r: StatusReport) -> list[str]:
    return [f.name for f in dataclasses.fields(r) if f.name not in _REPORT_KEYS]


def _report_value(c: _Compare, attr: str, value: object) -> str:
    """A field of a status report in words: a meeting or agency by its name, evidence as
    'title <url>', a text in quotes."""
    if value is None or value == "" or value == []:
        return c.none
    if attr == "meeting" and isinstance(value, str):
        return c.meeting_ref(value)
    if attr == "reported_by" and isinstance(value, str):
        return c.name(value)
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, list | tuple):
        return ", ".join(_item_words(v) for v in value)
    return str(value)


def _item_words(value: object) -> str:
    """An item of a list field: evidence (title and url; a link titled by itself only
    '<url>') or a text."""
    title, url = getattr(value, "title", None), getattr(value, "url", None)
    if isinstance(title, str) and isinstance(url, str):
        return f"<{url}>" if title == url else f"{quoted(title)} <{url}>"
    return quoted(str(value))


def _report_words(c: _Compare, r: StatusReport) -> str:
    """What a report says beside its level: '(meeting no. 2): 'Godt i gang''."""
    where = [
        _report_value(c, a, getattr(r, a))
        for a in ("meeting", "source")
        if a in _report_fields(r) and getattr(r, a)
    ]
    note = getattr(r, "note", None)
    return (f" ({', '.join(where)})" if where else "") + (f": {quoted(note)}" if note else "")


# what an added report says beyond its level, place and note: what a coordinator checks
# before it is taken in (the links above all)
_ADDED_FIELDS = ("evidence", "challenges", "next_steps")


def _added_words(c: _Compare, r: StatusReport) -> str:
    """What an added report gives beside its level, place and note, each field labelled as
    a changed report's are: "; evidence 'Høringsnotat' <https://…>; challenges 'Få svar'";
    '' where it gives none of them."""
    said = []
    for attr in _ADDED_FIELDS:
        value = getattr(r, attr, None)
        if value:
            said.append(f"{c.w(f'diff_label_{attr}')} {_report_value(c, attr, value)}")
    return "".join(f"; {s}" for s in said)


def _report_changes(c: _Compare, a: StatusReport, b: StatusReport, *, skip_level: bool) -> str:
    """'level limited → substantial; note 'Started' → 'Started late''; '' when equal."""
    what = []
    if a.level != b.level and not skip_level:
        old, new = level_label(c.lang, a.level), level_label(c.lang, b.level)
        what.append(f"{c.w('diff_label_level')} {old} → {new}")
    for attr in _report_fields(b):
        x, y = getattr(a, attr), getattr(b, attr)
        key = f"diff_label_{attr}"
        label = c.w(key) if key in WORDS[c.lang] else attr.replace("_", " ")
        if isinstance(x, str | None) and isinstance(y, str | None) and attr not in _NAMED:
            if (x or None) != (y or None):
                what.append(text_change(label, x, y, c.lang))
            continue
        old, new = _report_value(c, attr, x), _report_value(c, attr, y)
        if old != new:  # compared in words: records in lists compare by identity
            what.append(changed(label, old, new, c.none, c.lang))
    return "; ".join(what)


def _status(c: _Compare, rec: _Record, f: Compared, a: Commitment, b: Commitment) -> None:
    la, lb = a.latest_status(), b.latest_status()

    def level(x: Any) -> str:
        return level_label(c.lang, x)

    # a report is its day and its milestone: one form gives a commitment and its milestone a
    # report each on one day (the data allows one report per day and milestone)
    old_by_key = {(r.date, r.milestone or ""): r for r in a.status}
    new_by_key = {(r.date, r.milestone or ""): r for r in b.status}
    headline = gone_said = False
    if lb is not None and (la is None or (la.level, la.date) != (lb.level, lb.date)):
        old_level = level(la.level) if la else level(a.level)
        new = f"{level(lb.level)}, {c.day(lb.date)}"
        if la is not None and la.level == lb.level:
            text = c.w("diff_status_still", level=level(lb.level), date=c.day(lb.date))
        else:
            text = f"{old_level} → {new}"
        old = _state(la.level, la.date) if la else _state(a.level)
        text += _report_words(c, lb)
        if (lb.date, lb.milestone or "") not in old_by_key:
            text += _added_words(c, lb)  # the report is added: said here, not again below
        rec.add("changed", "status", text, old, _state(lb.level, lb.date))
        headline = True
    elif lb is None and la is not None:
        text = c.w("diff_status_reports_removed", old=level(la.level), new=level(b.level))
        rec.add("changed", "status", text, _state(la.level, la.date), _state(b.level))
        # said: the commitment's own reports went; its milestones' are said one by one below
        gone_said = True
    for key, r in sorted(new_by_key.items()):
        if key not in old_by_key:
            if not (headline and r is lb):
                what = level(r.level) + _report_words(c, r) + _added_words(c, r)
                rec.add("changed", "status", c.w("diff_report_added", date=_of(c, r), what=what))
            continue
        what = _report_changes(c, old_by_key[key], r, skip_level=headline and r is lb)
        if what:
            rec.add("changed", "status", c.w("diff_report_changed", date=_of(c, r), what=what))
    for key, r in sorted(old_by_key.items()):
        if key not in new_by_key and not (gone_said and r.milestone is None):
            text = c.w("diff_report_removed", date=_of(c, r), level=level(r.level))
            rec.add("changed", "status", text, _state(r.level, r.date), None)


def _of(c: _Compare, r: StatusReport) -> str:
    """A report named by its day, and its milestone where it is about one: '10 Mar 2014
    (milestone m1)'."""
    day = c.day(r.date)
    return f"{day} ({c.w('diff_label_milestone')} {r.milestone})" if r.milestone else day


def _agenda_item(c: _Compare, item: AgendaItem) -> str:
    """'Status (2–3 min per agency, 45 min in all)': every field of the item."""
    bits = []
    if item.status_round:
        r = item.status_round
        bits.append(c.w("diff_per_agency", low=r.min_minutes, high=r.max_minutes))
    if item.minutes is not None:
        key = "diff_in_all" if item.status_round else "diff_minutes"
        bits.append(c.w(key, minutes=item.minutes))
    return item.title + (f" ({', '.join(bits)})" if bits else "")


def _agenda(
    c: _Compare, rec: _Record, f: Compared, a: list[AgendaItem], b: list[AgendaItem]
) -> None:
    """The agenda's items, as a reader sees them change."""
    rec.sequence(
        f.field,
        [_agenda_item(c, i) for i in a],
        [_agenda_item(c, i) for i in b],
        lambda n: c.w("diff_agenda_item", n=n),
        lambda what: c.w("diff_agenda_item_removed", what=what),
        lambda n, what: c.w("diff_agenda_item_added", n=n, what=what),
    )


def _section_words(c: _Compare, x: Section) -> str:
    """A section as a reader finds it: its heading, else the start of its first paragraph."""
    if x.heading:
        return quoted(x.heading)
    first = " ".join(x.paragraphs[0].split()) if x.paragraphs else ""
    start = first if len(first) <= 60 else first[:59] + "…"
    return c.w("diff_section_first_paragraph", text=f"'{start}'" if first else c.none)


def _sections(
    c: _Compare, rec: _Record, f: Compared, old: list[Section], new: list[Section]
) -> None:
    """The letter's sections, matched by place: untouched ones are never reported."""
    for i, j in _match_sections(old, new):
        if j is None:
            assert i is not None
            what = _section_words(c, old[i])
            rec.add("changed", "sections", c.w("diff_section_removed", what=what), what)
            continue
        y = new[j]
        if i is None:
            what = _section_words(c, y)
            rec.add(
                "changed", "sections", c.w("diff_section_added", n=j + 1, what=what), None, what
            )
            continue
        x = old[i]
        rec.text("sections", x.heading, y.heading, label=c.w("diff_section_heading", n=j + 1))
        where = quoted(y.heading) if y.heading else c.w("diff_section_untitled", n=j + 1)
        label = c.w("diff_section_level", where=where)
        rec.value("sections", str(x.level), str(y.level), label, plain=(x.level, y.level))
        rec.sequence(
            "sections",
            list(x.paragraphs),
            list(y.paragraphs),
            # (called at once, in this turn of the loop)
            lambda n: c.w("diff_paragraph", n=n, where=where),  # noqa: B023
            lambda what: c.w("diff_paragraph_removed", where=where, what=what),  # noqa: B023
            lambda n, what: c.w("diff_paragraph_added", n=n, where=where, what=what),  # noqa: B023
        )


def _pairs(old: Sequence[Any], new: Sequence[Any]) -> list[tuple[int | None, int | None]]:
    """Items of two lists matched in order: equal runs and replaced runs pair up by place."""
    out: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for _op, i1, i2, j1, j2 in matcher.get_opcodes():
        n = min(i2 - i1, j2 - j1)
        out += [(i1 + k, j1 + k) for k in range(n)]
        out += [(i, None) for i in range(i1 + n, i2)]
        out += [(None, j) for j in range(j1 + n, j2)]
    return out


def _match_sections(
    old: Sequence[Section], new: Sequence[Section]
) -> list[tuple[int | None, int | None]]:
    """Which old section became which new one.

    Sections equal in every field pair up first (in order), so an untouched
    section is never reported, however many share a heading or have none.
    The rest pair up by heading within each changed stretch, and else by
    place: an edited section is reported as edited, not as one removed and
    another added.
    """

    def content(x: Section) -> tuple[Any, ...]:
        return (x.heading, x.level, tuple(x.paragraphs))

    out: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(
        a=[content(x) for x in old], b=[content(x) for x in new], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [(i1 + k, j1 + k) for k in range(i2 - i1)]
            continue
        for i, j in _pairs([x.heading for x in old[i1:i2]], [x.heading for x in new[j1:j2]]):
            out.append((None if i is None else i1 + i, None if j is None else j1 + j))
    return out


Comparison = Callable[[_Compare, _Record, Compared, Any, Any], None]

# the comparisons a field's ``how`` may name beside its wordings
COMPARISONS: dict[str, Comparison] = {
    "text": _text,
    "records": _records,
    "owners": _owners,
    "milestones": _milestones,
    "irm": _irm,
    "status": _status,
    "agenda": _agenda,
    "minutes_items": _minutes_items,
    "sections": _sections,
}


# --- what a record added or removed is, where its kind's entry names a phrase -------------


def _event_words(c: _Compare, e: TimelineEvent) -> str:
    return f"{quoted(e.title)}, {_when(c, e)}" + (f", {e.place}" if e.place else "")


def _commitment_words(c: _Compare, x: Commitment) -> str:
    title = x.title_en if c.lang == "en" and x.title_en else x.title or x.title_en
    owners = c.w("diff_commitment_summary", owners=_owners_words(c, x))
    return owners + (f", {quoted(title)}" if title else "")


def _agency_words(c: _Compare, x: Agency) -> str:
    bits = [x.name] if x.short else []
    bits.append(c.w("diff_agency_id", id=x.id))
    if x.address:
        bits.append(", ".join(address_lines(x.address)))
    return ", ".join(bits)


def _letter_words(c: _Compare, x: Letter) -> str:
    ref = f" ({x.our_ref})" if x.our_ref else ""
    return c.w("diff_letter_summary", title=quoted(x.title), ref=ref, date=c.day(x.date))


PHRASES: dict[str, Callable[[_Compare, Any], str]] = {
    "event": _event_words,
    "commitment": _commitment_words,
    "agency": _agency_words,
    "letter": _letter_words,
}


def _records_of(data: Dataset, where: str) -> Any:
    """The records a kind's entry names: an attribute of the Dataset, or what a method of
    it gives ("commitments_in_plan_order()")."""
    value = getattr(data, where.removesuffix("()"))
    return value() if where.endswith("()") else value


def compare(old: Dataset, new: Dataset, lang: str = "en") -> list[Change]:
    """Every change from ``old`` to ``new``, section by section (the kinds' table order),
    records in the data's order."""
    c = _Compare(old, new, lang)
    for kind in kinds.KINDS.values():
        d = kind.diff
        if d is not None and d.section and d.records:
            c.records(d.section, kind, _records_of(old, d.records), _records_of(new, d.records))
    return c.changes


def build(data_dir: Path, rev: str = "HEAD", lang: str = "en") -> DiffReport:
    """The changes from the data at git revision ``rev`` to the data in ``data_dir`` now.

    Data files that did not exist at ``rev`` count as empty, so a data folder
    new since then shows every record as added.
    """
    from ogp.data import dataset, gitrev
    from ogp.data.schema.types import CHOICE

    snap = gitrev.snapshot(data_dir, rev)
    new = dataset.load(data_dir)
    if snap.texts:
        # as the ogp of that revision read it: a pull request that mends a value this
        # ogp refuses is compared with the data before it
        old_result = dataset.read_texts(snap.texts, snap.display_prefix, earlier=True)
        if old_result.errors:
            raise OldDataInvalid(rev, old_result.problems)
        old = old_result.data
        earlier = tuple(
            p
            for p in old_result.problems
            if p.rule == CHOICE and p.severity is Severity.WARNING  # (an error refused it)
        )
    else:
        old, earlier = Dataset(), ()
    return DiffReport(rev, snap.commit, compare(old, new, lang), lang, earlier)
