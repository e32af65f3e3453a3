"""Every rule id that ogp can raise is documented, and every rule's documentation has its shape.

The hostile, trap, loader and rule corpora are run here (in memory, through
``dataset.read_texts``), and every rule id that any of their problems carries
must be listed by ``ogp validate --list-rules``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from ogp.cli import cli
from ogp.data import dataset
from ogp.data.rules import RULES, documentation
from ogp.data.schema.values import VALUE_RULES
from tests import test_hostile, test_rules, test_traps
from tests.conftest import DATA

MINIMAL = test_rules.MINIMAL


def _texts(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*.yaml")}


def _edited(folder: Path, file: str, old: str, new: str) -> dict[str, bytes]:
    texts = _texts(folder)
    texts[file] = texts[file].decode("utf-8").replace(old, new, 1).encode("utf-8")
    return texts


def _raised() -> set[str]:
    runs: list[dict[str, bytes]] = []
    for _name, raw, *_ in test_hostile.WHOLE_FILE:
        runs.append({**_texts(DATA), "meetings.yaml": raw})
    for _name, file, old, new, *_ in test_hostile.VALUES:
        runs.append(_edited(DATA, file, old, new))
    for _name, file, old, new, _first in test_traps.TRAPS:
        runs.append(_edited(DATA, file, old, new))
    for file, old, new, *_ in test_rules.ERRORS + test_rules.WARNINGS:
        runs.append(_edited(MINIMAL, file, old, new))
    missing = _texts(DATA)
    del missing["agencies.yaml"]
    runs.append(missing)
    return {p.rule for texts in runs for p in dataset.read_texts(texts, "data/").problems}


def test_every_rule_raised_by_the_corpora_is_documented() -> None:
    documented = {rid for rid, _sev, _doc in documentation()}
    raised = _raised()
    assert raised - documented == set()
    assert len(raised) > 20  # the corpora reach the loader, the schema and the rules


def test_rule_ids_are_kebab_case_and_unique() -> None:
    ids = [rid for rid, _sev, _doc in documentation()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", rid) for rid in ids)


@pytest.mark.parametrize("rule", [*RULES.values(), *VALUE_RULES], ids=lambda r: r.ID)
def test_a_rules_documentation_has_its_shape(rule: object) -> None:
    """Summary line "id: ..." (or "id (warning): ..."), a why paragraph, a Good and a Bad example.

    A warning's bad example may be introduced as "Warned:".
    """
    doc = (getattr(rule, "__doc__", None) or "").strip()
    rid, severity = rule.ID, str(rule.SEVERITY) if hasattr(rule, "SEVERITY") else "error"  # type: ignore[attr-defined]
    paragraphs = [p.strip() for p in doc.split("\n\n")]
    label = f"{rid} (warning)" if severity == "warning" else rid
    assert paragraphs[0].startswith(f"{label}: "), paragraphs[0]
    why = [p for p in paragraphs[1:] if not p.startswith(("Good:", "Bad:", "Warned:"))]
    assert why, f"{rid}: no paragraph says why"
    assert re.search(r"^Good: ", doc, re.M), f"{rid}: no Good: example"
    bad = r"^(Bad|Warned): " if severity == "warning" else r"(^|\. )Bad: "
    assert re.search(bad, doc, re.M), f"{rid}: no Bad: example"


@pytest.mark.parametrize("fmt", ["txt", "md", "json"])
def test_list_rules_honours_the_format(fmt: str) -> None:
    result = CliRunner().invoke(cli, ["validate", "--list-rules", "--format", fmt])
    assert result.exit_code == 0, result.output
    ids = [rid for rid, _sev, _doc in documentation()]
    if fmt == "json":
        assert [r["id"] for r in json.loads(result.output)["rules"]] == ids
    elif fmt == "md":
        assert re.findall(r"^## (\S+) \(", result.output, re.M) == ids
    else:
        assert re.findall(r"^(\S+) \((?:error|warning)\)$", result.output, re.M) == ids


def test_list_rules_refuses_a_format_it_has_not() -> None:
    result = CliRunner().invoke(cli, ["validate", "--list-rules", "--format", "github"])
    assert result.exit_code == 2
