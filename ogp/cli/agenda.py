"""ogp agenda."""

from __future__ import annotations

import click

from ogp.cli.common import State, document_options, pass_state


@click.command()
@click.argument("meeting")
@document_options("agenda")
@pass_state
def agenda(
    state: State, meeting: str, fmt: str | None, lang: str, output: str | None, force: bool
) -> None:
    """The agenda of MEETING (its id, or its number) as a running order with times.

    The status round is expanded: each reporting agency, its commitments and its
    minutes; shared commitments whose owners have not agreed who reports are
    listed under the owners jointly. Times are computed only as far as the data
    gives durations; a warning (also on standard error) when the agenda overruns.
    """
    from ogp.data import dataset
    from ogp.data.lookup import pick_meeting
    from ogp.documents import agenda as core

    data = dataset.load(state.data_dir)
    doc = core.build(data, pick_meeting(data, meeting), lang=lang)
    state.publish("agenda", doc, fmt=fmt, output=output, force=force, lang=lang)
    for w in doc.warnings:
        click.echo(f"warning: {w}", err=True)
