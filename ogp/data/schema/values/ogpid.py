"""ogp-id: OGP's id of a commitment is the country's two letters and four digits.

OGP numbers every commitment of a member on its website, across all of its
action plans: Norway's second plan's first commitment is ``NO0020``. The id
links the commitment to its OGP page and its IRM assessment.

Good: ``ogp_id: NO0020``. Bad: ``ogp_id: no20``, ``ogp_id: NO-0020``.
"""

from __future__ import annotations

from ogp.data.schema.values.invalid import Invalid

ID = "ogp-id"
PATTERN = r"^[A-Z]{2}\d{4}$"


def fits(text: str) -> bool:
    """Whether ``text`` matches PATTERN (as ``re.match`` with re.ASCII would; its ``$``
    also before a final line break), without compiling it at every start."""
    body = text[:-1] if text.endswith("\n") else text
    return (
        len(body) == 6
        and body.isascii()
        and body[:2].isalpha()
        and body[:2].isupper()
        and body[2:].isdigit()
    )


def parse(text: str) -> str:
    if fits(text):
        return text
    raise Invalid(
        f"'{text}' is not an OGP commitment id: two capital letters and four digits, e.g. NO0020"
    )
