"""ogp agenda."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ogp.cli.common import (
    State,
    all_option,
    choose_format,
    format_option,
    lang_option,
    output_or_folder_option,
    pass_state,
    wrote,
)

if TYPE_CHECKING:
    from ogp.data.model import Meeting


@click.command()
@click.argument("meeting", required=False)
@all_option("meeting's agenda (agenda-MEETING.md)")
@format_option("agenda")
@lang_option()
@output_or_folder_option()
@pass_state
def agenda(
    state: State,
    meeting: str | None,
    all_: bool,
    fmt: str | None,
    lang: str,
    output: str | None,
    force: bool,
) -> None:
    """The agenda of MEETING (its id, or its number) as a running order with times.

    The status round is expanded: each reporting agency, its commitments and its
    minutes; shared commitments whose owners have not agreed who reports are
    listed under the owners jointly. Times are computed only as far as the data
    gives durations. The agenda is a document to send: what only its sender
    needs (which items have no duration, whether it overruns the meeting) is
    said on standard error, as ogp validate says it, and never in the agenda.
    pdf (tagged, page numbers) needs the extra: pip install 'ogp[pdf]'.
    With --all, one agenda per meeting into the folder -o DIR, or none.
    """
    from ogp.data import dataset
    from ogp.data.lookup import pick_meeting
    from ogp.documents import agenda as core
    from ogp.output import registry

    if all_:
        from ogp.output import batch

        chosen = choose_format("agenda", fmt, None)
        render = registry.renderer("agenda", chosen)
        ctx = state.context_for(output, lang)
        data = dataset.load(state.data_dir)
        warnings: list[str] = []
        notes: list[str] = []

        def one(m: Meeting) -> str | bytes:
            doc = core.build(data, m, lang=lang)
            # each said with the meeting it is about (as calendar --all says them)
            warnings.extend(f"{m.id}: {w}" for w in doc.warnings)
            notes.extend(f"{m.id}: {n}" for n in doc.notes)
            return render(doc, ctx)  # type: ignore[no-any-return]

        written = state.publish_all(
            data.meetings,
            name=lambda m: batch.safe_name(f"agenda-{m.id}", suffix=chosen),
            render=one,
            output=output,
            force=force,
            what="meeting",
            argument=meeting,
            label=lambda m: m.id,
        )
        for w in warnings:
            click.echo(f"warning: {w}", err=True)
        for note in notes:
            click.echo(f"note: {note}", err=True)
        wrote(written, ("agenda", "agendas"), output)
        return
    if meeting is None:
        raise click.UsageError("give MEETING (an id or number), or --all -o DIR")
    data = dataset.load(state.data_dir)
    doc = core.build(data, pick_meeting(data, meeting), lang=lang)
    state.publish("agenda", doc, fmt=fmt, output=output, force=force, lang=lang)
    for w in doc.warnings:
        click.echo(f"warning: {w}", err=True)
    for n in doc.notes:
        click.echo(f"note: {n}", err=True)
