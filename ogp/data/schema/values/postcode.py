"""postcode: Norwegian postcodes are four digits, kept as text.

``0030`` stays ``0030`` (plain YAML 1.1 would have read it as the octal
number 24). Leave the postcode out where no source gives it, rather than
guess; ``missing-address`` warns about recipients that cannot be reached
by post.

Good: ``postcode: 0030``. Bad: ``postcode: 30``, ``postcode: N-0030``.
"""

from __future__ import annotations

from ogp.data.schema.values.invalid import Invalid

ID = "postcode"
PATTERN = r"^\d{4}$"


def fits(text: str) -> bool:
    """Whether ``text`` matches PATTERN (as ``re.match`` with re.ASCII would; its ``$``
    also before a final line break), without compiling it at every start."""
    body = text[:-1] if text.endswith("\n") else text
    return len(body) == 4 and body.isascii() and body.isdigit()


def parse(text: str) -> str:
    if fits(text):
        return text
    raise Invalid(f"'{text}' is not a Norwegian postcode: write four digits, e.g. 0030")
