"""Problems: a position (line:column, or sheet!cell), a message, a hint, a logical path."""

from __future__ import annotations

import pytest

from ogp.data.kinds import path_of
from ogp.data.model import Dataset
from ogp.data.problems import Pos, Result, error, warning


def test_a_problem_prints_message_and_hint_as_one_line() -> None:
    p = error(
        Pos("data/meetings.yaml", 4, 9),
        "date",
        "'2014-13-01' is not a date",
        hint="write it as YYYY-MM-DD, e.g. 2014-03-17",
    )
    assert str(p) == (
        "data/meetings.yaml:4:9: error: '2014-13-01' is not a date; "
        "write it as YYYY-MM-DD, e.g. 2014-03-17 [date]"
    )
    assert str(error(Pos("data/x.yaml"), "r", "no hint")) == "data/x.yaml: error: no hint [r]"


def test_a_spreadsheet_cell_is_a_position() -> None:
    pos = Pos.cell_of("forms/kmd.xlsx", "Status", "c7")
    assert str(pos) == "forms/kmd.xlsx:Status!C7"
    assert (pos.line, pos.column) == (7, 3)
    assert Pos.cell_of("f.xlsx", "S", "AB12").column == 28
    assert pos.as_dict() == {"file": "forms/kmd.xlsx", "sheet": "Status", "cell": "C7"}
    p = warning(pos, "level", "the level is empty", hint="choose one", path='commitments["4.1"]')
    assert str(p) == "forms/kmd.xlsx:Status!C7: warning: the level is empty; choose one [level]"
    assert p.as_dict() == {
        "file": "forms/kmd.xlsx",
        "sheet": "Status",
        "cell": "C7",
        "severity": "warning",
        "rule": "level",
        "message": "the level is empty",
        "hint": "choose one",
        "path": 'commitments["4.1"]',
    }


def test_cells_sort_in_reading_order() -> None:
    cells = ["C10", "B7", "A7", "C7"]
    problems = [error(Pos.cell_of("f.xlsx", "S", c), "r", "m") for c in cells]
    assert [p.pos.cell for p in sorted(problems, key=lambda p: p.sort_key)] == [
        "A7",
        "B7",
        "C7",
        "C10",
    ]


def test_logical_paths() -> None:
    assert path_of("commitment", "4.22", "owners", 1) == 'commitments["4.22"].owners[1]'
    assert path_of("event", "london") == 'plan.timeline["london"]'
    assert path_of("", "", "contact_point") == "contact_point"
    assert path_of("agency", 'a"b') == 'agencies["a\\"b"]'


def test_the_envelope_counts_and_lists() -> None:
    result = Result(
        Dataset(),
        [error(Pos("a.yaml", 1, 1), "r", "m"), warning(Pos("a.yaml", 2, 1), "w", "n")],
        ["a.yaml"],
    )
    env = result.envelope()
    assert (env["version"], env["ok"], env["counts"]) == (1, False, {"errors": 1, "warnings": 1})
    assert env["files"] == ["a.yaml"] and len(env["problems"]) == 2


@pytest.mark.parametrize(
    ("items", "most", "said"),
    [
        ([], 5, ""),
        (["a"], 5, "a"),
        (["a", "b"], 5, "a and b"),
        (["a", "b", "c", "d", "e", "f"], 5, "a, b, c, d, e and f"),  # never "and 1 more"
        (["a", "b", "c", "d", "e", "f", "g"], 5, "a, b, c, d, e and 2 more"),
        ([str(i) for i in range(2895)], 3, "0, 1, 2 and 2,892 more"),
    ],
)
def test_a_message_names_a_few_and_counts_the_rest(items: list[str], most: int, said: str) -> None:
    from ogp.data.problems import listed

    assert listed(items, most) == said
