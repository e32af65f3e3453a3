"""A meeting's agenda as a running order: times, and the status round agency by agency.

The status round ("2–3 min. på hver av de ansvarlige instansene") is expanded
into one entry per reporting agency with its commitments, in plan order.
Where several owners share a commitment and no reporter is agreed yet, the
commitment is listed under its owners jointly. The data gives no duration for
the other items, and none is invented: times are computed only as far as the
durations are known, and left blank after that. The minutes come from
``Dataset.agenda_durations``, the same computation as the ``agenda-overrun``
rule's, so the document and ``ogp validate`` agree.

The agenda is a document to send: what only its sender needs to know (which
durations are missing, whether the agenda overruns) is in ``warnings`` and
``notes``, which ``ogp agenda`` prints on standard error, never in the agenda.
"""

from __future__ import annotations

from dataclasses import dataclass

from ogp.data.model import Dataset, Meeting, Overrun
from ogp.text import dates
from ogp.text.phrasing import (
    agency_name,
    agenda_item_suffix,
    commitment_label,
    join_words,
    meeting_when,
    person_phrase,
    venue_phrase,
)
from ogp.text.wording import word


@dataclass(frozen=True)
class RoundEntry:
    who: str  # "KUD", or "KUD og Riksarkivet (avklarer hvem som melder)"
    commitments: str  # "4.8 og 4.9"
    minutes: str  # "2–3"
    joint: bool


@dataclass(frozen=True)
class AgendaRow:
    number: int
    start: str  # "12.30", a range "13.00–13.15", or "" where it cannot be known
    # the title in two parts, so that HTML can mark the data's Norwegian in a page of
    # another language (WCAG 3.1.2): the item's own title, and ogp's words in the
    # agenda's language ("(2–3 min. for each responsible agency)", or "")
    own: str
    suffix: str
    minutes: str  # "30–45", "15", or "" where the data gives none
    duration: str  # "(30–45 min.)" for running text, or ""
    entries: tuple[RoundEntry, ...] = ()

    @property
    def title(self) -> str:
        """The whole title, as md and txt write it (``agenda_item_title``)."""
        return f"{self.own} {self.suffix}" if self.suffix else self.own


@dataclass(frozen=True)
class AgendaDoc:
    lang: str
    title: str  # "Open Government Partnership – dagsorden for … møte nr. 1, 17. mars 2014"
    letterhead: str  # the inviting letter's letterhead, or ""
    when: str  # "17. mars 2014 kl 12.30 – 15.00"
    venue: str
    chair: str  # "Møteleder: statssekretær Paul Chaffey", or ""
    deadline: str  # "Påmeldingsfrist: 7. mars 2014", or ""
    headers: tuple[str, str, str, str]  # no., time, item, minutes
    rows: tuple[AgendaRow, ...]
    notes: tuple[str, ...]  # for the sender (standard error), not for the document
    warnings: tuple[str, ...]  # likewise: the agenda overruns the meeting

    @property
    def time_width(self) -> int:
        """The widest start time, for plain text columns."""
        return max((len(r.start) for r in self.rows), default=0)


def status_round(data: Dataset, low: int, high: int, lang: str) -> list[RoundEntry]:
    """One entry per reporter (or per group of owners still to agree), in plan order."""
    groups = data.reporting_units()
    minutes = f"{low}–{high}" if low != high else str(low)
    entries = []
    for key, cs in groups.items():
        joint = key[0] == ""
        if joint:
            names = join_words([agency_name(data, a, annex=False) for a in key[1:]], lang)
            who = word(lang, "round_unit_joint", owners=names)
        else:
            who = agency_name(data, key[0], annex=False)
        labels = join_words([commitment_label(c, lang) for c in cs], lang)
        entries.append(RoundEntry(who, labels, minutes, joint))
    return entries


