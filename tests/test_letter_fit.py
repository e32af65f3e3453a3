"""A letter fit to send (issue 10): tagged PDF, headings in order, one bullet style, the
sender's footer and case officer, unpostable recipients named, and no stray 'også'."""

from __future__ import annotations

import io
import itertools
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ogp.cli import cli

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"
RunFn = Callable[..., Result]
EditFn = Callable[[str, str, str], Path]

KMD_FOOTER = '    org_no: "972 417 858"\n'
CASE_OFFICER = (
    "    case_officer: {name: Ola Nordmann, phone: 22 24 00 00, email: ola@kmd.example}\n"
)


@pytest.fixture(scope="module")
def tagged_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("pdf") / "letter.pdf"
    result = CliRunner().invoke(cli, ["render-letter", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _structure(pdf: bytes) -> list[str]:
    """The structure tree's element types, depth first (H1, P, L, LI, Table, ...)."""
    from pypdf import PdfReader

    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    out: list[str] = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if not isinstance(node, dict):
            return
        if "/S" in node:
            out.append(str(node["/S"]).lstrip("/"))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            walk(kid)

    walk(root["/StructTreeRoot"])
    return out


def test_the_pdf_is_tagged_for_screen_readers(tagged_pdf: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(tagged_pdf))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "nb"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata is not None
    assert reader.metadata.title.startswith("Open Government Partnership (OGP)")
    tags = _structure(tagged_pdf)
    headings = [t for t in tags if re.fullmatch(r"H\d", t)]
    # the title, the three sections, the agenda under the last, the annex, the address list
    assert headings == ["H1", "H2", "H2", "H2", "H3", "H2", "H2", "H3"]
    assert {"P", "L", "LI", "Table", "TH", "TD", "Link"} <= set(tags)
    xmp = reader.xmp_metadata
    assert xmp is not None  # the PDF/UA identification (pdfuaid:part 1) in the XMP metadata
    assert "pdfuaid" in xmp.rdf_root.toxml()


def _ranks(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"<h([1-6])\b", html)]


def test_headings_run_in_order_without_a_gap(run: RunFn) -> None:
    html = run("render-letter", "--format", "html").output
    ranks = _ranks(html)
    assert ranks[0] == 1 and ranks.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(ranks)), ranks
    assert "<h2>Innledning</h2>" in html
    assert "<h2>Invitasjon til to informasjons- og oppfølgingsmøter</h2>" in html
    assert '<h3 class="agenda">Tentativ dagsorden for møte nr. 1:</h3>' in html
    md = run("render-letter", "--format", "md").output
    assert "\n# Open Government Partnership (OGP)" in md
    assert "\n## Innledning\n" in md and "\n### Tentativ dagsorden" in md


def test_deeper_levels_in_the_data_nest_without_skipping(
    run: RunFn, data_dir: Path, edit: EditFn
) -> None:
    edit(
        "letters.yaml",
        "      - heading: Invitasjon til to informasjons- og oppfølgingsmøter\n",
        "      - heading: Invitasjon til to informasjons- og oppfølgingsmøter\n        level: 5\n",
    )
    html = run("--data", data_dir, "render-letter", "--format", "html").output
    assert "<h3>Invitasjon til to informasjons- og oppfølgingsmøter</h3>" in html
    assert '<h4 class="agenda">' in html
    ranks = _ranks(html)
    assert all(b <= a + 1 for a, b in itertools.pairwise(ranks)), ranks


def test_one_bullet_style(run: RunFn) -> None:
    html = run("render-letter", "--format", "html").output
    assert "25C6" not in html and "◆" not in html  # the fallback-font diamond is gone
    assert html.count("list-style: disc") == 1
    txt = run("render-letter", "--format", "txt").output
    bullets = {line.lstrip()[:2] for line in txt.splitlines() if line.lstrip()[:2] in {"- ", "* "}}
    assert bullets == {"- "}


