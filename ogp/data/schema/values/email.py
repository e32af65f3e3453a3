"""email: e-mail addresses are well-formed.

One address, ``name@domain.tld``, without spaces, display names or
``mailto:``. ogp does not check that the mailbox exists. The name before the
'@' may not hold '%', '?', '#', '&' or '/': in a ``mailto:`` link they change
where the mail goes (``postmottak%40evil.example?@kmd.dep.no`` reads as an
address at kmd.dep.no and sends to evil.example).

Good: ``email: amo@kmd.dep.no``. Bad: ``email: amo(at)kmd.dep.no``.
"""

from __future__ import annotations

from ogp.data.schema.values.invalid import Invalid

ID = "email"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
PATTERN = rf"^[A-Za-z0-9.!$'*+=^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})+$"
_LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!$'*+=^_`{|}~-")
_IN_LINKS = "%?#&/"  # characters a mailto: link reads as its own syntax


def _label(label: str) -> bool:
    """A part of the domain (ASCII): letters, digits and '-', not first or last."""
    return label[:1].isalnum() and label[-1:].isalnum() and label.replace("-", "a").isalnum()


def fits(text: str) -> bool:
    """Whether ``text`` matches PATTERN (as ``re.match`` with re.ASCII would; its ``$``
    also before a final line break), without compiling it at every start."""
    body = text[:-1] if text.endswith("\n") else text
    local, at, domain = body.partition("@")
    if not at or not local or not body.isascii() or not _LOCAL.issuperset(local):
        return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(_label(label) for label in labels)


def parse(text: str) -> str:
    if fits(text) and ".." not in text and len(text) <= 254:
        return text
    if text.startswith("mailto:"):
        raise Invalid(f"write the address without 'mailto:': '{text[7:]}'")
    if "@" not in text:
        raise Invalid(f"'{text}' is not an e-mail address: it has no '@'")
    local = text.rpartition("@")[0]
    odd = [c for c in _IN_LINKS if c in local]
    if odd:
        raise Invalid(
            f"'{text}' has '{odd[0]}' before the '@', which in a mailto: link would send the "
            "mail elsewhere; write the address as the mailbox's owner gives it"
        )
    raise Invalid(f"'{text}' is not a well-formed e-mail address, e.g. name@kmd.dep.no")
