"""The public OGP website and repository (``ogp site``): every page as a view model, no I/O.

OGP's minimum requirements 2.1 and 2.2 ask for a public OGP website and an
online repository of the plan's evidence; this module says what each page of
that site holds, fully phrased, in Norwegian bokmål and English. Rendering and
writing (templates, the letter, agenda and calendar documents, the files)
happen in :mod:`ogp.output.site`.

URLs are stable and made from ids only: ``no/2013-2015/commitments/4.10/``
(``en/...`` for English), so a link survives any change but of the id, and
there is room for several plans beside each other. :func:`slug` makes any id
safe as one path segment. Links that come from the data pass through
:func:`safe_url`: only ``http``, ``https`` and ``mailto`` are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from ogp.data.model import (
    Agency,
    Commitment,
    Dataset,
    Evidence,
    IrmFinding,
    Level,
    Meeting,
    Milestone,
    Person,
    Role,
    StatusReport,
)
from ogp.data.yamlload import gc_paused
from ogp.text import dates
from ogp.text.phrasing import (
    address_lines,
    agency_name,
    commitment_label,
    country_in,
    in_language,
    is_address,
    join_words,
    owners_phrase,
    person_phrase,
    venue_phrase,
)
from ogp.text.site_wording import site_word
from ogp.text.statuswords import irm_value
from ogp.text.wording import LANGUAGES, level_label, word

LANG_SEGMENT = {"nb": "no", "en": "en"}  # the first path segment of each language's pages
# How many entries a feed holds, the newest: a reader fetches the whole feed each time
# it looks, and only needs what is new (a plan's round of status reports fits many
# times over); every status report is in status.csv and plan.json.
FEED_ENTRIES = 200
# The order of levels on the front page and in its chart: the furthest first.
LEVEL_ORDER = (
    Level.COMPLETE,
    Level.SUBSTANTIAL,
    Level.LIMITED,
    Level.NOT_STARTED,
    Level.NO_EVIDENCE,
    Level.NOT_REPORTED,
)
_SAFE_SEGMENT = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")
_URL_SCHEMES = ("http://", "https://", "mailto:")
_URL_UNSAFE = re.compile(r"[\s\x00-\x1f]")  # \s is str.isspace(): every Unicode space


def slug(ident: str) -> str:
    """``ident`` as one safe, stable path segment.

    A valid id (letters, digits, single ``.-_`` between them) becomes its lower
    case form (ids of one kind never differ only in case); anything else (spaces,
    ``/``, ``..``, accents, control characters) keeps its safe characters and
    gets a short hash of the whole id, so that two ids never share a segment.
    """
    lowered = ident.lower()
    if _SAFE_SEGMENT.match(lowered) and len(lowered) <= 80:
        return lowered
    kept = re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")[:40] or "id"
    digest = hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{kept}-{digest}"


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) or mailto and has no spaces or control characters, else None."""
    if not url:
        return None
    text = url.strip()
    if not text.lower().startswith(_URL_SCHEMES) or _URL_UNSAFE.search(text):
        return None
    return text


def plan_slug(data: Dataset) -> str:
    """The plan's segment: its period (``2013-2015``), else its number, else ``plan``."""
    plan = data.plan
    if plan is not None and plan.start and plan.end:
        return f"{plan.start.year}-{plan.end.year}"
    if plan is not None and plan.number:
        return f"plan-{plan.number}"
    return "plan"


# The view's records below are made by the hundred thousand for a large site and never
# changed once made. They are not frozen: a frozen dataclass sets each field through
# object.__setattr__, which made their construction 4 times as slow (6% of a site's
# time); slots, and a hash of their fields as a frozen one has (crumbs are keys).
@dataclass(slots=True, unsafe_hash=True)
class Text:
    """A text from the data, with the language it is written in.

    ``only_nb`` marks a Norwegian text on an English page (no English text in
    the data): the page marks it, and its ``lang`` attribute says ``nb``.
    """

    text: str
    lang: str
    only_nb: bool = False

    def __str__(self) -> str:  # a template that writes {{ x }} of a Text gets its words
        return self.text


@dataclass(slots=True, unsafe_hash=True)
class Link:
    """A link: ``internal`` hrefs are relative to the site's root, the others are absolute."""

    text: str
    href: str
    internal: bool = True
    lang: str | None = None  # the language of the target, where it differs from the page's
    note: str = ""  # "(in Norwegian)", "PDF", ...
    # the language its text is written in, where that is the data's (an evidence's title,
    # in Norwegian) or the IRM's (a report's name, in English): marked on a page in another
    text_lang: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Bar:
    """One level of the front page's chart and its table."""

    level: Level
    label: str
    count: int
    share: str  # "42 %"
    width: float  # of the chart's drawing width, 0..1
    css: str  # the level as a CSS class


@dataclass(slots=True, unsafe_hash=True)
class Dated:
    """Something overdue or coming: its date, then link, text and quote, those it has."""

    date: dt.date
    when: str
    text: str  # ogp's words, in the page's language ("" if the link says it)
    link: Link | None = None
    items: tuple[Link, ...] = ()  # what it concerns, for a group ("26 commitments")
    quote: Text | None = None  # the data's words after it (a milestone), marked if Norwegian


@dataclass(slots=True, unsafe_hash=True)
class CommitmentRow:
    id: str
    label: str
    link: Link
    title: Text | None
    owners: str
    level: Level
    level_text: str
    date: str


@dataclass(slots=True, unsafe_hash=True)
class HistoryRow:
    date: str
    level: Level
    level_text: str
    note: Text | None
    reported_at: Link | None  # the meeting it was reported at
    source: Text | None  # the report it comes from, in the data's words (Norwegian)
    evidence: tuple[Link, ...] = ()
    challenges: Text | None = None
    next_steps: Text | None = None
    milestone: str = ""  # the milestone it reports on
    reported_by: str = ""


@dataclass(slots=True, unsafe_hash=True)
class MilestoneView:
    id: str
    text: Text
    start: str
    due: str
    overdue: bool
    done: bool


@dataclass(slots=True, unsafe_hash=True)
class FindingView:
    label: str
    value: Text  # in the page's language where ogp has the words, else as the IRM wrote it
    source: Link | None  # the IRM report or OGP page it is published in
    note: str


@dataclass(slots=True, unsafe_hash=True)
class ContactView:
    name: Text  # "seniorrådgiver Kari Nordmann": a job title is the data's, in Norwegian
    agency: Link | None
    email: Link | None
    phone: str


@dataclass(slots=True, unsafe_hash=True)
class OwnerView:
    agency: Link
    role: str


@dataclass(slots=True, unsafe_hash=True)
class FrontView:
    title: Text
    number: str
    period: str
    country: Text | None  # in the page's language where CLDR knows the country
    contact: Link | None
    contact_email: Link | None
    total: int
    bars: tuple[Bar, ...]
    chart_summary: str
    overdue: tuple[Dated, ...]
    next: tuple[Dated, ...]
    today: str
    last_changed: str
    sections: tuple[Link, ...]


@dataclass(slots=True, unsafe_hash=True)
class CommitmentView:
    id: str
    label: str
    title: Text | None
    title_nb: Text | None  # the Norwegian title too, on an English page that has both
    irm_no: str
    parts: str
    owners: tuple[OwnerView, ...]
    owners_phrase: str
    collaborators: tuple[Link, ...]
    reporter: Link | None
    reporter_agreed: bool
    level: Level
    level_text: str
    history: tuple[HistoryRow, ...]
    ogp_id: str = ""
    ogp_page: Link | None = None
    description: Text | None = None
    contact: ContactView | None = None
    milestones: tuple[MilestoneView, ...] = ()
    irm: tuple[FindingView, ...] = ()
    evidence: tuple[tuple[str, Link], ...] = ()  # (date reported, link), newest first


