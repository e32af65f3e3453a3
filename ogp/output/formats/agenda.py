"""Formats of ``ogp agenda``: md, txt and html, each through its template."""

from __future__ import annotations

from ogp.output.documents import templated

markdown = templated("agenda", "md")
text = templated("agenda", "txt")
html = templated("agenda", "html")
