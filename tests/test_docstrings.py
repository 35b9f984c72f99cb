"""Generated docstrings, read as an IDE reads them: every argument of every public method of the
committed Leonardo SDK and of the shapes golden has an `Args:` entry (the methods' own signature
is the reference, parsed with `ast`), every model class lists its fields under `Attributes:`, and
hostile spec text cannot leave the docstring it is put in, nor add or hide an argument entry."""

from __future__ import annotations

import ast
import dataclasses
import functools
import inspect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.emit.environment import shared_environment
from generator.escaping import SpecText, normalize_doc
from generator.ir import model as ir
from generator.sdk.options import CALL_OPTIONS
from generator.sdk.shapes import OperationView, SdkShape

from .conftest import GENERATED, REPO, SPEC

PACKAGES = {
    "leonardo": GENERATED / "src" / "leonardo_sdk",
    "shapes-golden": REPO / "tests" / "golden" / "shapes" / "expected" / "src" / "shapes_sdk",
}
SECTIONS = ("Args:", "Attributes:", "Returns:", "Raises:")


def section(doc: str, title: str) -> list[str]:
    """The names of the entries of the last `title` section of a Google-style docstring: its
    lines indented exactly four spaces, up to the next unindented line."""
    lines = doc.split("\n")
    starts = [i for i, line in enumerate(lines) if line == title]
    if not starts:
        return []
    names: list[str] = []
    for line in lines[starts[-1] + 1 :]:
        if line and not line[0].isspace():
            break
        if line.startswith("    ") and not line.startswith("     "):
            names.append(line[4:].split(":", 1)[0])
    return names