@dataclass(slots=True, unsafe_hash=True)
class AgencyView:
    name: str
    short: str
    civil_society: bool
    address: tuple[str, ...]
    email: Link | None
    owned: tuple[CommitmentRow, ...]
    partnered: tuple[CommitmentRow, ...]
    counts: tuple[Bar, ...]


@dataclass(slots=True, unsafe_hash=True)
class AgencyRow:
    link: Link
    name: str
    owned: int
    partnered: int


@dataclass(slots=True, unsafe_hash=True)
class LetterRef:
    """A letter of the repository and where its files are (rendered by ogp.output.site)."""

    id: str
    html: str  # path from the root: letters/14-797/letter.html
    pdf: str | None  # None when the site is built without PDFs
    title: str
    text: str  # "Brev 14/797- av 28.02.2014: Invitasjon ...", all in the letter's Norwegian
    date: dt.date
    label: str = ""  # "Letter 14/797- of 28 Feb 2014": in the page's language (a meeting's)


@dataclass(slots=True, unsafe_hash=True)
class MeetingView:
    id: str
    name: str
    when: str
    venue: str
    chair: Text | None  # "statssekretær Kari Nordmann (KMD)": the data's words, in Norwegian
    registration: tuple[Text, ...]  # who to register with (the data's words), the deadline
    invited: tuple[Link, ...]
    letters: tuple[LetterRef, ...]
    agenda_html: str  # path from the root of the printable agenda, per language
    ics: str | None  # path from the root of the .ics, None when the meeting has no organizer
    minutes: Link | None  # the published minutes, once there are any (ogp minutes)
    past: bool


@dataclass(slots=True, unsafe_hash=True)
class MeetingRow:
    link: Link
    when: str
    venue: str
    past: bool


@dataclass(slots=True, unsafe_hash=True)
class TimelineRow:
    when: str
    title: Text
    place: str
    link: Link | None = None
    sort: tuple[int, dt.date] = (1, dt.date.min)


@dataclass(slots=True, unsafe_hash=True)
class DocumentRow:
    kind: str
    link: Link
    format: str


@dataclass(slots=True, unsafe_hash=True)
class DataFileView:
    """What a data file holds, for the researcher who reads it: each column or field."""

    link: Link  # its name (plan.json), to the file
    text: str
    fields: tuple[tuple[str, str], ...]  # (column or field, what it holds)


@dataclass(slots=True, unsafe_hash=True)
class DocumentsView:
    rows: tuple[DocumentRow, ...]
    files: tuple[DataFileView, ...]
    levels: tuple[tuple[str, str, str], ...]  # (a level's code, its words, what it means)

    def __iter__(self) -> Iterator[DocumentRow]:
        """Its rows: a documents template written when the view was its rows still works."""
        return iter(self.rows)


@dataclass(slots=True, unsafe_hash=True)
class AccessibilityView:
    owner: str
    contact: Link | None
    statement: Link | None
    known: tuple[str, ...]
    reviewed: str


@dataclass(slots=True, eq=False)  # hashed by identity: its arguments may hold dicts
class Later:
    """A part of the site made only when it is rendered, by the process that renders it.

    The pages of commitments and agencies, and the feeds' entries, are most of
    the site's view; made on demand, they are made by the processes that render
    them (ogp.output.site), side by side, not one after the other before.
    """

    make: Callable[..., Any]
    args: tuple[Any, ...]

    def __call__(self) -> Any:
        return self.make(*self.args)


@dataclass(frozen=True)
class Page:
    """One HTML page: ``path`` is its folder from the site's root (``no/2013-2015/``)."""

    path: str
    template: str  # templates/site/<template>.html.j2
    lang: str
    title: str
    other: str  # the same page in the other language
    crumbs: tuple[Link, ...]  # from the front page down to this page's parent
    _view: Any  # the page's view, or the Later that makes it
    nav: str = ""  # which item of the site's navigation this page belongs to

    @cached_property
    def view(self) -> Any:
        """What the page's template shows (made on first use when it is a Later)."""
        return _made(self._view)

    @property
    def root(self) -> str:
        """The relative way from this page back to the site's root: '../../'."""
        return "../" * self.path.count("/")


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    updated: dt.date
    link: str  # path from the root
    summary: str


@dataclass(frozen=True)
class Feed:
    lang: str
    path: str  # from the root: no/2013-2015/feed.xml
    title: str
    id: str
    updated: dt.date | None
    home: str  # the front page, from the root
    _entries: Later | tuple[FeedEntry, ...]  # newest first, at most FEED_ENTRIES
    history: str = ""  # status.csv (every status report), from the root
    # who publishes it: the plan's contact point (its e-mail), else the plan's country
    author: str = ""
    author_email: str | None = None

    @cached_property
    def entries(self) -> tuple[FeedEntry, ...]:
        made: tuple[FeedEntry, ...] = _made(self._entries)
        return made


@dataclass(slots=True, unsafe_hash=True)
class MeetingFiles:
    """What ogp.output.site renders for a meeting with the agenda and calendar documents."""

    meeting: Meeting
    agenda_html: dict[str, str]  # lang -> path from the root
    ics: str | None
    # lang -> path from the root of the public minutes (no names), once the data has them
    minutes_html: dict[str, str] | None = None


@dataclass(frozen=True)
class Site:
    data: Dataset  # for the letter, agenda and calendar documents (ogp.output.site)
    plan: str  # the plan's segment
    base_url: str | None
    pages: list[Page]
    feeds: list[Feed]
    letters: list[LetterRef]
    meetings: list[MeetingFiles]
    # the data files: made by the process that writes them (each a Later, or made)
    _plan_json: Later | dict[str, Any]
    _csv_commitments: Later | list[list[str]]
    _csv_status: Later | list[list[str]]
    status_html: dict[str, str]  # lang -> path of the status overview document
    addresses_html: dict[str, str]  # letter id -> path of its address list
    data_files: dict[str, str] = field(default_factory=dict)  # name -> path from the root
    titles: dict[str, Text] = field(default_factory=dict)  # lang -> the plan's title
    footers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> footer lines
    stylesheet: str = "assets/site.css"
    favicon: str = "assets/favicon.svg"
    generated: dt.date = dt.date.min

    @cached_property
    def plan_json(self) -> dict[str, Any]:
        """The whole plan for plan.json (see :func:`plan_json`)."""
        made: dict[str, Any] = _made(self._plan_json)
        return made

    @cached_property
    def csv_commitments(self) -> list[list[str]]:
        """commitments.csv: a header row, then a row per commitment."""
        made: list[list[str]] = _made(self._csv_commitments)
        return made

    @cached_property
    def csv_status(self) -> list[list[str]]:
        """status.csv: a header row, then a row per status report."""
        made: list[list[str]] = _made(self._csv_status)
        return made


def _made(part: Any) -> Any:
    """What a :class:`Later` makes, or ``part`` itself."""
    return part() if isinstance(part, Later) else part


