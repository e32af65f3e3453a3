"""The YAML traps of this data, each pasted into the bundled data: what `ogp validate` says.

Each case is one line: the file, the text replaced, its replacement, and the
first line `ogp validate` must print (file:line:column: severity: message [rule]).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Edit = Callable[[str, str, str], Path]

TRAPS = [
    ("unquoted 4.10 stays 4.10", "commitments.yaml", '  - id: "4.10"', "  - id: 4.10", None),
    (
        "unquoted 12:30 stays 12:30",
        "meetings.yaml",
        'start: "12:30"\n    end: "15:00"\n    venue:\n      name: Auditoriet i R5\n      address: Akersgata 59\n    chair: {name: Paul Chaffey, title: statssekretær, agency: kmd}\n    bring_id: true\n    registration:\n      #',
        'start: 12:30\n    end: "15:00"\n    venue:\n      name: Auditoriet i R5\n      address: Akersgata 59\n    chair: {name: Paul Chaffey, title: statssekretær, agency: kmd}\n    bring_id: true\n    registration:\n      #',
        None,
    ),
    (
        "unquoted 0030 stays 0030",
        "agencies.yaml",
        'lines: [Postboks 8001 Dep]\n      postcode: "0030"',
        "lines: [Postboks 8001 Dep]\n      postcode: 0030",
        None,
    ),
    ("unquoted 4.1 beside 4.10", "commitments.yaml", '  - id: "4.1"\n', "  - id: 4.1\n", None),
    (
        "a repeated key",
        "commitments.yaml",
        "    owners: [ks]\n",
        "    owners: [ks]\n    owners: [kmd]\n",
        "data/commitments.yaml:458:5: error: key 'owners' appears twice in this mapping (first at line 457); YAML would silently keep only the last one: remove or rename one [duplicate-key]",
    ),
    (
        "an unknown agency",
        "commitments.yaml",
        "owners: [ks]",
        "owners: [ksx]",
        "data/commitments.yaml:457:14: error: unknown agency 'ksx' in owners of commitment 4.25; did you mean 'ks'? [unknown-reference]",
    ),
    (
        "a duplicate id",
        "commitments.yaml",
        '  - id: "4.10"',
        '  - id: "4.1"',
        "data/commitments.yaml:221:9: error: commitment id '4.1' is used twice (first at data/commitments.yaml:71:9); every id must be unique [duplicate-id]",
    ),
    (
        "a tab",
        "meetings.yaml",
        "    number: 1\n",
        "\tnumber: 1\n",
        "data/meetings.yaml:11:1: error: a tab character here: YAML indents with spaces only; replace the tab with spaces [yaml-tab]",
    ),
    ("NO as a country", "commitments.yaml", "country: Norge", "country: NO", None),
    (
        "yes as true",
        "meetings.yaml",
        "    bring_id: true\n    registration:\n      #",
        "    bring_id: yes\n    registration:\n      #",
        "data/meetings.yaml:20:15: error: expected true or false here, found 'yes'; YAML's yes/no/on/off are not accepted, because they are easily meant as text [type]",
    ),
]


@pytest.mark.parametrize(
    ("name", "file", "old", "new", "first_line"), TRAPS, ids=[t[0] for t in TRAPS]
)
def test_trap(
    name: str,
    file: str,
    old: str,
    new: str,
    first_line: str | None,
    edit: Edit,
    data_dir: Path,
    run: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edit(file, old, new)
    monkeypatch.chdir(data_dir.parent)
    result = run("validate")
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    if first_line is None:  # read as the author meant it: no error at all
        assert result.exit_code == 0, result.output
        assert errors == []
    else:
        assert result.exit_code == 1
        assert errors[0] == first_line


def test_unquoted_values_mean_what_the_author_wrote(edit: Edit, data_dir: Path) -> None:
    from ogp.data import dataset

    edit("commitments.yaml", '  - id: "4.10"', "  - id: 4.10")
    edit(
        "agencies.yaml",
        'lines: [Postboks 8001 Dep]\n      postcode: "0030"',
        "lines: [Postboks 8001 Dep]\n      postcode: 0030",
    )
    data = dataset.load(data_dir)
    assert "4.10" in data.commitment_by_id and "4.1" in data.commitment_by_id
    assert data.agency_by_id["smk"].address is not None
    assert data.agency_by_id["smk"].address.postcode == "0030"


@pytest.mark.parametrize(
    ("raw", "first_line"),
    [
        (
            b"",
            "data/meetings.yaml:1:1: error: the file is empty; it must hold the data as YAML, "
            "or be deleted while there are no follow-up meetings [empty-file]",
        ),
        (
            "meetings: []\nvenue: Språk\n".encode("latin-1"),
            "data/meetings.yaml:2:11: error: the file is not valid UTF-8: byte 0xE5 (it looks like Latin-1/Windows-1252 text: 'å'); save the file as UTF-8 [encoding]",
        ),
        (
            b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
            "data/meetings.yaml:1:4: error: anchors and aliases ('&name', '*name') are not allowed in ogp data; write the value out in full [yaml-alias]",
        ),
        (
            b"- id: mote-1\n",
            "data/meetings.yaml:1:1: error: the file holds a list; it must be a mapping with 'meetings:' at the top [top-level]",
        ),
    ],
    ids=["empty file", "invalid UTF-8", "alias bomb", "top-level list"],
)
def test_whole_file_traps(
    raw: bytes,
    first_line: str,
    data_dir: Path,
    run: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (data_dir / "meetings.yaml").write_bytes(raw)
    monkeypatch.chdir(data_dir.parent)
    result = run("validate")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == first_line
