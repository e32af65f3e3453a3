"""time: times of day are written HH:MM on the 24-hour clock.

Write ``start: 12:30`` (quoting is not needed: ogp reads it as the text you
wrote, where plain YAML 1.1 would have turned it into the number 750).
``25:00``, ``12.30`` and ``12:3`` are refused. A meeting's end must come
after its start (see ``time-order``).

Good: ``start: 12:30``. Bad: ``start: 12.30``, ``end: 25:00``.
"""

from __future__ import annotations

from datetime import time

from ogp.data.schema.values.invalid import Invalid

ID = "time"
PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"


def shape(text: str) -> tuple[str, str] | None:
    r"""The hours and minutes of a time written H:MM, HH:MM, H.MM or HH.MM, as
    ``re.match(r"^(\d{1,2})[:.](\d{2})$", text, re.ASCII)`` finds them (its ``$`` also
    before a final line break), without compiling that at every start."""
    body = text[:-1] if text.endswith("\n") else text
    at = len(body) - 3  # where the ':' or '.' stands
    if at not in (1, 2) or not body.isascii() or body[at] not in ":.":
        return None
    hours, minutes = body[:at], body[at + 1 :]
    return (hours, minutes) if hours.isdigit() and minutes.isdigit() else None


def parse(text: str) -> time:
    m = shape(text)
    if m:
        h, mi = int(m[0]), int(m[1])
        if h > 23 or mi > 59:
            raise Invalid(f"'{text}' is not a time of day", hint="hours go 00-23 and minutes 00-59")
        if ":" not in text or len(m[0]) != 2:
            raise Invalid(f"write times as HH:MM: '{h:02d}:{mi:02d}', not '{text}'")
        return time(h, mi)
    raise Invalid(
        f"'{text}' is not a time", hint="write it as HH:MM on the 24-hour clock, e.g. 12:30"
    )
