"""Render stage, the SDK's own tests: `tests/` of the generated package (templates/tests/).

One test per operation and variant (sync, async) against an `httpx.MockTransport`: it calls the
operation with the arguments of its docs example (`docs.CallExample`, the same call the resource
page shows), checks the request (method, path) and that the response built from the spec's
examples (`docs.Examples`, rendered as the expected value and sent as its wire form) decodes to
that value. Plus, marked `prism`, the same calls against a Prism mock server of the spec, run
only when Prism and the spec are given (`<ENV_PREFIX>_TEST_SPEC`, `PRISM_BIN` or `prism` on
PATH). The docs examples are what `tests/test_docs.py` runs, so every call here is one that
the docs already promise works.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import jinja2

from generator import naming
from generator.config import GeneratorConfig
from generator.emit import docs
from generator.filenames import PYTHON_MODULE_RESERVE, Directory
from generator.ir import model as ir
from generator.sdk.shapes import SdkShape

TESTS_DIR = "tests"
FULL_MODEL_DEPTH = 2
"""Models nested this deep in a response example get only the docs' fields (`ResponseExamples`)."""


@dataclass(frozen=True)
class OperationTest:
    call: docs.CallExample
    method: str  # HTTP method the request must have
    path_pattern: str  # regex the end of the request's URL path must match
    status: int  # of the mocked response
    kind: ir.ResponseKind
    content_type: str
    expected: str  # Python expression of the decoded result ("None" for an empty body)
    # The test functions' names: `test_<method>`, `…_async`, `…_against_prism`, unique in the
    # module (the method `merge`'s async test and the method `merge_async`'s sync test would
    # share a name otherwise).
    sync_test: str
    async_test: str
    prism_test: str


@dataclass(frozen=True)
class ResourceTests:
    resource: ir.Resource
    path: str  # of the test module in the package
    imports: str  # import lines of the module
    operations: tuple[OperationTest, ...]


def render_tests(
    shape: SdkShape,
    cfg: GeneratorConfig,
    env: jinja2.Environment,
    resources: tuple[docs.ResourceDoc, ...],
) -> dict[str, str]:
    """`tests/conftest.py` and one `tests/test_<resource>.py` per resource with operations."""
    api = shape.api
    examples = ResponseExamples(api, cfg.package_name)
    context: dict[str, Any] = {"api": api, "config": cfg}
    token_paths = {urlsplit(s.token_url).path for s in api.security_schemes if s.token_url}
    files = {
        f"{TESTS_DIR}/__init__.py": "",
        f"{TESTS_DIR}/conftest.py": env.get_template("tests/conftest.py.jinja").render(
            **context,
            server=_keywords(docs.example_client_arguments(api)),
            credentials=_keywords(_credentials(api)),
            token_paths=sorted(token_paths),
        ),
    }
    page = env.get_template("tests/test_resource.py.jinja")
    # "test_" + a resource module may be too long for a file name: cut like any module name.
    modules = Directory({"__init__", "conftest"}, reserve=PYTHON_MODULE_RESERVE)
    for doc in resources:
        suite = _resource_tests(examples, doc, modules)
        if suite.operations:
            files[suite.path] = page.render(**context, suite=suite)
    return files


def _keywords(arguments: tuple[str, ...]) -> str:
    """`name=expression` arguments as a dict literal (ruff prefers it to `dict(...)`)."""
    items = (argument.split("=", 1) for argument in arguments)
    return "{" + ", ".join(f'"{name}": {value}' for name, value in items) + "}"


@dataclass(frozen=True)
class ResponseExamples(docs.Examples):
    """The docs' example values, except that a response model and the models of its fields get
    every field (not only the required and exemplified ones the docs show): the decode round
    trip then covers each such field's decoder (responses often wrap one model in another).
    Deeper models stay as the docs build them, which keeps values small on nested specs."""

    def synthesize(self, type_ref: ir.TypeRef, name: str, path: tuple[str, ...]) -> docs.Code:
        """As the docs do, except that an alias being expanded is on `path` too: a recursive
        alias (`Tree = list[Tree]`, which only a response reaches) ends in an empty value."""
        if isinstance(type_ref, ir.AliasRef):
            if type_ref.name in path:
                inner = self._alias(type_ref.name)
                empty = {ir.ListOf: "[]", ir.MapOf: "{}"}.get(type(inner), "None")
                return docs.Code(empty)
            return self.synthesize(self._alias(type_ref.name), name, (*path, type_ref.name))
        code = super().synthesize(type_ref, name, path)
        if isinstance(type_ref, (ir.ListOf, ir.MapOf)):
            # An item that could only be None (it leads back to a model being built) but is not
            # nullable: an empty container is the finite value, `[None]` would not decode.
            item = type_ref.item if isinstance(type_ref, ir.ListOf) else type_ref.value
            if not isinstance(item, ir.Nullable) and code.text in ("[None]", '{"key": None}'):
                return docs.Code("[]" if isinstance(type_ref, ir.ListOf) else "{}")
        return code

    def _model(self, name: str, path: tuple[str, ...], fixed: Mapping[str, str]) -> docs.Code:
        if len(path) >= FULL_MODEL_DEPTH or fixed:
            return super()._model(name, path, fixed)
        model = self.api.lookup[name]
        assert isinstance(model, ir.Model)
        arguments = []
        for field in model.fields:
            if field.deprecated and not field.required:
                continue
            sample = docs.Sample(field.name, field.examples, field.default, field.has_default)
            value = self.value(field.type, sample, (*path, name))
            arguments.append(docs.Code(f"{field.name}={value.text}", value.imports))
        return docs.Code(
            f"{model.name}({', '.join(a.text for a in arguments)})",
            frozenset().union(*(a.imports for a in arguments), self._import(model.name)),
        )


