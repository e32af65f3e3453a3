"""The validation rules, one module each; a module's docstring is its documentation.

Value rules (``id``, ``date``, ``time``, ``email``, ``postcode``) are applied
while each file is read, by the schema. Dataset rules look at all files
together; they are listed in :data:`DATASET_RULES` in the order they run.
The rules of the schema itself and of the loader are documented in
:data:`BUILTIN_RULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import ModuleType

from ogp.data.problems import Problem, Severity
from ogp.data.rules import (
    agenda_overrun,
    duplicate_id,
    duplicate_name,
    duplicate_owner,
    minutes_item,
    missing_address,
    no_reporter,
    registrant,
    registration_deadline,
    repeated_entry,
    reporter_not_owner,
    status_source,
    time_order,
    too_few_meetings,
    unknown_reference,
)
from ogp.data.rules.facts import Facts
from ogp.data.schema.values import VALUE_RULES

DATASET_RULES: list[ModuleType] = [
    duplicate_id,
    duplicate_name,
    unknown_reference,
    time_order,
    reporter_not_owner,
    duplicate_owner,
    repeated_entry,
    status_source,
    no_reporter,
    missing_address,
    too_few_meetings,
    registration_deadline,
    agenda_overrun,
    minutes_item,
]

# Rules of the private folder (registrations), run only where it is checked:
# `ogp validate` and the commands that read it (see ogp.data.private).
PRIVATE_RULES: list[ModuleType] = [registrant]


BUILTIN_RULES: dict[str, str] = {
    "encoding": "Files are UTF-8 text (a BOM is fine); Latin-1, UTF-16 and NUL bytes are refused.",
    "yaml-syntax": "The file is valid YAML.",
    "yaml-tab": "Indentation uses spaces; a tab is refused.",
    "yaml-alias": "Anchors and aliases (&a, *a) are refused: no alias bombs, no hidden sharing.",
    "yaml-tag": "Tags (!!python/object, !!float, ...) are refused.",
    "yaml-merge-key": "Merge keys (<<) are refused: write the keys out.",
    "yaml-documents": "A file holds exactly one YAML document.",
    "yaml-complex-key": "Keys are plain text.",
    "duplicate-key": "A key appears once in a mapping (YAML would silently keep the last).",
    "empty-file": "A data file is not empty.",
    "too-deep": "Nesting stays within 64 levels.",
    "too-large": "A data file is at most 64 MiB.",
    "missing-file": "The required data files exist.",
    "unreadable": "A data file can be read: a regular file, not a folder, pipe or broken link.",
    "yaml-character": "No character that YAML forbids (C1 controls, U+FFFE, ...).",
    "file-name": "Data files end in .yaml (a .yml file is pointed out, not ignored).",
    "top-level": "A data file is a mapping at the top.",
    "type": "Each value has the expected kind: text, list, mapping, number, true/false.",
    "required": "Required keys are present and not empty.",
    "unknown-key": "No key outside the schema (with a 'did you mean' for typos).",
    "choice": "Words from a fixed list (completion level, role) are spelled as listed.",
    "too-long": "Texts stay within their length limit.",
    "control-character": "Texts hold no invisible control characters.",
}

Check = Callable[[Facts], Iterable[Problem]]


def run_all(facts: Facts, *, errors_so_far: int = 0) -> list[Problem]:
    """Run the dataset rules. Warnings are only looked for in data without errors:

    a record with an error is left out of the data, and warnings about what is
    left (too few meetings, say) would only mislead.
    """
    problems: list[Problem] = []
    errors = errors_so_far
    for rule in DATASET_RULES:
        if rule.SEVERITY is Severity.WARNING and errors > 0:
            continue
        found = list(rule.check(facts))
        errors += sum(1 for p in found if p.severity is Severity.ERROR)
        problems.extend(found)
    return problems


def documentation() -> list[tuple[str, str, str]]:
    """(id, severity, documentation) of every rule, for ``ogp validate --list-rules``."""
    out: list[tuple[str, str, str]] = []
    for rule_id, doc in BUILTIN_RULES.items():
        out.append((rule_id, "error", doc))
    for mod in VALUE_RULES:
        out.append((mod.ID, "error", (mod.__doc__ or "").strip()))
    for mod in [*DATASET_RULES, *PRIVATE_RULES]:
        out.append((mod.ID, str(mod.SEVERITY), (mod.__doc__ or "").strip()))
    return out


def run_private(facts: Facts) -> list[Problem]:
    """Run the rules of the private folder on ``facts.registrants``."""
    return [p for rule in PRIVATE_RULES for p in rule.check(facts)]
