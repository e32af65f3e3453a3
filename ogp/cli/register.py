"""ogp register and ogp attended: the people who come to a meeting (personal data)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ogp.cli.common import GivenPath, State, pass_state

if TYPE_CHECKING:
    from ogp.data.model import Meeting
    from ogp.data.register import Outcome


def _day(text: str | None, today: dt.date) -> dt.date:
    from ogp.data.schema.values.date import typed
    from ogp.data.schema.values.invalid import Invalid, said

    if text is None:
        return today
    try:
        return typed(text)
    except Invalid as exc:
        raise click.BadParameter(said(exc), param_hint="'--date'") from None


@click.command()
@click.argument("meeting")
@click.option("--name", help="The person's full name.")
@click.option("--agency", help="The organisation they come from: its id or short name (kud, Difi).")
@click.option("--email", help="Their e-mail address.")
@click.option(
    "--date",
    "day",
    metavar="DATE",
    help="When the registration came in (2014-03-05 or 05.03.2014) [default: today].",
)
@click.option("--note", help="A note: dietary needs, access, who registered them.")
@click.option(
    "--from",
    "from_file",
    type=GivenPath(reads="file", path_type=Path),
    help="Register everyone in a CSV file (from a form or a mailbox): a header row with "
    "name, agency and email columns (and date, note); ; , or tabs between fields; UTF-8, "
    "or Excel's Unicode text.",
)
@click.option(
    "--attended",
    is_flag=True,
    help="They came (someone who came without registering, or attendance on the day).",
)
@pass_state
def register(
    state: State,
    meeting: str,
    name: str | None,
    agency: str | None,
    email: str | None,
    day: str | None,
    note: str | None,
    from_file: Path | None,
    attended: bool,
) -> None:
    """Register a person (or a CSV list of people) for MEETING (its id or number).

    Registrations are personal data: they go into registrations.yaml in the
    private folder (private/ beside the data folder, or --private DIR), which
    ogp keeps out of git and never publishes. Each person must come from an
    organisation the meeting invites. A registration after the deadline (the
    letter's: e.g. 10 days before) is recorded and marked late; one dated
    after today, or after the meeting was held, is refused. The same
    e-mail address twice is one registration. One wrong person stops the run:
    nothing is written.
    """
    from ogp.data import dataset
    from ogp.data import register as core
    from ogp.data.lookup import pick_meeting

    data = dataset.load(state.data_dir)
    the_meeting = pick_meeting(data, meeting)
    today = dt.date.today()
    when = _day(day, today)
    if from_file is not None:
        if name or agency or email or note:
            raise click.UsageError("give either --from FILE.csv or --name/--agency/--email")
        people, ignored = core.read_csv(from_file, when)
        if ignored:
            click.echo(f"note: columns ignored: {', '.join(ignored)}", err=True)
        if attended:
            people = [core.Person(**{**p.__dict__, "attended": True}) for p in people]
    else:
        missing = [
            f"--{k}" for k, v in (("name", name), ("agency", agency), ("email", email)) if not v
        ]
        if missing:
            raise click.UsageError(f"give {', '.join(missing)} (or --from FILE.csv)")
        assert name is not None and agency is not None and email is not None
        people = [core.Person(name, agency, email, when, note, True if attended else None)]
    outcome = core.register(state.private_dir(), data, the_meeting, people, today)
    _say(outcome, the_meeting)


def _say(outcome: Outcome, meeting: Meeting) -> None:
    deadline = meeting.registration_deadline()
    for p, late in outcome.added:
        mark = f" (late: the deadline was {deadline.isoformat()})" if late and deadline else ""
        also = ", came" if p.attended else ""
        click.echo(f"registered {p.name} <{p.email.strip()}> for {meeting.id}{mark}{also}")
    for p, r in outcome.already:
        as_ = "" if r.name == " ".join(p.name.split()) else f" as {r.name}"
        click.echo(
            f"already registered{as_}: {r.email} for {meeting.id} ({r.pos}); one registration"
        )
    for p in outcome.repeated:
        click.echo(f"{p.where or 'input'}: {p.email.strip()} is in the list twice; registered once")
    for r, came in outcome.marked:
        click.echo(f"{r.name}: {'came' if came else 'did not come'}")
    if outcome.gitignore:
        click.echo(
            f"note: made {outcome.gitignore}, which keeps the private folder out of git",
            err=True,
        )
    if outcome.file and (outcome.added or outcome.marked):
        click.echo(f"wrote {outcome.file}", err=True)
    elif not outcome.added and not outcome.marked:
        click.echo("nothing changed", err=True)


@click.command()
@click.argument("meeting")
@click.argument("who", nargs=-1, required=True)
@click.option("--absent", is_flag=True, help="Record that they did not come.")
@pass_state
def attended(state: State, meeting: str, who: tuple[str, ...], absent: bool) -> None:
    """Record who came to MEETING: each WHO is a registered person's e-mail address or name.

    Sets 'attended: true' (with --absent, false) on their registration in the
    private folder; every other byte of the file stays. Someone who came
    without registering: ogp register MEETING --name ... --agency ... --email ...
    --attended. Public minutes give counts per organisation, never names
    (see ogp minutes --draft).
    """
    from ogp.data import dataset
    from ogp.data import register as core
    from ogp.data.lookup import pick_meeting

    data = dataset.load(state.data_dir)
    the_meeting = pick_meeting(data, meeting)
    outcome = core.attended(state.private_dir(), data, the_meeting, list(who), not absent)
    for r, came in outcome.unchanged:
        click.echo(f"{r.name}: already recorded as {'came' if came else 'did not come'}")
    _say(outcome, the_meeting)
