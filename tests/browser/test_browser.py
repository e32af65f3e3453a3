"""The site and every HTML output in a real browser: axe-core's WCAG 2.1 A/AA rules, no
console errors, no request leaving the machine, every internal link resolving, the
keyboard's first stop the skip link, and nothing lost with JavaScript off.

Headless Chromium (Debian's ``chromium`` package) is driven by Playwright for
Python; axe-core comes from the npm registry (``npm ci`` in tests/browser, as
.ci/run does). The pages are served over http://127.0.0.1 on a free port by
``http.server`` in a thread. Where chromium or axe-core is missing the tests
skip and say why, except in CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from click.testing import CliRunner

from ogp.cli import cli
from tests.conftest import DATA

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("OGP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCREENSHOTS = os.environ.get("OGP_SCREENSHOTS")  # a folder: save screenshots there to look at


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    if not AXE.exists():
        return "axe-core is not installed (npm ci in tests/browser)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"the browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


# Status reports for the scratch data, so that every kind of row and level is on the pages.
STATUS = {
    '  - id: "4.5"\n': "    status:\n"
    "      - {date: 2014-03-17, level: limited, meeting: mote-1, note: Arbeidet er i gang}\n"
    "      - {date: 2014-06-13, level: substantial, meeting: mote-2}\n",
    '  - id: "4.4"\n': "    status:\n      - {date: 2014-06-13, level: complete, meeting: mote-2}\n",
    '  - id: "4.2"\n': "    status:\n      - {date: 2014-03-17, level: not-started, source: e-post fra KMD}\n",
}


# Minutes of meeting no. 1, so that its page and its minutes have tables (the status
# reported at it, from STATUS, and the actions).
MINUTES = {
    "      - title: Eventuelt\n": "    minutes:\n"
    "      present: [{agency: kud, count: 1}]\n"
    "      items:\n"
    "        - {item: 1, notes: Statssekretæren orienterte om Norges rolle i OGP.}\n"
    "      actions:\n"
    "        - {agency: kmd, what: Sende ut oppdatert statusoversikt til alle ansvarlige "
    "instanser., by: 2014-04-01}\n"
    "        - {agency: helsedirektoratet, what: Rapportere på kommunereformen., by: 2014-05-01}\n"
    "      approved: 2014-03-20\n",
}


def _insert(path: Path, after: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for anchor, lines in after.items():
        assert text.count(anchor) == 1, anchor
        text = text.replace(anchor, anchor + lines)
    path.write_text(text, encoding="utf-8")


def _scratch_data(folder: Path) -> Path:
    data = folder / "data"
    shutil.copytree(DATA, data)
    _insert(data / "commitments.yaml", STATUS)
    _insert(data / "meetings.yaml", MINUTES)
    return data


def _ogp(*args: str | Path) -> None:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site and the other HTML outputs, built from scratch data: the folder served."""
    root = tmp_path_factory.mktemp("served")
    data = _scratch_data(root)
    # registrations for the reception list, kept out of the folder served
    private = tmp_path_factory.mktemp("private")
    for name, agency, email, day in (
        ("Kari Nordmann", "kud", "kari.nordmann@kud.dep.no", "2014-03-01"),
        ("Øystein Åsheim", "difi", "oystein.asheim@difi.no", "2014-03-09"),  # late
    ):
        _ogp("--data", data, "--private", private, "register", "1", "--name", name,
             "--agency", agency, "--email", email, "--date", day)  # fmt: skip
    _ogp("--data", data, "site", "-o", root / "site")
    docs = root / "docs"
    docs.mkdir()
    _ogp("--data", data, "render-letter", "--format", "html", "-o", docs / "letter.html")
    _ogp("--data", data, "render-letter", "--to", "kud", "-o", docs / "letter-kud.html")
    _ogp("--data", data, "agenda", "mote-1", "-o", docs / "agenda.html")
    _ogp("--data", data, "agenda", "mote-1", "--lang", "en", "-o", docs / "agenda-en.html")
    _ogp("--data", data, "addresses", "--format", "html", "-o", docs / "addresses.html")
    _ogp("--data", data, "--private", private, "attendees", "1", "-o", docs / "attendees.html")
    _ogp("--data", data, "minutes", "1", "--format", "html", "-o", docs / "minutes.html")
    _ogp(
        "--data",
        data,
        "minutes",
        "1",
        "--format",
        "html",
        "--lang",
        "en",
        "-o",
        docs / "minutes-en.html",
    )
    _ogp("--data", data, "status", "--format", "html", "-o", docs / "status.html")
    _ogp(
        "--data", data, "status", "--format", "html", "--lang", "en", "-o", docs / "status-en.html"
    )
    # what a browser asks every server for by itself, whatever the page says
    (root / "favicon.ico").write_bytes((root / "site/assets/favicon.svg").read_bytes())
    return root


