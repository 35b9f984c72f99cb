"""Template bugs are reported, not hidden: a broken template (Jinja syntax, an undefined name, an
exception from template code) or generated Python that does not parse stops `sdkgen generate`
with exit code 2 and one message naming the template file:line and the generated file, leaving
the output alone; any other ruff failure quotes ruff; `--no-format` writes what the templates
produced; `--templates DIR` replaces built-in templates."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import main
from generator.emit import code as render
from generator.emit import origins, overrides
from generator.emit.environment import TEMPLATES_DIR
from generator.errors import OutputError, TemplateError
from generator.output.format import Formatter
from generator.output.write import read_tree
from generator.sdk.shapes import SdkShape

SPEC = """\
openapi: 3.1.0
info: {title: Tiny, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      description: A thing.
      type: object
      properties:
        id: {type: string}
        other: {$ref: "#/components/schemas/Widget"}
    Widget:
      type: object
      properties:
        size: {type: integer}
"""
PACKAGE = "src/tiny_sdk"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(SPEC)
    return path


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    """A copy of the built-in templates directory, to break."""
    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.fixture
def output(spec: Path, tmp_path: Path) -> Path:
    """A previous, good generation: a failed run must leave it as it is."""
    out = tmp_path / "out"
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    return out


def edit_line(template: Path, find: str, change: str) -> int:
    """Replace `find` by `change` in the first line of `template` holding it; that line's
    1-based number."""
    lines = template.read_text().splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, start=1) if find in line)
    lines[number - 1] = lines[number - 1].replace(find, change, 1)
    template.write_text("".join(lines))
    return number


def generate_failing(
    spec: Path, output: Path, templates: Path, capsys: pytest.CaptureFixture[str]
) -> str:
    """Run `sdkgen generate --templates`, expect exit 2, an untouched output and no traceback;
    the error message."""
    before = read_tree(output)
    capsys.readouterr()
    code = main(["generate", str(spec), "-o", str(output), "--templates", str(templates)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert read_tree(output) == before
    assert err.startswith("sdkgen: error: ") and "Traceback" not in err
    return err


def test_jinja_syntax_error_names_template_line_and_generated_file(
    spec: Path, output: Path, templates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = templates / "src/resources/resource.py.jinja"
    line = edit_line(template, "def {{ op.name }}(", "def {{ op.name }}({% if %}")
    err = generate_failing(spec, output, templates, capsys)
    assert f"{template}:{line}: template syntax error" in err
    assert f"while rendering {PACKAGE}/resources/" in err


def test_undefined_variable_names_template_line_and_generated_file(
    spec: Path, output: Path, templates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = templates / "src/_client.py.jinja"
    line = edit_line(template, "from functools import cached_property", "{{ no_such_name }}")
    err = generate_failing(spec, output, templates, capsys)
    assert f"{template}:{line}: template error (while rendering {PACKAGE}/_client.py)" in err
    assert "'no_such_name' is undefined" in err


def test_exception_from_template_code_in_the_docs(
    spec: Path, output: Path, templates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = templates / "docs/model.md.jinja"
    line = edit_line(template, "{{ named.description | md_text }}", "{{ named.description }}")
    err = generate_failing(spec, output, templates, capsys)
    assert f"{template}:{line}: template error (while rendering the docs)" in err
    assert "spec text reached template output unescaped: 'A thing.'" in err
    assert "UnescapedSpecTextError" in err


def test_generated_syntax_error_names_generated_line_and_likely_template_line(
    spec: Path, output: Path, templates: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = templates / "src/resources/resource.py.jinja"
    line = edit_line(template, "def {{ op.name }}(", "def {{ op.name }}((")
    err = generate_failing(spec, output, templates, capsys)

    # Where the broken line is, seen in the unformatted output (written despite the error).
    raw = tmp_path / "raw"
    assert (
        main(["generate", str(spec), "-o", str(raw), "--no-format", "--templates", str(templates)])
        == 0
    )
    warned = capsys.readouterr().err
    broken = [
        (path.relative_to(raw).as_posix(), number, text)
        for path in sorted(raw.rglob("*.py"))
        for number, text in enumerate(path.read_text().splitlines(), start=1)
        if "def get_thing((" in text
    ]
    path, number, text = broken[0]  # the sync method comes first
    assert f"generated Python does not parse: {path}:{number}:" in err
    assert f"  {number:>5} | {text}\n" in err
    assert f"likely from {template}:{line} (the template line most like it, a guess)" in err
    assert "--no-format" in err
    # --no-format: the same place is reported, as a warning.
    assert f"sdkgen: warning: generated Python does not parse: {path}:{number}:" in warned


def test_syntax_error_in_a_file_rendered_by_the_forked_docs_process(
    spec: Path, templates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every spec forks the docs process, which renders every other model module (here
    # widget.py, not thing.py): the template origins of its files come back from it.
    monkeypatch.setattr(pipeline, "FORK_DOCS_MIN_OPERATIONS", 0)
    template = templates / "src/models/module.py.jinja"
    broken = '({% if model.name == "Widget" %}({% endif %}BaseModel):'
    line = edit_line(template, "(BaseModel):", broken)
    with pytest.raises(TemplateError) as raised:
        pipeline.generate(spec, tmp_path / "forked", templates=templates)
    message = str(raised.value)
    assert re.search(rf"does not parse: {PACKAGE}/models/widget\.py:\d+:\d+: ", message)
    assert "| class Widget((BaseModel):\n" in message
    assert f"likely from {template}:{line}" in message
    assert not (tmp_path / "forked").exists()


def test_jinja_error_in_the_forked_docs_process(
    spec: Path, templates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "FORK_DOCS_MIN_OPERATIONS", 0)
    template = templates / "docs/resource.md.jinja"
    line = edit_line(template, "{{", "{{ undefined_in_docs }}{{")
    with pytest.raises(TemplateError, match=rf"{re.escape(str(template))}:{line}: .*undefined_in"):
        pipeline.generate(spec, tmp_path / "forked", templates=templates)


def test_other_ruff_failures_show_what_ruff_said(
    spec: Path, output: Path, templates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A generated pyproject.toml that ruff cannot read: not a Python syntax error.
    template = templates / "package/pyproject.toml.jinja"
    edit_line(template, "line-length = {{ line_length }}", 'line-length = "wide"')
    err = generate_failing(spec, output, templates, capsys)
    assert "formatting the generated code failed (ruff check, exit code 2):\n" in err
    assert 'line-length = "wide"' in err  # ruff's own report of the bad value


def test_formatter_quotes_ruff_and_parses_its_syntax_errors(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n")
    (tmp_path / "good.py").write_text("x=1\n")
    (tmp_path / "bad.py").write_text("import os\n\ndef f(:\n    pass\n")
    with pytest.raises(OutputError) as raised:
        Formatter().format(tmp_path, ["good.py", "bad.py"])
    failures = getattr(raised.value, "parse_failures", ())
    assert [(f.path, f.line, f.column) for f in failures] == [("bad.py", 3, 7)]
    assert "Failed to parse bad.py:3:7" in str(raised.value)
    assert (tmp_path / "bad.py").read_text().startswith("import os\n")  # not "fixed"


def test_no_format_writes_what_the_templates_produced(
    spec: Path, templates: Path, tmp_path: Path
) -> None:
    # A line ruff would reformat and an import it would remove.
    version = templates / "src/_version.py.jinja"
    version.write_text("import os\nx=[1,2]\n" + version.read_text())
    raw, formatted = tmp_path / "raw", tmp_path / "formatted"
    base = ["generate", str(spec), "--templates", str(templates)]
    assert main([*base, "-o", str(raw), "--no-format"]) == 0
    assert main([*base, "-o", str(formatted)]) == 0
    api, cfg, _ = pipeline.build_api(spec)
    rendered = render.render_package(SdkShape(api), cfg, overrides.environment(templates))
    raw_tree, formatted_tree = read_tree(raw), read_tree(formatted)
    assert raw_tree.keys() == formatted_tree.keys()
    for path, text in rendered.items():
        assert raw_tree[path] == text.encode(), path
    assert raw_tree[f"{PACKAGE}/_version.py"].startswith(b"import os\nx=[1,2]\n")
    assert formatted_tree[f"{PACKAGE}/_version.py"].startswith(b"x = [1, 2]\n")
    # check always formats: the unformatted tree is drift.
    assert main(["check", str(spec), "-o", str(raw), "--templates", str(templates)]) == 1
    assert main(["check", str(spec), "-o", str(formatted), "--templates", str(templates)]) == 0


def test_templates_replace_only_same_path_templates(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    only = tmp_path / "only"
    (only / "src").mkdir(parents=True)
    (only / "src/_version.py.jinja").write_text("VERSION_FROM_OVERRIDE = 1\n")
    out, plain = tmp_path / "o", tmp_path / "plain"
    assert main(["generate", str(spec), "-o", str(out), "--templates", str(only)]) == 0
    assert main(["generate", str(spec), "-o", str(plain)]) == 0
    assert (out / PACKAGE / "_version.py").read_text() == "VERSION_FROM_OVERRIDE = 1\n"
    changed = {p for p, data in read_tree(out).items() if read_tree(plain).get(p) != data}
    assert changed == {f"{PACKAGE}/_version.py"}
    (only / "src/_verison.py.jinja").write_text("typo\n")
    (only / "runtime").mkdir()
    (only / "runtime/_serdes.py").write_text("changed = True\n")  # no such runtime module
    capsys.readouterr()
    assert main(["generate", str(spec), "-o", str(out), "--templates", str(only)]) == 2
    err = capsys.readouterr().err
    assert f"{only / 'src/_verison.py.jinja'}: no built-in template has this path" in err
    assert f"{only / 'runtime/_serdes.py'}: no built-in template has this path" in err


def test_best_template_line_prefers_a_line_that_could_have_printed_it() -> None:
    source = 'def {{ pager.name }}(\n{{ "async " if a else "" }}def {{ op.name }}((\n'
    assert origins.best_template_line("    def get_thing((", [("t.jinja", source)]) == (
        "t.jinja",
        2,
        '{{ "async " if a else "" }}def {{ op.name }}((',
    )
    assert origins.best_template_line("zzzz", [("t.jinja", "{% if x %}\nabc\n")]) is None
