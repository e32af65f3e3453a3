"""ogp site: the files it writes, read back by independent parsers; hostile data made inert;
stable, safe URLs; the folder written all at once and never a folder of someone else's."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from ogp.data import dataset, gitrev
from ogp.documents import site as core
from ogp.output import site as site_out
from ogp.text.site_wording import SITE_WORDS

ROOT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

RunFn = Callable[..., Result]
EditFn = Callable[[str, str, str], Path]

STATUS = (
    '  - id: "4.5"\n',
    '  - id: "4.5"\n    status:\n'
    "      - {date: 2014-03-17, level: limited, meeting: mote-1, note: I gang}\n"
    "      - {date: 2014-06-13, level: substantial, meeting: mote-2}\n",
)


def _build(run: RunFn, data_dir: Path, out: Path, *args: str) -> Result:
    result = run("--data", data_dir, "site", "-o", out, "--no-pdf", *args)
    assert result.exit_code == 0, result.output
    return result


def _table(out: Path, name: str) -> list[dict[str, str]]:
    """A CSV file of the site's data files, read back."""
    text = (out / "files/2013-2015" / name).read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def _plan(out: Path) -> dict[str, Any]:
    """plan.json of the site, read back."""
    plan: dict[str, Any] = json.loads((out / "files/2013-2015/plan.json").read_bytes())
    return plan


@pytest.fixture
def built(run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path) -> Path:
    edit("commitments.yaml", *STATUS)
    out = tmp_path / "public"
    _build(run, data_dir, out, "--base-url", "https://example.github.io/ogp/")
    return out


def test_every_kind_of_page_in_both_languages(built: Path) -> None:
    for lang in ("no", "en"):
        home = built / lang / "2013-2015"
        for page in (
            "",
            "commitments/",
            "commitments/4.10/",
            "commitments/kommunereformen/",
            "agencies/norges-bank/",
            "meetings/mote-1/",
            "meetings/",
            "timeline/",
            "documents/",
            "accessibility/",
        ):
            html = (home / page / "index.html").read_text(encoding="utf-8")
            assert f'<html lang="{"nb" if lang == "no" else "en"}">' in html
            assert '<a class="skip" href="#main">' in html
            assert 'http-equiv="Content-Security-Policy"' in html
            assert 'type="application/atom+xml"' in html
            assert "<script" not in html
    assert (built / "index.html").is_file()
    assert (
        (built / "files/2013-2015/meetings/mote-1/meeting.ics")
        .read_bytes()
        .startswith(b"BEGIN:VCALENDAR")
    )
    assert (built / "files/2013-2015/meetings/mote-1/agenda.en.html").is_file()
    assert not list(built.rglob("*.pdf"))  # --no-pdf


def test_front_page_counts_chart_and_text_alternative(built: Path) -> None:
    html = (built / "en/2013-2015/index.html").read_text(encoding="utf-8")
    assert "<h1>Norway&#39;s second Action Plan on Open Government Partnership</h1>" in html
    assert "1 October 2013 – 30 September 2015" in html and "<dd>Norway</dd>" in html
    assert re.search(r'<svg role="img" aria-labelledby="chart-title chart-desc"', html)
    assert "substantial: 1 of 26; limited: 0 of 26" in html  # the chart's description
    counts = re.findall(r'level-([a-z-]+)">[^<]+</span></th><td class="num">(\d+)</td>', html)
    assert dict(counts) == {
        "complete": "0",
        "substantial": "1",
        "limited": "0",
        "not-started": "0",
        "not-reported": "25",
    }
    # meeting no. 1 asked every agency for a status: those still without one are overdue
    assert "no status reported for 25 commitments" in html


def test_a_web_address_shown_as_itself_breaks_after_its_slashes(built: Path) -> None:
    html = (built / "en/2013-2015/commitments/4.22/index.html").read_text(encoding="utf-8")
    assert (
        '<a href="https://www.opengovpartnership.org/members/norway/commitments/NO0034/"'
        ' class="url">https://www.opengovpartnership.org/<wbr>members/<wbr>norway/<wbr>'
        "commitments/<wbr>NO0034/<wbr></a>"
    ) in html
    assert '<a href="../../../../en/2013-2015/agencies/ud/">UD</a>' in html  # others as before


def test_the_documents_page_lists_every_document_by_kind(built: Path) -> None:
    for lang, kinds in (
        ("en", {"Letters", "Meetings", "Status", "Data"}),
        ("no", {"Brev", "Møter", "Status", "Data"}),
    ):
        page = built / lang / "2013-2015/documents/index.html"
        html = page.read_text(encoding="utf-8")
        rows = re.findall(r'<tr><td[^>]*>([^<]+)</td><th scope="row"><a href="([^"]+)"', html)
        assert {kind for kind, _ in rows} == kinds, lang
        linked = {(page.parent / href).resolve() for _, href in rows}
        other = ".nb.html" if lang == "en" else ".en.html"  # a page lists its language's own
        files = {
            p.resolve()
            for p in (built / "files").rglob("*")
            if p.is_file() and not p.name.endswith(other) and p.suffix != ".css"
        }
        assert files <= linked, sorted(str(f) for f in files - linked)
        assert (built / lang / "2013-2015/feed.xml").resolve() in linked
        assert ">Document<" in html or ">Dokument<" in html


