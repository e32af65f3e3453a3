"""No published output ever shows a registrant's name or e-mail address.

Three people are registered for meeting no. 1 (one late, one who came), then
every output meant for publication is built: the site (with its feed, its
JSON and CSV exports and calendar files), the status overview, the letters,
the agendas, the minutes without --with-names, the diff and the schemas. Each
is searched, as bytes and as text in a PDF, for every name and address. And
the commands that publish do not depend on the private folder: they are run
with a private file that would stop any command that needs it (the public
minutes and the site read it only to warn of a registrant they name). The
internal documents that do name people are written readable by their owner
only (0600), as the registrations are.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import DATA

Run = Callable[..., Result]

PEOPLE = [
    ("Kari Nordmann", "kud", "kari.nordmann@kud.dep.no", "2014-03-01"),
    ("Øystein Åsheim", "difi", "oystein.asheim@difi.no", "2014-03-09"),  # late
    ("Ingrid Sæbø", "fin", "ingrid.saebo@fin.dep.no", "2014-03-05"),
]
SECRETS = [s for name, _, email, _ in PEOPLE for s in (name, email, email.split("@")[0])]


def _publish_everything(run: Run, data: Path, out: Path) -> None:
    out.mkdir()
    commands: list[tuple[str | Path, ...]] = [
        ("site", "-o", out / "site", "--no-pdf"),
        ("status", "--format", "html", "-o", out / "status.html"),
        ("status", "--format", "csv", "-o", out / "status.csv"),
        ("status", "--format", "json", "-o", out / "status.json"),
        ("render-letter", "--each", "-o", out / "letters", "--format", "html"),
        ("render-letter", "-o", out / "letter.md"),
        ("agenda", "1", "-o", out / "agenda.html"),
        ("minutes", "1", "-o", out / "minutes.md"),
        ("minutes", "1", "--format", "html", "-o", out / "minutes.html"),
        ("minutes", "2", "--format", "txt", "-o", out / "minutes-2.txt"),
        ("schema", "--all", "-o", out / "schemas"),
        ("addresses", "--format", "csv", "-o", out / "addresses.csv"),
    ]
    for args in commands:
        result = run("--data", data, *args)
        assert result.exit_code == 0, (args, result.output)
    diff = run("--data", data, "diff", "HEAD", "--format", "md")
    assert diff.exit_code == 0, diff.output
    (out / "diff.md").write_text(diff.stdout, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path, run: Run) -> Path:
    shutil.copytree(DATA, tmp_path / "data")
    if shutil.which("git"):
        git = ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t"]
        subprocess.run([*git, "init", "-q"], check=True)
        subprocess.run([*git, "add", "data"], check=True)
        subprocess.run([*git, "commit", "-qm", "plan"], check=True)
    for name, agency, email, day in PEOPLE:
        result = run(
            "--data", tmp_path / "data", "register", "1", "--name", name, "--agency", agency,
            "--email", email, "--date", day,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    assert run("--data", tmp_path / "data", "attended", "1", PEOPLE[0][2]).exit_code == 0
    return tmp_path


def test_no_published_output_names_a_registrant(run: Run, project: Path) -> None:
    if not shutil.which("git"):
        pytest.skip("git is needed for ogp diff")
    out = project / "out"
    _publish_everything(run, project / "data", out)
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) > 20
    for path in files:
        data = path.read_bytes()
        text = data.decode("utf-8", errors="replace").casefold()
        for secret in SECRETS:
            assert secret.casefold() not in text, f"{secret} in {path.relative_to(out)}"
    # what the internal documents show, so the search above would have found it
    internal = run("--data", project / "data", "attendees", "1").stdout
    assert all(name in internal for name, _, _, _ in PEOPLE)


def test_the_publishing_commands_do_not_need_the_private_folder(run: Run, project: Path) -> None:
    if not shutil.which("git"):
        pytest.skip("git is needed for ogp diff")
    # a private file no command could read: any command that reads it fails
    (project / "private" / "registrations.yaml").write_text("registrations: [\n")
    assert run("--data", project / "data", "attendees", "1").exit_code == 1
    _publish_everything(run, project / "data", project / "out")  # every one succeeds


def test_minutes_name_people_only_when_asked(run: Run, project: Path) -> None:
    public = run("--data", project / "data", "minutes", "1").stdout
    assert "Kari Nordmann" not in public
    internal = run("--data", project / "data", "minutes", "1", "--with-names")
    assert "Kari Nordmann (KUD)" in internal.stdout  # she came
    assert "Ingrid Sæbø" not in internal.stdout  # registered, but attendance not recorded
    assert "do not publish" in internal.stderr
    # who came is recorded, the minutes' list of organisations not yet: never "not recorded"
    assert "Oppmøtet er ikke ført" not in internal.stdout
    assert "'ogp minutes mote-1 --draft' fyller det inn" in internal.stdout
    assert "Oppmøtet er ikke ført" in public


def test_the_draft_gives_counts_and_is_valid_as_it_stands(run: Run, project: Path) -> None:
    draft = run("--data", project / "data", "minutes", "1", "--draft")
    assert draft.exit_code == 0, draft.output
    assert "{agency: kud, count: 1}" in draft.stdout
    assert "Kari" not in draft.stdout
    meetings = project / "data" / "meetings.yaml"
    text = meetings.read_text(encoding="utf-8")
    at = text.index("  - id: mote-2")
    meetings.write_text(text[:at] + draft.stdout + "\n" + text[at:], encoding="utf-8")
    check = run("--data", project / "data", "validate")
    assert ": error: " not in check.stdout, check.stdout
    minutes = run("--data", project / "data", "minutes", "1").stdout
    assert "1 deltakere fra 1 virksomheter" in minutes


def test_the_site_publishes_the_minutes_without_names(run: Run, project: Path) -> None:
    draft = run("--data", project / "data", "minutes", "1", "--draft").stdout
    meetings = project / "data" / "meetings.yaml"
    text = meetings.read_text(encoding="utf-8")
    at = text.index("  - id: mote-2")
    meetings.write_text(text[:at] + draft + "\n" + text[at:], encoding="utf-8")
    out = project / "public"
    built = run("--data", project / "data", "site", "-o", out, "--no-pdf")
    assert built.exit_code == 0, built.output
    page = next(out.glob("no/*/meetings/mote-1/index.html")).read_text(encoding="utf-8")
    link = re.search(r'href="([^"]*minutes\.nb\.html)"', page)
    assert link, "the meeting page links its minutes"
    minutes = next(out.glob("files/*/meetings/mote-1/minutes.nb.html")).read_text("utf-8")
    assert "1 deltakere fra 1 virksomheter" in minutes
    assert "Kari Nordmann" not in minutes
    assert not list(out.glob("files/*/meetings/mote-2/minutes.*"))  # none written yet
    documents = next(out.glob("en/*/documents/index.html")).read_text(encoding="utf-8")
    assert "minutes.en.html" in documents


@pytest.mark.parametrize(
    ("lang", "said"), [("nb", "#   Hva som ble sagt."), ("en", "#   What was said.")]
)
def test_the_drafts_comments_are_in_its_language(
    run: Run, project: Path, lang: str, said: str
) -> None:
    draft = run("--data", project / "data", "minutes", "1", "--draft", "--lang", lang).stdout
    assert said in draft
    assert "  minutes:\n" in draft and "{agency: kud, count: 1}" in draft  # the keys stay English


# Every output that names the people registered (or quotes their addresses), and its file
NAMING = [
    *[(("attendees", "1"), f"attendees.{fmt}") for fmt in ("txt", "md", "csv", "xlsx", "html")],
    (("attendees", "1", "--format", "pdf"), "attendees.pdf"),
    (("minutes", "1", "--with-names"), "minutes.md"),
    (("minutes", "1", "--with-names", "--format", "pdf"), "minutes.pdf"),
    (("calendar", "1"), "mote-1.ics"),
    (("calendar", "--all"), "calendars"),
]


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)  # the usual umask: a new file is readable by everyone (0644)
    yield
    os.umask(old)


@pytest.mark.parametrize(("args", "name"), NAMING)
@pytest.mark.usefixtures("umask_022")
def test_an_output_that_names_people_is_its_owners_alone(
    run: Run, project: Path, args: tuple[str, ...], name: str
) -> None:
    out = project / "out" / name
    out.parent.mkdir()
    result = run("--data", project / "data", *args, "-o", out)
    assert result.exit_code == 0, result.output
    files = [p for p in out.rglob("*") if p.is_file()] if out.is_dir() else [out]
    assert files
    assert {p.stat().st_mode & 0o777 for p in files} == {0o600}


@pytest.mark.usefixtures("umask_022")
def test_an_older_copy_readable_by_all_is_made_its_owners_alone(run: Run, project: Path) -> None:
    out = project / "attendees.csv"
    out.write_text("written before\n", encoding="utf-8")
    out.chmod(0o644)
    result = run("--data", project / "data", "attendees", "1", "-o", out, "--force")
    assert result.exit_code == 0, result.output
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.usefixtures("umask_022")
def test_a_report_that_quotes_a_registrants_address_is_its_owners_alone(
    run: Run, project: Path
) -> None:
    private = project / "private" / "registrations.yaml"
    text = private.read_text(encoding="utf-8")
    private.write_text(text.replace("@kud.dep.no", "(at)kud.dep.no", 1), encoding="utf-8")
    report = project / "report.json"
    result = run("--data", project / "data", "validate", "-o", report)
    assert result.exit_code == 1
    assert "kari.nordmann(at)kud.dep.no" in report.read_text(encoding="utf-8")
    assert report.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "args", [("minutes", "1"), ("agenda", "1"), ("validate",), ("calendar", "2")]
)
@pytest.mark.usefixtures("umask_022")
def test_an_output_that_names_no_one_has_the_usual_mode(
    run: Run, project: Path, args: tuple[str, ...]
) -> None:
    out = project / "out.txt" if args[0] != "calendar" else project / "out.ics"
    fmt = ("--format", "txt") if args[0] in ("minutes", "agenda") else ()
    result = run("--data", project / "data", *args, *fmt, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(("args", "name"), NAMING)
def test_an_output_that_names_people_is_not_written_into_a_site(
    run: Run, project: Path, args: tuple[str, ...], name: str
) -> None:
    site = project / "public"
    (site / "files").mkdir(parents=True)
    (site / ".ogp-site").write_text("ogp-site-manifest: 1\n", encoding="utf-8")  # as ogp site
    out = site / "files" / name
    result = run("--data", project / "data", *args, "-o", out)
    assert result.exit_code == 1, result.output
    first = f"error: refusing to write {out}"
    assert result.stderr.startswith(first), result.stderr
    assert f"names people (personal data), and it is inside {site.resolve()}, a website" in (
        result.stderr
    )
    assert "hint: write it outside the site's folder" in result.stderr
    assert list(site.rglob("*")) == [site / "files", site / ".ogp-site"]


def test_minutes_with_names_are_not_written_into_the_site_ogp_made(run: Run, project: Path) -> None:
    site = project / "public"
    built = run("--data", project / "data", "site", "-o", site, "--no-pdf")
    assert built.exit_code == 0, built.output
    before = sorted(site.rglob("*"))
    result = run("--data", project / "data", "minutes", "1", "--with-names", "-o", site / "x.html")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"error: refusing to write {site / 'x.html'}: it names people")
    assert sorted(site.rglob("*")) == before
    public = run("--data", project / "data", "minutes", "1", "-o", site / "x.html")
    assert public.exit_code == 0, public.output  # without names: public minutes


MINUTES_NAMING = """    minutes:
      present: [{agency: kud, count: 1}]
      items:
        - item: 1
          notes: Spørsmål fra kari  NORDMANN (KUD) om fristen, svar fra Paul Chaffey
          decisions: [Svar sendes til ingrid.saebo@fin.dep.no]
      actions:
        - {agency: kud, what: Kari Nordmann og Ingrid Sæbø sender notatet}
