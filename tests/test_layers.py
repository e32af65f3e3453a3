"""The layers of ``ogp/`` import only downwards: the rule of each package, checked from its source.

    cli        → anything
    output     → documents, text, data, errors
    documents  → text, data, errors (never another document, never output or cli)
    text       → data, errors
    data       → errors (never documents, text, output or cli)
    errors     → data.problems and data.positions only (the problems it carries), exitcodes
    exitcodes  → nothing

Imports are read with ``ast``, also those inside functions, which is where the
heavy and lazy ones live.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

OGP = Path(__file__).resolve().parent.parent / "ogp"

# package → the packages it may import from (besides itself)
ALLOWED: dict[str, set[str]] = {
    "cli": {"output", "documents", "text", "data", "errors", "exitcodes", "__version__"},
    "output": {"documents", "text", "data", "errors"},
    "documents": {"text", "data", "errors"},
    "text": {"data", "errors"},
    "data": {"errors"},
    "errors": {"data.problems", "data.positions", "exitcodes"},
    "exitcodes": set(),
}


def _layer(module: str) -> str:
    """'ogp.documents.letter' → 'documents'; 'ogp.errors' → 'errors'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "ogp":
                found += [(node.lineno, f"ogp.{a.name}") for a in node.names]
            elif node.module.startswith("ogp."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("ogp.")]
    return found


def _module(path: Path) -> str:
    rel = path.relative_to(OGP.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _violations() -> list[str]:
    out: list[str] = []
    for path in sorted(OGP.rglob("*.py")):
        me = _module(path)
        if me in ("ogp", "ogp.__main__"):
            continue
        layer = _layer(me)
        allowed = ALLOWED[layer]
        for line, target in _imports(path):
            other = _layer(target)
            if other == layer and layer != "documents":
                continue
            if layer == "documents" and other == "documents":
                out.append(f"{path.relative_to(OGP.parent)}:{line}: a document imports {target}")
                continue
            sub = ".".join(target.split(".")[1:3])
            if other in allowed or sub in allowed:
                continue
            out.append(f"{path.relative_to(OGP.parent)}:{line}: {layer} imports {target}")
    return out


def test_every_layer_imports_only_downwards() -> None:
    assert _violations() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from ogp.cli import cli\n", "data imports ogp.cli"),
        ("from ogp import documents\n", "data imports ogp.documents"),
        ("def f():\n    from ogp.output.write import emit\n", "data imports ogp.output.write"),
    ],
)
def test_the_check_sees_a_wrong_import(tmp_path: Path, source: str, expected: str) -> None:
    fake = tmp_path / "ogp"
    (fake / "data").mkdir(parents=True)
    (fake / "data" / "bad.py").write_text(source, encoding="utf-8")
    globals()["OGP"], saved = fake, OGP
    try:
        found = _violations()
    finally:
        globals()["OGP"] = saved
    assert [v.split(": ", 1)[1] for v in found] == [expected]
