"""postcode: Norwegian postcodes are four digits, kept as text.

``0030`` stays ``0030`` (plain YAML 1.1 would have read it as the octal
number 24). Leave the postcode out where no source gives it, rather than
guess; ``missing-address`` warns about recipients that cannot be reached
by post.

Good: ``postcode: 0030``. Bad: ``postcode: 30``, ``postcode: N-0030``.
"""

from __future__ import annotations

import re

from ogp.data.schema.values.invalid import Invalid

ID = "postcode"
PATTERN = r"^\d{4}$"
_RE = re.compile(PATTERN, re.ASCII)


def parse(text: str) -> str:
    if _RE.match(text):
        return text
    raise Invalid(f"'{text}' is not a Norwegian postcode: write four digits, e.g. 0030")
