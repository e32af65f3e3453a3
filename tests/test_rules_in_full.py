"""Data that passes but is wrong: each case edits the minimal dataset and states every problem.

A case is one line: a name, the edits (file, text replaced, its replacement; no text
replaced: the whole file), and the full list of problems ``ogp validate`` must find, each as
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
            "to it; add fin to the recipients of letter invitasjon (fin is only sent a copy: move "
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
    (
        "a status round, four agencies not invited: one problem for them all",
        [
            (
                "agencies.yaml",
                "  - id: sivilt-samfunn",
                "  - {id: jd, name: JD}\n  - {id: ud, name: UD}\n  - {id: fd, name: FD}\n"
                "  - id: sivilt-samfunn",
            ),
            (
                "commitments.yaml",
                '  - id: "4.10"',
                '  - id: "4.3"\n    owners: [jd]\n  - id: "4.4"\n    owners: [ud]\n  - id: "4.5"\n    owners: [fd]\n  - id: "4.10"',
            ),
            invited_1("sivilt-samfunn, fin"),
            ROUND,
            recipients("sivilt-samfunn, fin, norges-bank, jd, ud, fd"),
        ],
        [
            "meetings.yaml:11:14 error [not-invited] 4 agencies own commitments discussed at "
            "meeting mote-1 (Norges Bank, JD, UD and FD), but are not invited; add norges-bank, "
            "jd, ud and fd to the invited of meeting mote-1"
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


def title(value: str) -> Edit:
    """The letter's title written as ``value`` (line 5, the value at column 12)."""
    return ("letters.yaml", "title: Invitasjon til møter", f"title: {value}")


