"""ogp-id: OGP's id of a commitment is the country's two letters and four digits.

OGP numbers every commitment of a member on its website, across all of its
action plans: Norway's second plan's first commitment is ``NO0020``. The id
links the commitment to its OGP page and its IRM assessment.

Good: ``ogp_id: NO0020``. Bad: ``ogp_id: no20``, ``ogp_id: NO-0020``.
"""

from __future__ import annotations

import re

from ogp.data.schema.values.invalid import Invalid

ID = "ogp-id"
PATTERN = r"^[A-Z]{2}\d{4}$"
_RE = re.compile(PATTERN, re.ASCII)


def parse(text: str) -> str:
    if _RE.match(text):
        return text
    raise Invalid(
        f"'{text}' is not an OGP commitment id: two capital letters and four digits, e.g. NO0020"
    )
