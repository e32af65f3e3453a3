"""The website's files: every page through the sandboxed templates, the documents, the data.

:func:`render` turns a :class:`ogp.documents.site.Site` into the bytes of
every file (a mapping from a path inside the site to its content), nothing
written yet; :func:`write_site` puts them into a folder all at once. Pages are
``templates/site/<page>.html.j2``; the stylesheet is ``templates/site/site.css``,
both looked up like every template (``--templates``, ``templates/`` beside the
data, ogp's own). The letters, agendas, calendar files, status overview and
address lists are the same documents ``ogp render-letter``, ``ogp agenda``,
``ogp calendar``, ``ogp status`` and ``ogp addresses`` make, through the
registry.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from ogp.documents.site import Feed, Link, Site, Text
from ogp.errors import OgpError
from ogp.output import registry
from ogp.output.context import OutputContext
from ogp.output.write import check_target

MARKER = ".ogp-site"  # in the root of every site ogp writes: the folder may be replaced
CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
ATOM = "http://www.w3.org/2005/Atom"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Progress = Callable[[int], None]


def publish(
    folder: Path,
    site: Site,
    ctx: OutputContext,
    *,
    force: bool,
    protected: Collection[Path],
    jobs: int = 0,
    progress: Progress | None = None,
) -> int:
    """Every file of the site, into ``folder`` all at once: a reader sees the old site or the new.

    The files are written into a new folder beside ``folder``, which then takes
    its place; if anything fails, nothing has changed. An existing ``folder`` is
    replaced only with ``force``, and only when it is empty or a site ogp wrote
    (it holds ``.ogp-site``): never a folder of other files. The pages are
    rendered by ``jobs`` processes (see :class:`_Pages`; 0: one per CPU this
    process may use); the files are the same whatever ``jobs`` is. Returns how
    many files were written.
    """
    import tempfile

    parent = _check_folder(folder, force=force, protected=protected)
    try:
        new = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".new", dir=parent))
    except OSError as exc:
        raise OgpError(f"cannot write beside {folder}: {exc.strerror or exc}") from None
    try:
        count = _render_into(new, site, ctx, jobs=jobs or cpus(), progress=progress)
        os.chmod(new, 0o777 & ~_umask())
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".old", dir=parent))
            os.replace(folder, old / "site")
            try:
                os.replace(new, folder)
            except OSError:
                os.replace(old / "site", folder)  # put the old site back
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(new, folder)
    except OSError as exc:
        raise OgpError(f"cannot write {folder}: {exc.strerror or exc}") from None
    finally:
        if new.exists():
            with contextlib.suppress(OSError):
                shutil.rmtree(new)
    return count


def _check_folder(folder: Path, *, force: bool, protected: Collection[Path]) -> Path:
    """Refuse a folder the site may not replace (before anything is made); its parent."""
    check_target(folder, protected)
    if folder.exists() and not folder.is_dir():
        raise OgpError(f"{folder} is a file, not a folder", hint="give -o the name of a folder")
    existing = folder.is_dir() and any(folder.iterdir())
    if existing and not force:
        raise OgpError(f"{folder} exists; use --force to replace the site in it")
    if existing and not (folder / MARKER).is_file():
        raise OgpError(
            f"{folder} holds files that ogp did not write; refusing to replace it",
            hint="give -o an empty or new folder, or one that ogp site wrote before",
        )
    parent = folder.absolute().parent
    if not parent.is_dir():
        raise OgpError(f"cannot write {folder}: folder '{parent}' does not exist")
    return parent


class _Writer:
    """Files into a folder, making each subfolder once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: set[str] = set()

    def put(self, rel: str, content: bytes) -> None:
        head = rel.rpartition("/")[0]
        if head and head not in self.made:
            os.makedirs(self.folder / head, exist_ok=True)  # another process may make it too
            self.made.add(head)
        with open(self.folder / rel, "wb") as f:
            f.write(content)


