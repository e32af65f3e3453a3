"""ogp status."""

from __future__ import annotations

import click

from ogp.cli.common import State, document_options, pass_state


@click.command()
@click.option(
    "--agency",
    metavar="ID",
    help="Only the commitments this agency owns or helps with (its id or short name, any case).",
)
@document_options("status")
@pass_state
def status(
    state: State, agency: str | None, fmt: str | None, lang: str, output: str | None, force: bool
) -> None:
    """Where every commitment stands: owners, reporter, latest status and its date.

    A table on a terminal (plain text when piped or with NO_COLOR), with a
    count per level under it. Commitments come in plan order.
    """
    from ogp.data import dataset
    from ogp.data.lookup import resolve_agency
    from ogp.documents import status as core

    data = dataset.load(state.data_dir)
    agency_id = resolve_agency(data, agency) if agency is not None else None
    report = core.build(data, agency=agency_id, lang=lang)
    state.publish("status", report, fmt=fmt, output=output, force=force, lang=lang)
