"""ogp site."""

from __future__ import annotations

from pathlib import Path

import click

from ogp.cli.common import GivenPath, State, page_progress, pass_state


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from ogp.documents.site import safe_url

    if not value.lower().startswith(("http://", "https://")) or safe_url(value) is None:
        raise click.BadParameter(
            f"'{value}' is not a web address; give the site's address, e.g. "
            "https://example.github.io/ogp/"
        )
    return value


@click.command()
@click.option(
    "-o",
    "--output",
    "output",
    type=GivenPath(file_okay=False, path_type=Path),
    required=True,
    help="The folder to write the site into (made if missing; an existing site is replaced "
    "only with --force).",
)
@click.option(
    "--base-url",
    metavar="URL",
    callback=_base_url,
    help="Where the site will be published, e.g. https://example.github.io/ogp/ (for the "
    "feed's and pages' absolute links; without it every link is relative).",
)
@click.option(
    "--pdf/--no-pdf",
    default=None,
    help="Include each letter as PDF, which needs WeasyPrint (the pdf extra). "
    "Without either: PDFs when WeasyPrint is installed, else a note and none.",
)
@click.option("--force", is_flag=True, help="Replace the site that is in the folder already.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Render the pages in this many processes (0: one per CPU; 1: in this one). "
    "The site is the same either way.",
)
@pass_state
def site(
    state: State, output: Path, base_url: str | None, pdf: bool | None, force: bool, jobs: int
) -> None:
    """The public OGP website and repository, as static files in the folder -o DIR.

    A front page (the plan, where every commitment stands, what is overdue and
    what is next), a page per commitment, agency and meeting, the timeline, the
    documents (letters as HTML and PDF, agendas, calendar files, the status
    overview), an accessibility statement, an Atom feed of the newest status
    changes and meetings, and the plan as JSON and CSV; in Norwegian and
    English. Serve the folder with any web server, e.g.
    `python -m http.server -d DIR`.
    """
    import datetime as dt

    from ogp.data import dataset, gitrev
    from ogp.documents import site as core
    from ogp.output import site as out

    state.check_target(output)
    for left in out.leftovers(output):
        click.echo(
            f"note: {left} was left beside {output} by an ogp site that did not finish; "
            "remove it once no ogp site is writing there",
            err=True,
        )
    if pdf is None:
        from ogp.output.pdf import available

        missing = available()
        pdf = missing is None
        if missing is not None:
            click.echo(
                f"note: the letters are left out as PDF ({missing.message}); {missing.hint}",
                err=True,
            )
    data = dataset.load(state.data_dir)
    state.warn_of_names_in_minutes(data)  # the site publishes every meeting's minutes
    doc = core.build(
        data,
        today=dt.date.today(),
        last_changed=gitrev.last_changed(state.data_dir),
        base_url=base_url,
        pdf=pdf,
    )
    with page_progress(len(doc.pages), "rendering pages") as advance:
        count = out.publish(
            output,
            doc,
            state.context_for(str(output / "index.html")),
            force=force,
            protected=state.protected,
            jobs=jobs,
            progress=advance,
        )
    click.echo(
        f"wrote {count} files into {output}; see it with: python -m http.server -d {output}",
        err=True,
    )
