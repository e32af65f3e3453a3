"""ogp agenda."""

from __future__ import annotations

import click

from ogp.commands.common import (
    State,
    choose_format,
    format_option,
    lang_option,
    output_option,
    pass_state,
)
from ogp.output import registry
from ogp.output.write import emit


@click.command()
@click.argument("meeting")
@format_option("agenda", "md")
@lang_option()
@output_option()
@pass_state
def agenda(state: State, meeting: str, fmt: str | None, lang: str, output: str | None,
           force: bool) -> None:
    """The agenda of MEETING (its id, or its number) as a running order with times.

    The status round is expanded: each reporting agency, its commitments and its
    minutes; shared commitments whose owners have not agreed who reports are
    listed under the owners jointly. Times are computed only as far as the data
    gives durations; a warning (also on standard error) when the agenda overruns.
    """
    from ogp import agenda as core
    from ogp import dataset

    data = dataset.load(state.data_dir)
    doc = core.build(data, core.pick_meeting(data, meeting), lang=lang)
    fmt = choose_format("agenda", fmt, output, "md")
    render = registry.renderer("agenda", fmt)
    emit(render(doc, state.context_for(output, lang)), output, force=force)
    for w in doc.warnings:
        click.echo(f"warning: {w}", err=True)
