"""id: ids are short, safe names.

An id (of an agency, a commitment, a meeting, a letter, a timeline event) is
used on the command line, in references between the files and in the names of
the files ogp writes. It is letters A–Z/a–z and digits, with single '.', '-'
or '_' between them: ``4.10``, ``kmd``, ``norges-bank``. Spaces, '/', '..',
non-ASCII letters and control characters are refused, and so are the names
Windows keeps for devices (``con``, ``nul``, ``aux``, ``prn``, ``com1``, ``lpt1``,
before a first '.' too): a file named after one cannot be made there. Two ids of
one kind may not differ only in upper and lower case (see ``duplicate-id``).

Good: ``id: norges-bank``. Bad: ``id: Norges Bank``, ``id: ../kmd``.
"""

from __future__ import annotations

from ogp.data.schema.values.invalid import Invalid

ID = "id"
PATTERN = r"^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$"
MAX_LENGTH = 64
# what Windows keeps for devices, as a file's name or the part before its first '.'
_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{n}" for d in ("com", "lpt") for n in "0123456789"]
)


def fits(text: str) -> bool:
    """Whether ``text`` matches PATTERN (as ``re.match`` with re.ASCII would; its ``$``
    also before a final line break), without compiling it at every start: letters and
    digits, with single '.', '-' or '_' between them."""
    body = text[:-1] if text.endswith("\n") else text
    if not body.isascii():
        return False
    return all(part.isalnum() for part in body.replace("-", ".").replace("_", ".").split("."))


def parse(text: str) -> str:
    if fits(text) and len(text) <= MAX_LENGTH:
        head = text.partition(".")[0]
        if len(head) in (3, 4) and head.lower() in _DEVICES:
            raise Invalid(
                f"'{text}' cannot be an id: Windows keeps the name '{head}' for a device, "
                "and no file can be named after it there",
                hint="choose another id, e.g. its full name",
            )
        return text
    if len(text) > MAX_LENGTH:
        raise Invalid(
            f"id is {len(text)} characters long", hint=f"keep ids to {MAX_LENGTH} at most"
        )
    shown = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )
    raise Invalid(
        f"'{shown}' is not a valid id: use letters A-Z or a-z, digits and single '.', '-' or '_' "
        "between them (no spaces, '/', '..' or accented letters), e.g. 'norges-bank'"
    )
