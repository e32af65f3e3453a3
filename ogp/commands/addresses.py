"""ogp addresses."""

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
@click.argument("letter", required=False)
@format_option("addresses", "md")
@lang_option()
@output_option()
@pass_state
def addresses(state: State, letter: str | None, fmt: str | None, lang: str,
              output: str | None, force: bool) -> None:
    """The distribution list of LETTER: recipients with postal addresses, and the copy-to.

    Recipients without a postal address, or without postcode and town, are
    marked. The CSV quotes every field (postcodes are written as text, "0030";
    import that column as text in a spreadsheet) and no cell can start a formula.
    """
    from ogp import addresses as core
    from ogp import dataset
    from ogp.letter import pick_letter

    data = dataset.load(state.data_dir)
    doc = core.build(data, pick_letter(data, letter), lang=lang)
    fmt = choose_format("addresses", fmt, output, "md")
    render = registry.renderer("addresses", fmt)
    emit(render(doc, state.context_for(output, lang)), output, force=force)
