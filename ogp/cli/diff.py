"""ogp diff."""

from __future__ import annotations

import click

from ogp.cli.common import State, document_options, pass_state


@click.command()
@click.argument("rev", default="HEAD", metavar="[REV]")
@document_options("diff", lang=False)
@pass_state
def diff(state: State, rev: str, fmt: str | None, output: str | None, force: bool) -> None:
    """What changed in the data since git revision REV (default HEAD), in words.

    Compares the data files as they were at REV (read with `git show`; the
    repository is not changed) with the data folder as it is now: commitments
    added or removed, owners, roles or reporter changed, status moved, meetings
    moved, addresses changed, letters changed. Both versions must be valid.
    --format markdown is made for a pull-request comment or a GitHub job summary:

        ogp diff origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"
    """
    from ogp.documents.diff import build

    report = build(state.data_dir, rev)
    state.publish("diff", report, fmt=fmt, output=output, force=force)
