"""A letter's distribution list: its recipients and its copy-to, with postal addresses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ogp.data.model import Dataset, Letter
from ogp.text.phrasing import AddressRow, address_row
from ogp.text.wording import word


@dataclass(frozen=True)
class AddressEntry:
    kind: str  # "recipient" or "copy"
    row: AddressRow
    email: str

    @property
    def missing(self) -> bool:
        return not self.row.has_address

    @property
    def incomplete(self) -> bool:
        """An address, but no postcode or town: it cannot be posted to as it is."""
        return self.row.has_address and not (self.row.postcode and self.row.city)


@dataclass(frozen=True)
class AddressList:
    lang: str
    letter: str
    date: dt.date  # the letter's date
    title: str  # "Adresseliste"
    copy_title: str  # "Kopi til"
    headers: tuple[str, ...]  # name, address, postcode, city
    no_address: str  # "mangler postadresse"
    no_postcode: str  # "mangler"
    recipients: tuple[AddressEntry, ...]
    copies: tuple[AddressEntry, ...]

    @property
    def missing_count(self) -> int:
        return sum(e.missing for e in (*self.recipients, *self.copies))


def build(data: Dataset, letter: Letter, lang: str = "nb") -> AddressList:
    def entry(kind: str, agency_id: str) -> AddressEntry:
        agency = data.agency_by_id[agency_id]
        return AddressEntry(kind, address_row(agency), agency.email or "")

    return AddressList(
        lang=lang,
        letter=letter.id,
        date=letter.date,
        title=word(lang, "address_list"),
        copy_title=word(lang, "copy_to"),
        headers=tuple(word(lang, k) for k in ("name", "address", "postcode", "city")),
        no_address=word(lang, "no_address"),
        no_postcode=word(lang, "no_postcode"),
        recipients=tuple(entry("recipient", a) for a in letter.recipients),
        copies=tuple(entry("copy", a) for a in letter.copy_to),
    )