class _Site:
    """What building one site needs at hand: the data, the dates, where things are."""

    def __init__(
        self,
        data: Dataset,
        today: dt.date,
        last_changed: dt.date | None,
        base_url: str | None = None,
    ) -> None:
        self.data = data
        self.base_url = base_url  # ending in "/", or None: links relative to the site's root
        self.today = today
        self.last_changed = last_changed
        self.plan = plan_slug(data)
        self.order = data.commitments_in_plan_order()
        self._rows: dict[tuple[str, str], CommitmentRow] = {}
        self._links: dict[tuple[str, str, str], Link | None] = {}  # (kind, id, lang): shared

    # where things are ---------------------------------------------------------------
    def home(self, lang: str) -> str:
        return f"{LANG_SEGMENT[lang]}/{self.plan}/"

    def at(self, lang: str, *parts: str) -> str:
        return self.home(lang) + "".join(f"{p}/" for p in parts)

    def commitment_path(self, lang: str, cid: str) -> str:
        return self.at(lang, "commitments", slug(cid))

    def agency_path(self, lang: str, aid: str) -> str:
        return self.at(lang, "agencies", slug(aid))

    def meeting_path(self, lang: str, mid: str) -> str:
        return self.at(lang, "meetings", slug(mid))

    def page_url(self, lang: str, cid: str) -> str:
        """A commitment's page as the data files give it: from the site's root, absolute
        with --base-url."""
        path = self.commitment_path(lang, cid)
        return self.base_url + path if self.base_url else path

    def files(self, *parts: str) -> str:
        """Language-neutral files of the plan (letters, calendars, data): files/2013-2015/..."""
        return f"files/{self.plan}/" + "/".join(parts)

    def letter_files(self, lid: str) -> tuple[str, str]:
        base = self.files("letters", slug(lid))
        return f"{base}/letter.html", f"{base}/letter.pdf"

    # texts --------------------------------------------------------------------------
    def text(self, nb: str | None, en: str | None, lang: str) -> Text | None:
        text, written = in_language(nb, en, lang)
        return Text(text, written, only_nb=lang == "en" and written == "nb") if text else None

    def plan_title(self, lang: str) -> Text:
        plan = self.data.plan
        if plan is None:
            return Text(site_word(lang, "plan"), lang)
        return self.text(plan.title, plan.title_en, lang) or Text(plan.title, "nb")

    def commitment_title(self, c: Commitment, lang: str) -> Text | None:
        return self.text(c.title, c.title_en, lang)

    def heading_title(self, c: Commitment, lang: str) -> Text | None:
        """The title that follows the commitment's label where it is named in full (its
        page's heading and title, a feed's entry): none where it only repeats the label
        ('Kommunereformen Kommunereformen')."""
        title = self.commitment_title(c, lang)
        if title and title.text.casefold() == commitment_label(c, lang).casefold():
            return None
        return title

    def commitment_link(self, c: Commitment, lang: str) -> Link:
        return Link(commitment_label(c, lang), self.commitment_path(lang, c.id))

    def agency_link(self, aid: str, lang: str) -> Link:
        key = ("agency", aid, lang)
        link = self._links.get(key)
        if link is None:
            name = agency_name(self.data, aid, annex=False)
            link = self._links[key] = Link(name, self.agency_path(lang, aid))
        return link

    def meeting_name(self, m: Meeting, lang: str) -> str:
        if m.title:
            return m.title
        if m.number is not None:
            return site_word(lang, "meeting_no", number=m.number)
        return m.id

    def meeting_link(self, mid: str | None, lang: str) -> Link | None:
        if not mid:
            return None
        key = ("meeting", mid, lang)
        if key not in self._links:
            m = self.data.meeting_by_id.get(mid)
            self._links[key] = (
                None
                if m is None
                else Link(self.meeting_name(m, lang), self.meeting_path(lang, m.id))
            )
        return self._links[key]

    def row(self, c: Commitment, lang: str) -> CommitmentRow:
        """The commitment's row in the tables (made once per language, shown on many pages)."""
        key = (c.id, lang)
        if key not in self._rows:
            self._rows[key] = self._row(c, lang)
        return self._rows[key]

    def _row(self, c: Commitment, lang: str) -> CommitmentRow:
        latest = c.latest_status()
        return CommitmentRow(
            id=c.id,
            label=commitment_label(c, lang),
            link=self.commitment_link(c, lang),
            title=self.commitment_title(c, lang),
            owners=owners_phrase(self.data, c, lang),
            level=c.level,
            level_text=level_text(c.level, lang),
            date=dates.table_date(latest.date, lang) if latest else "",
        )

    def bars(self, commitments: list[Commitment], lang: str) -> tuple[Bar, ...]:
        counts = Counter(c.level for c in commitments)
        most = max(counts.values(), default=0) or 1
        wholes = percents([counts.get(x, 0) for x in LEVEL_ORDER])
        shares = dict(zip(LEVEL_ORDER, wholes, strict=True))
        return tuple(
            Bar(
                level=level,
                label=level_text(level, lang),
                count=counts.get(level, 0),
                share=f"{shares[level]} %",
                width=counts.get(level, 0) / most,
                css=level.value,
            )
            for level in LEVEL_ORDER
            if counts.get(level, 0) or level is not Level.NO_EVIDENCE
        )


def percents(counts: list[int]) -> list[int]:
    """Whole percentages of ``counts`` that add up to 100 (largest remainder): 1, 2, 1, 0
    and 22 of 26 are 4, 8, 4, 0 and 84 %, not the 4, 8, 4, 0 and 85 % that rounding each
    gives (101 % in all)."""
    total = sum(counts)
    if total == 0:
        return [0] * len(counts)
    exact = [100 * n / total for n in counts]
    whole = [int(x) for x in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: (whole[i] - exact[i], i))
    for i in by_remainder[: 100 - sum(whole)]:
        whole[i] += 1
    return whole


def build(
    data: Dataset,
    *,
    today: dt.date,
    last_changed: dt.date | None = None,
    base_url: str | None = None,
    pdf: bool = True,
) -> Site:
    """The whole site for ``data`` as of ``today`` (what is overdue and next depends on it).

    The collector is paused meanwhile (the view is a large tree without cycles,
    as the data is; see :func:`ogp.data.yamlload.gc_paused`).
    """
    with gc_paused():
        return _build(data, today=today, last_changed=last_changed, base_url=base_url, pdf=pdf)