def _render_into(
    folder: Path, site: Site, ctx: OutputContext, *, jobs: int, progress: Progress | None
) -> int:
    """Render every file of the site into the (new, empty) ``folder``; how many there are."""
    from ogp.documents import addresses, agenda, calendar, letter, minutes, status
    from ogp.output import templating

    dirs = ctx.template_dirs or tuple(templating.search_path())
    env = templating.environment(dirs)
    env.filters.update(filters())
    files: dict[str, bytes] = {}
    data = site.data

    def doc(document: str, fmt: str, payload: object, lang: str) -> bytes:
        out = registry.renderer(document, fmt)(payload, replace(ctx, lang=lang, template_dirs=dirs))
        return out if isinstance(out, bytes) else out.encode("utf-8")

    agendas = {
        (mf.meeting.id, lang): agenda.build(data, mf.meeting, lang=lang)
        for mf in site.meetings
        for lang in mf.agenda_html
    }
    # the pages first, so that other processes render them while this one makes the rest
    pages = _Pages(env, site, agendas, folder)
    with pages.started(jobs=jobs, progress=progress) as written:
        # the documents, as their own commands make them
        for ref in site.letters:
            x = data.letter_by_id[ref.id]
            letter_doc = letter.build(data, x, lang="nb")  # the letter as it was sent
            files[ref.html] = doc("letter", "html", letter_doc, "nb")
            if ref.pdf:
                files[ref.pdf] = doc("letter", "pdf", letter_doc, "nb")
            files[site.addresses_html[ref.id]] = doc(
                "addresses", "html", addresses.build(data, x, lang="nb"), "nb"
            )
        for mf in site.meetings:
            for lang, path in mf.agenda_html.items():
                files[path] = doc("agenda", "html", agendas[(mf.meeting.id, lang)], lang)
            for lang, path in (mf.minutes_html or {}).items():
                # the public minutes: organisations and counts, never the names of who came
                files[path] = doc(
                    "minutes", "html", minutes.build(data, mf.meeting, lang=lang), lang
                )
            if mf.ics:
                files[mf.ics] = doc("calendar", "ics", calendar.invitation(data, mf.meeting), "nb")
        for lang, path in site.status_html.items():
            files[path] = doc("status", "html", status.build(data, lang=lang), lang)
        _rest(site, env, files)
        out = _Writer(folder)
        for rel, content in files.items():
            out.put(rel, content)
        return len(files) + sum(written)


def _rest(site: Site, env: Any, files: dict[str, bytes]) -> None:
    """The root page, the stylesheet and icon, the feeds and the data files, into ``files``."""
    from ogp.output import templating
    from ogp.text.site_wording import SITE_WORDS

    files["index.html"] = templating.render(
        env, "site/root.html.j2", site=site, words=SITE_WORDS, csp=CSP
    ).encode("utf-8")
    files[site.stylesheet] = _static(env, "site/site.css")
    files[site.favicon] = _static(env, "site/favicon.svg")

    # feeds and data
    for feed in site.feeds:
        files[feed.path] = atom(feed, site.base_url)
    files[site.data_files["json"]] = (
        # compact: indenting would take Python's slow encoder instead of the C one
        json.dumps(site.plan_json, ensure_ascii=False, separators=(",", ":")) + "\n"
    ).encode("utf-8")
    files[site.data_files["commitments"]] = _csv("commitments", site.csv_commitments)
    files[site.data_files["status"]] = _csv("status", site.csv_status)
    files[".nojekyll"] = b""  # GitHub Pages: serve every file as it is
    files[MARKER] = b"This folder was written by `ogp site`; it is replaced as a whole.\n"


