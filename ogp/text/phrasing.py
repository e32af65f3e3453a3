"""How the letter's annex words owners, roles, collaborators and groups of commitments.

"KMD/JD/KUD", "UD (overordnet)/OED (implementering)", "KUD og Riksarkivet i
samarbeid med Difi", "4.13 og 4.14 (a og b)": derived from the data, in
Norwegian bokmål (``nb``) or English (``en``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ogp.data.model import (
    Address,
    Agency,
    AgendaItem,
    Commitment,
    Dataset,
    Joiner,
    Meeting,
    Person,
    Role,
)
from ogp.text import dates
from ogp.text.wording import WORDS, word


def in_language(nb: str | None, en: str | None, lang: str) -> tuple[str, str]:
    """A text the data may hold in Norwegian, English or both (a title), for a document
    in ``lang``: the one in that language where there is one, else the other, and the
    language it is written in; ``("", "")`` where there is neither."""
    first, second = ((en, "en"), (nb, "nb")) if lang == "en" else ((nb, "nb"), (en, "en"))
    for text, written in (first, second):
        if text:
            return text, written
    return "", ""


def join_words(items: Sequence[str], lang: str = "nb") -> str:
    """'A', 'A og B', 'A, B og C' (English: 'A, B and C')."""
    word = WORDS[lang]["and"]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def person_line(
    name: str, agency: str | None, email: str | None, phone: str | None, lang: str = "nb"
) -> str:
    """A person with agency and contact: 'statssekretær Paul Chaffey (KMD), pc@kmd.dep.no,
    telefon 22 24 90 90'; ``name`` as ``ogp.documents.letter.person_phrase`` words it."""
    text = f"{name} ({agency})" if agency else name
    return ", ".join(
        [text, *(x for x in (email, phone and f"{WORDS[lang]['phone']} {phone}") if x)]
    )


def person_contact(data: Dataset, p: Person, lang: str = "nb", *, contact: bool = True) -> str:
    """A person as every document names one: 'statssekretær Paul Chaffey (KMD)', with the
    e-mail address and telephone when ``contact``."""
    agency = agency_name(data, p.agency, annex=False) if p.agency else None
    return person_line(
        person_phrase(p), agency, p.email if contact else None, p.phone if contact else None, lang
    )


def agency_name(data: Dataset, agency_id: str, *, annex: bool = True) -> str:
    agency = data.agency_by_id.get(agency_id)
    if agency is None:
        return agency_id
    if annex and agency.annex_name:
        return agency.annex_name
    return agency.label


def owners_phrase(
    data: Dataset, c: Commitment, lang: str = "nb", *, collaborators: bool = True
) -> str:
    """The owners as the annex gives them, e.g. 'KUD og Riksarkivet i samarbeid med Difi'
    (without the part from 'i samarbeid med' unless ``collaborators``)."""
    words = WORDS[lang]
    names = []
    for owner in c.owners:
        name = agency_name(data, owner.agency)
        if owner.role is Role.LEAD:
            name += f" ({words['lead']})"
        elif owner.role is Role.IMPLEMENTING:
            name += f" ({words['implementing']})"
        names.append(name)
    text = "/".join(names) if c.owner_separator is Joiner.SLASH else join_words(names, lang)
    if collaborators and c.collaborators:
        partners = [agency_name(data, a) for a in c.collaborators]
        text += f" {words['with']} {join_words(partners, lang)}"
    return text


def commitment_label(c: Commitment, lang: str = "nb") -> str:
    """'4.14 (a og b)' for a commitment with parts, else its label or id."""
    if c.parts:
        return f"{c.display_label} ({join_words(list(c.parts), lang)})"
    return c.display_label


@dataclass(frozen=True)
class AnnexRow:
    commitments: tuple[Commitment, ...]
    label: str  # "4.2 og 4.3"
    owners: str  # "KMD"


