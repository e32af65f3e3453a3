"""Options and state shared by the commands.

Every command writes through :class:`State`: ``publish`` for one document to
standard output or ``-o FILE``, ``publish_all`` for ``--all -o DIR`` (one file
per item), ``emit`` for bytes made otherwise. State knows the folders no output
may go into (:attr:`State.protected`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ogp.data.atomic import resolved
from ogp.errors import OgpError
from ogp.output import registry
from ogp.output.caches import RenderCaches
from ogp.output.context import OutputContext
from ogp.output.write import check_target, emit, is_stdout

if TYPE_CHECKING:
    from ogp.data.model import Dataset, Meeting

T = TypeVar("T")


class GivenPath(click.Path):
    """A path option or argument that refuses an empty value (wrong usage, exit 2).

    ``click.Path`` takes ``-o ''`` (a variable left empty in a script) as the
    current folder, so the command then writes into, or reads, what nobody named.
    ``reads``: it names an input, a "folder" or a "file", which the core checks is
    one (a file for a folder, a folder for a file, or nothing there is a wrong input,
    exit 1, as for every input ogp reads), not click (a usage error).
    """

    def __init__(self, *args: Any, reads: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reads = reads
        if reads is not None:
            self.file_okay = self.dir_okay = True
            self.name = "directory" if reads == "folder" else reads  # DIRECTORY, FILE

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            what = self.reads or (
                "folder"
                if not self.file_okay
                else "file"
                if not self.dir_okay
                else "file or folder"
            )
            dash = " ('-' is standard output)" if self.allow_dash else ""
            self.fail(f"is empty; give the name of a {what}{dash}", param, ctx)
        return super().convert(value, param, ctx)


class State:
    """What the group's options decided, handed to every command."""

    def __init__(
        self, data_dir: Path, templates: Path | None = None, private: Path | None = None
    ) -> None:
        self.data_dir = data_dir
        self.templates = templates
        self.private = private  # as given; see private_dir()
        self.caches = RenderCaches()  # compiled templates and PDF renderers, for this run only
        # outputs never overwrite the data or the templates
        self.protected: frozenset[Path] = frozenset(
            resolved(p)
            for p in (
                data_dir,
                data_dir.absolute().parent / "templates",
                *filter(None, [templates]),
            )
        )

    def private_dir(self) -> Path:
        """The folder of personal data (registrations): only commands that do not publish
        ask for it."""
        from ogp.data import private

        return private.folder(self.data_dir, self.private)

    def warn_of_names_in_minutes(
        self, data: Dataset, meetings: Sequence[Meeting] | None = None
    ) -> None:
        """Before public minutes are written (``minutes``, ``site``): a warning on standard
        error for each registrant they name, where registrations are kept and readable
        (their problems are ``ogp validate``'s to report)."""
        from ogp.data import private

        try:
            found = private.named_in_minutes(self.private_dir(), data, meetings)
        except OgpError:
            return
        for problem in found:
            click.echo(str(problem), err=True)

    def emit(
        self, text: str | bytes, output: str | Path | None, *, force: bool, personal: bool = False
    ) -> None:
        """Print ``text``, or write it to the file ``output`` (never into a protected folder;
        0600 when it holds ``personal`` data: registrants' names or e-mail addresses)."""
        emit(text, output, force=force, protected=self.protected, personal=personal)

    def check_target(self, path: Path) -> None:
        """Refuse a path inside the data or the templates, before any work is done."""
        check_target(path, self.protected)

    def all_folder(self, output: str | None, argument: str | None, what: str) -> Path:
        """The folder that ``--all -o DIR`` writes into (made when missing)."""
        if argument is not None or output is None or output == "-":
            raise click.UsageError(
                f"--all writes one file per {what} into -o DIR; give -o DIR and no single name"
            )
        folder = Path(output)
        self.check_target(folder)
        if folder.exists() and not folder.is_dir():
            raise OgpError(
                f"{folder} is a file, not a folder",
                hint=f"--all writes one file per {what} into a folder: give -o a "
                "folder's name (it is made if missing)",
            )
        return folder

    def publish_all(
        self,
        items: Sequence[T],
        *,
        name: Callable[[T], str],
        render: Callable[[T], str | bytes],
        output: str | None,
        force: bool,
        what: str,
        argument: str | None = None,
        label: Callable[[T], str] = str,
        then: Callable[[], None] | None = None,
        personal: bool = False,
    ) -> int:
        """One file per item into the folder ``-o DIR`` (``--all``), all of them or none.

        In order, before anything is written: the folder is checked (given, not a
        file, not inside the data or templates), the names (``name(item)``, e.g.
        ``batch.safe_name(id, suffix="ics")``) must differ, and existing files are
        refused without ``force``. Then ``then()`` (warnings about the items, which
        a refused folder would only bury), every item is rendered (a progress bar
        on a terminal), and only when all are, the files are written atomically
        together. ``argument`` is the single item named on the command line,
        which --all does not take; ``personal``: the files hold registrants' names or
        e-mail addresses (written 0600). Returns how many files were written.
        """
        from ogp.output import batch

        folder = self.all_folder(output, argument, what)
        paths = batch.targets(
            folder, [name(i) for i in items], force=force, protected=self.protected
        )
        if then is not None:
            then()
        rendered: list[tuple[Path, str | bytes]] = []
        with progress(len(items)) as advance:
            for path, item in zip(paths, items, strict=True):
                rendered.append((path, render(item)))
                advance(label(item))
        return batch.write_all(rendered, protected=self.protected, personal=personal)

    def context_for(
        self, output: str | None, lang: str = "nb", *, templates: bool = True
    ) -> OutputContext:
        """The renderer's context; ``templates=False`` for a document that no template
        renders (its template folders are not looked for, unless --templates names one,
        which is checked as always)."""
        stream = sys.stdout if is_stdout(output) else None
        ctx = OutputContext.for_stream(stream, lang)
        dirs = tuple(self.template_dirs()) if templates or self.templates is not None else ()
        return dataclasses.replace(ctx, template_dirs=dirs, caches=self.caches)

    def publish(
        self,
        document: str,
        payload: object,
        *,
        fmt: str | None,
        output: str | None,
        force: bool,
        lang: str = "nb",
        templates: bool = True,
        personal: bool = False,
    ) -> None:
        """Render ``payload`` as ``document`` in the chosen format and print or write it
        (``templates=False``: no format of the document is rendered by a template;
        ``personal``: it holds registrants' names or e-mail addresses, written 0600)."""
        fmt = choose_format(document, fmt, output)
        refuse_binary_to_terminal(fmt, output)
        render = registry.renderer(document, fmt)
        context = self.context_for(output, lang, templates=templates)
        self.emit(render(payload, context), output, force=force, personal=personal)

    def template_dirs(self) -> list[Path]:
        """Where templates are looked up: --templates, templates/ beside the data, ogp's own."""
        from ogp.output import templating

        return templating.search_path(self.data_dir, self.templates)


