"""The data files and what each holds: the one definition behind validation and ``ogp schema``."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from ogp.data import model as m
from ogp.data.records import compiled
from ogp.data.schema.types import (
    Bool,
    Choice,
    Date,
    Email,
    Field,
    Id,
    Int,
    ListOf,
    LocalId,
    OgpId,
    OrgNo,
    Postcode,
    Record,
    Ref,
    Text,
    Time,
    Type,
    Url,
)

LINE = 500  # longest one-line text


def _line(description: str) -> Text:
    return Text(description, max_length=LINE, single_line=True)


ADDRESS = Record(
    m.Address,
    {
        "lines": Field(
            ListOf(_line("A line of the postal address, e.g. 'Postboks 8005 Dep'."), min_items=1),
            required=True,
        ),
        "postcode": Field(
            Postcode(
                "Four-digit Norwegian postcode, as text: 0030. Leave it out "
                "where no source gives it."
            )
        ),
        "city": Field(_line("Postal town (poststed), e.g. OSLO.")),
    },
    "A postal address.",
)

AGENCY = Record(
    m.Agency,
    {
        "id": Field(
            Id("agency", "Short, stable id used in references: kmd, norges-bank."), required=True
        ),
        "name": Field(_line("Full name, as in the address list."), required=True),
        "short": Field(_line("Short name or abbreviation used in tables: KMD, Difi.")),
        "annex_name": Field(
            _line("How the annex of responsible agencies names it, when not by its short name.")
        ),
        "civil_society": Field(
            Bool("True for civil society as a recipient (it has no postal address).")
        ),
        "address": Field(ADDRESS),
        "email": Field(Email("Official e-mail address (postmottak).")),
        "visiting_address": Field(
            _line("Visiting address (besøksadresse), for a sender's footer: 'Akersgata 59'.")
        ),
        "phone": Field(_line("Main telephone number as written: '22 24 90 90'.")),
        "org_no": Field(
            OrgNo("Organisation number in Enhetsregisteret, for a sender's footer: 972 417 858.")
        ),
    },
    "An agency, ministry or other recipient.",
    kind="agency",
    title="Agency",
)

OWNER = Record(
    m.Owner,
    {
        "agency": Field(Ref("agency", "The owning agency."), required=True),
        "role": Field(
            Choice(m.Role, "lead (overordnet) or implementing (implementering).", what="role")
        ),
    },
    "An owner of a commitment: an agency id, or agency and role.",
    shorthand="agency",
)

PERSON = Record(
    m.Person,
    {
        "name": Field(_line("Full name."), required=True),
        "title": Field(_line("Position, e.g. 'statssekretær'.")),
        "agency": Field(Ref("agency", "The agency the person works for.")),
        "email": Field(Email("E-mail address.")),
        "phone": Field(_line("Telephone number as written: '22 24 03 01'.")),
    },
    "A person.",
)

CASE_OFFICER = Record(
    m.Person,
    PERSON.fields,
    "The case officer (saksbehandler) the letter names, with telephone or e-mail; "
    "leave it out where no source names one.",
)

EVIDENCE = Record(
    m.Evidence,
    {
        "title": Field(_line("What the document or page is."), required=True),
        "url": Field(Url("Where it is: an https:// (or http://) address."), required=True),
    },
    "Evidence of what was done: a document or page, with its web address.",
)

# "not reported" is what ogp shows for a commitment without reports: never a report's level
_REPORTED: dict[Enum, str] = {
    m.Level.NOT_REPORTED: "ogp shows 'not reported' where nothing was reported: give the "
    "level that was (not-started, limited, substantial, complete or no-evidence), or remove "
    "this status report"
}
_ASSESSED: dict[Enum, str] = {
    m.Level.NOT_REPORTED: "ogp shows 'not reported' where nothing was reported: give the "
    "level the IRM assessed (not-started, limited, substantial, complete or no-evidence), or "
    "leave this finding out"
}

STATUS = Record(
    m.StatusReport,
    {
        "date": Field(Date("When this status was reported."), required=True),
        "level": Field(
            Choice(
                m.Level, "OGP/IRM completion level.", what="completion level", not_given=_REPORTED
            ),
            required=True,
        ),
        "note": Field(Text("What was reported.")),
        "meeting": Field(Ref("meeting", "The follow-up meeting where it was reported.")),
        "source": Field(
            _line("The report or document it comes from (beside a meeting, or instead of one).")
        ),
        "evidence": Field(ListOf(EVIDENCE, "Documents or pages that show what was done.")),
        "challenges": Field(Text("What stands in the way.")),
        "next_steps": Field(Text("What comes next.")),
        "milestone": Field(LocalId("The id of the commitment's milestone it is about.")),
        "reported_by": Field(Ref("agency", "The agency that reported it.")),
    },
    "A dated status report on the OGP/IRM completion scale: one entry per reporting round.",
)

MILESTONE = Record(
    m.Milestone,
    {
        "id": Field(LocalId("The milestone's id within its commitment: m1."), required=True),
        "text": Field(Text("What is to be done."), required=True),
        "start": Field(Date("When work on it starts.")),
        "due": Field(Date("When it is to be done.")),
    },
    "A milestone of a commitment, as in OGP's commitment template.",
)


def _finding(value: Type, description: str) -> Field:
    return Field(
        Record(
            m.IrmFinding,
            {
                "value": Field(value, required=True),
                "url": Field(Url("The page or report it is published in."), required=True),
                "report": Field(_line("The IRM report it comes from, where the source says.")),
                "note": Field(_line("What the source leaves unclear, or how it words it.")),
            },
            description,
        )
    )


IRM = Record(
    m.IrmAssessment,
    {
        "verifiable": _finding(
            Choice(m.YesNo, "yes or no.", what="yes or no"), "Specific enough to be verified."
        ),
        "relevance": _finding(
            _line("As published: the OGP values named, or yes/no."), "Relevance to OGP values."
        ),
        "ambition": _finding(_line("As published: 'Low'."), "Ambition."),
        "potential_impact": _finding(
            _line("As published: none, minor, moderate, transformative."), "Potential impact."
        ),
        "starred": _finding(Choice(m.YesNo, "yes or no.", what="yes or no"), "Starred."),
        "completion_midterm": _finding(
            Choice(m.Level, "Completion level.", what="completion level", not_given=_ASSESSED),
            "Completion at mid-term (the IRM progress report).",
        ),
        "completion": _finding(
            Choice(m.Level, "Completion level.", what="completion level", not_given=_ASSESSED),
            "Completion at the end of term.",
        ),
        "open_government": _finding(
            Choice(m.OpenGov, "The IRM's scale.", what="'did it open government' value"),
            "Did it open government?",
        ),
    },
    "The IRM's assessment, as the IRM publishes it; each finding with its source.",
)

COMMITMENT = Record(
    m.Commitment,
    {
        "id": Field(
            Id("commitment", "The commitment's number in the plan (4.10) or a name."), required=True
        ),
        "label": Field(_line("How the annex names it when not by its number.")),
        "title": Field(_line("Norwegian title, where a source gives it.")),
        "title_en": Field(_line("English title, where a source (the IRM) gives it.")),
        "irm_no": Field(Int("The IRM's number for it.", minimum=1, maximum=10_000)),
        "owners": Field(
            ListOf(OWNER, "The responsible agencies, in the annex's order.", min_items=1),
            required=True,
        ),
        "owner_separator": Field(
            Choice(
                m.Joiner,
                "How the annex joins the owners: 'og' "
                "('FIN og Norges Bank') or '/' ('KMD/JD/KUD').",
                what="separator",
            )
        ),
        "collaborators": Field(
            ListOf(Ref("agency", "An agency it works with ('i samarbeid med')."))
        ),
        "parts": Field(ListOf(_line("A named part, e.g. 'a'."))),
        "reporter": Field(Ref("agency", "The owner who reports on it, where several share it.")),
        "status": Field(ListOf(STATUS, "Dated status reports, oldest first.")),
        "ogp_id": Field(OgpId("OGP's id of the commitment: NO0020.")),
        "description": Field(Text("A short description, in Norwegian, where a source gives it.")),
        "description_en": Field(Text("A short description in English, where a source gives it.")),
        "milestones": Field(ListOf(MILESTONE, "Its milestones, in order.")),
        "contact": Field(PERSON),
        "irm": Field(IRM),
    },
    "A commitment of the action plan.",
    kind="commitment",
    title="Commitment",
)

EVENT = Record(
    m.TimelineEvent,
    {
        "id": Field(Id("event", "Stable id of the event."), required=True),
        "title": Field(_line("What happened or will happen."), required=True),
        "date": Field(Date("The day, where known.")),
        "end": Field(Date("The last day of an event of several days.")),
        "approx": Field(
            _line("When, in words, where no exact day is known: 'rundt årsskiftet 2014/2015'.")
        ),
        "place": Field(_line("Where.")),
        "source": Field(_line("Where this is known from.")),
    },
    "An event on the action plan's timeline.",
    kind="event",
)

ACCESSIBILITY = Record(
    m.Accessibility,
    {
        "email": Field(Email("Where readers send feedback on the website's accessibility.")),
        "statement_url": Field(
            Url("The official accessibility statement (in Norway: on uustatus.no).")
        ),
        "known_issues": Field(
            ListOf(_line("A known accessibility problem of the website, and what to do instead."))
        ),
    },
    "What the website's accessibility statement says (ogp site).",
)

PLAN = Record(
    m.Plan,
    {
        "country": Field(_line("The OGP member."), required=True),
        "title": Field(_line("The action plan's title."), required=True),
        "title_en": Field(_line("The action plan's English title.")),
        "number": Field(Int("Which action plan of the country this is.", minimum=1, maximum=100)),
        "contact_point": Field(Ref("agency", "The agency that is the OGP contact point.")),
        "accessibility": Field(ACCESSIBILITY),
        "timeline": Field(ListOf(EVENT, "Dated events around the plan.")),
        "start": Field(Date("The first day of the plan's period.")),
        "end": Field(Date("The last day of the plan's period.")),
    },
    "The action plan.",
)

REGISTRATION = Record(
    m.Registration,
    {
        "contact": Field(PERSON, required=True),
        "days_before": Field(
            Int("Register at the latest this many days before the meeting.", maximum=365)
        ),
        "deadline": Field(Date("The last day to register, where it is a fixed date.")),
    },
    "How to register for the meeting.",
)

AGENDA_ITEM = Record(
    m.AgendaItem,
    {
        "title": Field(_line("The item as the agenda words it."), required=True),
        "minutes": Field(Int("How long it takes, where known.", minimum=1, maximum=600)),
        "status_round": Field(
            Record(
                m.StatusRound,
                {
                    "min_minutes": Field(
                        Int("Least minutes per reporting agency.", minimum=1, maximum=60),
                        required=True,
                    ),
                    "max_minutes": Field(
                        Int("Most minutes per reporting agency.", minimum=1, maximum=60),
                        required=True,
                    ),
                },
                "The round in which each reporting agency reports orally.",
            )
        ),
    },
    "An item of the agenda.",
)

MINUTES = Record(
    m.Minutes,
    {
        "present": Field(
            ListOf(
                Record(
                    m.Presence,
                    {
                        "agency": Field(Ref("agency", "The organisation."), required=True),
                        "count": Field(
                            Int("How many came from it.", minimum=1, maximum=1000), required=True
                        ),
                    },
                    "How many came from one organisation. Public: counts, never names.",
                ),
                "Who was there: organisations and how many from each "
                "('ogp minutes --draft' fills it from the attendance recorded).",
            )
        ),
        "apologies": Field(ListOf(Ref("agency", "An invited organisation that sent apologies."))),
        "items": Field(
            ListOf(
                Record(
                    m.ItemMinutes,
                    {
                        "item": Field(
                            Int("The agenda item's number: 1 for the first.", minimum=1),
                            required=True,
                        ),
                        "notes": Field(Text("What was said, as plain text.")),
                        "decisions": Field(ListOf(Text("A decision, as plain text."))),
                    },
                    "The notes and decisions on one agenda item.",
                ),
                "One entry per agenda item, in the agenda's order.",
            )
        ),
        "actions": Field(
            ListOf(
                Record(
                    m.Action,
                    {
                        "agency": Field(Ref("agency", "Who does it."), required=True),
                        "what": Field(Text("What is to be done."), required=True),
                        "by": Field(Date("By when.")),
                        "item": Field(
                            Int("The agenda item it came from.", minimum=1),
                        ),
                    },
                    "An action agreed at the meeting: who, what, by when.",
                ),
                "The actions agreed.",
            )
        ),
        "approved": Field(Date("The day the minutes were approved.")),
    },
    "The minutes of the meeting, written after it: public data (no names of registrants).",
)

MEETING = Record(
    m.Meeting,
    {
        "id": Field(Id("meeting", "Stable id of the meeting: mote-1."), required=True),
        "number": Field(Int("The meeting's number in the series.", minimum=1, maximum=1000)),
        "title": Field(_line("Title, where it has one of its own.")),
        "series": Field(
            _line(
                "What kind of meeting it is, in Norwegian, as the letter names the series: "
                "'informasjons- og oppfølgingsmøte' (the agenda's heading says '… nr. 1')."
            )
        ),
        "date": Field(Date("The day of the meeting."), required=True),
        "start": Field(Time("Start, HH:MM."), required=True),
        "end": Field(Time("End, HH:MM."), required=True),
        "venue": Field(
            Record(
                m.Venue,
                {
                    "name": Field(_line("The room or building: 'Auditoriet i R5'."), required=True),
                    "address": Field(_line("Street address: 'Akersgata 59'.")),
                    "city": Field(_line("Town.")),
                },
                "Where the meeting is held.",
            ),
            required=True,
        ),
        "chair": Field(PERSON),
        "bring_id": Field(Bool("Participants must bring identification.")),
        "registration": Field(REGISTRATION),
        "invited": Field(ListOf(Ref("agency", "An invited agency or civil society."))),
        "agenda_tentative": Field(Bool("The agenda is tentative.")),
        "agenda": Field(ListOf(AGENDA_ITEM, "The agenda, in order.")),
        "minutes": Field(MINUTES),
    },
    "A follow-up meeting.",
    kind="meeting",
    title="Meeting",
)

SECTION = Record(
    m.Section,
    {
        "heading": Field(_line("The section's heading.")),
        "level": Field(
            Int("Heading level (2 or 4, as the letter has them).", minimum=1, maximum=6)
        ),
        "paragraphs": Field(
            ListOf(Text("A paragraph, as plain text."), min_items=1), required=True
        ),
    },
    "A section of the letter's body.",
)

LETTER = Record(
    m.Letter,
    {
        "id": Field(Id("letter", "Stable id of the letter."), required=True),
        "sender": Field(Ref("agency", "The sending agency."), required=True),
        "letterhead": Field(_line("The letterhead as printed.")),
        "their_ref": Field(_line("'Deres ref': the recipient's reference, if any.")),
        "our_ref": Field(_line("'Vår ref': the sender's case number, as text: '14/797-'.")),
        "date": Field(Date("The letter's date."), required=True),
        "addressee": Field(_line("The addressee line, e.g. 'Ifølge liste'.")),
        "title": Field(_line("The letter's title."), required=True),
        "sections": Field(
            ListOf(SECTION, "The body, before the meetings.", min_items=1), required=True
        ),
        "meetings": Field(ListOf(Ref("meeting", "A meeting the letter invites to."))),
        "closing": Field(_line("Closing words: 'Med hilsen'.")),
        "signatories": Field(ListOf(PERSON, "Who signs.")),
        "approved_electronically": Field(Bool("Approved electronically, sent without signature.")),
        "attachments": Field(ListOf(_line("An attachment."))),
        "recipients": Field(ListOf(Ref("agency", "A recipient, in the address list's order."))),
        "copy_to": Field(ListOf(Ref("agency", "A recipient of a copy ('Kopi til')."))),
        "annex_title": Field(_line("Title of the annex of responsible agencies.")),
        "annex_note": Field(Text("The note under the annex's title.")),
        "case_officer": Field(CASE_OFFICER),
    },
    "A letter.",
    kind="letter",
    title="Letter",
)


@compiled(frozen=True)
class DataFile:
    """One data file: its name, whether it must exist, its top-level shape, where it lives.

    The keys at the top of the file are the names of the ``Dataset`` fields they
    fill (``commitments:`` fills ``Dataset.commitments``); see :mod:`ogp.data.kinds`
    for how to add a file.
    """

    name: str
    required: bool  # False: a missing file is no problem (the data simply has none)
    top: Record
    description: str
    # "" : in the data folder; "private": in the folder private/ beside the data
    # folder (personal data, kept out of git: never read from a git revision)
    folder: str = ""

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of record whose ids it declares (a file that cannot be read loses them)."""
        return self.top.declares

    @property
    def relpath(self) -> str:
        """Where the file is, relative to the data folder: "meetings.yaml",
        "../private/registrations.yaml"."""
        return f"../{self.folder}/{self.name}" if self.folder else self.name

    def path(self, data_dir: Path) -> Path:
        """The file of this data folder (``private/`` files beside it)."""
        return data_dir.parent / self.folder / self.name if self.folder else data_dir / self.name


