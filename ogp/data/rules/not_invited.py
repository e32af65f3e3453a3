"""not-invited: every agency that answers for a commitment discussed at a meeting is invited.

A commitment is discussed at a meeting when the meeting's agenda has a status
round (``status_round:``: every reporting agency reports on each of its
commitments), or when a status report of the commitment names the meeting
(``meeting: mote-1``). Each owner of such a commitment, and its reporter, must
then be among the meeting's ``invited`` (where the meeting lists them), and
among the ``recipients`` of a letter that invites to the meeting (one of them,
where several do; a copy, ``copy_to``, is not an invitation). Otherwise the
agenda gives an agency minutes to report that it never hears about.

A commitment whose owner is among the recipients of no letter at all is also
reported (at the owner, where a pull request that adds the commitment changes
the data): the letters' annex names it as responsible, but it is not sent them.
This part applies once the data has a letter with recipients.

The hosts are exempt: the sender of a letter that invites to the meeting, the
agency of its chair and of its registration contact, and the plan's contact
point. A meeting with no ``invited`` list is checked only against its letters.

An error, not a warning: the data contradicts itself (the agenda and the
letter's annex name the agency, the list of who is invited leaves it out), and
the mistake cannot be seen in any one file; the letter goes out, the agency
does not come, and its report is missing. If the agency is truly not to be
invited, its commitments belong to another owner.

Good: ``owners: [fd]`` on 4.20, meeting ``mote-1`` with a status round and
``invited: [..., fd]``, letter ``recipients: [..., fd]``.
Bad: the same with ``fd`` left out of ``invited`` ("FD owns 4.20 and reports
on it at meeting no. 1, but is not invited").
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.kinds import path_of
from ogp.data.model import Commitment, Dataset, Letter, Meeting
from ogp.data.problems import Pos, Problem, Severity, error, listed
from ogp.data.rules.facts import Facts

ID = "not-invited"
SEVERITY = Severity.ERROR

# agency id -> the commitments it owns, in plan order, each with whether it reports on it
Duties = dict[str, list[tuple[Commitment, bool]]]


def check(facts: Facts) -> Iterator[Problem]:
    data = facts.data
    everything = _duties(data.commitments_in_plan_order())
    named: dict[str, list[Commitment]] = {}
    for c in data.commitments_in_plan_order():
        for mid in dict.fromkeys(s.meeting for s in c.status if s.meeting):
            named.setdefault(mid, []).append(c)
    # meeting id -> who answers for what is discussed there, and whether in a status round
    by_meeting: dict[str, tuple[Duties, bool]] = {}
    for m in data.meetings:
        if any(item.status_round is not None for item in m.agenda):
            by_meeting[m.id] = (everything, True)
        elif m.id in named:
            by_meeting[m.id] = (_duties(named[m.id]), False)
    letters_of: dict[str, list[Letter]] = {}
    for letter in data.letters:
        for mid in dict.fromkeys(letter.meetings):
            letters_of.setdefault(mid, []).append(letter)
    told: set[str] = set()  # agencies already reported: not reported again for the letters
    told_letter: set[tuple[str, str]] = set()  # (letter, agency): once, at the first meeting
    for m in data.meetings:
        if m.id not in by_meeting:
            continue
        duties, has_round = by_meeting[m.id]
        letters = letters_of.get(m.id, [])
        hosts = _hosts(data, m, letters)
        if m.invited:
            invited = set(m.invited)
            missing = [
                (aid, owned)
                for aid, owned in duties.items()
                if aid not in invited and aid not in hosts and aid in data.agency_by_id
            ]
            told.update(aid for aid, _ in missing)
            yield from _each_or_all(
                data,
                missing,
                m,
                has_round,
                m.at("invited"),
                "is not invited",
                "are not invited",
                f"to the invited of meeting {m.id}",
                path_of("meeting", m.id, "invited"),
            )
        with_list = [x for x in letters if x.recipients]
        if not with_list:
            continue
        receiving = {aid for x in with_list for aid in x.recipients}
        first = with_list[0]
        missing = [
            (aid, owned)
            for aid, owned in duties.items()
            if aid not in receiving
            and aid not in hosts
            and aid in data.agency_by_id
            and (first.id, aid) not in told_letter
        ]
        told.update(aid for aid, _ in missing)
        told_letter.update((first.id, aid) for aid, _ in missing)
        which = (
            f"letter {first.id}, which invites to it"
            if len(with_list) == 1
            else f"any of the letters that invite to it ({', '.join(x.id for x in with_list)})"
        )
        copied = [aid for aid, _ in missing if aid in first.copy_to]
        yield from _each_or_all(
            data,
            missing,
            m,
            has_round,
            first.at("recipients"),
            f"is not among the recipients of {which}",
            f"are not among the recipients of {which}",
            f"to the recipients of letter {first.id}"
            + (
                f" ({listed(copied)} {'is' if len(copied) == 1 else 'are'} only sent a copy: "
                f"move {'it' if len(copied) == 1 else 'them'} from copy_to)"
                if copied
                else ""
            ),
            path_of("letter", first.id, "recipients"),
        )
    yield from _never_sent(data, told)


MAX_EACH = 3  # more agencies missing from one list than this: one problem for them all


def _each_or_all(
    data: Dataset,
    missing: list[tuple[str, list[tuple[Commitment, bool]]]],
    m: Meeting,
    has_round: bool,
    pos: Pos,
    one: str,
    many: str,
    where: str,
    path: str,
) -> Iterator[Problem]:
    """A problem for each agency missing from a list, or one for them all when many are."""
    if len(missing) <= MAX_EACH:
        for aid, owned in missing:
            yield error(
                pos,
                ID,
                f"{_who(data, aid, owned, m, has_round=has_round)}, but {one}",
                hint=f"add {aid} {where}",
                path=path,
            )
        return
    ids = [aid for aid, _ in missing]
    yield error(
        pos,
        ID,
        f"{len(ids):,} agencies own commitments discussed at {_meeting(m)} "
        f"({listed([_label(data, aid) for aid in ids])}), but {many}",
        hint=f"add {listed(ids)} {where}",
        path=path,
    )


def _meeting(m: Meeting) -> str:
    return f"meeting no. {m.number}" if m.number is not None else f"meeting {m.id}"


def _never_sent(data: Dataset, told: set[str]) -> Iterator[Problem]:
    """Owners who are among the recipients of no letter (once some letter has recipients)."""
    with_list = [x for x in data.letters if x.recipients]
    if not with_list:
        return
    receiving = {aid for x in with_list for aid in x.recipients}
    exempt = {x.sender for x in data.letters}
    if data.plan is not None and data.plan.contact_point:
        exempt.add(data.plan.contact_point)
    seen: set[str] = set()
    for c in data.commitments_in_plan_order():
        for owner in c.owners:
            aid = owner.agency
            if aid in receiving or aid in exempt or aid in told or aid in seen:
                continue
            if aid not in data.agency_by_id:
                continue
            seen.add(aid)
            yield error(
                owner.pos,
                ID,
                f"{_label(data, aid)} owns {c.id} but is among the recipients of no letter",
                hint=f"add {aid} to the recipients of letter {with_list[0].id}",
                path=path_of("commitment", c.id, "owners", c.owners.index(owner)),
            )


def _duties(commitments: list[Commitment]) -> Duties:
    duties: Duties = {}
    for c in commitments:
        reporter = c.effective_reporter()
        for aid in dict.fromkeys(c.owner_ids):
            duties.setdefault(aid, []).append((c, reporter is None or reporter == aid))
    return duties


def _hosts(data: Dataset, m: Meeting, letters: list[Letter]) -> set[str]:
    hosts = {x.sender for x in letters}
    if m.chair is not None and m.chair.agency:
        hosts.add(m.chair.agency)
    if m.registration is not None and m.registration.contact.agency:
        hosts.add(m.registration.contact.agency)
    if data.plan is not None and data.plan.contact_point:
        hosts.add(data.plan.contact_point)
    return hosts


def _label(data: Dataset, aid: str) -> str:
    agency = data.agency_by_id.get(aid)
    return agency.label if agency is not None else aid


def _ids(commitments: list[Commitment]) -> str:
    return listed([c.id for c in commitments], 3)


def _who(
    data: Dataset, aid: str, owned: list[tuple[Commitment, bool]], m: Meeting, *, has_round: bool
) -> str:
    """'FD owns 4.20 and reports on it at meeting no. 1' (or 'whose status was reported')."""
    meeting = _meeting(m)
    reports = [c for c, rep in owned if rep]
    shares = [c for c, rep in owned if not rep]
    label = _label(data, aid)
    if not has_round:
        them = "its status was" if len(owned) == 1 else "their status was"
        return f"{label} owns {_ids([c for c, _ in owned])}, and {them} reported at {meeting}"
    if reports and not shares:
        it = "it" if len(reports) == 1 else "them"
        return f"{label} owns {_ids(reports)} and reports on {it} at {meeting}"
    if reports:
        return (
            f"{label} owns {_ids([c for c, _ in owned])} and reports on {_ids(reports)} "
            f"at {meeting}"
        )
    verb = "is" if len(shares) == 1 else "are"
    return f"{label} owns {_ids(shares)}, which {verb} discussed at {meeting}"
