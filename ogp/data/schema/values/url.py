"""url: links in the data are web addresses, https: or http: only.

A link is shown on the site, in forms and in exports, and followed by people
who trust the data: ``javascript:``, ``data:``, ``file:`` and other schemes are
refused, as are addresses with spaces or without a host.

Good: ``url: https://www.opengovpartnership.org/members/norway/commitments/NO0020/``.
Bad: ``url: javascript:alert(1)``, ``url: www.regjeringen.no`` (no scheme).
"""

from __future__ import annotations

import re

from ogp.data.schema.values.invalid import Invalid

ID = "url"
PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$"
_RE = re.compile(r"https?://([^\s/?#@]+@)?([^\s/?#:@]+)(:\d{1,5})?([/?#]\S*)?", re.IGNORECASE)
MAX = 2000


def parse(text: str) -> str:
    if len(text) > MAX:
        raise Invalid(f"the address is {len(text):,} characters long; at most {MAX:,} are allowed")
    m = _RE.fullmatch(text)
    if m and "." in m.group(2) and not m.group(2).startswith((".", "-")):
        return text
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme and scheme not in ("http", "https"):
        raise Invalid(f"'{scheme}:' links are not allowed; give an https:// or http:// address")
    if any(c.isspace() for c in text):
        raise Invalid("a web address has no spaces; write %20 for a space")
    if not scheme:
        raise Invalid(f"'{text}' has no https:// in front; write the whole address")
    raise Invalid(f"'{text}' is not a web address, e.g. https://www.regjeringen.no/")