def annex_rows(data: Dataset, lang: str = "nb") -> list[AnnexRow]:
    """The annex of responsible agencies; consecutive commitments with equal owners share a row."""
    groups: list[list[Commitment]] = []
    phrases: list[str] = []
    for c in data.commitments_in_plan_order():
        phrase = owners_phrase(data, c, lang)
        numbered = c.label is None
        if groups and phrases[-1] == phrase and numbered and groups[-1][-1].label is None:
            groups[-1].append(c)
        else:
            groups.append([c])
            phrases.append(phrase)
    return [
        AnnexRow(tuple(g), join_words([commitment_label(c, lang) for c in g], lang), phrase)
        for g, phrase in zip(groups, phrases, strict=True)
    ]


@dataclass(frozen=True)
class AddressRow:
    id: str
    name: str
    address: str  # the address lines, joined by ", "
    postcode: str
    city: str
    lines: tuple[str, ...] = ()  # the address lines, each on its own

    @property
    def has_address(self) -> bool:
        return bool(self.address)

    @property
    def cells(self) -> list[str]:
        return [self.name, self.address, self.postcode, self.city]


def address_row(agency: Agency) -> AddressRow:
    addr = agency.address
    return AddressRow(
        id=agency.id,
        name=agency.name,
        address=", ".join(addr.lines) if addr else "",
        postcode=(addr.postcode or "") if addr else "",
        city=(addr.city or "") if addr else "",
        lines=tuple(addr.lines) if addr else (),
    )


def _town(address: Address) -> str:
    """'0030 OSLO'."""
    return " ".join(x for x in (address.postcode, address.city) if x)


def address_lines(address: Address | None) -> list[str]:
    """A postal address, line by line: ['Postboks 8008 Dep', '0030 OSLO']."""
    if address is None:
        return []
    town = _town(address)
    return [*address.lines, *([town] if town else [])]


def address_block(agency: Agency) -> tuple[str, ...]:
    """The lines of a personal letter's address field."""
    return (agency.name, *address_lines(agency.address))


def is_address(text: str) -> bool:
    """Whether a text is a web address shown as itself (in no language)."""
    return text[:8].lower().startswith(("http://", "https://"))


def person_phrase(p: Person) -> str:
    """'statssekretær Paul Chaffey'."""
    return f"{p.title} {p.name}" if p.title else p.name


def venue_phrase(m: Meeting) -> str:
    return ", ".join(x for x in (m.venue.name, m.venue.address, m.venue.city) if x)


def agenda_item_title(item: AgendaItem, lang: str) -> str:
    """The item as the agenda words it; a status round says its minutes per agency."""
    suffix = agenda_item_suffix(item, lang)
    return f"{item.title} {suffix}" if suffix else item.title


def agenda_item_suffix(item: AgendaItem, lang: str) -> str:
    """What ogp adds, in ``lang``, to the item's own title (the data's, in Norwegian): a
    status round's minutes per agency, or ""."""
    if item.status_round is None:
        return ""
    return word(
        lang,
        "status_round_suffix",
        low=item.status_round.min_minutes,
        high=item.status_round.max_minutes,
    )


def meeting_when(m: Meeting, lang: str) -> str:
    """When a meeting is held, as a document's heading says it: '17. mars 2014 kl 12.30–15.00'."""
    return word(
        lang,
        "when",
        date=dates.prose_date(m.date, lang),
        time=dates.clock_range(m.start, m.end, lang),
    )


@lru_cache(maxsize=64)
def country_in(name: str, lang: str) -> str | None:
    """A country's name as the data writes it, in Norwegian ("Norge"), in ``lang`` ("Norway").

    From CLDR's names of territories (Babel); None where CLDR has no country of
    that Norwegian name (the caller then shows the data's own text, marked as
    Norwegian).
    """
    if lang == "nb":
        return name
    from babel import Locale

    wanted = name.strip().casefold()
    for code, local in Locale("nb").territories.items():
        if code.isalpha() and local.casefold() == wanted:  # "NO", not a region such as "150"
            found: str | None = Locale.parse(lang).territories.get(code)
            return found
    return None
