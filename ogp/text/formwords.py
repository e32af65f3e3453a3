"""The words of the status form (``ogp form``) and of what ``ogp intake`` says about it, nb/en."""

from __future__ import annotations

from ogp.data.model import Level
from ogp.text.wording import LEVELS

# The levels an agency may report (not "not reported": that is the absence of a report)
REPORTABLE = (
    Level.NOT_STARTED,
    Level.LIMITED,
    Level.SUBSTANTIAL,
    Level.COMPLETE,
    Level.NO_EVIDENCE,
)

FORM_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "title": "Statusrapportering: {plan}",
        "for": "Instans: {agency}. Runde: møte {meeting} ({date}). Skjemaversjon {version}.",
        "fill": "Fyll ut de gule cellene; resten er låst. Se arket «Veiledning».",
        "commitment": "Forpliktelse",
        "milestone": "Delmål",
        "title_col": "Tittel",
        "current": "Nåværende status",
        "current_date": "Dato",
        "remark": "Merknad",
        "level": "Ny status",
        "date": "Dato for status (dd.mm.åååå)",
        "note": "Hva er gjort",
        "evidence": "Dokumentasjon (én lenke per linje: tittel og https://-adresse)",
        "challenges": "Utfordringer",
        "next_steps": "Neste steg",
        "shared": "Delt med {others}: avklar hvem som rapporterer (den står i hver eiers skjema)",
        "due": "frist {date}",
        "overdue": "frist {date}, passert",
        "instructions": "Veiledning",
        "who": "Skjemaet er til {agency}, for statusrunden på møte {meeting} {date}.",
        "by_when": "Send det utfylte skjemaet til {contact} senest {deadline}.",
        "how": (
            "Velg ny status i nedtrekkslisten for hver forpliktelse (og hvert delmål) dere har "
            "noe å melde om, skriv datoen for statusen, hva som er gjort, lenker til "
            "dokumentasjon (hver på sin linje, tittelen og lenken på samme linje: "
            "«Høringsnotat https://…»), utfordringer og neste steg. La raden stå tom om det "
            "ikke er noe nytt."
        ),
        "scale": "Statusnivåene er IRMs skala for gjennomføring:",
        "level_list_title": "Nivå",
        "meaning": "Betydning",
        "error_title": "Ugyldig status",
        "error_text": "Velg en status fra listen.",
        "date_error": "Skriv en dato, f.eks. 13.06.2014.",
    },
    "en": {
        "title": "Status report: {plan}",
        "for": "Agency: {agency}. Round: meeting {meeting} ({date}). Form version {version}.",
        "fill": "Fill in the yellow cells; the rest is locked. See the sheet 'Instructions'.",
        "commitment": "Commitment",
        "milestone": "Milestone",
        "title_col": "Title",
        "current": "Current status",
        "current_date": "Date",
        "remark": "Remark",
        "level": "New status",
        "date": "Date of the status (dd.mm.yyyy)",
        "note": "What was done",
        "evidence": "Evidence (one link per line: a title and the https:// address)",
        "challenges": "Challenges",
        "next_steps": "Next steps",
        "shared": "Shared with {others}: agree who reports (it is on each owner's form)",
        "due": "due {date}",
        "overdue": "due {date}, overdue",
        "instructions": "Instructions",
        "who": "This form is for {agency}, for the status round at meeting {meeting} on {date}.",
        "by_when": "Send the filled-in form to {contact} by {deadline} at the latest.",
        "how": (
            "For each commitment (and milestone) you have news of, pick the new status from the "
            "drop-down list, give the date of the status, what was done, links to evidence "
            "(each on a line of its own, the title and its link on the same line: "
            "'Consultation paper https://…'), challenges and next steps. Leave a row empty "
            "when there is nothing new."
        ),
        "scale": "The levels are the IRM's completion scale:",
        "level_list_title": "Level",
        "meaning": "Meaning",
        "error_title": "Invalid status",
        "error_text": "Pick a status from the list.",
        "date_error": "Enter a date, e.g. 13.06.2014.",
    },
}

LEVEL_MEANING: dict[str, dict[Level, str]] = {
    "nb": {
        Level.NOT_STARTED: "Arbeidet er ikke begynt.",
        Level.LIMITED: "Arbeidet er begynt, men bare en liten del er gjort.",
        Level.SUBSTANTIAL: "Mye av arbeidet er gjort, men ikke alt.",
        Level.COMPLETE: "Alt som er lovet i forpliktelsen, er gjort.",
        Level.NO_EVIDENCE: "Det finnes ikke dokumentasjon som viser hvor langt arbeidet er kommet.",
    },
    "en": {
        Level.NOT_STARTED: "Work has not begun.",
        Level.LIMITED: "Work has begun, but only a small part is done.",
        Level.SUBSTANTIAL: "Much of the work is done, but not all.",
        Level.COMPLETE: "All that the commitment promised is done.",
        Level.NO_EVIDENCE: "No evidence shows how far the work has come.",
    },
}


def form_word(lang: str, key: str, **values: str) -> str:
    text = FORM_WORDS[lang][key]
    return text.format(**values) if values else text


def level_of(label: str) -> Level | None:
    """The level a form's drop-down label (nb or en, any case) or a level id stands for."""
    text = " ".join(label.split()).casefold()
    for words in LEVELS.values():
        for level, name in words.items():
            if level is not Level.NOT_REPORTED and name.casefold() == text:
                return level
    for level in REPORTABLE:
        if level.value == text:
            return level
    return None


def level_choices() -> tuple[str, str]:
    """The levels one may report, as :func:`level_of` reads them, said for a person: by their
    ids ('not-started, limited, ... or no-evidence') and by the Norwegian form's words
    ('ikke startet, begrenset, ...')."""

    def listed(words: list[str]) -> str:
        return f"{', '.join(words[:-1])} or {words[-1]}"

    return listed([lv.value for lv in REPORTABLE]), listed([LEVELS["nb"][lv] for lv in REPORTABLE])


def form_headers(lang: str) -> dict[str, str]:
    """The headings of a status form's columns, by column key (ogp.data.formspec.COLUMNS):
    what ``ogp form`` writes in the header row, and what ``ogp intake`` expects there."""
    from ogp.data.formspec import COLUMNS

    return {key: form_word(lang, "title_col" if key == "title" else key) for key, _ in COLUMNS}
