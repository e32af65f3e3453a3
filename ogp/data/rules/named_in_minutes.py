"""named-in-minutes: the public minutes do not name the people who registered.

Why: the minutes in ``meetings.yaml`` are published (the site, the repository);
the names and e-mail addresses of people who register are personal data, kept
in the private folder. Where the registrations are read (``ogp validate``), a
registered person's full name or e-mail address in the minutes' apologies,
notes, decisions or actions is reported, so that it is not published. The
public minutes name organisations and give counts; ``ogp minutes --with-names``
makes the internal minutes with the names. A person the plan data names in a
public role (a meeting's chair or registration contact, a commitment's contact,
a letter's signatory or case officer) may be named in the minutes too.

Good: ``notes: KMD spurte om fristen``. Bad: ``notes: Kari Nordmann (KMD) spurte
om fristen``, where Kari Nordmann registered for a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ogp.data.model import Dataset, Items, Meeting, Person, Registrant
from ogp.data.problems import Pos, Problem, Severity, warning
from ogp.data.rules.facts import Facts

ID = "named-in-minutes"
SEVERITY = Severity.WARNING

_WORD = re.compile(r"\w+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class _Names:
    """The registrants' full names (two words or more) by their first word, and their
    e-mail addresses: a text is read once, word by word, whatever their number."""

    def __init__(self, registrants: list[Registrant], public: set[str]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.shown: dict[tuple[str, ...], str] = {}
        self.emails: dict[str, str] = {}
        named = {tuple(_WORD.findall(name.casefold())) for name in public}
        for r in registrants:
            words = tuple(_WORD.findall(r.name.casefold()))
            if len(words) >= 2 and words not in self.shown and words not in named:
                self.shown[words] = " ".join(r.name.split())
                self.by_first.setdefault(words[0], []).append(words)
            if r.email.casefold() not in public:
                self.emails.setdefault(r.email.casefold(), r.email)

    def found(self, text: str) -> list[str]:
        """The names and addresses ``text`` holds, in the order they stand."""
        folded = text.casefold()
        words = _WORD.findall(folded)
        out: list[str] = []
        for i, w in enumerate(words):
            for name in self.by_first.get(w, ()):
                if tuple(words[i : i + len(name)]) == name:
                    out.append(self.shown[name])
        out += [self.emails[e] for e in _EMAIL.findall(folded) if e in self.emails]
        return list(dict.fromkeys(out))


def _texts(m: Meeting) -> Iterator[tuple[Pos, str, str]]:
    """Each text of the meeting's minutes: where it is, what it is, the text."""
    minutes = m.minutes
    if minutes is None:
        return

    def listed(items: Items, what: str) -> Iterator[tuple[Pos, str, str]]:
        for i, text in enumerate(items):
            yield items.pos(i), what, text

    yield from listed(minutes.apologies, "apologies")
    for entry in minutes.items:
        if entry.notes:
            yield entry.at("notes"), f"notes on item {entry.item}", entry.notes
        yield from listed(entry.decisions, f"decisions on item {entry.item}")
    for action in minutes.actions:
        yield action.at("what"), "actions", action.what


def _public(data: Dataset) -> set[str]:
    """The names (and casefolded e-mail addresses) of the people the plan data names in a
    public role: its chairs, registration contacts, contacts, signatories, case officers."""
    people: list[Person | None] = [c.contact for c in data.commitments]
    for m in data.meetings:
        people += [m.chair, m.registration.contact if m.registration else None]
    for letter in data.letters:
        people += [*letter.signatories, letter.case_officer]
    out: set[str] = set()
    for p in people:
        if p is not None:
            out.add(p.name)
            if p.email:
                out.add(p.email.casefold())
    return out


def check(facts: Facts) -> Iterator[Problem]:
    return in_minutes(facts.data, list(facts.registrants), facts.data.meetings)


def in_minutes(
    data: Dataset, registrants: list[Registrant], meetings: Iterable[Meeting]
) -> Iterator[Problem]:
    """The warnings of the minutes of ``meetings`` that name a registrant."""
    if not registrants:
        return
    names = _Names(registrants, _public(data))
    for m in meetings:
        for pos, what, text in _texts(m):
            for name in names.found(text):
                yield warning(
                    pos,
                    ID,
                    f"the {what} in the minutes of meeting {m.id} name {name}, who registered "
                    "for a meeting: personal data, published with the minutes",
                    hint="name the organisation instead; 'ogp minutes --with-names' makes the "
                    "internal minutes with the names",
                )
