"""The status form an agency fills in: its rows, words and identity, whatever renders it.

One row per commitment the agency reports on (see
:func:`ogp.data.formspec.assignments`), and one per milestone of it, with the
current level and its date; a shared commitment whose reporter is not agreed
is on every owner's form, with a remark saying so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ogp.data.formspec import FORM_VERSION, assignments, current_round, fingerprint
from ogp.data.model import Dataset, Level, Meeting
from ogp.errors import OgpError
from ogp.text.dates import table_date
from ogp.text.formwords import LEVEL_MEANING, REPORTABLE, form_headers, form_word
from ogp.text.phrasing import agency_name, in_language
from ogp.text.wording import LEVELS, word


@dataclass(frozen=True)
class FormRow:
    commitment: str  # its id
    milestone: str  # its id, or "" for the commitment's own row
    title: str
    current: str  # the current level, in words
    current_date: dt.date | None
    remark: str


@dataclass(frozen=True)
class Form:
    agency: str  # its id
    agency_name: str
    lang: str
    round: Meeting
    dataset: str  # fingerprint
    version: str
    title: str
    subtitle: str
    rows: tuple[FormRow, ...]
    headers: dict[str, str]
    levels: tuple[tuple[str, str], ...]  # (label in the form's language, meaning)
    instructions: tuple[str, ...]  # who, by when, how; words["scale"] leads in to the levels
    words: dict[str, str]

    @property
    def file_stem(self) -> str:
        return self.agency


def build(
    data: Dataset, agency_id: str, *, lang: str = "nb", today: dt.date, round_id: str | None = None
) -> Form:
    meeting = pick_round(data, today, round_id)
    rows: list[FormRow] = []
    level_words = LEVELS[lang]
    for a in assignments(data, agency_id):
        c = a.commitment
        latest = c.latest_status()
        remark = ""
        if a.shared_with:
            others = ", ".join(agency_name(data, o, annex=False) for o in a.shared_with)
            remark = form_word(lang, "shared", others=others)
        # no title in the data: said as the status table says it, not an empty cell
        title = in_language(c.title, c.title_en, lang)[0] or word(lang, "no_title")
        rows.append(
            FormRow(
                commitment=c.id,
                milestone="",
                title=title,
                current=level_words[c.level],
                current_date=latest.date if latest else None,
                remark=remark,
            )
        )
        for ms in c.milestones:
            last = c.milestone_status(ms.id)
            done = c.milestone_done(ms.id)
            due = ""
            if ms.due is not None:
                key = "overdue" if ms.overdue(today, done) else "due"
                due = form_word(lang, key, date=table_date(ms.due, lang))
            rows.append(
                FormRow(
                    commitment=c.id,
                    milestone=ms.id,
                    title=ms.text,
                    current=level_words[last.level] if last else level_words[Level.NOT_REPORTED],
                    current_date=last.date if last else None,
                    remark=due,
                )
            )
    name = agency_name(data, agency_id, annex=False)
    plan_title = ""
    if data.plan is not None:
        plan_title = (data.plan.title_en or data.plan.title) if lang == "en" else data.plan.title
    when = table_date(meeting.date, lang)
    label = str(meeting.number) if meeting.number is not None else meeting.id
    contact = ""
    reg = meeting.registration
    if reg is not None:
        contact = reg.contact.name + (f" <{reg.contact.email}>" if reg.contact.email else "")
    elif data.plan is not None and data.plan.contact_point:
        contact = agency_name(data, data.plan.contact_point, annex=False)
    instructions = [
        form_word(lang, "who", agency=name, meeting=label, date=when),
        *([form_word(lang, "by_when", contact=contact, deadline=when)] if contact else []),
        form_word(lang, "how"),
    ]
    headers = form_headers(lang)
    return Form(
        agency=agency_id,
        agency_name=name,
        lang=lang,
        round=meeting,
        dataset=fingerprint(data),
        version=FORM_VERSION,
        title=form_word(lang, "title", plan=plan_title),
        subtitle=form_word(
            lang, "for", agency=name, meeting=label, date=when, version=FORM_VERSION
        ),
        rows=tuple(rows),
        headers=headers,
        levels=tuple((level_words[lv], LEVEL_MEANING[lang][lv]) for lv in REPORTABLE),
        instructions=tuple(instructions),
        words={
            k: form_word(lang, k)
            for k in (
                "fill",
                "instructions",
                "scale",
                "level_list_title",
                "meaning",
                "error_title",
                "error_text",
                "date_error",
            )
        },
    )


def pick_round(data: Dataset, today: dt.date, round_id: str | None) -> Meeting:
    """The meeting a status round is for: the one named, else the current one."""
    if round_id is not None:
        from ogp.data.lookup import pick_meeting

        return pick_meeting(data, round_id)
    meeting = current_round(data, today)
    if meeting is None:
        raise OgpError(
            "the data has no meetings, so there is no status round to make forms for",
            hint="add the follow-up meeting the status is for to meetings.yaml",
        )
    return meeting
