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
import sys
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from ogp.data.model import Dataset, Letter
from ogp.data.problems import listed
from ogp.documents.site import Feed, LetterRef, Link, MeetingFiles, Page, Site, Text
from ogp.errors import OgpError
from ogp.output import registry
from ogp.output.context import OutputContext
from ogp.output.write import SITE_MARKER, check_target
from ogp.text.phrasing import is_address

MARKER = SITE_MARKER  # in the root of every site ogp writes: the folder may be replaced
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
    import gc

    parent = _check_folder(folder, force=force, protected=protected)
    # The collector is paused: what rendering leaves behind is freed by reference
    # counting, and each collection would walk every object of the data and the view
    # (a third of the time at thousands of pages) and, in a forked process, touch
    # them all, which copies them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _publish(folder, parent, site, ctx, jobs=jobs, progress=progress)
    finally:
        if enabled:
            gc.enable()


def _publish(
    folder: Path,
    parent: Path,
    site: Site,
    ctx: OutputContext,
    *,
    jobs: int,
    progress: Progress | None,
) -> int:
    import tempfile

    try:
        new = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".new", dir=parent))
    except OSError as exc:
        raise OgpError(f"cannot write beside {folder}: {exc.strerror or exc}") from None
    run = _Run(new, _tasks(site, ctx))
    pool = run.processes(jobs or cpus(), len(site.pages))
    try:
        count = run.all(pool, progress)
        # last: the marker lists every file, so that --force knows what is ogp's
        run.out.put(MARKER, _manifest(run.names))
        count += 1
        os.chmod(new, 0o777 & ~_umask())
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".old", dir=parent))
            os.replace(folder, old / "site")
            try:
                os.replace(new, folder)
            except OSError:
                os.replace(old / "site", folder)  # put the old site back
                raise
            _remove(old, pool)
        else:
            os.replace(new, folder)
    except OSError as exc:
        raise OgpError(f"cannot write {folder}: {exc.strerror or exc}") from None
    finally:
        run.close(pool)
        if new.exists():
            with contextlib.suppress(OSError):
                shutil.rmtree(new)
    return count


def leftovers(folder: Path) -> list[Path]:
    """The folders an ``ogp site`` into ``folder`` makes beside it while it writes
    (``.DIR.*.new``, ``.DIR.*.old``) and that are there now: a run that was killed leaves
    them (Ctrl+C and errors remove them); so is one that is running. They are never
    removed here: which is which cannot be told for sure."""
    parent = folder.absolute().parent
    try:
        found = [
            p
            for pattern in (f".{folder.name}.*.new", f".{folder.name}.*.old")
            for p in parent.glob(pattern)
            if p.is_dir()
        ]
    except OSError:
        return []
    return sorted(found)


def _check_folder(folder: Path, *, force: bool, protected: Collection[Path]) -> Path:
    """Refuse a folder the site may not replace (before anything is made); its parent."""
    check_target(folder, protected)
    if folder.exists() and not folder.is_dir():
        raise OgpError(f"{folder} is a file, not a folder", hint="give -o the name of a folder")
    existing = folder.is_dir() and any(folder.iterdir())
    # a folder ogp site did not write is refused first: --force would not replace it either
    if existing and not (folder / MARKER).is_file():
        raise OgpError(
            f"{folder} holds files that ogp did not write; refusing to replace it",
            hint="give -o an empty or new folder, or one that ogp site wrote before",
        )
    if existing and not force:
        raise OgpError(f"{folder} exists; use --force to replace the site in it")
    if existing:
        foreign = _foreign(folder)
        if foreign:
            shown = listed(foreign)
            raise OgpError(
                f"{folder} holds files that ogp site did not write: {shown}; "
                "refusing to replace it, which would remove them",
                hint="move them out of the folder, or give -o another folder",
            )
    parent = folder.absolute().parent
    if not parent.is_dir():
        raise OgpError(f"cannot write {folder}: folder '{parent}' does not exist")
    return parent


