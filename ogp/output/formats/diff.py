"""Formats of ``ogp diff``: text for a terminal, markdown for a pull request, json for programs."""

from __future__ import annotations

import json

from ogp.documents.diff import DiffReport
from ogp.output.context import OutputContext
from ogp.output.escape import markdown_cell


def _since(report: DiffReport) -> str:
    return f"{report.rev} ({report.commit[:7]})"


def _count(report: DiffReport) -> str:
    n = len(report.changes)
    return f"{n} change{'s' if n != 1 else ''}"


def text(report: DiffReport, ctx: OutputContext) -> str:
    if not report.changes:
        return f"No changes to the data since {_since(report)}.\n"
    lines = [f"Changes to the data since {_since(report)}: {_count(report)}"]
    for title, changes in report.by_section():
        lines += ["", title]
        lines += [f"  {c}" for c in changes]
    return "\n".join(lines) + "\n"


def markdown(report: DiffReport, ctx: OutputContext) -> str:
    """For a pull-request comment or $GITHUB_STEP_SUMMARY: a heading and one list per section."""
    since = f"`{report.rev}` ({report.commit[:7]})"
    if not report.changes:
        return f"### Data changes\n\nNo changes to the data since {since}.\n"
    lines = [f"### Data changes since {since}", "", f"{_count(report)}."]
    for title, changes in report.by_section():
        lines += ["", f"#### {title}", ""]
        lines += [f"- **{markdown_cell(c.subject)}**: {markdown_cell(c.text)}" for c in changes]
    return "\n".join(lines) + "\n"


def json_report(report: DiffReport, ctx: OutputContext) -> str:
    return (
        json.dumps(
            {
                "rev": report.rev,
                "commit": report.commit,
                "changes": [
                    {
                        "section": c.section,
                        "id": c.id,
                        "subject": c.subject,
                        "change": c.change,
                        "field": c.field,
                        "text": c.text,
                        "old": c.old,
                        "new": c.new,
                    }
                    for c in report.changes
                ],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