FILES: dict[str, DataFile] = {
    "agencies": DataFile(
        "agencies.yaml",
        True,
        Record(
            None,
            {
                "agencies": Field(
                    ListOf(AGENCY, "Every agency and recipient.", min_items=1), required=True
                ),
            },
        ),
        "Agencies and other recipients, with postal addresses.",
    ),
    "commitments": DataFile(
        "commitments.yaml",
        True,
        Record(
            None,
            {
                "plan": Field(PLAN),
                "commitments": Field(
                    ListOf(COMMITMENT, "The commitments, in plan order.", min_items=1),
                    required=True,
                ),
            },
        ),
        "The action plan and its commitments, owners and status.",
    ),
    "meetings": DataFile(
        "meetings.yaml",
        False,
        Record(
            None,
            {
                "meetings": Field(ListOf(MEETING, "The follow-up meetings."), required=True),
            },
        ),
        "Follow-up meetings.",
    ),
    "letters": DataFile(
        "letters.yaml",
        False,
        Record(
            None,
            {
                "letters": Field(ListOf(LETTER, "Letters rendered from the data."), required=True),
            },
        ),
        "Letters.",
    ),
}


# Personal data: the people who register for meetings. Never in the data folder: in the
# private folder beside it (``ogp.data.private``), read only by the commands that do not
# publish (validate, register, attended, attendees, calendar, minutes --with-names).
REGISTRANT = Record(
    m.Registrant,
    {
        "meeting": Field(Ref("meeting", "The meeting registered for."), required=True),
        "name": Field(_line("The person's full name."), required=True),
        "agency": Field(
            Ref("agency", "The invited organisation the person comes from."), required=True
        ),
        "email": Field(Email("The person's e-mail address."), required=True),
        "date": Field(Date("When the registration came in; after the deadline it is late.")),
        "note": Field(_line("A note: dietary needs, access, who registered them.")),
        "attended": Field(Bool("Came to the meeting (true) or did not (false).")),
    },
    "A person registered for a meeting.",
    title="Registration",
)

PRIVATE_FILES: dict[str, DataFile] = {
    "registrations": DataFile(
        "registrations.yaml",
        False,
        Record(
            None,
            {
                "registrations": Field(
                    ListOf(REGISTRANT, "The people registered, meeting by meeting.")
                ),
            },
        ),
        "Registrations for meetings: names and e-mail addresses (personal data).",
    ),
}
