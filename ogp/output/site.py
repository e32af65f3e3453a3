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
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from ogp.documents.site import Feed, Site
from ogp.errors import OgpError
from ogp.output import registry
from ogp.output.context import OutputContext
from ogp.output.write import check_target

MARKER = ".ogp-site"  # in the root of every site ogp writes: the folder may be replaced
CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
ATOM = "http://www.w3.org/2005/Atom"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Progress = Callable[[int], None]


def render(site: Site, ctx: OutputContext, *, progress: Progress | None = None) -> dict[str, bytes]:
    """Every file of the site: path inside the site -> bytes."""
    from ogp.documents import addresses, agenda, calendar, letter, minutes, status
    from ogp.output import templating
    from ogp.text.site_wording import SITE_WORDS
    from ogp.text.wording import WORDS

    dirs = ctx.template_dirs or tuple(templating.search_path())
    env = templating.environment(dirs)
    files: dict[str, bytes] = {}
    data = site.data

    def doc(document: str, fmt: str, payload: object, lang: str) -> bytes:
        out = registry.renderer(document, fmt)(payload, replace(ctx, lang=lang, template_dirs=dirs))
        return out if isinstance(out, bytes) else out.encode("utf-8")

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
    agendas: dict[tuple[str, str], Any] = {}
    for mf in site.meetings:
        for lang, path in mf.agenda_html.items():
            agenda_doc = agenda.build(data, mf.meeting, lang=lang)
            agendas[(mf.meeting.id, lang)] = agenda_doc
            files[path] = doc("agenda", "html", agenda_doc, lang)
        for lang, path in (mf.minutes_html or {}).items():
            # the public minutes: organisations and counts, never the names of who came
            files[path] = doc("minutes", "html", minutes.build(data, mf.meeting, lang=lang), lang)
        if mf.ics:
            files[mf.ics] = doc("calendar", "ics", calendar.invitation(data, mf.meeting), "nb")
    for lang, path in site.status_html.items():
        files[path] = doc("status", "html", status.build(data, lang=lang), lang)

    # the pages
    feeds = {f.lang: f for f in site.feeds}
    for i, page in enumerate(site.pages):
        extra: dict[str, Any] = {}
        if page.template == "meeting":
            extra["agenda"] = agendas[(page.view.id, page.lang)]
        html = templating.render(
            env,
            f"site/{page.template}.html.j2",
            page=page,
            site=site,
            feed=feeds[page.lang],
            root=page.root,  # the way back to the site's root: '../../'
            home=feeds[page.lang].home,  # the front page of the page's language
            w=SITE_WORDS[page.lang],
            words=WORDS[page.lang],
            csp=CSP,
            **extra,
        )
        files[page.path + "index.html"] = html.encode("utf-8")
        if progress is not None and i % 50 == 0:
            progress(min(50, len(site.pages) - i))
    files["index.html"] = templating.render(
        env, "site/root.html.j2", site=site, words=SITE_WORDS, csp=CSP
    ).encode("utf-8")
    files[site.stylesheet] = _static(env, "site/site.css")
    files[site.favicon] = _static(env, "site/favicon.svg")

    # feeds and data
    for feed in site.feeds:
        files[feed.path] = atom(feed, site.base_url)
    files[site.data_files["json"]] = (
        json.dumps(site.plan_json, ensure_ascii=False, indent=2) + "\n"
    ).encode("utf-8")
    files[site.data_files["commitments"]] = _csv("commitments", site.csv_commitments)
    files[site.data_files["status"]] = _csv("status", site.csv_status)
    files[".nojekyll"] = b""  # GitHub Pages: serve every file as it is
    files[MARKER] = b"This folder was written by `ogp site`; it is replaced as a whole.\n"
    return files


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


def write_site(
    folder: Path, files: Mapping[str, bytes], *, force: bool, protected: Collection[Path]
) -> int:
    """Put ``files`` into ``folder`` all at once: a reader sees the old site or the new one.

    The files are written into a new folder beside ``folder``, which then takes
    its place. An existing ``folder`` is replaced only with ``force``, and only
    when it is empty or a site ogp wrote (it holds ``.ogp-site``): never a folder
    of other files.
    """
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
    import tempfile

    try:
        new = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".new", dir=parent))
    except OSError as exc:
        raise OgpError(f"cannot write beside {folder}: {exc.strerror or exc}") from None
    try:
        made: set[Path] = set()
        for rel, content in files.items():
            path = new / rel
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            path.write_bytes(content)
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
    return len(files)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
