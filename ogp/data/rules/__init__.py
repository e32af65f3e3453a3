"""The validation rules, one module each; a module's docstring is its documentation.

Value rules (``id``, ``date``, ``time``, ``email``, ``postcode``) are applied
while each file is read, by the schema. Dataset rules look at all files
together; they are listed in :data:`RULES` in the order they run, each a
module that fits :class:`DatasetRule` (mypy checks it). The rules of the loader
and of the schema itself are named where they are raised, with
:func:`ogp.data.problems.builtin_rule`.

A dataset rule's docstring is its documentation, in this shape (a test checks it)::

    rule-id: what the rule asks for, in one line.

    Why: the paragraph that says why it matters, and what the message says.

    Good: ``an example that passes``. Bad: ``an example that fails``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from ogp.data.problems import BUILTIN_RULES, Problem, Severity
from ogp.data.rules import (
    agenda_overrun,
    duplicate_id,
    duplicate_name,
    duplicate_owner,
    forum_interval,
    letter_incomplete,
    lookalike_id,
    meeting_clash,
    meeting_order,
    milestones,
    minutes_item,
    missing_address,
    named_in_minutes,
    no_reporter,
    not_invited,
    plan_period,
    registrant,
    registration_date,
    registration_deadline,
    repeated_entry,
    reported_by_outsider,
    reporter_not_owner,
    status_date,
    status_order,
    status_source,
    time_order,
    too_few_meetings,
    unknown_reference,
)
from ogp.data.rules.facts import Facts
from ogp.data.schema.values import VALUE_RULES


class DatasetRule(Protocol):
    """A dataset rule: a module with an ``ID``, a ``SEVERITY`` and ``check(facts)``."""

    ID: str
    SEVERITY: Severity

    def check(self, facts: Facts) -> Iterable[Problem]: ...


_IN_ORDER: tuple[DatasetRule, ...] = (
    duplicate_id,
    duplicate_name,
    lookalike_id,
    unknown_reference,
    time_order,
    meeting_order,
    meeting_clash,
    reporter_not_owner,
    duplicate_owner,
    repeated_entry,
    status_source,
    milestones,
    not_invited,
    letter_incomplete,
    minutes_item,
    # warnings after every error rule: they are looked for only in data without errors
    no_reporter,
    missing_address,
    too_few_meetings,
    forum_interval,
    plan_period,
    registration_deadline,
    agenda_overrun,
    status_date,
    status_order,
    reported_by_outsider,
)

# every dataset rule by its id, in the order they run
RULES: dict[str, DatasetRule] = {rule.ID: rule for rule in _IN_ORDER}
DATASET_RULES: list[DatasetRule] = list(RULES.values())  # the same, as a list

# Rules of the private folder (registrations), run only where it is checked:
# `ogp validate` and the commands that read it (see ogp.data.private).
PRIVATE_RULES: dict[str, DatasetRule] = {
    rule.ID: rule for rule in (registrant, registration_date, named_in_minutes)
}


Check = Callable[[Facts], Iterable[Problem]]


def run_all(
    facts: Facts, *, errors_so_far: int = 0, skipped: list[str] | None = None
) -> list[Problem]:
    """Run the dataset rules. Warnings are only looked for in data without errors:

    a record with an error is left out of the data, and warnings about what is
    left (too few meetings, say) would only mislead. The ids of the rules left
    out for that are added to ``skipped``.
    """
    problems: list[Problem] = []
    errors = errors_so_far
    for rule in RULES.values():
        if rule.SEVERITY is Severity.WARNING and errors > 0:
            if skipped is not None:
                skipped.append(rule.ID)
            continue
        found = list(rule.check(facts))
        errors += sum(1 for p in found if p.severity is Severity.ERROR)
        problems.extend(found)
    return problems


def documentation() -> list[tuple[str, str, str]]:
    """(id, severity, documentation) of every rule, for ``ogp validate --list-rules``."""
    # the modules that name the loader's and the schema's rules, in the order they run
    from ogp.data import dataset, yamlload
    from ogp.data.schema import types

    out: list[tuple[str, str, str]] = []
    for module in (yamlload, dataset, types):
        for value in vars(module).values():
            if type(value) is str and value in BUILTIN_RULES and value not in [o[0] for o in out]:
                out.append((value, "error", BUILTIN_RULES[value]))
    assert len(out) == len(BUILTIN_RULES), "a builtin rule named outside its step's module"
    for mod in VALUE_RULES:
        out.append((mod.ID, "error", (mod.__doc__ or "").strip()))
    for rule in [*RULES.values(), *PRIVATE_RULES.values()]:
        out.append((rule.ID, str(rule.SEVERITY), (rule.__doc__ or "").strip()))
    return out


def run_private(facts: Facts) -> list[Problem]:
    """Run the rules of the private folder on ``facts.registrants``."""
    return [p for rule in PRIVATE_RULES.values() for p in rule.check(facts)]
