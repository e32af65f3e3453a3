"""The strict loader: each YAML trap of this data, one line each, with where and what it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp.data.yamlload import LoadFailed, YMap, YSeq, load_file, load_text

# (YAML text, "line:column", rule, message fragment): the file cannot be read at all
FATAL = [
    ("", "1:1", "empty-file", "the file is empty"),
    ("# only a comment\n", "1:1", "empty-file", "the file is empty"),
    ("a: 1\n\tb: 2\n", "2:1", "yaml-tab", "a tab character here: YAML indents with spaces only"),
    ("a:\n\t- 1\n", "2:1", "yaml-tab", "replace the tab with spaces"),
    ("a: &x [1]\nb: *x\n", "1:4", "yaml-alias", "anchors and aliases"),
    ("a: [1\nb: 2\n", "2:2", "yaml-syntax", "invalid YAML"),
    ("a: 1\n---\nb: 2\n", "2:1", "yaml-documents", "a second YAML document"),
    (
        'a:\n  - x: "Simplify\n    y: 1\n\n  - z: 2\n',
        "2:8",
        "yaml-syntax",
        'the quoted text that starts here is not closed; add the closing " at its end',
    ),
    ("a: 'it''s\nb: 2\n", "1:4", "yaml-syntax", "add the closing ' at its end"),
    ("<<: {a: 1}\n", "1:1", "yaml-merge-key", "merge keys ('<<') are not allowed"),
    ("? [a]\n: 1\n", "1:3", "yaml-complex-key", "keys must be plain text"),
    ("a:\n" + "".join(" " * (2 * i) + "- \n" for i in range(1, 70)), "", "too-deep", "nested more"),
]

# the alias bomb ("billion laughs"): refused at the first anchor, in no time
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9)
)

# (YAML text, "line:column", rule, message fragment): read, with a problem reported
REPORTED = [
    (
        "a: 1\nb: 2\na: 3\n",
        "3:1",
        "duplicate-key",
        "key 'a' appears twice in this mapping (first at line 1)",
    ),
    ("a: !!float 4.10\n", "1:4", "yaml-tag", "YAML tags such as '!!float'"),
    ("a: !!python/object:os.system x\n", "1:4", "yaml-tag", "are not allowed"),
]

# (YAML text, key, the value as the author wrote it): YAML 1.1 would have retyped these
AS_WRITTEN = [
    ("id: 4.10\n", "id", "4.10"),  # not the float 4.1
    ("id: 4.1\n", "id", "4.1"),
    ("country: NO\n", "country", "NO"),  # not False
    ("answer: yes\n", "answer", "yes"),  # not True
    ("start: 12:30\n", "start", "12:30"),  # not the base-60 integer 750
    ("postcode: 0030\n", "postcode", "0030"),  # not the octal 24
    ("n: 1e3\n", "n", "1e3"),
    ("d: 2014-03-17\n", "d", "2014-03-17"),  # not a datetime.date
    ("e: ~\n", "e", None),
    ("e: null\n", "e", None),
    ("e:\n", "e", None),
    ("e: 'null'\n", "e", "null"),  # quoted: the text null
]


@pytest.mark.parametrize(("text", "where", "rule", "fragment"), FATAL)
def test_refused(text: str, where: str, rule: str, fragment: str) -> None:
    with pytest.raises(LoadFailed) as caught:
        load_text(text, "x.yaml")
    p = caught.value.problem
    assert p.rule == rule
    assert fragment in p.text
    if where:
        assert f"{p.pos.line}:{p.pos.column}" == where
    assert p.pos.file == "x.yaml"


def test_alias_bomb_is_refused_at_the_first_anchor() -> None:
    with pytest.raises(LoadFailed) as caught:
        load_text(BOMB, "bomb.yaml")
    assert str(caught.value.problem).startswith("bomb.yaml:1:4: error: anchors and aliases")


@pytest.mark.parametrize(("text", "where", "rule", "fragment"), REPORTED)
def test_reported(text: str, where: str, rule: str, fragment: str) -> None:
    _, problems = load_text(text, "x.yaml")
    assert [(f"{p.pos.line}:{p.pos.column}", p.rule) for p in problems] == [(where, rule)]
    assert fragment in problems[0].text


def test_a_repeated_key_keeps_the_first_value() -> None:
    root, _ = load_text("a: 1\na: 2\n", "x.yaml")
    assert root == {"a": "1"}


@pytest.mark.parametrize(("text", "key", "value"), AS_WRITTEN)
def test_scalars_are_kept_as_written(text: str, key: str, value: str | None) -> None:
    root, problems = load_text(text, "x.yaml")
    assert isinstance(root, YMap)
    assert root[key] == value and problems == []


def test_positions_of_keys_values_and_items() -> None:
    root, _ = load_text("top:\n  - a: 1\n    b: [x, y]\n", "x.yaml")
    assert isinstance(root, YMap)
    seq = root["top"]
    assert isinstance(seq, YSeq) and str(seq.item_pos[0]) == "x.yaml:2:5"
    item = seq[0]
    assert isinstance(item, YMap)
    assert str(item.key_pos["b"]) == "x.yaml:3:5"
    inner = item["b"]
    assert isinstance(inner, YSeq)
    assert [str(p) for p in inner.item_pos] == ["x.yaml:3:9", "x.yaml:3:12"]


# (bytes, "line:column", message fragment): files that are not UTF-8 text
ENCODINGS = [
    (
        "a: 1\nb: Språkrådet\n".encode("latin-1"),
        "2:7",
        "not valid UTF-8: byte 0xE5 (it looks like Latin-1",
    ),
    ("a: 1\n".encode("utf-16"), "1:1", "saved as UTF-16"),
    (b"a: 1\nb: \x00\n", "2:4", "contains a NUL byte"),
]


@pytest.mark.parametrize(("raw", "where", "fragment"), ENCODINGS)
def test_encoding_refused(tmp_path: Path, raw: bytes, where: str, fragment: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    with pytest.raises(LoadFailed) as caught:
        load_file(path, "x.yaml")
    p = caught.value.problem
    assert (p.rule, f"{p.pos.line}:{p.pos.column}") == ("encoding", where)
    assert fragment in p.text


@pytest.mark.parametrize(
    "raw", [b"\xef\xbb\xbfa: Spr\xc3\xa5k\n", b"a: Spr\xc3\xa5k\r\nb: 2\r\n"], ids=["bom", "crlf"]
)
def test_bom_and_crlf_are_fine(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    root, problems = load_file(path, "x.yaml")
    assert isinstance(root, YMap) and root["a"] == "Språk" and problems == []
