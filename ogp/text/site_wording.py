"""The words of the website (``ogp site``), in Norwegian bokmål (``nb``) and English (``en``).

Kept apart from :mod:`ogp.text.wording` (the documents' words) because the
site has many of its own; the same rule holds: every key exists in both
languages (a test checks it), and values are ``str.format`` patterns.
"""

from __future__ import annotations

from ogp.text.wording import WORDS

SITE_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "language_name": "Norsk",
        "other_language": "English",
        "other_language_label": "This page in English",
        "skip": "Hopp til hovedinnholdet",
        "site_nav": "Nettstedet",
        "breadcrumbs": "Du er her",
        "home": "Forside",
        "commitments": "Forpliktelser",
        "agencies": "Instanser",
        "meetings": "Møter",
        "timeline": "Tidslinje",
        "documents": "Dokumenter",
        "document": "Dokument",
        "accessibility": "Tilgjengelighet",
        "data": "Data",
        "feed": "Nyhetsstrøm (Atom) med statusendringer og møter",
        "feed_title": "{plan}: statusendringer og møter",
        "feed_status": "{label} {title}",
        "only_nb": "(finnes bare på norsk)",
        "only_nb_short": "bare på norsk",
        "plan": "Handlingsplan",
        "period": "Periode",
        "country": "Land",
        "contact_point": "Kontaktpunkt",
        "plan_number": "Handlingsplan nr. {number}",
        "completion": "Gjennomføring per IRM-nivå",
        "completion_intro": "Siste rapporterte status for hver av de {total} forpliktelsene.",
        "chart_title": "Antall forpliktelser per gjennomføringsnivå",
        "chart_desc": "Stolpediagram. {summary}.",
        "count_of": "{n} av {total}",
        "level": "Nivå",
        "count": "Antall",
        "share": "Andel",
        "overdue": "På overtid",
        "overdue_none": "Ingenting er på overtid per {date}.",
        "status_missing": "status ikke rapportert for {n} forpliktelser",
        "status_missing_one": "status ikke rapportert for 1 forpliktelse",
        "next": "Det som kommer",
        "next_none": "Ingenting er planlagt etter {date} i dataene.",
        "as_of_build": "Per {date}, da nettstedet ble bygget.",
        "last_changed": "Dataene ble sist endret {date}.",
        "last_changed_unknown": "Det er ikke kjent når dataene sist ble endret.",
        "built": "Bygget {date} med ogp.",
        "meeting_event": "Møte: {title}",
        "deadline_event": "Påmeldingsfrist for {title}",
        "id": "Nr.",
        "title": "Tittel",
        "no_title": WORDS["nb"]["no_title"],
        "owners": "Ansvarlig(e)",
        "status": "Status",
        "date": "Dato",
        "note": "Merknad",
        "reported_at": "Rapportert",
        "source": "Kilde",
        "irm_no": "IRM-nummer",
        "roles": "Ansvarlige instanser og roller",
        "role_lead": "overordnet ansvar",
        "role_implementing": "implementering",
        "role_owner": "ansvarlig",
        "collaborators": "I samarbeid med",
        "reporter": "Rapporterer",
        "reporter_to_agree": "Ikke avklart: de ansvarlige avtaler hvem som rapporterer.",
        "parts": "Deler",
        "history": "Statushistorikk",
        "history_none": "Ingen status er rapportert ennå.",
        "latest": "Siste status",
        "not_reported": "ikke rapportert",
        "milestones": "Milepæler",
        "milestones_none": "Dataene har ingen milepæler for denne forpliktelsen.",
        "due": "Frist",
        "overdue_mark": "på overtid",
        "evidence": "Dokumentasjon",
        "evidence_none": "Dataene har ingen lenker til dokumentasjon for denne forpliktelsen.",
        "irm": "IRMs vurdering",
        "irm_none": "Dataene har ingen vurdering fra IRM for denne forpliktelsen.",
        "contact": "Kontakt",
        "ogp_id": "OGP-nummer",
        "ogp_page": "Forpliktelsen på OGPs nettsted",
        "owned": "Forpliktelser instansen er ansvarlig for",
        "partnered": "Forpliktelser instansen samarbeider om",
        "owned_none": "Instansen er ikke ansvarlig for noen forpliktelse.",
        "address": "Postadresse",
        "email": "E-post",
        "civil_society": "Det sivile samfunn",
        "meeting_no": "Møte nr. {number}",
        "when": "Tid",
        "venue": "Sted",
        "chair": "Møteleder",
        "registration": "Påmelding",
        "agenda": "Dagsorden",
        "agenda_none": "Dataene har ingen dagsorden for dette møtet.",
        "invitation": "Innkallingen",
        "letter_html": "Brevet som nettside",
        "letter_pdf": "Brevet som PDF",
        "agenda_html": "Dagsorden som utskriftsvennlig side",
        "ics": "Kalenderfil (.ics)",
        "ics_none": "Ingen kalenderfil: møtet har ingen arrangør med e-postadresse i dataene.",
        "minutes": "Referat",
        "minutes_none": "Det er ikke publisert noe referat fra dette møtet ennå.",
        "invited": "Invitert",
        "letters": "Brev",
        "letter_of": "Brev {ref} av {date}: {title}",
        "letter_label": "Brev {ref} av {date}",
        "upcoming": "Kommende møter",
        "past": "Tidligere møter",
        "none": "Ingen.",
        "event": "Hendelse",
        "place": "Sted",
        "documents_intro": "Alle dokumentene i planens arkiv, laget fra de samme dataene.",
        "kind": "Type",
        "format": "Format",
        "doc_status": "Statusoversikt, gruppert per instans",
        "doc_addresses": "Adresseliste for {title}",
        "doc_plan_json": "Hele planen som JSON",
        "doc_commitments_csv": "Forpliktelsene som CSV",
        "doc_status_csv": "Statushistorikken som CSV",
        "doc_feed": "Nyhetsstrøm (Atom)",
        "in_norwegian": "(på norsk)",
        "data_intro": "Dataene er åpne: bruk dem gjerne i andre verktøy.",
        "a11y_title": "Tilgjengelighetserklæring",
        "a11y_intro": "{owner} har ansvaret for dette nettstedet og ønsker at alle skal kunne "
        "bruke det.",
        "a11y_standard": "Nettstedet skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik "
        "forskrift om universell utforming av IKT-løsninger krever.",
        "a11y_tested": "Malene som ogp lager sidene med, kontrolleres automatisk med axe-core "
        "mot WCAG 2.1 A og AA i en nettleser, og sidene virker uten JavaScript.",
        "a11y_known": "Kjente mangler",
        "a11y_known_none": "Ingen kjente mangler er registrert i dataene.",
        "a11y_feedback": "Tilbakemelding",
        "a11y_feedback_text": "Finner du noe som ikke virker, eller trenger du innholdet i "
        "en annen form? Skriv til",
        "a11y_feedback_none": "Dataene har ingen e-postadresse for tilbakemeldinger; kontakt "
        "{owner}.",
        "a11y_statement": "Den offisielle erklæringen",
        "a11y_reviewed": "Erklæringen gjelder dataene slik de var {date}.",
        "irm_verifiable": "Etterprøvbar",
        "irm_relevance": "Relevans for OGPs verdier",
        "irm_ambition": "Ambisjon",
        "irm_potential_impact": "Mulig virkning",
        "irm_starred": "Stjernemerket",
        "irm_completion_midterm": "Gjennomføring ved midtveis",
        "irm_completion": "Gjennomføring ved slutten",
        "irm_open_government": "Ble forvaltningen mer åpen?",
        "irm_finding": "Vurdering",
        "irm_value": "Funn",
        "irm_source": "Kilde",
        "description": "Beskrivelse",
        "milestone": "Milepæl",
        "challenges": "Utfordringer",
        "next_steps": "Neste steg",
        "reported_by": "Rapportert av",
        "done": "fullført",
        "start": "Start",
        "front_title": "{plan}",
    },
    "en": {
        "language_name": "English",
        "other_language": "Norsk",
        "other_language_label": "Denne siden på norsk",
        "skip": "Skip to main content",
        "site_nav": "Site",
        "breadcrumbs": "You are here",
        "home": "Home",
        "commitments": "Commitments",
        "agencies": "Agencies",
        "meetings": "Meetings",
        "timeline": "Timeline",
        "documents": "Documents",
        "document": "Document",
        "accessibility": "Accessibility",
        "data": "Data",
        "feed": "Feed (Atom) of status changes and meetings",
        "feed_title": "{plan}: status changes and meetings",
        "feed_status": "{label} {title}",
        "only_nb": "(only in Norwegian)",
        "only_nb_short": "only in Norwegian",
        "plan": "Action plan",
        "period": "Period",
        "country": "Country",
        "contact_point": "Point of contact",
        "plan_number": "Action plan no. {number}",
        "completion": "Completion by IRM level",
        "completion_intro": "The latest reported status of each of the {total} commitments.",
        "chart_title": "Number of commitments per completion level",
        "chart_desc": "Bar chart. {summary}.",
        "count_of": "{n} of {total}",
        "level": "Level",
        "count": "Number",
        "share": "Share",
        "overdue": "Overdue",
        "overdue_none": "Nothing is overdue as of {date}.",
        "status_missing": "no status reported for {n} commitments",
        "status_missing_one": "no status reported for 1 commitment",
        "next": "What is next",
        "next_none": "Nothing is planned after {date} in the data.",
        "as_of_build": "As of {date}, when the site was built.",
        "last_changed": "The data last changed on {date}.",
        "last_changed_unknown": "When the data last changed is not known.",
        "built": "Built on {date} with ogp.",
        "meeting_event": "Meeting: {title}",
        "deadline_event": "Registration deadline for {title}",
        "id": "No.",
        "title": "Title",
        "no_title": WORDS["en"]["no_title"],
        "owners": "Responsible",
        "status": "Status",
        "date": "Date",
        "note": "Note",
        "reported_at": "Reported",
        "source": "Source",
        "irm_no": "IRM number",
        "roles": "Responsible agencies and roles",
        "role_lead": "lead",
        "role_implementing": "implementing",
        "role_owner": "responsible",
        "collaborators": "Working with",
        "reporter": "Reports",
        "reporter_to_agree": "Not agreed yet: the responsible agencies are to agree who reports.",
        "parts": "Parts",
        "history": "Status history",
        "history_none": "No status has been reported yet.",
        "latest": "Latest status",
        "not_reported": "not reported",
        "milestones": "Milestones",
        "milestones_none": "The data holds no milestones for this commitment.",
        "due": "Due",
        "overdue_mark": "overdue",
        "evidence": "Evidence",
        "evidence_none": "The data holds no evidence links for this commitment.",
        "irm": "The IRM's assessment",
        "irm_none": "The data holds no IRM assessment of this commitment.",
        "contact": "Contact",
        "ogp_id": "OGP id",
        "ogp_page": "The commitment on OGP's website",
        "owned": "Commitments the agency is responsible for",
        "partnered": "Commitments the agency works on with others",
        "owned_none": "The agency is responsible for no commitment.",
        "address": "Postal address",
        "email": "E-mail",
        "civil_society": "Civil society",
        "meeting_no": "Meeting no. {number}",
        "when": "When",
        "venue": "Venue",
        "chair": "Chair",
        "registration": "Registration",
        "agenda": "Agenda",
        "agenda_none": "The data holds no agenda for this meeting.",
        "invitation": "The invitation",
        "letter_html": "The letter as a web page",
        "letter_pdf": "The letter as PDF",
        "agenda_html": "The agenda as a printable page",
        "ics": "Calendar file (.ics)",
        "ics_none": "No calendar file: the meeting has no organizer with an e-mail address in "
        "the data.",
        "minutes": "Minutes",
        "minutes_none": "No minutes of this meeting have been published yet.",
        "invited": "Invited",
        "letters": "Letters",
        "letter_of": "Letter {ref} of {date}: {title}",
        "letter_label": "Letter {ref} of {date}",
        "upcoming": "Upcoming meetings",
        "past": "Past meetings",
        "none": "None.",
        "event": "Event",
        "place": "Place",
        "documents_intro": "Every document of the plan's repository, made from the same data.",
        "kind": "Kind",
        "format": "Format",
        "doc_status": "Status overview, grouped by agency",
        "doc_addresses": "Address list of {title}",
        "doc_plan_json": "The whole plan as JSON",
        "doc_commitments_csv": "The commitments as CSV",
        "doc_status_csv": "The status history as CSV",
        "doc_feed": "Feed (Atom)",
        "in_norwegian": "(in Norwegian)",
        "data_intro": "The data is open: use it in other tools.",
        "a11y_title": "Accessibility statement",
        "a11y_intro": "{owner} is responsible for this website and wants everyone to be able "
        "to use it.",
        "a11y_standard": "The website is meant to meet WCAG 2.1 at levels A and AA, as "
        "Norway's regulation on universal design of ICT requires.",
        "a11y_tested": "The templates that ogp makes these pages with are checked "
        "automatically with axe-core against WCAG 2.1 A and AA in a browser, and the pages "
        "work without JavaScript.",
        "a11y_known": "Known problems",
        "a11y_known_none": "No known problems are recorded in the data.",
        "a11y_feedback": "Feedback",
        "a11y_feedback_text": "Found something that does not work, or need the content in "
        "another form? Write to",
        "a11y_feedback_none": "The data holds no e-mail address for feedback; contact {owner}.",
        "a11y_statement": "The official statement",
        "a11y_reviewed": "This statement covers the data as it was on {date}.",
        "irm_verifiable": "Verifiable",
        "irm_relevance": "Relevant to OGP values",
        "irm_ambition": "Ambition",
        "irm_potential_impact": "Potential impact",
        "irm_starred": "Starred",
        "irm_completion_midterm": "Completion at mid-term",
        "irm_completion": "Completion at end of term",
        "irm_open_government": "Did it open government?",
        "irm_finding": "Assessment",
        "irm_value": "Finding",
        "irm_source": "Source",
        "description": "Description",
        "milestone": "Milestone",
        "challenges": "Challenges",
        "next_steps": "Next steps",
        "reported_by": "Reported by",
        "done": "done",
        "start": "Start",
        "front_title": "{plan}",
    },
}


