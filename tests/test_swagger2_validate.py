"""Validation of Swagger 2.0 input: the 2.0 document against the Swagger 2.0 schema, the meaning
checks on its converted form, every problem located in the 2.0 file; sdkgen refuses exactly the
2.0 specs openapi-spec-validator 0.9 (`OpenAPIV2SpecValidator`) refuses."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.errors import SpecValidationError
from generator.spec import cache, swagger2, validate
from generator.spec.load import load_spec

from .conftest import REPO

# As tests/test_validate.py: the reference's structural check without jsonschema-rs's formats.
os.environ["OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND"] = "jsonschema"

SPECS = REPO / "tests" / "specs" / "swagger2"
INVALID = sorted((SPECS / "invalid").glob("*.yaml"))
CORPUS = sorted(
    [
        SPECS / "docker-engine.swagger.yaml",
        SPECS / "argo-workflows.swagger.json",
        *(SPECS / "valid").glob("*.yaml"),
        *(SPECS / "constructs").glob("*.yaml"),
        SPECS / "constructs" / "external" / "root.yaml",
        *INVALID,
    ]
)


def reference_problems(path: Path) -> list[str]:
    from openapi_spec_validator import OpenAPIV2SpecValidator

    spec = load_spec(path)
    validator: Any = OpenAPIV2SpecValidator(spec.root.data, base_uri=spec.root.path.as_uri())
    try:
        return [str(e.message) for e in validator.iter_errors()]
    except Exception as exc:  # noqa: BLE001 - the reference's own failure counts as "invalid"
        return [f"{type(exc).__name__}: {exc}"]


def _ours(path: Path) -> validate.Findings:
    return validate.check_spec(swagger2.convert_spec(load_spec(path)))


def _name(path: Path) -> str:
    return path.relative_to(SPECS).as_posix()


# Valid Swagger 2.0 the reference refuses, and what it says (each of its messages must match):
# it checks defaults and schemas as OpenAPI 3.0 would, knowing neither `x-nullable` (Docker writes
# `default: null` beside `x-nullable: true`) nor the `type: file` that Swagger 2.0 allows in a
# response schema ("As an extension to the Schema Object, its type property can also be file").
REFERENCE_WRONG = {
    "docker-engine.swagger.yaml": ("None for not nullable", "None is not of type 'array'"),
    "constructs/media.yaml": ("'file' is not valid under any of the given schemas",),
}


@pytest.mark.parametrize("path", CORPUS, ids=_name)
def test_refuses_exactly_what_openapi_spec_validator_refuses(path: Path) -> None:
    ours = _ours(path).errors
    theirs = reference_problems(path)
    assert bool(ours) == (path in INVALID), ours
    if _name(path) in REFERENCE_WRONG:
        assert theirs and set(theirs) <= set(REFERENCE_WRONG[_name(path)]), theirs
    else:
        assert bool(ours) == bool(theirs), (ours, theirs)


# Where each invalid case's first problem is (the pointer in the 2.0 file, a word of its message).
WHERE = {
    "body_default.yaml": ("/paths/~1pets/post/parameters/0/schema/properties/age/default", 12),
    "duplicate_operation_id.yaml": ("/paths/~1b/get/operationId", 10),
    "duplicate_parameter.yaml": ("/paths/~1pets/get/parameters", 7),
    "no_info.yaml": ("/", 1),
    "parameter_type.yaml": ("/paths/~1pets/get/parameters/0", 7),
    "response_default.yaml": ("/definitions/Pet/properties/age/default", 12),
    "unresolved_path_parameter.yaml": ("/paths/~1pets~1{petId}/get", 6),
}


def test_every_invalid_case_is_listed() -> None:
    assert sorted(WHERE) == [p.name for p in INVALID]


@pytest.mark.parametrize("name", sorted(WHERE))
def test_problems_are_located_in_the_2_0_file(name: str) -> None:
    path = SPECS / "invalid" / name
    _, location = _ours(path).errors[0]
    assert (location.file, location.pointer, location.line) == (str(path), *WHERE[name])


def test_a_fault_in_an_unused_definition_is_a_located_warning() -> None:
    # the reference's 2.0 walk starts at `paths` only: it never sees this definition
    path = SPECS / "valid" / "unused_definition_default.yaml"
    findings = _ours(path)
    assert findings.errors == []
    [(message, location)] = findings.warnings
    assert "invalid default" in message
    assert (location.pointer, location.line) == ("/definitions/Unused/properties/age/default", 8)


def test_the_pipeline_refuses_and_lenient_generates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    path = SPECS / "invalid" / "response_default.yaml"
    with pytest.raises(SpecValidationError) as raised:
        pipeline.build_api(path)
    [(_, location)] = raised.value.problems
    assert (location.file, location.line) == (str(path), 12)
    _, _, warnings = pipeline.build_api(path, lenient=True)
    assert any(f"{path}:12 at /definitions/Pet/properties/age/default" in w for w in warnings)
    # again, from the cache: the same original location
    _, _, again = pipeline.build_api(path, lenient=True)
    assert again == warnings


def test_the_cache_key_of_a_converted_spec_names_the_converter() -> None:
    path = SPECS / "valid" / "unused_definition_default.yaml"
    converted = swagger2.convert_spec(load_spec(path))
    plain = load_spec(path)
    assert cache.content_key(converted) != cache.content_key(plain)
