"""The private folder: personal data kept apart from the plan.

The people who register for meetings (their names and e-mail addresses) are
personal data. The plan's data folder may be a public repository, and what
ogp publishes (the site, its feeds and exports, the public minutes, ``ogp
diff``) may be read by anyone, so registrations live elsewhere: in
``private/registrations.yaml`` beside the data folder by default (``--private
DIR``, or ``OGP_PRIVATE``). When ogp makes that file it writes a
``.gitignore`` into the folder that keeps the whole folder out of git; a user
who wants it in a (private) repository deletes that file, and ogp does not
write it again once the registrations exist.

The file is read through the one strict loader with its schema
(``ogp.data.schema.files.PRIVATE_FILES``) and checked by the rules in
``ogp.data.rules.PRIVATE_RULES``, problems at file:line:column like the data's.
Only the commands that do not publish render it: ``validate``, ``register``,
``attended``, ``attendees``, ``calendar`` and ``minutes --with-names`` (and
``minutes --draft``, which writes counts, never names, into the data). The
commands that publish minutes (``minutes``, ``site``) read it only to warn, on
standard error, of a registrant named in them (:func:`named_in_minutes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import field
from pathlib import Path

from ogp.data.dataset import display_path, load_one
from ogp.data.model import Dataset, Meeting, Registrant
from ogp.data.problems import Problem, Severity
from ogp.data.records import compiled
from ogp.data.rules import run_private
from ogp.data.rules.facts import Facts
from ogp.data.schema.files import PRIVATE_FILES
from ogp.data.schema.types import INVALID, Ctx
from ogp.data.yamlload import checked, gc_paused, read_file
from ogp.errors import DataInvalid, OgpError

FOLDER = "private"
SPEC = PRIVATE_FILES["registrations"]
GITIGNORE = """\
# Written by ogp. This folder holds personal data: the names and e-mail addresses of
# the people who register for meetings. It is kept out of git, so that it never goes
# into the plan's repository (which may be public). To keep it in a private repository
# of its own, delete this file; ogp will not write it again.
*
"""
HEADER = """\
# yaml-language-server: $schema=../schemas/registrations.schema.json
#
# Registrations for meetings: personal data (names and e-mail addresses), kept apart
# from the plan and never published. Written by 'ogp register'; check it with
# 'ogp validate'. Each entry: meeting, name, agency, email, date (received), and
# note and attended where known.
"""


def folder(data_dir: Path, given: Path | None = None) -> Path:
    """The private folder: the one given, else ``private/`` beside the data folder.

    Refused when it is the data folder or inside it (the data may be published),
    or holds the data folder.
    """
    where = given if given is not None else data_dir.absolute().parent / FOLDER
    mine, data = where.absolute().resolve(), data_dir.absolute().resolve()
    if mine == data or data in mine.parents or mine in data.parents:
        raise OgpError(
            f"the private folder {where} {'holds' if mine in data.parents else 'is in'} the "
            f"data folder {data_dir}: registrations must be kept apart from the plan",
            hint="give --private a folder outside the data folder (the default is private/ "
            "beside it)",
        )
    if where.exists() and not where.is_dir():  # not taken for a folder of no registrations
        raise OgpError(
            f"the private folder {where} is not a folder",
            hint="give --private the folder that holds registrations.yaml (the default is "
            "private/ beside the data folder)",
        )
    return where


def registrations_file(private_dir: Path) -> Path:
    return private_dir / SPEC.name


@compiled
class PrivateResult:
    """What reading and checking the private folder found."""

    registrants: list[Registrant] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    file: str | None = None  # its name as shown, when it is there

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def read(private_dir: Path, data: Dataset, *, rules: bool = True) -> PrivateResult:
    """Read and check the registrations against ``data``; nothing when the file is not there.

    ``rules=False`` checks the file alone (the data has errors of its own, against
    which the registrations cannot be checked).
    """
    path = registrations_file(private_dir)
    if not (path.exists() or path.is_symlink()):
        return PrivateResult()
    name = display_path(path)
    return _check(lambda: read_file(path, name), name, data, rules)


def check_bytes(content: bytes, name: str, data: Dataset) -> PrivateResult:
    """Check the registrations file's would-be text (before the writer writes it)."""
    return _check(lambda: checked(content, name), name, data, True)


def _check(content: Callable[[], bytes], name: str, data: Dataset, rules: bool) -> PrivateResult:
    ctx = Ctx()
    with gc_paused():
        value = load_one(SPEC, name, content, ctx)
    registrants: list[Registrant] = []
    if value is not INVALID and value is not None:
        registrants = value.get("registrations", [])
    problems = list(ctx.problems)
    if rules and not any(p.severity is Severity.ERROR for p in problems):
        problems += run_private(Facts(data, registrants=registrants))
    problems.sort(key=lambda p: p.sort_key)
    return PrivateResult(registrants, problems, name)


def load(private_dir: Path, data: Dataset) -> list[Registrant]:
    """The registrations, for commands that need them valid: errors raise DataInvalid."""
    result = read(private_dir, data)
    if result.errors:
        raise DataInvalid(result.problems)
    return result.registrants


def named_in_minutes(
    private_dir: Path, data: Dataset, meetings: Iterable[Meeting] | None = None
) -> list[Problem]:
    """Before public minutes are made (``ogp minutes``, ``ogp site``): where registrations
    are kept, the warnings of the rule named-in-minutes for the minutes of ``meetings``
    (every meeting's by default). Nothing where there are none, or where they cannot be
    read (``ogp validate`` says why); the registrations are read, never published."""
    from ogp.data.rules import named_in_minutes as rule

    result = read(private_dir, data, rules=False)
    if not result.registrants or result.errors:
        return []
    chosen = data.meetings if meetings is None else meetings
    return list(rule.in_minutes(data, result.registrants, chosen))


def for_meeting(registrants: list[Registrant], meeting_id: str) -> list[Registrant]:
    return [r for r in registrants if r.meeting == meeting_id]


def same_person(a: Registrant, email: str) -> bool:
    """One person is one e-mail address, whatever its case."""
    return a.email.casefold() == email.casefold()
