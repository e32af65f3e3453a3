"""ogp attendees."""

from __future__ import annotations

import click

from ogp.cli.common import State, document_options, pass_state


@click.command()
@click.argument("meeting")
@document_options("attendees")
@pass_state
def attendees(
    state: State, meeting: str, fmt: str | None, lang: str, output: str | None, force: bool
) -> None:
    """The list for the reception desk at MEETING (its id or number).

    Everyone registered (from the private folder), sorted by surname, with
    their organisation, late registrations marked, and a column to tick who
    came; the count per organisation; a reminder to check identification; and
    the invited organisations from which no one has registered, with the
    deadline (for a reminder). Personal data: for internal use, never publish it.
    """
    from ogp.data import dataset, private
    from ogp.data.lookup import pick_meeting
    from ogp.documents import attendees as core

    data = dataset.load(state.data_dir)
    the_meeting = pick_meeting(data, meeting)
    registrants = private.load(state.private_dir(), data)
    doc = core.build(data, the_meeting, registrants, lang=lang)
    state.publish("attendees", doc, fmt=fmt, output=output, force=force, lang=lang, personal=True)
