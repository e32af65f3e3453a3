"""The words of the status overview's new parts (milestones, evidence, contact, IRM), nb/en."""

from __future__ import annotations

from typing import cast

STATUS_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "reported": "Rapportert",
        "milestones": "Delmål",
        "irm": "IRM",
        "at_meeting": "møte {n}",
        "due": "frist {date}",
        "overdue": "frist {date}, passert",
        "overdue_count": "{n} passert",
        "milestone_count": "{n} delmål",
        "milestone_count_one": "1 delmål",
        "done": "fullført",
        "evidence": "Dokumentasjon",
        "contact": "Kontaktperson",
        "irm_assessment": "IRMs vurdering",
        "challenges": "Utfordringer",
        "next_steps": "Neste steg",
        "plan": "{title} ({country})",
        "as_of_day": "Frister vurdert per {date}",
        "details": "Detaljer",
        "verifiable": "Etterprøvbar",
        "relevance": "Relevant for OGPs verdier",
        "ambition": "Ambisjon",
        "potential_impact": "Mulig virkning",
        "starred": "Stjernemerket",
        "completion_midterm": "Gjennomføring midtveis",
        "completion": "Gjennomføring ved slutten",
        "open_government": "Åpnet det forvaltningen?",
    },
    "en": {
        "reported": "Reported",
        "milestones": "Milestones",
        "irm": "IRM",
        "at_meeting": "meeting {n}",
        "due": "due {date}",
        "overdue": "due {date}, overdue",
        "overdue_count": "{n} overdue",
        "milestone_count": "{n} milestones",
        "milestone_count_one": "1 milestone",
        "done": "complete",
        "evidence": "Evidence",
        "contact": "Point of contact",
        "irm_assessment": "IRM assessment",
        "challenges": "Challenges",
        "next_steps": "Next steps",
        "plan": "{title} ({country})",
        "as_of_day": "Deadlines as of {date}",
        "details": "Details",
        "verifiable": "Verifiable",
        "relevance": "Relevant to OGP values",
        "ambition": "Ambition",
        "potential_impact": "Potential impact",
        "starred": "Starred",
        "completion_midterm": "Completion at mid-term",
        "completion": "Completion at end of term",
        "open_government": "Did it open government?",
    },
}

OPEN_GOV: dict[str, dict[str, str]] = {
    "nb": {
        "worsened": "forverret",
        "did-not-change": "ingen endring",
        "marginal": "marginalt",
        "major": "betydelig",
        "outstanding": "fremragende",
        "yes": "ja",
        "no": "nei",
    },
    "en": {
        "worsened": "worsened",
        "did-not-change": "did not change",
        "marginal": "marginal",
        "major": "major",
        "outstanding": "outstanding",
        "yes": "yes",
        "no": "no",
    },
}


def irm_value(aspect: str, value: object, lang: str) -> str:
    """An IRM finding's value as a reader reads it: 'did not change', 'substantial'.

    The levels of completion in the words of every status table; the other
    codes (open government, yes/no) from ``OPEN_GOV``; texts the data holds
    ("Access to Information", "Low") as they are.
    """
    text = str(value)
    if aspect.startswith("completion"):
        from ogp.data.model import LEVEL_WORDS

        # a Level is a StrEnum, so its code finds it (no Level(text) raising at other texts)
        words = cast("dict[str, str]", LEVEL_WORDS[lang])
        return words.get(text, text)
    return OPEN_GOV[lang].get(text, text)


def irm_code(aspect: str, value: object) -> bool:
    """Whether a finding's value is one of the codes ``irm_value`` puts in words
    ('did-not-change', 'no', a level), rather than a text the data holds ('Low')."""
    text = str(value)
    if aspect.startswith("completion"):
        from ogp.data.model import LEVEL_WORDS

        return text in LEVEL_WORDS["en"]
    return text in OPEN_GOV["en"]


def status_word(lang: str, key: str, **values: str | int) -> str:
    text = STATUS_WORDS[lang][key]
    return text.format(**values) if values else text
