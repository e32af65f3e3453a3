"""ogp form."""

from __future__ import annotations

import datetime as dt

import click

from ogp.cli.common import (
    Decorator,
    State,
    all_option,
    choose_format,
    lang_option,
    output_or_folder_option,
    pass_state,
    refuse_binary_to_terminal,
    wrote,
)
from ogp.output import registry


def round_option() -> Decorator:
    return click.option(
        "--round",
        "round_id",
        metavar="MEETING",
        help="The meeting the status round is for [default: the next meeting from today on, "
        "else the last one].",
    )


@click.command()
@click.argument("agency", required=False)
@all_option("reporting agency (AGENCY.xlsx)")
@lang_option()
@round_option()
@output_or_folder_option()
@pass_state
def form(
    state: State,
    agency: str | None,
    all_: bool,
    lang: str,
    round_id: str | None,
    output: str | None,
    force: bool,
) -> None:
    """The status form (.xlsx) for AGENCY to fill in, or with --all one per reporting agency.

    One row per commitment the agency reports on, and per milestone: id, title,
    current status and its date (locked), then the cells to fill in: the new
    status from a drop-down list in the form's language, the date (a date
    cell), what was done, evidence links, challenges, next steps. A shared
    commitment whose owners have not agreed who reports is in each owner's
    form, marked so. An instructions sheet says who, by when, and what each
    level means on the IRM's scale. The sheets are protected but for the input
    cells; the workbook keeps the agency, the round, the form's version and a
    fingerprint of the data set, so that `ogp intake` knows what came back.
    With --all, nothing is written unless every form can be made.
    """
    from ogp.data import dataset
    from ogp.data.formspec import reporting_agencies
    from ogp.data.lookup import resolve_agency
    from ogp.documents import form as core
    from ogp.output import batch

    data = dataset.load(state.data_dir)
    today = dt.date.today()
    render = registry.renderer("form", "xlsx")
    if all_:
        n = state.publish_all(
            reporting_agencies(data),
            name=lambda a: batch.safe_name(a, suffix="xlsx"),
            render=lambda a: render(core.build(data, a, lang=lang, today=today, round_id=round_id)),
            output=output,
            force=force,
            what="agency",
            argument=agency,
        )
        wrote(n, ("form", "forms"), output)
        return
    if agency is None:
        raise click.UsageError("give AGENCY (its id or short name), or --all -o DIR")
    agency_id = resolve_agency(data, agency)
    if output is None:
        example = batch.safe_name(agency_id, suffix="xlsx")
        raise click.UsageError(f"give the file to write with -o, e.g. -o {example}")
    choose_format("form", None, output)  # 'kmd.pdf' asks for what a form is not
    refuse_binary_to_terminal("xlsx", output)
    built = core.build(data, agency_id, lang=lang, today=today, round_id=round_id)
    if not built.rows:
        from ogp.errors import OgpError

        raise OgpError(
            f"{built.agency_name} reports on no commitment, so it has no form",
            hint="'ogp form --all -o DIR' makes one for each agency that reports",
        )
    state.emit(render(built), output, force=force)
