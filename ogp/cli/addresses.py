"""ogp addresses."""

from __future__ import annotations

import click

from ogp.cli.common import State, document_options, pass_state


@click.command()
@click.argument("letter", required=False)
@document_options("addresses")
@pass_state
def addresses(
    state: State, letter: str | None, fmt: str | None, lang: str, output: str | None, force: bool
) -> None:
    """The distribution list of LETTER: recipients with postal addresses, and the copy-to.

    Recipients without a postal address, or without postcode and town, are
    marked. For a spreadsheet, xlsx keeps postcodes as text ("0030") and each
    address line in its own column; the CSV does too (address_1, address_2, …),
    starts with a UTF-8 BOM so that Excel reads Norwegian letters, and quotes
    every field. In neither can a cell start a formula.
    """
    from ogp.data import dataset
    from ogp.data.lookup import pick_letter
    from ogp.documents import addresses as core

    data = dataset.load(state.data_dir)
    doc = core.build(data, pick_letter(data, letter), lang=lang)
    state.publish("addresses", doc, fmt=fmt, output=output, force=force, lang=lang)
