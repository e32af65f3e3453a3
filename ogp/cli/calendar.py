"""ogp calendar."""

from __future__ import annotations

from pathlib import Path
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
from ogp.output import registry

if TYPE_CHECKING:
    from ogp.data.model import Dataset, Meeting
    from ogp.documents.calendar import Invitation


def _complete_meeting(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Shell completion of MEETING: the meeting ids in the data folder."""
    from ogp.data import dataset
    from ogp.errors import OgpError

    data_dir = ctx.find_root().params.get("data_dir") or Path("data")
    try:
        meetings = dataset.read(data_dir).data.meetings
    except (OgpError, OSError):
        return []
    return [m.id for m in meetings if m.id.startswith(incomplete)]


@click.command()
@click.argument("meeting", required=False, shell_complete=_complete_meeting)
@all_option("meeting (MEETING.ics)")
@format_option("calendar")
@lang_option()
@output_or_folder_option()
@pass_state
def calendar(
    state: State,
    meeting: str | None,
    all_: bool,
    fmt: str | None,
    lang: str,
    output: str | None,
    force: bool,
) -> None:
    """The calendar invitation (.ics) to MEETING (its id, or its number).

    An RFC 5545 request with the meeting's local time (Europe/Oslo), venue,
    organizer (the registration contact), every invited agency that has an
    e-mail address as attendee (where people have registered, with ogp
    register, those people instead of their agency's mailbox), the agenda,
    and a reminder at 09:00 on the last day to register (never later than an
    hour before the meeting starts). The same data always gives the same file. A meeting that was
    moved (date, time or venue) is sent as an update: the same UID, SEQUENCE
    counting its moves in the git history of meetings.yaml, DTSTAMP the time
    of the last move (an uncommitted move counts, stamped with the file's
    modification time); without git, SEQUENCE is 0. With --all, nothing is
    written unless every meeting has an invitation.
    """
    from ogp.data import dataset, private
    from ogp.data.history import meeting_revisions
    from ogp.data.lookup import pick_meeting
    from ogp.documents import calendar as core

    data = dataset.load(state.data_dir)
    # the people registered are invited in person (personal data: the file is sent, not
    # published)
    registrants = private.load(state.private_dir(), data)
    moved = meeting_revisions(state.data_dir)
    fmt = choose_format("calendar", fmt, None if all_ else output)
    render = registry.renderer("calendar", fmt)
    if all_:
        from ogp.output import batch

        invitations: list[Invitation] = []
        ctx = state.context_for(output, lang)

        def one(m: Meeting) -> str | bytes:
            # every invitation is made before any file is written: a meeting that
            # cannot have one stops the run with nothing written
            invitations.append(core.invitation(data, m, lang, moved.get(m.id), registrants))
            return render(invitations[-1], ctx)  # type: ignore[no-any-return]

        n = state.publish_all(
            data.meetings,
            name=lambda m: batch.safe_name(m.id, suffix="ics"),
            render=one,
            output=output,
            force=force,
            what="meeting",
            argument=meeting,
            label=lambda m: m.id,
            personal=bool(registrants),  # some invitations may name people
        )
        for invitation in invitations:
            _note(invitation, data)
        wrote(n, ("calendar invitation", "calendar invitations"), output)
        return
    if meeting is None:
        raise click.UsageError("give MEETING (an id or number), or --all -o DIR")
    picked = pick_meeting(data, meeting)
    invitation = core.invitation(data, picked, lang, moved.get(picked.id), registrants)
    state.emit(
        render(invitation, state.context_for(output, lang)),
        output,
        force=force,
        personal=bool(invitation.people),
    )
    _note(invitation, data)


def _note(invitation: Invitation, data: Dataset) -> None:
    """Say on standard error whom the invitation names, and whom it could not reach."""
    from ogp.data.problems import listed

    if invitation.people:
        click.echo(
            f"note: {invitation.meeting.id}: invites {len(invitation.people)} registered "
            "people in person (their agencies' mailboxes are left out); the file names "
            "them: send it, do not publish it",
            err=True,
        )
    if not invitation.without_email:
        return
    names = listed(
        [
            data.agency_by_id[a].label if a in data.agency_by_id else a
            for a in invitation.without_email
        ],
        10,
    )
    method = "" if invitation.method == "REQUEST" else " (so it is published, not sent)"
    click.echo(
        f"note: {invitation.meeting.id}: {len(invitation.without_email)} invited "
        f"have no e-mail address and are not attendees{method}: {names}",
        err=True,
    )
