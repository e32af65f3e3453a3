"""orgno: a Norwegian organisation number (organisasjonsnummer) is nine digits, kept as text.

Write it as the Central Coordinating Register for Legal Entities
(Enhetsregisteret) prints it, with or without spaces: ``972 417 858`` or
``972417858``. The last digit is a check digit (modulus 11), so a mistyped
digit is caught. Letters print it in groups of three.

Good: ``org_no: "972 417 858"``. Bad: ``org_no: 97241785`` (eight digits),
``org_no: 972417859`` (the check digit does not match).
"""

from __future__ import annotations

from ogp.data.schema.values.invalid import Invalid

ID = "orgno"
PATTERN = r"^\d{3} ?\d{3} ?\d{3}$"
_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def fits(text: str) -> bool:
    """Whether ``text`` matches PATTERN (as ``re.match`` with re.ASCII would; its ``$``
    also before a final line break), without compiling it at every start: nine digits,
    a space allowed after the third and the sixth."""
    body = text[:-1] if text.endswith("\n") else text
    d = body.replace(" ", "")
    if len(d) != 9 or not d.isascii() or not d.isdigit():
        return False
    return body in (d, f"{d[:3]} {d[3:]}", f"{d[:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}")


def parse(text: str) -> str:
    """The number in groups of three ("972 417 858"), or Invalid."""
    if not fits(text):
        raise Invalid(
            f"'{text}' is not an organisation number: write its nine digits, e.g. 972 417 858"
        )
    digits = text.replace(" ", "")
    if _check_digit(digits[:8]) != digits[8]:
        raise Invalid(
            f"'{text}' is not an organisation number: its check digit does not match; "
            "copy it again from Enhetsregisteret (brreg.no)"
        )
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _check_digit(first8: str) -> str | None:
    rest = sum(int(d) * w for d, w in zip(first8, _WEIGHTS, strict=True)) % 11
    check = 11 - rest if rest else 0
    return None if check == 10 else str(check)
