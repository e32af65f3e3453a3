"""Reporters of ``ogp validate``: text for people, json for programs, github for Actions."""

from __future__ import annotations

from ogp.data.problems import Problem, Result, Severity
from ogp.output.context import OutputContext

GITHUB_ANNOTATION_LIMIT = 10  # GitHub shows at most 10 annotations of a kind per step


def _files(n: int) -> str:
    return f"{n} file{'s' if n != 1 else ''}"


def _summary(result: Result) -> str:
    e, w = len(result.errors), len(result.warnings)
    files = len(result.files)
    if not e and not w:
        return f"{_files(files)} checked: no problems"
    later = (
        " (warnings are looked for once the errors are fixed)" if result.warnings_skipped else ""
    )
    return (
        f"{_files(files)} checked: {e} error{'s' if e != 1 else ''}, "
        f"{w} warning{'s' if w != 1 else ''}{later}"
    )


def text(result: Result, ctx: OutputContext) -> str:
    lines = []
    for p in result.problems:
        line = str(p)
        if ctx.color:
            colour = "31" if p.severity is Severity.ERROR else "33"
            line = line.replace(f": {p.severity}: ", f": \x1b[{colour}m{p.severity}\x1b[0m: ", 1)
        lines.append(line)
    lines.append(_summary(result))
    return "\n".join(lines) + "\n"


def json_report(result: Result, ctx: OutputContext) -> str:
    """The versioned envelope of :meth:`ogp.data.problems.Result.envelope`."""
    import json

    return json.dumps(result.envelope(), ensure_ascii=False, indent=2) + "\n"


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _annotation(p: Problem) -> str:
    kind = "error" if p.severity is Severity.ERROR else "warning"
    props = [f"file={_escape_property(p.pos.file)}"]
    if p.pos.line:
        props += [f"line={p.pos.line}", f"col={p.pos.column}"]
    props.append(f"title={_escape_property(p.rule)}")
    return f"::{kind} {','.join(props)}::{_escape_data(p.text)}"


def github(result: Result, ctx: OutputContext) -> str:
    """GitHub Actions workflow commands; past the limit, plain lines and a count."""
    lines = []
    shown: dict[Severity, int] = {Severity.ERROR: 0, Severity.WARNING: 0}
    plain: list[Problem] = []
    for p in result.problems:
        if shown[p.severity] < GITHUB_ANNOTATION_LIMIT:
            shown[p.severity] += 1
            lines.append(_annotation(p))
        else:
            plain.append(p)
    if plain:
        lines.append(
            f"{len(plain)} more problem{'s' if len(plain) != 1 else ''} not annotated "
            "(GitHub shows "
            f"{GITHUB_ANNOTATION_LIMIT} annotations of a kind per step):"
        )
        lines.extend(str(p) for p in plain)
    lines.append(_summary(result))
    return "\n".join(lines) + "\n"