def _span(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def _time(meeting: Meeting, low: int, high: int, lang: str) -> str:
    a = dates.clock(dates.add_minutes(meeting.start, low), lang)
    b = dates.clock(dates.add_minutes(meeting.start, high), lang)
    return a if a == b else f"{a}–{b}"


# The language of the notes and warnings said of an agenda on standard error: ogp's own
# messages are English, whatever the language of the document (--lang)
NOTES = "en"


def build(data: Dataset, meeting: Meeting, lang: str = "nb") -> AgendaDoc:
    rows: list[AgendaRow] = []
    durations = data.agenda_durations(meeting)  # the same minutes as the agenda-overrun rule
    elapsed: tuple[int, int] | None = (0, 0)  # None once a duration is unknown
    notes: list[str] = []
    for n, (item, span) in enumerate(zip(meeting.agenda, durations.items, strict=True), start=1):
        start = _time(meeting, *elapsed, lang) if elapsed is not None else ""
        r = item.status_round
        entries = status_round(data, r.min_minutes, r.max_minutes, lang) if r else []
        if span is None:
            minutes = duration = ""
            elapsed = None
        else:
            minutes = _span(*span)
            duration = word(lang, "duration", minutes=minutes)
            if elapsed is not None:
                elapsed = (elapsed[0] + span[0], elapsed[1] + span[1])
            if r is not None:
                notes.append(
                    word(
                        NOTES,
                        "round_total",
                        units=len(entries),
                        low=r.min_minutes,
                        high=r.max_minutes,
                        total_low=span[0],
                        total_high=span[1],
                    )
                )
        rows.append(
            AgendaRow(
                n,
                start,
                item.title,
                agenda_item_suffix(item, lang),
                minutes,
                duration,
                tuple(entries),
            )
        )
    length, low, high = durations.length, durations.low, durations.high
    times = {"start": dates.clock(meeting.start, NOTES), "end": dates.clock(meeting.end, NOTES)}
    warnings: list[str] = []
    if durations.overrun is Overrun.LEAST:
        warnings.append(word(NOTES, "overrun", need=low, have=length, **times))
    elif durations.overrun is Overrun.MOST:
        warnings.append(word(NOTES, "overrun_max", need=high, have=length, **times))
    if durations.unknown:
        numbers = join_words([str(i) for i in durations.unknown], NOTES)
        key = "agenda_items_one" if len(durations.unknown) == 1 else "agenda_items"
        notes.append(word(NOTES, "durations_unknown", items=word(NOTES, key, items=numbers)))
    if meeting.agenda and not warnings and high > 0:
        notes.append(word(NOTES, "fits", low=low, high=high, have=length))
    if not meeting.agenda:
        notes.append(word(NOTES, "no_agenda"))
    deadline = meeting.registration_deadline()
    return AgendaDoc(
        lang=lang,
        title=heading(meeting, lang),
        letterhead=next((x.letterhead or "" for x in data.letters if meeting.id in x.meetings), ""),
        when=meeting_when(meeting, lang),
        venue=venue_phrase(meeting),
        chair=f"{word(lang, 'chair')}: {person_phrase(meeting.chair)}" if meeting.chair else "",
        deadline=f"{word(lang, 'registration_deadline')}: {dates.table_date(deadline, lang)}"
        if deadline
        else "",
        headers=(
            word(lang, "item"),
            word(lang, "time"),
            word(lang, "title"),
            word(lang, "minutes"),
        ),
        rows=tuple(rows),
        notes=tuple(notes),
        warnings=tuple(warnings),
    )


def heading(meeting: Meeting, lang: str) -> str:
    """'Open Government Partnership – dagsorden for informasjons- og oppfølgingsmøte nr. 1,
    17. mars 2014': what the agenda is, of which meeting, on which day.

    The meeting's ``series`` names it where the data gives one (it is Norwegian
    text, so an English agenda says "meeting").
    """
    series = meeting.series if meeting.series and lang == "nb" else word(lang, "meeting_word")
    which = f"{series} {word(lang, 'number_abbr')} {meeting.number}" if meeting.number else series
    key = "agenda_title_tentative" if meeting.agenda_tentative else "agenda_title"
    return word(lang, key, meeting=which, date=dates.prose_date(meeting.date, lang))
