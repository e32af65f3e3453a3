"""HTML to PDF through WeasyPrint, the optional extra ``ogp[pdf]``.

WeasyPrint is imported only when a PDF is asked for; when it is missing the
user is told how to install it. Its URL fetcher is restricted to the template
folders (and ``data:`` URLs): a template may use its own images or
stylesheets, but nothing is fetched from the network or from elsewhere on
disk. One :class:`PdfRenderer` renders many documents in one process,
sharing its font configuration. Every PDF is tagged (PDF/UA-1): headings,
lists and tables are in its structure tree, for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ogp.errors import OgpError
from ogp.output.context import OutputContext

INSTALL_HINT = (
    "install the PDF extra: pip install 'ogp[pdf]' (in a checkout of ogp: pip install -e '.[pdf]')"
)


def available() -> OgpError | None:
    """None if PDFs can be made here, else the error that says why not and what to do."""
    try:
        import_weasyprint()
    except OgpError as exc:
        return exc
    return None


def import_weasyprint() -> Any:
    """The weasyprint module, or an OgpError saying how to get it."""
    try:
        import weasyprint
    except ImportError:
        raise OgpError(
            "PDF output needs WeasyPrint, which is not installed", hint=INSTALL_HINT
        ) from None
    except OSError as exc:  # installed, but Pango and friends are missing
        raise OgpError(
            f"WeasyPrint is installed but cannot load its system libraries: {exc}",
            hint="install Pango (Debian/Ubuntu: apt-get install libpango-1.0-0 "
            "libpangoft2-1.0-0), see doc.courtbouillon.org/weasyprint",
        ) from None
    return weasyprint


def _fetcher_class(weasyprint: Any) -> Any:
    class TemplateOnlyFetcher(weasyprint.urls.URLFetcher):  # type: ignore[misc]
        """Fetches data: URLs and files inside the template folders; refuses the rest."""

        def __init__(self, roots: Sequence[Path]) -> None:
            super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
            self.roots = [r.resolve() for r in roots]

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file:"):
                from urllib.parse import urlparse
                from urllib.request import url2pathname

                path = Path(url2pathname(urlparse(url).path)).resolve()
                if any(path.is_relative_to(root) for root in self.roots):
                    return super().fetch(url, headers)
            raise ValueError(f"ogp only uses files from its template folders, not {url}")

    return TemplateOnlyFetcher


class PdfRenderer:
    """Turns HTML into PDF bytes; keep one for many documents."""

    def __init__(self, template_dirs: Sequence[Path]) -> None:
        self.weasyprint = import_weasyprint()
        from weasyprint.text.fonts import FontConfiguration

        self.fonts = FontConfiguration()
        self.roots = list(template_dirs)
        self.fetcher = _fetcher_class(self.weasyprint)(self.roots)
        self.base_url = self.roots[0].resolve().as_uri() + "/" if self.roots else None

    def render(self, html: str) -> bytes:
        document = self.weasyprint.HTML(
            string=html, base_url=self.base_url, url_fetcher=self.fetcher
        )
        # PDF/UA-1: a tagged PDF (headings, lists, tables, reading order) with the
        # document's title and language, for screen readers (universal design).
        data = document.write_pdf(font_config=self.fonts, pdf_variant="pdf/ua-1")
        assert isinstance(data, bytes)
        return data


def html_to_pdf(document: str, doc: object, ctx: OutputContext) -> bytes:
    """``templates/<document>.html.j2`` rendered for print, then through WeasyPrint."""
    from ogp.output import templating
    from ogp.output.documents import render_template

    dirs = ctx.template_dirs or tuple(templating.search_path())
    pdfs = ctx.caches.pdf_renderer(dirs)  # fails early (install hint) without WeasyPrint
    return pdfs.render(render_template(document, "pdf", ctx, doc=doc))
