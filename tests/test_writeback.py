"""The byte-preserving writer: what it adds, and that every other byte stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ogp.data.writeback import (
    Append,
    CheckFailed,
    ItemWith,
    SetField,
    WriteRefused,
    commit,
    dataset_check,
    plan,
    rewrite,
    scalar,
)
from ogp.data.yamlload import load_text

REPO = Path(__file__).resolve().parent.parent
STATUS_41 = ("commitments", ItemWith("id", "4.1"), "status")
REPORT = {"date": "2014-06-13", "level": "limited", "meeting": "mote-2"}


def edit(text: str, *edits: Append | SetField) -> str:
    return rewrite(text.encode("utf-8"), list(edits), "f.yaml")[0].decode("utf-8")


def test_a_status_list_is_created_where_the_key_is_missing_below_the_last_key() -> None:
    before = (
        "# the plan\n"
        "commitments:\n"
        '  - id: "4.1"   # first\n'
        "    owners: [kmd, jd]\n"
        "\n"
        "  # the second\n"
        '  - id: "4.2"\n'
        "    owners:\n"
        "      - kmd\n"
    )
    assert edit(before, Append(STATUS_41, REPORT)) == (
        "# the plan\n"
        "commitments:\n"
        '  - id: "4.1"   # first\n'
        "    owners: [kmd, jd]\n"
        "    status:\n"
        "      - date: 2014-06-13\n"
        "        level: limited\n"
        "        meeting: mote-2\n"
        "\n"
        "  # the second\n"
        '  - id: "4.2"\n'
        "    owners:\n"
        "      - kmd\n"
    )


def test_an_item_joins_a_block_list_at_its_items_indentation() -> None:
    before = (
        "commitments:\n"
        "- id: '4.1'\n"
        "  status:\n"
        "  - {date: 2014-03-17, level: not-started, meeting: mote-1}  # at the meeting\n"
        "- id: '4.2'\n"
    )
    assert edit(before, Append(STATUS_41, REPORT)) == (
        "commitments:\n"
        "- id: '4.1'\n"
        "  status:\n"
        "  - {date: 2014-03-17, level: not-started, meeting: mote-1}  # at the meeting\n"
        "  - date: 2014-06-13\n"
        "    level: limited\n"
        "    meeting: mote-2\n"
        "- id: '4.2'\n"
    )


def test_an_item_joins_a_flow_list_in_flow_style() -> None:
    before = 'commitments:\n  - {id: "4.1", status: [{date: 2014-03-17, level: limited}]}\n'
    assert edit(before, Append(STATUS_41, REPORT)) == (
        'commitments:\n  - {id: "4.1", status: [{date: 2014-03-17, level: limited}, '
        "{date: 2014-06-13, level: limited, meeting: mote-2}]}\n"
    )


def test_a_key_is_added_to_a_flow_mapping_in_flow_style() -> None:
    before = 'commitments:\n  - {id: "4.1", owners: [kmd]}   # one line\n'
    assert edit(before, Append(STATUS_41, REPORT)) == (
        'commitments:\n  - {id: "4.1", owners: [kmd], status: '
        "[{date: 2014-06-13, level: limited, meeting: mote-2}]}   # one line\n"
    )


EARLY = {"date": "2014-03-17", "level": "not-started", "meeting": "mote-1"}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # before the first item: at the list's dash, above the comment that speaks of it
        (
            "status:\n  # at the second meeting\n  - {date: 2014-06-13, level: limited}\n",
            "status:\n  - date: 2014-03-17\n    level: not-started\n    meeting: mote-1\n"
            "  # at the second meeting\n  - {date: 2014-06-13, level: limited}\n",
        ),
        # between two block items; the comment after the first stays with it when a blank
        # line parts it from the comment over the second
        (
            "status:\n  - date: 2014-01-10\n    level: not-started  # early\n"
            "  # moved\n\n  # the second\n  - date: 2014-06-13\n    level: limited\n",
            "status:\n  - date: 2014-01-10\n    level: not-started  # early\n"
            "  # moved\n\n  - date: 2014-03-17\n    level: not-started\n    meeting: mote-1\n"
            "  # the second\n  - date: 2014-06-13\n    level: limited\n",
        ),
        # an item whose dash stands alone on its line
        (
            "status:\n  -\n    date: 2014-06-13\n    level: limited\n",
            "status:\n  - date: 2014-03-17\n    level: not-started\n    meeting: mote-1\n"
            "  -\n    date: 2014-06-13\n    level: limited\n",
        ),
        # a flow list
        (
            "status: [{date: 2014-06-13, level: limited}]\n",
            "status: [{date: 2014-03-17, level: not-started, meeting: mote-1}, "
            "{date: 2014-06-13, level: limited}]\n",
        ),
        # CRLF line ends
        (
            "status:\r\n  - {date: 2014-06-13, level: limited}\r\n",
            "status:\r\n  - date: 2014-03-17\r\n    level: not-started\r\n"
            "    meeting: mote-1\r\n  - {date: 2014-06-13, level: limited}\r\n",
        ),
    ],
    ids=["first", "between", "lone dash", "flow", "crlf"],
)
def test_an_item_goes_before_the_one_it_is_placed_before(before: str, after: str) -> None:
    """A late report of an earlier round goes where its date puts it (``before``), so the
    history stays oldest first; every other byte stays, and it reads back in its place."""
    index = before.count("date:") - 1  # before the last item
    assert edit(before, Append(("status",), EARLY, before=index)) == after
    loaded, _ = load_text(after, "f.yaml")
    assert [r["date"] for r in loaded["status"]][index] == "2014-03-17"


def test_before_past_the_end_is_at_the_end() -> None:
    before = "status:\n  - {date: 2014-03-17, level: limited}\n"
    later = {"date": "2014-06-13", "level": "limited"}
    assert edit(before, Append(("status",), later, before=1)) == edit(
        before, Append(("status",), later)
    )


def test_an_empty_flow_list_and_a_trailing_comma() -> None:
    assert edit("people: []\n", Append(("people",), "a")) == "people: [a]\n"
    assert edit("people: [a, b,]\n", Append(("people",), "c")) == "people: [a, b, c,]\n"


def test_an_empty_value_becomes_the_list() -> None:
    before = "commitments:\n  - id: a\n    status:\n  - id: b\n"
    path = ("commitments", ItemWith("id", "a"), "status")
    assert edit(before, Append(path, {"level": "limited"})) == (
        "commitments:\n  - id: a\n    status:\n      - level: limited\n  - id: b\n"
    )


def test_crlf_and_a_bom_stay() -> None:
    before = '\ufeffcommitments:\r\n  - id: "4.1"\r\n    owners: [kmd]\r\n'
    after = edit(before, Append(STATUS_41, REPORT))
    assert after == (
        '\ufeffcommitments:\r\n  - id: "4.1"\r\n    owners: [kmd]\r\n'
        "    status:\r\n      - date: 2014-06-13\r\n        level: limited\r\n"
        "        meeting: mote-2\r\n"
    )


def test_a_file_without_a_final_line_end() -> None:
    assert edit("people:\n  - a", Append(("people",), "b")) == "people:\n  - a\n  - b"


def test_nested_lists_of_mappings_are_written_in_block_style() -> None:
    report = {**REPORT, "evidence": [{"title": "Rapport", "url": "https://x.no/a?b=1"}]}
    after = edit('commitments:\n  - id: "4.1"\n', Append(STATUS_41, report))
    assert after == (
        'commitments:\n  - id: "4.1"\n    status:\n      - date: 2014-06-13\n'
        "        level: limited\n        meeting: mote-2\n        evidence:\n"
        '          - title: Rapport\n            url: "https://x.no/a?b=1"\n'
    )


def test_the_file_s_own_list_indentation_is_followed() -> None:
    before = 'owners:\n- kmd\ncommitments:\n- id: "4.1"\n  owners: [kmd]\n'
    assert edit(before, Append(STATUS_41, REPORT)).endswith(
        "  owners: [kmd]\n  status:\n  - date: 2014-06-13\n    level: limited\n"
        "    meeting: mote-2\n"
    )


def test_set_field_replaces_only_the_value_and_keeps_its_comment() -> None:
    before = "people:\n  - id: p1\n    attended: 'no'   # at the door\n  - {id: p2}\n"
    path = ("people", ItemWith("id", "p1"))
    assert edit(before, SetField(path, "attended", "yes")) == (
        'people:\n  - id: p1\n    attended: "yes"   # at the door\n  - {id: p2}\n'
    )
    p2 = ("people", ItemWith("id", "p2"))
    assert edit(before, SetField(p2, "attended", "yes")).endswith('  - {id: p2, attended: "yes"}\n')
    assert edit(before, SetField(path, "note", "late")).endswith(
        "    attended: 'no'   # at the door\n    note: late\n  - {id: p2}\n"
    )


def test_append_to_a_top_level_list() -> None:
    before = "# registrations\nregistrations:\n  - name: A\n"
    assert edit(before, Append(("registrations",), {"name": "B Ø"})) == (
        '# registrations\nregistrations:\n  - name: A\n  - name: "B Ø"\n'
    )


def test_the_same_change_twice_changes_nothing() -> None:
    once = edit('commitments:\n  - id: "4.1"\n', Append(STATUS_41, REPORT))
    assert edit(once, Append(STATUS_41, REPORT)) == once
    assert edit(once, Append(STATUS_41, REPORT), Append(STATUS_41, REPORT)) == once
    same = edit("a:\n  - {k: v}\n", SetField(("a", 0), "k", "v"))
    assert same == "a:\n  - {k: v}\n"


@pytest.mark.parametrize(
    "value",
    [
        "4.10",
        "NO",
        "12:30",
        "0030",
        "",
        "~",
        "null",
        "a: b",
        "# not a comment",
        "line one\nline two",
        'quote " and \\ backslash',
        "'single'",
        "- dash",
        "[x]",
        "{y}",
        "&anchor",
        "*alias",
        "!tag",
        "  spaces  ",
        "ÆØÅ æøå – «»",
        "tab\there",
        "https://example.org/a#b",
        "2014-06-13",
        "mote-2",
        "x.",
        "\u2028",
        "%percent",
        "@at",
        "`tick",
        "?",
        "| bar",
        "> gt",
    ],
)
def test_every_value_reads_back_as_the_same_string(value: str) -> None:
    root, problems = load_text(f"k: {scalar(value)}\nl: [{scalar(value)}]\n", "f.yaml")
    assert problems == []
    assert root == {"k": value, "l": [value]}


def test_a_missing_item_is_refused_with_its_path() -> None:
    with pytest.raises(WriteRefused, match=r"there is no commitments\[id=9.9\]"):
        edit(
            'commitments:\n  - id: "4.1"\n',
            Append(("commitments", ItemWith("id", "9.9"), "s"), "x"),
        )
    with pytest.raises(WriteRefused, match="is not a list"):
        edit("a: b\n", Append(("a",), "x"))


def _data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    return data


def test_commit_writes_only_the_addition_and_validates(tmp_path: Path) -> None:
    data = _data(tmp_path)
    path = data / "commitments.yaml"
    before = path.read_bytes()
    change = plan(path, [Append(STATUS_41, REPORT)])
    assert path.read_bytes() == before  # plan writes nothing
    assert commit([change], check=dataset_check(data)) == [change]
    after = path.read_bytes()
    assert after.startswith(before.split(b'  - id: "4.2"')[0].rstrip(b"\n"))
    removed = set(before.splitlines()) - set(after.splitlines())
    assert removed == set()
    added = [x for x in after.splitlines() if x not in before.splitlines()]
    assert added == [
        b"    status:",
        b"      - date: 2014-06-13",
        b"        level: limited",
        b"        meeting: mote-2",
    ]
    again = plan(path, [Append(STATUS_41, REPORT)])
    assert not again.changed and commit([again], check=dataset_check(data)) == []


def test_commit_refuses_what_would_not_validate_and_writes_nothing(tmp_path: Path) -> None:
    data = _data(tmp_path)
    path = data / "commitments.yaml"
    before = path.read_bytes()
    bad = {"date": "2014-06-13", "level": "halfway", "meeting": "mote-2"}
    change = plan(path, [Append(STATUS_41, bad)])
    with pytest.raises(CheckFailed) as caught:
        commit([change], check=dataset_check(data))
    (problem,) = caught.value.problems
    assert "halfway" in problem.message and problem.pos.line > 0
    assert path.read_bytes() == before


def test_a_file_changed_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    data = _data(tmp_path)
    path = data / "commitments.yaml"
    change = plan(path, [Append(STATUS_41, REPORT)])
    path.write_bytes(path.read_bytes() + b"# someone else's edit\n")
    meanwhile = path.read_bytes()
    with pytest.raises(WriteRefused, match="changed while ogp was working on it"):
        commit([change], check=dataset_check(data))
    assert path.read_bytes() == meanwhile
