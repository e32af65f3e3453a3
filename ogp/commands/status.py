"""ogp status."""

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
@click.option("--agency", metavar="ID", help="Only the commitments this agency owns or helps "
              "with (its id or short name, any case).")
@format_option("status", "table")
@lang_option()
@output_option()
@pass_state
def status(state: State, agency: str | None, fmt: str | None, lang: str, output: str | None,
           force: bool) -> None:
    """Where every commitment stands: owners, reporter, latest status and its date.

    A table on a terminal (plain text when piped or with NO_COLOR), with a
    count per level under it. Commitments come in plan order.
    """
    from ogp import dataset
    from ogp import status as core

    data = dataset.load(state.data_dir)
    agency_id = core.resolve_agency(data, agency) if agency else None
    report = core.build(data, agency=agency_id, lang=lang)
    fmt = choose_format("status", fmt, output, "table")
    render = registry.renderer("status", fmt)
    emit(render(report, state.context_for(output, lang)), output, force=force)