"""


def test_validate_warns_of_a_registrant_named_in_the_public_minutes(
    run: Run, project: Path
) -> None:
    # the chair registered too: named in the data in a public role, he may be named
    chair = run("--data", project / "data", "register", "1", "--name", "Paul Chaffey",
                "--agency", "kmd", "--email", "pc@kmd.dep.no", "--date", "2014-03-01")  # fmt: skip
    assert chair.exit_code == 0, chair.output
    meetings = project / "data" / "meetings.yaml"
    text = meetings.read_text(encoding="utf-8")
    at = text.index("  - id: mote-2")
    meetings.write_text(text[:at] + MINUTES_NAMING + text[at:], encoding="utf-8")
    lines = text[:at].count("\n")  # the minutes' first line is lines + 1
    result = run("--data", project / "data", "validate")
    found = [ln for ln in result.stdout.splitlines() if ln.endswith("[named-in-minutes]")]
    assert found[0] == (
        f"{meetings}:{lines + 5}:18: warning: the notes on item 1 in the minutes of meeting "
        "mote-1 name Kari Nordmann, who registered for a meeting: personal data, published "
        "with the minutes; name the organisation instead; 'ogp minutes --with-names' makes "
        "the internal minutes with the names [named-in-minutes]"
    )
    # every name and address, at its text; whatever the case and spacing of the words
    places = [
        (ln.split(": warning: ")[0].rsplit(":", 2)[1:], ln.split(" name ")[1].split(",")[0])
        for ln in found
    ]
    assert places == [
        ([str(lines + 5), "18"], "Kari Nordmann"),
        ([str(lines + 6), "23"], "ingrid.saebo@fin.dep.no"),
        ([str(lines + 8), "31"], "Ingrid Sæbø"),
        ([str(lines + 8), "31"], "Kari Nordmann"),
    ]
    assert result.exit_code == 0  # a warning: --strict fails


@pytest.mark.parametrize(
    "args",
    [("minutes", "1", "--format", "txt"), ("site", "-o", "{out}", "--no-pdf")],
    ids=["minutes", "site"],
)
def test_publishing_minutes_warns_of_a_registrant_named_in_them(
    run: Run, project: Path, args: tuple[str, ...]
) -> None:
    """Not only validate: the commands that publish the minutes warn, on standard error,
    of each registrant they name, at its place (and still write: it is a warning)."""
    meetings = project / "data" / "meetings.yaml"
    text = meetings.read_text(encoding="utf-8")
    at = text.index("  - id: mote-2")
    meetings.write_text(text[:at] + MINUTES_NAMING + text[at:], encoding="utf-8")
    lines = text[:at].count("\n")
    given = [a.replace("{out}", str(project / "public")) for a in args]
    result = run("--data", project / "data", *given)
    assert result.exit_code == 0, result.output
    warned = [ln for ln in result.stderr.splitlines() if ln.endswith("[named-in-minutes]")]
    assert len(warned) == 4, result.stderr
    assert warned[0].startswith(f"{meetings}:{lines + 5}:18: warning: the notes on item 1 ")
    assert all(ln not in result.stdout for ln in warned)
    # a meeting whose minutes name no one: no warning
    quiet = run("--data", project / "data", "minutes", "2", "--format", "txt")
    assert "[named-in-minutes]" not in quiet.stderr


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_minutes_not_written_yet_say_so_and_tell_only_the_user_what_to_do(
    run: Run, project: Path, fmt: str
) -> None:
    """Meeting 2 has neither minutes nor an agenda in the data: the document says both, in
    words fit to print; the command to draft them is said on standard error."""
    result = run("--data", project / "data", "minutes", "2", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "Referatet er ikke skrevet ennå." in result.stdout
    assert "Dataene har ingen dagsorden for dette møtet." in result.stdout
    assert "--draft" not in result.stdout and "meetings.yaml" not in result.stdout
    assert result.stderr == (
        "note: meeting mote-2 has no minutes in the data yet; 'ogp minutes mote-2 --draft' "
        "gives a draft to fill in in meetings.yaml\n"
    )
