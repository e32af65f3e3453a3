"""ogp minutes."""

from __future__ import annotations

import click

from ogp.cli.common import State, document_options, pass_state, suffix_format


@click.command()
@click.argument("meeting")
@click.option(
    "--with-names",
    is_flag=True,
    help="Add the names of the people who came (from the private folder): for internal "
    "use only, never to publish.",
)
@click.option(
    "--draft",
    is_flag=True,
    help="Print the 'minutes:' to fill in under the meeting in meetings.yaml: one entry per "
    "agenda item, and the counts of the attendance recorded.",
)
@document_options("minutes")
@pass_state
def minutes(
    state: State,
    meeting: str,
    with_names: bool,
    draft: bool,
    fmt: str | None,
    lang: str,
    output: str | None,
    force: bool,
) -> None:
    """The minutes of MEETING (its id or number), from the data.

    The meeting, date, place and chair; who was there (organisations and
    counts); each agenda item with its notes and decisions; the status
    reported on each commitment at the meeting; the actions (who, what, by
    when) and the next meeting. The text is public data: 'minutes:' under the
    meeting in meetings.yaml; --draft gives a skeleton to fill in. Names of
    people appear only with --with-names.
    """
    from ogp.data import dataset, private
    from ogp.data.lookup import pick_meeting
    from ogp.documents import minutes as core

    data = dataset.load(state.data_dir)
    the_meeting = pick_meeting(data, meeting)
    if draft:
        if with_names or fmt:
            raise click.UsageError("--draft prints YAML; it takes no --format or --with-names")
        asked = suffix_format(output) if output is not None else None
        if asked not in (None, "txt"):
            raise click.UsageError(
                f"--draft prints YAML, not the {asked} that '{output}' names; "
                "write it to a .yaml file, or to standard output"
            )
        registrants = private.load(state.private_dir(), data)
        if the_meeting.minutes is not None:
            click.echo(
                f"note: meeting {the_meeting.id} has minutes already ({the_meeting.minutes.pos}); "
                "this is a fresh draft",
                err=True,
            )
        counts = core.attendance_counts(the_meeting, registrants)
        state.emit(core.draft(the_meeting, counts, lang=lang), output, force=force)
        return
    names = private.load(state.private_dir(), data) if with_names else None
    if not with_names:  # the public minutes
        state.warn_of_names_in_minutes(data, [the_meeting])
    doc = core.build(data, the_meeting, lang, names=names)
    state.publish(
        "minutes", doc, fmt=fmt, output=output, force=force, lang=lang, personal=with_names
    )
    if with_names:
        click.echo("note: these minutes name people: for internal use, do not publish", err=True)
    if the_meeting.minutes is None:  # what to do is said to the one who runs ogp, not in print
        click.echo(
            f"note: meeting {the_meeting.id} has no minutes in the data yet; "
            f"'ogp minutes {the_meeting.id} --draft' gives a draft to fill in in meetings.yaml",
            err=True,
        )
