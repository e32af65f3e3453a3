"""What a plain `pip install .` ships: every package of ogp, and the version from one place."""

from __future__ import annotations

import re
import tomllib

from ogp import __version__
from tests.conftest import ROOT


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_is_installed() -> None:
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "ogp").rglob("__init__.py")
    }
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])  # type: ignore[index]
    assert found | {"ogp.templates"} == listed


def test_the_version_is_in_one_place() -> None:
    project = _pyproject()["project"]
    assert "version" not in project  # type: ignore[operator]
    assert "version" in project["dynamic"]  # type: ignore[index]
    assert project and re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    assert _pyproject()["tool"]["setuptools"]["dynamic"]["version"] == {  # type: ignore[index]
        "attr": "ogp.__version__"
    }
