"""The one table of data kinds: which records the data holds, where, and under what name.

Every kind of record with an id has one entry in :data:`KINDS`, and every data
file one entry in :data:`ogp.data.schema.files.FILES` (its name, whether it must
exist, where it lives, its schema). From these two tables come:

- loading: :func:`ogp.data.dataset.check` reads every file of ``FILES`` and hands
  the lists at its top to :class:`ogp.data.model.Dataset` by their key;
- the model's indexes: ``Dataset.<kind>_by_id`` for every kind whose records are
  a top-level list (:attr:`Kind.attr`);
- reference lookup: ``unknown-reference`` says which file declares a kind
  (:func:`file_of`);
- the sections of ``ogp diff``, in this order (:data:`SECTIONS`);
- the logical path of a problem, ``commitments["4.22"].owners`` (:func:`path_of`).

How to add a data file or record kind (e.g. ``self_assessments.yaml``):

1. Its record class in :mod:`ogp.data.model` (a dataclass with ``where``), and
   a field of that name on ``Dataset`` (``self_assessments: list[SelfAssessment]``,
   with ``self_assessment_by_id: dict[str, SelfAssessment]`` if it has ids).
2. Its schema in :mod:`ogp.data.schema.files`: a ``Record(..., kind="self_assessment")``
   and a ``DataFile`` entry in ``FILES`` whose top has the list
   ``self_assessments:``. ``required=False`` makes it optional (a missing file is
   no problem); ``folder="private"`` makes it live in ``private/`` beside the
   data folder instead of in it (for personal data, which never goes to git).
3. One entry here: ``Kind("self_assessment", "self_assessments", "self_assessments",
   "self_assessments", diff=Diff(...))``. With ``diff``, ``ogp diff`` has a section
   for it (titled by the word ``diff_section_self_assessments`` of
   :mod:`ogp.text.wording`): the entry says how a record is named
   (:attr:`Diff.name`, words of the wording tables), how an added or removed one
   is summed up, and which fields are compared and how each is worded
   (:class:`Compared`); :mod:`ogp.documents.diff` walks the table and needs no
   change. Each field's label is the word ``diff_label_<field>``. For example::

       diff=Diff(
           ("diff_self_assessment",),  # "self-assessment {id}", in DIFF_WORDS nb and en
           (Compared("title"), Compared("due", "day"), Compared("authors", "agencies", each=True)),
           section="self_assessments",
           records="self_assessments",
       )

   (``tests/test_kinds.py`` adds such a kind and sees its section in the diff).

Then ``ogp validate`` checks it, ``ogp schema`` exports it, ``Dataset`` holds
it with its index by id, references to it are checked and problems in it get
their logical path. ``tests/test_kinds.py`` checks that the tables agree.

The plan is in the table too, as the one record of its kind (``ids=False``): it
has no id, sits at the top of ``commitments.yaml`` and is the first section of
``ogp diff``.
"""

from __future__ import annotations

from ogp.data.records import compiled


@compiled(frozen=True)
class Compared:
    """A field of a record as ``ogp diff`` compares it: its value in words, old and new.

    The change names ``field`` (``"address"``) and says it with the label word
    ``diff_label_<label or field>``: "address Postboks 8008 Dep, 0030 OSLO → ...".
    """

    field: str
    # how the value is put in words and compared: a wording of ogp.documents.diff.WORDINGS
    # ("text": shown whole when short, else by its changed words; "day", "flag", "agency",
    # "agencies", "person", ...), or one of its comparisons, COMPARISONS ("status", ...)
    how: str = "text"
    attr: str = ""  # where the value is: "" the field; "a.b" an attribute's; "f()" a method's;
    # "." the whole record (for a phrase of several fields: a meeting's venue)
    label: str = ""  # the label's word, if not the field's: "registration_deadline"
    each: bool = False  # a list compared item by item: what came and what went
    added: str = "diff_items_added"  # with ``each``: the words of what came ({label}, {items})
    removed: str = "diff_items_removed"  # and of what went
    says: str = ""  # the word of a change, if not "label old → new": "diff_moved" ({old}, {new})
    none: str = "diff_none"  # the word of no value: "to_be_agreed" for a reporter not named
    kind: str = ""  # how "records": the kind of the records in this list, matched by id
    # the record's fields its words say besides ``field`` (a meeting's "time" says its start
    # and end): every field of a record is compared by the entry (tests/test_kinds.py)
    covers: tuple[str, ...] = ()