_MANIFEST_VERSION = "ogp-site-manifest: 1"  # the first line: what follows lists the files
_MANIFEST_HEAD = (
    f"{_MANIFEST_VERSION}\n"
    "This folder was written by `ogp site`; `ogp site --force` replaces it as a whole.\n"
    "Its files follow; with any other file in it, `ogp site --force` refuses to replace it.\n"
)


_OLD_MARKER = "This folder was written by `ogp site`; it is replaced as a whole."


def _manifest(names: Iterable[str]) -> bytes:
    """The marker's text: what it is, then every file the site has (sorted)."""
    return (_MANIFEST_HEAD + "".join(f"{n}\n" for n in sorted(names))).encode("utf-8")


def _foreign(folder: Path) -> list[str]:
    """What the site in ``folder`` holds that its marker does not list: files someone put
    there since (a CNAME, a .git folder, notes), shown from the folder (``no/notes.txt``,
    ``.git/``). A marker of an older ogp lists no files: its site is ogp's as a whole."""
    unknown = OgpError(
        f"{folder / MARKER} is not a list of files this ogp reads (edited, or written by "
        "another version of ogp); refusing to replace the folder",
        hint="give -o another folder, or empty this one yourself",
    )
    try:
        lines = (folder / MARKER).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise unknown from None
    if lines == [_OLD_MARKER]:  # an older ogp's marker lists no files: ogp's as a whole
        return []
    if not lines or lines[0] != _MANIFEST_VERSION:
        raise unknown
    files = set(lines[len(_MANIFEST_HEAD.splitlines()) :]) | {MARKER}
    folders: set[str] = set()  # every folder above a file
    for f in files:
        parts = f.split("/")[:-1]
        folders.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    out: list[str] = []

    def walk(path: str, rel: str) -> None:
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            out.append(rel + "/")
            return
        for e in entries:
            name = f"{rel}/{e.name}" if rel else e.name
            if e.is_symlink():
                out.append(name)
            elif e.is_dir():
                if name in folders:
                    walk(e.path, name)
                else:
                    out.append(name + "/")
            elif name not in files:
                out.append(name)

    walk(str(folder), "")
    return out


class _Writer:
    """Files into a folder, making each subfolder once."""

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder) + os.sep  # a string: a site is thousands of files
        self.made: set[str] = set()

    def put(self, rel: str, content: bytes) -> None:
        head = rel.rpartition("/")[0]
        if head and head not in self.made:
            try:
                os.mkdir(self.folder + head)  # a page's own folder: its parent is there
            except FileExistsError:
                pass  # another process made it
            except FileNotFoundError:
                os.makedirs(self.folder + head, exist_ok=True)
            self.made.add(head)
        # os.open/os.write: no file object per file (17,000 of them at 5,000 commitments)
        fd = os.open(self.folder + rel, _NEW_FILE, 0o666)
        try:
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)


_NEW_FILE = (
    os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)


Task = Callable[[], tuple[dict[str, bytes], int]]  # files to write, how many are pages