def filters() -> dict[str, Callable[..., Any]]:
    """The site's small pieces of markup, as template filters (fast: no macro call).

    ``{{ link|link }}`` an ``<a>`` (an internal href from the page's ``root``),
    ``{{ link|href }}`` its href alone, ``{{ text|text }}`` a text of the data
    marked with its language where it differs from the page's ``lang`` (and
    "only in Norwegian" where there is no English), ``{{ code|level(label) }}``
    a status. Every value is escaped.
    """
    from jinja2 import pass_context
    from markupsafe import Markup, escape

    @pass_context
    def href(ctx: Any, link: Link) -> Markup:
        return escape(ctx["root"] + link.href if link.internal else link.href)

    @pass_context
    def a(ctx: Any, link: Link) -> Markup:
        url = escape(ctx["root"] + link.href if link.internal else link.href)
        lang = f' hreflang="{escape(link.lang)}"' if link.lang else ""
        note = f" {escape(link.note)}" if link.note else ""
        return Markup(f'<a href="{url}"{lang}>{escape(link.text)}</a>{note}')

    @pass_context
    def text(ctx: Any, x: Text | None) -> Markup:
        if x is None:
            return Markup("")
        if x.only_nb:
            mark = escape(ctx["w"]["only_nb"])
            return Markup(
                f'<span lang="nb">{escape(x.text)}</span> <span class="only-nb">{mark}</span>'
            )
        if x.lang != ctx["lang"]:
            return Markup(f'<span lang="{escape(x.lang)}">{escape(x.text)}</span>')
        return escape(x.text)

    def level(code: str, label: str) -> Markup:
        return Markup(f'<span class="level level-{escape(code)}">{escape(label)}</span>')

    return {"link": a, "href": href, "text": text, "level": level}


