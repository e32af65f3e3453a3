"""Autoescape writes exactly what stock Jinja writes, through ogp's faster ``escaped``.

ogp's template environment compiles ``{{ value }}`` in autoescaped templates to
``environment.escaped(value)`` (a plain string) instead of Jinja's
``escape(value)`` (a ``Markup`` made and dropped for every value). These tests
pin that the text is the same as markupsafe's for every kind of value, that
whole templates render as stock Jinja renders them (blocks that switch
autoescape, macros, set blocks, ``|e``, ``|safe``), and that templates which are
not autoescaped are left alone.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
import pytest
from markupsafe import Markup, escape

from ogp.errors import OgpError
from ogp.output import templating
from ogp.output.templating import escaped


class Html:
    """An object that is its own markup, as markupsafe knows it."""

    def __html__(self) -> str:
        return "<b>made</b>"

    def __str__(self) -> str:
        return "<not this>"


class Shout(str):
    """A string subclass with no markup of its own."""

    def __str__(self) -> str:
        return self.upper()


class Level(enum.IntEnum):
    LOW = 1


VALUES: list[tuple[str, Any]] = [
    ("empty", ""),
    ("plain", "Digitaliseringsdirektoratet"),
    ("norwegian", "Kommunal- og distriktsdepartementet, Åsgård"),
    ("ampersand", "Plan & bygg"),
    ("angle brackets", "<script>alert(1)</script>"),
    ("quotes", "\"double\" and 'single'"),
    ("already escaped text", "&amp;"),
    ("markup", Markup("<em>safe</em>")),
    ("markup with specials", Markup("a &amp; b")),
    ("none", None),
    ("int", 42),
    ("negative int", -7),
    ("bool", True),
    ("int enum", Level.LOW),
    ("float", 1.5),
    ("decimal", Decimal("2.50")),
    ("date", dt.date(2026, 12, 3)),
    ("has __html__", Html()),
    ("str subclass", Shout("a<b")),
    ("list", ["<a>", "b"]),
]


@pytest.mark.parametrize(("value"), [v for _, v in VALUES], ids=[n for n, _ in VALUES])
def test_escaped_is_markupsafes_text(value: Any) -> None:
    got = escaped(value)
    assert got == str(escape(value))
    assert type(got) is str


def test_text_with_nothing_to_escape_is_returned_as_it_is() -> None:
    text = "Status for forpliktelse 4.10"
    assert escaped(text) is text


TEMPLATES = [
    ("value", "<p>{{ x }}</p>"),
    ("attribute", '<a title="{{ x }}">{{ n }}</a>'),
    ("e filter", "{{ x|e }}"),
    ("safe filter", "{{ x|safe }}"),
    ("concatenation", "{{ x ~ n }}|{{ x + '&' }}"),
    ("loop", "{% for i in items %}<li>{{ i }}</li>{% endfor %}"),
    ("condition", "{{ x if n else 'none' }}"),
    ("autoescape off", "{% autoescape false %}{{ x }}{% endautoescape %}|{{ x }}"),
    ("autoescape on variable", "{% autoescape flag %}{{ x }}{% endautoescape %}"),
    ("macro", "{% macro m(v) %}<i>{{ v }}</i>{% endmacro %}{{ m(x) }}{{ m(m(x)) }}"),
    (
        "macro with caller",
        "{% macro box() %}<div>{{ caller() }}</div>{% endmacro %}"
        "{% call box() %}{{ x }}{% endcall %}",
    ),
    ("set block", "{% set s %}<b>{{ x }}</b>{% endset %}{{ s }}{{ s|length }}"),
    ("filter block", "{% filter upper %}{{ x }}{% endfilter %}"),
    ("join", "{{ items|join(', ') }}"),
    ("markup value", "{{ m }}"),
    ("none value", "{{ none }}"),
]


def _stock(path: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(path)),
        undefined=jinja2.StrictUndefined,
        autoescape=templating._autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


VALUES_IN = {
    "x": "<Plan & \"bygg\"> 'ok'",
    "n": 3,
    "items": ["<a>", "b&c", "plain"],
    "flag": False,
    "m": Markup("<em>ready</em>"),
}


@pytest.mark.parametrize(("source"), [s for _, s in TEMPLATES], ids=[n for n, _ in TEMPLATES])
@pytest.mark.parametrize("suffix", [".html.j2", ".md.j2", ".txt.j2"])
def test_a_template_renders_as_stock_jinja_renders_it(
    source: str, suffix: str, tmp_path: Path
) -> None:
    (tmp_path / f"t{suffix}").write_text(source, encoding="utf-8")
    ours = templating.new_environment([tmp_path], markdown=False)
    stock = _stock(tmp_path)
    for flag in (False, True):
        values = {**VALUES_IN, "flag": flag}
        expected = stock.get_template(f"t{suffix}").render(**values)
        assert templating.render(ours, f"t{suffix}", **values) == expected


def test_html_templates_compile_to_the_fast_escape(tmp_path: Path) -> None:
    (tmp_path / "t.html.j2").write_text("<p>{{ x }}</p>", encoding="utf-8")
    (tmp_path / "t.txt.j2").write_text("{{ x }}", encoding="utf-8")
    env = templating.new_environment([tmp_path], markdown=False)
    html = env.compile((tmp_path / "t.html.j2").read_text(), "t.html.j2", raw=True)
    txt = env.compile((tmp_path / "t.txt.j2").read_text(), "t.txt.j2", raw=True)
    assert "environment.escaped(" in html
    assert "environment.escaped(" not in txt


def test_text_templates_are_not_escaped(tmp_path: Path) -> None:
    (tmp_path / "t.txt.j2").write_text("{{ x }}", encoding="utf-8")
    env = templating.new_environment([tmp_path], markdown=False)
    assert templating.render(env, "t.txt.j2", x="a & <b>") == "a & <b>"


def test_an_undefined_value_in_an_escaped_output_names_the_template_and_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "t.html.j2").write_text("<p>\n{{ missing }}</p>", encoding="utf-8")
    env = templating.new_environment([tmp_path], markdown=False)
    with pytest.raises(OgpError) as caught:
        templating.render(env, "t.html.j2")
    assert "t.html.j2:2" in str(caught.value)
    assert "missing" in str(caught.value)


def test_the_escape_is_not_reachable_from_a_template(tmp_path: Path) -> None:
    (tmp_path / "t.html.j2").write_text("{{ environment }}", encoding="utf-8")
    env = templating.new_environment([tmp_path], markdown=False)
    with pytest.raises(OgpError):
        templating.render(env, "t.html.j2")


class Sneaky:
    """An object whose text is a Markup: markupsafe escapes its characters all the same."""

    def __str__(self) -> str:
        return Markup("<script>")


class Selfish(str):
    """A str subclass that is its own text."""

    def __str__(self) -> str:
        return self


class Fancy(Markup):
    """A Markup subclass with markup of its own: not Markup's fast path."""

    def __html__(self) -> Markup:
        return Markup("<i>fancy</i>")


class Nested:
    """An object whose markup is an object with markup of its own."""

    def __html__(self) -> Any:
        return Html()


@pytest.mark.parametrize(
    "value",
    [Sneaky(), Selfish("<b>"), Nested(), Fancy("<b>plain</b>"), Markup("a &amp; <b>")],
    ids=["markup-str", "self-str", "nested-html", "markup-subclass", "markup"],
)
def test_odd_values_are_escaped_as_markupsafe_escapes_them(value: Any) -> None:
    assert escaped(value) == str(escape(value))


def test_an_html_attribute_that_is_not_callable_fails_as_in_markupsafe() -> None:
    class Broken:
        __html__ = None

    with pytest.raises(TypeError):
        escape(Broken())
    with pytest.raises(TypeError):
        escaped(Broken())