def _build(
    data: Dataset,
    *,
    today: dt.date,
    last_changed: dt.date | None,
    base_url: str | None,
    pdf: bool,
) -> Site:
    base_url = base_url.rstrip("/") + "/" if base_url else None
    s = _Site(data, today, last_changed, base_url)
    pages: list[Page] = []
    letters = [_letter_ref(s, x, pdf) for x in sorted(data.letters, key=lambda x: (x.date, x.id))]
    letter_refs = {x.id: x for x in letters}
    meeting_files = [
        MeetingFiles(
            meeting=m,
            agenda_html={
                lang: s.files("meetings", slug(m.id), f"agenda.{lang}.html") for lang in LANGUAGES
            },
            ics=s.files("meetings", slug(m.id), "meeting.ics") if _has_organizer(m) else None,
            minutes_html={
                lang: s.files("meetings", slug(m.id), f"minutes.{lang}.html") for lang in LANGUAGES
            }
            if m.minutes is not None
            else None,
        )
        for m in data.meetings
    ]
    updated = _meetings_updated(s)
    status_html = {lang: s.files(f"status.{lang}.html") for lang in LANGUAGES}
    addresses_html = {x.id: s.files("letters", slug(x.id), "addresses.html") for x in letters}
    data_files = {
        "json": s.files("plan.json"),
        "commitments": s.files("commitments.csv"),
        "status": s.files("status.csv"),
    }
    for lang in LANGUAGES:
        other = "en" if lang == "nb" else "nb"
        home = Link(site_word(lang, "home"), s.home(lang))

        def page(
            path: str,
            template: str,
            title: str,
            view: Any,
            crumbs: tuple[Link, ...] = (home,),
            nav: str = "",
            *,
            lang: str = lang,
            other: str = other,
        ) -> Page:
            return Page(
                path=path,
                template=template,
                lang=lang,
                title=title,
                other=LANG_SEGMENT[other] + path[len(LANG_SEGMENT[lang]) :],
                crumbs=crumbs,
                _view=view,
                nav=nav,
            )

        sections = tuple(
            Link(site_word(lang, key), s.at(lang, key))
            for key in ("commitments", "agencies", "meetings", "timeline", "documents")
        )
        front = _front(s, lang, sections)
        pages.append(page(s.home(lang), "front", front.title.text, front, crumbs=(), nav="home"))
        pages.append(
            page(
                s.at(lang, "commitments"),
                "commitments",
                site_word(lang, "commitments"),
                Later(_commitment_rows, (s, lang)),
                nav="commitments",
            )
        )
        up = (home, Link(site_word(lang, "commitments"), s.at(lang, "commitments")))
        for c in s.order:
            label = commitment_label(c, lang)
            text = s.heading_title(c, lang)
            pages.append(
                page(
                    s.commitment_path(lang, c.id),
                    "commitment",
                    f"{label} {text.text}" if text else label,
                    Later(_commitment, (s, c, lang)),
                    up,
                    "commitments",
                )
            )
        up = (home, Link(site_word(lang, "agencies"), s.at(lang, "agencies")))
        for a in data.agencies:
            title = f"{a.name} ({a.short})" if a.short and a.short != a.name else a.name
            pages.append(
                page(
                    s.agency_path(lang, a.id),
                    "agency",
                    title,
                    Later(_agency, (s, a, lang)),
                    up,
                    "agencies",
                )
            )
        pages.append(
            page(
                s.at(lang, "agencies"),
                "agencies",
                site_word(lang, "agencies"),
                Later(_agency_rows, (s, lang)),
                nav="agencies",
            )
        )
        meeting_rows = []
        up = (home, Link(site_word(lang, "meetings"), s.at(lang, "meetings")))
        for mf in sorted(meeting_files, key=lambda f: (f.meeting.date, f.meeting.start)):
            m = mf.meeting
            name = s.meeting_name(m, lang)
            path = s.meeting_path(lang, m.id)
            meeting_rows.append(
                MeetingRow(Link(name, path), _when(s, m, lang), venue_phrase(m), m.date < s.today)
            )
            # a meeting's page names every agency invited: made where it is rendered
            view_m = Later(_meeting, (s, mf, letter_refs, lang))
            pages.append(page(path, "meeting", name, view_m, up, "meetings"))
        pages.append(
            page(
                s.at(lang, "meetings"),
                "meetings",
                site_word(lang, "meetings"),
                tuple(meeting_rows),
                nav="meetings",
            )
        )
        pages.append(
            page(
                s.at(lang, "timeline"),
                "timeline",
                site_word(lang, "timeline"),
                _timeline(s, lang),
                nav="timeline",
            )
        )
        pages.append(
            page(
                s.at(lang, "documents"),
                "documents",
                site_word(lang, "documents"),
                _documents(
                    s, lang, letters, meeting_files, status_html, addresses_html, data_files
                ),
                nav="documents",
            )
        )
        pages.append(
            page(
                s.at(lang, "accessibility"),
                "accessibility",
                site_word(lang, "a11y_title"),
                _accessibility(s, lang),
                nav="accessibility",
            )
        )
    return Site(
        data=data,
        plan=s.plan,
        base_url=base_url,
        pages=pages,
        feeds=[_feed(s, lang, updated, data_files["status"]) for lang in LANGUAGES],
        letters=letters,
        meetings=meeting_files,
        _plan_json=Later(plan_json, (data, s)),
        _csv_commitments=Later(_csv_commitments, (s,)),
        _csv_status=Later(_csv_status, (s,)),
        status_html=status_html,
        addresses_html=addresses_html,
        data_files=data_files,
        titles={lang: s.plan_title(lang) for lang in LANGUAGES},
        footers={lang: _footer(s, lang) for lang in LANGUAGES},
        generated=today,
    )


def _footer(s: _Site, lang: str) -> tuple[str, ...]:
    changed = (
        site_word(lang, "last_changed", date=dates.prose_date(s.last_changed, lang))
        if s.last_changed
        else site_word(lang, "last_changed_unknown")
    )
    return changed, site_word(lang, "built", date=dates.prose_date(s.today, lang))


def _has_organizer(m: Meeting) -> bool:
    """Whether the calendar document can make the meeting's .ics (it needs an organizer)."""
    contact = m.registration.contact if m.registration else None
    return any(p is not None and p.email for p in (contact, m.chair))


def _letter_ref(s: _Site, letter: Any, with_pdf: bool) -> LetterRef:
    html, pdf = s.letter_files(letter.id)
    ref = letter.our_ref or letter.id
    return LetterRef(
        id=letter.id,
        html=html,
        pdf=pdf if with_pdf else None,
        title=letter.title,
        text=site_word(
            "nb", "letter_of", ref=ref, date=dates.table_date(letter.date), title=letter.title
        ),
        date=letter.date,
    )


def _front(s: _Site, lang: str, sections: tuple[Link, ...]) -> FrontView:
    plan = s.data.plan
    contact_agency = (
        s.data.agency_by_id.get(plan.contact_point) if plan and plan.contact_point else None
    )
    bars = s.bars(s.order, lang)
    total = len(s.order)
    summary = "; ".join(
        f"{b.label}: {site_word(lang, 'count_of', n=b.count, total=total)}" for b in bars
    )
    period = ""
    if plan is not None and plan.start and plan.end:
        period = f"{dates.prose_date(plan.start, lang)} – {dates.prose_date(plan.end, lang)}"
    return FrontView(
        title=s.plan_title(lang),
        number=site_word(lang, "plan_number", number=plan.number) if plan and plan.number else "",
        period=period,
        country=_country(plan.country, lang) if plan and plan.country else None,
        contact=s.agency_link(contact_agency.id, lang) if contact_agency else None,
        contact_email=_mailto(contact_agency.email) if contact_agency else None,
        total=total,
        bars=bars,
        chart_summary=site_word(lang, "chart_desc", summary=summary),
        overdue=tuple(_overdue(s, lang)),
        next=tuple(_next(s, lang)),
        today=dates.prose_date(s.today, lang),
        last_changed=site_word(lang, "last_changed", date=dates.prose_date(s.last_changed, lang))
        if s.last_changed
        else site_word(lang, "last_changed_unknown"),
        sections=sections,
    )


def _mailto(email: str | None) -> Link | None:
    href = safe_url(f"mailto:{email}") if email else None
    return Link(email or "", href, internal=False) if href else None


def _status_round_meetings(s: _Site) -> list[Meeting]:
    return [m for m in s.data.meetings if any(i.status_round for i in m.agenda)]


def _overdue(s: _Site, lang: str) -> list[Dated]:
    """Milestones past their due date and not reported complete, oldest first; then the
    status reports that were due at the latest past meeting with a status round, and missing.

    A commitment has reported for that meeting when one of its status reports
    names the meeting or is dated on or after it.
    """
    late = [
        (m.due, c, m)
        for c in s.order
        for m in c.milestones
        if m.due is not None and m.overdue(s.today, milestone_done(c, m))
    ]
    items = [
        Dated(
            due,
            dates.prose_date(due, lang),
            "",
            s.commitment_link(c, lang),
            quote=_nb(m.text, lang),
        )
        for due, c, m in sorted(late, key=lambda x: x[0])
    ]
    return items + _status_overdue(s, lang)


