"""The command line: the group, its global options, and errors mapped to exit codes in one place.

Exit status (:mod:`ogp.exitcodes`): 0 success, 1 the data or an input is
wrong (one clear message, never a traceback), 2 wrong usage (click's own),
3 a bug in ogp (the traceback only with OGP_DEBUG=1), 130 interrupted.
Each command lives in its own module in this package and stays thin: it parses
its options, calls the core, picks a renderer from :mod:`ogp.output.registry`
and writes with :func:`ogp.output.write.emit`. Heavy libraries are imported
inside the command, never at module level, so `ogp --help` and `ogp validate`
start fast. Only this package imports click.
"""

from __future__ import annotations

import gc

# Start-up: what ogp loads (click, then a command and the data layer) are objects that
# live as long as the process, with no garbage among them; the cyclic collector would
# walk them again and again while they load. It is paused while this package loads and
# while a command's modules load (ogp.cli.common.loading), a few per cent of the start-up
# of `ogp validate`.
_COLLECTING = gc.isenabled()
gc.disable()

import contextlib  # noqa: E402
import importlib  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import click  # noqa: E402

from ogp import __version__, exitcodes  # noqa: E402
from ogp.cli.common import GivenPath, State, loading  # noqa: E402
from ogp.errors import OgpError  # noqa: E402

# Each command: its name and the module of this package that defines it (as a
# function of the same name, dashes as underscores). A command's module is
# imported when the command is asked for, so `ogp validate` loads neither the
# other commands nor what they import; `ogp --help` lists (and so loads) them all.
COMMANDS: dict[str, str] = {
    "validate": "validate",
    "status": "status",
    "render-letter": "render_letter",
    "agenda": "agenda",
    "addresses": "addresses",
    "calendar": "calendar",
    "diff": "diff",
    "schema": "schema",
    "register": "register",
    "attended": "register",
    "attendees": "attendees",
    "minutes": "minutes",
    "form": "form",
    "intake": "intake",
    "record": "intake",
    "site": "site",
}


class OgpGroup(click.Group):
    """Turns the one error base class into a message and an exit status, in one place.

    Its commands (:data:`COMMANDS`) are loaded on first use, as in click's
    "lazily loading subcommands" pattern.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            with loading():
                module = importlib.import_module(f"ogp.cli.{COMMANDS[cmd_name]}")
            command = getattr(module, cmd_name.replace("-", "_"))
            assert isinstance(command, click.Command), cmd_name
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            # click suggests a close name from the commands loaded so far: offer them all
            no_such: Any = getattr(click.exceptions, "NoSuchCommand", None)
            if no_such is not None and isinstance(exc, no_such):
                names = self.list_commands(ctx)
                raise no_such(exc.command_name, possibilities=names, ctx=ctx) from None
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OgpError as exc:
            for line in exc.lines():
                click.echo(line, err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("error: interrupted; nothing half-written was left behind", err=True)
            ctx.exit(exitcodes.INTERRUPTED)
        except BrokenPipeError:  # piped into e.g. `head`, which stopped reading
            sys.stderr.close()
            ctx.exit(exitcodes.OK)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise  # click's own: --help, usage errors (exit 2)
        except Exception as exc:  # a bug in ogp, not the user's mistake
            if os.environ.get("OGP_DEBUG") == "1":
                import traceback

                traceback.print_exc()
            else:
                click.echo(
                    f"error: internal error in ogp ({type(exc).__name__}: {exc}); "
                    "please report it, with the command you ran "
                    "(OGP_DEBUG=1 shows the traceback)",
                    err=True,
                )
            ctx.exit(exitcodes.INTERNAL_ERROR)


@click.group(cls=OgpGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data",
    "data_dir",
    type=GivenPath(reads="folder", path_type=Path),
    default=Path("data"),
    show_default=True,
    envvar="OGP_DATA",
    help="The folder with agencies.yaml and commitments.yaml, and meetings.yaml and "
    "letters.yaml once there are any.",
)
@click.option(
    "--templates",
    "templates",
    type=GivenPath(reads="folder", path_type=Path),
    default=None,
    envvar="OGP_TEMPLATES",
    help="A folder of templates that override ogp's own, file by file (before templates/ "
    "beside the data folder).",
)
@click.option(
    "--private",
    "private_dir",
    type=GivenPath(reads="folder", path_type=Path),
    default=None,
    envvar="OGP_PRIVATE",
    help="The folder with personal data (registrations.yaml), kept apart from the plan "
    "and out of git [default: private/ beside the data folder]. Never published.",
)
@click.version_option(__version__, prog_name="ogp")
@click.pass_context
def cli(
    ctx: click.Context, data_dir: Path, templates: Path | None, private_dir: Path | None
) -> None:
    """Keep an OGP action plan as validated YAML, and render its documents.

    The data lives in a folder (default ./data). Start with `ogp status`;
    check the data with `ogp validate`.
    """
    ctx.obj = State(data_dir, templates, private_dir)


def main() -> None:
    """The ``ogp`` command: run it, then leave without tearing the interpreter down.

    Freeing every object one by one at exit (some 190 modules, the data, a site's
    pages) took 14 ms of the 89 of ``ogp validate`` on the bundled data, and about
    0.15 s at 5,000 commitments, and changes nothing: every file ogp writes is
    closed when its command returns, and a site's processes are joined. What is
    buffered for stdout and stderr is written first. (mypy leaves the same way.)
    Where a thread or a child process is still running (ogp starts none that
    outlive a command), Python's own exit waits for it as before.
    """
    try:
        cli(prog_name="ogp")
        code = exitcodes.OK
    except SystemExit as exc:
        code = _status(exc.code)
    code = _flush(code)
    if _still_running():
        sys.exit(code)
    os._exit(code)


def _flush(code: int) -> int:
    """Write what is buffered for stdout and stderr; the exit status after it.

    A stream that is not there (``2>&-``) or closed has nothing to write; a reader
    that has gone (``| head -1``) wants nothing more. Output that cannot be written
    (a full disk) fails a command that had succeeded, as Python's own exit does.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # the reader has gone; the stream is closed
            pass
        except OSError as exc:
            if code == exitcodes.OK:
                code = exitcodes.DATA_ERROR
                with contextlib.suppress(Exception):
                    os.write(2, f"error: cannot write the output: {exc.strerror or exc}\n".encode())
    return code


def _status(code: object) -> int:
    """The exit status of ``sys.exit(code)``, as Python gives it."""
    if code is None:
        return exitcodes.OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return exitcodes.DATA_ERROR


def _still_running() -> bool:
    """Whether a thread or a child process would keep Python's own exit waiting."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return True
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is not None and bool(multiprocessing.active_children())


if _COLLECTING:  # loaded: collect again (see the top), what was loaded as the oldest
    gc.freeze()
    gc.unfreeze()
    gc.enable()