@pytest.fixture(scope="module")
def served(built: Path) -> Iterator[str]:
    """:func:`built`, served on 127.0.0.1."""
    root = built
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


# Every kind of page of the site, in both languages, and every other HTML output.
SITE_PAGES = [
    "site/",
    *(
        f"site/{lang}/2013-2015/{page}"
        for lang in ("no", "en")
        for page in (
            "",
            "commitments/",
            "commitments/4.5/",
            "commitments/4.14/",
            "commitments/4.1/",
            "agencies/",
            "agencies/kud/",
            "agencies/kmd/",
            "agencies/sivilt-samfunn/",
            "meetings/",
            "meetings/mote-1/",
            "meetings/mote-2/",
            "timeline/",
            "documents/",
            "accessibility/",
        )
    ),
]
SITE_DOCUMENTS = [
    "site/files/2013-2015/letters/invitasjon-2014-02-28/letter.html",
    "site/files/2013-2015/letters/invitasjon-2014-02-28/addresses.html",
    "site/files/2013-2015/meetings/mote-1/agenda.nb.html",
    "site/files/2013-2015/meetings/mote-2/agenda.en.html",
    "site/files/2013-2015/meetings/mote-1/minutes.nb.html",
    "site/files/2013-2015/meetings/mote-1/minutes.en.html",
    "site/files/2013-2015/status.nb.html",
    "site/files/2013-2015/status.en.html",
]
OUTPUTS = [
    "docs/letter.html",
    "docs/letter-kud.html",
    "docs/agenda.html",
    "docs/agenda-en.html",
    "docs/addresses.html",
    "docs/attendees.html",
    "docs/minutes.html",
    "docs/minutes-en.html",
    "docs/status.html",
    "docs/status-en.html",
]


def _visit(browser: Any, url: str, **context: Any) -> tuple[Any, Any, list[str]]:
    """Open ``url`` in a fresh page; what went wrong on the way is collected in the list."""
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda msg: (
            problems.append(f"console {msg.type}: {msg.text}")
            if msg.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "request",
        lambda req: (
            problems.append(f"request off the machine: {req.url}")
            if urlsplit(req.url).hostname not in ("127.0.0.1", None)
            else None
        ),
    )
    page.on(
        "response",
        lambda resp: (
            problems.append(f"{resp.status} for {resp.url}") if resp.status >= 400 else None
        ),
    )
    response = page.goto(url)
    assert response is not None and response.ok, f"{url}: {response and response.status}"
    page.wait_for_load_state("load")
    return ctx, page, problems


# The words of the cells that ``cells`` selects (all: "td, th") broken across lines, but
# for a web address shown as itself (a.url), which may break anywhere: a word is what lies
# between spaces, and a hyphen or "/" ends one (a line may break after them).
BROKEN_WORDS = """(cells) => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement.closest(cells) || n.parentElement.closest('a.url')) continue;
    const words = /[^\\s\\-\\/\u2013]+[\\-\\/\u2013]?/g;  // a line may break after - / –
    for (let m = words.exec(n.data); m; m = words.exec(n.data)) {
      const r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
      if (lines.size > 1) out.push(m[0]);
    }
  }
  return out.slice(0, 5);
}"""


