"""ogp diff."""

from __future__ import annotations

import click

from ogp.cli.common import State, format_option, lang_option, output_option, pass_state


@click.command()
@click.argument("rev", default="HEAD", metavar="[REV]")
@format_option("diff")
@lang_option(default="en")
@output_option()
@pass_state
def diff(
    state: State, rev: str, fmt: str | None, lang: str, output: str | None, force: bool
) -> None:
    """What changed in the data since git revision REV (default HEAD), in words.

    Compares the data files as they were at REV (read with `git show`; the
    repository is not changed) with the data folder as it is now: commitments
    added or removed, owners, roles or reporter changed, status moved, meetings
    moved, addresses changed, letters changed: a long text (a paragraph, a
    note) by its changed words, with a few words around each. Both versions
    must be valid; a value that an earlier ogp took and this one refuses (a
    report's level 'not-reported') is read at REV as it was written, with a
    warning on standard error. In
    English by default, for reviewers anywhere; --lang nb words it in
    Norwegian.
    --format md is made for a pull-request comment or a GitHub job summary:

        ogp diff origin/main --format md >> "$GITHUB_STEP_SUMMARY"
    """
    from ogp.documents.diff import build

    report = build(state.data_dir, rev, lang)
    for problem in report.earlier:  # the old revision's values, taken as written
        click.echo(str(problem), err=True)
    state.publish("diff", report, fmt=fmt, output=output, force=force, lang=lang)