def test_a_note_of_several_lines_keeps_its_line_breaks(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    """A note with its points and paragraphs (a form's cell, a block scalar) shows its line
    breaks on the site, rather than running them together ('Linje 1 - punkt a - punkt b');
    the status overview, a table of one line a commitment, has them as spaces."""
    edit(
        "commitments.yaml",
        '  - id: "4.5"\n',
        '  - id: "4.5"\n    status:\n      - date: 2014-06-13\n        level: limited\n'
        "        source: E-post\n        note: |\n          Linje 1\n          - punkt a\n\n"
        "          Nytt avsnitt\n",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out)
    for lang, span in (("no", '<span class="lines">'), ("en", '<span lang="nb" class="lines">')):
        html = (out / lang / "2013-2015/commitments/4.5/index.html").read_text(encoding="utf-8")
        assert f"{span}Linje 1\n- punkt a\n\nNytt avsnitt</span>" in html, lang
    overview = run("--data", data_dir, "status", "--format", "md").output
    assert "Linje 1 - punkt a Nytt avsnitt (E-post)" in overview


def test_what_a_killed_run_left_beside_the_site_is_pointed_out_not_removed(
    run: RunFn, data_dir: Path, tmp_path: Path
) -> None:
    """A run killed while it wrote (SIGKILL: nothing of it runs on) leaves its half-written
    folder beside the site; the next run says so, and leaves it (another run may be
    writing it), and a run with nothing left beside it says nothing of the kind."""
    left = tmp_path / ".public.x1y2z3.new"
    left.mkdir()
    (left / "index.html").write_text("half", encoding="utf-8")
    result = _build(run, data_dir, tmp_path / "public")
    assert (
        f"note: {left} was left beside {tmp_path / 'public'} by an ogp site that did not "
        "finish; remove it once no ogp site is writing there"
    ) in result.stderr
    assert (left / "index.html").read_text(encoding="utf-8") == "half"
    shutil.rmtree(left)
    again = _build(run, data_dir, tmp_path / "public", "--force")
    assert "was left beside" not in again.stderr


def test_commitment_page_history_roles_and_norwegian_marks(built: Path) -> None:
    html = (built / "en/2013-2015/commitments/4.5/index.html").read_text(encoding="utf-8")
    assert "<h1>4.5 Re-use of public sector information</h1>" in html
    assert '<span lang="nb">I gang</span> <span class="only-nb">(only in Norwegian)</span>' in html
    assert html.index("13 June 2014") < html.index("17 March 2014")  # newest first
    assert 'href="../../../../en/2013-2015/meetings/mote-1/">Meeting no. 1</a>' in html
    shared = (built / "no/2013-2015/commitments/4.22/index.html").read_text(encoding="utf-8")
    assert "(overordnet ansvar)" in shared and "(implementering)" in shared
    nb = (built / "no/2013-2015/commitments/4.5/index.html").read_text(encoding="utf-8")
    assert 'href="../../../../en/2013-2015/commitments/4.5/" hreflang="en"' in nb


def test_norwegian_words_on_english_pages_say_so(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    """WCAG 3.1.2: the data's Norwegian words on an English page carry lang="nb": a chair's
    title, and where a status report comes from (as ogp intake writes it)."""
    edit(
        "commitments.yaml",
        '  - id: "4.5"\n',
        '  - id: "4.5"\n    status:\n'
        "      - {date: 2014-06-01, level: limited, source: Statusskjema fra KMD til møte 2}\n",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out)
    meeting = (out / "en/2013-2015/meetings/mote-1/index.html").read_text(encoding="utf-8")
    assert '<dd><span lang="nb">statssekretær Paul Chaffey (KMD)</span></dd>' in meeting
    page = (out / "en/2013-2015/commitments/4.5/index.html").read_text(encoding="utf-8")
    assert '<span lang="nb">Statusskjema fra KMD til møte 2</span>' in page
    nb = (out / "no/2013-2015/commitments/4.5/index.html").read_text(encoding="utf-8")
    assert "<td>Statusskjema fra KMD til møte 2</td>" in nb  # in its own language: no mark


def test_the_datas_words_in_links_and_names_carry_their_language(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    """WCAG 3.1.2: an evidence's title (the data's Norwegian) on an English page, an IRM
    report's name (English) on a Norwegian one, and a contact's or registration's job
    title; a link whose text is its web address is in no language."""
    edit(
        "commitments.yaml",
        '  - id: "4.5"\n',
        '  - id: "4.5"\n'
        "    contact: {name: Kari Nordmann, title: seniorrådgiver, agency: kmd}\n"
        "    status:\n"
        "      - date: 2014-06-13\n"
        "        level: limited\n"
        "        meeting: mote-2\n"
        "        evidence:\n"
        "          - {title: Mandat for utvalget, url: 'https://www.regjeringen.no/mandat'}\n"
        "          - {title: 'https://www.regjeringen.no/b', url: 'https://www.regjeringen.no/b'}\n",
    )
    edit(
        "commitments.yaml",
        "    irm:\n      # OGP's commitment page: https://www.opengovpartnership.org/members/norway/commitments/NO0020/\n"
        "      # and its newer version: https://opengovpartnership.org/members/norway/commitments/no0020\n"
        '      verifiable: {value: "no", ',
        '    irm:\n      verifiable: {report: "Norway Progress Report 2013-2015", value: "no", ',
    )
    edit(
        "meetings.yaml",
        '(telefon 22 24 03 01)"\n      contact: {name: An-Magritt Øye, agency: kmd,',
        '(telefon 22 24 03 01)"\n      contact: {name: An-Magritt Øye, title: seniorkonsulent, '
        "agency: kmd,",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out)
    en = (out / "en/2013-2015/commitments/4.5/index.html").read_text(encoding="utf-8")
    assert '<a href="https://www.regjeringen.no/mandat" lang="nb">Mandat for utvalget</a>' in en
    assert '<a href="https://www.regjeringen.no/b" class="url">' in en  # an address: no lang
    assert '<dd><span lang="nb">seniorrådgiver Kari Nordmann</span> (' in en
    nb = (out / "no/2013-2015/commitments/4.5/index.html").read_text(encoding="utf-8")
    assert '<a href="https://www.regjeringen.no/mandat">Mandat for utvalget</a>' in nb
    assert "<dd>seniorrådgiver Kari Nordmann (" in nb
    irm = next(
        p
        for p in (out / "no/2013-2015/commitments").glob("*/index.html")
        if "Norway Progress Report 2013-2015" in p.read_text(encoding="utf-8")
    )
    assert 'lang="en">Norway Progress Report 2013-2015</a>' in irm.read_text(encoding="utf-8")
    meeting = (out / "en/2013-2015/meetings/mote-1/index.html").read_text(encoding="utf-8")
    assert '<dd><span lang="nb">seniorkonsulent An-Magritt Øye, amo@kmd.dep.no' in meeting
    assert "</span>, by 7 March 2014</dd>" in meeting


def test_a_template_that_writes_a_text_as_it_is_gets_its_words() -> None:
    """A chair and a report's source became Texts (for their lang); an override written
    for the strings they were, {{ v.chair }}, still shows the words."""
    assert str(core.Text("statssekretær Paul Chaffey (KMD)", "nb")) == (
        "statssekretær Paul Chaffey (KMD)"
    )


def test_feed_read_by_feedparser(built: Path) -> None:
    import feedparser

    feed = feedparser.parse((built / "en/2013-2015/feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    titles = [e.title for e in feed.entries]
    assert titles[:2] == [
        "4.5 Re-use of public sector information: substantial",
        "4.5 Re-use of public sector information: limited",
    ]
    assert "Meeting no. 1, 17 March 2014" in titles
    links = {e.link for e in feed.entries}
    assert "https://example.github.io/ogp/en/2013-2015/commitments/4.5/" in links
    assert feed.feed.links[-1].href == "https://example.github.io/ogp/en/2013-2015/feed.xml"
    assert len({e.id for e in feed.entries}) == len(feed.entries)


FORM_REPORT = (
    '  - id: "4.9"\n',
    '  - id: "4.9"\n    status:\n'
    "      - {date: 2014-06-13, level: substantial, reported_by: kud,\n"
    "         source: Statusskjema fra KUD til møte 2}\n",
)


def test_feed_entries_name_the_commitment_where_it_was_reported_in_one_order(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    """An entry's title has the commitment's title in the feed's language; every status
    report says where it came from, a meeting's as a form's; both feeds hold the same
    entries in the same order (newest first, then in the plan's order); the author is the
    contact point."""
    import feedparser

    edit("commitments.yaml", *STATUS)
    edit("commitments.yaml", *FORM_REPORT)
    edit(
        "commitments.yaml",
        '  - id: "4.10"\n',
        '  - id: "4.10"\n    status:\n'
        "      - {date: 2014-06-13, level: limited, reported_by: kud, source: Statusskjema}\n",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out, "--base-url", "https://example.github.io/ogp/")
    feeds = {}
    for lang in ("no", "en"):
        feed = feedparser.parse((out / lang / "2013-2015/feed.xml").read_bytes())
        assert not feed.bozo, feed.bozo_exception
        feeds[lang] = feed
    en = {e.title: e for e in feeds["en"].entries}
    assert "4.5 Re-use of public sector information: substantial" in en
    form = en["4.9 Simplification and digital administration of arrangements for NGOs: substantial"]
    assert "Reported: Statusskjema fra KUD til møte 2." in form.summary
    assert "Reported by: KUD." in form.summary
    meeting = en["4.5 Re-use of public sector information: limited"]
    assert "Reported: Meeting no. 1." in meeting.summary
    # the Norwegian feed takes the English title where the data has no Norwegian one
    nb = [e.title for e in feeds["no"].entries]
    assert "4.9 Simplification and digital administration of arrangements for NGOs: betydelig" in nb
    assert (
        "Rapportert: Møte nr. 1."
        in feeds["no"]
        .entries[nb.index("4.5 Re-use of public sector information: begrenset")]
        .summary
    )

    def order(feed: object) -> list[str]:
        return [e.link.split("/2013-2015/")[1] for e in feed.entries]  # type: ignore[attr-defined]

    assert (
        order(feeds["no"])
        == order(feeds["en"])
        == [
            "commitments/4.5/",  # 2014-06-13, then in the plan's order: 4.9 before 4.10
            "commitments/4.9/",
            "commitments/4.10/",
            "commitments/4.5/",  # 2014-03-17
            "meetings/mote-1/",  # both announced on 2014-02-28: by id
            "meetings/mote-2/",
        ]
    )
    for feed in feeds.values():
        author = feed.feed.author_detail
        assert author.name == "Kommunal- og moderniseringsdepartementet"
        assert "handlingsplan" not in author.name.lower()


def test_a_text_only_in_norwegian_says_so_in_the_english_feed(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    """A feed's title and summary are plain text, with no markup to carry a language: the
    English feed says in words which texts it has only in Norwegian, as a page marks them
    (the Norwegian feed needs no mark)."""
    import feedparser

    edit(
        "commitments.yaml",
        "    title: Kommunereformen\n",
        "    title: Reformen av kommunestrukturen\n    status:\n"
        "      - {date: 2014-06-13, level: limited, meeting: mote-2, note: Lovforslag sendt}\n",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out)
    feeds = {
        lang: feedparser.parse((out / lang / "2013-2015/feed.xml").read_bytes())
        for lang in ("no", "en")
    }
    [en] = [e for e in feeds["en"].entries if "kommunereformen" in e.link]
    assert en.title == (
        "Kommunereformen Reformen av kommunestrukturen (only in Norwegian): limited"
    ), en.title
    assert en.summary.endswith("Lovforslag sendt (only in Norwegian)"), en.summary
    [nb] = [e for e in feeds["no"].entries if "kommunereformen" in e.link]
    assert "bare på norsk" not in nb.title + nb.summary, nb


def test_a_title_that_only_repeats_the_label_is_not_said_twice(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    """The bundled commitment 'Kommunereformen' is titled 'Kommunereformen': its heading,
    its page's title and its feed entry name it once; the list of commitments keeps both
    columns."""
    import feedparser

    edit(
        "commitments.yaml",
        "    title: Kommunereformen\n",
        "    title: Kommunereformen\n    status:\n"
        "      - {date: 2014-06-13, level: limited, meeting: mote-2}\n",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out)
    for lang in ("no", "en"):
        page = (out / lang / "2013-2015/commitments/kommunereformen/index.html").read_text()
        assert "<h1>Kommunereformen</h1>" in page
        assert "<title>Kommunereformen – " in page
        feed = feedparser.parse((out / lang / "2013-2015/feed.xml").read_bytes())
        [entry] = [e for e in feed.entries if "kommunereformen" in e.link]
        assert entry.title.startswith("Kommunereformen: "), entry.title
    listing = (out / "no/2013-2015/commitments/index.html").read_text()
    assert "Kommunereformen</a></th><td>Kommunereformen</td>" in listing


def test_without_a_base_url_the_feed_resolves_against_its_own_address(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    import feedparser

    edit("commitments.yaml", *STATUS)
    out = tmp_path / "public"
    _build(run, data_dir, out)
    served = "http://localhost:8000/en/2013-2015/feed.xml"  # python -m http.server -d public
    feed = feedparser.parse(
        (out / "en/2013-2015/feed.xml").read_bytes(),
        response_headers={"content-location": served, "content-type": "application/atom+xml"},
    )
    assert not feed.bozo, feed.bozo_exception
    assert {link.rel: link.href for link in feed.feed.links}["self"] == served
    assert "http://localhost:8000/en/2013-2015/commitments/4.5/" in {e.link for e in feed.entries}
    assert feed.feed.link == "http://localhost:8000/en/2013-2015/"


def test_the_feed_holds_the_newest_entries_and_points_at_the_whole_history(
    data_dir: Path, edit: EditFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit("commitments.yaml", *STATUS)
    data = dataset.load(data_dir)
    every = core.build(data, today=dt.date(2014, 3, 1)).feeds[1].entries
    monkeypatch.setattr(core, "FEED_ENTRIES", 3)
    feed = core.build(data, today=dt.date(2014, 3, 1)).feeds[1]
    assert len(every) > 3
    assert feed.entries == every[:3]  # the newest three, in the same order
    assert feed.updated == every[0].updated
    xml = site_out.atom(feed, None).decode("utf-8")
    assert '<link rel="related" type="text/csv" href="../../files/2013-2015/status.csv" />' in xml


def test_plan_json_and_csv_read_back(built: Path, data_dir: Path) -> None:
    plan = json.loads((built / "files/2013-2015/plan.json").read_text(encoding="utf-8"))
    data = dataset.load(data_dir)
    assert [c["id"] for c in plan["commitments"]] == [
        c.id for c in data.commitments_in_plan_order()
    ]
    c45 = next(c for c in plan["commitments"] if c["id"] == "4.5")
    assert c45["level"] == "substantial"
    assert [s["date"] for s in c45["status"]] == ["2014-03-17", "2014-06-13"]
    assert plan["plan"]["start"] == "2013-10-01"

    def table(name: str) -> list[dict[str, str]]:
        text = (built / "files/2013-2015" / name).read_text(encoding="utf-8-sig")
        return list(csv.DictReader(io.StringIO(text)))

    fields = ("commitment", "date", "level", "note", "meeting", "source")
    rows = [{k: r[k] for k in fields} for r in table("status.csv")]
    assert rows == [
        {
            "commitment": "4.5",
            "date": "2014-03-17",
            "level": "limited",
            "note": "I gang",
            "meeting": "mote-1",
            "source": "",
        },
        {
            "commitment": "4.5",
            "date": "2014-06-13",
            "level": "substantial",
            "note": "",
            "meeting": "mote-2",
            "source": "",
        },
    ]
    commitments = table("commitments.csv")
    assert len(commitments) == 26 and commitments[3]["owners"] == "difi"
    assert commitments[0]["ogp_id"] == "NO0020"


def test_registered_people_never_reach_the_site(built: Path) -> None:
    """Only what data/ holds is published; nothing from private/ (people who register)."""
    text = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in built.rglob("*") if p.is_file()
    )
    assert "private/" not in text


HOSTILE_TITLE = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & more'


def test_hostile_text_is_inert(run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path) -> None:
    edit(
        "commitments.yaml",
        'title_en: "Simplify"',
        f"title_en: '{HOSTILE_TITLE}'",
    )
    edit("commitments.yaml", *STATUS)
    edit("commitments.yaml", "note: I gang", "note: 'javascript:alert(3) </td></tr></table>'")
    out = tmp_path / "public"
    _build(run, data_dir, out)
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html, page
        assert "<img src=x" not in html, page
        assert 'href="javascript:' not in html, page
    page = (out / "en/2013-2015/commitments/4.3/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    import feedparser

    feed = feedparser.parse((out / "en/2013-2015/feed.xml").read_bytes())
    assert not feed.bozo


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("javascript:alert(1)", "'javascript:' links are not allowed"),
        ("data:text/html,<b>x</b>", "'data:' links are not allowed"),
        ("www.uustatus.no", "has no https:// in front"),
        ("https://uustatus.no/a b", "a web address has no spaces"),
    ],
)
def test_links_from_the_data_are_refused_unless_http(
    run: RunFn, data_dir: Path, edit: EditFn, value: str, message: str
) -> None:
    edit(
        "commitments.yaml",
        "  contact_point: kmd\n",
        f"  contact_point: kmd\n  accessibility:\n    statement_url: '{value}'\n",
    )
    result = run("--data", data_dir, "validate")
    assert result.exit_code == 1
    assert message in result.output and "[url]" in result.output


def test_accessibility_statement_from_the_data(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    edit(
        "commitments.yaml",
        "  contact_point: kmd\n",
        "  contact_point: kmd\n  accessibility:\n    email: uu@kmd.example.no\n"
        "    statement_url: https://uustatus.no/nb/erklaringer/publisert/0000\n"
        "    known_issues: [PDF-vedleggene er ikke universelt utformet]\n",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out)
    html = (out / "no/2013-2015/accessibility/index.html").read_text(encoding="utf-8")
    assert "Kommunal- og moderniseringsdepartementet har ansvaret" in html
    assert 'href="mailto:uu@kmd.example.no"' in html
    assert 'href="https://uustatus.no/nb/erklaringer/publisert/0000"' in html
    assert "PDF-vedleggene er ikke universelt utformet" in html


@pytest.mark.parametrize(
    ("ident", "segment"),
    [
        ("4.10", "4.10"),
        ("Norges-Bank", "norges-bank"),
        ("a b", "a-b-"),
        ("../../etc", "etc-"),
        ("a/b", "a-b-"),
        ("særlig", "s-rlig-"),
        ("", "id-"),
        (".", "id-"),
    ],
)
def test_slug_is_one_safe_segment_for_any_id(ident: str, segment: str) -> None:
    made = core.slug(ident)
    assert made.startswith(segment)
    assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*", made) and ".." not in made
    assert core.slug(ident) == made  # stable


def test_slugs_of_different_odd_ids_differ() -> None:
    odd = ["a b", "a/b", "a_b ", "A B", "a\u00a0b", "a\nb"]
    assert len({core.slug(x) for x in odd}) == len(odd)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://www.opengovpartnership.org/members/norway/", True),
        ("http://example.org", True),
        ("mailto:amo@kmd.dep.no", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("vbscript:x", False),
        ("//evil.example", False),
        ("https://a.example/\x00x", False),
        ("https://a.example/ x", False),
    ],
)
def test_safe_url_keeps_only_http_and_mailto(url: str, kept: bool) -> None:
    assert (core.safe_url(url) is not None) is kept


def test_an_existing_folder_is_kept_unless_force_and_only_an_ogp_site_is_replaced(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    out = tmp_path / "public"
    _build(run, data_dir, out)
    again = run("--data", data_dir, "site", "-o", out, "--no-pdf")
    assert again.exit_code == 1 and "use --force" in again.output
    page = out / "no" / "2013-2015" / "commitments" / "4.25" / "index.html"
    assert page.is_file()
    edit("commitments.yaml", '  - id: "4.25"', '  - id: "4.26"')
    _build(run, data_dir, out, "--force")
    assert not page.exists() and page.parent.with_name("4.26").is_dir()  # replaced as a whole
    for mine in ("CNAME", ".git/config", "no/notes.txt"):
        (out / mine).parent.mkdir(parents=True, exist_ok=True)
        (out / mine).write_text("keep me")
        kept = run("--data", data_dir, "site", "-o", out, "--no-pdf", "--force")
        assert kept.exit_code == 1, kept.output
        shown = mine.replace("/config", "/")
        assert f"holds files that ogp site did not write: {shown}; refusing" in kept.output
        assert (out / mine).read_text() == "keep me"
        (out / mine).unlink()
        if mine.startswith(".git/"):
            (out / ".git").rmdir()
    _build(run, data_dir, out, "--force")
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    refused = run("--data", data_dir, "site", "-o", other, "--no-pdf", "--force")
    assert refused.exit_code == 1 and "did not write" in refused.output
    # without --force, the same answer: it does not send anyone to a --force that refuses
    unforced = run("--data", data_dir, "site", "-o", other, "--no-pdf")
    assert unforced.exit_code == 1 and "did not write" in unforced.output, unforced.output
    assert "use --force" not in unforced.output
    assert (other / "notes.txt").read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers


def test_nothing_written_when_the_data_is_wrong(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    edit("commitments.yaml", "owners: [kmd, jd, kud]", "owners: [kmd, jd, kudx]")
    result = run("--data", data_dir, "site", "-o", tmp_path / "public")
    assert result.exit_code == 1 and "unknown agency 'kudx'" in result.output
    assert not (tmp_path / "public").exists()


def test_refuses_to_write_into_the_data(run: RunFn, data_dir: Path) -> None:
    result = run("--data", data_dir, "site", "-o", data_dir / "site", "--no-pdf")
    assert result.exit_code == 1 and "refusing to write" in result.output


def test_bad_base_url_is_a_usage_error(run: RunFn, data_dir: Path, tmp_path: Path) -> None:
    result = run("--data", data_dir, "site", "-o", tmp_path / "p", "--base-url", "javascript:x")
    assert result.exit_code == 2 and "is not a web address" in result.output


def test_templates_override_a_page(run: RunFn, data_dir: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine" / "site"
    mine.mkdir(parents=True)
    (mine / "timeline.html.j2").write_text(
        '{% extends "site/base.html.j2" %}{% block main %}<h1>Vår egen: {{ page.title }}</h1>'
        "{% endblock %}",
        encoding="utf-8",
    )
    out = tmp_path / "public"
    result = run(
        "--data", data_dir, "--templates", tmp_path / "mine", "site", "-o", out, "--no-pdf"
    )
    assert result.exit_code == 0, result.output
    html = (out / "no/2013-2015/timeline/index.html").read_text(encoding="utf-8")
    assert "<h1>Vår egen: Tidslinje</h1>" in html
    # the accessibility statement no longer says that the templates are ogp's checked ones
    statement = (out / "en/2013-2015/accessibility/index.html").read_text(encoding="utf-8")
    assert "axe-core" not in statement and "WCAG 2.1 at levels A and AA" in statement


def test_a_documents_template_written_for_its_rows_alone_still_lists_them(
    run: RunFn, data_dir: Path, tmp_path: Path
) -> None:
    # the documents page's view was its rows before it described the data files too
    mine = tmp_path / "mine" / "site"
    mine.mkdir(parents=True)
    (mine / "documents.html.j2").write_text(
        '{% extends "site/base.html.j2" %}{% block main %}<ul>{% for r in page.view %}'
        "<li>{{ r.kind }}: {{ r.link|link }}</li>{% endfor %}</ul>{% endblock %}",
        encoding="utf-8",
    )
    out = tmp_path / "public"
    result = run("--data", data_dir, "--templates", mine.parent, "site", "-o", out, "--no-pdf")
    assert result.exit_code == 0, result.output
    html = (out / "en/2013-2015/documents/index.html").read_text(encoding="utf-8")
    assert 'Data: <a href="../../../files/2013-2015/commitments.csv">' in html


def test_the_accessibility_statement_claims_only_what_ogp_checks(built: Path) -> None:
    en = (built / "en/2013-2015/accessibility/index.html").read_text(encoding="utf-8")
    assert (
        "The templates that ogp makes these pages with are checked automatically with "
        "axe-core against WCAG 2.1 A and AA in a browser" in en
    )
    assert "before the site is published" not in en


@pytest.mark.parametrize(
    "document", ["status.html.j2", "letter.css.j2", "agenda.html.j2", "scrolls.html.j2"]
)
def test_an_overridden_document_template_is_no_checked_template(
    run: RunFn, data_dir: Path, tmp_path: Path, document: str
) -> None:
    # the site publishes the status overview, the letters and the agendas as HTML too: made
    # with a template of the user's, they are not what ogp's browser tests checked
    from ogp.output.templating import packaged_templates

    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(packaged_templates() / document, mine / document)
    out = tmp_path / "public"
    result = run("--data", data_dir, "--templates", mine, "site", "-o", out, "--no-pdf")
    assert result.exit_code == 0, result.output
    statement = (out / "en/2013-2015/accessibility/index.html").read_text(encoding="utf-8")
    assert "axe-core" not in statement and "WCAG 2.1 at levels A and AA" in statement


def test_an_overridden_unpublished_template_keeps_the_statement(
    run: RunFn, data_dir: Path, tmp_path: Path
) -> None:
    from ogp.output.templating import packaged_templates

    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(packaged_templates() / "letter.md.j2", mine / "letter.md.j2")
    out = tmp_path / "public"
    result = run("--data", data_dir, "--templates", mine, "site", "-o", out, "--no-pdf")
    assert result.exit_code == 0, result.output
    statement = (out / "en/2013-2015/accessibility/index.html").read_text(encoding="utf-8")
    assert "axe-core" in statement


def test_a_template_error_names_the_template(run: RunFn, data_dir: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine" / "site"
    mine.mkdir(parents=True)
    (mine / "documents.html.j2").write_text("{{ page.nosuch.thing }}", encoding="utf-8")
    result = run("--data", data_dir, "--templates", tmp_path / "mine", "site", "-o", tmp_path / "p")
    assert result.exit_code == 1
    assert "documents.html.j2:1: template error" in result.output
    assert not (tmp_path / "p").exists()


def test_last_changed_from_git_else_mtime(data_dir: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", *args],
            cwd=data_dir,
            check=True,
            capture_output=True,
            env={
                "GIT_AUTHOR_DATE": "2014-06-20T10:00:00+00:00",
                "GIT_COMMITTER_DATE": "2014-06-20T10:00:00+00:00",
                "GIT_AUTHOR_NAME": "t",
                "GIT_AUTHOR_EMAIL": "t@example.org",
                "GIT_COMMITTER_NAME": "t",
                "GIT_COMMITTER_EMAIL": "t@example.org",
                "HOME": str(data_dir),
                "PATH": "/usr/bin:/bin",
            },
        )

    mtime = gitrev.last_changed(data_dir)  # not in a repository (a temporary folder)
    assert mtime is not None and mtime > dt.date(2014, 6, 20)  # the copy was made today
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "data")
    assert gitrev.last_changed(data_dir) == dt.date(2014, 6, 20)
    (data_dir / "agencies.yaml").write_text(
        (data_dir / "agencies.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    assert gitrev.last_changed(data_dir) != dt.date(2014, 6, 20)  # uncommitted: the files' time


def test_site_words_exist_in_both_languages() -> None:
    assert SITE_WORDS["nb"].keys() == SITE_WORDS["en"].keys()


def test_urls_depend_on_ids_only(data_dir: Path) -> None:
    data = dataset.load(data_dir)
    a = core.build(data, today=dt.date(2014, 1, 1))
    b = core.build(data, today=dt.date(2030, 1, 1), last_changed=dt.date(2020, 1, 1))
    assert [p.path for p in a.pages] == [p.path for p in b.pages]
    assert all(p.path.startswith(("no/2013-2015/", "en/2013-2015/")) for p in a.pages)


def test_whats_next_depends_on_the_day(data_dir: Path) -> None:
    data = dataset.load(data_dir)
    site = core.build(data, today=dt.date(2014, 3, 1))
    front = next(p for p in site.pages if p.template == "front" and p.lang == "en")
    assert [
        (
            d.date.isoformat(),
            d.link.text if d.link else "",
            d.text,
            (d.quote.text, d.quote.only_nb) if d.quote else None,
        )
        for d in front.view.next
    ] == [
        ("2014-03-07", "Registration deadline for Meeting no. 1", "", None),
        ("2014-03-17", "Meeting: Meeting no. 1", "", None),
        (
            "2014-05-08",
            "Timeline",
            "",
            ("OGPs europeiske regionale møte, med Irland som vertskap", True),
        ),
        ("2014-06-03", "Registration deadline for Meeting no. 2", "", None),
        ("2014-06-13", "Meeting: Meeting no. 2", "", None),
    ]
    assert front.view.overdue == ()  # no meeting with a status round has been held yet


def test_pages_of_records_are_made_by_the_process_that_renders_them(data_dir: Path) -> None:
    """Building the site makes no commitment's or agency's page yet, nor their lists, a
    feed's entries or the data files: each is made when it is rendered (by the site's
    processes, side by side), and then once; their titles are known at once."""
    data = dataset.load(data_dir)
    site = core.build(data, today=dt.date(2014, 3, 1))
    kinds = ("commitment", "agency", "commitments", "agencies")
    lazy = [p for p in site.pages if p.template in kinds]
    assert {p.template for p in lazy} == set(kinds)
    assert all("view" not in vars(p) for p in lazy)
    assert all("entries" not in vars(f) for f in site.feeds)
    assert not {"plan_json", "csv_commitments", "csv_status"} & set(vars(site))
    assert site.plan_json is site.plan_json and site.csv_status[0][0]
    c = next(p for p in lazy if p.template == "commitment" and p.lang == "en")
    assert c.title == f"{c.view.label} {c.view.title.text}"
    assert c.view is c.view  # made once
    assert site.feeds[0].updated == max(e.updated for e in site.feeds[0].entries)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every site, however small, rendered by forked processes; whether each render forked."""
    monkeypatch.setattr(site_out, "MIN_PARALLEL_PAGES", 1)
    forked: list[bool] = []
    pool = site_out._Run.processes

    def spy(self: site_out._Run, jobs: int, pages: int) -> object:
        made = pool(self, jobs, pages)
        forked.append(made is not None)
        return made

    monkeypatch.setattr(site_out._Run, "processes", spy)
    return forked


def test_pages_rendered_by_several_processes_are_the_same_files(
    run: RunFn, data_dir: Path, tmp_path: Path, forks: list[bool]
) -> None:
    _build(run, data_dir, tmp_path / "one", "--jobs", "1")
    _build(run, data_dir, tmp_path / "three", "--jobs", "3")
    assert forks == [False, True]
    one, three = _files(tmp_path / "one"), _files(tmp_path / "three")
    assert len(one) > 100 and one == three


def test_a_process_with_other_threads_renders_its_pages_itself(
    run: RunFn, data_dir: Path, tmp_path: Path, forks: list[bool]
) -> None:
    """Forking a process while another thread holds a lock can leave the child waiting for
    ever; with a second thread alive the pages are rendered here, the same files."""
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        _build(run, data_dir, tmp_path / "threads", "--jobs", "2")
    finally:
        stop.set()
        other.join()
    _build(run, data_dir, tmp_path / "forked", "--jobs", "2")
    assert forks == [False, True]
    assert _files(tmp_path / "threads") == _files(tmp_path / "forked")


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{{ page.nosuch.thing }}", "commitment.html.j2:1: template error"),
        ("{{ page.view.__class__.__mro__ }}", "commitment.html.j2:1: template refused"),
        ("{{ w.__class__ }}", "commitment.html.j2:1: template refused"),
    ],
)
def test_a_page_that_fails_in_another_process_stops_the_site(
    run: RunFn, data_dir: Path, tmp_path: Path, forks: list[bool], template: str, expected: str
) -> None:
    mine = tmp_path / "mine" / "site"
    mine.mkdir(parents=True)
    (mine / "commitment.html.j2").write_text(template, encoding="utf-8")
    out = tmp_path / "p"
    result = run(
        "--data", data_dir, "--templates", tmp_path / "mine", "site", "-o", out, "--jobs", "2"
    )
    assert forks == [True]
    assert result.exit_code == 1, result.output
    assert expected in result.output.splitlines()[0]
    assert "Traceback" not in result.output
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers


def test_shared_pieces_come_from_the_macros_template(
    run: RunFn, data_dir: Path, tmp_path: Path
) -> None:
    """navigation, crumbs and footer are made once per set of arguments, from macros.html.j2."""
    macros = (ROOT_TEMPLATES / "site" / "macros.html.j2").read_text(encoding="utf-8")
    mine = tmp_path / "mine" / "site"
    mine.mkdir(parents=True)
    (mine / "macros.html.j2").write_text(
        macros.replace('<footer class="site">', '<footer class="site mine">'), encoding="utf-8"
    )
    out = tmp_path / "public"
    result = run(
        "--data", data_dir, "--templates", tmp_path / "mine", "site", "-o", out, "--no-pdf"
    )
    assert result.exit_code == 0, result.output
    pages = list(out.rglob("index.html"))
    assert len(pages) > 50
    for page in pages[:: max(1, len(pages) // 20)]:
        html = page.read_text(encoding="utf-8")
        if "<footer" in html:
            assert '<footer class="site mine">' in html
    # the current section is marked in each language's navigation, page by page
    agency = (out / "en/2013-2015/agencies/norges-bank/index.html").read_text(encoding="utf-8")
    assert 'href="../../../../en/2013-2015/agencies/" aria-current="true"' in agency
    listing = (out / "en/2013-2015/agencies/index.html").read_text(encoding="utf-8")
    assert 'href="../../../en/2013-2015/agencies/" aria-current="page"' in listing


def test_a_norwegian_text_on_the_english_front_page_is_marked(
    data_dir: Path, tmp_path: Path
) -> None:
    from ogp.output.context import OutputContext

    site = core.build(dataset.load(data_dir), today=dt.date(2014, 3, 1), pdf=False)
    out = tmp_path / "public"
    site_out.publish(out, site, OutputContext.for_stream(None, "en"), force=False, protected=[])
    html = (out / "en/2013-2015/index.html").read_text(encoding="utf-8")
    assert (
        '<a href="../../en/2013-2015/timeline/">Timeline</a>: <span lang="nb">OGPs europeiske '
        'regionale møte, med Irland som vertskap</span> <span class="only-nb">'
    ) in html
    assert '<a href="../../en/2013-2015/meetings/mote-1/">Meeting: Meeting no. 1</a></li>' in html
    nb = (out / "no/2013-2015/index.html").read_text(encoding="utf-8")
    assert '<span class="only-nb">' not in nb


def test_irm_findings_in_the_pages_language_where_ogp_has_the_words(built: Path) -> None:
    """The codes (no, did-not-change) in the page's words; the IRM's own texts marked English."""
    nb = (built / "no/2013-2015/commitments/4.10/index.html").read_text(encoding="utf-8")
    assert '<th scope="row">Ble forvaltningen mer åpen?</th><td>ingen endring<' in nb
    assert '<th scope="row">Ambisjon</th><td><span lang="en">Low</span>' in nb
    en = (built / "en/2013-2015/commitments/4.10/index.html").read_text(encoding="utf-8")
    assert '<th scope="row">Did it open government?</th><td>did not change<' in en
    assert "did-not-change" not in nb + en


def test_without_weasyprint_the_site_has_no_pdfs_and_says_so(
    run: RunFn, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ogp site -o public` right after `pip install -e .` (no pdf extra) still works."""
    from ogp.errors import OgpError
    from ogp.output import pdf

    def missing() -> object:
        raise OgpError("PDF output needs WeasyPrint, which is not installed", hint=pdf.INSTALL_HINT)

    monkeypatch.setattr(pdf, "import_weasyprint", missing)
    result = run("--data", data_dir, "site", "-o", tmp_path / "public")
    assert result.exit_code == 0, result.output
    assert "note: the letters are left out as PDF" in result.output
    assert list((tmp_path / "public").rglob("*.pdf")) == []
    asked = run("--data", data_dir, "site", "-o", tmp_path / "p2", "--pdf")
    assert asked.exit_code == 1 and "needs WeasyPrint" in asked.output
    assert not (tmp_path / "p2").exists()


def test_an_english_meeting_page_marks_the_agendas_norwegian_titles(built: Path) -> None:
    """WCAG 3.1.2, as on the printable agenda: the data's Norwegian marked, ogp's words not."""
    en = (built / "en/2013-2015/meetings/mote-1/index.html").read_text(encoding="utf-8")
    assert (
        '<th scope="row"><span lang="nb">Muntlig orientering om status for de enkelte '
        "forpliktelsene i handlingsplanen</span> (2–3 min. for each responsible agency)"
    ) in en
    nb = (built / "no/2013-2015/meetings/mote-1/index.html").read_text(encoding="utf-8")
    assert '<th scope="row">Muntlig orientering om status' in nb
    # the agenda's column is a duration, not the meeting's minutes (the section below it)
    assert '<th scope="col" class="num">Duration (min.)</th>' in en
    assert '<h2 id="minutes">Minutes</h2>' in en


@pytest.mark.parametrize(
    ("name", "lang", "shown"),
    [
        ("Norge", "en", core.Text("Norway", "en")),
        ("Norge", "nb", core.Text("Norge", "nb")),
        ("Sverige", "en", core.Text("Sweden", "en")),
        ("  norge ", "en", core.Text("Norway", "en")),
        ("Atlantis", "en", core.Text("Atlantis", "nb")),  # not a country CLDR knows: as written
        ("Europa", "en", core.Text("Europa", "nb")),  # a region, not a country
    ],
)
def test_the_plans_country_in_the_pages_language(name: str, lang: str, shown: core.Text) -> None:
    assert core._country(name, lang) == shown


def test_the_english_front_page_names_the_country_in_english(built: Path) -> None:
    en = (built / "en/2013-2015/index.html").read_text(encoding="utf-8")
    assert "<dt>Country</dt><dd>Norway</dd>" in en
    nb = (built / "no/2013-2015/index.html").read_text(encoding="utf-8")
    assert "<dt>Land</dt><dd>Norge</dd>" in nb


def test_a_commitment_without_a_title_says_so_in_the_lists(built: Path) -> None:
    """4.19 has no title in the data (none could be found): the lists say so, not a blank."""
    en = (built / "en/2013-2015/commitments/index.html").read_text(encoding="utf-8")
    assert '4.19</a></th><td><span class="note">(no title in the data)</span></td>' in en
    nb = (built / "no/2013-2015/agencies/kmd/index.html").read_text(encoding="utf-8")
    assert '4.19</a></th><td><span class="note">(ingen tittel i dataene)</span></td>' in nb


def test_a_marker_this_ogp_does_not_read_keeps_the_folder(
    run: RunFn, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "public"
    _build(run, data_dir, out)
    marker = out / ".ogp-site"
    assert marker.read_text(encoding="utf-8").startswith("ogp-site-manifest: 1\n")
    marker.write_text("ogp-site-manifest: 9\n", encoding="utf-8")
    refused = run("--data", data_dir, "site", "-o", out, "--no-pdf", "--force")
    assert refused.exit_code == 1
    assert "is not a list of files this ogp reads" in refused.output
    assert (out / "index.html").is_file()
    # an older ogp's marker lists no files: that site is replaced as a whole
    marker.write_text(
        "This folder was written by `ogp site`; it is replaced as a whole.\n", encoding="utf-8"
    )
    (out / "old-page.html").write_text("old", encoding="utf-8")
    _build(run, data_dir, out, "--force")
    assert not (out / "old-page.html").exists()


def test_the_data_files_give_each_commitments_page(
    run: RunFn, data_dir: Path, built: Path, tmp_path: Path
) -> None:
    """plan.json and commitments.csv give the address of each commitment's page in both
    languages: absolute with --base-url, else from the site's root; each is a page."""
    base = "https://example.github.io/ogp/"
    relative = tmp_path / "relative"
    _build(run, data_dir, relative)
    for out, prefix in ((built, base), (relative, "")):
        plan = _plan(out)
        c45 = next(c for c in plan["commitments"] if c["id"] == "4.5")
        assert c45["url"] == prefix + "no/2013-2015/commitments/4.5/"
        assert c45["url_en"] == prefix + "en/2013-2015/commitments/4.5/"
        rows = _table(out, "commitments.csv")
        assert [(r["url"], r["url_en"]) for r in rows] == [
            (c["url"], c["url_en"]) for c in plan["commitments"]
        ]
        for r in rows:
            for url in (r["url"], r["url_en"]):
                assert url.startswith(prefix)
                assert (out / url[len(prefix) :] / "index.html").is_file(), url


def test_status_csv_keeps_the_evidences_titles_beside_their_addresses(
    run: RunFn, data_dir: Path, edit: EditFn, tmp_path: Path
) -> None:
    """evidence_titles: one title a line, the n-th that of evidence's n-th address, as
    plan.json has them; the cell starts with ' where it would start a formula, as any."""
    edit(
        "commitments.yaml",
        '  - id: "4.5"\n',
        '  - id: "4.5"\n'
        "    status:\n"
        "      - date: 2014-06-13\n"
        "        level: limited\n"
        "        meeting: mote-2\n"
        "        evidence:\n"
        "          - {title: '=HYPERLINK(\"https://evil.example\")', url: 'https://a.example/1'}\n"
        "          - {title: Mandat for  utvalget, url: 'https://www.regjeringen.no/mandat'}\n"
        "          - {title: '-Rapport 2014', url: 'https://b.example/r'}\n",
    )
    out = tmp_path / "public"
    _build(run, data_dir, out)
    (row,) = _table(out, "status.csv")
    (report,) = next(c for c in _plan(out)["commitments"] if c["id"] == "4.5")["status"]
    assert row["evidence"].split(" ") == [e["url"] for e in report["evidence"]]
    titles = [e["title"] for e in report["evidence"]]
    assert titles == ['=HYPERLINK("https://evil.example")', "Mandat for  utvalget", "-Rapport 2014"]
    # the cell starts with ', as any cell that would start a formula; its lines are the titles
    assert row["evidence_titles"].split("\n") == ["'" + titles[0], *titles[1:]]


def _described(html: str) -> set[str]:
    """The columns and fields a documents page describes (each a <dt><code>)."""
    return {re.sub(r"<wbr>", "", m) for m in re.findall(r"<dt><code>(.+?)</code></dt><dd>", html)}


def test_every_column_and_field_written_is_described_in_both_languages(built: Path) -> None:
    """The documents page describes every column the CSV files have and every field of
    plan.json (its keys, and a commitment's and a report's that the CSVs have not, or
    in another shape), each from the table the writer writes them by."""
    commitments, status = (_table(built, n)[0] for n in ("commitments.csv", "status.csv"))
    assert tuple(commitments) == core.COMMITMENT_COLUMNS == core.DATA_FIELDS["commitments"]
    assert tuple(status) == core.STATUS_COLUMNS == core.DATA_FIELDS["status"]
    plan = _plan(built)
    fields = set(core.DATA_FIELDS["json"])
    assert {k for k in fields if "." not in k} == set(plan)
    c45 = next(c for c in plan["commitments"] if c["id"] == "4.5")
    in_json = {f"commitments[].{k}" for k in c45 if k not in commitments}
    in_json |= {f"commitments[].status[].{k}" for r in c45["status"] for k in r if k not in status}
    assert in_json <= fields, in_json - fields
    assert plan["format"] == core.PLAN_FORMAT
    for lang in ("no", "en"):
        html = (built / lang / "2013-2015/documents/index.html").read_text(encoding="utf-8")
        assert _described(html) == set(commitments) | set(status) | fields, lang
        for code in ("not-reported", "no-evidence", "substantial"):
            assert f"<dt><code>{code}</code>" in html
        assert core.PLAN_FORMAT in html
    for key, names in core.DATA_FIELDS.items():
        for name in names:
            nb, en = (SITE_WORDS[lang][f"field_{key}_{name}"] for lang in ("nb", "en"))
            assert nb and en and nb != en, (key, name)


def data_reference() -> str:
    """docs/data.md: what the documents page says of the data files, in English."""
    data = dataset.load(ROOT_TEMPLATES.parent / "data")
    site = core.build(data, today=dt.date(2014, 3, 1))
    w = SITE_WORDS["en"]
    parts = [
        "# The site's data files\n",
        "What `ogp site` writes into `files/<plan>/` for the IRM and other tools, as its "
        "documents page says it; generated from the code that writes the files, by "
        "`pytest --update-golden`.\n",
        w["data_files_intro"] + "\n",
    ]
    for f in core.data_file_views("en", site.data_files):
        rows = "".join(f"| `{name}` | {text} |\n" for name, text in f.fields)
        head = f"| {w['data_field']} | What it holds |\n| --- | --- |\n"
        parts.append(f"## {f.link.text}\n\n{f.text}\n\n{head}{rows}")
    levels = "".join(
        f"| `{code}` | {label} | {text} |\n" for code, label, text in core.level_words("en")
    )
    head = "| Code | Words | Meaning |\n| --- | --- | --- |\n"
    parts.append(f"## {w['level_words']}\n\n{w['level_words_intro']}\n\n{head}{levels}")
    return "\n".join(parts)


def test_the_data_files_reference_is_current(request: pytest.FixtureRequest) -> None:
    from tests.test_cli_reference import check_generated

    check_generated(ROOT_TEMPLATES.parent / "docs" / "data.md", data_reference(), request)


def test_a_meeting_page_names_its_letters_in_the_pages_language(
    run: RunFn, data_dir: Path, tmp_path: Path
) -> None:
    """ogp's own words about a letter are in the page's language; the letter's title stays
    in its Norwegian, marked so on the English page."""
    out = tmp_path / "public"
    _build(run, data_dir, out)
    en = (out / "en/2013-2015/meetings/mote-1/index.html").read_text(encoding="utf-8")
    assert '<li>Letter 14/797- of 28 Feb 2014: <span lang="nb">Open Government' in en
    assert "Brev 14/797" not in en
    nb = (out / "no/2013-2015/meetings/mote-1/index.html").read_text(encoding="utf-8")
    assert '<li>Brev 14/797- av 28.02.2014: <span lang="nb">Open Government' in nb


@pytest.mark.parametrize(
    ("counts", "shares"),
    [
        ([1, 2, 1, 0, 22], [4, 8, 4, 0, 84]),  # the bundled plan: rounding each gave 101 %
        ([1, 1, 1], [34, 33, 33]),
        ([0, 0, 0], [0, 0, 0]),
        ([7], [100]),
    ],
)
def test_the_front_pages_shares_add_up_to_100(counts: list[int], shares: list[int]) -> None:
    assert core.percents(counts) == shares
