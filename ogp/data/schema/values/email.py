"""email: e-mail addresses are well-formed.

One address, ``name@domain.tld``, without spaces, display names or
``mailto:``. ogp does not check that the mailbox exists.

Good: ``email: amo@kmd.dep.no``. Bad: ``email: amo(at)kmd.dep.no``.
"""

from __future__ import annotations

import re

from ogp.data.schema.values.invalid import Invalid

ID = "email"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
PATTERN = rf"^[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})+$"
_RE = re.compile(PATTERN, re.ASCII)


def parse(text: str) -> str:
    if _RE.match(text) and ".." not in text and len(text) <= 254:
        return text
    if text.startswith("mailto:"):
        raise Invalid(f"write the address without 'mailto:': '{text[7:]}'")
    if "@" not in text:
        raise Invalid(f"'{text}' is not an e-mail address: it has no '@'")
    raise Invalid(f"'{text}' is not a well-formed e-mail address, e.g. name@kmd.dep.no")
