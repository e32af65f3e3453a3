"""registrant: each registration is for a meeting of the data, by someone invited, once.

Why: registrations live in the private folder (``private/registrations.yaml``
beside the data folder), apart from the plan; ``ogp validate`` checks them
when the file is there. Each names a meeting and an agency of the data; the
agency is one the meeting invites, or holds it (the chair's or the registration
contact's; a meeting that lists no one invited is open);
and a person (their e-mail address, whatever its case) registers once for a
meeting.

Good: ``{meeting: mote-1, name: Kari Nordmann, agency: kud, email:
kari.nordmann@kud.dep.no}``. Bad: ``agency: kdu``, or the same address twice
for ``mote-1``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "registrant"
SEVERITY = Severity.ERROR


def _did_you_mean(word: str, known: list[str]) -> str:
    from ogp.data.suggest import closest  # only for a mistake: not loaded to check good data

    close = closest(word, known)
    return f"did you mean '{close}'?" if close else f"known: {', '.join(known) or 'none'}"


def check(facts: Facts) -> Iterator[Problem]:
    data = facts.data
    meetings = [m.id for m in data.meetings]
    agencies = [a.id for a in data.agencies]
    seen: dict[tuple[str, str], int] = {}
    for r in facts.registrants:
        meeting = data.meeting_by_id.get(r.meeting)
        if meeting is None:
            yield error(
                r.at("meeting"),
                ID,
                f"unknown meeting '{r.meeting}'",
                hint=_did_you_mean(r.meeting, meetings),
            )
        if r.agency not in data.agency_by_id:
            yield error(
                r.at("agency"),
                ID,
                f"unknown agency '{r.agency}'",
                hint=_did_you_mean(r.agency, agencies),
            )
        elif meeting is not None and not meeting.may_attend(r.agency):
            yield error(
                r.at("agency"),
                ID,
                f"{data.agency_by_id[r.agency].label} is not invited to meeting {meeting.id}",
                hint=f"add '{r.agency}' to its 'invited:' in meetings.yaml, or correct the agency",
            )
        key = (r.meeting, r.email.casefold())
        if key in seen:
            yield error(
                r.at("email"),
                ID,
                f"{r.email} is registered twice for meeting {r.meeting} (also on line {seen[key]})",
                hint="keep one",
            )
        else:
            seen[key] = r.pos.line
