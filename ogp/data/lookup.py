"""Finding a record from what a user typed: a letter, a meeting, an agency, a recipient.

Each lookup raises one clear :class:`~ogp.errors.OgpError` naming what the data holds.
"""

from __future__ import annotations

from ogp.data.model import Dataset, Letter, Meeting
from ogp.data.problems import listed
from ogp.errors import OgpError


def pick_letter(data: Dataset, letter_id: str | None) -> Letter:
    """The letter named, or the only one; a clear error otherwise."""
    if letter_id is not None:
        letter = data.letter_by_id.get(letter_id)
        if letter is None:
            known = listed([x.id for x in data.letters], 10) or "none"
            raise OgpError(f"unknown letter '{letter_id}'", hint=f"letters in the data: {known}")
        return letter
    if len(data.letters) == 1:
        return data.letters[0]
    if not data.letters:
        raise OgpError("the data holds no letter", hint="add one to letters.yaml")
    known = listed([x.id for x in data.letters], 10)
    raise OgpError("the data holds several letters; name one", hint=f"letters: {known}")


def resolve_recipient(data: Dataset, letter: Letter, text: str) -> str:
    """The id of a recipient of ``letter`` from what the user typed (id or short name)."""
    agency_id = resolve_agency(data, text)
    if agency_id in letter.copy_to and agency_id not in letter.recipients:
        raise OgpError(
            f"'{text}' is sent letter {letter.id} as a copy, not as a recipient",
            hint="a copy is the letter as it stands: render it without --to",
        )
    if agency_id not in letter.recipients:
        known = ", ".join(letter.recipients)
        raise OgpError(
            f"'{text}' is not a recipient of letter {letter.id}", hint=f"its recipients: {known}"
        )
    return agency_id


def resolve_agency(data: Dataset, text: str) -> str:
    """An agency id from what the user typed: its id, in any case, or its short name."""
    if text in data.agency_by_id:
        return text
    folded = text.strip().casefold()
    if not folded:
        raise OgpError("no agency given", hint="give an agency's id or short name, e.g. fin")
    for a in data.agencies:
        if folded in (a.id.casefold(), a.label.casefold(), a.name.casefold()):
            return a.id
    known = ", ".join(a.id for a in data.agencies)
    raise OgpError(f"unknown agency '{text}'", hint=f"known agencies: {known}")


def pick_meeting(data: Dataset, meeting_id: str) -> Meeting:
    meeting = data.meeting_by_id.get(meeting_id)
    if meeting is None:
        for m in data.meetings:  # "1" for meeting no. 1
            if str(m.number) == meeting_id:
                return m
        known = ", ".join(m.id for m in data.meetings) or "none"
        raise OgpError(f"unknown meeting '{meeting_id}'", hint=f"meetings in the data: {known}")
    return meeting
