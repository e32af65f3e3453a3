"""Every validation rule: the minimal dataset passes it, and one edit makes it fail.

A case is one line: the file, the text replaced, its replacement, where the
problem must be reported, the rule id and a fragment of the message.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ogp.data import dataset
from ogp.data.problems import Problem, Severity
from ogp.data.rules import RULES
from tests.conftest import DATA

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"

# (file edited, old, new, "line:column" in that file or "other.yaml:line:column", rule,
#  message fragment)
ERRORS = [
    # types, required fields, unknown keys
    (
        "agencies.yaml",
        "name: Norges Bank",
        "nmae: Norges Bank",
        "12:5",
        "unknown-key",
        "unknown key 'nmae'; did you mean 'name'?",
    ),
    ("agencies.yaml", "name: Norges Bank", "name: ''", "12:11", "required", "this text is empty"),
    (
        "agencies.yaml",
        "short: KMD",
        'short: KMD\n    org_no: "972 417 859"',
        "5:13",
        "orgno",
        "its check digit does not match",
    ),
    ("agencies.yaml", "name: Norges Bank", "bank: x", "11:5", "required", "'name' is missing here"),
    ("commitments.yaml", "owners: [kmd]", "owners: kmd", "12:13", "type", "expected a list here"),
    ("commitments.yaml", "owners: [kmd]", "owners: []", "12:13", "required", "at least 1 item"),
    (
        "agencies.yaml",
        "civil_society: true",
        "civil_society: yes",
        "16:20",
        "type",
        "expected true or false here, found 'yes'",
    ),
    (
        "meetings.yaml",
        "days_before: 10",
        "days_before: ten",
        "9:20",
        "type",
        "expected a whole number here (like 10), found 'ten'",
    ),
    (
        "meetings.yaml",
        "days_before: 10",
        "days_before: -3",
        "9:20",
        "type",
        "-3 is out of range: it cannot be negative; use 0 to",
    ),
    (
        "commitments.yaml",
        "level: limited",
        "level: limitd",
        "14:35",
        "choice",
        "did you mean 'limited'?",
    ),
    (
        "commitments.yaml",
        "role: lead",
        "role: boss",
        "17:29",
        "choice",
        "'boss' is not a role; use one of: lead, implementing",
    ),
    (
        "letters.yaml",
        "title: Invitasjon til møter",
        'title: "Invitasjon\\u0007"',
        "5:12",
        "control-character",
        "U+0007",
    ),
    # ids
    (
        "agencies.yaml",
        "id: norges-bank",
        "id: Norges Bank",
        "11:9",
        "id",
        "'Norges Bank' is not a valid id",
    ),
    ("agencies.yaml", "id: norges-bank", "id: ../bank", "11:9", "id", "not a valid id"),
    (
        "agencies.yaml",
        "id: norges-bank",
        "id: fin",
        "11:9",
        "duplicate-id",
        "agency id 'fin' is used twice (first at",
    ),
    (
        "agencies.yaml",
        "id: norges-bank",
        "id: FIN",
        "11:9",
        "duplicate-id",
        "agency id 'FIN' differs only in case from 'fin'",
    ),
    (
        "commitments.yaml",
        'id: "4.2"',
        'id: "4.1"',
        "11:9",
        "duplicate-id",
        "commitment id '4.1' is used twice",
    ),
    # references
    (
        "commitments.yaml",
        "owners: [kmd]",
        "owners: [kmdx]",
        "12:14",
        "unknown-reference",
        "unknown agency 'kmdx' in owners of commitment 4.2; did you mean 'kmd'?",
    ),
    (
        "commitments.yaml",
        "owners: [kmd]",
        "owners: [KMD]",
        "12:14",
        "unknown-reference",
        "ids are case-sensitive: write 'kmd'",
    ),
    (
        "commitments.yaml",
        "meeting: mote-2",
        "meeting: mote-9",
        "14:53",
        "unknown-reference",
        "unknown meeting 'mote-9' in status of commitment 4.2",
    ),
    (
        "commitments.yaml",
        "contact_point: kmd",
        "contact_point: ks",
        "4:18",
        "unknown-reference",
        "unknown agency 'ks'",
    ),
    (
        "meetings.yaml",
        "invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2",
        "invited: [sivilt-samfunn, fin, oed]\n  - id: mote-2",
        "10:36",
        "unknown-reference",
        "unknown agency 'oed' in invited of meeting mote-1",
    ),
    (
        "letters.yaml",
        "sender: kmd",
        "sender: kmdd",
        "3:13",
        "unknown-reference",
        "unknown agency 'kmdd' in sender of letter invitasjon",
    ),
    (
        "letters.yaml",
        "copy_to: [kmd]",
        "copy_to: [smk]",
        "11:15",
        "unknown-reference",
        "unknown agency 'smk' in copy_to of letter invitasjon",
    ),
    # dates and times
    (
        "meetings.yaml",
        "date: 2014-03-17",
        "date: 2014-02-30",
        "3:11",
        "date",
        "'2014-02-30' is not a real date",
    ),
    (  # December of the last year a date can have (the day after it is none)
        "meetings.yaml",
        "date: 2014-03-17",
        "date: 9999-12-17",
        "3:11",
        "date",
        "'9999-12-17' is outside the years ogp accepts (1900-2199)",
    ),
    (
        "meetings.yaml",
        "date: 2014-03-17",
        "date: 17.03.2014",
        "3:11",
        "date",
        "write dates as YYYY-MM-DD: '2014-03-17'",
    ),
    (
        "meetings.yaml",
        'start: "12:30"\n    end: "15:00"\n    venue: {name: Auditoriet i R5, address',
        'start: "25:00"\n    end: "15:00"\n    venue: {name: Auditoriet i R5, address',
        "4:12",
        "time",
        "hours go 00-23",
    ),
    (
        "meetings.yaml",
        'start: "12:30"\n    end: "15:00"\n    venue: {name: Auditoriet i R5, address',
        'start: "12.30"\n    end: "15:00"\n    venue: {name: Auditoriet i R5, address',
        "4:12",
        "time",
        "write times as HH:MM: '12:30'",
    ),
    (
        "meetings.yaml",
        "invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2",
        "invited: [sivilt-samfunn, fin, norges-bank]\n    agenda: [{title: Status, status_round: {min_minutes: 9, max_minutes: 1}}]\n  - id: mote-2",
        "11:74",
        "time-order",
        "at most 1 min. but at least 9; swap them",
    ),
    (
        "meetings.yaml",
        'end: "15:00"\n    venue: {name: Auditoriet i R5, address',
        'end: "11:00"\n    venue: {name: Auditoriet i R5, address',
        "5:10",
        "time-order",
        "meeting mote-1 ends at 11:00, not after it starts (12:30)",
    ),
    (
        "commitments.yaml",
        "end: 2014-05-09",
        "end: 2014-05-01",
        "6:71",
        "time-order",
        "ends (2014-05-01) before it begins",
    ),
    (
        "commitments.yaml",
        "date: 2014-05-08, end: 2014-05-09",
        "place: Dublin",
        "6:7",
        "time-order",
        "says neither when",
    ),
    # e-mail and postcode
    (
        "agencies.yaml",
        "email: post@fin.example.no",
        "email: post(at)fin.example.no",
        "9:12",
        "email",
        "it has no '@'",
    ),
    (
        "agencies.yaml",
        'postcode: "0030"',
        'postcode: "030"',
        "10:53",
        "postcode",
        "write four digits",
    ),
    # web addresses
    (
        "commitments.yaml",
        "  contact_point: kmd\n",
        "  contact_point: kmd\n  accessibility: {statement_url: 'javascript:alert(1)'}\n",
        "5:34",
        "url",
        "'javascript:' links are not allowed",
    ),
    (
        "commitments.yaml",
        "  contact_point: kmd\n",
        "  contact_point: kmd\n  accessibility: {statement_url: www.uustatus.no}\n",
        "5:34",
        "url",
        "has no https:// in front",
    ),
    # names
    (
        "agencies.yaml",
        "name: Norges Bank",
        "name: Norges Bank\n    short: fin",
        "13:12",
        "duplicate-name",
        "agency norges-bank is called 'fin', like agency fin",
    ),
    (
        "agencies.yaml",
        "  - id: fin\n",
        "  - id: finn\n",
        "6:9",
        "unknown-reference",
        "agency id 'finn' is used nowhere, while 'fin' is used 6 times but declared nowhere",
    ),
    (
        "commitments.yaml",
        "owners: [kmd]",
        "owners: [kmd]\n    collaborators: [kmd]",
        "13:21",
        "duplicate-owner",
        "'kmd' is named twice among the owners and collaborators of 4.2",
    ),
    (
        "letters.yaml",
        "copy_to: [kmd]",
        "copy_to: [kmd, fin]",
        "11:20",
        "repeated-entry",
        "'fin' is named twice in the copy-to of letter invitasjon (it is also in the recipients",
    ),
    (
        "letters.yaml",
        "meetings: [mote-1, mote-2]",
        "meetings: [mote-1, mote-2, mote-1]",
        "9:32",
        "repeated-entry",
        "'mote-1' is named twice in the meetings of letter invitasjon; keep one",
    ),
    (
        "meetings.yaml",
        "    invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2\n",
        "    number: 1\n    invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2\n    number: 1\n",
        "13:13",
        "duplicate-id",
        "meeting mote-2 has number 1, like meeting mote-1",
    ),
    # reporters
    (
        "commitments.yaml",
        "reporter: fin",
        "reporter: kmd",
        "10:15",
        "reporter-not-owner",
        "reporter 'kmd' of commitment 4.1 is not one of its owners",
    ),
    (
        "commitments.yaml",
        "owners: [fin, norges-bank]",
        "owners: [fin, fin]",
        "9:19",
        "duplicate-owner",
        "'fin' is listed twice as owner of 4.1",
    ),
    # status reports
    (
        "commitments.yaml",
        "level: limited, meeting: mote-2}",
        "level: limited, meeting: mote-1}",
        "14:16",
        "status-source",
        "status of 4.2 is dated 2014-06-13, but meeting mote-1, where it was reported, was held 2014-03-17",
    ),
    (
        "commitments.yaml",
        "level: limited, meeting: mote-2}",
        "level: limited}",
        "14:9",
        "status-source",
        "names no meeting or source",
    ),
    (
        "commitments.yaml",
        "level: limited, meeting: mote-2}",
        "level: limited, meeting: mote-2}\n      - {date: 2014-06-13, level: complete, source: Rapport}",
        "15:16",
        "status-source",
        "4.2 has two status reports dated 2014-06-13: this one and one from meeting mote-2",
    ),
    (
        "commitments.yaml",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2,"
        " evidence: [{title: Rapport, url: 'javascript:alert(1)'}]}",
        "14:94",
        "url",
        "'javascript:' links are not allowed; give an https:// or http:// address",
    ),
    (
        "commitments.yaml",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2,"
        " evidence: [{title: Rapport, url: 'https://a.no/\u200bx'}]}",
        "14:94",
        "url",
        "the address holds an invisible character (U+200B ZERO WIDTH SPACE) at position 14; "
        "type the address again",
    ),
    (
        "commitments.yaml",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2,"
        " evidence: [{title: Rapport, url: 'https://www.regjeringen.no@evil.example/'}]}",
        "14:94",
        "url",
        "the address has 'www.regjeringen.no@' before its host, so it goes to evil.example, "
        "whatever the part before the '@' says; give the address without it",
    ),
    (
        "commitments.yaml",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2,"
        " evidence: [{title: Rapport, url: 'https://\u0435vil.com/'}]}",
        "14:94",
        "url",
        "the host name's part '\u0435vil' mixes alphabets (CYRILLIC, LATIN), as a look-alike of "
        "another address does; type the address again",
    ),
    (
        "commitments.yaml",
        "    owners: [kmd]\n",
        "    owners: [kmd]\n    ogp_id: no20\n",
        "13:13",
        "ogp-id",
        "'no20' is not an OGP commitment id",
    ),
    (
        "commitments.yaml",
        "    reporter: fin\n",
        "    reporter: fin\n    ogp_id: NO0020\n  - id: x\n    owners: [kmd]\n    ogp_id: NO0020\n",
        "14:13",
        "duplicate-id",
        "OGP id 'NO0020' is used twice (first at",
    ),
    (
        "commitments.yaml",
        "limited, meeting: mote-2}",
        "limited, meeting: mote-2, milestone: m9}\n    milestones: [{id: m1, text: Utredning}]",
        "14:72",
        "milestones",
        "status of 4.2 dated 2014-06-13 is about milestone 'm9', which 4.2 does not have "
        "(its milestones: m1)",
    ),
    (
        "commitments.yaml",
        "    reporter: fin\n",
        "    reporter: fin\n    milestones:\n      - {id: m1, text: A, start: 2014-05-01, due: 2014-04-01}\n",
        "12:51",
        "milestones",
        "milestone m1 of 4.1 is due 2014-04-01, before it starts (2014-05-01)",
    ),
]

WARNINGS = [
    (
        "commitments.yaml",
        "{date: 2014-06-13, level: limited, meeting: mote-2}",
        "{date: 2041-06-13, level: limited, source: skjema}",
        "14:16",
        "status-date",
        "status of 4.2 is dated 2041-06-13, after today (",
    ),
    (
        "meetings.yaml",
        "invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2",
        "invited: [sivilt-samfunn, fin, norges-bank]\n    agenda: [{title: Lang, minutes: 200}]\n  - id: mote-2",
        "11:13",
        "agenda-overrun",
        "the agenda of meeting mote-1 takes at least 200 min., but the meeting lasts 150 min. (12:30-15:00)",
    ),
    (
        "meetings.yaml",
        "invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2",
        "invited: [sivilt-samfunn, fin, norges-bank]\n    agenda: [{title: Innledning, minutes: 100}, {title: Status, status_round: {min_minutes: 20, max_minutes: 30}}]\n  - id: mote-2",
        "11:13",
        "agenda-overrun",
        "may take up to 160 min., but the meeting lasts 150 min.",
    ),
    (
        "commitments.yaml",
        "{date: 2014-06-13, level: limited, meeting: mote-2}",
        "{date: 2014-06-13, level: limited, meeting: mote-2, reported_by: fin}",
        "14:74",
        "reported-by-outsider",
        "the status of 4.2 dated 2014-06-13 is reported by fin, which neither owns 4.2 nor is "
        "its reporter (kmd)",
    ),
    (
        "commitments.yaml",
        "    reporter: fin\n",
        "",
        "9:13",
        "no-reporter",
        "commitment 4.1 is shared by fin, norges-bank and names no reporter",
    ),
    (
        "agencies.yaml",
        '{lines: [Postboks 1179 Sentrum], postcode: "0107", city: OSLO}',
        "{lines: [Postboks 1179 Sentrum]}",
        "13:14",
        "missing-address",
        "the postal address of Norges Bank has no postcode and town",
    ),
    (
        "agencies.yaml",
        '    address: {lines: [Postboks 1179 Sentrum], postcode: "0107", city: OSLO}\n',
        "",
        "11:5",
        "missing-address",
        "Norges Bank is on the address list of letter invitasjon but has no postal address",
    ),
    (
        "meetings.yaml",
        "invited: [sivilt-samfunn, fin, norges-bank]\n  - id: mote-2",
        "invited: [fin, norges-bank]\n  - id: mote-2",
        "2:5",
        "too-few-meetings",
        "2014 has 1 meeting with civil society invited",
    ),
    (
        "meetings.yaml",
        "days_before: 10",
        "deadline: 2014-03-20",
        "9:17",
        "registration-deadline",
        "closes 2014-03-20, after the meeting",
    ),
    (
        "meetings.yaml",
        "days_before: 10",
        "days_before: 30",
        "letters.yaml:9:16",
        "registration-deadline",
        "dated 2014-02-28, after the registration deadline of meeting mote-1 (2014-02-15)",
    ),
    (
        "commitments.yaml",
        "  contact_point: kmd\n",
        "  contact_point: kmd\n  start: 2013-10-01\n  end: 2015-09-30\n",
        "6:8",
        "forum-interval",
        "the forum does not meet from 2014-06-13 (meeting mote-2) to 2015-09-30 (the plan's end)",
    ),
    (
        "commitments.yaml",
        "contact_point: kmd\n  timeline:\n    - {id: dublin-2014, title: Regionalt møte, date: 2014-05-08",
        "contact_point: kmd\n  start: 2014-01-01\n  end: 2014-12-01\n  timeline:\n"
        "    - {id: dublin-2014, title: Regionalt møte, date: 2012-05-08",
        "8:54",
        "plan-period",
        "event dublin-2014 is dated 2012-05-08, more than 12 months before the plan begins "
        "(2014-01-01)",
    ),
    (
        "commitments.yaml",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n"
        "      - {date: 2014-03-17, level: not-started, meeting: mote-1}\n",
        "15:16",
        "status-order",
        "status of 4.2 dated 2014-03-17 is listed after the one dated 2014-06-13 (line 14), but "
        "status reports are listed oldest first; move it up before that one",
    ),
]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def _read(tmp_path: Path, file: str, old: str, new: str) -> list[Problem]:
    data = _copy(tmp_path)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return dataset.read(data).problems


def _problems(tmp_path: Path, file: str, old: str, new: str) -> list[str]:
    return [
        f"{Path(p.pos.file).name}:{p.pos.line}:{p.pos.column} {p.severity} [{p.rule}] {p.text}"
        for p in _read(tmp_path, file, old, new)
    ]


def test_the_minimal_dataset_passes_every_rule(tmp_path: Path) -> None:
    result = dataset.read(_copy(tmp_path))
    assert result.problems == []


@pytest.mark.parametrize(("file", "old", "new", "where", "rule", "fragment"), ERRORS + WARNINGS)
def test_rule_reports_at_the_line(
    tmp_path: Path, file: str, old: str, new: str, where: str, rule: str, fragment: str
) -> None:
    severity = "warning" if (file, old, new, where, rule, fragment) in WARNINGS else "error"
    problems = _problems(tmp_path, file, old, new)
    wanted = [p for p in problems if f" [{rule}] " in p and fragment in p]
    assert wanted, f"no [{rule}] problem with {fragment!r}; got:\n" + "\n".join(problems)
    at = where if ".yaml:" in where else f"{file}:{where}"
    assert wanted[0].startswith(f"{at} {severity} "), "\n".join(problems)


def test_every_dataset_rule_has_a_failing_case() -> None:
    from ogp.data.rules import DATASET_RULES, VALUE_RULES
    from tests.test_rules_in_full import CASES

    covered = {case[4] for case in ERRORS + WARNINGS}
    covered |= {w.split(" ")[2].strip("[]") for _, _, wanted in CASES for w in wanted}
    for mod in DATASET_RULES + VALUE_RULES:
        assert mod.ID in covered, f"rule {mod.ID} has no failing case"


def test_warnings_do_not_fail_unless_strict(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "commitments.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    reporter: fin\n", ""), "utf-8")
    result = dataset.read(data)
    assert [p.severity for p in result.problems] == [Severity.WARNING]
    assert result.ok() and not result.ok(strict=True)


# (rule, a fragment of the message): the logical place the problem names
PATHS = {
    ("time-order", "ends at 11:00"): 'meetings["mote-1"].end',
    ("time-order", "neither when"): 'plan.timeline["dublin-2014"]',
    ("milestones", "before it starts"): 'commitments["4.1"].milestones[0].due',
    ("milestones", "which 4.2 does not have"): 'commitments["4.2"].status[0].milestone',
    ("repeated-entry", "in the copy-to"): 'letters["invitasjon"].copy_to[1]',
    ("registration-deadline", "after the registration"): 'letters["invitasjon"].meetings[0]',
    ("status-source", "names no meeting or source"): 'commitments["4.2"].status[0]',
    ("duplicate-owner", "listed twice as owner"): 'commitments["4.1"].owners[1]',
    ("agenda-overrun", "takes at least"): 'meetings["mote-1"].agenda',
    ("plan-period", "event dublin-2014"): 'plan.timeline["dublin-2014"].date',
    ("status-order", "is listed after"): 'commitments["4.2"].status[1].date',
}


@pytest.mark.parametrize(("file", "old", "new", "where", "rule", "fragment"), ERRORS + WARNINGS)
def test_every_problem_names_its_logical_place(
    tmp_path: Path, file: str, old: str, new: str, where: str, rule: str, fragment: str
) -> None:
    """Beside file:line:column, the record and field as a program addresses them."""
    wanted = [p for p in _read(tmp_path, file, old, new) if p.rule == rule and fragment in p.text]
    assert wanted
    for p in wanted:
        assert p.path, f"{p} has no path"
        for (r, part), path in PATHS.items():
            if r == rule and part in p.message:
                assert p.path == path


def test_the_expected_paths_are_all_tried() -> None:
    tried = {(c[4], part) for c in ERRORS + WARNINGS for (r, part) in PATHS if r == c[4]}
    assert set(PATHS) <= tried


def test_a_fix_is_a_hint_not_part_of_the_message(tmp_path: Path) -> None:
    """The rules put what to do in the hint; the text output joins them as before."""
    hinted = [
        p
        for c in ERRORS + WARNINGS
        for p in _read(tmp_path / c[4] / str(abs(hash(c))), *c[:3])
        if p.rule == c[4] and c[5] in p.text and p.rule in RULES
    ]
    assert hinted
    for p in hinted:
        for fix in ("; add ", "; give ", "; keep ", "; swap ", "; number ", "; did you mean"):
            assert fix not in p.message, p
        assert p.text == (f"{p.message}; {p.hint}" if p.hint else p.message)


def test_a_status_dated_before_the_plan_began_is_warned(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / "commitments.yaml"
    text = path.read_text(encoding="utf-8")
    old = '    title_en: "Re-use of public sector information"\n    owners: [kmd]\n'
    assert old in text
    report = "    status:\n      - {date: 1900-01-01, level: limited, source: skjema}\n"
    path.write_text(text.replace(old, old + report), encoding="utf-8")
    warned = [str(p) for p in dataset.read(data).problems if p.rule == "status-date"]
    assert len(warned) == 1 and warned[0].endswith(
        "status of 4.5 is dated 1900-01-01, before the plan began (2013-10-01); "
        "check the year [status-date]"
    ), warned
