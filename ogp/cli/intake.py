"""ogp intake and ogp record: status reports into the data, every other byte kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ogp.cli.common import GivenPath, HelpLater, State, pass_state
from ogp.cli.form import round_option

if TYPE_CHECKING:
    from ogp.data.model import Dataset
    from ogp.documents.intake import Proposed


def _apply(
    state: State,
    old: Dataset,
    proposed: Sequence[tuple[str, dict[str, Any]]],
    *,
    dry_run: bool,
    rows: Sequence[Proposed],
) -> None:
    """Say in the words of `ogp diff` what the reports change; write them unless dry_run.
    ``rows``: the forms' rows that gave ``proposed`` (one each), where their problems go."""
    from ogp.data import dataset
    from ogp.data.writeback import commit, plan
    from ogp.documents.diff import compare
    from ogp.documents.intake import status_edits

    data_dir = state.data_dir
    path = data_dir / "commitments.yaml"
    order, edits = status_edits(old, proposed)
    rows = [rows[i] for i in order]  # each edit's row, in the edits' order
    change = plan(path, edits, dataset.display_path(path))
    if not change.changed:
        click.echo("nothing to change: the data holds these status reports already", err=True)
        return
    from ogp.data.schema.files import FILES
    from ogp.data.writeback import CheckFailed

    # the whole data set, validated with the new text in place (the check of commit())
    texts = {
        spec.name: (change.after if spec.name == "commitments.yaml" else p.read_bytes())
        for spec in FILES.values()
        if (p := data_dir / spec.name).exists()
    }
    new = dataset.read_texts(texts, dataset.display_path(data_dir) + "/")
    from ogp.documents.intake import placed

    made = {id(e) for e in change.applied}  # the edits that add a report
    added = [row for row, e in zip(rows, edits, strict=True) if id(e) in made]
    if new.errors:
        raise CheckFailed(placed(new.errors, old, added, change.after, change.display))
    for line in compare(old, new.data):
        click.echo(str(line))
    # what validate would warn of in the reports taken in (not the data's own warnings)
    for problem in placed(new.warnings, old, added, change.after, change.display, only_added=True):
        click.echo(str(problem), err=True)
    if dry_run:
        click.echo(f"dry run: {path} was not changed", err=True)
        return
    commit([change])  # checked above; commit still refuses a file changed meanwhile
    n = len(change.applied)
    click.echo(f"added {n} status report{'s' if n != 1 else ''} to {change.display}", err=True)


@click.command()
@click.argument("files", nargs=-1, required=True, type=GivenPath(reads="file", path_type=Path))
@click.option("--dry-run", is_flag=True, help="Say what would change; write nothing.")
@round_option()
@pass_state
def intake(state: State, files: tuple[Path, ...], dry_run: bool, round_id: str | None) -> None:
    """Take the filled-in status forms FILE... into the data.

    Reads each form (made by `ogp form`), checks every filled-in row, and says,
    in the words of `ogp diff`, what it would change (each report with its
    evidence links, challenges and next steps). Without --dry-run it then
    adds the status reports to commitments.yaml: every other byte of the file
    stays as it was, the whole data set must validate first, the file is
    replaced atomically, and a file changed meanwhile is not overwritten.
    Taking in the same form twice changes nothing. Any problem (a status not on
    the list, a date that is not a date, a formula, a commitment the agency does
    not report on, values in a hidden row or column, a form for another data set
    or round, a sheet of the form renamed, a file that is not a workbook, macros,
    a zip bomb) is reported at FILE:Sheet!CELL, and nothing is written.
    """
    from ogp.data import dataset
    from ogp.documents import intake as core
    from ogp.documents.form import pick_round

    data = dataset.load(state.data_dir)
    round_ = pick_round(data, dt.date.today(), round_id)
    problems = []
    proposed: list[tuple[str, dict[str, Any]]] = []
    rows: list[core.Proposed] = []
    for f in files:
        result = core.read(f, data, round_, display=str(f), today=dt.date.today())
        problems.extend(result.problems)
        proposed.extend((p.commitment, p.report) for p in result.proposed)
        rows.extend(result.proposed)
    if problems:
        raise core.FormInvalid(problems)
    if not proposed:
        click.echo("the form(s) hold no filled-in row; nothing to change", err=True)
        return
    _apply(state, data, proposed, dry_run=dry_run, rows=rows)


def _level_help() -> str:
    from ogp.text.formwords import level_choices

    ids, norwegian = level_choices()
    return (
        f"The completion level: {ids}; or as the status form words it, in Norwegian "
        f"({norwegian}) or English."
    )


