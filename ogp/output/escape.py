"""Make data safe in the text formats that are not HTML: Markdown cells and CSV cells."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# What makes a line a heading, quote, list item or setext underline: '#', '>', '+', '-',
# '=' at its start, or a number followed by '.' or ')' ("17. mars" is a list item).
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+>=-])|(\d{1,9})([.)]))", re.MULTILINE)
_CSV_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def markdown_cell(text: str) -> str:
    """Text that stays inside one Markdown table cell and renders as the text itself."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.replace("&", "&amp;")
    return text.replace("\n", "<br>")


def markdown_text(text: str) -> str:
    """Text in a Markdown paragraph or heading that renders as itself, not as markup or HTML."""
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match[str]) -> str:
    # A backslash escapes punctuation only: "\# ikke en overskrift", but "17\. mars".
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def csv_cell(text: str) -> str:
    """A cell no spreadsheet will run as a formula (OWASP's CSV injection advice)."""
    if text.startswith(_CSV_DANGEROUS):
        return "'" + text
    return text
