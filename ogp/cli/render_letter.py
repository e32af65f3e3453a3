"""ogp render-letter."""

from __future__ import annotations

import click

from ogp.cli.common import (
    GivenPath,
    State,
    choose_format,
    format_option,
    lang_option,
    pass_state,
    refuse_binary_to_terminal,
    wrote,
)
from ogp.errors import OgpError
from ogp.output import registry
from ogp.output.write import is_stdout


@click.command("render-letter")
@click.argument("letter", required=False)
@click.option(
    "--to",
    "to",
    metavar="AGENCY",
    help="A personal letter to this recipient (its id "
    "or short name): its address instead of the list, and its own commitments.",
)
@click.option(
    "--all",
    "--each",
    "each",
    is_flag=True,
    help="One personal letter per recipient, written into the folder given with -o "
    "(--each is the same). "
    "Recipients that cannot be posted to (no address, postcode or town) are named on "
    "standard error; civil society, reached otherwise, is never among them.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="With --all: write nothing (exit 1) when a recipient cannot be posted to.",
)
@format_option("letter")
@lang_option()
@click.option(
    "-o",
    "--output",
    type=GivenPath(allow_dash=True),
    default=None,
    help="The file to write ('-' is standard output); with --all, the folder.",
)
@click.option("--force", is_flag=True, help="Overwrite files that exist.")
@pass_state
def render_letter(
    state: State,
    letter: str | None,
    to: str | None,
    each: bool,
    strict: bool,
    fmt: str | None,
    lang: str,
    output: str | None,
    force: bool,
) -> None:
    """Render the invitation letter LETTER (optional while the data holds one letter).

    Without --to or --all: the letter "Ifølge liste" with its annex of
    responsible agencies and its address list. The default format follows the
    -o file's suffix (.md, .txt, .html, .pdf). An existing file is not
    overwritten without --force. pdf needs the extra: pip install 'ogp[pdf]'.
    """
    from ogp.data import dataset, lookup
    from ogp.documents import letter as core

    if to is not None and each:
        raise click.UsageError("use either --to or --all, not both")
    if strict and not each:
        raise click.UsageError("--strict goes with --all: it checks every recipient's address")
    fmt = choose_format("letter", fmt, None if each else output)
    if each and is_stdout(output):
        raise click.UsageError("--all writes one file per recipient: name a folder with -o DIR")
    refuse_binary_to_terminal(fmt, None if each else output)
    data = dataset.load(state.data_dir)
    chosen = lookup.pick_letter(data, letter)
    render = registry.renderer("letter", fmt)
    ctx = state.context_for(None if each else output, lang)
    if not each:
        agency = lookup.resolve_recipient(data, chosen, to) if to is not None else None
        doc = core.build(data, chosen, to=agency, lang=lang)
        state.emit(render(doc, ctx), output, force=force)
        return

    from ogp.output import batch

    recipients = list(chosen.recipients)
    if not recipients:
        raise OgpError(
            f"letter {chosen.id} has no recipients, so --all has no letter to write",
            hint="add its recipients to letters.yaml",
        )

    def unpostable() -> None:  # said once the folder is known to take the letters
        cannot = core.unpostable(data, chosen)
        for agency_id, missing in cannot:
            name = data.agency_by_id[agency_id].name
            click.echo(f"warning: {name} ({agency_id}) cannot be posted to: {missing}", err=True)
        if cannot and strict:
            raise OgpError(
                f"{len(cannot)} of {len(recipients)} recipients cannot be posted to; "
                "no letter was written (--strict)",
                hint="add their addresses (postcode and town too) to agencies.yaml, "
                "or leave out --strict",
            )

    n = state.publish_all(
        recipients,
        name=lambda r: batch.safe_name(chosen.id, r, suffix=fmt),
        render=lambda r: render(core.build(data, chosen, to=r, lang=lang), ctx),
        output=output,
        force=force,
        what="recipient",
        then=unpostable,
    )
    wrote(n, ("letter", "letters"), output)
