"""The minutes as a document: what each format keeps of the notes' paragraphs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
Edit = Callable[[str, str, str], Path]

NOTES = (
    "\n  - id: mote-2\n",
    "\n    minutes:\n      items:\n        - item: 1\n          notes: |\n"
    "            Første avsnitt, som er langt nok til å bli brutt over to linjer i en "
    "tekst på 78 tegn.\n\n            Andre avsnitt.\n  - id: mote-2\n",
)


@pytest.mark.parametrize(
    ("fmt", "said"),
    [
        (
            "txt",
            "   Første avsnitt, som er langt nok til å bli brutt over to linjer i en tekst\n"
            "   på 78 tegn.\n\n   Andre avsnitt.\n",
        ),
        ("md", "linjer i en tekst på 78 tegn.\n\nAndre avsnitt.\n"),
        ("html", "tekst på 78 tegn.</p>\n<p>Andre avsnitt.</p>"),
    ],
)
def test_the_notes_keep_their_paragraphs(
    run: Run, data_dir: Path, edit: Edit, fmt: str, said: str
) -> None:
    """A blank line in the notes parts two paragraphs in every format (the text had run
    them together, line after line)."""
    edit("meetings.yaml", *NOTES)
    result = run("--data", data_dir, "minutes", "1", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert said in result.stdout, result.stdout