def cpus() -> int:
    """How many CPUs this process may run on (its affinity, where the system tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Frame:
    """What many pages share, rendered once by site/macros.html.j2 (see base.html.j2)."""

    navigation: str
    crumbs: str
    footer: str


# The smallest site worth rendering in several processes: starting one costs
# about as much as rendering a few dozen pages.
MIN_PARALLEL_PAGES = 400


class _Pages:
    """The site's pages (``templates/site/<page>.html.j2``), in one process or several.

    Each page is written into ``folder`` as it is rendered. Several processes:
    they are forked from this one, so each has the site and the compiled
    templates without copying them, and renders and writes a share of the pages
    (writing a file costs about as much as rendering it). Where processes cannot
    be forked (no ``fork`` on this system, or no room for another process), the
    pages are rendered here, one after the other, with the same result.
    """

    def __init__(
        self, env: Any, site: Site, agendas: Mapping[tuple[str, str], Any], folder: Path
    ) -> None:
        self.env = env
        self.site = site
        self.agendas = agendas
        self.out = _Writer(folder)
        self.feeds = {f.lang: f for f in site.feeds}
        self.macros: dict[tuple[str, str], Any] = {}  # site/macros.html.j2 per language, depth
        self.frames: dict[tuple[Any, ...], Any] = {}  # its navigation, crumbs, footer

    def page(self, index: int) -> tuple[str, bytes]:
        from ogp.output import templating
        from ogp.text.site_wording import SITE_WORDS
        from ogp.text.wording import WORDS

        page = self.site.pages[index]
        feed = self.feeds[page.lang]
        common = {
            "lang": page.lang,
            "root": page.root,  # the way back to the site's root: '../../'
            "home": feed.home,  # the front page of the page's language
            "site": self.site,
            "feed": feed,
            "w": SITE_WORDS[page.lang],
            "words": WORDS[page.lang],
        }
        m = self.macros.get((page.lang, page.root))
        if m is None:
            m = self.macros[(page.lang, page.root)] = templating.module(
                self.env, "site/macros.html.j2", **common
            )
        section = len(page.crumbs) <= 1
        frame = Frame(
            navigation=self._once(m, "navigation", page.nav, section),
            crumbs=self._once(m, "crumbs", page.crumbs),
            footer=self._once(m, "footer"),
        )
        extra: dict[str, Any] = {}
        if page.template == "meeting":
            extra["agenda"] = self.agendas[(page.view.id, page.lang)]
        html = templating.render(
            self.env,
            f"site/{page.template}.html.j2",
            page=page,
            csp=CSP,
            m=m,
            frame=frame,
            **common,
            **extra,
        )
        return page.path + "index.html", html.encode("utf-8")

    def _once(self, m: Any, macro: str, *args: Any) -> Any:
        """``m.<macro>(*args)``, rendered once for each module and arguments."""
        key = (id(m), macro, args)
        out = self.frames.get(key)
        if out is None:
            from ogp.output import templating

            out = self.frames[key] = templating.call(self.env, m, macro, *args)
        return out

    def chunk(self, bounds: tuple[int, int]) -> int | tuple[str, str | None]:
        """Pages ``start`` to ``end`` written: how many, or the message and hint of the error."""
        try:
            for i in range(*bounds):
                self.out.put(*self.page(i))
        except OgpError as exc:
            return (exc.message, exc.hint)
        except OSError as exc:
            return (f"cannot write the site: {exc.strerror or exc}", None)
        return bounds[1] - bounds[0]

    @contextlib.contextmanager
    def started(self, *, jobs: int, progress: Progress | None = None) -> Iterator[Iterator[int]]:
        """The pages, written a share at a time (how many, in page order).

        With ``jobs`` > 1 the other processes begin at once, before the
        iterator is read; here, reading it renders the pages.
        """
        total = len(self.site.pages)
        step = 50
        chunks = [(i, min(i + step, total)) for i in range(0, total, step)]
        pool = self._pool(jobs, total)
        results: Iterable[int | tuple[str, str | None]]
        results = map(self.chunk, chunks) if pool is None else pool.imap(_chunk_in_worker, chunks)

        def pages() -> Iterator[int]:
            for result in results:
                if isinstance(result, tuple):
                    message, hint = result
                    raise OgpError(message, hint=hint)
                yield result
                if progress is not None:
                    progress(result)

        try:
            yield pages()
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
                global _WORK
                _WORK = None

    def _pool(self, jobs: int, total: int) -> Any:
        """A pool of ``jobs`` forked processes, or None to render here."""
        import multiprocessing

        if jobs <= 1 or total < MIN_PARALLEL_PAGES:
            return None
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        # compiled once here, so that no process compiles them again
        from ogp.output import templating

        for name in {f"site/{p.template}.html.j2" for p in self.site.pages}:
            templating.load(self.env, name)
        global _WORK
        _WORK = self
        try:
            return multiprocessing.get_context("fork").Pool(jobs)
        except OSError:
            return None


_WORK: _Pages | None = None  # what a forked process renders (set before the fork)


def _chunk_in_worker(bounds: tuple[int, int]) -> int | tuple[str, str | None]:
    assert _WORK is not None, "a page process started without a site"
    return _WORK.chunk(bounds)


def _static(env: Any, name: str) -> bytes:
    """A file of the template folders, copied as it is (the first found, like templates)."""
    import jinja2

    try:
        source: str = env.loader.get_source(env, name)[0]
    except jinja2.TemplateNotFound:
        raise OgpError(f"'{name}' not found among the template folders") from None
    return str(source).encode("utf-8")  # the loader reads templates as UTF-8 text


def _csv(title: str, rows: list[list[str]]) -> bytes:
    """Through the one CSV writer (a BOM, every field quoted, no formulas)."""
    from ogp.output.spreadsheet import Sheet, csv_text

    sheet = Sheet(title, tuple(rows[0]), tuple(tuple(r) for r in rows[1:]))
    return csv_text(sheet).encode("utf-8")


def _x(text: str) -> str:
    """Text that XML can carry (control characters dropped)."""
    return _XML_INVALID.sub("", text)


def atom(feed: Feed, base_url: str | None) -> bytes:
    """The feed as Atom (RFC 4287); links are absolute with --base-url, else relative."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": feed.lang})
    depth = "../" * feed.path.count("/")

    def url(path: str) -> str:
        return (base_url + path) if base_url else (depth + path if depth else path)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = _x(text)
        return el

    sub(root, "id", feed.id)
    sub(root, "title", feed.title)
    sub(
        root, "updated", f"{(feed.updated.isoformat() if feed.updated else '1970-01-01')}T00:00:00Z"
    )
    sub(root, "link", rel="alternate", type="text/html", href=url(feed.home))
    if base_url:
        sub(root, "link", rel="self", type="application/atom+xml", href=url(feed.path))
    author = sub(root, "author")
    sub(author, "name", feed.title.split(":")[0])
    sub(root, "generator", "ogp")
    for e in feed.entries:
        entry = sub(root, "entry")
        sub(entry, "id", e.id)
        sub(entry, "title", e.title)
        sub(entry, "updated", f"{e.updated.isoformat()}T00:00:00Z")
        sub(entry, "link", rel="alternate", type="text/html", href=url(e.link))
        sub(entry, "summary", e.summary, type="text")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
