"""What ogp does without at start-up does the same as what it replaced.

Start-up time is measured by bench/run.py, never here. These pin down that the
cheaper ways of doing a step (str.find for a regular expression, a days-of-the-month
table for the calendar module) give exactly what the old ways gave.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ogp.data.rules.forum_interval import _days_in
from ogp.data.rules.lookalike_id import numbered
from ogp.data.schema.types import invisible
from ogp.data.schema.values import clock, date, email, ident, ogpid, orgno, postcode
from ogp.data.yamlload import _hash_lines
from tests.conftest import DATA

# What the schema refused before, as regular expressions (ogp.data.schema.types.invisible)
_OLD_BLANK = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\uffa0]")
_OLD_ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _old_invisible(text: str) -> str | None:
    import unicodedata

    if text.isascii():
        found = _OLD_ASCII_CONTROL.search(text)
        return found.group() if found else None
    for line in text.split("\n"):
        if line.isprintable():
            continue
        for ch in line:
            if (
                ch != "\t"
                and not ch.isprintable()
                and unicodedata.category(ch)
                in {
                    "Cc",
                    "Cf",
                    "Zl",
                    "Zp",
                    "Co",
                    "Cs",
                    "Cn",
                }
            ):
                return ch
    found = _OLD_BLANK.search(text)
    return found.group() if found else None


@pytest.mark.parametrize("start", range(0, 0x10000, 0x1000))
def test_invisible_finds_what_the_regular_expressions_found(start: int) -> None:
    for code in range(start, start + 0x1000):
        ch = chr(code)
        for text in (f"a{ch}b", f"æ{ch}", f"x\n{ch}\ty", f"{ch}\u3164", f"\u2800 {ch}", ch):
            assert invisible(text) == _old_invisible(text), (hex(code), text)


def _old_hash_lines(text: str | bytes) -> dict[int, str]:
    newline: object = "\n" if isinstance(text, str) else b"\n"
    pattern = re.compile(r"[ \t]#") if isinstance(text, str) else re.compile(rb"[ \t]#")
    out: dict[int, str] = {}
    line = last = 0
    for m in pattern.finditer(text):  # type: ignore[arg-type]
        line += text.count(newline, last, m.start())  # type: ignore[arg-type]
        last = m.start()
        if line not in out:
            begin = text.rfind(newline, 0, m.start()) + 1  # type: ignore[arg-type]
            end = text.find(newline, m.start())  # type: ignore[arg-type]
            piece = text[begin : end if end >= 0 else len(text)]
            out[line] = (
                piece if isinstance(piece, str) else piece.decode("utf-8", "replace")
            ).rstrip("\r")
    return out


@pytest.mark.parametrize(
    "text",
    [
        "",
        "#",
        "# a comment\nkey: value\n",
        "key: value # a comment\n",
        "key: value  # two spaces\r\nnext: x\t#tab\n",
        "a: b#c\n  # indented\n\n- x ##\n- y # # #\n",
        "title: Eventuelt #2 og sak #3",
        " #",
        "\n\n #\n#\n \t#x",
        "navn: Kommunal- og moderniseringsdepartementet # KMD, ø å\n",
    ],
)
def test_comment_lines_are_found_as_the_regular_expression_found_them(text: str) -> None:
    assert _hash_lines(text) == _old_hash_lines(text)
    data = text.encode()
    assert _hash_lines(data) == _old_hash_lines(data)


def test_days_of_a_month_as_the_calendar_counts_them() -> None:
    for year in range(1890, 2210):
        for month in range(1, 13):
            assert _days_in(year, month) == calendar.monthrange(year, month)[1]


def test_validate_still_refuses_a_templates_folder_that_is_not_there(tmp_path: Path) -> None:
    """validate looks for no template, but --templates is checked as for every command."""
    from click.testing import CliRunner

    from ogp.cli import cli

    missing = tmp_path / "nope"
    result = CliRunner().invoke(cli, ["--data", str(DATA), "--templates", str(missing), "validate"])
    assert result.exit_code == 1
    assert f"template folder '{missing}' does not exist" in result.output
    fine = CliRunner().invoke(cli, ["--data", str(DATA), "--templates", str(tmp_path), "validate"])
    assert fine.exit_code == 0, fine.output


# The value parsers' shapes, checked by hand instead of by a regular expression compiled
# at every start: each gives what its expression gave, on texts made of the characters
# that matter (and of lookalikes: Unicode digits, a final line break, spaces, '@', ...).
_SHAPES = [
    (postcode.fits, re.compile(postcode.PATTERN, re.ASCII).match),
    (ogpid.fits, re.compile(ogpid.PATTERN, re.ASCII).match),
    (date.fits, re.compile(date.PATTERN, re.ASCII).match),
    (ident.fits, re.compile(ident.PATTERN, re.ASCII).match),
    (orgno.fits, re.compile(orgno.PATTERN, re.ASCII).match),
    (email.fits, re.compile(email.PATTERN, re.ASCII).match),
    (numbered, re.compile(r"[0-9OolI|]+(?:\.[0-9OolI|]+)+").fullmatch),
]
_ALPHABET = "0123456789٣²AZaqzNOolI|.-_: @!#~`\n\tæÅ"
_OLD_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$", re.ASCII)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=14))
def test_value_shapes_are_the_regular_expressions(text: str) -> None:
    for fits, old in _SHAPES:
        assert fits(text) == (old(text) is not None), (fits.__module__, text)
    m = _OLD_CLOCK.match(text)
    assert clock.shape(text) == (m.groups() if m else None), text


@pytest.mark.parametrize(
    "text",
    [
        "0030",
        "0030\n",
        "0030\n\n",
        "003",
        "٠٠٣٠",
        "NO0020",
        "no0020",
        "2014-03-17",
        "2014-03-17\n",
        "2014-3-17",
        "kmd",
        "norges-bank",
        "4.1",
        "a..b",
        "-a",
        "a_",
        "972 417 858",
        "972417858",
        "972 417858",
        "972417 858",
        " 972417858",
        "972  417 858",
        "post@kmd.dep.no",
        "a@b",
        "a@-b.no",
        "a@b-.no",
        "a@b.no.",
        "a@@b.no",
        "ø@kmd.no",
        "4.1O",
        "4.l0",
        "io",
        "4.",
        ".4",
        "12:30",
        "9.05",
        "12:3",
        "123:45",
        "12:30\n",
    ],
)
def test_value_shapes_on_cases_that_matter(text: str) -> None:
    for fits, old in _SHAPES:
        assert fits(text) == (old(text) is not None), (fits.__module__, text)
    m = _OLD_CLOCK.match(text)
    assert clock.shape(text) == (m.groups() if m else None), text


@pytest.mark.parametrize("start", range(0, 0x10000, 0x2000))
def test_a_records_id_in_a_problems_path_is_quoted_as_json_quotes_it(start: int) -> None:
    """kinds.quoted (no json at start) is json.dumps(text, ensure_ascii=False)."""
    import json

    from ogp.data.kinds import quoted

    for code in range(start, start + 0x2000):
        ch = chr(code)
        for text in (ch, f"4.{ch}", f'{ch}"x', f"\\{ch}", f"a\n{ch}", ""):
            assert quoted(text) == json.dumps(text, ensure_ascii=False), (hex(code), text)
