"""url: links in the data are web addresses, https: or http: only.

A link is shown on the site, in forms and in exports, and followed by people
who trust the data: ``javascript:``, ``data:``, ``file:`` and other schemes are
refused, as are addresses with spaces or without a host, and characters that
a web address never holds as they are (``<``, ``>``, ``"``, a backtick, ``{``,
``}``, ``|``, ``\\``, ``^``: a link copied with the brackets around it), and
characters a reader cannot see (a zero-width space pasted with the address, a
bidirectional control: the same as no text may hold), named with their place.
Nor may a link read as one place and go to another: a user part before the host
(``https://www.regjeringen.no@evil.example/`` goes to evil.example) is refused,
and so is a part of the host name that mixes alphabets (``https://еvil.com/``
with a Cyrillic 'е'); a Norwegian name (``https://blåbær.no/``) is fine.

Good: ``url: https://www.opengovpartnership.org/members/norway/commitments/NO0020/``.
Bad: ``url: javascript:alert(1)``, ``url: www.regjeringen.no`` (no scheme).
"""

from __future__ import annotations

import re

from ogp.data.schema.values.invalid import Invalid
from ogp.data.schema.values.invisible import character_name, invisible

ID = "url"
# what a web address never holds unencoded (RFC 3986), beside spaces
_NEVER = '<>"`{}|\\^'
_C = r'\s<>"`{}|\\^'
PATTERN = rf"^[Hh][Tt][Tt][Pp][Ss]?://[^{_C}/?#@]+\.[^{_C}/?#@]+([/?#][^{_C}]*)?$"
_RE = re.compile(
    rf"https?://([^{_C}/?#@]+@)?([^{_C}/?#:@]+)(:\d{{1,5}})?([/?#][^{_C}]*)?", re.IGNORECASE
)
MAX = 2000


def parse(text: str) -> str:
    if len(text) > MAX:
        raise Invalid(f"the address is {len(text):,} characters long; at most {MAX:,} are allowed")
    m = _RE.fullmatch(text)
    if m and "." in m.group(2) and not m.group(2).startswith((".", "-")):
        # the pattern keeps out spaces, not what is invisible (U+200B, U+202E, a control);
        # a printable ASCII address, nearly every one, is passed by one look
        hidden = None if text.isascii() and text.isprintable() else invisible(text)
        if hidden is not None:
            raise Invalid(
                f"the address holds an invisible character ({character_name(hidden)}) at "
                f"position {text.index(hidden) + 1}; type the address again"
            )
        if m.group(1):
            raise Invalid(
                f"the address has '{m.group(1)}' before its host, so it goes to "
                f"{m.group(2)}, whatever the part before the '@' says; give the address "
                "without it"
            )
        mixed = None if m.group(2).isascii() else _mixed_label(m.group(2))
        if mixed is not None:
            raise Invalid(
                f"the host name's part '{mixed}' mixes alphabets "
                f"({', '.join(sorted(_scripts(mixed)))}), as a look-alike of another "
                "address does; type the address again"
            )
        return text
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme and scheme not in ("http", "https"):
        raise Invalid(f"'{scheme}:' links are not allowed; give an https:// or http:// address")
    if any(c.isspace() for c in text):
        raise Invalid("a web address has no spaces; write %20 for a space")
    odd = next((c for c in text if c in _NEVER), None)
    if odd is not None:
        raise Invalid(
            f"a web address has no '{odd}' (was it copied with what was around it?); "
            f"leave it out, or write it as %{ord(odd):02X}"
        )
    if not scheme:
        raise Invalid(f"'{text}' has no https:// in front; write the whole address")
    raise Invalid(f"'{text}' is not a web address, e.g. https://www.regjeringen.no/")


def _scripts(label: str) -> set[str]:
    """The alphabets of a host name's letters (LATIN, CYRILLIC, GREEK, …)."""
    import unicodedata

    return {unicodedata.name(c, "?").split(" ")[0] for c in label if c.isalpha()}


def _mixed_label(host: str) -> str | None:
    """The first part of ``host`` whose letters are of more than one alphabet."""
    return next((label for label in host.split(".") if len(_scripts(label)) > 1), None)