# What the documents page and docs/data.md say of the data files, merged into SITE_WORDS
# below; kept in a table of their own so that the one above stays readable.
# ``file_<file>`` describes a file (``json``, ``commitments``, ``status``: the keys of the
# site's data files), ``field_<file>_<name>`` one of its columns or fields
# (ogp.documents.site.DATA_FIELDS lists them, and the CSV writers write those columns),
# ``level_word_<level>`` a level's code.
DATA_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "data_files": "Datafilene",
        "data_files_intro": "Hva hver fil og hvert felt inneholder. Filene er UTF-8; CSV-filene "
        "har én rad per forpliktelse eller statusrapport, og en celle som ville begynt med "
        "=, +, - eller @ begynner med ' foran, så et regneark ikke leser den som en formel.",
        "data_field": "Felt",
        "level_words": "Nivåene (level)",
        "level_words_intro": "Feltene level i filene har disse kodene, på engelsk uansett språk:",
        "file_json": "Hele planen som ett JSON-objekt: planen, instansene, forpliktelsene med "
        "all statushistorikk, møtene, brevene og tidslinjen. Et felt uten verdi er null.",
        "file_commitments": "Én rad per forpliktelse, i planens rekkefølge, med siste status.",
        "file_status": "Én rad per statusrapport, per forpliktelse i planens rekkefølge og "
        "eldste først.",
        "field_json_format": "Filens format og versjon: {format}. Et nytt nummer etter / betyr "
        "at felt er endret slik at et program som leser filen, må endres; nye felt kan komme "
        "uten nytt nummer.",
        "field_json_plan": "Handlingsplanen: land, tittel (title, title_en), nummer, start og "
        "slutt (ÅÅÅÅ-MM-DD) og kontaktpunktet (contact_point, en instans' id).",
        "field_json_last_changed": "Dato dataene sist ble endret (ÅÅÅÅ-MM-DD), eller null.",
        "field_json_agencies": "Instansene: id, navn, kortnavn (short), om de er det sivile "
        "samfunn (civil_society), e-post og postadresse.",
        "field_json_commitments": "Forpliktelsene i planens rekkefølge, med feltene som "
        "kolonnene i commitments.csv (unntatt level_date), og de som følger.",
        "field_json_commitments[].owners": "De ansvarlige instansene: en liste av {{agency, "
        "role}}; agency er en instans' id, role er lead (overordnet), implementing "
        "(implementering) eller null.",
        "field_json_commitments[].collaborators": "Instanser de ansvarlige samarbeider med: en "
        "liste av id-er.",
        "field_json_commitments[].parts": "Forpliktelsens deler som planen nevner (a, b), "
        "eller en tom liste.",
        "field_json_commitments[].description": "Beskrivelsen på norsk, eller null.",
        "field_json_commitments[].description_en": "Beskrivelsen på engelsk, eller null.",
        "field_json_commitments[].contact": "Kontaktperson: navn, stilling, instans, e-post "
        "og telefon, eller null.",
        "field_json_commitments[].milestones": "Milepælene: id, tekst, start og frist (due).",
        "field_json_commitments[].irm": "IRMs vurderinger per aspekt: verdien slik IRM skrev "
        "den, adressen til rapporten (url), rapportens navn og en merknad.",
        "field_json_commitments[].status": "Statusrapportene, eldste først, med feltene som "
        "kolonnene i status.csv (uten commitment).",
        "field_json_commitments[].status[].evidence": "Dokumentasjonen: en liste av {{title, "
        "url}}.",
        "field_json_meetings": "Møtene: id, nummer, tittel, dato, start og slutt (TT:MM), sted, "
        "møteleder, påmeldingsfrist, inviterte instanser og dagsorden.",
        "field_json_letters": "Brevene: id, tittel, dato, vår referanse, avsender og møtene "
        "brevet innkaller til.",
        "field_json_timeline": "Tidslinjen: hendelser med dato (og slutt), eller et omtrentlig "
        "tidspunkt (approx) som tekst, og sted.",
        "field_commitments_id": "Forpliktelsens id i dataene (4.10). Den er også del av "
        "adressen til forpliktelsens side.",
        "field_commitments_ogp_id": "Forpliktelsens nummer hos OGP (NO0020), eller tomt.",
        "field_commitments_label": "Forpliktelsen slik planen og brevene viser den: id-en, "
        "eller navnet den har i stedet for nummer, med deler i parentes (4.14 (a og b)).",
        "field_commitments_irm_no": "Nummeret IRMs rapporter gir forpliktelsen (1–25), eller tomt.",
        "field_commitments_title": "Tittelen på norsk, eller tomt.",
        "field_commitments_title_en": "Tittelen på engelsk, eller tomt.",
        "field_commitments_owners": "De ansvarlige instansene: id-ene deres, skilt med "
        "mellomrom (kud riksarkivet); instansene står i plan.json.",
        "field_commitments_collaborators": "Instansene de ansvarlige samarbeider med: id-er "
        "skilt med mellomrom, eller tomt.",
        "field_commitments_reporter": "Instansen som rapporterer status (en id), eller tomt "
        "når de ansvarlige ikke har avtalt hvem.",
        "field_commitments_level": "Siste rapporterte gjennomføringsnivå (se nivåene under).",
        "field_commitments_level_date": "Datoen for statusrapporten level kommer fra "
        "(ÅÅÅÅ-MM-DD), eller tomt når ingen er rapportert.",
        "field_commitments_url": "Forpliktelsens side på norsk: fra nettstedets rot, eller "
        "full adresse når nettstedet er bygget med en adresse (--base-url).",
        "field_commitments_url_en": "Forpliktelsens side på engelsk, på samme måte.",
        "field_status_commitment": "Forpliktelsens id (som id i commitments.csv).",
        "field_status_date": "Datoen statusen gjelder (ÅÅÅÅ-MM-DD).",
        "field_status_level": "Gjennomføringsnivået (se nivåene under).",
        "field_status_note": "Merknad fra den som rapporterte, eller tomt.",
        "field_status_meeting": "Id-en til møtet statusen ble rapportert på, eller tomt.",
        "field_status_source": "Hvor rapporten ellers kommer fra (et statusskjema, en e-post), "
        "eller tomt.",
        "field_status_milestone": "Milepælen rapporten gjelder (en id), eller tomt når den "
        "gjelder hele forpliktelsen.",
        "field_status_reported_by": "Instansen som rapporterte (en id), eller tomt.",
        "field_status_challenges": "Utfordringer, eller tomt.",
        "field_status_next_steps": "Neste steg, eller tomt.",
        "field_status_evidence": "Adressene til dokumentasjonen, skilt med mellomrom.",
        "field_status_evidence_titles": "Titlene på dokumentasjonen, én per linje i cellen: "
        "linje n er tittelen til adresse n i evidence.",
        "level_word_not-started": "Et av IRMs fire nivåer for gjennomføring.",
        "level_word_limited": "Et av IRMs fire nivåer for gjennomføring.",
        "level_word_substantial": "Et av IRMs fire nivåer for gjennomføring.",
        "level_word_complete": "Et av IRMs fire nivåer for gjennomføring.",
        "level_word_no-evidence": "IRMs «No evidence available»: det finnes ingen "
        "dokumentasjon å vurdere gjennomføringen etter.",
        "level_word_not-reported": "Ingen status er rapportert ennå (ogps kode, ikke IRMs).",
    },
    "en": {
        "data_files": "The data files",
        "data_files_intro": "What each file and field holds. The files are UTF-8; the CSV "
        "files have a row per commitment or status report, and a cell that would start with "
        "=, +, - or @ starts with ' before it, so that no spreadsheet reads it as a formula.",
        "data_field": "Field",
        "level_words": "The levels (level)",
        "level_words_intro": "The fields level of the files hold these codes, in English in "
        "every language:",
        "file_json": "The whole plan as one JSON object: the plan, the agencies, the "
        "commitments with their whole status history, the meetings, the letters and the "
        "timeline. A field without a value is null.",
        "file_commitments": "One row per commitment, in the plan's order, with its latest status.",
        "file_status": "One row per status report, by commitment in the plan's order and "
        "oldest first.",
        "field_json_format": "The file's format and version: {format}. A new number after the "
        "/ means fields have changed so that a program that reads the file must change; new "
        "fields may come without a new number.",
        "field_json_plan": "The action plan: country, title (title, title_en), number, start "
        "and end (YYYY-MM-DD) and the point of contact (contact_point, an agency's id).",
        "field_json_last_changed": "When the data last changed (YYYY-MM-DD), or null.",
        "field_json_agencies": "The agencies: id, name, short name (short), whether they are "
        "civil society (civil_society), e-mail and postal address.",
        "field_json_commitments": "The commitments in the plan's order, with the fields of "
        "commitments.csv's columns (but level_date), and those below.",
        "field_json_commitments[].owners": "The responsible agencies: a list of {{agency, "
        "role}}; agency is an agency's id, role is lead, implementing or null.",
        "field_json_commitments[].collaborators": "Agencies the responsible ones work with: a "
        "list of ids.",
        "field_json_commitments[].parts": "The commitment's parts the plan names (a, b), or "
        "an empty list.",
        "field_json_commitments[].description": "The description in Norwegian, or null.",
        "field_json_commitments[].description_en": "The description in English, or null.",
        "field_json_commitments[].contact": "The contact person: name, job title, agency, "
        "e-mail and telephone, or null.",
        "field_json_commitments[].milestones": "The milestones: id, text, start and due date.",
        "field_json_commitments[].irm": "The IRM's findings per aspect: the value as the IRM "
        "wrote it, the address of its report (url), the report's name and a note.",
        "field_json_commitments[].status": "The status reports, oldest first, with the fields "
        "of status.csv's columns (but commitment).",
        "field_json_commitments[].status[].evidence": "The evidence: a list of {{title, url}}.",
        "field_json_meetings": "The meetings: id, number, title, date, start and end (HH:MM), "
        "venue, chair, registration deadline, the agencies invited and the agenda.",
        "field_json_letters": "The letters: id, title, date, our reference, sender and the "
        "meetings the letter invites to.",
        "field_json_timeline": "The timeline: events with a date (and end), or a rough time "
        "(approx) as text, and place.",
        "field_commitments_id": "The commitment's id in the data (4.10). It is also part of "
        "the address of the commitment's page.",
        "field_commitments_ogp_id": "The commitment's number at OGP (NO0020), or empty.",
        "field_commitments_label": "The commitment as the plan and the letters show it: its "
        "id, or the name it has instead of a number, with its parts in brackets "
        "(4.14 (a og b)).",
        "field_commitments_irm_no": "The number the IRM's reports give the commitment (1–25), "
        "or empty.",
        "field_commitments_title": "The title in Norwegian, or empty.",
        "field_commitments_title_en": "The title in English, or empty.",
        "field_commitments_owners": "The responsible agencies: their ids, separated by "
        "spaces (kud riksarkivet); the agencies are in plan.json.",
        "field_commitments_collaborators": "The agencies the responsible ones work with: ids "
        "separated by spaces, or empty.",
        "field_commitments_reporter": "The agency that reports the status (an id), or empty "
        "while the responsible agencies have not agreed who.",
        "field_commitments_level": "The latest reported completion level (see the levels below).",
        "field_commitments_level_date": "The date of the status report level comes from "
        "(YYYY-MM-DD), or empty when none has been reported.",
        "field_commitments_url": "The commitment's page in Norwegian: from the site's root, "
        "or the full address when the site was built with one (--base-url).",
        "field_commitments_url_en": "The commitment's page in English, the same way.",
        "field_status_commitment": "The commitment's id (as id in commitments.csv).",
        "field_status_date": "The date the status is of (YYYY-MM-DD).",
        "field_status_level": "The completion level (see the levels below).",
        "field_status_note": "A note of who reported, or empty.",
        "field_status_meeting": "The id of the meeting the status was reported at, or empty.",
        "field_status_source": "Where else the report comes from (a status form, an e-mail), "
        "or empty.",
        "field_status_milestone": "The milestone the report is on (an id), or empty when it "
        "is on the whole commitment.",
        "field_status_reported_by": "The agency that reported (an id), or empty.",
        "field_status_challenges": "Challenges, or empty.",
        "field_status_next_steps": "Next steps, or empty.",
        "field_status_evidence": "The addresses of the evidence, separated by spaces.",
        "field_status_evidence_titles": "The titles of the evidence, one a line of the cell: "
        "line n is the title of address n in evidence.",
        "level_word_not-started": "One of the IRM's four completion levels.",
        "level_word_limited": "One of the IRM's four completion levels.",
        "level_word_substantial": "One of the IRM's four completion levels.",
        "level_word_complete": "One of the IRM's four completion levels.",
        "level_word_no-evidence": "The IRM's No evidence available: there is no evidence to "
        "assess the completion by.",
        "level_word_not-reported": "No status has been reported yet (ogp's code, not the IRM's).",
    },
}
for _lang, _words in DATA_WORDS.items():
    SITE_WORDS[_lang].update(_words)


def site_word(lang: str, key: str, **values: str | int) -> str:
    text = SITE_WORDS[lang][key]
    return text.format(**values) if values else text
