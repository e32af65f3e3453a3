"""Make data safe in the text formats that are not HTML: Markdown cells and CSV cells."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+>-]|\d+\.)", re.MULTILINE)
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
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def csv_cell(text: str) -> str:
    """A cell no spreadsheet will run as a formula (OWASP's CSV injection advice)."""
    if text.startswith(_CSV_DANGEROUS):
        return "'" + text
    return text