def _axe(page: Any) -> list[dict[str, Any]]:
    """axe-core's violations of the WCAG 2.1 A and AA rules on ``page``."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    violations: list[dict[str, Any]] = result["violations"]
    return violations


def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        lines += [f"    {n['target']}: {n['failureSummary']}" for n in v["nodes"][:5]]
    return "\n".join(lines)


@pytest.mark.parametrize("path", SITE_PAGES + SITE_DOCUMENTS + OUTPUTS)
def test_no_wcag_violations_no_console_errors_no_external_requests(
    browser: Any, served: str, path: str
) -> None:
    ctx, page, problems = _visit(browser, served + path)
    try:
        violations = _axe(page)
        assert not violations, f"{path}:\n{_describe(violations)}"
        assert not problems, f"{path}: {problems}"
        assert page.evaluate("document.documentElement.lang") in ("nb", "en")
    finally:
        ctx.close()


def test_skip_link_is_first_and_moves_to_main(browser: Any, served: str) -> None:
    for path in ("site/", "site/no/2013-2015/", "site/en/2013-2015/commitments/4.5/"):
        ctx, page, _ = _visit(browser, served + path)
        try:
            page.keyboard.press("Tab")
            focused = page.evaluate(
                "[document.activeElement.className, document.activeElement.getAttribute('href')]"
            )
            assert focused == ["skip", "#main"], path
            page.keyboard.press("Enter")
            assert page.evaluate("document.activeElement.id") == "main", path
        finally:
            ctx.close()


def test_pages_work_without_javascript(browser: Any, served: str) -> None:
    ctx, page, problems = _visit(browser, served + "site/no/2013-2015/", java_script_enabled=False)
    try:
        assert page.locator("h1").inner_text().startswith("Den andre norske handlingsplanen")
        assert page.locator("svg[role=img]").count() == 1
        assert page.locator("table.counts tbody tr").count() >= 4
        page.locator("details summary").first.click()  # the overdue list opens without script
        assert page.locator("details[open] a").count() > 0
        assert not problems
    finally:
        ctx.close()


@pytest.mark.parametrize("path", SITE_PAGES + SITE_DOCUMENTS + OUTPUTS)
def test_a_page_fits_a_narrow_screen(browser: Any, served: str, path: str) -> None:
    """WCAG 1.4.10 (reflow): at 320 CSS pixels wide nothing needs scrolling sideways. As on a
    phone (is_mobile): a page without its viewport tag is laid out 980 pixels wide."""
    ctx, page, problems = _visit(
        browser, served + path, viewport={"width": 320, "height": 640}, is_mobile=True
    )
    try:
        wide = page.evaluate(BEYOND)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320 and not wide, f"{path}: {width} px wide; beyond the screen: {wide}"
        assert not problems
    finally:
        ctx.close()


STATUS_OVERVIEWS = [p for p in SITE_DOCUMENTS + OUTPUTS if "status" in p]


@pytest.mark.parametrize("path", STATUS_OVERVIEWS)
def test_the_status_overview_scrolls_its_tables_on_a_phone(
    browser: Any, served: str, path: str
) -> None:
    """On a phone each of the overview's tables keeps its columns and whole words and
    scrolls sideways in a frame of its own, which the keyboard can reach and which is
    named by its agency's heading; the page itself fits the screen."""
    ctx, page, problems = _visit(
        browser, served + path, viewport={"width": 320, "height": 640}, is_mobile=True
    )
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        frames = page.evaluate(
            "[...document.querySelectorAll('table')].map(t => {"
            " const f = t.parentElement;"
            " return [f.getAttribute('role'), f.tabIndex, f.scrollWidth > f.clientWidth,"
            " document.getElementById(f.getAttribute('aria-labelledby')).tagName]; })"
        )
        assert frames and all(f == ["region", 0, True, "H2"] for f in frames), frames
        broken = page.evaluate(BROKEN_WORDS, "td, th")
        assert not broken, f"{path}: words broken inside: {broken}"
        assert not problems
    finally:
        ctx.close()


# The documents (but the status overview, above) whose tables scroll in frames of their
# own on a phone
FRAMED_DOCUMENTS = [
    "site/files/2013-2015/letters/invitasjon-2014-02-28/letter.html",
    "site/files/2013-2015/letters/invitasjon-2014-02-28/addresses.html",
    "site/files/2013-2015/meetings/mote-1/agenda.nb.html",
    "site/files/2013-2015/meetings/mote-1/minutes.en.html",
    *(
        p
        for p in OUTPUTS
        if Path(p).name.startswith(("letter", "agenda", "addresses", "attendees", "minutes"))
    ),
]
HEADINGS = ("H1", "H2", "H3")
# Each table's frame: its role, its place in the keyboard's order, the tag of what names it
FRAMES = """[...document.querySelectorAll('table')].map(t => {
  const f = t.parentElement, by = document.getElementById(f.getAttribute('aria-labelledby'));
  return [t.className, f.getAttribute('role'), f.tabIndex, by && by.tagName];
})"""


