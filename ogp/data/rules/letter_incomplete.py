"""letter-incomplete: a letter has the recipients and meetings its text calls for.

- A letter addressed "Ifølge liste" (or "Iflg. liste", "Etter liste",
  "According to list") is sent to the agencies of its address list: its
  ``recipients`` may not be empty, or it prints an empty address list and
  ``--all`` writes no letter at all.
- A letter with neither ``recipients`` nor an ``addressee`` is addressed to no
  one.
- A letter whose title or body invites to meetings (words such as
  "invitasjon", "inviterer", "innkalling", "invitation") names the meetings it
  invites to in ``meetings``: from them come the dates, the venue, the agenda
  and the registration deadline the letter prints. With ``meetings: []`` it
  invites to nothing.

An error: the letter rendered from such data is not fit to send, and nothing
else in the data shows what is missing.

Good: ``addressee: Ifølge liste`` with ``recipients: [fin, norges-bank]``;
``title: Invitasjon til møter`` with ``meetings: [mote-1, mote-2]``.
Bad: ``addressee: Ifølge liste`` with ``recipients: []``;
``title: Invitasjon til møter`` with ``meetings: []``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.model import Letter
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "letter-incomplete"
SEVERITY = Severity.ERROR

# addressee lines that mean "to the agencies of the address list" (compared casefolded)
BY_LIST = frozenset(
    {
        "ifølge liste",
        "ifølge adresseliste",
        "iflg. liste",
        "iflg liste",
        "etter liste",
        "i henhold til liste",
        "se liste",
        "se adresseliste",
        "according to list",
        "according to the list",
        "see list",
        "see the address list",
        "distribution list",
    }
)
_INVITES = re.compile(r"\b(?:invit|innkall|innkalt)\w*", re.IGNORECASE)


def by_list(addressee: str | None) -> bool:
    """Whether the addressee line says the letter goes to an address list."""
    return addressee is not None and " ".join(addressee.split()).casefold() in BY_LIST


def _invitation_word(letter: Letter) -> str | None:
    texts = [letter.title]
    for section in letter.sections:
        texts += [section.heading or "", *section.paragraphs]
    for text in texts:
        found = _INVITES.search(text)
        if found is not None:
            return found.group()
    return None


def check(facts: Facts) -> Iterator[Problem]:
    for letter in facts.data.letters:
        if not letter.recipients:
            if by_list(letter.addressee):
                yield error(
                    letter.at("recipients"),
                    ID,
                    f"letter {letter.id} is addressed '{letter.addressee}', but its list of "
                    "recipients is empty",
                    hint="list the agencies in 'recipients:'",
                    path=path_of("letter", letter.id, "recipients"),
                )
            elif letter.addressee is None:
                yield error(
                    letter.at("recipients"),
                    ID,
                    f"letter {letter.id} is addressed to no one: it has no recipients and no "
                    "addressee",
                    hint="list the agencies in 'recipients:'",
                    path=path_of("letter", letter.id, "recipients"),
                )
        if not letter.meetings:
            said = _invitation_word(letter)
            if said is not None:
                yield error(
                    letter.at("meetings"),
                    ID,
                    f"letter {letter.id} invites ('{said}') but names no meetings",
                    hint="list the meetings it invites to in 'meetings:' (e.g. meetings: [mote-1])",
                    path=path_of("letter", letter.id, "meetings"),
                )
