"""Data that passes but is wrong: each case edits the minimal dataset and states every problem.

A case is one line: a name, the edits (file, text replaced, its replacement), and
the full list of problems ``ogp validate`` must find, each as
``file:line:column severity [rule] message fragment``, in the order reported.
No problem more, none fewer: a rule that also fired elsewhere would show here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ogp.data import dataset

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"

Edit = tuple[str, str, str]

# a status round on the agenda of meeting mote-1: every reporting agency reports there
ROUND: Edit = (
    "meetings.yaml",
    "days_before: 10\n",
    "days_before: 10\n    agenda: [{title: Status, status_round: {min_minutes: 2, max_minutes: 3}}]\n",
)


def invited_1(agencies: str) -> Edit:
    """Meeting mote-1 invites ``agencies``."""
    return (
        "meetings.yaml",
        "      days_before: 10\n    invited: [sivilt-samfunn, fin, norges-bank]",
        f"      days_before: 10\n    invited: [{agencies}]",
    )


def recipients(agencies: str) -> Edit:
    return (
        "letters.yaml",
        "recipients: [sivilt-samfunn, fin, norges-bank]",
        f"recipients: [{agencies}]",
    )


MINUTES: Edit = (
    "meetings.yaml",
    "    invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2",
    "    invited: [sivilt-samfunn, fin, norges-bank]\n    agenda: [{title: Status}]\n"
    "    minutes: {items: [{item: 1}, {item: 1}, {item: 2}]}\n  - id: mote-2",
)

CASES: list[tuple[str, list[Edit], list[str]]] = [
    # minutes-item
    (
        "minutes of items not on the agenda, or twice",
        [MINUTES],
        [
            "meetings.yaml:12:41 error [minutes-item] item 1 is written up twice",
            "meetings.yaml:12:52 error [minutes-item] item 2 is not on the agenda: meeting mote-1 "
            "has 1 agenda item",
        ],
    ),
    # not-invited
    ("a status round, everyone invited", [ROUND], []),
    (
        "a status round, an owner who does not report is not invited",
        [invited_1("sivilt-samfunn, fin"), ROUND],
        [
            "meetings.yaml:11:14 error [not-invited] Norges Bank owns 4.1, which is discussed "
            "at meeting mote-1, but is not invited; add norges-bank to the invited of meeting "
            "mote-1"
        ],
    ),
    (
        "a status round, the reporter is neither invited nor sent the letter",
        [
            invited_1("sivilt-samfunn, norges-bank"),
            ROUND,
            recipients("sivilt-samfunn, norges-bank"),
        ],
        [
            "letters.yaml:10:17 error [not-invited] FIN owns 4.1 and 4.10 and reports on 4.1 at "
            "meeting mote-1, but is not among the recipients of letter invitasjon, which invites "
            "to it; add fin to the recipients of letter invitasjon",
            "meetings.yaml:11:14 error [not-invited] FIN owns 4.1 and 4.10 and reports on 4.1 at "
            "meeting mote-1, but is not invited",
        ],
    ),
    (
        "a status round, the reporter only gets a copy",
        [
            ROUND,
            recipients("sivilt-samfunn, norges-bank"),
            ("letters.yaml", "copy_to: [kmd]", "copy_to: [kmd, fin]"),
        ],
        [
            "letters.yaml:10:17 error [not-invited] FIN owns 4.1 and 4.10 and reports on 4.1 at "
            "meeting mote-1, but is not among the recipients of letter invitasjon, which invites "
            "to it; add fin to the recipients of letter invitasjon (it is only sent a copy: move "
            "it from copy_to)",
        ],
    ),
    (
        "the host owns a commitment discussed and is not invited: fine",
        [
            ROUND,
            ("commitments.yaml", "owners: [fin, norges-bank]\n    reporter: fin", "owners: [kmd]"),
        ],
        [],
    ),
    (
        "a status report names the meeting, whose invited leave the owner out",
        [
            ("commitments.yaml", "owners: [kmd]", "owners: [norges-bank]"),
            (
                "meetings.yaml",
                "{name: Auditoriet i R5}\n    invited: [sivilt-samfunn, fin, norges-bank]",
                "{name: Auditoriet i R5}\n    invited: [sivilt-samfunn, fin]",
            ),
        ],
        [
            "meetings.yaml:16:14 error [not-invited] Norges Bank owns 4.2, and its status was "
            "reported at meeting mote-2, but is not invited; add norges-bank to the invited of "
            "meeting mote-2"
        ],
    ),
    (
        "a new commitment whose owner gets no letter",
        [
            (
                "agencies.yaml",
                "  - id: sivilt-samfunn",
                "  - id: jd\n    name: JD\n  - id: sivilt-samfunn",
            ),
            (
                "commitments.yaml",
                '  - id: "4.10"',
                '  - id: "4.3"\n    owners: [jd]\n  - id: "4.10"',
            ),
        ],
        [
            "commitments.yaml:16:14 error [not-invited] JD owns 4.3 but is among the recipients "
            "of no letter; add jd to the recipients of letter invitasjon"
        ],
    ),
    # lookalike-id
    (
        "a capital O for a zero",
        [("commitments.yaml", 'id: "4.10"', 'id: "4.1O"')],
        [
            "commitments.yaml:15:9 error [lookalike-id] commitment id '4.1O' looks like a plan "
            "number with a letter for a digit ('O' for 0); did you mean '4.10'?"
        ],
    ),
    (
        "a small l for a one, beside the real 4.10",
        [("commitments.yaml", 'id: "4.2"', 'id: "4.l0"')],
        [
            "commitments.yaml:11:9 error [lookalike-id] ('l' for 1); did you mean '4.10'? (note: "
            "commitment 4.10 exists too)"
        ],
    ),
    (
        "a capital I for a one, unquoted",
        [("commitments.yaml", 'id: "4.2"', "id: 4.I")],
        ["commitments.yaml:11:9 error [lookalike-id] ('I' for 1); did you mean '4.1'?"],
    ),
    ("a part letter is not a lookalike", [("commitments.yaml", 'id: "4.2"', "id: 4.14a")], []),
    ("a name is not a plan number", [("commitments.yaml", 'id: "4.2"', "id: io")], []),
    # meeting-order
    (
        "no. 2 before no. 1",
        [
            ("meetings.yaml", "  - id: mote-1\n", "  - id: mote-1\n    number: 1\n"),
            (
                "meetings.yaml",
                "  - id: mote-2\n    date: 2014-06-13",
                "  - id: mote-2\n    number: 2\n    date: 2014-03-10",
            ),
        ],
        [
            "commitments.yaml:14:16 error [status-source] status of 4.2 is dated 2014-06-13, but "
            "meeting mote-2, where it was reported, was held 2014-03-10",
            "meetings.yaml:14:11 error [meeting-order] meeting no. 2 (mote-2) is held 2014-03-10, "
            "before no. 1 (mote-1, 2014-03-17); correct the date or swap the numbers",
        ],
    ),
    (
        "no. 2 before no. 1 on the same day",
        [
            ("meetings.yaml", "  - id: mote-1\n", "  - id: mote-1\n    number: 2\n"),
            (
                "meetings.yaml",
                '  - id: mote-2\n    date: 2014-06-13\n    start: "12:30"\n    end: "15:00"\n    venue: {name: Auditoriet i R5}',
                '  - id: mote-2\n    number: 1\n    date: 2014-03-17\n    start: "16:00"\n    end: "17:00"\n    venue: {name: Auditoriet i R5}',
            ),
        ],
        [
            "commitments.yaml:14:16 error [status-source] was held 2014-03-17",
            "meetings.yaml:5:12 error [meeting-order] meeting no. 2 (mote-1) is held at 12:30, "
            "before no. 1 (mote-2) at 16:00 the same day",
        ],
    ),
    (
        "numbers with gaps, in order",
        [
            ("meetings.yaml", "  - id: mote-1\n", "  - id: mote-1\n    number: 3\n"),
            ("meetings.yaml", "  - id: mote-2\n", "  - id: mote-2\n    number: 7\n"),
        ],
        [],
    ),
    # meeting-clash
    (
        "two meetings at once in one room",
        [
            (
                "meetings.yaml",
                'date: 2014-06-13\n    start: "12:30"',
                'date: 2014-03-17\n    start: "14:00"',
            ),
            ("commitments.yaml", "date: 2014-06-13, level", "date: 2014-03-17, level"),
        ],
        [
            "meetings.yaml:13:12 error [meeting-clash] meeting mote-2 (14:00-15:00) is on "
            "2014-03-17 in Auditoriet i R5, like meeting mote-1 (12:30-15:00); change the date, "
            "time or venue of one of them",
        ],
    ),
    (
        "the same room named with other spacing and case",
        [
            (
                "meetings.yaml",
                'date: 2014-06-13\n    start: "12:30"',
                'date: 2014-03-17\n    start: "12:30"',
            ),
            ("meetings.yaml", "venue: {name: Auditoriet i R5}", "venue: {name: auditoriet  i r5}"),
            ("commitments.yaml", "date: 2014-06-13, level", "date: 2014-03-17, level"),
        ],
        ["meetings.yaml:13:12 error [meeting-clash] meeting mote-2 (12:30-15:00) is on 2014-03-17"],
    ),
    (
        "one after the other in one room: fine",
        [
            (
                "meetings.yaml",
                'date: 2014-06-13\n    start: "12:30"\n    end: "15:00"',
                'date: 2014-03-17\n    start: "15:00"\n    end: "16:00"',
            ),
            ("commitments.yaml", "date: 2014-06-13, level", "date: 2014-03-17, level"),
        ],
        [],
    ),
    (
        "at once, in rooms of the same name in two buildings: fine",
        [
            (
                "meetings.yaml",
                'date: 2014-06-13\n    start: "12:30"',
                'date: 2014-03-17\n    start: "12:30"',
            ),
            (
                "meetings.yaml",
                "venue: {name: Auditoriet i R5}",
                "venue: {name: Auditoriet i R5, address: Elsewhere 1}",
            ),
            ("commitments.yaml", "date: 2014-06-13, level", "date: 2014-03-17, level"),
        ],
        [],
    ),
    # letter-incomplete
    (
        "Ifølge liste with no recipients",
        [
            ("letters.yaml", "    sender: kmd\n", "    sender: kmd\n    addressee: Ifølge liste\n"),
            ("letters.yaml", "recipients: [sivilt-samfunn, fin, norges-bank]", "recipients: []"),
        ],
        [
            "letters.yaml:11:17 error [letter-incomplete] letter invitasjon is addressed 'Ifølge "
            "liste', but its list of recipients is empty; list the agencies in 'recipients:'",
        ],
    ),
    (
        "no recipients and no addressee",
        [recipients("")],
        [
            "letters.yaml:10:17 error [letter-incomplete] letter invitasjon is addressed to no "
            "one: it has no recipients and no addressee",
        ],
    ),
    (
        "a personal addressee and no recipients: fine",
        [
            (
                "letters.yaml",
                "    sender: kmd\n",
                "    sender: kmd\n    addressee: Finansdepartementet\n",
            ),
            recipients(""),
        ],
        [],
    ),
    (
        "an invitation to no meetings",
        [("letters.yaml", "meetings: [mote-1, mote-2]", "meetings: []")],
        [
            "letters.yaml:9:15 error [letter-incomplete] letter invitasjon invites ('Invitasjon') "
            "but names no meetings; list the meetings it invites to in 'meetings:'",
        ],
    ),
    (
        "an invitation in the body, with the meetings left out",
        [
            ("letters.yaml", "    meetings: [mote-1, mote-2]\n", ""),
            ("letters.yaml", "title: Invitasjon til møter", "title: Om møtene"),
        ],
        ["letters.yaml:2:5 error [letter-incomplete] invites ('inviterer') but names no meetings"],
    ),
    (
        "a letter that invites to nothing and says so: fine",
        [
            ("letters.yaml", "meetings: [mote-1, mote-2]", "meetings: []"),
            ("letters.yaml", "title: Invitasjon til møter", "title: Referat"),
            ("letters.yaml", "Vi inviterer til to møter.", "Her er referatet."),
        ],
        [],
    ),
]


def _problems(tmp_path: Path, edits: list[Edit]) -> list[str]:
    data = tmp_path / "data"
    shutil.copytree(MINIMAL, data)
    for file, old, new in edits:
        path = data / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {file}"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return [
        f"{Path(p.pos.file).name}:{p.pos.line}:{p.pos.column} {p.severity} [{p.rule}] {p.text}"
        for p in dataset.read(data).problems
    ]


def _matches(found: str, wanted: str) -> bool:
    where, severity, rule, fragment = wanted.split(" ", 3)
    head = f"{where} {severity} {rule} "
    return found.startswith(head) and fragment in found[len(head) :]


@pytest.mark.parametrize(("name", "edits", "wanted"), CASES, ids=[c[0] for c in CASES])
def test_every_problem_found(
    tmp_path: Path, name: str, edits: list[Edit], wanted: list[str]
) -> None:
    found = _problems(tmp_path, edits)
    ok = len(found) == len(wanted) and all(map(_matches, found, wanted))
    assert ok, "wanted:\n" + "\n".join(wanted) + "\nfound:\n" + "\n".join(found)


RULES = {"not-invited", "lookalike-id", "meeting-order", "meeting-clash", "letter-incomplete"}


def test_each_rule_here_has_a_failing_case_and_a_passing_one() -> None:
    failing = {w.split(" ")[2].strip("[]") for _, _, wanted in CASES for w in wanted}
    assert failing >= RULES
