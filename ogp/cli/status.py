"""ogp status."""

from __future__ import annotations

import click

from ogp.cli.common import State, document_options, loading, pass_state


@click.command()
@click.option(
    "--agency",
    metavar="ID",
    help="Only the commitments this agency owns or helps with (its id or short name, any case).",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="YYYY-MM-DD",
    help="The day milestones' deadlines are judged on [default: today].",
)
@document_options("status")
@pass_state
def status(
    state: State,
    agency: str | None,
    as_of: str | None,
    fmt: str | None,
    lang: str,
    output: str | None,
    force: bool,
) -> None:
    """Where every commitment stands: owners, reporter, latest status and its date.

    With what was reported and where (meeting or source), milestones with
    their due dates (overdue ones red on a terminal, marked elsewhere, as of
    --as-of, default today), the latest evidence, the point of contact and the
    IRM's assessment ("did it open government?" in the table; every finding
    with its URL in json, csv and xlsx).

    A table on a terminal (without colours when NO_COLOR is set; plain text when
    piped), with a count per level under it. Commitments come in plan order.
    """
    with loading():
        from ogp.data import dataset
        from ogp.data.lookup import resolve_agency
        from ogp.documents import status as core

    today = None
    if as_of is not None:
        from ogp.data.schema.values import date as date_rule
        from ogp.data.schema.values.invalid import Invalid

        try:
            today = date_rule.parse(as_of)
        except Invalid as exc:
            raise click.BadParameter(str(exc), param_hint="--as-of") from None
    data = dataset.load(state.data_dir)
    agency_id = resolve_agency(data, agency) if agency is not None else None
    report = core.build(data, agency=agency_id, lang=lang, today=today)
    state.publish("status", report, fmt=fmt, output=output, force=force, lang=lang)
