"""ogp render-letter: the seed letter from the data, personal letters, --each, pdf."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

RunFn = Callable[..., Result]

# Every fact of the seed letter (shared/seeds/000_1c626d9da457c7f8.txt) that the data holds.
SEED_FACTS = [
    "DET KONGELIGE KOMMUNAL-",
    "MODERNISERINGSDEPARTEMENT",
    "Ifølge liste",
    "Deres ref",
    "Vår ref",
    "Dato",
    "14/797-",
    "28.02.2014",
    "Open Government Partnership (OGP) - iverksetting av handlingsplan nr. 2 - "
    "invitasjon til møter",
    "Innledning",
    "Den andre norske handlingsplanen",
    "Invitasjon til to informasjons- og oppfølgingsmøter",
    "Paul Chaffey",
    "Møte nr. 1 blir avholdt 17. mars 2014 kl 12.30 – 15.00 i Auditoriet i R5, Akersgata 59",
    "Møte nr. 2 blir avholdt 13. juni 2014 kl 12.30 – 15.00 i Auditoriet i R5, Akersgata 59",
    "Tentativ dagsorden for møte nr. 1",
    "Om Norges rolle i OGP ved statssekretær Paul Chaffey",
    "Informasjon om OGP med vekt på det internasjonale arbeidet (KMD)",
    "Muntlig orientering om status for de enkelte forpliktelsene i handlingsplanen "
    "(2 – 3 min. på hver av de ansvarlige instansene)",
    "Åpen diskusjon/spørsmål om OGP",
    "Veien videre – orientering om møte nr 2",
    "Eventuelt",
    "Møtene vil bli holdt i Auditoriet i R5, Akersgata 59. Husk å ta med legitimasjon.",
    "senest 10 dager før møtene",
    "7. mars 2014",
    "3. juni 2014",
    "An-Magritt Øye",
    "amo@kmd.dep.no",
    "22 24 03 01",
    "Med hilsen",
    "Asbjørn Seim",
    "Terje Dyrstad",
    "avdelingsdirektør",
    "Vedlegg: 6",
    "Dette dokumentet er elektronisk godkjent og sendes uten signatur.",
    "Brev om Norges andre handlingsplan i OGP",
    "Oversikt over ansvarlige instanser",
    "Forpliktelse nr.",
    "4.1",
    "KMD/JD/KUD",
    "4.2 og 4.3",
    "4.4",
    "4.5",
    "HOD/Helsedirektoratet",
    "Departementenes sikkerhets- og serviceorganisasjon (DSS)",
    "4.8 og 4.9",
    "KUD og Riksarkivet i samarbeid med Difi",
    "4.11",
    "4.12",
    "ASD",
    "4.13 og 4.14 (a og b)",
    "4.15",
    "KMD i samarbeid med Difi og Språkrådet",
    "4.17 og 4.18",
    "4.19",
    "4.20",
    "FD",
    "4.21",
    "UD (overordnet)/OED (implementering)",
    "FIN og Norges Bank",
    "4.24",
    "FIN",
    "4.25",
    "KS",
    "Kommunereformen",
    "Adresseliste",
    "Det sivile samfunn",
    "Justis- og beredskapsdepartementet",
    "Postboks 8005 Dep",
    "Kulturdepartementet",
    "Postboks 8030 Dep",
    "Helse- og omsorgsdepartementet",
    "Postboks 8011 Dep",
    "Arbeids- og sosialdepartementet",
    "Postboks 8019 Dep",
    "Finansdepartementet",
    "Postboks 8008 Dep",
    "Språkrådet",
    "Postboks 8107 Dep.",
    "Direktoratet for forvaltning og IKT",
    "Postboks 8115 Dep",
    "Departementenes sikkerhets- og serviceorganisasjon",
    "Postboks 8129 Dep",
    "Utenriksdepartementet",
    "Postboks 8114 Dep",
    "Forsvarsdepartementet",
    "Postboks 8126 Dep",
    "Olje- og energidepartementet",
    "Postboks 8148 Dep",
    "Norges Bank",
    "Postboks 1179 Sentrum",
    "Kommunesektorens organisasjon",
    "Postboks 1378 Vika",
    "Helsedirektoratet",
    "Postboks 7000 St. Olavs plass",
    "Riksarkivet",
    "Postboks 4013 Ullevål stadion",
    "Kopi til",
    "Statsministerens kontor",
    "Postboks 8001 Dep",
    "0030",
    "OSLO",
]


def _flat(text: str) -> str:
    """Text with Markdown escapes and line breaks undone, for looking facts up."""
    return " ".join(text.replace("\\", "").split())


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from click.testing import CliRunner

    from ogp.cli import cli

    out = tmp_path_factory.mktemp("pdf") / "letter.pdf"
    result = CliRunner().invoke(cli, ["render-letter", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.mark.parametrize(
    ("fmt", "lang"), [("md", "nb"), ("txt", "nb"), ("html", "nb"), ("md", "en"), ("html", "en")]
)
def test_letter_golden(run: RunFn, golden: Callable[[str, str], None], fmt: str, lang: str) -> None:
    result = run("render-letter", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    golden(f"letter/letter.{lang}.{fmt}", result.output)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_seed_fact_is_in_the_letter(run: RunFn, fmt: str) -> None:
    out = run("render-letter", "--format", fmt).output
    if fmt == "html":
        import html as htmllib

        out = htmllib.unescape(re.sub(r"<[^>]+>", " ", out))
    flat = _flat(out)
    missing = [f for f in SEED_FACTS if _flat(f) not in flat]
    assert not missing


def test_every_seed_fact_is_in_the_pdf(letter_pdf: bytes) -> None:
    flat = _flat(pdf_text(letter_pdf).replace("-\n", "-"))
    missing = [f for f in SEED_FACTS if _flat(f) not in flat]
    assert not missing


def test_pdf_golden_text_and_page_numbers(
    letter_pdf: bytes, golden: Callable[[str, str], None]
) -> None:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(letter_pdf)).pages
    text = pdf_text(letter_pdf)
    assert f"Side 1 av {len(pages)}" in text
    assert f"Side {len(pages)} av {len(pages)}" in text
    # Compared as words of the whole letter: line and page breaks depend on the
    # fonts installed (the annex's own page is checked below), and so does where
    # the text extractor puts list markers ("1.", "•"), so those are left out.
    words = " ".join(re.sub(r"Side \d+ av \d+", "", p.extract_text() or "") for p in pages)
    kept = [w for w in words.split() if not re.fullmatch(r"\d{1,2}\.|[•◆]", w)]
    golden("letter/letter.nb.pdf.txt", " ".join(kept) + "\n")


def test_pdf_annex_starts_a_page(letter_pdf: bytes) -> None:
    from pypdf import PdfReader

    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(letter_pdf)).pages]
    annex = [p for p in pages if "Oversikt over ansvarlige instanser\n(Der hvor" in p]
    assert len(annex) == 1
    assert annex[0].lstrip().startswith("Oversikt over ansvarlige instanser")


def test_format_follows_the_output_suffix(run: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "letter.html"
    assert run("render-letter", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_existing_output_is_kept_without_force(run: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "letter.md"
    out.write_text("mine", encoding="utf-8")
    result = run("render-letter", "-o", out)
    assert result.exit_code == 1
    assert "--force" in result.output
    assert out.read_text(encoding="utf-8") == "mine"
    assert run("render-letter", "-o", out, "--force").exit_code == 0
    assert "Ifølge liste" in out.read_text(encoding="utf-8")


# --- personal letters ---------------------------------------------------------------------


def test_personal_letter_has_the_address_and_own_commitments(
    run: RunFn, golden: Callable[[str, str], None]
) -> None:
    result = run("render-letter", "--to", "KUD", "--format", "md")
    assert result.exit_code == 0, result.output
    out = _flat(result.output)
    assert "Ifølge liste" not in out
    assert "Kulturdepartementet Postboks 8030 Dep 0030 OSLO" in out
    assert (
        "Kulturdepartementet er ført opp som ansvarlig for forpliktelsene 4.1, 4.8, 4.9 og 4.10"
    ) in out
    assert "orientere om status for forpliktelsene 4.8 og 4.9" in out
    assert "4.1 (sammen med KMD og JD) og 4.10 (sammen med Riksarkivet)" in out
    golden("letter/personal-kud.nb.md", result.output)


def test_personal_letter_when_another_owner_reports(run: RunFn) -> None:
    out = _flat(run("render-letter", "--to", "oed", "--format", "txt").output)
    assert "ansvarlig for forpliktelse 4.22" in out
    assert "For 4.22 melder UD tilbake om status." in out


def test_personal_letter_for_a_partner_and_in_english(run: RunFn) -> None:
    out = _flat(run("render-letter", "--to", "difi", "--format", "txt", "--lang", "en").output)
    assert "is listed as responsible for commitments 4.4, 4.11 and 4.15" in out
    assert "working with those responsible for commitments 4.10 and 4.16" in out


def test_personal_letter_to_civil_society_has_no_commitment_paragraph(run: RunFn) -> None:
    out = run("render-letter", "--to", "sivilt-samfunn", "--format", "txt").output
    assert "Det sivile samfunn\n" in out
    assert "ført opp som ansvarlig" not in out


def test_personal_letter_to_a_non_recipient_is_refused(run: RunFn) -> None:
    result = run("render-letter", "--to", "smk")  # SMK is sent a copy
    assert result.exit_code == 1
    assert "'smk' is sent letter invitasjon-2014-02-28 as a copy, not as a recipient" in (
        result.output
    )
    assert "render it without --to" in result.output
    other = run("render-letter", "--to", "kmd")  # the sender
    assert other.exit_code == 1 and "'kmd' is not a recipient" in other.output


def test_to_and_each_together_is_a_usage_error(run: RunFn, tmp_path: Path) -> None:
    assert run("render-letter", "--to", "kud", "--each", "-o", tmp_path).exit_code == 2


# --- --each -------------------------------------------------------------------------------


def test_each_writes_one_letter_per_recipient(run: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    result = run("render-letter", "--each", "-o", out, "--format", "md")
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 16
    assert "invitasjon-2014-02-28--norges-bank.md" in files
    assert not [f for f in files if f.startswith(".")]  # no temporary files left
    kud = (out / "invitasjon-2014-02-28--kud.md").read_text(encoding="utf-8")
    assert "Postboks 8030 Dep" in kud and "Ifølge liste" not in kud


def test_each_refuses_and_writes_nothing_when_a_target_exists(run: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    out.mkdir()
    (out / "invitasjon-2014-02-28--ks.md").write_text("mine", encoding="utf-8")
    result = run("render-letter", "--each", "-o", out, "--format", "md")
    assert result.exit_code == 1
    assert "nothing was written" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["invitasjon-2014-02-28--ks.md"]
    assert (out / "invitasjon-2014-02-28--ks.md").read_text(encoding="utf-8") == "mine"


def test_each_with_force_overwrites(run: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    out.mkdir()
    (out / "invitasjon-2014-02-28--ks.md").write_text("mine", encoding="utf-8")
    assert run("render-letter", "--each", "-o", out, "--format", "md", "--force").exit_code == 0
    assert "Postboks 1378 Vika" in (out / "invitasjon-2014-02-28--ks.md").read_text("utf-8")
    assert len(list(out.iterdir())) == 16


def test_each_needs_a_folder(run: RunFn) -> None:
    result = run("render-letter", "--each")
    assert result.exit_code == 2
    assert "-o DIR" in result.output


def test_each_pdf_in_one_process(run: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "pdf"
    result = run("render-letter", "--each", "-o", out, "--format", "pdf")
    assert result.exit_code == 0, result.output
    files = list(out.glob("*.pdf"))
    assert len(files) == 16
    assert all(f.read_bytes().startswith(b"%PDF-") for f in files)


# --- pdf without weasyprint, and its fetcher ----------------------------------------------


def test_missing_weasyprint_names_the_extra(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint -> ImportError
    result = run("render-letter", "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert "pip install 'ogp[pdf]'" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_pdf_fetcher_only_serves_template_files(tmp_path: Path) -> None:
    from ogp.output.pdf import PdfRenderer

    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", "utf-8")
    fetcher = PdfRenderer([tmp_path]).fetcher
    assert fetcher.fetch((tmp_path / "logo.svg").as_uri()).read().startswith(b"<svg")
    for url in (
        "http://example.com/x.css",
        "https://example.com/x.png",
        (tmp_path.parent / "secret.txt").as_uri(),
        "file:///etc/passwd",
    ):
        with pytest.raises(ValueError, match="template folders"):
            fetcher.fetch(url)


def test_pdf_of_a_template_with_a_remote_image_fetches_nothing(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib.request

    from ogp.output.templating import packaged_templates

    tpl = tmp_path / "tpl"
    tpl.mkdir()
    html = (packaged_templates() / "letter.html.j2").read_text(encoding="utf-8")
    (tpl / "letter.html.j2").write_text(
        html.replace("<body>", '<body><img src="http://example.invalid/logo.png">'), "utf-8"
    )

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the network was used")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    out = tmp_path / "x.pdf"
    result = run("--templates", tpl, "render-letter", "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")


# --- templates ----------------------------------------------------------------------------


def test_templates_option_overrides_file_by_file(run: RunFn, tmp_path: Path) -> None:
    (tmp_path / "letter.md.j2").write_text("Brev {{ doc.refs[1][1] }}\n", encoding="utf-8")
    result = run("--templates", tmp_path, "render-letter")
    assert result.output == "Brev 14/797-\n"
    # the other formats still come from ogp's own templates
    assert "Ifølge liste" in run("--templates", tmp_path, "render-letter", "--format", "txt").output


def test_template_error_names_the_template_and_line(run: RunFn, tmp_path: Path) -> None:
    (tmp_path / "letter.md.j2").write_text("one\n{{ doc.nosuch }}\n", encoding="utf-8")
    result = run("--templates", tmp_path, "render-letter")
    assert result.exit_code == 1
    assert re.search(r"letter\.md\.j2:2: template error: .*nosuch", result.output)


def test_an_undefined_name_is_told_what_the_template_is_given(run: RunFn, tmp_path: Path) -> None:
    (tmp_path / "letter.md.j2").write_text("{{ nosuch.var }}\n", encoding="utf-8")
    result = run("--templates", tmp_path, "render-letter", "--format", "md")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {tmp_path / 'letter.md.j2'}:1: template error: 'nosuch' is undefined",
        "hint: the template is given doc, of, page; compare it with ogp's own template of "
        "the same name",
    ]


def test_templates_beside_the_data_folder_are_used(run: RunFn, data_dir: Path) -> None:
    (data_dir.parent / "templates").mkdir()
    (data_dir.parent / "templates" / "letter.txt.j2").write_text("lokal\n", encoding="utf-8")
    assert run("--data", data_dir, "render-letter", "--format", "txt").output == "lokal\n"


def test_unknown_letter(run: RunFn) -> None:
    result = run("render-letter", "nosuch")
    assert result.exit_code == 1
    assert "invitasjon-2014-02-28" in result.output


def test_the_annex_is_made_once_per_language_for_every_letter_of_the_data() -> None:
    """--each writes one letter per recipient, each with the annex of every commitment:
    made per letter, the run cost recipients × commitments."""
    import dataclasses

    from ogp.data import dataset
    from ogp.documents import letter as core
    from tests.conftest import DATA

    data = dataset.load(DATA)
    chosen = data.letters[0]
    first, second = (core.build(data, chosen, to=r) for r in chosen.recipients[:2])
    assert first.annex and first.annex is second.annex
    english = core.build(data, chosen, to=chosen.recipients[0], lang="en")
    assert english.annex is not first.annex
    assert english.annex == core.annex(data, "en")

    # a change to the data, followed by reindex (as the Dataset's contract asks), is seen
    renamed = dataclasses.replace(data.commitments[0], owners=data.commitments[-1].owners)
    data.commitments[0] = renamed
    data.reindex()
    again = core.build(data, chosen, to=chosen.recipients[0])
    assert again.annex is not first.annex
    assert again.annex == core.annex(data, "nb")