def _tasks(site: Site, ctx: OutputContext) -> list[Task]:
    """Everything the site is made of, as tasks that can be done in any order, anywhere.

    The documents (as their own commands make them), the feeds and data files,
    and the pages in shares of 50 to 200; the largest first, so that processes that
    share them finish together.
    """
    from ogp.output import templating

    dirs = ctx.template_dirs or tuple(templating.search_path())
    env = ctx.caches.environment(dirs)  # compiled before the fork: the workers share it
    env.filters.update(filters())
    data = site.data

    def doc(document: str, fmt: str, payload: object, lang: str) -> bytes:
        out = registry.renderer(document, fmt)(payload, replace(ctx, lang=lang, template_dirs=dirs))
        return out if isinstance(out, bytes) else out.encode("utf-8")

    def one(path: str, content: bytes) -> tuple[dict[str, bytes], int]:
        return {path: content}, 0

    agendas = _Agendas(data)
    tasks: list[Task] = []

    # the documents' modules are imported by the process that makes them, not before
    def status_file(lang: str, path: str) -> tuple[dict[str, bytes], int]:
        from ogp.documents import status

        return one(path, doc("status", "html", status.build(data, lang=lang), lang))

    def feed_file(feed: Feed) -> tuple[dict[str, bytes], int]:
        return one(feed.path, atom(feed, site.base_url))

    tasks += [partial(status_file, lang, path) for lang, path in site.status_html.items()]
    tasks += [partial(feed_file, feed) for feed in site.feeds]
    tasks.append(lambda: one(site.data_files["json"], _json(site.plan_json)))
    tasks.append(
        lambda: one(site.data_files["commitments"], _csv("commitments", site.csv_commitments))
    )
    tasks.append(lambda: one(site.data_files["status"], _csv("status", site.csv_status)))
    for ref in site.letters:
        x = data.letter_by_id[ref.id]

        def letter_files(ref: LetterRef = ref, x: Letter = x) -> tuple[dict[str, bytes], int]:
            from ogp.documents import addresses, letter

            letter_doc = letter.build(data, x, lang="nb")  # the letter as it was sent
            made = {ref.html: doc("letter", "html", letter_doc, "nb")}
            if ref.pdf:
                made[ref.pdf] = doc("letter", "pdf", letter_doc, "nb")
            made[site.addresses_html[ref.id]] = doc(
                "addresses", "html", addresses.build(data, x, lang="nb"), "nb"
            )
            return made, 0

        tasks.append(letter_files)
    for mf in site.meetings:

        def meeting_files(mf: MeetingFiles = mf) -> tuple[dict[str, bytes], int]:
            from ogp.documents import calendar, minutes

            made = {
                path: doc("agenda", "html", agendas[(mf.meeting.id, lang)], lang)
                for lang, path in mf.agenda_html.items()
            }
            for lang, path in (mf.minutes_html or {}).items():
                # the public minutes: organisations and counts, never the names of who came
                made[path] = doc(
                    "minutes", "html", minutes.build(data, mf.meeting, lang=lang), lang
                )
            if mf.ics:
                made[mf.ics] = doc("calendar", "ics", calendar.invitation(data, mf.meeting), "nb")
            return made, 0

        tasks.append(meeting_files)

    def front_door() -> tuple[dict[str, bytes], int]:
        from ogp.text.site_wording import SITE_WORDS

        return {
            "index.html": templating.render(
                env, "site/root.html.j2", site=site, words=SITE_WORDS, csp=CSP
            ).encode("utf-8"),
            site.stylesheet: _static(env, "site/site.css"),
            site.favicon: _static(env, "site/favicon.svg"),
            ".nojekyll": b"",  # GitHub Pages: serve every file as it is
        }, 0

    tasks.append(front_door)
    pages = _Pages(env, site, agendas, checked=_own_templates(dirs))
    total = len(site.pages)
    size = min(PAGES_PER_TASK, max(MIN_PAGES_PER_TASK, total // 32))  # enough shares to even out
    tasks += [
        partial(pages.share, start, min(start + size, total)) for start in range(0, total, size)
    ]
    # compiled here, once, rather than in every process
    for name in {"site/base.html.j2", "site/macros.html.j2"} | {
        f"site/{p.template}.html.j2" for p in site.pages
    }:
        templating.load(env, name)
    return tasks


# What the site publishes is made with these templates besides site/ (the documents'
# HTML; letter.css.j2 is part of the letter's, scrolls.html.j2 the frame of the agenda's,
# the address list's and the minutes' tables); attendees.html.j2 is never published.
PUBLISHED_TEMPLATES = (
    "status.html.j2",
    "letter.html.j2",
    "letter.css.j2",
    "scrolls.html.j2",
    "addresses.html.j2",
    "agenda.html.j2",
    "minutes.html.j2",
)


def _own_templates(dirs: Iterable[str | Path]) -> bool:
    """Whether everything published is made with ogp's own templates, which its browser
    tests check with axe-core (the accessibility statement says so only then): no folder
    of --templates or beside the data has a site/ folder or a published document's
    template of its own."""
    from ogp.output import templating

    packaged = templating.packaged_templates().resolve()
    for d in map(Path, dirs):
        if d.resolve() == packaged:
            continue
        if (d / "site").is_dir() or any((d / name).is_file() for name in PUBLISHED_TEMPLATES):
            return False
    return True


def _json(plan: Any) -> bytes:
    # compact: indenting would take Python's slow encoder instead of the C one
    return (json.dumps(plan, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def filters() -> dict[str, Callable[..., Any]]:
    """The site's small pieces of markup, as template filters (fast: no macro call).

    ``{{ link|link }}`` an ``<a>`` (an internal href from the page's ``root``),
    ``{{ link|href }}`` its href alone, ``{{ text|text }}`` a text of the data
    marked with its language where it differs from the page's ``lang`` (and
    "only in Norwegian" where there is no English), ``{{ code|level(label) }}``
    a status. Every value is escaped.
    """
    from jinja2 import pass_context
    from markupsafe import Markup

    from ogp.output.templating import escaped as e  # markupsafe's text as a plain string

    @pass_context
    def href(ctx: Any, link: Link) -> Markup:
        return Markup(e(ctx["root"] + link.href if link.internal else link.href))

    # A link's markup, kept for each link and page depth: the same Link is on many pages
    # (an agency's, a meeting's, a commitment's row, an IRM report's on every finding).
    # The value holds the link itself, so its id is not reused for another while here.
    made: dict[tuple[int, str, str], tuple[Link, Markup]] = {}

    @pass_context
    def a(ctx: Any, link: Link) -> Markup:
        root = ctx["root"]
        page_lang = ctx["lang"]
        key = (id(link), root, page_lang)
        known = made.get(key)
        if known is None or known[0] is not link:
            known = made[key] = (link, _a(root, link, page_lang))
        return known[1]

    def _a(root: str, link: Link, page_lang: str) -> Markup:
        url = e(root + link.href if link.internal else link.href)
        lang = f' hreflang="{e(link.lang)}"' if link.lang else ""
        if link.text_lang and link.text_lang != page_lang:  # WCAG 3.1.2: its words' language
            lang += f' lang="{e(link.text_lang)}"'
        note = f" {e(link.note)}" if link.note else ""
        if is_address(link.text):
            # a web address shown as itself may break after each "/" of its path (<wbr>),
            # not inside a word ("norway/c ommitments"); a phone breaks it anywhere (site.css)
            scheme, _, rest = link.text.partition("//")
            shown = e(scheme) + "//" + "/<wbr>".join(e(part) for part in rest.split("/"))
            return Markup(f'<a href="{url}"{lang} class="url">{shown}</a>{note}')
        return Markup(f'<a href="{url}"{lang}>{e(link.text)}</a>{note}')

    @pass_context
    def text(ctx: Any, x: Text | None) -> Markup:
        if x is None:
            return Markup("")
        words = x.text
        # a text of several lines (a note with its points, its paragraphs) keeps its line
        # breaks, in a span that shows them (site.css: .lines)
        lines = ' class="lines"' if "\n" in words else ""
        if lines:
            words = "\n".join(line.strip() for line in words.strip().splitlines())
        if x.only_nb:
            mark = e(ctx["w"]["only_nb"])
            return Markup(
                f'<span lang="nb"{lines}>{e(words)}</span> <span class="only-nb">{mark}</span>'
            )
        if x.lang != ctx["lang"]:
            return Markup(f'<span lang="{e(x.lang)}"{lines}>{e(words)}</span>')
        if lines:
            return Markup(f"<span{lines}>{e(words)}</span>")
        return Markup(e(words))

    def level(code: str, label: str) -> Markup:
        return Markup(f'<span class="level level-{e(code)}">{e(label)}</span>')

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

    head: str
    links: str
    banner: str
    navigation: str
    crumbs: str
    footer: str


# The smallest site worth making in several processes: starting one costs
# about as much as rendering a few dozen pages.
MIN_PARALLEL_PAGES = 400
# Pages per task: each task costs the parent ~1 ms of the pool's bookkeeping (at 5,000
# commitments 85 tasks, not 340), and a small site still needs shares enough for the
# processes to finish together (a site of 700 pages: 14 shares of 50, not 4 of 200).
PAGES_PER_TASK = 200
MIN_PAGES_PER_TASK = 50


class _Agendas:
    """Each meeting's agenda per language (``[(meeting id, lang)]``), for its page and its
    printable document: made on first use, by the process that renders them."""

    def __init__(self, data: Dataset) -> None:
        self.data = data
        self.made: dict[tuple[str, str], Any] = {}

    def __getitem__(self, key: tuple[str, str]) -> Any:
        made = self.made.get(key)
        if made is None:
            from ogp.documents import agenda

            meeting = self.data.meeting_by_id[key[0]]
            made = self.made[key] = agenda.build(self.data, meeting, lang=key[1])
        return made


class _Pages:
    """The site's pages (``templates/site/<page>.html.j2``), in one process or several.

    A share of them is one task of :class:`_Run`. What many pages share (the
    macros module per language and depth, the navigation, crumbs and footer) is
    made once per process.
    """

    def __init__(self, env: Any, site: Site, agendas: _Agendas, *, checked: bool) -> None:
        self.env = env
        self.checked = checked  # ogp's own page templates, checked by its browser tests
        self.site = site
        self.agendas = agendas
        self.feeds = {f.lang: f for f in site.feeds}
        # per language and depth: the values every page there has, and the macros module
        self.groups: dict[tuple[str, str], tuple[dict[str, Any], Any]] = {}
        self.frames: dict[tuple[Any, ...], Any] = {}  # the macros' output, per arguments
        self.templates: dict[str, Any] = {}  # site/<page>.html.j2, compiled

    def _group(self, page: Page) -> tuple[dict[str, Any], Any]:
        from ogp.output import templating
        from ogp.text.site_wording import SITE_WORDS
        from ogp.text.wording import WORDS

        feed = self.feeds[page.lang]
        common = {
            "lang": page.lang,
            "root": page.root,  # the way back to the site's root: '../../'
            "home": feed.home,  # the front page of the page's language
            "site": self.site,
            "feed": feed,
            "w": SITE_WORDS[page.lang],
            "words": WORDS[page.lang],
            "csp": CSP,
            "checked": self.checked,
        }
        return common, templating.module(self.env, "site/macros.html.j2", **common)

    def page(self, index: int) -> tuple[str, bytes]:
        from ogp.output import templating

        page = self.site.pages[index]
        root = page.root
        group = self.groups.get((page.lang, root))
        if group is None:
            group = self.groups[(page.lang, root)] = self._group(page)
        common, m = group
        section = len(page.crumbs) <= 1
        key = (page.lang, root, page.nav, section, page.crumbs)
        frame = self.frames.get(key)
        if frame is None:
            frame = self.frames[key] = Frame(
                head=self._once(m, "head"),
                links=self._once(m, "links"),
                banner=self._once(m, "banner"),
                navigation=self._once(m, "navigation", page.nav, section),
                crumbs=self._once(m, "crumbs", page.crumbs),
                footer=self._once(m, "footer"),
            )
        values = dict(common, page=page, m=m, frame=frame)
        if page.template == "meeting":
            values["agenda"] = self.agendas[(page.view.id, page.lang)]
        render = self.templates.get(page.template)
        if render is None:
            name = f"site/{page.template}.html.j2"
            render = self.templates[page.template] = templating.Repeated(self.env, name)
        html = render(values)
        return page.path + "index.html", html.encode("utf-8")

    def _once(self, m: Any, macro: str, *args: Any) -> Any:
        """``m.<macro>(*args)``, rendered once for each module and arguments."""
        key = (id(m), macro, args)
        out = self.frames.get(key)
        if out is None:
            from ogp.output import templating

            out = self.frames[key] = templating.call(self.env, m, macro, *args)
        return out

    def share(self, start: int, end: int) -> tuple[dict[str, bytes], int]:
        """Pages ``start`` to ``end`` (not included)."""
        made = dict(self.page(i) for i in range(start, end))
        return made, end - start


@dataclass(frozen=True)
class _Done:
    """What a task did: files written and pages among them, or the error that stopped it."""

    files: int = 0
    pages: int = 0
    error: str = ""
    hint: str | None = None
    names: tuple[str, ...] = ()  # the files written, from the site's root


class _Run:
    """The tasks of one site, done here or by processes forked from here, into ``folder``.

    Forked processes have the site and the compiled templates without copying
    them; each does whole tasks (render, then write: writing a file costs about
    as much as rendering it) and sends back only what it did (:class:`_Done`).
    Where processes cannot be forked (not Linux, or no room for another
    process), or the site is small, the tasks are done here, one after the
    other: the files are the same.
    """

    def __init__(self, folder: Path, tasks: list[Task]) -> None:
        self.out = _Writer(folder)
        self.tasks = tasks
        self.names: list[str] = []  # every file the tasks wrote

    def do(self, index: int) -> _Done:
        try:
            made, pages = self.tasks[index]()
            for rel, content in made.items():
                self.out.put(rel, content)
        except OgpError as exc:
            return _Done(error=exc.message, hint=exc.hint)
        except OSError as exc:
            return _Done(error=f"cannot write the site: {exc.strerror or exc}")
        return _Done(len(made), pages, names=tuple(made))

    def processes(self, jobs: int, pages: int) -> Any:
        """A pool of ``jobs`` processes forked from here, or None to do the tasks here."""
        import multiprocessing

        if jobs <= 1 or pages < MIN_PARALLEL_PAGES:
            return None
        # Linux only: elsewhere (macOS) forking a process that has loaded system
        # frameworks is not safe, and starting fresh ones would cost more than it saves
        if not sys.platform.startswith("linux"):
            return None
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        import threading

        # a process with other threads may be forked while one of them holds a lock (of
        # logging, of an import), which the child then waits on for ever: render here instead
        if threading.active_count() > 1:
            return None
        global _RUN
        _RUN = self
        try:
            return multiprocessing.get_context("fork").Pool(jobs)
        except OSError:
            _RUN = None
            return None

    def all(self, pool: Any, progress: Progress | None) -> int:
        """Do every task; how many files they wrote. The first error stops them all."""
        indexes = range(len(self.tasks))
        done: Iterable[_Done]
        done = map(self.do, indexes) if pool is None else pool.imap_unordered(_do, indexes)
        count = 0
        for d in done:
            if d.error:
                raise OgpError(d.error, hint=d.hint)
            count += d.files
            self.names.extend(d.names)
            if progress is not None and d.pages:
                progress(d.pages)
        return count

    def close(self, pool: Any) -> None:
        global _RUN
        if pool is not None:
            pool.terminate()
            pool.join()
        _RUN = None


_RUN: _Run | None = None  # what a forked process works on (set before the fork)


def _do(index: int) -> _Done:
    """Task ``index`` of the site being made, in a forked process."""
    assert _RUN is not None, "a site process started without its tasks"
    return _RUN.do(index)


def _remove(old: Path, pool: Any) -> None:
    """Remove the folder of the site that was replaced, in parallel where there are processes."""
    if pool is not None:
        # the pages' folders, in shares: each process removes its own
        leaves = [str(p) for p in old.glob("site/*/*/*/*") if p.is_dir()]
        shares = [leaves[i : i + 200] for i in range(0, len(leaves), 200)]
        with contextlib.suppress(OSError):
            pool.map(_remove_folders, shares)
    shutil.rmtree(old, ignore_errors=True)


def _remove_folders(paths: list[str]) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


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
    if feed.history:  # the feed holds the newest entries; the whole history is there
        sub(root, "link", rel="related", type="text/csv", href=url(feed.history))
    # relative without --base-url, as the other links: a reader resolves it against the
    # feed's own address, where it is the feed itself
    sub(root, "link", rel="self", type="application/atom+xml", href=url(feed.path))
    author = sub(root, "author")
    sub(author, "name", feed.author)
    if feed.author_email:
        sub(author, "email", feed.author_email)
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
