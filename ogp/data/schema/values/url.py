"""url: links in the data are http(s) web addresses.

A link (an accessibility statement, evidence of progress) is published on the
website and in the documents, so it must be a web address that a reader can
open safely: ``https://`` or ``http://``, a host, no spaces. ``javascript:``,
``data:``, ``file:`` and every other scheme are refused, as are addresses
without a scheme.

Good: ``url: https://uustatus.no/nb/erklaringer/publisert/...``.
Bad: ``url: javascript:alert(1)``, ``url: www.regjeringen.no``.
"""

from __future__ import annotations

import re

from ogp.data.schema.values.invalid import Invalid

ID = "url"
PATTERN = r"^https?://[^\s/?#]+[^\s]*$"
_RE = re.compile(PATTERN, re.ASCII | re.IGNORECASE)
MAX_LENGTH = 2000


def parse(text: str) -> str:
    if len(text) > MAX_LENGTH:
        raise Invalid(f"the address is {len(text)} characters long; keep it to {MAX_LENGTH}")
    if _RE.match(text):
        return text
    scheme, colon, _ = text.partition(":")
    shown = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)
    if colon and scheme.isalpha() and scheme.lower() not in ("http", "https"):
        raise Invalid(
            f"'{shown[:80]}' is a {scheme.lower()}: link; only web addresses "
            "(https://...) are allowed"
        )
    if any(ch.isspace() for ch in text):
        raise Invalid(f"'{shown[:80]}' has a space in it; a web address has none (write %20)")
    raise Invalid(
        f"'{shown[:80]}' is not a web address: write it in full, e.g. https://www.regjeringen.no/"
    )