def _credentials(api: ir.Api) -> tuple[str, ...]:
    """Constructor arguments giving every credential a test value."""
    arguments = []
    for scheme in api.security_schemes:
        for argument in (scheme.argument, scheme.secret_argument):
            if argument:
                arguments.append(f'{argument}="test-{argument.replace("_", "-")}"')
    return tuple(dict.fromkeys(arguments))


def _client_path(api: ir.Api, resource: ir.Resource) -> str:
    """The resource's attribute path from the client: `admin.users.keys` when nested."""
    by_module = {r.module: r for r in api.resources}
    names = [resource.name]
    while resource.parent:
        resource = by_module[resource.parent]
        names.append(resource.name)
    return ".".join(reversed(names))


def _resource_tests(
    examples: docs.Examples, doc: docs.ResourceDoc, modules: Directory
) -> ResourceTests:
    via = _client_path(examples.api, doc.resource)
    names = naming.Namespace()
    stems = [f"test_{op.operation.name}" for op in doc.operations]
    # Every sync test's name first: they keep the plain `test_<method>` whatever else collides.
    sync = [names.claim(stem) for stem in stems]
    asynchronous = [names.claim(f"{stem}_async") for stem in stems]
    prism = [names.claim(f"{stem}_against_prism") for stem in stems]
    operations = tuple(
        replace(test, call=replace(test.call, resource=via))
        for test in (
            _operation_test(examples, op, functions)
            for op, *functions in zip(doc.operations, sync, asynchronous, prism, strict=True)
        )
    )
    imports: frozenset[docs.Import] = frozenset()
    for op, test in zip(doc.operations, operations, strict=True):
        imports |= test.call.imports | _expected_code(examples, op.operation).imports
    client = doc.operations[0].call.client_class if doc.operations else ""
    lines = ""
    if operations:
        combined = replace(operations[0].call, imports=imports)
        lines = combined.import_lines(client, f"Async{client}", stdlib=["asyncio"])
    return ResourceTests(
        resource=doc.resource,
        path=f"{TESTS_DIR}/{modules.claim('test_' + doc.resource.module)}.py",
        imports=lines,
        operations=operations,
    )


def _success(op: ir.Operation) -> ir.Response | None:
    return op.responses[0] if op.responses else None


def _expected_code(examples: docs.Examples, op: ir.Operation) -> docs.Code:
    response = _success(op)
    if response is None or response.kind != "json" or response.type is None:
        return docs.Code("None")
    return examples.value(response.type, docs.Sample("result"))


def _operation_test(
    examples: docs.Examples, op_doc: docs.OperationDoc, functions: list[str]
) -> OperationTest:
    """The test of one operation; `functions`: its sync, async and Prism tests' names."""
    op = op_doc.operation
    response = _success(op)
    status = response.status if response is not None else "200"
    kind: ir.ResponseKind = response.kind if response is not None else "empty"
    expected = _expected_code(examples, op).text
    if kind == "text":
        expected = repr("example text")
    elif kind == "bytes":
        expected = repr(b"example bytes")
    elif kind == "json" and (response is None or response.type is None):
        kind = "empty"
    return OperationTest(
        call=op_doc.call,
        method=op.method,
        path_pattern=_path_pattern(op.path),
        status=int(status) if status.isdigit() else 200,
        kind=kind,
        content_type=(response.content_type if response is not None else "") or "",
        expected=expected,
        sync_test=functions[0],
        async_test=functions[1],
        prism_test=functions[2],
    )


def _path_pattern(path: str) -> str:
    """A regex of the request path: each `{param}` one non-empty segment (any encoding)."""
    parts = re.split(r"\{[^}]*\}", path)
    return "[^/]+".join(re.escape(part) for part in parts) + "$"
