"""Property tests: whatever bytes or edits a pull request brings, the tool ends in valid data
or its own problems with a position, never another exception.

The default run tries a few examples; `pytest -m slow` runs the long fuzzing
(set OGP_FUZZ_EXAMPLES to choose how many).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ogp.data import dataset
from ogp.data.yamlload import LoadFailed, load_text
from tests.conftest import DATA

FILES = sorted(p.name for p in DATA.glob("*.yaml"))
TEXTS = {name: (DATA / name).read_text(encoding="utf-8") for name in FILES}
FILE_LEVEL_RULES = {"missing-file", "too-large", "unreadable", "file-name"}
YAML_ALPHABET = "-:[]{}&*!|>'\"#,?%@` \t\n\r0123456789.abcNOyes~\x00\ufeffå"

SMALL = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LONG = settings(
    max_examples=int(os.environ.get("OGP_FUZZ_EXAMPLES", "3000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(DATA, data)
        for name, raw in files.items():
            (data / name).write_bytes(raw)
        result = dataset.read(data)  # must not raise: problems are collected
        for p in result.problems:
            assert p.pos.file.endswith(".yaml")
            assert p.pos.line >= 1 or p.rule in FILE_LEVEL_RULES, p
            assert p.message and p.rule


mutation = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "duplicate-line", "drop-line"]),
    st.floats(min_value=0, max_value=1),
    st.text(alphabet=YAML_ALPHABET, max_size=12),
)


def _mutate(text: str, edits: list[tuple[str, float, str]]) -> str:
    for kind, where, payload in edits:
        i = int(where * len(text))
        if kind == "insert":
            text = text[:i] + payload + text[i:]
        elif kind == "delete":
            text = text[:i] + text[i + len(payload) + 1 :]
        elif kind == "replace":
            text = text[:i] + payload + text[i + len(payload) :]
        else:
            lines = text.split("\n")
            n = min(int(where * len(lines)), len(lines) - 1)
            if kind == "duplicate-line":
                lines.insert(n, lines[n])
            else:
                del lines[n]
            text = "\n".join(lines)
    return text


def _mutations_property(name: str, edits: list[tuple[str, float, str]]) -> None:
    _check({name: _mutate(TEXTS[name], edits).encode("utf-8", "surrogatepass")})


def _bytes_property(name: str, raw: bytes) -> None:
    _check({name: raw})


def _text_property(text: str) -> None:
    try:
        load_text(text, "x.yaml")
    except LoadFailed as exc:
        assert exc.problem.pos.line >= 1


@SMALL
@given(st.sampled_from(FILES), st.lists(mutation, min_size=1, max_size=4))
def test_mutated_data_files(name: str, edits: list[tuple[str, float, str]]) -> None:
    _mutations_property(name, edits)


@SMALL
@given(st.sampled_from(FILES), st.binary(max_size=400))
def test_arbitrary_bytes(name: str, raw: bytes) -> None:
    _bytes_property(name, raw)


@SMALL
@given(st.text(alphabet=YAML_ALPHABET, max_size=200))
def test_loader_on_arbitrary_text(text: str) -> None:
    _text_property(text)


@pytest.mark.slow
@LONG
@given(st.sampled_from(FILES), st.lists(mutation, min_size=1, max_size=8))
def test_long_fuzz_mutated_data_files(name: str, edits: list[tuple[str, float, str]]) -> None:
    _mutations_property(name, edits)


@pytest.mark.slow
@LONG
@given(st.sampled_from(FILES), st.binary(max_size=2000))
def test_long_fuzz_arbitrary_bytes(name: str, raw: bytes) -> None:
    _bytes_property(name, raw)


@pytest.mark.slow
@LONG
@given(st.text(alphabet=YAML_ALPHABET, max_size=2000))
def test_long_fuzz_loader(text: str) -> None:
    _text_property(text)
