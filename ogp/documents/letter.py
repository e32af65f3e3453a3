"""The invitation letter as a document: every fact of it phrased, ready for any format.

:func:`build` turns the data into a :class:`LetterDoc` of plain strings —
the letterhead, references, addressee (``Ifølge liste`` or a personal address
block), body, meetings, agenda, registration, signatories, attachments, the
annex of responsible agencies and the address list. The templates in
``templates/letter.*.j2`` only lay it out; nothing there computes a fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ogp.data.model import Agency, Commitment, Dataset, Letter, Meeting
from ogp.text import dates
from ogp.text.phrasing import (
    AddressRow,
    address_block,
    address_lines,
    address_row,
    agenda_item_title,
    annex_rows,
    commitment_label,
    join_words,
    person_phrase,
    venue_phrase,
)
from ogp.text.wording import word


@dataclass(frozen=True)
class Run:
    """A piece of running text; ``href`` makes it a link (an e-mail address)."""

    text: str
    href: str | None = None


@dataclass(frozen=True)
class SectionView:
    heading: str | None
    level: int  # as the data gives it
    paragraphs: tuple[str, ...]
    rank: int = 2  # the heading's rank in the document: 2 under the title, never skipping one


@dataclass(frozen=True)
class FooterItem:
    """One part of the sender's footer: 'Postadresse' and its lines."""

    label: str
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return f"{self.label}: {', '.join(self.lines)}"


@dataclass(frozen=True)
class MeetingView:
    id: str
    line: str  # "Møte nr. 1 blir avholdt 17. mars 2014 kl 12.30 – 15.00 i Auditoriet i R5, ..."


@dataclass(frozen=True)
class AgendaView:
    heading: str  # "Tentativ dagsorden for møte nr. 1"
    items: tuple[str, ...]


@dataclass(frozen=True)
class AnnexRowView:
    label: str
    owners: str

    @property
    def cells(self) -> list[str]:
        return [self.label, self.owners]


@dataclass(frozen=True)
class LetterDoc:
    """A letter with every part phrased in ``lang``; the same for md, txt, html and pdf."""

    id: str
    lang: str
    letterhead: str
    sender: str
    addressee: tuple[str, ...]  # "Ifølge liste", or name and address lines
    recipient: str | None  # the agency id of a personal letter
    refs: tuple[tuple[str, str], ...]  # (label, value): Deres ref, Vår ref, Dato
    title: str
    sections: tuple[SectionView, ...]
    meetings: tuple[MeetingView, ...]
    agendas: tuple[AgendaView, ...]
    practical: tuple[str, ...]  # venue, identification
    registration: tuple[tuple[Run, ...], ...]  # one sentence per contact
    personal: tuple[str, ...]  # the paragraph of a personal letter, sentence by sentence
    closing: str
    signatories: tuple[tuple[str, str], ...]  # (name, title)
    approved: str | None
    attachments_heading: str  # "Vedlegg: 6"
    attachments: tuple[str, ...]
    annex_title: str
    annex_note: str
    annex_headers: tuple[str, str]
    annex: tuple[AnnexRowView, ...]
    address_heading: str
    addresses: tuple[AddressRow, ...]
    copy_heading: str
    copies: tuple[AddressRow, ...]
    labels: dict[str, str] = field(default_factory=dict)  # column names for the tables
    footer: tuple[FooterItem, ...] = ()  # the sender's addresses, telephone, org. no.
    agenda_rank: int = 3  # the rank of the agendas' headings: one below the last section
    case_officer: FooterItem | None = None  # "Saksbehandler", where the data names one

    @property
    def registration_text(self) -> list[str]:
        """The registration sentences as plain text."""
        return ["".join(r.text for r in sentence) for sentence in self.registration]

    @property
    def body_text(self) -> str:
        """Every sentence of the letter, for searching in tests and previews."""
        parts = [*self.addressee, self.title]
        for s in self.sections:
            parts += [s.heading or "", *s.paragraphs]
        parts += [m.line for m in self.meetings]
        for a in self.agendas:
            parts += [a.heading, *a.items]
        parts += [*self.practical, *self.registration_text]
        return "\n".join(parts + list(self.personal))


def meeting_line(m: Meeting, lang: str, chair_known: bool) -> str:
    values = {
        "number": m.number or "",
        "date": dates.prose_date(m.date, lang),
        "time": dates.clock_range(m.start, m.end, lang),
        "venue": venue_phrase(m),
    }
    line = word(lang, "meeting_line" if m.number else "meeting_line_unnumbered", **values)
    if m.chair is not None and not chair_known:
        line += word(lang, "chaired_by", chair=person_phrase(m.chair))
    return line


def agenda_items(m: Meeting, lang: str) -> tuple[str, ...]:
    return tuple(agenda_item_title(item, lang) for item in m.agenda)


def agenda_view(m: Meeting, lang: str) -> AgendaView:
    key = "agenda_heading" if m.number else "agenda_heading_unnumbered"
    if m.agenda_tentative:
        key += "_tentative"
    return AgendaView(word(lang, key, number=m.number or ""), agenda_items(m, lang))


