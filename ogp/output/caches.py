"""What one run of ogp compiles once and reuses: template environments and PDF renderers.

A :class:`RenderCaches` belongs to whoever runs the documents (the CLI makes one
per invocation and carries it on :class:`~ogp.output.context.OutputContext`), so
nothing is kept in module globals: two runs in one process, or two template
folders, never share a compiled template. A site build compiles its templates
before it forks its workers, and the forked workers inherit this object with
them. Jinja and WeasyPrint are imported only when something is rendered.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

    from ogp.output.pdf import PdfRenderer


class RenderCaches:
    """One template environment per (search path, markdown), one PDF renderer per search path."""

    def __init__(self) -> None:
        self._environments: dict[tuple[tuple[Path, ...], bool], jinja2.Environment] = {}
        self._pdfs: dict[tuple[Path, ...], PdfRenderer] = {}

    def environment(self, paths: Sequence[Path], *, markdown: bool = False) -> jinja2.Environment:
        """The template environment over ``paths``, compiled once for this run.

        Its templates are compiled once, not for each document (``render-letter
        --all`` renders one per recipient); Jinja still notices a template file
        that changes.
        """
        key = (tuple(paths), markdown)
        env = self._environments.get(key)
        if env is None:
            from ogp.output.templating import new_environment

            env = self._environments[key] = new_environment(paths, markdown=markdown)
        return env

    def pdf_renderer(self, template_dirs: Sequence[Path]) -> PdfRenderer:
        """The PDF renderer for ``template_dirs``, reused for every document of the run.

        Made on first use, so that a missing WeasyPrint fails early, with its install hint.
        """
        key = tuple(template_dirs)
        renderer = self._pdfs.get(key)
        if renderer is None:
            from ogp.output.pdf import PdfRenderer

            renderer = self._pdfs[key] = PdfRenderer(template_dirs)
        return renderer
