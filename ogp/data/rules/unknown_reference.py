"""unknown-reference: every referenced id exists.

Owners, collaborators and reporters of commitments, the meeting a status came
from, a meeting's invited agencies and chair, a letter's sender, recipients,
copy-to and meetings: each names an id that must be declared in its file. The
message names the unknown id, where it is used, and the closest existing id.

What could not be read as its kind cannot be looked in: where a required file
is missing, or a file cannot be parsed, or it or the list in it that holds the
records is of the wrong type (``agencies: 5``) or not there (``agencis:``),
only that error is reported, not the references into it; so too for a record
written as a bare text (``- kmd`` among the agencies) and the id it would have
had. A file that was read and lacks the id (``agencies: []``, an agency
removed, an optional file left out) has every reference to it reported.

Good: ``owners: [oed]`` with an agency ``oed``. Bad: ``owners: [OEDX]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogp.data.kinds import file_of, path_of
from ogp.data.problems import Problem, Severity, error
from ogp.data.rules.facts import Facts

ID = "unknown-reference"
SEVERITY = Severity.ERROR


def check(facts: Facts) -> Iterator[Problem]:
    known: dict[str, dict[str, str]] = {}
    for d in facts.declared:
        known.setdefault(d.kind, {})[d.value] = d.value
    unused: dict[str, set[str]] = {}  # ids declared and used nowhere, by kind
    yield from _mistyped_declarations(facts, known, unused)
    for ref in facts.references:
        if facts.unread.covers(ref):  # its target could not be read: its own error says why
            continue
        ids = known.get(ref.kind, {})
        if ref.value in ids:
            continue
        by_fold = {k.casefold(): k for k in ids}
        if ref.value.casefold() in by_fold:
            hint = f"ids are case-sensitive: write '{by_fold[ref.value.casefold()]}'"
        else:
            from ogp.data.suggest import closest  # only for a mistake (see _mistyped_declarations)

            # an id declared but used nowhere is the likeliest meant ('mote-3' for the
            # unused 'mote-2', not for 'mote-1'), then any id
            spare = closest(ref.value, unused.get(ref.kind, ()))
            close = spare or closest(ref.value, ids)
            hint = (
                f"did you mean '{close}'? (it is declared, and used nowhere else)"
                if spare
                else f"did you mean '{close}'?"
                if close
                else f"add it to {file_of(ref.kind)} or correct the id"
            )
        yield error(
            ref.pos,
            ID,
            f"unknown {ref.kind} '{ref.value}' in {ref.where}",
            hint=hint,
            path=path_of(*ref.holder),
        )


def _mistyped_declarations(
    facts: Facts, known: dict[str, dict[str, str]], unused: dict[str, set[str]]
) -> Iterator[Problem]:
    """An id used nowhere, close to an id used several times but declared nowhere: the
    declaration's typo.

    Reported at the declaration, so that the one wrong line is found first, not
    the many right lines that use the id as it was meant. Where the undeclared id
    is used once, that one use is as likely the typo: the use is reported (see
    :func:`check`), suggesting the unused id, and the declaration is not. The ids
    declared and used nowhere are left in ``unused``.
    """
    used: dict[tuple[str, str], int] = {}
    for ref in facts.references:
        if not facts.unread.covers(ref):
            used[(ref.kind, ref.value)] = used.get((ref.kind, ref.value), 0) + 1
    missing = [(k, v) for (k, v) in used if v not in known.get(k, {})]
    if not missing:
        return
    from ogp.data.suggest import closest  # loaded only where an id is missing

    for d in facts.declared:
        if (d.kind, d.value) in used:
            continue
        unused.setdefault(d.kind, set()).add(d.value)
        wanted = [v for k, v in missing if k == d.kind and used[(k, v)] > 1]
        close = closest(d.value, wanted)
        if close:
            n = used[(d.kind, close)]
            yield error(
                d.pos,
                ID,
                f"{d.kind} id '{d.value}' is used nowhere, while '{close}' is used "
                f"{n} time{'s' if n != 1 else ''} but declared nowhere: is '{d.value}' a typo "
                f"for '{close}'?",
                path=path_of(d.kind, d.value),
            )