def practical(meetings: Sequence[Meeting], lang: str) -> tuple[str, ...]:
    out = []
    venues = {venue_phrase(m) for m in meetings}
    if len(venues) == 1:
        out.append(
            word(lang, "venue_all" if len(meetings) > 1 else "venue_one", venue=venues.pop())
        )
    if meetings and all(m.bring_id for m in meetings):
        out.append(word(lang, "bring_id"))
    return tuple(out)


def _contact_key(m: Meeting) -> tuple[str, ...]:
    c = m.registration.contact if m.registration else None
    return (c.name, c.email or "", c.phone or "") if c else ()


def registration(meetings: Sequence[Meeting], lang: str) -> tuple[tuple[Run, ...], ...]:
    """'Vi ber deltakerne sende en e-post ... senest 10 dager før møtene (...) til NN: e-post'.

    Meetings that share the contact share one sentence, worded as the seed letter
    words it, with the deadlines computed from the N-day rule added in brackets.
    """
    groups: dict[tuple[str, ...], list[Meeting]] = {}
    for m in meetings:
        if m.registration is not None:
            groups.setdefault(_contact_key(m), []).append(m)
    sentences = []
    for group in groups.values():
        sentences.append(_registration_sentence(group, lang, prefixed=len(groups) > 1))
    return tuple(sentences)


def _registration_sentence(group: list[Meeting], lang: str, *, prefixed: bool) -> tuple[Run, ...]:
    first = group[0]
    assert first.registration is not None
    contact = first.registration.contact
    deadlines = []
    for m in group:
        d = m.registration_deadline()
        if d is None:
            continue
        if len(group) > 1 and m.number:
            deadlines.append(
                word(lang, "deadline_for", date=dates.prose_date(d, lang), number=m.number)
            )
        else:
            deadlines.append(word(lang, "deadline_plain", date=dates.prose_date(d, lang)))
    days = {m.registration.days_before for m in group if m.registration}
    deadline_text = join_words(deadlines, lang)
    if len(days) == 1 and None not in days and deadlines:
        key = "register_days_all" if len(group) > 1 else "register_days_one"
        lead = word(lang, key, days=days.pop() or 0, deadlines=deadline_text)
    elif deadlines:
        lead = word(lang, "register_date", deadlines=deadline_text)
    else:
        lead = word(lang, "register_no_deadline")
    if prefixed and first.number:
        lead = word(lang, "register_for_meeting", number=first.number) + lead
    runs = [Run(f"{lead} {contact.name}")]
    if contact.email:
        runs += [Run(": "), Run(contact.email, f"mailto:{contact.email}")]
    if contact.phone:
        runs.append(Run(f" ({word(lang, 'phone')} {contact.phone})"))
    runs.append(Run("."))
    return tuple(runs)


def _ids(cs: Sequence[Commitment], lang: str) -> str:
    labels = [commitment_label(c, lang) for c in cs]
    key = "commitment_one" if len(cs) == 1 else "commitment_many"
    return word(lang, key, ids=join_words(labels, lang))


def personal_paragraph(data: Dataset, agency: Agency, lang: str) -> tuple[str, ...]:
    """What a personal letter tells its recipient about its own commitments.

    Which it owns; which it reports on; where it shares one and the owners must
    still agree who reports; where another owner reports; where it is a partner.
    Nothing when the agency has no part in the plan (civil society, say).
    """
    owned, partner = data.commitments_of(agency.id)
    out: list[str] = []
    if owned:
        out.append(word(lang, "personal_owner", name=agency.name, commitments=_ids(owned, lang)))
        reports = [c for c in owned if c.effective_reporter() == agency.id]
        if reports:
            out.append(word(lang, "personal_reports", commitments=_ids(reports, lang)))
        agree = [c for c in owned if c.effective_reporter() is None]
        if agree:
            parts = [
                word(
                    lang,
                    "personal_agree_with",
                    commitment=commitment_label(c, lang),
                    others=join_words(
                        [_label(data, o) for o in c.owner_ids if o != agency.id], lang
                    ),
                )
                for c in agree
            ]
            out.append(word(lang, "personal_agree", commitments=_ids_text(parts, agree, lang)))
        for c in owned:
            reporter = c.effective_reporter()
            if reporter is not None and reporter != agency.id:
                out.append(
                    word(
                        lang,
                        "personal_other_reports",
                        commitment=commitment_label(c, lang),
                        reporter=_label(data, reporter),
                    )
                )
    if partner:
        key = "personal_partner" if out else "personal_partner_only"
        out.append(word(lang, key, name=agency.name, commitments=_ids(partner, lang)))
    return tuple(out)


def _ids_text(parts: list[str], cs: Sequence[Commitment], lang: str) -> str:
    key = "commitment_one" if len(cs) == 1 else "commitment_many"
    return word(lang, key, ids=join_words(parts, lang))


def _label(data: Dataset, agency_id: str) -> str:
    a = data.agency_by_id.get(agency_id)
    return a.label if a else agency_id