@click.command()
@click.argument("commitment")
@click.option("--level", required=True, cls=HelpLater, help_from=_level_help)
@click.option(
    "--date",
    "date_text",
    metavar="DATE",
    help="Its date (2014-06-13 or 13.06.2014) [default with --meeting: the meeting's day].",
)
@click.option("--meeting", metavar="MEETING", help="The meeting where it was reported.")
@click.option("--source", metavar="TEXT", help="The report or document it comes from.")
@click.option("--note", metavar="TEXT", help="What was reported.")
@click.option(
    "--evidence",
    metavar="TEXT",
    multiple=True,
    help="Evidence: its title, then its link (https), as a form's line: "
    "'Rapport https://...'; a link alone; repeatable.",
)
@click.option("--milestone", metavar="ID", help="The commitment's milestone it is about.")
@click.option("--reported-by", metavar="AGENCY", help="The agency that reported it.")
@click.option("--dry-run", is_flag=True, help="Say what would change; write nothing.")
@pass_state
def record(
    state: State,
    commitment: str,
    level: str,
    date_text: str | None,
    meeting: str | None,
    source: str | None,
    note: str | None,
    evidence: tuple[str, ...],
    milestone: str | None,
    reported_by: str | None,
    dry_run: bool,
) -> None:
    """Add a status report on COMMITMENT to the data, as `ogp intake` does from a form.

    Give where it was reported: --meeting M (the report bears the meeting's
    date: --date may be left out), --source TEXT, or both (a report given at a
    meeting, from a document). The same writer as intake: every other byte of
    commitments.yaml stays, the data must validate, the write is atomic, and
    the same report twice changes nothing.
    """
    from ogp.data import dataset
    from ogp.data.lookup import pick_meeting, resolve_agency
    from ogp.data.schema.values import date as date_rule
    from ogp.data.schema.values.invalid import Invalid, said
    from ogp.errors import OgpError
    from ogp.text.formwords import level_choices, level_of

    if meeting is None and source is None:  # a report may name both (status-source)
        raise click.UsageError(
            "give where it was reported: --meeting MEETING, --source TEXT, or both"
        )
    if date_text is None and meeting is None:
        raise click.UsageError("give the report's --date (with --meeting, it is the meeting's)")
    data = dataset.load(state.data_dir)
    at = pick_meeting(data, meeting) if meeting is not None else None
    if date_text is None:
        assert at is not None
        date_text = at.date.isoformat()  # a report given at a meeting bears its day
    if commitment not in data.commitment_by_id:
        known = ", ".join(c.id for c in data.commitments_in_plan_order()[:8])
        raise OgpError(f"unknown commitment '{commitment}'", hint=f"commitments: {known}, ...")
    found = level_of(level)
    if found is None:
        ids, norwegian = level_choices()
        raise click.BadParameter(
            f"'{level}' is not a level; use {ids} (or in Norwegian: {norwegian})",
            param_hint="--level",
        )
    # a value that is no date or web address at all is a usage error, as a level that is
    # none is (exit 2, as register's and status's dates); a real day the plan cannot
    # have (below) is wrong input for this data (exit 1)
    try:
        when = date_rule.typed(date_text)  # as register's --date
    except Invalid as exc:
        raise click.BadParameter(said(exc), param_hint="--date") from None
    from ogp.documents.intake import evidence_of

    given: list[tuple[str, str]] = []
    for line in evidence:
        try:
            given.append(evidence_of(line.strip(), "option"))
        except Invalid as exc:
            raise click.BadParameter(str(exc), param_hint="--evidence") from None
    from ogp.data.rules.status_date import implausible

    why = implausible(when, data.plan, dt.date.today())
    if why is not None:
        raise OgpError(f"--date {date_text} is {why}", hint="check the year")
    report: dict[str, Any] = {"date": when.isoformat(), "level": found.value}
    if at is not None:
        report["meeting"] = at.id
    if source is not None:
        report["source"] = source
    if milestone:
        report["milestone"] = milestone
    if note:
        report["note"] = note
    if evidence:
        report["evidence"] = [{"title": title, "url": link} for title, link in given]
    if reported_by:
        report["reported_by"] = resolve_agency(data, reported_by)
    from ogp.data.problems import Pos
    from ogp.documents.intake import Proposed

    # a problem of the report given here is the command line's, not a line of the file
    row = Proposed(commitment, report, "ogp record", Pos("ogp record"))
    _apply(state, data, [(commitment, report)], dry_run=dry_run, rows=[row])