def _status_overdue(s: _Site, lang: str) -> list[Dated]:
    past = [m for m in _status_round_meetings(s) if m.date < s.today]
    if not past:
        return []
    last = max(past, key=lambda m: (m.date, m.start))
    missing = [
        c for c in s.order if not any(r.meeting == last.id or r.date >= last.date for r in c.status)
    ]
    if not missing:
        return []
    name = s.meeting_name(last, lang)
    key = "status_missing_one" if len(missing) == 1 else "status_missing"
    text = site_word(lang, key, n=len(missing))
    return [
        Dated(
            date=last.date,
            when=dates.prose_date(last.date, lang),
            text=text,
            link=Link(name, s.meeting_path(lang, last.id)),
            items=tuple(s.commitment_link(c, lang) for c in missing),
        )
    ]


def _next(s: _Site, lang: str) -> list[Dated]:
    """Meetings, registration deadlines and dated timeline events from today on, by date."""
    items: list[Dated] = []
    for m in s.data.meetings:
        name = s.meeting_name(m, lang)
        path = s.meeting_path(lang, m.id)
        if m.date >= s.today:
            event = Link(site_word(lang, "meeting_event", title=name), path)
            items.append(Dated(m.date, dates.prose_date(m.date, lang), "", event))
        deadline = m.registration_deadline()
        if deadline is not None and deadline >= s.today:
            event = Link(site_word(lang, "deadline_event", title=name), path)
            items.append(Dated(deadline, dates.prose_date(deadline, lang), "", event))
    for c in s.order:
        for ms in c.milestones:
            if ms.due is not None and ms.due >= s.today and not milestone_done(c, ms):
                items.append(
                    Dated(
                        ms.due,
                        dates.prose_date(ms.due, lang),
                        "",
                        s.commitment_link(c, lang),
                        quote=_nb(ms.text, lang),
                    )
                )
    plan = s.data.plan
    for e in plan.timeline if plan else []:
        last = e.end or e.date
        if e.date is not None and last is not None and last >= s.today:
            items.append(
                Dated(
                    e.date,
                    dates.prose_date(e.date, lang),
                    "",
                    Link(site_word(lang, "timeline"), s.at(lang, "timeline")),
                    quote=_nb(e.title, lang),
                )
            )
    return sorted(items, key=lambda d: d.date)


def _role(role: Role | None, lang: str) -> str:
    if role is Role.LEAD:
        return site_word(lang, "role_lead")
    if role is Role.IMPLEMENTING:
        return site_word(lang, "role_implementing")
    return site_word(lang, "role_owner")


def _nb(text: str | None, lang: str) -> Text | None:
    """A text the data holds in Norwegian only."""
    return Text(text, "nb", only_nb=lang == "en") if text else None


def _evidence(items: list[Evidence]) -> tuple[Link, ...]:
    """The evidence as links, their titles in the data's Norwegian (a title that is the web
    address itself is in no language)."""
    return tuple(
        Link(e.title, url, internal=False, text_lang=None if is_address(e.title) else "nb")
        for e in items
        if (url := safe_url(e.url)) is not None
    )


def _person(p: Person, lang: str) -> Text:
    """'seniorrådgiver Kari Nordmann': with a job title, in the data's Norwegian."""
    return Text(person_phrase(p), "nb" if p.title else lang)


def milestone_done(c: Commitment, milestone: Milestone) -> bool:
    """Reported complete: the commitment is, or the milestone's newest report says so."""
    return c.milestone_done(milestone.id)


def _ogp_page(c: Commitment) -> str | None:
    """OGP's page of the commitment, as the IRM findings in the data link to it."""
    if not c.ogp_id or c.irm is None:
        return None
    for _, finding in c.irm.findings():
        url = safe_url(finding.url)
        if url and f"/commitments/{c.ogp_id.lower()}" in url.lower():
            return url
    return None


def _finding_value(aspect: str, value: object, lang: str) -> Text:
    """A finding's value: in ogp's words where it has them, else in the IRM's (English)."""
    text = irm_value(aspect, value, lang)
    return Text(text, lang if text != str(value) or lang == "en" else "en")


def _finding_source(s: _Site, f: IrmFinding) -> Link | None:
    """The IRM report or OGP page a finding is published in (one Link for the findings
    of a commitment that share it, so that its markup is made once; see ogp.output.site)."""
    key = ("source", f.url or "", f.report or "")
    if key not in s._links:
        url = safe_url(f.url)
        # the IRM names its reports in English
        words = "en" if f.report and not is_address(f.report) else None
        s._links[key] = Link(f.report or url, url, internal=False, text_lang=words) if url else None
    return s._links[key]


def _commitment(s: _Site, c: Commitment, lang: str) -> CommitmentView:
    reporter = c.effective_reporter()
    reports = sorted(c.status, key=lambda r: r.date, reverse=True)
    days = [dates.prose_date(r.date, lang) for r in reports]
    links = [_evidence(r.evidence) for r in reports]  # for the history and the evidence list
    history = tuple(
        HistoryRow(
            date=day,
            level=r.level,
            level_text=level_text(r.level, lang),
            note=_nb(r.note, lang),
            reported_at=s.meeting_link(r.meeting, lang),
            source=Text(r.source, "nb") if r.source else None,
            evidence=evidence,
            challenges=_nb(r.challenges, lang),
            next_steps=_nb(r.next_steps, lang),
            milestone=r.milestone or "",
            reported_by=agency_name(s.data, r.reported_by, annex=False) if r.reported_by else "",
        )
        for r, day, evidence in zip(reports, days, links, strict=True)
    )
    milestones = tuple(
        MilestoneView(
            id=m.id,
            text=Text(m.text, "nb", only_nb=lang == "en"),
            start=dates.prose_date(m.start, lang) if m.start else "",
            due=dates.prose_date(m.due, lang) if m.due else "",
            overdue=m.overdue(s.today, milestone_done(c, m)),
            done=milestone_done(c, m),
        )
        for m in c.milestones
    )
    irm = tuple(
        FindingView(
            label=site_word(lang, f"irm_{name}"),
            value=_finding_value(name, f.value, lang),
            source=_finding_source(s, f),
            note=f.note or "",
        )
        for name, f in (c.irm.findings() if c.irm else [])
    )
    contact = None
    if c.contact is not None:
        p = c.contact
        contact = ContactView(
            name=_person(p, lang),
            agency=s.agency_link(p.agency, lang) if p.agency else None,
            email=_mailto(p.email),
            phone=p.phone or "",
        )
    ogp_page = _ogp_page(c)
    title = s.heading_title(c, lang)
    return CommitmentView(
        ogp_id=c.ogp_id or "",
        ogp_page=Link(site_word(lang, "ogp_page"), ogp_page, internal=False) if ogp_page else None,
        description=s.text(c.description, c.description_en, lang),
        contact=contact,
        milestones=milestones,
        irm=irm,
        evidence=tuple((day, link) for day, ls in zip(days, links, strict=True) for link in ls),
        id=c.id,
        label=commitment_label(c, lang),
        title=title,
        title_nb=Text(c.title, "nb") if lang == "en" and c.title and c.title_en else None,
        irm_no=str(c.irm_no) if c.irm_no is not None else "",
        parts=join_words(list(c.parts), lang),
        owners=tuple(
            OwnerView(s.agency_link(o.agency, lang), _role(o.role, lang)) for o in c.owners
        ),
        owners_phrase=owners_phrase(s.data, c, lang),
        collaborators=tuple(s.agency_link(a, lang) for a in c.collaborators),
        reporter=s.agency_link(reporter, lang) if reporter else None,
        reporter_agreed=reporter is not None,
        level=c.level,
        level_text=level_text(c.level, lang),
        history=history,
    )


