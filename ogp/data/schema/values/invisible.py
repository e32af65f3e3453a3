"""Shared helper of the value rules and of free text: the characters no text may hold.

A text of the data (a note, a title) and a web address are refused when they
hold a character a reader cannot see (:func:`invisible`), named by
:func:`character_name`.
"""

from __future__ import annotations

# Characters a reader cannot see but that change what a text says or how it sorts and
# compares. Refused by Unicode category: controls (Cc, but tab and newline), format
# characters (Cf: zero-width spaces and joiners, bidirectional controls, soft hyphen,
# a stray BOM, tag characters), the line and paragraph separators (Zl, Zp), private use
# (Co), surrogates (Cs) and unassigned code points (Cn); and by name the letters and
# symbols that print as nothing (Hangul fillers, the Braille blank, CGJ, Mongolian
# variation selectors). Spaces (Zs, such as the no-break space) are visible as spaces.
_REFUSED = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
# (searched for with str.find, not a regular expression: compiling one at every start
# would cost more than all the searches of a data folder)
_BLANK_LOOKING = "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0"
_LOWEST_BLANK = min(_BLANK_LOOKING)
_KIND_OF_CHARACTER = {
    "Cc": "a control character",
    "Co": "a private-use character",
    "Cs": "a surrogate",
    "Cn": "an unassigned code point",
}


def invisible(text: str) -> str | None:
    """The first character of ``text`` that a reader cannot see (see above), if any.

    Fast where it matters: ASCII text is looked at character by character only when
    ``str.isprintable`` does not pass it (tabs and line breaks aside), other text only
    on a line that ``str.isprintable`` does not pass.
    """
    if text.isascii():  # its invisible characters: the controls but tab and newline, DEL
        if text.replace("\t", " ").replace("\n", " ").isprintable():
            return None
        return next((ch for ch in text if not ch.isprintable() and ch not in "\t\n"), None)
    for line in text.split("\n"):
        if line.isprintable():
            continue
        for ch in line:
            if ch != "\t" and not ch.isprintable():
                import unicodedata  # loaded only for a character that may be refused

                if unicodedata.category(ch) in _REFUSED:
                    return ch
    if max(text) < _LOWEST_BLANK:  # e.g. Norwegian text in Latin-1's letters
        return None
    first = min((i for ch in _BLANK_LOOKING if (i := text.find(ch)) >= 0), default=-1)
    return text[first] if first >= 0 else None


def character_name(ch: str) -> str:
    """'U+200B ZERO WIDTH SPACE'; 'U+0007 (a control character)' where it has no name."""
    import unicodedata

    name = unicodedata.name(ch, "")
    if not name:
        name = f"({_KIND_OF_CHARACTER.get(unicodedata.category(ch), 'a character with no name')})"
    return f"U+{ord(ch):04X} {name}"
