"""ogp validate."""

from __future__ import annotations

import click

from ogp import exitcodes
from ogp.cli.common import State, format_option, loading, output_option, pass_state
from ogp.output import registry


@click.command()
@format_option("validate", also="rules")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@click.option(
    "--list-rules",
    is_flag=True,
    help="Print every rule with its documentation (--format txt, md or json).",
)
@output_option()
@pass_state
def validate(
    state: State, fmt: str | None, strict: bool, list_rules: bool, output: str | None, force: bool
) -> None:
    """Check the data: every problem, at file:line:column, sorted.

    Exit status 0 when the data is valid, 1 when there is an error (or, with
    --strict, a warning). --format github prints GitHub Actions annotations.
    """
    if list_rules:
        from ogp.data.rules import documentation

        state.publish("rules", documentation(), fmt=fmt, output=output, force=force)
        return
    if fmt and registry.canonical(fmt) not in registry.formats("validate"):
        raise click.UsageError(
            f"--format {fmt} is for --list-rules; the check's report is "
            f"{', '.join(registry.formats('validate'))}"
        )
    with loading():
        from ogp.data import private
        from ogp.data.dataset import read

    result = read(state.data_dir)
    # the registrations, when the private folder holds them: checked against the data
    # where the data is valid, else on their own
    found = private.read(state.private_dir(), result.data, rules=not result.errors)
    if found.file is not None:
        result.files.append(found.file)
        result.problems = sorted([*result.problems, *found.problems], key=lambda p: p.sort_key)
    result.strict = strict
    # (printed without templates: the template folders are not looked for)
    # a problem of the registrations may quote an e-mail address: personal data
    personal = bool(found.problems)
    state.publish(
        "validate", result, fmt=fmt, output=output, force=force, templates=False, personal=personal
    )
    if not result.ok():
        click.get_current_context().exit(exitcodes.DATA_ERROR)
