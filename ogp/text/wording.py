"""The words ogp's outputs use, in Norwegian bokmål (``nb``, the default) and English (``en``)."""

from __future__ import annotations

from ogp.data.model import Level

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
        "commitment_singular": "forpliktelse",
        "titles_hidden": "Titlene er utelatt fordi vinduet er smalt; se dem i et bredere vindu "
        "eller med --format markdown.",
        "title": "Tittel",
        "owners": "Ansvarlig(e) instans(er)",
        "reporter": "Rapporterer",
        "level": "Status",
        "date": "Dato",
        "note": "Merknad",
        "agency": "Instans",
        "data_as_of": "Data per",
        # letters (ogp render-letter)
        "their_ref": "Deres ref",
        "our_ref": "Vår ref",
        "letter_date": "Dato",
        "meeting_line": "Møte nr. {number} blir avholdt {date} kl {time} i {venue}",
        "meeting_line_unnumbered": "Møtet blir avholdt {date} kl {time} i {venue}",
        "chaired_by": ", ledet av {chair}",
        "agenda_heading": "Dagsorden for møte nr. {number}",
        "agenda_heading_tentative": "Tentativ dagsorden for møte nr. {number}",
        "agenda_heading_unnumbered": "Dagsorden",
        "agenda_heading_unnumbered_tentative": "Tentativ dagsorden",
        "status_round_suffix": "({low} – {high} min. på hver av de ansvarlige instansene)",
        "venue_all": "Møtene vil bli holdt i {venue}.",
        "venue_one": "Møtet vil bli holdt i {venue}.",
        "bring_id": "Husk å ta med legitimasjon.",
        "register_days_all": "Vi ber deltakerne sende en e-post om hvem som deltar senest "
        "{days} dager før møtene ({deadlines}) til",
        "register_days_one": "Vi ber deltakerne sende en e-post om hvem som deltar senest "
        "{days} dager før møtet ({deadlines}) til",
        "register_date": "Vi ber deltakerne sende en e-post om hvem som deltar {deadlines} til",
        "register_no_deadline": "Vi ber deltakerne sende en e-post om hvem som deltar til",
        "register_for_meeting": "For møte nr. {number}: ",
        "deadline_for": "innen {date} for møte nr. {number}",
        "deadline_plain": "innen {date}",
        "phone": "telefon",
        "approved": "Dette dokumentet er elektronisk godkjent og sendes uten signatur.",
        "attachments": "Vedlegg",
        "annex_number": "Forpliktelse nr.",
        "address_list": "Adresseliste",
        "copy_to": "Kopi til",
        "name": "Navn",
        "address": "Adresse",
        "postcode": "Postnr.",
        "city": "Sted",
        "no_address": "mangler postadresse",
        "no_postcode": "mangler",
        "recipient": "mottaker",
        "copy": "kopi",
        "kind": "Type",
        "address_line": "Adresselinje {n}",
        "postal_address": "Postadresse",
        "visiting_address": "Besøksadresse",
        "telephone": "Telefon",
        "org_no": "Org.nr.",
        "case_officer": "Saksbehandler",
        "email": "E-post",
        "postable": "Kan postes",
        "postable_yes": "ja",
        "postable_incomplete": "mangler postnummer eller poststed",
        "postable_no": "mangler postadresse",
        # the paragraph of a personal letter (render-letter --to)
        "personal_owner": "{name} er ført opp som ansvarlig for {commitments} i vedlagte oversikt.",
        "personal_reports": "Vi ber dere orientere om status for {commitments} på møtene.",
        "personal_agree": "For {commitments} ber vi om at dere på forhånd avklarer hvem som "
        "skal melde tilbake om status.",
        "personal_agree_with": "{commitment} (sammen med {others})",
        "personal_other_reports": "For {commitment} melder {reporter} tilbake om status.",
        "personal_partner": "{name} er også ført opp i samarbeid med de ansvarlige for "
        "{commitments}.",
        "personal_partner_only": "{name} er ført opp i samarbeid med de ansvarlige for "
        "{commitments} i vedlagte oversikt.",
        "commitment_one": "forpliktelse {ids}",
        "commitment_many": "forpliktelsene {ids}",
        # agenda (ogp agenda)
        "agenda_doc_title": "Dagsorden for møte nr. {number}",
        "agenda_doc_title_unnumbered": "Dagsorden",
        "tentative": "tentativ",
        "chair": "Møteleder",
        "time": "Tid",
        "item": "Punkt",
        "minutes": "Minutter",
        "minutes_unknown": "ikke oppgitt",
        "duration": "({minutes} min.)",
        "duration_unknown": "(varighet ikke oppgitt)",
        "when": "{date} kl {time}",
        "no_agenda": "Dataene har ingen dagsorden for dette møtet.",
        "round_unit_joint": "{owners} (avklarer hvem som melder)",
        "round_total": "Statusrunden: {units} instanser à {low}–{high} min., til sammen "
        "{total_low}–{total_high} min.",
        "durations_unknown": "Varigheten er ikke oppgitt for punkt {items}; klokkeslett etter "
        "første slike punkt kan derfor ikke beregnes.",
        "overrun": "Dagsordenen tar minst {need} min., men møtet varer bare {have} min. "
        "({start}–{end}).",
        "overrun_max": "Dagsordenen kan ta opptil {need} min., men møtet varer {have} min. "
        "({start}–{end}).",
        "fits": "Punktene med oppgitt varighet tar {low}–{high} min. av møtets {have} min.",
        "registration_deadline": "Påmeldingsfrist",
        # calendar invitations (ogp calendar)
        "ics_meeting": "Møte nr. {number}",
        "ics_meeting_unnumbered": "Møte {id}",
        "ics_register": "Påmelding senest {date}: send e-post om hvem som deltar til {who}.",
        "ics_register_no_deadline": "Påmelding: send e-post om hvem som deltar til {who}.",
        "ics_reminder": "Siste frist for påmelding i dag: e-post til {email} ({meeting})",
        # status overview
        "overview_title": "Statusoversikt",
        "page": "Side",
        "page_of": "av",
        "no_status_yet": "ingen statusrapporter ennå",
        "partner": "i samarbeid",
    },
    "en": {
        "and": "and",
        "lead": "lead",
        "implementing": "implementing",
        "with": "in cooperation with",
        "to_be_agreed": "to be agreed",
        "commitment": "Commitment",
        "commitments": "commitments",
        "commitment_singular": "commitment",
        "titles_hidden": "Titles are left out because the window is narrow; see them in a "
        "wider window or with --format markdown.",
        "title": "Title",
        "owners": "Responsible agencies",
        "reporter": "Reports",
        "level": "Status",
        "date": "Date",
        "note": "Note",
        "agency": "Agency",
        "data_as_of": "Data as of",
        "their_ref": "Your ref",
        "our_ref": "Our ref",
        "letter_date": "Date",
        "meeting_line": "Meeting no. {number} will be held on {date}, {time}, at {venue}",
        "meeting_line_unnumbered": "The meeting will be held on {date}, {time}, at {venue}",
        "chaired_by": ", chaired by {chair}",
        "agenda_heading": "Agenda for meeting no. {number}",
        "agenda_heading_tentative": "Tentative agenda for meeting no. {number}",
        "agenda_heading_unnumbered": "Agenda",
        "agenda_heading_unnumbered_tentative": "Tentative agenda",
        "status_round_suffix": "({low}–{high} min. for each responsible agency)",
        "venue_all": "The meetings will be held at {venue}.",
        "venue_one": "The meeting will be held at {venue}.",
        "bring_id": "Please bring identification.",
        "register_days_all": "Please send an e-mail saying who will attend at the latest "
        "{days} days before the meetings ({deadlines}) to",
        "register_days_one": "Please send an e-mail saying who will attend at the latest "
        "{days} days before the meeting ({deadlines}) to",
        "register_date": "Please send an e-mail saying who will attend {deadlines} to",
        "register_no_deadline": "Please send an e-mail saying who will attend to",
        "register_for_meeting": "For meeting no. {number}: ",
        "deadline_for": "by {date} for meeting no. {number}",
        "deadline_plain": "by {date}",
        "phone": "telephone",
        "approved": "This document has been approved electronically and is sent without signature.",
        "attachments": "Attachments",
        "annex_number": "Commitment no.",
        "address_list": "Address list",
        "copy_to": "Copy to",
        "name": "Name",
        "address": "Address",
        "postcode": "Postcode",
        "city": "City",
        "no_address": "no postal address",
        "no_postcode": "missing",
        "recipient": "recipient",
        "copy": "copy",
        "kind": "Kind",
        "address_line": "Address line {n}",
        "postal_address": "Postal address",
        "visiting_address": "Visiting address",
        "telephone": "Telephone",
        "org_no": "Org. no.",
        "case_officer": "Case officer",
        "email": "E-mail",
        "postable": "Can be posted",
        "postable_yes": "yes",
        "postable_incomplete": "no postcode or town",
        "postable_no": "no postal address",
        "personal_owner": "{name} is listed as responsible for {commitments} in the attached "
        "overview.",
        "personal_reports": "Please report orally on the status of {commitments} at the meetings.",
        "personal_agree": "For {commitments}, please agree beforehand who will report on the "
        "status.",
        "personal_agree_with": "{commitment} (together with {others})",
        "personal_other_reports": "For {commitment}, {reporter} reports on the status.",
        "personal_partner": "{name} is also listed as working with those responsible for "
        "{commitments}.",
        "personal_partner_only": "{name} is listed as working with those responsible for "
        "{commitments} in the attached overview.",
        "commitment_one": "commitment {ids}",
        "commitment_many": "commitments {ids}",
        "agenda_doc_title": "Agenda for meeting no. {number}",
        "agenda_doc_title_unnumbered": "Agenda",
        "tentative": "tentative",
        "chair": "Chair",
        "time": "Time",
        "item": "Item",
        "minutes": "Minutes",
        "minutes_unknown": "not given",
        "duration": "({minutes} min.)",
        "duration_unknown": "(duration not given)",
        "when": "{date}, {time}",
        "no_agenda": "The data holds no agenda for this meeting.",
        "round_unit_joint": "{owners} (to agree who reports)",
        "round_total": "Status round: {units} agencies at {low}–{high} min. each, "
        "{total_low}–{total_high} min. in all",
        "durations_unknown": "No duration is given for item(s) {items}, so times after the "
        "first of them cannot be computed.",
        "overrun": "The agenda takes at least {need} min., but the meeting lasts only "
        "{have} min. ({start}–{end}).",
        "overrun_max": "The agenda may take up to {need} min., but the meeting lasts "
        "{have} min. ({start}–{end}).",
        "fits": "The items with a known duration take {low}–{high} min. of the meeting's "
        "{have} min.",
        "registration_deadline": "Registration deadline",
        "ics_meeting": "Meeting no. {number}",
        "ics_meeting_unnumbered": "Meeting {id}",
        "ics_register": "Register by {date}: e-mail who will attend to {who}.",
        "ics_register_no_deadline": "Registration: e-mail who will attend to {who}.",
        "ics_reminder": "Last day to register: e-mail {email} ({meeting})",
        "overview_title": "Status overview",
        "page": "Page",
        "page_of": "of",
        "no_status_yet": "no status reports yet",
        "partner": "in cooperation",
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


def word(lang: str, key: str, **values: str | int) -> str:
    """The phrase ``key`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    text = WORDS[lang][key]
    return text.format(**values) if values else text


def level_label(lang: str, level: Level) -> str:
    return LEVELS[lang][level]