@compiled(frozen=True)
class Diff:
    """What ``ogp diff`` says about the records of a kind."""

    # the words naming a record ("diff_letter": "letter {id}"), placeholders filled from its
    # fields; several: the first whose fields all have a value ("meeting no. {number}", else
    # "meeting {id}")
    name: tuple[str, ...]
    fields: tuple[Compared, ...]  # what is compared, in the order the changes are listed
    section: str = ""  # its section ("" : in the section of the record that holds it)
    records: str = ""  # where the Dataset has them, in the order shown: "meetings",
    # "commitments_in_plan_order()"; one record, not a list ("plan"): compared as it is
    # a record added or removed: a word whose placeholders are fields of ``fields`` in
    # their words ("{date} {time}, {venue}"), or a phrase of ogp.documents.diff.PHRASES
    # (``phrase``) where it needs more; neither: each field with a value, "label value"
    summary: str = ""
    phrase: str = ""
    missing: Compared | None = None  # one record (the plan) on one side only: this field said


@compiled(frozen=True)
class Kind:
    """A kind of record (with an id, but for the plan)."""

    name: str  # the kind, as Id(...) declares and Ref(...) references it: "agency"
    file: str  # the key in FILES of the file that declares it: "agencies"
    path: str  # where its records stand in that file, as a logical path: "agencies"
    # the Dataset attribute holding its records, when they are a list at the top of
    # the file ("" when they sit inside another record, as the plan's timeline does);
    # the index is then Dataset.<name>_by_id
    attr: str = ""
    diff: Diff | None = None  # what `ogp diff` compares and says of its records
    ids: bool = True  # False: one record without id (the plan), never referenced


def _texts(*names: str) -> tuple[Compared, ...]:
    return tuple(Compared(n) for n in names)


_PLAN = Diff(
    ("diff_the_plan",),
    (
        *_texts("country", "title", "title_en"),
        Compared("number", "number"),
        Compared("start", "day"),
        Compared("end", "day"),
        Compared("contact_point", "agency"),
        Compared("timeline", "records", kind="event"),
        # the website's accessibility statement (ogp site)
        Compared("accessibility", "text", "accessibility.email", "a11y_email"),
        Compared("accessibility", "text", "accessibility.statement_url", "a11y_statement_url"),
        Compared(
            "accessibility", "texts", "accessibility.known_issues", "a11y_known_issues", each=True
        ),
    ),
    section="plan",
    records="plan",
    missing=Compared("description", attr="title"),
)

_EVENT = Diff(
    ("diff_event",),
    (
        Compared("title"),
        Compared("date", "when", attr=".", covers=("end", "approx")),
        *_texts("place", "source"),
    ),
    phrase="event",
)

_COMMITMENT = Diff(
    ("diff_commitment",),
    (
        Compared("owners", "owners", attr="."),
        Compared("owner_separator"),  # how the annex joins the owners: "KMD/JD", "FIN og NB"
        Compared("collaborators", "agencies"),
        Compared("reporter", "agency", attr="effective_reporter()", none="to_be_agreed"),
        *_texts("label", "title", "title_en", "ogp_id", "description", "description_en"),
        Compared("irm_no", "number"),
        Compared("parts", "joined"),
        Compared("contact", "person"),
        Compared("milestones", "milestones"),
        Compared("irm", "irm"),
        Compared("status", "status", attr="."),
    ),
    section="commitments",
    records="commitments_in_plan_order()",
    phrase="commitment",
)