def _commitment_rows(s: _Site, lang: str) -> tuple[CommitmentRow, ...]:
    """The list of every commitment, in the plan's order."""
    return tuple(s.row(c, lang) for c in s.order)


def _agency_rows(s: _Site, lang: str) -> tuple[AgencyRow, ...]:
    """The list of every agency, with how many commitments it owns and partners in."""
    rows = []
    for a in s.data.agencies:
        owned, partnered = _agency_commitments(s, a)
        rows.append(AgencyRow(s.agency_link(a.id, lang), a.name, len(owned), len(partnered)))
    return tuple(rows)


def _agency_commitments(s: _Site, a: Agency) -> tuple[list[Commitment], list[Commitment]]:
    """The commitments the agency owns, and those it only works on with others."""
    owned, partners = s.data.commitments_of(a.id)
    return owned, [c for c in partners if a.id not in c.owner_ids]


def _agency(s: _Site, a: Agency, lang: str) -> AgencyView:
    owned, partnered = _agency_commitments(s, a)
    address = tuple(address_lines(a.address))
    return AgencyView(
        name=a.name,
        short=a.short or "",
        civil_society=a.civil_society,
        address=address,
        email=_mailto(a.email),
        owned=tuple(s.row(c, lang) for c in owned),
        partnered=tuple(s.row(c, lang) for c in partnered),
        counts=s.bars(owned, lang) if owned else (),
    )


def _meeting(
    s: _Site, mf: MeetingFiles, letter_refs: dict[str, LetterRef], lang: str
) -> MeetingView:
    m = mf.meeting
    registration: list[Text] = []
    reg = m.registration
    if reg is not None:
        deadline = m.registration_deadline()
        who = _person(reg.contact, lang)
        contact = ", ".join(x for x in (who.text, reg.contact.email, reg.contact.phone) if x)
        registration.append(Text(contact, who.lang))
        if deadline is not None:
            registration.append(
                Text(word(lang, "deadline_plain", date=dates.prose_date(deadline, lang)), lang)
            )
    return MeetingView(
        id=m.id,
        name=s.meeting_name(m, lang),
        when=_when(s, m, lang),
        venue=venue_phrase(m),
        chair=Text(
            person_phrase(m.chair)
            + (f" ({agency_name(s.data, m.chair.agency, annex=False)})" if m.chair.agency else ""),
            "nb",
        )
        if m.chair
        else None,
        registration=tuple(registration),
        invited=tuple(s.agency_link(a, lang) for a in m.invited),
        letters=_inviting(s, m, letter_refs, lang),
        agenda_html=mf.agenda_html[lang],
        ics=mf.ics,
        minutes=Link(site_word(lang, "minutes"), mf.minutes_html[lang])
        if mf.minutes_html
        else None,
        past=m.date < s.today,
    )


def _inviting(s: _Site, m: Meeting, refs: dict[str, LetterRef], lang: str) -> tuple[LetterRef, ...]:
    """The letters that invite to ``m``, in the site's order (date, id): from the dataset's
    index, not a scan of every letter per meeting."""
    inviting = sorted(s.data.letters_inviting(m.id), key=lambda x: (x.date, x.id))
    return tuple(
        replace(
            refs[x.id],
            label=site_word(
                lang, "letter_label", ref=x.our_ref or x.id, date=dates.table_date(x.date, lang)
            ),
        )
        for x in inviting
    )


def _when(s: _Site, m: Meeting, lang: str) -> str:
    """'17. mars 2014, 12.30 – 15.00'."""
    return word(
        lang,
        "when",
        date=dates.prose_date(m.date, lang),
        time=dates.clock_range(m.start, m.end, lang),
    )


def _timeline(s: _Site, lang: str) -> tuple[TimelineRow, ...]:
    rows: list[TimelineRow] = []
    plan = s.data.plan
    for e in plan.timeline if plan else []:
        if e.date is not None:
            when = dates.prose_date(e.date, lang)
            if e.end is not None and e.end != e.date:
                when += f" – {dates.prose_date(e.end, lang)}"
            sort = (0, e.date)
        else:
            when = e.approx or ""
            sort = (1, dt.date.max)
        rows.append(
            TimelineRow(when, Text(e.title, "nb", only_nb=lang == "en"), e.place or "", None, sort)
        )
    for m in s.data.meetings:
        name = s.meeting_name(m, lang)
        rows.append(
            TimelineRow(
                dates.prose_date(m.date, lang),
                Text(name, lang),
                venue_phrase(m),
                Link(name, s.meeting_path(lang, m.id)),
                (0, m.date),
            )
        )
    for x in s.data.letters:
        html, _ = s.letter_files(x.id)
        rows.append(
            TimelineRow(
                dates.prose_date(x.date, lang),
                Text(x.title, "nb", only_nb=lang == "en"),
                "",
                Link(x.title, html, lang="nb" if lang == "en" else None),
                (0, x.date),
            )
        )
    # dated events first, in date order; then those known only roughly, as written
    return tuple(sorted(rows, key=lambda r: r.sort))


def _documents(
    s: _Site,
    lang: str,
    letters: list[LetterRef],
    meetings: list[MeetingFiles],
    status_html: dict[str, str],
    addresses_html: dict[str, str],
    data_files: dict[str, str],
) -> DocumentsView:
    in_nb = site_word(lang, "in_norwegian") if lang == "en" else ""
    nb_lang = "nb" if lang == "en" else None
    rows: list[DocumentRow] = []
    for x in letters:
        rows.append(
            DocumentRow(
                site_word(lang, "letters"), Link(x.text, x.html, lang=nb_lang, note=in_nb), "HTML"
            )
        )
        if x.pdf:
            rows.append(
                DocumentRow(
                    site_word(lang, "letters"), Link(x.text, x.pdf, lang=nb_lang, note=in_nb), "PDF"
                )
            )
        rows.append(
            DocumentRow(
                site_word(lang, "letters"),
                Link(
                    site_word(lang, "doc_addresses", title=x.title),
                    addresses_html[x.id],
                    lang=nb_lang,
                    note=in_nb,
                ),
                "HTML",
            )
        )
    for mf in sorted(meetings, key=lambda f: (f.meeting.date, f.meeting.start)):
        name = s.meeting_name(mf.meeting, lang)
        # (what it is, path, format) of each of the meeting's documents, all of the kind "meetings"
        made = [
            ("agenda", mf.agenda_html[lang], "HTML"),
            ("minutes", mf.minutes_html[lang] if mf.minutes_html else None, "HTML"),
            ("ics", mf.ics, "iCalendar"),
        ]
        kind = site_word(lang, "meetings")
        rows += [
            DocumentRow(kind, Link(f"{site_word(lang, what)}: {name}", path), fmt)
            for what, path, fmt in made
            if path
        ]
    rows.append(
        DocumentRow(
            site_word(lang, "status"),
            Link(site_word(lang, "doc_status"), status_html[lang]),
            "HTML",
        )
    )
    rows.append(
        DocumentRow(
            site_word(lang, "data"),
            Link(site_word(lang, "doc_plan_json"), data_files["json"]),
            "JSON",
        )
    )
    rows.append(
        DocumentRow(
            site_word(lang, "data"),
            Link(site_word(lang, "doc_commitments_csv"), data_files["commitments"]),
            "CSV",
        )
    )
    rows.append(
        DocumentRow(
            site_word(lang, "data"),
            Link(site_word(lang, "doc_status_csv"), data_files["status"]),
            "CSV",
        )
    )
    rows.append(
        DocumentRow(
            site_word(lang, "data"),
            Link(site_word(lang, "doc_feed"), s.home(lang) + "feed.xml"),
            "Atom",
        )
    )
    return DocumentsView(tuple(rows), data_file_views(lang, data_files), level_words(lang))


