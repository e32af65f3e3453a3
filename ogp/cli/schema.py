"""ogp schema."""

from __future__ import annotations

import click

from ogp.cli.common import (
    State,
    all_option,
    choose_format,
    format_option,
    output_or_folder_option,
    pass_state,
    wrote,
)
from ogp.output import registry


def _names() -> list[str]:
    from ogp.data.schema.jsonschema import names  # imported only when used: `ogp --help` stays fast

    return names()


def _complete_name(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    return [n for n in _names() if n.startswith(incomplete)]


@click.command()
@click.argument("name", required=False, shell_complete=_complete_name)
@all_option("data file's schema (NAME.schema.json)")
@format_option("schema")
@output_or_folder_option()
@pass_state
def schema(
    state: State, name: str | None, all_: bool, fmt: str | None, output: str | None, force: bool
) -> None:
    """The JSON Schema (draft-07) of data file NAME, for editors.

    NAME is agencies, commitments, meetings or letters, or registrations (the
    private folder's).

    Generated from the same definitions `ogp validate` uses, so the two cannot
    drift. The repository ships them in schemas/, and each data file points at
    its schema on its first line:

        # yaml-language-server: $schema=../schemas/commitments.schema.json

    Regenerate the shipped ones with: ogp schema --all --force -o schemas
    """
    from ogp.data.schema import jsonschema as schema_export

    fmt = choose_format("schema", fmt, None if all_ else output)
    render = registry.renderer("schema", fmt)
    if all_:
        n = state.publish_all(
            _names(),
            name=schema_export.file_name,
            render=lambda each: render(schema_export.document(each), None),
            output=output,
            force=force,
            what="data file",
            argument=name,
        )
        wrote(n, ("schema", "schemas"), output)
        return
    if name is None or name not in _names():
        given = f"no data file '{name}'; " if name else ""
        raise click.UsageError(f"{given}give NAME ({', '.join(_names())}) or --all -o DIR")
    state.emit(render(schema_export.document(name), None), output, force=force)