_MEETING = Diff(
    ("diff_meeting", "diff_meeting_unnumbered"),
    (
        Compared("date", "day", says="diff_moved"),
        Compared("time", "hours", attr=".", covers=("start", "end")),
        Compared("venue", "venue", attr="."),
        Compared("title"),
        Compared("series"),
        Compared("number", "number"),
        Compared("chair", "person"),
        Compared("bring_id", "flag"),
        Compared("registration", "person", "registration.contact", "registration_contact"),
        Compared(
            "registration",
            "day",
            "registration_deadline()",
            "registration_deadline",
            covers=("registration.deadline",),  # the day its rule or its date gives
        ),
        # the letter words the rule ("10 days before the meeting"), not only the date
        Compared("registration", "count", "registration.days_before", "days_before"),
        Compared("invited", "agencies", each=True, added="diff_invites", removed="diff_uninvites"),
        Compared("agenda_tentative", "flag"),
        Compared("agenda", "agenda"),
        # the public minutes (ogp minutes; published on the meeting's page)
        Compared("minutes", "presence", "minutes.present", "minutes_present", each=True),
        Compared("minutes", "agencies", "minutes.apologies", "minutes_apologies", each=True),
        Compared("minutes", "minutes_items", "minutes.items", "minutes_items"),
        Compared("minutes", "actions", "minutes.actions", "minutes_actions", each=True),
        Compared("minutes", "day", "minutes.approved", "minutes_approved"),
    ),
    section="meetings",
    records="meetings",
    summary="diff_meeting_summary",
)

_AGENCY = Diff(
    ("diff_agency",),
    (
        *_texts("name", "short", "annex_name", "email", "visiting_address", "phone", "org_no"),
        Compared("civil_society", "flag"),
        Compared("address", "address"),
    ),
    section="agencies",
    records="agencies",
    phrase="agency",
)

_LETTER = Diff(
    ("diff_letter",),
    (
        Compared("date", "day"),
        Compared("sender", "agency"),
        *_texts(
            "title",
            "our_ref",
            "their_ref",
            "addressee",
            "letterhead",
            "closing",
            "annex_title",
            "annex_note",
        ),
        Compared("approved_electronically", "flag"),
        Compared("meetings", "ids", each=True),
        Compared("recipients", "agencies", each=True),
        Compared("copy_to", "agencies", each=True),
        Compared("signatories", "people", each=True),
        Compared("case_officer", "person"),
        Compared("attachments", "texts", each=True),
        Compared("sections", "sections"),
    ),
    section="letters",
    records="letters",
    phrase="letter",
)

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("plan", "commitments", "plan", diff=_PLAN, ids=False),
        Kind("commitment", "commitments", "commitments", "commitments", diff=_COMMITMENT),
        Kind("event", "commitments", "plan.timeline", diff=_EVENT),
        Kind("meeting", "meetings", "meetings", "meetings", diff=_MEETING),
        Kind("agency", "agencies", "agencies", "agencies", diff=_AGENCY),
        Kind("letter", "letters", "letters", "letters", diff=_LETTER),
    )
}


def sections() -> tuple[str, ...]:
    """The sections of `ogp diff`, in the order shown: each kind's that has its own."""
    return tuple(k.diff.section for k in KINDS.values() if k.diff and k.diff.section)


SECTIONS: tuple[str, ...] = sections()


def file_of(kind: str) -> str:
    """The file that declares ids of ``kind``: "agencies.yaml" (or "the data")."""
    from ogp.data.schema.files import FILES

    k = KINDS.get(kind)
    return FILES[k.file].name if k is not None else "the data"


def quoted(text: str) -> str:
    """``json.dumps(text, ensure_ascii=False)``: a JSON string, ``"4.22"``.

    Without loading json at every start for the ids of valid data (what json
    escapes, with ensure_ascii off, is only ``"``, ``\\`` and the control
    characters below U+0020; tests/test_startup.py compares the two).
    """
    if '"' in text or "\\" in text or (not text.isprintable() and any(c < " " for c in text)):
        import json

        return json.dumps(text, ensure_ascii=False)
    return f'"{text}"'


def path_of(kind: str, rid: str = "", field: str = "", index: int | None = None) -> str:
    """The logical place of a record's field: ``commitments["4.22"].owners[1]``.

    ``kind`` "" is a value outside any record with an id: the path is then the
    field alone (``contact_point``).
    """
    k = KINDS.get(kind)
    out = k.path if k is not None else kind
    if rid:
        out += f"[{quoted(rid)}]"
    if field:
        out = f"{out}.{field}" if out else field
    if index is not None:
        out += f"[{index}]"
    return out
