"""A corpus of hostile inputs: each ends in exit 1, the file and line, and a plain message.

None may give a traceback, a hang or a large memory spike. Whole-file cases
replace meetings.yaml of a copy of the bundled data; value cases edit one
line of it. Each case: name, input, the expected "file:line:column", rule
id, and a fragment of the message.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from ogp.data import dataset

Run = Callable[..., Result]
M = "meetings:\n  - id: mote-1\n"

WHOLE_FILE: list[tuple[str, bytes, str, str, str]] = [
    # encodings
    (
        "latin-1",
        "meetings: []\n# Språkrådet\n".encode("latin-1"),
        "2:6",
        "encoding",
        "not valid UTF-8",
    ),
    (
        "utf-16",
        "meetings: []\n".encode("utf-16"),
        "1:1",
        "encoding",
        "saved as UTF-16; save it as UTF-8",
    ),
    ("utf-32", "meetings: []\n".encode("utf-32"), "1:1", "encoding", "saved as UTF-32"),
    ("nul byte", b"meetings: []\n\x00\n", "2:1", "encoding", "contains a NUL byte"),
    # YAML constructs that have no place here
    (
        "python tag",
        b"meetings: !!python/object/apply:os.system [echo hi]\n",
        "1:11",
        "yaml-tag",
        "'!!python/object/apply:os.system' are not allowed",
    ),
    ("merge key", b"meetings:\n  - <<: {id: x}\n", "2:5", "yaml-merge-key", "merge keys"),
    (
        "two documents",
        b"meetings: []\n---\nmeetings: []\n",
        "2:1",
        "yaml-documents",
        "a second YAML document",
    ),
    ("anchor", b"meetings: &m []\n", "1:11", "yaml-alias", "anchors and aliases"),
    (
        "alias bomb",
        b"a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n",
        "1:4",
        "yaml-alias",
        "anchors and aliases",
    ),
    (
        "deep flow nesting",
        b"meetings: " + b"[" * 100_000 + b"]" * 100_000,
        "1:1010",
        "too-deep",
        "nested too deep",
    ),
    (
        "deep block nesting",
        b"meetings:\n" + b"".join(b" " * (2 * i) + b"- \n" for i in range(1, 3000)),
        "",
        "too-deep",
        "nested more than 64 levels",
    ),
    (
        "top-level list",
        b"- id: mote-1\n",
        "1:1",
        "top-level",
        "the file holds a list; it must be a mapping with 'meetings:' at the top",
    ),
    ("top-level scalar", b"meetings\n", "1:1", "top-level", "the file holds a single value"),
    (
        "empty",
        b"",
        "1:1",
        "empty-file",
        # meetings.yaml may be missing: an empty one is better deleted than filled in
        "the file is empty; it must hold the data as YAML, or be deleted while there are no "
        "follow-up meetings",
    ),
    ("only comments", b"# nothing\n", "1:1", "empty-file", "the file is empty"),
    (
        "5 MB scalar",
        b'meetings:\n  - id: mote-1\n    title: "' + b"x" * 5_000_000 + b'"\n',
        "3:12",
        "too-long",
        "at most 500 are allowed here",
    ),
    ("invalid YAML", b"meetings: [\n", "2:1", "yaml-syntax", "invalid YAML"),
    ("tab", b"meetings:\n\t- id: x\n", "2:1", "yaml-tab", "tab character"),
    (
        "repeated key",
        b"meetings: []\nmeetings: []\n",
        "2:1",
        "duplicate-key",
        "key 'meetings' appears twice",
    ),
    (
        "unknown top key",
        b"meetings: []\nmeeting: []\n",
        "2:1",
        "unknown-key",
        "unknown key 'meeting'; did you mean 'meetings'?",
    ),
    (
        "C1 control character",
        "meetings:\n  - id: x\n    title: a\u009bb\n".encode(),
        "3:13",
        "yaml-character",
        "(U+009B)",
    ),
    ("U+FFFE", "meetings: [\ufffe]\n".encode(), "1:12", "yaml-character", "(U+FFFE)"),
    (
        "list of text",
        M.encode() + b"    date: [2014-03-17]\n",
        "3:11",
        "type",
        "expected a date (YYYY-MM-DD) here, found a list",
    ),
]

# (name, file, old, new, "line:column", rule, fragment): one value made wrong
VALUES: list[tuple[str, str, str, str, str, str, str]] = [
    (
        "impossible date",
        "meetings.yaml",
        "date: 2014-03-17",
        "date: 2014-13-01",
        "13:11",
        "date",
        "not a real date",
    ),
    (
        "25:00",
        "meetings.yaml",
        'start: "12:30"\n    end: "15:00"\n    venue:\n      name: Auditoriet i R5\n      address: Akersgata 59\n    chair: {name: Paul Chaffey, title: statssekretær, agency: kmd}\n    bring_id: true\n    registration:\n      #',
        'start: "25:00"\n    end: "15:00"\n    venue:\n      name: Auditoriet i R5\n      address: Akersgata 59\n    chair: {name: Paul Chaffey, title: statssekretær, agency: kmd}\n    bring_id: true\n    registration:\n      #',
        "14:12",
        "time",
        "not a time of day",
    ),
    (
        "id with slash",
        "meetings.yaml",
        "id: mote-1",
        "id: ../../etc/passwd",
        "10:9",
        "id",
        "not a valid id",
    ),
    (
        "id with dot-dot",
        "meetings.yaml",
        "id: mote-1",
        "id: mote..1",
        "10:9",
        "id",
        "not a valid id",
    ),
    ("id with space", "meetings.yaml", "id: mote-1", "id: mote 1", "10:9", "id", "not a valid id"),
    ("id a Windows device", "meetings.yaml", "id: mote-1", "id: CON", "10:9", "id", "'CON' cannot"),
    ("id a device with a dot", "meetings.yaml", "id: mote-1", "id: lpt1.x", "10:9", "id", "'lpt1'"),
    (
        "id with control character",
        "meetings.yaml",
        "id: mote-1",
        'id: "mote\\u00071"',
        "10:9",
        "id",
        "'mote\\x071' is not a valid id",
    ),
    (
        "id with accent",
        "agencies.yaml",
        "id: spraakradet",
        "id: språkrådet",
        "82:9",
        "id",
        "'språkrådet' is not a valid id",
    ),
    (
        "ids differing in case",
        "meetings.yaml",
        "id: mote-2",
        "id: MOTE-1",
        "38:9",
        "duplicate-id",
        "differs only in case from 'mote-1'",
    ),
    (
        "e-mail without @",
        "meetings.yaml",
        "email: amo@kmd.dep.no, phone: 22 24 03 01}\n      days_before: 10\n    invited: [sivilt-samfunn, jd, kud, hod, asd, fin, spraakradet, difi, dss, ud, fd, oed,\n              norges-bank, ks, helsedirektoratet, riksarkivet]\n    agenda_tentative",
        "email: amo.kmd.dep.no, phone: 22 24 03 01}\n      days_before: 10\n    invited: [sivilt-samfunn, jd, kud, hod, asd, fin, spraakradet, difi, dss, ud, fd, oed,\n              norges-bank, ks, helsedirektoratet, riksarkivet]\n    agenda_tentative",
        "24:59",
        "email",
        "it has no '@'",
    ),
    (
        "e-mail whose mailto: link goes elsewhere",
        "meetings.yaml",
        "email: amo@kmd.dep.no, phone: 22 24 03 01}\n      days_before: 10\n    invited: [sivilt-samfunn, jd, kud, hod, asd, fin, spraakradet, difi, dss, ud, fd, oed,\n              norges-bank, ks, helsedirektoratet, riksarkivet]\n    agenda_tentative",
        "email: 'postmottak%40evil.example?@kmd.dep.no', phone: 22 24 03 01}\n      days_before: 10\n    invited: [sivilt-samfunn, jd, kud, hod, asd, fin, spraakradet, difi, dss, ud, fd, oed,\n              norges-bank, ks, helsedirektoratet, riksarkivet]\n    agenda_tentative",
        "24:59",
        "email",
        "has '%' before the '@', which in a mailto: link would send the mail elsewhere",
    ),
    (
        "empty required text",
        "agencies.yaml",
        "name: Finansdepartementet",
        'name: ""',
        "74:11",
        "required",
        "this text is empty",
    ),
    (
        "blank required text",
        "agencies.yaml",
        "name: Finansdepartementet",
        'name: "   "',
        "74:11",
        "required",
        "this text is empty",
    ),
    (
        "missing id",
        "meetings.yaml",
        "  - id: mote-2\n",
        "  - number: 0\n",
        "38:5",
        "required",
        "'id' is missing here",
    ),
    (
        "negative number",
        "meetings.yaml",
        "    number: 1\n",
        "    number: -1\n",
        "11:13",
        "type",
        "-1 is out of range: it cannot be negative; use 1 to 1000",
    ),
    (
        "zero-width space",
        "agencies.yaml",
        "short: KMD",
        'short: "K\\u200bMD"',
        "16:12",
        "control-character",
        "(U+200B ZERO WIDTH SPACE)",
    ),
    (
        "right-to-left override",
        "agencies.yaml",
        "name: Norges Bank",
        'name: "Norges \\u202eBank"',
        "128:11",
        "control-character",
        "RIGHT-TO-LEFT OVERRIDE",
    ),
    (
        "C1 control as an escape",
        "agencies.yaml",
        "name: Norges Bank",
        'name: "Norges\\x9bBank"',
        "128:11",
        "control-character",
        "(U+009B",
    ),
    (
        "Arabic-Indic digits in a date",
        "meetings.yaml",
        "date: 2014-03-17",
        "date: ٢٠١٤-٠٣-١٧",
        "13:11",
        "date",
        "is not a date",
    ),
    (
        "full-width digits in a time",
        "meetings.yaml",
        'end: "15:00"\n    venue:\n      name: Auditoriet i R5\n      address: Akersgata 59\n    chair: {name: Paul Chaffey, title: statssekretær, agency: kmd}\n    bring_id: true\n    registration:\n      #',
        'end: "１５:００"\n    venue:\n      name: Auditoriet i R5\n      address: Akersgata 59\n    chair: {name: Paul Chaffey, title: statssekretær, agency: kmd}\n    bring_id: true\n    registration:\n      #',
        "15:10",
        "time",
        "is not a time",
    ),
    (
        "5000-digit number",
        "meetings.yaml",
        "    number: 1\n",
        "    number: " + "9" * 5000 + "\n",
        "11:13",
        "type",
        "is out of range; use 1 to 1000",
    ),
    (
        "octal-looking number",
        "meetings.yaml",
        "    number: 1\n",
        "    number: 010\n",
        "11:13",
        "type",
        "expected a whole number",
    ),
    (
        "float as level",
        "commitments.yaml",
        "    owners: [ks]\n",
        "    owners: [ks]\n    status: [{date: 2014-06-13, level: 0.5, meeting: mote-2}]\n",
        "458:40",
        "choice",
        "'0.5' is not a completion level",
    ),
    (
        "mapping as id",
        "meetings.yaml",
        "id: mote-1",
        "id: {a: b}",
        "10:9",
        "type",
        "expected an id here, found a mapping",
    ),
]


def _first_error(result: Result, path: Path, rule: str) -> str:
    """The first error of ``rule`` in the file the case broke."""
    lines = result.output.splitlines()
    found = [ln for ln in lines if ln.startswith(f"{path}:") and ln.endswith(f"[{rule}]")]
    assert found, "\n".join(lines)
    return found[0]


def test_an_empty_file_the_data_needs_is_not_to_be_deleted(data_dir: Path, run: Run) -> None:
    (data_dir / "agencies.yaml").write_bytes(b"")
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    line = _first_error(result, data_dir / "agencies.yaml", "empty-file")
    assert line.endswith(": the file is empty; it must hold the data as YAML [empty-file]")


@pytest.mark.parametrize(
    ("name", "raw", "where", "rule", "fragment"), WHOLE_FILE, ids=[c[0] for c in WHOLE_FILE]
)
def test_whole_file(
    name: str, raw: bytes, where: str, rule: str, fragment: str, data_dir: Path, run: Run
) -> None:
    (data_dir / "meetings.yaml").write_bytes(raw)
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    line = _first_error(result, data_dir / "meetings.yaml", rule)
    assert line.startswith(
        str(data_dir / "meetings.yaml") + (f":{where}: error: " if where else ":")
    )
    assert line.endswith(f"[{rule}]") and fragment in line


@pytest.mark.parametrize(
    ("name", "file", "old", "new", "where", "rule", "fragment"), VALUES, ids=[c[0] for c in VALUES]
)
def test_value(
    name: str,
    file: str,
    old: str,
    new: str,
    where: str,
    rule: str,
    fragment: str,
    data_dir: Path,
    edit: Callable[[str, str, str], Path],
    run: Run,
) -> None:
    edit(file, old, new)
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    line = _first_error(result, data_dir / file, rule)
    assert line.startswith(f"{data_dir / file}:{where}: error: "), line
    assert line.endswith(f"[{rule}]") and fragment in line


@pytest.mark.parametrize("command", [["status"], ["status", "--format", "json"]])
def test_other_commands_refuse_hostile_data(command: list[str], data_dir: Path, run: Run) -> None:
    (data_dir / "meetings.yaml").write_bytes(
        b"meetings: !!python/object/apply:os.system [echo hi]\n"
    )
    result = run("--data", data_dir, *command)
    assert result.exit_code == 1
    assert "are not allowed in ogp data" in result.output
    assert result.output.splitlines()[-1].startswith("hint: run 'ogp validate'")


@pytest.mark.parametrize(
    "raw",
    [
        b"a: &a [x,x,x,x,x,x,x,x,x]\n"
        + b"".join(
            b"%c: &%c [" % (98 + i, 98 + i) + b",".join([b"*%c" % (97 + i)] * 9) + b"]\n"
            for i in range(20)
        ),
        b"meetings: " + b"[" * 1_000_000,
        b"meetings:\n  - id: x\n    title: '" + b"y" * 5_000_000 + b"'\n",
        b"# " + b"z" * 5_000_000 + b"\nmeetings: []\n",
    ],
    ids=["alias bomb", "a million brackets", "5 MB scalar", "5 MB comment"],
)
def test_no_memory_spike(raw: bytes, data_dir: Path) -> None:
    (data_dir / "meetings.yaml").write_bytes(raw)
    tracemalloc.start()
    try:
        result = dataset.read(data_dir)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a {len(raw) / 1e6:.1f} MB file"
    assert all(p.pos.file.endswith(".yaml") for p in result.problems)


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_a_key_that_would_rewrite_the_terminal_is_shown_escaped(
    fmt: str, data_dir: Path, edit: Callable[[str, str, str], Path], run: Run
) -> None:
    """A key quoted in a problem is untrusted: a carriage return and ESC sequences in it
    would erase the error line and print '0 errors' over it. They are shown as escapes."""
    fake = "\\r\\e[2K4 files checked: 0 errors, 0 warnings\\e[8m"
    edit("agencies.yaml", "  - id: jd\n", f'  - id: jd\n    "{fake}": x\n')
    result = run("--data", data_dir, "validate", "--format", fmt)
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\r" not in result.output
    assert "\\r\\x1b[2K4 files checked" in result.output.replace("\\\\", "\\"), result.output