def test_the_sender_footer_gives_what_the_data_has(run: RunFn) -> None:
    txt = run("render-letter", "--format", "txt").output
    assert "Postadresse: Postboks 8112 Dep, 0032 OSLO\n" in txt
    assert "Besøksadresse: Akersgata 59\n" in txt
    assert "Telefon: 22 24 90 90\n" in txt
    assert "Org.nr.: 972 417 858\n" in txt
    html = run("render-letter", "--format", "html").output
    assert '<footer class="sender">' in html
    assert "position: running(senderfooter)" in html  # the foot of the first page, in print
    en = run("render-letter", "--format", "txt", "--lang", "en").output
    assert "Visiting address: Akersgata 59" in en and "Org. no.: 972 417 858" in en


def test_the_footer_leaves_out_what_is_empty(run: RunFn, data_dir: Path, edit: EditFn) -> None:
    edit("agencies.yaml", "    phone: 22 24 90 90\n", "")
    edit("agencies.yaml", KMD_FOOTER, "")
    txt = run("--data", data_dir, "render-letter", "--format", "txt").output
    assert "Besøksadresse: Akersgata 59" in txt
    assert "Telefon:" not in txt and "Org.nr." not in txt


def test_no_footer_when_the_data_gives_none(run: RunFn, data_dir: Path, edit: EditFn) -> None:
    edit("letters.yaml", "    sender: kmd\n", "    sender: sivilt-samfunn\n")
    html = run("--data", data_dir, "render-letter", "--format", "html").output
    assert "<footer" not in html


def test_no_case_officer_unless_the_data_names_one(run: RunFn) -> None:
    assert "Saksbehandler" not in run("render-letter", "--format", "txt").output


def test_the_case_officer_line(run: RunFn, data_dir: Path, edit: EditFn) -> None:
    edit("letters.yaml", "    closing: Med hilsen\n", "    closing: Med hilsen\n" + CASE_OFFICER)
    txt = run("--data", data_dir, "render-letter", "--format", "txt").output
    assert "Saksbehandler: Ola Nordmann, telefon 22 24 00 00, ola@kmd.example\n" in txt
    html = run("--data", data_dir, "render-letter", "--format", "html").output
    assert '<div class="label">Saksbehandler</div><div>Ola Nordmann</div>' in html
    md = run("--data", data_dir, "render-letter", "--format", "md").output
    assert "Saksbehandler: Ola Nordmann, telefon 22 24 00 00, ola@kmd.example" in md


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"97241785"', "'97241785' is not an organisation number: write its nine digits"),
        ('"972 417 859"', "'972 417 859' is not an organisation number: its check digit"),
        ("NO972417858", "'NO972417858' is not an organisation number"),
    ],
)
def test_a_wrong_organisation_number_is_refused(
    run: RunFn, data_dir: Path, edit: EditFn, value: str, message: str
) -> None:
    path = edit("agencies.yaml", KMD_FOOTER, f"    org_no: {value}\n")
    line = path.read_text(encoding="utf-8").splitlines().index(f"    org_no: {value}") + 1
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    assert f"agencies.yaml:{line}:13: error: {message}" in result.output


def test_an_organisation_number_is_printed_in_groups_of_three(
    run: RunFn, data_dir: Path, edit: EditFn
) -> None:
    edit("agencies.yaml", KMD_FOOTER, '    org_no: "972417858"\n')
    assert (
        "Org.nr.: 972 417 858" in run("--data", data_dir, "render-letter", "--format", "txt").output
    )


# --- recipients that cannot be posted to ----------------------------------------------------

# (civil society has no postal address and is reached otherwise: never among them, as the
# missing-address rule of ogp validate never warns of it)
UNPOSTABLE = [
    "Direktoratet for forvaltning og IKT (difi) cannot be posted to: no postcode or town",
    "Kommunesektorens organisasjon (ks) cannot be posted to: no postcode or town",
]


