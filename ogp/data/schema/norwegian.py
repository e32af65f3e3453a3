"""Norwegian names of the data's keys, for a "did you mean" when a key is written in Norwegian.

The keys of ogp's data are English (``owners``, ``venue``); a Norwegian civil
servant may well write ``eiere``, ``sted`` or ``e-post``. Such a key is refused
like any unknown key, with the English key meant. A Norwegian word may stand
for several keys (``sted`` is a meeting's ``venue`` and an event's ``place``):
the first of them that the record has is suggested. Keys are compared
casefolded, with ``-``, ``_`` and spaces alike.
"""

from __future__ import annotations

NORWEGIAN_KEYS: dict[str, tuple[str, ...]] = {
    "adresse": ("address", "lines"),
    "adresselinjer": ("lines",),
    "ansvarlig": ("owners", "agency"),
    "ansvarlige": ("owners",),
    "avsender": ("sender",),
    "beskrivelse": ("description",),
    "by": ("city",),
    "dagsorden": ("agenda",),
    "dato": ("date",),
    "deltakere": ("invited",),
    "e post": ("email",),
    "epost": ("email",),
    "eier": ("owners", "agency"),
    "eiere": ("owners",),
    "forfall": ("due",),
    "forpliktelser": ("commitments",),
    "frist": ("deadline", "due"),
    "hilsen": ("closing",),
    "id nummer": ("id",),
    "instans": ("agency",),
    "invitert": ("invited",),
    "inviterte": ("invited",),
    "kopi": ("copy_to",),
    "kopi til": ("copy_to",),
    "kilde": ("source",),
    "kontakt": ("contact",),
    "kontaktperson": ("contact",),
    "kortnavn": ("short",),
    "land": ("country",),
    "leder": ("chair",),
    "lengde": ("minutes",),
    "merknad": ("note",),
    "minutter": ("minutes",),
    "motested": ("venue",),
    "møtested": ("venue",),
    "møteleder": ("chair",),
    "møter": ("meetings",),
    "mottakere": ("recipients",),
    "navn": ("name",),
    "nivå": ("level",),
    "notat": ("note",),
    "nummer": ("number",),
    "orgnr": ("org_no",),
    "organisasjonsnummer": ("org_no",),
    "overskrift": ("heading",),
    "påmelding": ("registration",),
    "postnummer": ("postcode",),
    "postnr": ("postcode",),
    "poststed": ("city",),
    "rapportør": ("reporter",),
    "rapporterer": ("reporter",),
    "rolle": ("role",),
    "samarbeid": ("collaborators",),
    "samarbeidspartnere": ("collaborators",),
    "seksjoner": ("sections",),
    "signatur": ("signatories",),
    "slutt": ("end",),
    "start": ("start",),
    "status": ("status", "level"),
    "sted": ("venue", "place"),
    "telefon": ("phone",),
    "tittel": ("title",),
    "tekst": ("text", "paragraphs"),
    "tidslinje": ("timeline",),
    "tid": ("start",),
    "vedlegg": ("attachments",),
    "vår ref": ("our_ref",),
    "deres ref": ("their_ref",),
}


def english_key(key: str, allowed: list[str]) -> str | None:
    """The key of ``allowed`` that the Norwegian ``key`` names, if any."""
    folded = " ".join(key.replace("-", " ").replace("_", " ").split()).casefold()
    for candidate in NORWEGIAN_KEYS.get(folded, ()):
        if candidate in allowed:
            return candidate
    return None
