"""The rules reference (``ogp validate --list-rules``): txt, md (docs/rules.md is it), json.

The payload is :func:`ogp.data.rules.documentation`: (id, severity, documentation)
of every rule, the loader's and the schema's first, then the value rules, then
the dataset rules in the order they run.
"""

from __future__ import annotations

from collections.abc import Sequence

from ogp.output.context import OutputContext

Rules = Sequence[tuple[str, str, str]]


def text(rules: Rules, ctx: OutputContext | None) -> str:
    chunks = [
        f"{rid} ({sev})\n" + "\n".join(f"    {ln}".rstrip() for ln in doc.splitlines())
        for rid, sev, doc in rules
    ]
    return "\n\n".join(chunks) + "\n"


def markdown(rules: Rules, ctx: OutputContext | None) -> str:
    """The rules as Markdown: docs/rules.md is exactly this (a test checks it)."""
    parts = [
        "# ogp validation rules\n",
        "Generated from the rules' documentation (`ogp validate --list-rules --format md`); "
        "regenerate with `pytest --update-golden`.\n",
    ]
    for rule_id, severity, doc in rules:
        parts.append(f"## {rule_id} ({severity})\n\n{doc}\n")
    return "\n".join(parts)


def json_report(rules: Rules, ctx: OutputContext | None) -> str:
    import json

    return (
        json.dumps(
            {
                "version": 1,
                "rules": [
                    {"id": rid, "severity": sev, "documentation": doc} for rid, sev, doc in rules
                ],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
