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
    gives durations. The agenda is a document to send: what only its sender
    needs (which items have no duration, whether it overruns the meeting) is
    said on standard error, as ogp validate says it, and never in the agenda.
    pdf (tagged, page numbers) needs the extra: pip install 'ogp[pdf]'.
    """
    from ogp.data import dataset
    from ogp.data.lookup import pick_meeting
    from ogp.documents import agenda as core

    data = dataset.load(state.data_dir)
    doc = core.build(data, pick_meeting(data, meeting), lang=lang)
    state.publish("agenda", doc, fmt=fmt, output=output, force=force, lang=lang)
    for w in doc.warnings:
        click.echo(f"warning: {w}", err=True)
    for n in doc.notes:
        click.echo(f"note: {n}", err=True)