def _methods(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    found = []
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for node in cls.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            decorated = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
            if node.name.startswith("_") or decorated & {"property", "cached_property"}:
                continue
            found.append(node)
    return found


def _parameters(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    args = fn.args
    return [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs) if a.arg != "self"]


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_parameter_of_every_method_is_documented(package: str) -> None:
    checked = 0
    for path in sorted((PACKAGES[package] / "resources").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in _methods(tree):
            where = f"{path.name}:{fn.lineno} {fn.name}"
            doc = ast.get_docstring(fn)
            assert doc, f"{where} has no docstring"
            assert section(doc, "Args:") == _parameters(fn), where
            assert "\nRaises:\n" in doc, where
            if not fn.name.startswith("iter_"):  # an iterator's items are in its annotation
                assert len(section(doc, "Returns:")) == 1, where
            checked += 1
    assert checked >= 4  # sync and async twins of at least two operations


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_model_documents_its_fields(package: str) -> None:
    checked = 0
    for path in sorted((PACKAGES[package] / "models").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            fields = [
                n.target.id
                for n in cls.body
                if isinstance(n, ast.AnnAssign)
                and isinstance(n.target, ast.Name)
                and not n.target.id.startswith("_")
            ]
            if not fields:
                continue  # enums, and models without fields
            doc = ast.get_docstring(cls)
            assert doc, f"{path.name} {cls.name}"
            assert section(doc, "Attributes:") == fields, f"{path.name} {cls.name}"
            checked += 1
    assert checked >= 5


# -- hostile spec text -------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        '"""', "'''", '"', "\\", "\\n", "\n", "\r", "\r\n", "\t", "{{", "{%", "{#", "\x00", "\x0b",
        "\ud800", "\u2028", "\u3000", " ", "    ", "\nArgs:\n    prompt: x", "\nReturns:\n",
        "        return 1", "):", "# type: ignore", "é", "x" * 120, "`", "\n\n",
    ]
)  # fmt: skip
HOSTILE = st.lists(_FRAGMENTS | st.text(max_size=8), max_size=12).map("".join)


@functools.cache
def _leonardo() -> ir.Api:
    api, _, _ = pipeline.build_api(SPEC)
    return api


def _with_texts(api: ir.Api, texts: list[str]) -> tuple[ir.Api, ir.Resource]:
    """The Leonardo API with `create_generation`'s summary, description, argument, response and
    (added) error descriptions replaced by `texts`, cycled."""
    pool = iter(texts * 200)

    def text() -> SpecText:
        return SpecText(next(pool))

    resource = api.resources[0]
    op = next(o for o in resource.operations if o.name == "create_generation")
    assert op.body is not None
    body = dataclasses.replace(
        op.body,
        fields=tuple(dataclasses.replace(f, description=text()) for f in op.body.fields),
    )
    op = dataclasses.replace(
        op,
        summary=text(),
        description=text(),
        body=body,
        responses=tuple(dataclasses.replace(r, description=text()) for r in op.responses),
        errors=(
            ir.Response("404", "empty", None, description=text()),
            ir.Response("default", "empty", None, description=text()),
        ),
    )
    resource = dataclasses.replace(resource, operations=(op,))
    return dataclasses.replace(api, resources=(resource,)), resource


def _render(api: ir.Api, resource: ir.Resource) -> tuple[str, SdkShape]:
    shape = SdkShape(api)
    template = shared_environment().get_template("src/resources/resource.py.jinja")
    _, config, _ = pipeline.build_api(SPEC)
    return template.render(api=api, config=config, view=shape.resource(resource)), shape


def _functions(source: str) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(source)
    return {
        f"{cls.name}.{fn.name}": fn
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for fn in cls.body
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
    }


@functools.cache
def _baseline() -> dict[str, str]:
    """The functions' code after their docstrings, for spec text without anything special."""
    source, _ = _render(*_with_texts(_leonardo(), ["plain"]))
    return {name: ast.dump(ast.Module(fn.body[1:], [])) for name, fn in _functions(source).items()}


def _expected_docstring(view: OperationView, class_name: str) -> str:
    """The docstring the shape gives the method of `class_name` (the resource or a view)."""
    if class_name.endswith("WithRawResponse"):
        return view.raw.docstring
    if class_name.endswith("WithStreamingResponse"):
        return (view.streamed_async if class_name.startswith("Async") else view.streamed).docstring
    return view.docstring


@settings(max_examples=60, deadline=None)
@given(st.lists(HOSTILE, min_size=1, max_size=6))
def test_spec_text_cannot_escape_a_method_docstring(texts: list[str]) -> None:
    api, resource = _with_texts(_leonardo(), texts)
    source, shape = _render(api, resource)
    assert "{{" not in source and "{%" not in source
    view = shape.resource(resource).operations[0]
    functions = _functions(source)
    baseline = _baseline()
    assert set(functions) == set(baseline)
    for name, fn in functions.items():
        # the code after the docstring is exactly the code for harmless text
        assert ast.dump(ast.Module(fn.body[1:], [])) == baseline[name], name
        if not name.endswith(".create_generation"):
            continue
        first = fn.body[0]
        assert isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
        assert isinstance(first.value.value, str)
        doc = inspect.cleandoc(first.value.value)
        assert doc == normalize_doc(_expected_docstring(view, name.split(".")[0]))
        # spec text sits under its entry: it can neither add nor hide an argument
        assert section(doc, "Args:") == _parameters(fn)
        assert section(doc, "Raises:")[:2] == ["NotFoundError", "APIStatusError"]


def test_call_options_are_documented_from_the_options_table() -> None:
    source, _ = _render(*_with_texts(_leonardo(), ["plain"]))
    doc = ast.get_docstring(_functions(source)["GenerationResource.create_generation"]) or ""
    for option in CALL_OPTIONS:
        assert f"    {option.name}: {option.description.split()[0]}" in doc


def test_a_long_description_is_wrapped_to_the_line_length() -> None:
    long_text = " ".join(["word"] * 80)
    source, _ = _render(*_with_texts(_leonardo(), [long_text]))
    lines = source.split("\n")
    assert max(len(line) for line in lines if "word word" in line) <= 100
