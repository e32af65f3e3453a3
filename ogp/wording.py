"""The words ogp's outputs use, in Norwegian bokmål (``nb``, the default) and English (``en``)."""

from __future__ import annotations

from ogp.errors import OgpError
from ogp.model import Level

LANGUAGES = ("nb", "en")

WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "and": "og",
        "lead": "overordnet",
        "implementing": "implementering",
        "with": "i samarbeid med",
        "to_be_agreed": "avklares",
        "commitment": "Forpliktelse",
        "commitments": "forpliktelser",
        "title": "Tittel",
        "owners": "Ansvarlig(e) instans(er)",
        "reporter": "Rapporterer",
        "level": "Status",
        "date": "Dato",
        "note": "Merknad",
        "agency": "Instans",
        "status_title": "Status for forpliktelsene",
        "data_as_of": "Data per",
    },
    "en": {
        "and": "and",
        "lead": "lead",
        "implementing": "implementing",
        "with": "in cooperation with",
        "to_be_agreed": "to be agreed",
        "commitment": "Commitment",
        "commitments": "commitments",
        "title": "Title",
        "owners": "Responsible agencies",
        "reporter": "Reports",
        "level": "Status",
        "date": "Date",
        "note": "Note",
        "agency": "Agency",
        "status_title": "Status of the commitments",
        "data_as_of": "Data as of",
    },
}

LEVELS: dict[str, dict[Level, str]] = {
    "nb": {
        Level.NOT_STARTED: "ikke startet",
        Level.LIMITED: "begrenset",
        Level.SUBSTANTIAL: "betydelig",
        Level.COMPLETE: "fullført",
        Level.NO_EVIDENCE: "ingen dokumentasjon",
        Level.NOT_REPORTED: "ikke rapportert",
    },
    "en": {
        Level.NOT_STARTED: "not started",
        Level.LIMITED: "limited",
        Level.SUBSTANTIAL: "substantial",
        Level.COMPLETE: "complete",
        Level.NO_EVIDENCE: "no evidence available",
        Level.NOT_REPORTED: "not reported",
    },
}


def check_lang(lang: str) -> str:
    if lang not in WORDS:
        raise OgpError(f"unknown language '{lang}'; use one of: {', '.join(LANGUAGES)}")
    return lang


def word(lang: str, key: str) -> str:
    return WORDS[lang][key]


def level_label(lang: str, level: Level) -> str:
    return LEVELS[lang][level]
