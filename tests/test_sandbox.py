"""Templates are untrusted: every escape from Jinja's sandbox is refused, nothing is written.

Each payload is put on line 2 of a template, once in templates/ beside the data folder
and once in a --templates folder; the command must exit 1 with one line naming the
template file and line 2, print no traceback, and write no file.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import ROOT

RunFn = Callable[..., Result]

# (name, template line): each tries to reach Python's internals or to exhaust the machine
PAYLOADS = [
    ("cycler-globals", '{{ cycler.__init__.__globals__.os.popen("id").read() }}'),
    ("joiner-globals", "{{ joiner.__init__.__globals__ }}"),
    ("namespace-init", "{{ namespace.__init__.__globals__.__builtins__ }}"),
    ("lipsum-globals", "{{ lipsum.__globals__['os'].system('id') }}"),
    ("mro-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("attr-filter", "{{ doc|attr('__class__') }}"),
    ("attr-filter-chain", "{{ (doc|attr('__init__'))|attr('__globals__') }}"),
    ("getitem-dunder", "{{ doc['__class__'] }}"),
    ("str-format", '{{ "{0.__class__.__mro__}".format(doc) }}'),
    ("str-format-map", '{{ "{d.__class__}".format_map({"d": doc}) }}'),
    ("markup-format", "{{ doc.title.__class__ }}"),
    ("template-reference", "{{ self._TemplateReference__context }}"),
    ("self-module", "{{ self.__init__.__globals__ }}"),
    ("loop-internals", "{% for x in [1] %}{{ loop.__class__ }}{% endfor %}"),
    ("list-append", "{% set xs = [] %}{{ xs.append(1) }}"),
    ("dict-update", "{% set d = {} %}{{ d.update(a=1) }}"),
    ("huge-range", "{% for i in range(10**9) %}{% endfor %}"),
    ("huge-power", "{{ 9**999999 }}"),
    ("huge-repeat", '{{ "x" * 10**9 }}'),
    ("huge-list-repeat", "{{ ([1] * 10**8)|length }}"),
    (
        "doubling-concat",
        "{% set a = 'x' * 10**6 %}" + "{% set a = a ~ a %}" * 12 + "{{ a|length }}",
    ),
    ("doubling-plus", "{% set a = ['x'] * 10**6 %}" + "{% set a = a + a %}" * 8 + "{{ a|length }}"),
    ("huge-center", "{{ 'x'|center(2000000000) }}"),
    ("huge-indent", "{{ 'a b'|indent(1500000000) }}"),
    ("huge-wordwrap", "{{ 'a b'|wordwrap(2000000000) }}"),
    ("huge-str-format-width", "{{ '{:>2000000000}'.format(1) }}"),
    ("huge-format-filter-width", "{{ '%2000000000s'|format(1) }}"),
    ("huge-percent-width", "{{ '%2000000000s' % 1 }}"),
    ("huge-lipsum", "{{ lipsum(n=100000000) }}"),
]


def _template(payload: str) -> str:
    return "{#- an innocent first line -#}\n" + payload + "\n"


@pytest.fixture(params=["beside-data", "templates-option"])
def place(request: pytest.FixtureRequest, data_dir: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """Where the hostile template goes, and the global options that make ogp use it."""
    if request.param == "beside-data":
        folder = data_dir.parent / "templates"
        options = ["--data", str(data_dir)]
    else:
        folder = tmp_path / "override"
        options = ["--data", str(data_dir), "--templates", str(folder)]
    folder.mkdir()
    return folder, options


@pytest.mark.parametrize(("name", "payload"), PAYLOADS, ids=[n for n, _ in PAYLOADS])
def test_escape_is_refused(
    run: RunFn, place: tuple[Path, list[str]], tmp_path: Path, name: str, payload: str
) -> None:
    folder, options = place
    template = folder / "letter.md.j2"
    template.write_text(_template(payload), encoding="utf-8")
    out = tmp_path / "out" / "letter.md"
    out.parent.mkdir()
    result = run(*options, "render-letter", "-o", out)
    assert result.exit_code == 1, result.output
    first = result.output.splitlines()[0]
    assert first.startswith(f"error: {template}:2: template "), first
    assert "Traceback" not in result.output
    assert "uid=" not in result.output
    assert not out.exists()
    assert list(out.parent.iterdir()) == []


def test_a_refused_escape_says_why(run: RunFn, place: tuple[Path, list[str]]) -> None:
    folder, options = place
    (folder / "letter.md.j2").write_text(_template(PAYLOADS[0][1]), encoding="utf-8")
    result = run(*options, "render-letter")
    assert result.output.splitlines()[:2] == [
        f"error: {folder / 'letter.md.j2'}:2: template refused: access to attribute "
        "'__init__' of 'type' object is unsafe.",
        "hint: templates run in a sandbox: they may use the values ogp passes them, "
        "not Python's internals",
    ]


@pytest.mark.parametrize("flag", ["--each"])
def test_a_batch_with_a_hostile_template_writes_nothing(
    run: RunFn, place: tuple[Path, list[str]], tmp_path: Path, flag: str
) -> None:
    folder, options = place
    (folder / "letter.txt.j2").write_text(
        "{{ doc.title }}\n{{ ''.__class__.__mro__ }}\n", encoding="utf-8"
    )
    out = tmp_path / "letters"
    result = run(*options, "render-letter", flag, "--format", "txt", "-o", out)
    assert result.exit_code == 1
    assert "letter.txt.j2:2: template refused" in result.output
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("document", "args"),
    [
        ("agenda.txt.j2", ["agenda", "1", "--format", "txt"]),
        ("addresses.html.j2", ["addresses", "--format", "html"]),
        ("status.md.j2", ["status", "--format", "markdown"]),
    ],
)
def test_every_templated_document_is_sandboxed(
    run: RunFn, place: tuple[Path, list[str]], document: str, args: list[str]
) -> None:
    folder, options = place
    (folder / document).write_text(_template("{{ lipsum.__globals__ }}"), encoding="utf-8")
    result = run(*options, *args)
    assert result.exit_code == 1, result.output
    assert f"{folder / document}:2: template refused" in result.output


def test_what_templates_may_do_still_works(run: RunFn, place: tuple[Path, list[str]]) -> None:
    """Loops, filters, str.format on safe values, macros and the table helper are fine."""
    folder, options = place
    (folder / "letter.txt.j2").write_text(
        "{% macro up(s) %}{{ s|upper }}{% endmacro %}"
        "{{ up(doc.title) }}|{{ '{}-{}'.format(1, 2) }}|{{ range(3)|list|length }}|"
        "{{ 2**10 }}|{{ '-' * 3 }}|{% set ns = namespace(n=0) %}"
        "{% for i in range(4) %}{% set ns.n = ns.n + i %}{% endfor %}{{ ns.n }}|"
        "{{ 'ab'|indent(width=2, first=True) }}|{{ 'x'|center(width=3) }}|"
        "{{ 'a b'|wordwrap(width=3) }}|{{ '%5s'|format('y') }}|{{ '{:>3}'.format(1) }}\n"
        "{% set rows = table(['a', 'b']) %}{% set _ = rows.add('ccc', 'd') %}{{ rows|columns }}\n",
        encoding="utf-8",
    )
    result = run(*options, "render-letter", "--format", "txt")
    assert result.exit_code == 0, result.output
    first, *rest = result.output.splitlines()
    assert first.endswith("|1-2|3|1024|---|6|  ab| x |a b|    y|  1"), first
    assert rest == ["a     b", "ccc   d"]


def test_no_data_is_ever_compiled_as_template_text() -> None:
    """Templates come only from files: nothing in ogp compiles a string as a template."""
    offenders = []
    for path in sorted((ROOT / "ogp").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {
                "from_string",
                "compile_expression",
            }:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
            if isinstance(node, ast.Name | ast.Attribute) and (
                getattr(node, "id", None) == "Template" or getattr(node, "attr", None) == "Template"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: Template")
    assert offenders == []


def test_data_that_looks_like_a_template_is_printed_as_it_is(
    run: RunFn, data_dir: Path, edit: Callable[[str, str, str], Path]
) -> None:
    text = (data_dir / "letters.yaml").read_text(encoding="utf-8")
    assert "title:" in text
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("title:"))
    edit(
        "letters.yaml", line, line.split("title:")[0] + 'title: "{{ 7*7 }} {% if 1 %}x{% endif %}"'
    )
    result = run("--data", data_dir, "render-letter", "--format", "txt")
    assert result.exit_code == 0, result.output
    assert "{{ 7*7 }} {% if 1 %}x{% endif %}" in result.output
    assert "49" not in result.output.split("{{ 7*7 }}")[0][-5:]


@pytest.mark.parametrize(
    ("linked", "command"),
    [
        ("letter.txt.j2", ("render-letter", "--format", "txt")),  # a template
        ("site/site.css", ("site", "--no-pdf")),  # a static file the site copies
        ("included.txt", ("render-letter", "--format", "txt")),  # a file a template includes
    ],
    ids=["template", "static", "include"],
)
def test_a_template_that_is_a_link_out_of_its_folder_is_refused(
    run: RunFn, place: tuple[Path, list[str]], tmp_path: Path, linked: str,
    command: tuple[str, ...],
) -> None:  # fmt: skip
    """A pull request may add a symbolic link: to /etc/passwd, the runner's environment.
    Followed, the site would publish it; it is refused at the link, and nothing written."""
    folder, options = place
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET=hunter2\n", encoding="utf-8")
    link = folder / linked
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(secret)
    if linked == "included.txt":
        (folder / "letter.txt.j2").write_text("{% include 'included.txt' %}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(*options, *command, "-o", out / "x" if command[0] != "site" else out)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"error: {link}: the template is a link to {secret.resolve()}, outside the template "
        "folders; refused\nhint: put the file itself in the template folder"
    ), result.output
    assert "hunter2" not in result.output
    assert not out.exists()


def test_a_link_within_the_template_folder_is_followed(
    run: RunFn, place: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, options = place
    (folder / "mine.txt.j2").write_text("{{ doc.title }}\n", encoding="utf-8")
    (folder / "letter.txt.j2").symlink_to(folder / "mine.txt.j2")
    result = run(*options, "render-letter", "--format", "txt")
    assert result.exit_code == 0, result.output


def test_a_template_nested_too_deep_to_compile_is_a_template_error(
    run: RunFn, place: tuple[Path, list[str]]
) -> None:
    folder, options = place
    (folder / "letter.txt.j2").write_text("{{ " + "(" * 50000 + "1" + ")" * 50000 + " }}\n")
    result = run(*options, "render-letter", "--format", "txt")
    assert result.exit_code == 1, result.output
    assert "template error: nested too deep to be compiled" in result.output