def data_file_views(lang: str, data_files: dict[str, str]) -> tuple[DataFileView, ...]:
    """Each data file and what each of its columns or fields holds (:data:`DATA_FIELDS`),
    in ``lang``: for the documents page and docs/data.md."""
    return tuple(
        DataFileView(
            Link(data_files[key].rpartition("/")[2], data_files[key]),
            site_word(lang, f"file_{key}"),
            tuple(
                (name, site_word(lang, f"field_{key}_{name}", format=PLAN_FORMAT)) for name in names
            ),
        )
        for key, names in DATA_FIELDS.items()
    )


def level_words(lang: str) -> tuple[tuple[str, str, str], ...]:
    """Each level's code in the data files, its words in ``lang`` and what it means."""
    return tuple(
        (level.value, level_text(level, lang), site_word(lang, f"level_word_{level.value}"))
        for level in Level
    )


def level_text(level: Level, lang: str) -> str:
    """A level's words on the site: "not reported" where no status is."""
    if level is Level.NOT_REPORTED:
        return site_word(lang, "not_reported")
    return level_label(lang, level)


def _country(name: str, lang: str) -> Text:
    """The plan's country in the page's language ("Norway"), else the data's Norwegian."""
    known = country_in(name, lang)
    return Text(known, lang) if known else Text(name, "nb")


def _accessibility(s: _Site, lang: str) -> AccessibilityView:
    plan = s.data.plan
    owner = s.data.agency_by_id.get(plan.contact_point) if plan and plan.contact_point else None
    access = plan.accessibility if plan else None
    email = (access.email if access and access.email else None) or (owner.email if owner else None)
    statement = safe_url(access.statement_url) if access else None
    return AccessibilityView(
        owner=owner.name if owner else (plan.country if plan else ""),
        contact=_mailto(email),
        statement=Link(statement, statement, internal=False) if statement else None,
        known=tuple(access.known_issues) if access else (),
        reviewed=site_word(
            lang, "a11y_reviewed", date=dates.prose_date(s.last_changed or s.today, lang)
        ),
    )


def _feed_id(s: _Site, *parts: str) -> str:
    plan = s.data.plan
    scope = f"{plan.country}/{plan.number or ''}" if plan else ""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'ogp-site:' + '/'.join((scope, *parts)))}"


def _feed(s: _Site, lang: str, updated: dict[str, dt.date], history: str) -> Feed:
    """The feed of the site in ``lang``; its entries are made when the feed is written."""
    newest = max(
        (
            *(r.date for c in s.order for r in c.status),
            *(updated[m.id] for m in s.data.meetings),
        ),
        default=None,
    )
    plan = s.data.plan
    contact = s.data.agency_by_id.get(plan.contact_point) if plan and plan.contact_point else None
    title = s.plan_title(lang).text
    return Feed(
        lang=lang,
        path=s.home(lang) + "feed.xml",
        title=site_word(lang, "feed_title", plan=title),
        id=_feed_id(s, "feed", lang),
        updated=newest,
        home=s.home(lang),
        _entries=Later(_feed_entries, (s, lang, updated)),
        history=history,
        author=contact.name if contact else (plan.country if plan and plan.country else title),
        author_email=contact.email if contact and _mailto(contact.email) else None,
    )


def _meetings_updated(s: _Site) -> dict[str, dt.date]:
    """When each meeting was last announced: its latest letter, else its own date."""
    return {
        m.id: max((x.date for x in s.data.letters_inviting(m.id)), default=m.date)
        for m in s.data.meetings
    }


def _feed_entries(s: _Site, lang: str, updated: dict[str, dt.date]) -> tuple[FeedEntry, ...]:
    """The newest :data:`FEED_ENTRIES` status changes (dated status reports) and
    meetings, newest first by date, then status changes in the plan's order (4.9 before
    4.10) and meetings in the data's (then a report's place in the data): the same order
    in every language. Which they are is chosen before any is phrased; every status
    report is in status.csv and plan.json."""
    # (date, kind, index of the commitment in the plan's order or of the meeting, index
    # of the report)
    candidates = [
        (r.date, 0, ci, i) for ci, c in enumerate(s.order) for i, r in enumerate(c.status)
    ]
    candidates += [(updated[m.id], 1, mi, 0) for mi, m in enumerate(s.data.meetings)]
    if len(candidates) > FEED_ENTRIES:  # those on the last date that fits, and newer
        last = heapq.nlargest(FEED_ENTRIES, (x[0] for x in candidates))[-1]
        candidates = [x for x in candidates if x[0] >= last]
    candidates.sort(key=lambda x: (-x[0].toordinal(), x[1], x[2], x[3]))
    entries: list[FeedEntry] = []
    for _, kind, at, i in candidates[:FEED_ENTRIES]:
        if kind == 0:
            c = s.order[at]
            r = c.status[i]
            label = commitment_label(c, lang)
            level = level_text(r.level, lang)
            title = s.heading_title(c, lang)  # in the feed's language where the data has it
            head = (
                site_word(lang, "feed_status", label=label, title=_plain_marked(title, lang))
                if title
                else label
            )
            where = _reported_where(s, r, lang)
            by = agency_name(s.data, r.reported_by, annex=False) if r.reported_by else ""
            summary = " ".join(
                x
                for x in (
                    f"{head}: {level}, {dates.prose_date(r.date, lang)}.",
                    f"{site_word(lang, 'reported_at')}: {where}." if where else "",
                    f"{site_word(lang, 'reported_by')}: {by}." if by else "",
                    _plain_marked(_nb(r.note, lang), lang),
                )
                if x
            )
            entries.append(
                FeedEntry(
                    id=_feed_id(s, "status", c.id, r.date.isoformat(), str(i), lang),
                    title=f"{head}: {level}",
                    updated=r.date,
                    link=s.commitment_path(lang, c.id),
                    summary=summary,
                )
            )
        else:
            m = s.data.meetings[at]
            name = s.meeting_name(m, lang)
            entries.append(
                FeedEntry(
                    id=_feed_id(s, "meeting", m.id, lang),
                    title=f"{name}, {dates.prose_date(m.date, lang)}",
                    updated=updated[m.id],
                    link=s.meeting_path(lang, m.id),
                    summary=f"{_when(s, m, lang)}, {venue_phrase(m)}.",
                )
            )
    return tuple(entries)


def _plain_marked(text: Text | None, lang: str) -> str:
    """A text where there is no markup to carry its language (a feed's title and summary):
    a Norwegian text in an English feed says so in words, as a page marks it."""
    if text is None:
        return ""
    return f"{text.text} {site_word(lang, 'only_nb')}" if text.only_nb else text.text


def _reported_where(s: _Site, r: StatusReport, lang: str) -> str:
    """Where a status report came from, as a commitment's page says it: the meeting it
    was reported at, the report it comes from (a status form taken in, an e-mail), or
    both ("Møte nr. 1; Statusskjema fra KUD til møte 2")."""
    meeting = s.meeting_link(r.meeting, lang)
    return "; ".join(x for x in (meeting.text if meeting else "", r.source or "") if x)