@pytest.mark.parametrize("path", FRAMED_DOCUMENTS)
def test_a_document_scrolls_its_tables_in_frames_on_a_phone(
    browser: Any, served: str, path: str
) -> None:
    """At 320 CSS pixels (WCAG 1.4.10) the page itself does not scroll sideways, and no word
    of a table breaks across lines ('handlingsplane n', 'Kommunere formen' in the agenda,
    'beredskapsdepartemen tet' in the letter's address list once): a table keeps its words
    whole and, where they do not fit, scrolls sideways in a frame of its own, which the
    keyboard can reach and a heading names (the letter's copies: its h3). axe-core finds
    nothing at that width either (where a frame scrolls, it must be focusable and named).
    In print the frame shows the whole table (it is also the PDF's source)."""
    ctx, page, problems = _visit(
        browser, served + path, viewport={"width": 320, "height": 640}, is_mobile=True
    )
    try:
        width = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert width[0] <= width[1] == 320, f"{path}: {width[0]} px wide"
        broken = page.evaluate(BROKEN_WORDS, "td, th")
        assert not broken, f"{path}: words broken inside: {broken}"
        frames = page.evaluate(FRAMES)
        # a table of counts, and the letter's references (three short cells), are narrow
        framed = [f for f in frames if f[0] not in ("counts", "refs")]
        assert framed and all(f[1:3] == ["region", 0] and f[3] in HEADINGS for f in framed), frames
        violations = _axe(page)
        assert not violations, f"{path}:\n{_describe(violations)}"
        page.emulate_media(media="print")
        shown = page.evaluate(
            "[...document.querySelectorAll('.scrolls')].map(f => getComputedStyle(f).overflowX)"
        )
        assert shown and set(shown) == {"visible"}, shown
        assert not problems
    finally:
        ctx.close()


