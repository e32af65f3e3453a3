"""ogp schema: the shipped JSON Schemas are current, and an independent validator agrees."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import Result

from ogp.data.schema.files import FILES
from ogp.data.schema.jsonschema import document, file_name, names, render

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
DATA = ROOT / "data"

Run = Callable[..., Result]


class Yaml12Loader(yaml.SafeLoader):
    """How an editor's YAML language server types scalars: the YAML 1.2 core schema.

    Unlike PyYAML's YAML 1.1, dates and 12:30 stay text, yes/no/on/off are text;
    but unquoted 4.10 is a number and 0030 an integer.
    """


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, regexp, first in (
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
):
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(regexp), first)


def editor_view(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)


def validator(name: str) -> jsonschema.Draft7Validator:
    schema = json.loads((SCHEMAS / file_name(name)).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def errors(name: str, instance: Any) -> list[str]:
    return [e.message for e in validator(name).iter_errors(instance)]


@pytest.mark.parametrize("name", names())
def test_shipped_schema_is_current(name: str, run: Run) -> None:
    shipped = SCHEMAS / file_name(name)
    generated = run("schema", name).output
    assert shipped.read_text(encoding="utf-8") == generated, (
        f"schemas/{file_name(name)} is stale; regenerate with: ogp schema --all --force -o schemas"
    )


@pytest.mark.parametrize("name", list(FILES))
def test_data_file_points_at_its_schema(name: str) -> None:
    first = (DATA / FILES[name].name).read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{file_name(name)}"


@pytest.mark.parametrize("name", list(FILES))
def test_jsonschema_accepts_the_bundled_data(name: str) -> None:
    assert errors(name, editor_view(DATA / FILES[name].name)) == []


def test_a_registrations_file_points_at_its_schema_which_takes_it(run: Run, data_dir: Path) -> None:
    """The private folder's file, as 'ogp register' makes it, is read by an editor with the
    schema of what validate checks there (it lives beside the data: ../schemas)."""
    args = ("--name", "Anne Berg", "--agency", "kud", "--email", "anne.berg@kud.dep.no")
    result = run("--data", data_dir, "register", "1", *args, "--date", "2014-03-01")
    assert result.exit_code == 0, result.output
    made = data_dir.parent / "private" / "registrations.yaml"
    first = made.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/registrations.schema.json"
    assert errors("registrations", editor_view(made)) == []
    wrong = editor_view(made)
    wrong["registrations"][0]["mail"] = wrong["registrations"][0].pop("email")
    assert "'email' is a required property" in errors("registrations", wrong)


def test_jsonschema_rejects_a_typoed_key() -> None:
    data = editor_view(DATA / "commitments.yaml")
    data["commitments"][0]["owner"] = data["commitments"][0].pop("owners")
    found = errors("commitments", data)
    assert "Additional properties are not allowed ('owner' was unexpected)" in found
    assert "'owners' is a required property" in found


@pytest.mark.parametrize(
    ("name", "path", "value"),
    [
        ("commitments", ("commitments", 0, "id"), 4.1),  # an unquoted 4.10 in YAML 1.2
        ("agencies", ("agencies", 0, "address", "postcode"), 32),  # an unquoted 0032
        ("agencies", ("agencies", 0, "address", "postcode"), "N-0032"),
        ("meetings", ("meetings", 0, "start"), "12.30"),
        ("meetings", ("meetings", 0, "date"), "17.03.2014"),
        ("meetings", ("meetings", 0, "registration", "contact", "email"), "amo(at)kmd.dep.no"),
        ("meetings", ("meetings", 0, "venue", "name"), "   "),
        ("meetings", ("meetings", 0, "venue", "name"), "two\nlines"),
        ("meetings", ("meetings", 0, "bring_id"), "yes"),
        ("commitments", ("commitments", 21, "owners", 0, "role"), "overordnet"),
    ],
)
def test_jsonschema_rejects_what_ogp_rejects(
    name: str, path: tuple[str | int, ...], value: Any
) -> None:
    data = copy.deepcopy(editor_view(DATA / FILES[name].name))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert errors(name, data), f"{path} = {value!r} was accepted"


def test_optional_key_left_empty_is_accepted() -> None:
    data = editor_view(DATA / "agencies.yaml")
    data["agencies"][0]["short"] = None  # `short:` or `short: ~`, which ogp reads as left out
    assert errors("agencies", data) == []


def test_descriptions_come_from_the_definitions_and_rules() -> None:
    meeting = document("meetings")["properties"]["meetings"]["items"]
    assert meeting["properties"]["date"]["description"] == (
        "The day of the meeting. Dates are real calendar dates written YYYY-MM-DD."
    )
    assert meeting["additionalProperties"] is False
    commitment = document("commitments")["properties"]["commitments"]["items"]
    level = commitment["properties"]["status"]["items"]["properties"]["level"]
    assert level["enum"] == [
        "not-started",
        "limited",
        "substantial",
        "complete",
        "no-evidence",
    ]  # not-reported is what ogp shows where there is no report: never given


def test_all_writes_one_file_each(run: Run, tmp_path: Path) -> None:
    result = run("schema", "--all", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    for name in names():
        assert (tmp_path / "out" / file_name(name)).read_text(encoding="utf-8") == render(
            document(name)
        )


def test_usage_errors(run: Run) -> None:
    assert run("schema").exit_code == 2
    assert run("schema", "--all").exit_code == 2
    result = run("schema", "plans")
    assert result.exit_code == 2
    assert (
        "no data file 'plans'; give NAME (agencies, commitments, meetings, letters, registrations)"
        in result.output
    )


def test_help_names_every_data_file(run: Run) -> None:
    text = run("schema", "--help").output
    assert all(name in text for name in names())
