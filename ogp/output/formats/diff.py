"""Formats of ``ogp diff``: text for a terminal, markdown for a pull request, json for programs."""

from __future__ import annotations

import json

from ogp.documents.diff import DiffReport
from ogp.output.context import OutputContext
from ogp.output.escape import markdown_cell
from ogp.text.wording import word


def _since(report: DiffReport, code: bool = False) -> str:
    """The revision as given, with its commit where the two differ: 'HEAD (c485aa0)', but
    'c485aa0' (not 'c485aa0 (c485aa0)') for a commit named by its hash; ``code``: the
    revision as Markdown's code ('`HEAD` (c485aa0)')."""
    short = report.commit[:7]
    rev = f"`{report.rev}`" if code else report.rev
    if report.commit.startswith(report.rev) or report.rev.startswith(short):
        return rev
    return f"{rev} ({short})"


def _count(report: DiffReport) -> str:
    n = len(report.changes)
    return word(report.lang, "diff_count_one" if n == 1 else "diff_count_many", n=n)


def text(report: DiffReport, ctx: OutputContext) -> str:
    lang = report.lang
    if not report.changes:
        return word(lang, "diff_no_changes", since=_since(report)) + "\n"
    lines = [word(lang, "diff_changes_since", since=_since(report), count=_count(report))]
    for title, changes in report.by_section():
        lines += ["", title]
        lines += [f"  {c}" for c in changes]
    return "\n".join(lines) + "\n"


def markdown(report: DiffReport, ctx: OutputContext) -> str:
    """For a pull-request comment or $GITHUB_STEP_SUMMARY: a heading and one list per section."""
    lang = report.lang
    since = _since(report, code=True)
    if not report.changes:
        no_changes = word(lang, "diff_no_changes", since=since)
        return f"### {word(lang, 'diff_heading')}\n\n{no_changes}\n"
    lines = [f"### {word(lang, 'diff_heading_since', since=since)}", "", f"{_count(report)}."]
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
                "lang": report.lang,
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
                # values at rev that this ogp refuses, read as they were written
                "warnings": [p.as_dict() for p in report.earlier],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