# A link in a table whose one word is broken across lines (a web address shown as itself
# may break anywhere)
BROKEN_LINKS = (
    "[...document.querySelectorAll('td a:not(.url), th a:not(.url)')]"
    ".filter(a => !/\\s/.test(a.textContent.trim()) && a.getClientRects().length > 1)"
    ".map(a => a.textContent)"
)
# What lies beyond the screen's right edge, outside a frame that scrolls sideways by itself
# (the status overview's tables)
BEYOND = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .filter(e => {
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return false;
    }
    return true;
  })
  .map(e => e.tagName + (e.className ? '.' + e.className : '')).slice(0, 5)"""


def test_every_page_of_the_site_fits_a_phone_and_a_desk(
    browser: Any, served: str, built: Path
) -> None:
    """Every page of the site, not only one of each kind (a commitment's IRM table with a
    longer word made two of them too wide once): at 320 pixels as a phone nothing is beyond
    the screen (WCAG 1.4.10) but what scrolls in a frame of its own, and no table breaks a
    word ("Relev ant", "Janua ry", "Rapp ortert" once); at 1,100 the page fits and no word
    of a table link breaks."""
    pages = sorted(
        str(p.parent.relative_to(built)) + "/" for p in (built / "site").rglob("index.html")
    )
    assert len(pages) >= 2 * (26 + 17 + 2) + 1  # every commitment, agency and meeting page
    problems: list[str] = []
    for viewport, mobile in (
        ({"width": 320, "height": 640}, True),
        ({"width": 1100, "height": 900}, False),
    ):
        ctx = browser.new_context(viewport=viewport, is_mobile=mobile)
        page = ctx.new_page()
        try:
            for path in pages:
                page.goto(served + path)
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > viewport["width"]:
                    beyond = page.evaluate(BEYOND)
                    problems.append(f"{path} at {viewport['width']}: {width} px wide: {beyond}")
                if mobile and (broken := page.evaluate(BROKEN_WORDS, "td, th")):
                    problems.append(f"{path} at 320: words broken: {broken}")
                if not mobile and (broken := page.evaluate(BROKEN_LINKS)):
                    problems.append(f"{path} at 1100: broken across lines: {broken}")
        finally:
            ctx.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", SITE_PAGES)
def test_a_wide_screen_breaks_no_word_of_a_table(browser: Any, served: str, path: str) -> None:
    """At 1,100 pixels a page fits, and a link in a table ("Kommunereformen") keeps its words
    whole; only a web address shown as itself may break anywhere."""
    ctx, page, problems = _visit(browser, served + path, viewport={"width": 1100, "height": 900})
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
        broken = page.evaluate(BROKEN_LINKS)
        assert width <= 1100, f"{path}: {width} px wide"
        assert not broken, f"{path}: broken across lines: {broken}"
        assert not problems
    finally:
        ctx.close()


@pytest.mark.parametrize("path", SITE_DOCUMENTS + OUTPUTS)
@pytest.mark.parametrize("width", [1100, 1600])
def test_a_document_keeps_every_cell_in_its_column(
    browser: Any, served: str, path: str, width: int
) -> None:
    """On a desk's screen no heading or word runs out of its cell into the next
    ("KommunereformenKommunereformen", "RapportererStatus" in the status overview), nor
    breaks inside a word to stay in it ("HOD/Helsedirektora-tet")."""
    ctx, page, problems = _visit(browser, served + path, viewport={"width": width, "height": 900})
    try:
        spilled = page.evaluate(
            "[...document.querySelectorAll('th, td')]"
            ".filter(c => c.scrollWidth > c.clientWidth + 1)"
            ".map(c => c.textContent.trim()).slice(0, 5)"
        )
        assert not spilled, f"{path} at {width} px: out of their cells: {spilled}"
        broken = page.evaluate(BROKEN_WORDS, "td, th")
        assert not broken, f"{path} at {width} px: words broken inside: {broken}"
        assert not problems
    finally:
        ctx.close()


def test_screenshots(browser: Any, served: str) -> None:
    """Front page, a commitment and a meeting as a reader sees them (saved with OGP_SCREENSHOTS)."""
    for name, path in (
        ("front", "site/no/2013-2015/"),
        ("front-en", "site/en/2013-2015/"),
        ("commitment", "site/en/2013-2015/commitments/4.5/"),
        ("meeting", "site/no/2013-2015/meetings/mote-1/"),
    ):
        ctx, page, problems = _visit(
            browser, served + path, viewport={"width": 1100, "height": 900}
        )
        try:
            png = page.screenshot(full_page=True)
            assert png[:8] == b"\x89PNG\r\n\x1a\n" and not problems
            if SCREENSHOTS:
                Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
                (Path(SCREENSHOTS) / f"{name}.png").write_bytes(png)
        finally:
            ctx.close()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "script":
            self.scripts += 1
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(str(a[key]))


def test_every_internal_link_resolves(served: str) -> None:
    """A crawl of the whole site from its root: every link inside it answers, every anchor exists,
    and no link from the data is anything but http(s) or mailto."""
    import urllib.request

    def fetch(url: str) -> bytes:
        with urllib.request.urlopen(url) as resp:
            return bytes(resp.read())

    start = served + "site/"
    seen: dict[str, _Links] = {}
    queue = [start]
    checked: set[str] = set()
    broken: list[str] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        parser = _Links()
        parser.feed(fetch(url).decode("utf-8"))
        seen[url] = parser
        assert parser.scripts == 0, f"{url} has a script"
        for link in parser.links:
            scheme = urlsplit(link).scheme
            assert scheme in ("", "http", "https", "mailto"), f"{url}: {link}"
            if scheme:
                continue
            target = urljoin(url, link)
            page = target.split("#")[0]
            if not page.startswith(start):
                broken.append(f"{url} -> {link} (outside the site)")
                continue
            if page.endswith("/") and page not in seen:
                queue.append(page)
            if page not in checked:
                checked.add(page)
                try:
                    fetch(page)
                except OSError as exc:
                    broken.append(f"{url} -> {link}: {exc}")
    for url, parser in seen.items():
        for link in parser.links:
            if link.startswith("#"):
                assert link[1:] in parser.ids, f"{url}: no element with id {link}"
    assert not broken, "\n".join(broken)
    assert len(seen) >= 2 * (26 + 17 + 2) + 1  # every commitment, agency and meeting page