def plan_json(data: Dataset, s: _Site) -> dict[str, Any]:
    """The whole plan as plain data: what the IRM and other tools read (``plan.json``)."""
    plan = data.plan
    order = s.order
    return {
        "format": PLAN_FORMAT,
        "plan": None
        if plan is None
        else {
            "country": plan.country,
            "title": plan.title,
            "title_en": plan.title_en,
            "number": plan.number,
            "start": plan.start.isoformat() if plan.start else None,
            "end": plan.end.isoformat() if plan.end else None,
            "contact_point": plan.contact_point,
        },
        "last_changed": s.last_changed.isoformat() if s.last_changed else None,
        "agencies": [
            {
                "id": a.id,
                "name": a.name,
                "short": a.short,
                "civil_society": a.civil_society,
                "email": a.email,
                "address": None
                if a.address is None
                else {
                    "lines": list(a.address.lines),
                    "postcode": a.address.postcode,
                    "city": a.address.city,
                },
            }
            for a in data.agencies
        ],
        "commitments": [
            {
                "id": c.id,
                "label": c.label,
                "title": c.title,
                "title_en": c.title_en,
                "url": s.page_url("nb", c.id),
                "url_en": s.page_url("en", c.id),
                "irm_no": c.irm_no,
                "parts": list(c.parts),
                "owners": [
                    {"agency": o.agency, "role": o.role.value if o.role else None} for o in c.owners
                ],
                "collaborators": list(c.collaborators),
                "reporter": c.effective_reporter(),
                "ogp_id": c.ogp_id,
                "description": c.description,
                "description_en": c.description_en,
                "contact": None
                if c.contact is None
                else {
                    "name": c.contact.name,
                    "title": c.contact.title,
                    "agency": c.contact.agency,
                    "email": c.contact.email,
                    "phone": c.contact.phone,
                },
                "milestones": [
                    {
                        "id": m.id,
                        "text": m.text,
                        "start": m.start.isoformat() if m.start else None,
                        "due": m.due.isoformat() if m.due else None,
                    }
                    for m in c.milestones
                ],
                "irm": {
                    name: {"value": f.value, "url": f.url, "report": f.report, "note": f.note}
                    for name, f in (c.irm.findings() if c.irm else [])
                },
                "level": c.level.value,
                "status": [
                    {
                        "date": r.date.isoformat(),
                        "level": r.level.value,
                        "note": r.note,
                        "meeting": r.meeting,
                        "source": r.source,
                        "milestone": r.milestone,
                        "reported_by": r.reported_by,
                        "challenges": r.challenges,
                        "next_steps": r.next_steps,
                        "evidence": [{"title": e.title, "url": e.url} for e in r.evidence],
                    }
                    for r in sorted(c.status, key=lambda r: r.date)
                ],
            }
            for c in order
        ],
        "meetings": [
            {
                "id": m.id,
                "number": m.number,
                "title": m.title,
                "date": m.date.isoformat(),
                "start": m.start.strftime("%H:%M"),
                "end": m.end.strftime("%H:%M"),
                "venue": {"name": m.venue.name, "address": m.venue.address, "city": m.venue.city},
                "chair": person_phrase(m.chair) if m.chair else None,
                "registration_deadline": d.isoformat()
                if (d := m.registration_deadline())
                else None,
                "invited": list(m.invited),
                "agenda": [
                    {
                        "title": i.title,
                        "minutes": i.minutes,
                        "status_round": i.status_round is not None,
                    }
                    for i in m.agenda
                ],
            }
            for m in data.meetings
        ],
        "letters": [
            {
                "id": x.id,
                "title": x.title,
                "date": x.date.isoformat(),
                "our_ref": x.our_ref,
                "sender": x.sender,
                "meetings": list(x.meetings),
            }
            for x in data.letters
        ],
        "timeline": [
            {
                "id": e.id,
                "title": e.title,
                "date": e.date.isoformat() if e.date else None,
                "end": e.end.isoformat() if e.end else None,
                "approx": e.approx,
                "place": e.place,
            }
            for e in (plan.timeline if plan else [])
        ],
    }


# The columns of commitments.csv and status.csv in their order, each with how its cell
# is made: the one list that writes the files' headers, and the one the documents page
# and docs/data.md describe, each column by its words "column_<file>_<name>" in
# ogp.text.site_wording (a test checks that every column has them).
_COMMITMENT_CELLS: tuple[tuple[str, Callable[[_Site, Commitment], str]], ...] = (
    ("id", lambda s, c: c.id),
    ("ogp_id", lambda s, c: c.ogp_id or ""),
    ("label", lambda s, c: commitment_label(c)),
    ("irm_no", lambda s, c: str(c.irm_no) if c.irm_no is not None else ""),
    ("title", lambda s, c: c.title or ""),
    ("title_en", lambda s, c: c.title_en or ""),
    ("owners", lambda s, c: " ".join(c.owner_ids)),
    ("collaborators", lambda s, c: " ".join(c.collaborators)),
    ("reporter", lambda s, c: c.effective_reporter() or ""),
    ("level", lambda s, c: c.level.value),
    ("level_date", lambda s, c: latest.date.isoformat() if (latest := c.latest_status()) else ""),
    ("url", lambda s, c: s.page_url("nb", c.id)),
    ("url_en", lambda s, c: s.page_url("en", c.id)),
)
_STATUS_CELLS: tuple[tuple[str, Callable[[Commitment, StatusReport], str]], ...] = (
    ("commitment", lambda c, r: c.id),
    ("date", lambda c, r: r.date.isoformat()),
    ("level", lambda c, r: r.level.value),
    ("note", lambda c, r: r.note or ""),
    ("meeting", lambda c, r: r.meeting or ""),
    ("source", lambda c, r: r.source or ""),
    ("milestone", lambda c, r: r.milestone or ""),
    ("reported_by", lambda c, r: r.reported_by or ""),
    ("challenges", lambda c, r: r.challenges or ""),
    ("next_steps", lambda c, r: r.next_steps or ""),
    ("evidence", lambda c, r: " ".join(e.url for e in r.evidence)),  # an address has no space
    ("evidence_titles", lambda c, r: evidence_titles(r.evidence)),
)
COMMITMENT_COLUMNS = tuple(name for name, _ in _COMMITMENT_CELLS)
STATUS_COLUMNS = tuple(name for name, _ in _STATUS_CELLS)
# plan.json's format and version: a new number when a reader of the old must change
PLAN_FORMAT = "ogp-plan/1"
# plan.json's keys, and a commitment's that commitments.csv has not, or in another shape
# (a test checks that these are all its keys there, besides the CSV's columns)
PLAN_JSON_FIELDS = (
    "format",
    "plan",
    "last_changed",
    "agencies",
    "commitments",
    "commitments[].owners",
    "commitments[].collaborators",
    "commitments[].parts",
    "commitments[].description",
    "commitments[].description_en",
    "commitments[].contact",
    "commitments[].milestones",
    "commitments[].irm",
    "commitments[].status",
    "commitments[].status[].evidence",
    "meetings",
    "letters",
    "timeline",
)
# each data file (the key of its path in Site.data_files) and its fields, described by
# the words "field_<key>_<name>" (the documents page, docs/data.md)
DATA_FIELDS: dict[str, tuple[str, ...]] = {
    "json": PLAN_JSON_FIELDS,
    "commitments": COMMITMENT_COLUMNS,
    "status": STATUS_COLUMNS,
}


def evidence_titles(items: list[Evidence]) -> str:
    """The evidence's titles for status.csv: one a line (a title is one line, as the
    schema asks), the n-th line the title of the n-th address in ``evidence``."""
    return "\n".join(e.title for e in items)


def _csv_commitments(s: _Site) -> list[list[str]]:
    rows = [list(COMMITMENT_COLUMNS)]
    rows += [[cell(s, c) for _, cell in _COMMITMENT_CELLS] for c in s.order]
    return rows


def _csv_status(s: _Site) -> list[list[str]]:
    rows = [list(STATUS_COLUMNS)]
    for c in s.order:
        for r in sorted(c.status, key=lambda r: r.date):
            rows.append([cell(c, r) for _, cell in _STATUS_CELLS])
    return rows