# YAML that lies, and texts that hide what they say
TEXT_CASES: list[tuple[str, list[Edit], list[str]]] = [
    (
        "a plain value cut by ' #'",
        [title("Invitasjon #2 og sak #3")],
        [
            "letters.yaml:5:12 error [cut-by-comment] the text 'Invitasjon' is cut short by a "
            "comment: YAML reads the '#' at column 23 and all after it ('#2 og sak #3') as a "
            'comment; quote the whole value ("Invitasjon #2 og sak #3"); if it is a comment, '
            "put two spaces before the '#'"
        ],
    ),
    (
        "a '#' with no space after it, after two spaces",
        [title("Invitasjon  #2")],
        ["letters.yaml:5:12 error [cut-by-comment] YAML reads the '#' at column 24"],
    ),
    (
        "a paragraph in a list cut by ' #'",
        [
            (
                "letters.yaml",
                "paragraphs: [Vi inviterer til to møter.]",
                "paragraphs:\n          - Vi inviterer til møte #1",
            )
        ],
        ["letters.yaml:9:13 error [cut-by-comment] the text 'Vi inviterer til møte' is cut short"],
    ),
    (
        "a ' #' inside brackets hides the rest of the line",
        [
            (
                "letters.yaml",
                "paragraphs: [Vi inviterer til to møter.]",
                "paragraphs: [Vi inviterer #1, Og #2]",
            )
        ],
        [
            "letters.yaml:8:35 error [yaml-syntax] invalid YAML: this '#' after a space starts a "
            "comment, which hides the rest of the line and leaves the brackets opened before it "
            "unclosed; quote the value that holds the '#'"
        ],
    ),
    ("a comment two spaces after a text", [title("Invitasjon til møter  # as in the letter")], []),
    ("a comment after a quoted text", [title('"Invitasjon #2" # as in the letter')], []),
    ("a '#' inside a word", [title("Invitasjon#2")], []),
    (
        "a comment one space after a number is no text cut short",
        [("meetings.yaml", "days_before: 10", "days_before: 10 # ti dager")],
        [],
    ),
    (
        "a colon inside a plain value",
        [title("Invitasjon: møter")],
        [
            "letters.yaml:5:12 error [yaml-syntax] invalid YAML: the value of 'title' holds ': ', "
            "which YAML reads as the start of another key; quote the value: title: "
            '"Invitasjon: møter"'
        ],
    ),
    (
        "a colon inside a plain value in a list item",
        [("letters.yaml", "  - id: invitasjon\n", "  - id: invitasjon: ny\n")],
        ['letters.yaml:2:9 error [yaml-syntax] quote the value: id: "invitasjon: ny"'],
    ),
    # every invisible or format character, named
    *[
        (
            f"{name} in a text",
            [title(f'"Invitasjon{escape}til møter"')],
            [
                f"letters.yaml:5:12 error [control-character] the text holds an invisible character ({name}); remove it"
            ],
        )
        for escape, name in [
            ("\\u200b", "U+200B ZERO WIDTH SPACE"),
            ("\\u00ad", "U+00AD SOFT HYPHEN"),
            ("\\u2028", "U+2028 LINE SEPARATOR"),
            ("\\u2029", "U+2029 PARAGRAPH SEPARATOR"),
            ("\\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
            ("\\u061c", "U+061C ARABIC LETTER MARK"),
            ("\\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
            ("\\U000e0041", "U+E0041 TAG LATIN CAPITAL LETTER A"),
            ("\\ue000", "U+E000 (a private-use character)"),
            ("\\U000f0000", "U+F0000 (a private-use character)"),
            ("\\u0378", "U+0378 (an unassigned code point)"),
            ("\\u3164", "U+3164 HANGUL FILLER"),
            ("\\u2800", "U+2800 BRAILLE PATTERN BLANK"),
            ("\\u0007", "U+0007 (a control character)"),
            ("\\r", "U+000D (a control character)"),
        ]
    ],
    ("a no-break space, a tab, an emoji and ø", [title('"Invitasjon\\u00a0til\\tmøter ❤️"')], []),
]
CASES += TEXT_CASES

# suggestions: only close ones, and the Norwegian words ogp itself prints
SUGGESTION_CASES: list[tuple[str, list[Edit], list[str]]] = [
    (
        "a typo of an id gets the id meant",
        [("commitments.yaml", "owners: [kmd]", "owners: [kmdx]")],
        [
            "commitments.yaml:12:14 error [unknown-reference] unknown agency 'kmdx' in owners of commitment 4.2; did you mean 'kmd'?"
        ],
    ),
    (
        "a mistyped use of an id gets the id declared and used nowhere, not another error",
        [
            ("letters.yaml", "meetings: [mote-1, mote-2]", "meetings: [mote-1, mote-3]"),
            ("commitments.yaml", "meeting: mote-2}", "source: e-post}"),
        ],
        [
            "letters.yaml:9:24 error [unknown-reference] unknown meeting 'mote-3' in meetings of "
            "letter invitasjon; did you mean 'mote-2'? (it is declared, and used nowhere else)"
        ],
    ),
    (
        "an agency removed gets no other agency one letter away",
        [("commitments.yaml", "owners: [kmd]", "owners: [kme]")],
        [
            "commitments.yaml:12:14 error [unknown-reference] unknown agency 'kme' in owners of "
            "commitment 4.2; add it to agencies.yaml or correct the id"
        ],
    ),
    (
        "a level in Norwegian, as ogp prints it",
        [("commitments.yaml", "level: limited", "level: begrenset")],
        [
            "commitments.yaml:14:35 error [choice] 'begrenset' is not a completion level; use one "
            "of: not-started, limited, substantial, complete, no-evidence; did you "
            "mean 'limited'?"
        ],
    ),
    (
        "a level as the English overview prints it",
        [("commitments.yaml", "level: limited", "level: Not started")],
        ["commitments.yaml:14:35 error [choice] did you mean 'not-started'?"],
    ),
    (
        "a level in Norwegian, with a capital",
        [("commitments.yaml", "level: limited", "level: Ikke startet")],
        ["commitments.yaml:14:35 error [choice] did you mean 'not-started'?"],
    ),
    (
        "a role in Norwegian, as the annex prints it",
        [("commitments.yaml", "role: lead", "role: overordnet")],
        [
            "commitments.yaml:17:29 error [choice] 'overordnet' is not a role; use one of: lead, implementing; did you mean 'lead'?"
        ],
    ),
    (
        "not reported, which ogp shows where nothing was reported",
        [("commitments.yaml", "level: limited", "level: not-reported")],
        [
            "commitments.yaml:14:35 error [choice] 'not-reported' cannot be given as a "
            "completion level; ogp shows 'not reported' where nothing was reported: give the "
            "level that was (not-started, limited, substantial, complete or no-evidence), or "
            "remove this status report"
        ],
    ),
    (
        "not reported in Norwegian, as ogp prints it",
        [("commitments.yaml", "level: limited", "level: ikke rapportert")],
        ["commitments.yaml:14:35 error [choice] 'ikke rapportert' cannot be given as a"],
    ),
    (
        "a level far from any",
        [("commitments.yaml", "level: limited", "level: halvveis")],
        [
            "commitments.yaml:14:35 error [choice] 'halvveis' is not a completion level; use one "
            "of: not-started, limited, substantial, complete, no-evidence"
        ],
    ),
    (
        "a key in Norwegian: eiere",
        [("commitments.yaml", "owners: [kmd]", "eiere: [kmd]")],
        [
            "commitments.yaml:11:5 error [required] 'owners' is missing here",
            "commitments.yaml:12:5 error [unknown-key] unknown key 'eiere'; did you mean 'owners'? "
            "(the keys are English)",
        ],
    ),
    (
        "a key in Norwegian: sted, for a meeting's venue",
        [("meetings.yaml", "venue: {name: Auditoriet i R5}", "sted: {name: Auditoriet i R5}")],
        [
            "meetings.yaml:11:5 error [required] 'venue' is missing here",
            "meetings.yaml:15:5 error [unknown-key] unknown key 'sted'; did you mean 'venue'?",
        ],
    ),
    (
        "a key in Norwegian: sted, for an event's place",
        [
            (
                "commitments.yaml",
                "date: 2014-05-08, end: 2014-05-09}",
                "date: 2014-05-08, end: 2014-05-09, sted: Dublin}",
            )
        ],
        ["commitments.yaml:6:83 error [unknown-key] unknown key 'sted'; did you mean 'place'?"],
    ),
    (
        "a key in Norwegian: e-post",
        [("agencies.yaml", "email: post@fin.example.no", "e-post: post@fin.example.no")],
        ["agencies.yaml:9:5 error [unknown-key] unknown key 'e-post'; did you mean 'email'?"],
    ),
    (
        "a key in Norwegian: tittel",
        [title("x"), ("letters.yaml", "title: x", "tittel: x")],
        [
            "letters.yaml:2:5 error [required] 'title' is missing here",
            "letters.yaml:5:5 error [unknown-key] unknown key 'tittel'; did you mean 'title'?",
        ],
    ),
    # item 18 of the first use: the field named, one error for one mistake
    (
        "an empty owners list names the field",
        [("commitments.yaml", "owners: [kmd]", "owners: []")],
        [
            "commitments.yaml:12:13 error [required] the list 'owners' is empty; it needs at "
            "least 1 item (the responsible agencies, in the annex's order)"
        ],
    ),
    (
        "an empty name gives one error",
        [("agencies.yaml", "name: Norges Bank", "name:")],
        ["agencies.yaml:12:10 error [required] 'name' has no value; it needs text"],
    ),
]
CASES += SUGGESTION_CASES

# A plan period that the minimal data's meetings (2014-03-17, 2014-06-13) fill without a
# six-month gap, so that forum-interval has nothing to say of it (lines 5 and 6).
PERIOD: Edit = (
    "commitments.yaml",
    "  contact_point: kmd\n",
    "  contact_point: kmd\n  start: 2014-01-01\n  end: 2014-12-01\n",
)


def meeting_1(date: str) -> Edit:
    """Meeting mote-1 held on ``date`` (line 3, the value at column 11)."""
    return ("meetings.yaml", "date: 2014-03-17", f"date: {date}")


def milestone(due: str) -> Edit:
    """Commitment 4.2 gets milestone m1, due ``due`` (line 16, the value at column 37)."""
    return (
        "commitments.yaml",
        "    owners: [kmd]\n    status:",
        f"    owners: [kmd]\n    milestones:\n      - {{id: m1, text: Ferdig, due: {due}}}\n"
        "    status:",
    )


def dublin(dates: str) -> Edit:
    """The timeline's one event dated ``dates`` (line 8 with PERIOD, the date at column 54)."""
    return ("commitments.yaml", "date: 2014-05-08, end: 2014-05-09", dates)


def status_4_2(*reports: str) -> Edit:
    """Commitment 4.2's status reports (from line 14, each date at column 16)."""
    return (
        "commitments.yaml",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
        "".join(f"      - {{{r}}}\n" for r in reports),
    )


PERIOD_CASES: list[tuple[str, list[Edit], list[str]]] = [
    # plan-period
    ("the minimal data within the period", [PERIOD], []),
    (
        "a meeting five years after the plan ended",
        [PERIOD, meeting_1("2019-03-17")],
        [
            "meetings.yaml:2:5 warning [too-few-meetings] 2019 has 1 meeting with civil "
            "society invited",
            "meetings.yaml:3:11 warning [plan-period] meeting mote-1 is held 2019-03-17, more "
            "than 6 months after the plan ends (2014-12-01); check the year; if the plan was "
            "extended, give the plan its new 'end:'",
            "meetings.yaml:11:5 warning [too-few-meetings] 2014 has 1 meeting with civil "
            "society invited",
        ],
    ),
    (
        "a meeting a year before the plan began",
        [PERIOD, meeting_1("2013-03-17")],
        [
            "letters.yaml:9:16 warning [registration-deadline] letter invitasjon is dated "
            "2014-02-28, after the registration deadline of meeting mote-1 (2013-03-07)",
            "meetings.yaml:2:5 warning [too-few-meetings] 2013 has 1 meeting with civil "
            "society invited",
            "meetings.yaml:3:11 warning [plan-period] meeting mote-1 is held 2013-03-17, before "
            "the plan begins (2014-01-01); check the year",
            "meetings.yaml:11:5 warning [too-few-meetings] 2014 has 1 meeting with civil "
            "society invited",
        ],
    ),
    (
        "a meeting on the end-of-term self-assessment, six months after the end: fine",
        [PERIOD, meeting_1("2015-06-01")],
        [
            "meetings.yaml:2:5 warning [too-few-meetings] 2015 has 1 meeting",
            "meetings.yaml:11:5 warning [too-few-meetings] 2014 has 1 meeting",
        ],
    ),
    (
        "a meeting a day more than six months after the end",
        [PERIOD, meeting_1("2015-06-02")],
        [
            "meetings.yaml:2:5 warning [too-few-meetings] 2015 has 1 meeting",
            "meetings.yaml:3:11 warning [plan-period] meeting mote-1 is held 2015-06-02, more "
            "than 6 months after the plan ends (2014-12-01)",
            "meetings.yaml:11:5 warning [too-few-meetings] 2014 has 1 meeting",
        ],
    ),
    (
        "a meeting in 2019 in a plan with no period: nothing said",
        [meeting_1("2019-03-17")],
        [
            "meetings.yaml:2:5 warning [too-few-meetings] 2019 has 1 meeting",
            "meetings.yaml:11:5 warning [too-few-meetings] 2014 has 1 meeting",
        ],
    ),
    (
        "a milestone due in 2030",
        [PERIOD, milestone("2030-05-01")],
        [
            "commitments.yaml:16:37 warning [plan-period] milestone m1 of 4.2 is due 2030-05-01, "
            "after the plan ends (2014-12-01); check the year; if the plan was extended, give "
            "the plan its new 'end:'",
        ],
    ),
    (
        "a milestone due before the plan began",
        [PERIOD, milestone("2013-12-31")],
        [
            "commitments.yaml:16:37 warning [plan-period] milestone m1 of 4.2 is due 2013-12-31, "
            "before the plan begins (2014-01-01); check the year",
        ],
    ),
    ("a milestone due on the plan's last day: fine", [PERIOD, milestone("2014-12-01")], []),
    (
        "a milestone due in 2030 in a plan with no period: nothing said",
        [milestone("2030-05-01")],
        [],
    ),
    (
        "a timeline event ending two years after the plan",
        [PERIOD, dublin("date: 2014-05-08, end: 2016-05-09")],
        [
            "commitments.yaml:8:71 warning [plan-period] event dublin-2014 ends 2016-05-09, more "
            "than 12 months after the plan ends (2014-12-01)",
        ],
    ),
    (
        "a timeline event dated long after the plan: said once, at its date",
        [PERIOD, dublin("date: 2024-05-08, end: 2024-05-09")],
        [
            "commitments.yaml:8:54 warning [plan-period] event dublin-2014 is dated 2024-05-08, "
            "more than 12 months after the plan ends (2014-12-01)",
        ],
    ),
    (
        "the plan's consultation half a year before it begins, the IRM's report a year "
        "after it ends: fine",
        [
            PERIOD,
            dublin("date: 2013-06-01"),
            (
                "commitments.yaml",
                "  timeline:\n",
                "  timeline:\n    - {id: irm, title: IRM, date: 2015-12-01}\n",
            ),
        ],
        [],
    ),
    # status-order
    (
        "a report from 2031 listed before one from 2014",
        [
            status_4_2(
                "date: 2031-06-13, level: substantial, source: skjema",
                "date: 2014-06-13, level: limited, meeting: mote-2",
            )
        ],
        [
            "commitments.yaml:14:16 warning [status-date] status of 4.2 is dated 2031-06-13, "
            "after today (",
            "commitments.yaml:15:16 warning [status-order] status of 4.2 dated 2014-06-13 is "
            "listed after the one dated 2031-06-13 (line 14), but status reports are listed "
            "oldest first; move it up before that one, or correct the date that is wrong",
        ],
    ),
    (
        "a report that belongs two places up",
        [
            status_4_2(
                "date: 2014-03-17, level: not-started, meeting: mote-1",
                "date: 2014-06-13, level: limited, meeting: mote-2",
                "date: 2014-01-10, level: not-started, source: skjema",
            )
        ],
        [
            "commitments.yaml:16:16 warning [status-order] status of 4.2 dated 2014-01-10 is "
            "listed after the one dated 2014-06-13 (line 15), but status reports are listed "
            "oldest first; move it up before the one dated 2014-03-17 (line 14), or correct the "
            "date that is wrong",
        ],
    ),
    (
        "two reports of one day, on the commitment and on a milestone: fine",
        [
            (
                "commitments.yaml",
                "    owners: [kmd]\n    status:",
                "    owners: [kmd]\n    milestones: [{id: m1, text: Ferdig}]\n    status:",
            ),
            status_4_2(
                "date: 2014-06-13, level: limited, meeting: mote-2, milestone: m1",
                "date: 2014-06-13, level: limited, meeting: mote-2",
                "date: 2014-07-01, level: limited, source: skjema",
            ),
        ],
        [],
    ),
]
CASES += PERIOD_CASES


def whole(file: str, text: str) -> Edit:
    """``file`` holds ``text`` and nothing else."""
    return (file, "", text)


KMD = (
    "  - id: kmd\n    name: Kommunal- og moderniseringsdepartementet\n    short: KMD\n"
    '    address: {lines: [Postboks 8112 Dep], postcode: "0032", city: OSLO}\n'
)

# what could not be read as its kind: its own error, not one per reference into it
UNREAD_CASES: list[tuple[str, list[Edit], list[str]]] = [
    (
        "a list of agencies that is a number: one error, the references to agencies unchecked",
        [whole("agencies.yaml", "agencies: 5\n")],
        [
            "agencies.yaml:1:11 error [type] expected a list here (items starting with '- '), "
            "found the text '5'"
        ],
    ),
    (
        "meetings as a mapping: one error, the letter's and the status's meetings unchecked",
        [whole("meetings.yaml", "meetings: {mote-1: 2014-03-17, mote-2: 2014-06-13}\n")],
        [
            "meetings.yaml:1:11 error [type] expected a list here (items starting with '- '), "
            "found a mapping (key: value)"
        ],
    ),
    (
        "the key of the agencies' list misspelled: the list is not there, and said so",
        [("agencies.yaml", "agencies:", "agencis:")],
        [
            "agencies.yaml:1:1 error [required] 'agencies' is missing here; it needs a list",
            "agencies.yaml:1:1 error [unknown-key] unknown key 'agencis'; did you mean 'agencies'?",
        ],
    ),
    (
        "an agency written as its id alone: the references to that id are not unknown",
        [("agencies.yaml", KMD, "  - kmd\n")],
        [
            "agencies.yaml:2:5 error [type] expected a mapping (key: value) here, found the "
            "text 'kmd'"
        ],
    ),
    (
        "an empty list of agencies was read: every reference to an agency is unknown, while "
        "those to meetings that cannot be read are not",
        [whole("agencies.yaml", "agencies: []\n"), whole("meetings.yaml", "meetings: 5\n")],
        [
            "agencies.yaml:1:11 error [required] the list 'agencies' is empty",
            "commitments.yaml:4:18 error [unknown-reference] unknown agency 'kmd' in "
            "contact_point; add it to agencies.yaml or correct the id",
            "commitments.yaml:9:14 error [unknown-reference] unknown agency 'fin' in owners of "
            "commitment 4.1",
            "commitments.yaml:9:19 error [unknown-reference] unknown agency 'norges-bank' in "
            "owners of commitment 4.1",
            "commitments.yaml:10:15 error [unknown-reference] unknown agency 'fin' in reporter "
            "of commitment 4.1",
            "commitments.yaml:12:14 error [unknown-reference] unknown agency 'kmd' in owners of "
            "commitment 4.2",
            "commitments.yaml:17:18 error [unknown-reference] unknown agency 'kmd' in owners of "
            "commitment 4.10",
            "commitments.yaml:18:18 error [unknown-reference] unknown agency 'fin' in owners of "
            "commitment 4.10",
            "letters.yaml:3:13 error [unknown-reference] unknown agency 'kmd' in sender of "
            "letter invitasjon",
            "letters.yaml:10:18 error [unknown-reference] unknown agency 'sivilt-samfunn' in "
            "recipients of letter invitasjon",
            "letters.yaml:10:34 error [unknown-reference] unknown agency 'fin' in recipients of "
            "letter invitasjon",
            "letters.yaml:10:39 error [unknown-reference] unknown agency 'norges-bank' in "
            "recipients of letter invitasjon",
            "letters.yaml:11:15 error [unknown-reference] unknown agency 'kmd' in copy_to of "
            "letter invitasjon",
            "meetings.yaml:1:11 error [type] expected a list here (items starting with '- '), "
            "found the text '5'",
        ],
    ),
]
# A record of a list that could not be read leaves the list partial: what depends on the
# whole list (a milestone's id, an agenda's count) is not said to be wrong on its account
PARTIAL_CASES: list[tuple[str, list[Edit], list[str]]] = [
    (
        "a milestone with an impossible date: its error, not one of the report about it",
        [
            (
                "commitments.yaml",
                "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
                "      - {date: 2014-06-13, level: limited, meeting: mote-2, milestone: m1}\n"
                "    milestones:\n      - {id: m1, text: Veileder, due: 2014-02-30}\n",
            )
        ],
        ["commitments.yaml:16:39 error [date] '2014-02-30' is not a real date"],
    ),
    (
        "a milestone that is read: a report about one it lacks is still an error",
        [
            (
                "commitments.yaml",
                "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
                "      - {date: 2014-06-13, level: limited, meeting: mote-2, milestone: m2}\n"
                "    milestones:\n      - {id: m1, text: Veileder, due: 2014-06-30}\n",
            )
        ],
        [
            "commitments.yaml:14:72 error [milestones] status of 4.2 dated 2014-06-13 is about "
            "milestone 'm2', which 4.2 does not have (its milestones: m1)"
        ],
    ),
    (
        "an agenda item that cannot be read: the minutes' later item is not beyond the agenda",
        [
            (
                "meetings.yaml",
                "    invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2\n",
                "    invited: [sivilt-samfunn, fin, norges-bank]\n"
                "    agenda:\n      - title: Velkommen\n      - {title: Status, minutes: lang}\n"
                "    minutes:\n      items: [{item: 2, notes: Alle rapporterte}]\n"
                "  - id: mote-2\n",
            )
        ],
        ["meetings.yaml:13:34 error [type] expected a whole number here (like 10), found 'lang'"],
    ),
]
CASES += UNREAD_CASES + PARTIAL_CASES


def _problems(tmp_path: Path, edits: list[Edit]) -> list[str]:
    data = tmp_path / "data"
    shutil.copytree(MINIMAL, data)
    for file, old, new in edits:
        path = data / file
        if not old:
            path.write_text(new, encoding="utf-8")
            continue
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


RULES = {
    "not-invited",
    "lookalike-id",
    "meeting-order",
    "meeting-clash",
    "letter-incomplete",
    "plan-period",
    "status-order",
}


def test_each_rule_here_has_a_failing_case_and_a_passing_one() -> None:
    failing = {w.split(" ")[2].strip("[]") for _, _, wanted in CASES for w in wanted}
    assert failing >= RULES


def test_error_rules_run_before_warning_rules() -> None:
    """Warnings are looked for only in data without errors: an error rule after a warning
    rule would leave the warnings of data that has errors on show."""
    from ogp.data.problems import Severity
    from ogp.data.rules import DATASET_RULES

    severities = [rule.SEVERITY for rule in DATASET_RULES]
    first_warning = severities.index(Severity.WARNING)
    assert Severity.ERROR not in severities[first_warning:], [r.ID for r in DATASET_RULES]