def build(data: Dataset, letter: Letter, *, to: str | None = None, lang: str = "nb") -> LetterDoc:
    """The letter ``letter`` in ``lang``; with ``to`` (an agency id) a personal letter."""
    sender = data.agency_by_id[letter.sender]
    meetings = [data.meeting_by_id[mid] for mid in letter.meetings]
    body = " ".join(p for s in letter.sections for p in s.paragraphs)
    if to is not None:
        agency = data.agency_by_id[to]
        addressee = address_block(agency)
        personal = personal_paragraph(data, agency, lang)
    else:
        addressee = (letter.addressee,) if letter.addressee else ()
        personal = ()
    attachments = tuple(letter.attachments)
    labels = {k: word(lang, k) for k in ("name", "address", "postcode", "city")}
    sections = _sections(letter)
    return LetterDoc(
        id=letter.id,
        lang=lang,
        letterhead=letter.letterhead or sender.name.upper(),
        sender=sender.name,
        addressee=addressee,
        recipient=to,
        refs=(
            (word(lang, "their_ref"), letter.their_ref or ""),
            (word(lang, "our_ref"), letter.our_ref or ""),
            (word(lang, "letter_date"), dates.table_date(letter.date, lang)),
        ),
        title=letter.title,
        sections=sections,
        agenda_rank=min((sections[-1].rank if sections else 1) + 1, 6),
        meetings=tuple(
            MeetingView(
                m.id,
                meeting_line(m, lang, chair_known=m.chair is None or _names(body, m.chair.name)),
            )
            for m in meetings
        ),
        agendas=tuple(agenda_view(m, lang) for m in meetings if m.agenda),
        practical=practical(meetings, lang),
        registration=registration(meetings, lang),
        personal=personal,
        closing=letter.closing or "",
        signatories=tuple((p.name, p.title or "") for p in letter.signatories),
        approved=word(lang, "approved") if letter.approved_electronically else None,
        attachments_heading=f"{word(lang, 'attachments')}: {len(attachments)}"
        if attachments
        else "",
        attachments=attachments,
        annex_title=letter.annex_title or "",
        annex_note=letter.annex_note or "",
        annex_headers=(word(lang, "annex_number"), word(lang, "owners")),
        annex=data.derived(annex, lang),
        address_heading=word(lang, "address_list"),
        addresses=tuple(address_row(data.agency_by_id[a]) for a in letter.recipients),
        copy_heading=word(lang, "copy_to"),
        copies=tuple(address_row(data.agency_by_id[a]) for a in letter.copy_to),
        labels=labels,
        footer=sender_footer(sender, lang),
        case_officer=_case_officer(letter, lang),
    )


def annex(data: Dataset, lang: str) -> tuple[AnnexRowView, ...]:
    """The annex of responsible agencies: every commitment of the plan, the same in every
    letter of the data (made once per language, :meth:`Dataset.derived`)."""
    return tuple(AnnexRowView(r.label, r.owners) for r in annex_rows(data, lang))


def _sections(letter: Letter) -> tuple[SectionView, ...]:
    """The body's sections, each heading ranked under the title (h1) without a gap.

    The data's levels say which sections are deeper than others; the ranks keep
    that order but never skip one, so levels 2 and 4 become h2 and h3.
    """
    levels = sorted({s.level for s in letter.sections if s.heading})
    rank = {level: min(2 + i, 6) for i, level in enumerate(levels)}
    return tuple(
        SectionView(s.heading, s.level, tuple(s.paragraphs), rank.get(s.level, 2))
        for s in letter.sections
    )


def sender_footer(sender: Agency, lang: str) -> tuple[FooterItem, ...]:
    """The sender's postal and visiting address, telephone and organisation number.

    Only what the data gives: a part the data leaves empty is left out.
    """
    items = []
    if sender.has_postal_address and sender.address is not None:
        items.append(FooterItem(word(lang, "postal_address"), tuple(address_lines(sender.address))))
    if sender.email:
        items.append(FooterItem(word(lang, "email"), (sender.email,)))
    if sender.visiting_address:
        items.append(FooterItem(word(lang, "visiting_address"), (sender.visiting_address,)))
    if sender.phone:
        items.append(FooterItem(word(lang, "telephone"), (sender.phone,)))
    if sender.org_no:
        items.append(FooterItem(word(lang, "org_no"), (sender.org_no,)))
    return tuple(items)


def _case_officer(letter: Letter, lang: str) -> FooterItem | None:
    p = letter.case_officer
    if p is None:
        return None
    contact = [x for x in (p.phone and f"{word(lang, 'phone')} {p.phone}", p.email) if x]
    return FooterItem(word(lang, "case_officer"), (p.name, *contact))


def unpostable(data: Dataset, letter: Letter) -> list[tuple[str, str]]:
    """The recipients a personal letter cannot be posted to: (agency id, what is missing)."""
    out = []
    for a in letter.recipients:
        gap = data.agency_by_id[a].postal_gap()
        if gap:
            out.append((a, "no postal address" if "address" in gap else f"no {' or '.join(gap)}"))
    return out


def _names(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as a whole ("Ola" is not named by "Olavs brev")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
