"""The SDK-shape layer's tables agree with the runtime they describe: media kinds with the
runtime's `body_kind`, the per-call options with `RequestOptions.of`, every name an import line
can carry with where the runtime defines it; and shapes decide what templates used to."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from leonardo_sdk import _base_client

from generator import pipeline
from generator.emit.environment import RUNTIME_DIR
from generator.sdk import media
from generator.sdk.imports import HOMES
from generator.sdk.options import CALL_OPTIONS
from generator.sdk.shapes import NON_IDEMPOTENT_METHODS, SdkShape

from .conftest import SPEC

_TOKEN = st.text("abcdefghijklmnopqrstuvwxyz0123456789-.+", min_size=1, max_size=12)
_TYPES = st.sampled_from(
    ["application", "text", "multipart", "image", "audio", "video", "font", "*", "model"]
)
_KNOWN = st.sampled_from(
    [
        "application/json", "application/problem+json", "application/vnd.api+json",
        "multipart/form-data", "multipart/mixed", "multipart/related",
        "application/x-www-form-urlencoded", "text/plain", "text/csv", "text/html",
        "application/octet-stream", "image/png", "*/*", "application/xml", "application/jsonl",
        "application/x-ndjson", "application/json-patch+json",
    ]
)  # fmt: skip


@st.composite
def media_types(draw: st.DrawFn) -> str:
    """Media types as specs write them: mixed case, parameters, spaces."""
    base = draw(_KNOWN | st.builds(lambda t, s: f"{t}/{s}", _TYPES, _TOKEN))
    if draw(st.booleans()):
        base = "".join(c.upper() if draw(st.booleans()) else c for c in base)
    if draw(st.booleans()):
        base += draw(st.sampled_from(["; charset=utf-8", " ;boundary=x", ";q=0.9"]))
    return base


@given(media_types())
def test_request_media_kinds_classify_as_the_runtime_does(content_type: str) -> None:
    assert media.request_media(content_type).kind == _base_client.body_kind(content_type)


def test_call_options_are_what_the_runtime_takes() -> None:
    parameters = inspect.signature(_base_client.RequestOptions.of).parameters
    taken = [p for p in parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert [p.name for p in taken] == [o.name for o in CALL_OPTIONS]
    for option, parameter in zip(CALL_OPTIONS, taken, strict=True):
        assert str(parameter.annotation) == option.annotation, option.name
        assert str(parameter.default) == str(eval(option.default, vars(_base_client))), option.name


def _runtime_exports() -> dict[str, set[str]]:
    """Top-level names each runtime module defines or imports (its importable names)."""
    names: dict[str, set[str]] = {}
    for path in sorted(Path(RUNTIME_DIR).glob("*.py")):
        found: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                found.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found.update(t.id for t in targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.ImportFrom):
                found.update(a.asname or a.name for a in node.names)
        names[f"..{path.stem}"] = found
    return names


def test_every_imported_name_lives_where_the_import_table_says() -> None:
    runtime = _runtime_exports()
    for name, home in HOMES.items():
        if home.startswith("."):
            assert name in runtime[home], f"{name} is not in {home}"
        else:
            module = __import__(home, fromlist=[name])
            assert hasattr(module, name), f"{name} is not in {home}"


def test_idempotency_is_decided_by_the_shape() -> None:
    api, _, _ = pipeline.build_api(SPEC)
    shape = SdkShape(api)
    for resource in api.resources:
        for operation in shape.resource(resource).operations:
            method = operation.operation.method
            assert operation.idempotent is (method not in NON_IDEMPOTENT_METHODS)
            assert operation.idempotent is (method in ("GET", "PUT", "DELETE", "HEAD", "OPTIONS"))