@pytest.mark.parametrize("flag", ["--each", "--all"])
def test_each_names_the_recipients_that_cannot_be_posted_to(
    run: RunFn, tmp_path: Path, flag: str
) -> None:
    result = run("render-letter", flag, "-o", tmp_path / "out", "--format", "txt")
    assert result.exit_code == 0, result.output
    for line in UNPOSTABLE:
        assert f"warning: {line}\n" in result.output
    assert "Det sivile samfunn" not in result.output
    assert "Justis- og beredskapsdepartementet" not in result.output
    assert len(list((tmp_path / "out").iterdir())) == 16


def test_strict_writes_nothing_when_a_recipient_cannot_be_posted_to(
    run: RunFn, tmp_path: Path
) -> None:
    result = run("render-letter", "--each", "--strict", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "error: 6 of 16 recipients cannot be posted to; no letter was written" in result.output
    assert not (tmp_path / "out").exists()


def test_a_folder_that_is_refused_says_so_alone(run: RunFn, tmp_path: Path) -> None:
    """The warnings about addresses come once the folder takes the letters: not as a
    preface to "nothing was written"."""
    assert run("render-letter", "--all", "-o", tmp_path / "out").exit_code == 0
    again = run("render-letter", "--all", "-o", tmp_path / "out")
    assert again.exit_code == 1
    assert again.output.startswith("error: 16 of the 16 files exist already:"), again.output
    assert "cannot be posted to" not in again.output


def test_strict_passes_when_every_recipient_has_an_address(run: RunFn, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINIMAL, data)
    letters = data / "letters.yaml"
    text = letters.read_text(encoding="utf-8")
    old = "recipients: [sivilt-samfunn, fin, norges-bank]"
    assert old in text
    letters.write_text(text.replace(old, "recipients: [fin, norges-bank]"), encoding="utf-8")
    result = run("--data", data, "render-letter", "--each", "--strict", "-o", tmp_path / "o")
    assert result.exit_code == 0, result.output
    assert "cannot be posted" not in result.output
    assert len(list((tmp_path / "o").iterdir())) == 2


def test_strict_without_each_is_a_usage_error(run: RunFn) -> None:
    assert run("render-letter", "--strict").exit_code == 2


def test_also_only_when_something_comes_before(run: RunFn) -> None:
    sprak = " ".join(run("render-letter", "--to", "spraakradet", "--format", "txt").output.split())
    assert "Språkrådet er ført opp i samarbeid med de ansvarlige for forpliktelse 4.16" in sprak
    assert "også ført opp" not in sprak
    difi = " ".join(run("render-letter", "--to", "difi", "--format", "txt").output.split())
    assert "Direktoratet for forvaltning og IKT er også ført opp i samarbeid" in difi


# --- a terminal gets text, not Markdown's escapes ----------------------------------------------


@pytest.mark.parametrize(
    ("document", "fmt"), [("letter", "txt"), ("agenda", "txt"), ("addresses", "txt")]
)
def test_a_terminal_gets_plain_text(
    monkeypatch: pytest.MonkeyPatch, document: str, fmt: str
) -> None:
    import sys

    from ogp.cli.common import choose_format

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert choose_format(document, None, None) == fmt
    assert choose_format(document, "md", None) == "md"  # asked for
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert choose_format(document, None, None) == "md"  # piped: Markdown, as before
    assert choose_format("status", None, None) == "table"


@pytest.mark.parametrize("args", [["attendees", "1"], ["minutes", "1"]], ids=lambda a: a[0])
def test_a_sans_serif_document_numbers_its_pages_in_its_own_face(
    tmp_path: Path, args: list[str]
) -> None:
    """A page's margin boxes do not inherit the body's font: the page numbers of the
    reception list and the minutes had come out in a serif face under sans-serif pages."""
    from pypdf import PdfReader

    out = tmp_path / "doc.pdf"
    result = CliRunner().invoke(cli, [*args, "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(out).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("Sans" in f for f in fonts), fonts