pass_state = click.make_pass_decorator(State)


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Pause the cyclic garbage collector while a command's modules are imported.

    What an import makes (modules, functions, classes, the schema's tables) lives
    as long as the process and holds no garbage, but every burst of allocations
    sets off a collection that walks it again: a few per cent of a short
    command's start-up. On resume, what was loaded goes to the oldest generation
    (freeze, then unfreeze), so that later collections pass it by.
    """
    if not gc.isenabled():  # already paused (by the caller, or while ogp.cli loads)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()


Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


class HelpLater(click.Option):
    """An option whose help is worked out when it is shown (``help_from``): from modules that
    ``ogp --help``, which loads every command's module, need not load."""

    def __init__(self, *args: Any, help_from: Callable[[], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help_from = help_from

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        if self.help is None:
            self.help = self.help_from()
        return super().get_help_record(ctx)


def lang_option(default: str = "nb") -> Decorator:
    return click.option(
        "--lang",
        type=click.Choice(["nb", "en"]),
        default=default,
        show_default=True,
        help="Language of the output: Norwegian bokmål (nb) or English (en).",
    )


def _with_force(option: Decorator) -> Decorator:
    force = click.option("--force", is_flag=True, help="Overwrite output files that exist.")
    return lambda f: option(force(f))


def output_option(
    help_text: str = "Write to this file instead of standard output "
    "('-' is standard output); an existing file is kept unless --force.",
) -> Decorator:
    """-o/--output FILE, and --force to overwrite it."""
    return _with_force(
        click.option(
            "-o",
            "--output",
            type=GivenPath(dir_okay=False, allow_dash=True),
            default=None,
            help=help_text,
        )
    )


class FormatChoice(click.Choice[str]):
    """A choice of formats that also takes the old names ('markdown', 'text') for the new.

    --help shows only the names of the one vocabulary; an alias converts to its name.
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and registry.canonical(value) in self.choices:
            value = registry.canonical(value)
        return super().convert(value, param, ctx)


def format_option(document: str, *, also: str | None = None) -> Decorator:
    """--format, defaulting to what the -o file's suffix says, else the document's first format.

    ``also``: a second document whose formats the option takes too (validate's
    --list-rules prints the "rules" document).
    """
    choices = registry.formats(document)
    only_also = ""
    if also is not None:
        extra = [f for f in registry.formats(also) if f not in choices]
        choices += extra
        # a format of the second document alone: say where it applies ("md only with
        # --list-rules")
        only_also = "".join(f"; {f} only with --list-{also}" for f in extra)
    return click.option(
        "--format",
        "fmt",
        type=FormatChoice(choices),
        default=None,
        help="Output format [default: from the -o file's suffix, else "
        f"{_default_words(document)}{only_also}].",
    )


def _default_words(document: str) -> str:
    default = registry.default_format(document)
    if _reads_as_text(document):
        return f"txt on a terminal, {default} when piped"
    return default


def _reads_as_text(document: str) -> bool:
    """Whether a terminal gets txt rather than the default md (no '17\\. mars' on screen)."""
    return registry.default_format(document) == "md" and "txt" in registry.formats(document)


def document_options(document: str, *, lang: bool = True) -> Decorator:
    """--format, --lang, -o/--output and --force: the options of a command printing a document."""
    decorators = [format_option(document), *([lang_option()] if lang else []), output_option()]

    def apply(f: Callable[..., Any]) -> Callable[..., Any]:
        for decorate in reversed(decorators):
            f = decorate(f)
        return f

    return apply


# File suffixes and the format names they stand for, in order of preference.
_SUFFIX_FORMATS = {
    ".md": ("md",),
    ".markdown": ("md",),
    ".txt": ("txt", "table"),
    ".text": ("txt", "table"),
    ".csv": ("csv",),
    ".json": ("json",),
    ".html": ("html",),
    ".htm": ("html",),
    ".pdf": ("pdf",),
    ".xlsx": ("xlsx",),
    ".ics": ("ics",),
}


def choose_format(document: str, fmt: str | None, output: str | None) -> str:
    """The format: --format if given, else the one the -o file's suffix names, else the default.

    A --format that the -o file's suffix contradicts (``--format pdf -o letter.html``)
    is a usage error, before anything is written.
    """
    known = registry.formats(document)
    suffix = "" if output is None or is_stdout(output) else Path(output).suffix.lower()
    if fmt:
        fmt = registry.canonical(fmt)
        if fmt not in known:
            raise click.UsageError(f"no format '{fmt}' here; use --format {', '.join(known)}")
        names = _SUFFIX_FORMATS.get(suffix, ())
        if names and fmt not in names:
            raise click.UsageError(
                f"--format {fmt} contradicts the file name '{output}' ({suffix} is "
                f"{names[0]}); change one of them"
            )
        return fmt
    default = registry.default_format(document)
    if not suffix:
        if is_stdout(output) and _reads_as_text(document) and sys.stdout.isatty():
            return "txt"  # Markdown's escapes are for a renderer, not for eyes
        return default
    names = _SUFFIX_FORMATS.get(suffix, ())
    for name in names:
        if name in known:
            return name
    if names:  # a format ogp knows, but not for this document ('addresses -o a.pdf')
        raise click.UsageError(
            f"'{output}' asks for {names[0]}, which this command does not make; "
            f"use {_choices(known)}"
        )
    raise click.UsageError(
        f"cannot tell the format from the file name '{output}'; use {_choices(known)}"
    )


def _choices(known: list[str]) -> str:
    """'--format (md, txt, csv), or a file name ending .md, .txt or .csv'; 'a file name
    ending .xlsx' for a document of one format."""
    first: dict[str, str] = {}  # each format's first suffix: .md, not also .markdown
    for suffix, names in _SUFFIX_FORMATS.items():
        if names[0] in known:
            first.setdefault(names[0], suffix)
    ends = list(first.values())
    if len(known) == 1 and ends:  # one format (a form, a calendar): its file name says it
        return f"a file name ending {ends[0]}"
    named = f", or a file name ending {_join_or(ends)}" if ends else ""
    return f"--format ({', '.join(known)}){named}"


def _join_or(items: list[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def suffix_format(output: str) -> str | None:
    """The format a file's name asks for ('a.pdf' → 'pdf'), or None (no suffix ogp knows,
    or standard output)."""
    if is_stdout(output):
        return None
    names = _SUFFIX_FORMATS.get(Path(output).suffix.lower(), ())
    return names[0] if names else None


BINARY_FORMATS = ("pdf", "xlsx")


def refuse_binary_to_terminal(fmt: str, output: str | None) -> None:
    """A PDF or a workbook is not for the terminal: say so before any work is done."""
    if fmt in BINARY_FORMATS and is_stdout(output) and sys.stdout.isatty():
        raise click.UsageError(
            f"{fmt} is not for the terminal: write it to a file, e.g. -o document.{fmt}"
        )


def wrote(n: int, thing: tuple[str, str], folder: str | None) -> None:
    """What ``--all -o DIR`` wrote, on standard error: 'wrote 14 forms to forms/'
    (``thing``: its word for one and for many)."""
    click.echo(f"wrote {n} {thing[0] if n == 1 else thing[1]} to {folder}", err=True)


def all_option(what: str) -> Decorator:
    return click.option(
        "--all", "all_", is_flag=True, help=f"Every {what}, one file each in the folder -o DIR."
    )


def output_or_folder_option() -> Decorator:
    return _with_force(
        click.option(
            "-o",
            "--output",
            type=GivenPath(allow_dash=True),
            default=None,
            help="Write to this file ('-' is standard output); with --all, into this folder. "
            "Existing files are kept unless --force.",
        )
    )


def _bar(*, auto_refresh: bool = True) -> Any:
    """The one look of ogp's progress bars: what, a bar, done of total, on standard error."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
        auto_refresh=auto_refresh,
    )


@contextlib.contextmanager
def progress(total: int) -> Iterator[Callable[[str], None]]:
    """A rich progress bar on standard error when it is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        yield lambda _name: None
        return
    bar = _bar()
    task = bar.add_task("rendering", total=total)
    with bar:
        yield lambda name: bar.update(task, advance=1, description=f"rendered {name}")


@contextlib.contextmanager
def page_progress(total: int, description: str) -> Iterator[Callable[[int], None]]:
    """A progress bar advanced by counts (``advance(50)``), drawn on each advance.

    Without a drawing thread (rich's ``auto_refresh=False``), so that the
    command may fork processes while it shows.
    """
    if not sys.stderr.isatty():
        yield lambda _n: None
        return
    bar = _bar(auto_refresh=False)
    task = bar.add_task(description, total=total)
    with bar:

        def advance(n: int) -> None:
            bar.update(task, advance=n)
            bar.refresh()

        yield advance
