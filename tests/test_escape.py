"""Markdown escaping, checked with a CommonMark parser: the text renders as itself."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from ogp.output.escape import markdown_cell, markdown_text

TEXTS = [
    "17. mars 2014 kl 12.30 – 15.00",
    "1) først",
    "# ikke en overskrift",
    "- ikke et punkt",
    "+ heller ikke",
    "> ikke et sitat",
    "===",
    "*uthevet* og _kursiv_ og `kode`",
    "[lenke](javascript:alert(1))",
    "<script>alert(1)</script>",
    "a | b",
    "R&D &amp; co",
    "back\\slash",
]


def _rendered(markdown: str) -> str:
    out = MarkdownIt("commonmark").render(markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", out)).strip()


@pytest.mark.parametrize("text", TEXTS)
def test_markdown_text_renders_as_itself(text: str) -> None:
    assert _rendered(markdown_text(text)) == text


@pytest.mark.parametrize("text", TEXTS)
def test_markdown_cell_stays_in_its_cell(text: str) -> None:
    table = f"| a | b |\n|---|---|\n| {markdown_cell(text)} | x |\n"
    out = MarkdownIt("commonmark").enable("table").render(table)
    cells = re.findall(r"<td>(.*?)</td>", out, re.S)
    assert len(cells) == 2 and html.unescape(re.sub(r"<[^>]+>", "", cells[0])) == text
