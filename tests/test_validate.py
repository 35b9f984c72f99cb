"""The validate stage: jsonschema-rs against the OpenAPI meta-schemas plus our semantic checks.

openapi-spec-validator (a dev dependency) is the reference: on every spec of the corpus both call
the document valid, or both call it invalid. Where our checks reach further than the reference's,
the finding is a located warning, never a refusal: those specs live in
tests/specs/validation/stricter/ (docs/design.md lists the differences). The corpus includes a
pinned sample of real specs from the APIs.guru directory (tests/specs/validation/corpus_sample/).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.errors import Location
from generator.spec import cache as validation_cache
from generator.spec import semantics, validate
from generator.spec.load import SourceDocument, Spec, load_spec

from .conftest import REFERENCE, REPO, SPEC

# The reference as it was before jsonschema-rs was installed beside it: with jsonschema-rs present
# openapi-spec-validator switches its structural check to it and starts asserting formats.
os.environ["OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND"] = "jsonschema"

SPECS = REPO / "tests" / "specs"
CASES = SPECS / "validation"
GITHUB_SPEC = REPO / ".cache" / "github-openapi" / "23.0.2" / "api.github.com.json"


def _is_openapi(path: Path) -> bool:
    head = path.read_text(encoding="utf-8")[:400]
    return "openapi" in head and "/external/" not in path.as_posix()


# Not compared: beyond_reference/ (valid 3.1 that the reference cannot resolve: `$ref: "#anchor"`
# raises NoSuchAnchor in it) and reference_fails/ (specs the reference crashes on).
_NOT_COMPARED = ("/beyond_reference/", "/reference_fails/")

CORPUS = sorted(
    p
    for p in [*SPECS.rglob("*.yaml"), *SPECS.rglob("*.json"), *REFERENCE.glob("*.*"), SPEC]
    if p.suffix in (".yaml", ".json")
    and _is_openapi(p)
    and not any(part in p.as_posix() for part in _NOT_COMPARED)
)


def reference_problems(spec: Spec) -> list[str]:
    """What openapi-spec-validator 0.9 says about the spec (its exception counts as a problem)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = validate.openapi_version(spec.root)
    cls: Any = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    validator = cls(spec.root.data, base_uri=spec.root.path.as_uri())
    try:
        return [str(e.message) for e in validator.iter_errors()]
    except Exception as exc:  # noqa: BLE001 - the reference's own failures count as "invalid"
        return [f"{type(exc).__name__}: {exc}"]


def _name(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


@pytest.mark.parametrize("path", CORPUS, ids=_name)
def test_agrees_with_openapi_spec_validator(path: Path) -> None:
    spec = load_spec(path)
    ours = validate.validate_spec(spec)
    theirs = reference_problems(spec)
    assert bool(ours) == bool(theirs), (ours, theirs)


SAMPLE = CASES / "corpus_sample"


def test_corpus_sample_is_the_pinned_bytes_of_the_directory() -> None:
    """Every vendored spec of the sample is listed in its README with the directory path it came
    from and its sha256 (the agreement test above runs each)."""
    import hashlib

    rows = [
        line.split("|")[1:5]
        for line in (SAMPLE / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and line.endswith(" |") and ".json" in line.split("|")[1]
    ]
    listed = {name.strip(): digest.strip() for name, _, _, digest in rows}
    on_disk = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SAMPLE.glob("*.json")}
    assert len(on_disk) >= 10
    assert on_disk == listed
    assert {p for p in CORPUS if p.parent == SAMPLE} == set(SAMPLE.glob("*.json"))


def test_corpus_has_valid_and_invalid_specs_of_both_versions() -> None:
    """The agreement test means something only if the corpus has both outcomes."""
    outcomes = {
        (validate.openapi_version(load_spec(p).root), "invalid" in p.as_posix()) for p in CORPUS
    }
    assert outcomes == {("3.0", True), ("3.0", False), ("3.1", True), ("3.1", False)}


# spec (tests/specs/validation/invalid) → (fragment of the first message, where it is reported)
INVALID: dict[str, tuple[str, str]] = {
    "duplicate_operation_id.yaml": (
        "Operation ID 'list' for 'get' in '/b' is not unique",
        "/paths/~1b/get/operationId",
    ),
    "path_parameter_undeclared.yaml": (
        "Path parameter 'id' for 'get' operation in '/things/{id}' was not resolved",
        "/paths/~1things~1{id}/get",
    ),
    "path_parameter_not_in_path.yaml": (
        "Path parameter 'id' for 'get' operation in '/things' was not resolved",
        "/paths/~1things/get",
    ),
    "duplicate_parameter.yaml": ("Duplicate parameter 'q'", "/paths/~1things/get/parameters/1"),
    "duplicate_tag.yaml": ("has non-unique elements", "/tags"),
    "required_not_defined.yaml": (
        "Required list has not defined properties: ['ghost']",
        "/components/schemas/Pet/required",
    ),
    "default_not_of_type.yaml": (
        "invalid default: '3' is not of type 'integer'",
        "/components/schemas/Settings/properties/retries/default",
    ),
    "default_through_ref.yaml": (
        "'blue' is not one of ['red', 'green']",
        "/components/schemas/Paint/properties/color/default",
    ),
    "default_format.yaml": (
        "4294967296 is not a 'int32'",
        "/components/schemas/Limits/properties/small/default",
    ),
    "default_date_format.yaml": (
        "'2024-13-45' is not a 'date'",
        "/components/schemas/Event/properties/day/default",
    ),
    "default_null_not_nullable.yaml": (
        "None is not of type 'string'",
        "/components/schemas/Thing/properties/name/default",
    ),
    "default_nested_null.yaml": (
        "None is not of type 'string'",
        "/components/schemas/Pair/default/b",
    ),
    "default_31.yaml": ("has more than 1 item", "/components/schemas/A/properties/tags/default"),
    "bad_regex.yaml": ("'([a-z]' is not a 'regex'", "/components/schemas/Code/pattern"),
    "bad_regex_31.yaml": (
        "'^x-(' is not a 'regex'",
        "/components/schemas/A/patternProperties/^x-(",
    ),
    "enum_not_unique.yaml": (
        "['low', 'high', 'low'] has non-unique elements",
        "/components/schemas/Level/enum",
    ),
    "missing_info.yaml": ("'info' is a required property", "/"),
    "response_typo.yaml": (
        "is not valid under any of the given schemas (closest: 'description' is a required "
        "property)",
        "/paths/~1a/get/responses/200",
    ),
    "parameter_in.yaml": (
        "is not valid under any of the given schemas",
        "/paths/~1a/get/parameters/0",
    ),
    "unknown_operation_field.yaml": (
        "Additional properties are not allowed ('summry' was unexpected)",
        "/paths/~1a/get",
    ),
    "schema_type_30.yaml": ("is not valid under any of the given schemas", "/components/schemas/A"),
    "schema_type_31.yaml": (
        "'objekt' is not valid under any of the given schemas",
        "/components/schemas/A/properties/n/type",
    ),
    "discriminator_31.yaml": (
        "'propertyName' is a required property",
        "/components/schemas/A/discriminator",
    ),
    "unknown_dialect_31.yaml": (
        "unknown JSON Schema dialect 'https://example.com/my-dialect'",
        "/components/schemas/A/$schema",
    ),
    "external_default.yaml": ("-1 is less than the minimum of 0", "/Count/default"),
}


def test_every_invalid_case_is_listed() -> None:
    on_disk = {p.name for p in (CASES / "invalid").glob("*.yaml")}
    assert on_disk == set(INVALID)


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_spec_is_reported_where_the_fault_is(name: str) -> None:
    fragment, pointer = INVALID[name]
    problems = validate.validate_spec(load_spec(CASES / "invalid" / name))
    assert problems, name
    message, location = problems[0]
    assert fragment in message
    assert location.pointer == pointer
    assert location.line is not None
    assert "\n" not in message


def test_problem_in_a_referenced_file_is_located_in_that_file() -> None:
    spec = load_spec(CASES / "invalid" / "external_default.yaml")
    [(_, location)] = validate.validate_spec(spec)
    assert Path(location.file).name == "shared.yaml" and location.line == 1


# Found where openapi-spec-validator 0.9 does not look (request bodies, headers, callbacks,
# additionalProperties, a schema it met nested first …): warnings, the spec is not refused.
# spec (tests/specs/validation/stricter) → (fragment of the warning, where it is reported)
STRICTER = {
    "request_body_default.yaml": (
        "invalid default: 'many' is not of type 'integer'",
        "/paths/~1things/post/requestBody/content/application~1json/schema/properties/count/default",
    ),
    "additional_properties_default.yaml": (
        "invalid default: 'many' is not of type 'integer'",
        "/components/schemas/Counts/additionalProperties/default",
    ),
    "enum_in_request_body.yaml": (
        "['small', 'large', 'small'] has non-unique elements",
        "/paths/~1things/post/requestBody/content/application~1json/schema/properties/size/enum",
    ),
    "regex_in_header.yaml": (
        "'([a-z]' is not a 'regex'",
        "/paths/~1things/get/responses/200/headers/X-Trace/schema/pattern",
    ),
    "callback_operation_id.yaml": (
        "Operation ID 'subscribe' for 'post' in a callback or webhook is not unique",
        "/paths/~1subscriptions/post/callbacks/onEvent/{$request.body#~1url}/post/operationId",
    ),
    "required_first_met_nested.yaml": (
        "Required list has not defined properties: ['ghost']",
        "/components/schemas/Pet/required",
    ),
    "schema_type_in_request_body_31.yaml": (
        "'objekt' is not valid under any of the given schemas",
        "/paths/~1a/post/requestBody/content/application~1json/schema/properties/n/type",
    ),
}


def test_every_stricter_case_is_listed() -> None:
    assert {p.name for p in (CASES / "stricter").glob("*.yaml")} == set(STRICTER)


@pytest.mark.parametrize("name", sorted(STRICTER))
def test_findings_beyond_the_reference_are_located_warnings(name: str) -> None:
    fragment, pointer = STRICTER[name]
    spec = load_spec(CASES / "stricter" / name)
    assert reference_problems(spec) == []
    findings = validate.check_spec(spec)
    assert findings.errors == []
    [(message, location)] = findings.warnings
    assert fragment in message and validate.STRICTER_NOTE in message
    assert location.pointer == pointer
    assert location.line is not None


def test_max_problems_caps_the_list(tmp_path: Path) -> None:
    ok = "{'200': {description: ok}}"
    operations = "".join(
        f"  /p{i}/{{id}}:\n    get: {{operationId: op{i}, responses: {ok}}}\n" for i in range(30)
    )
    path = tmp_path / "many.yaml"
    path.write_text(f'openapi: 3.0.3\ninfo: {{title: T, version: "1"}}\npaths:\n{operations}')
    assert len(validate.validate_spec(load_spec(path), max_problems=5)) == 5
    assert len(validate.validate_spec(load_spec(path), max_problems=100)) == 30


def test_a_3000_deep_chain_of_schemas_does_not_exhaust_the_stack(tmp_path: Path) -> None:
    """Every schema nests the next through a `$ref` (load bounds literal nesting; references
    do not nest the text): the walk is iterative, so depth costs memory, not stack."""
    depth = 3000
    schemas = "".join(
        f"    S{i}:\n      type: object\n      required: [next]\n      allOf:\n"
        f"        - properties:\n            next: {{$ref: '#/components/schemas/S{i + 1}'}}\n"
        for i in range(depth)
    )
    schemas += f"    S{depth}: {{type: integer, default: nope}}\n"
    path = tmp_path / "deep.yaml"
    path.write_text(
        f'openapi: 3.0.3\ninfo: {{title: T, version: "1"}}\npaths: {{}}\ncomponents:\n'
        f"  schemas:\n{schemas}"
    )
    [(message, location)] = validate.validate_spec(load_spec(path))
    assert "'nope' is not of type 'integer'" in message
    assert location.pointer == f"/components/schemas/S{depth}/default"


def test_deep_literal_nesting_is_walked_iteratively() -> None:
    """Below load's depth guard the data may still be built by hand: 3,000 nested `items`."""
    schema: dict[str, Any] = {"type": "string", "default": 1}
    for _ in range(3000):
        schema = {"type": "array", "items": schema}
    data = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Deep": schema}},
    }
    document = SourceDocument(Path("/virtual/deep.json"), "{}", data, True)
    problems = list(semantics.meaning_problems(Spec(document), "3.0"))
    assert [m for m, _, _ in problems] == ["invalid default: 1 is not of type 'string'"]
    assert problems[0][2].endswith("/items/default")


# -- running beside the build and caching ------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(validation_cache.CACHE_ENV, str(directory))
    return directory


def test_small_spec_is_validated_inline_and_cached(cache: Path) -> None:
    spec = load_spec(CASES / "invalid" / "external_default.yaml")
    pending = validate.PendingValidation(spec)
    assert not pending.forked
    problems = pending.result()
    shared = CASES / "invalid" / "external" / "shared.yaml"
    assert [loc.file for _, loc in problems] == [str(shared)]
    again = validate.PendingValidation(load_spec(CASES / "invalid" / "external_default.yaml"))
    assert again.result() == problems  # from the cache: same messages, files, lines


def test_large_spec_is_validated_in_a_forked_process(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate, "FORK_ABOVE_BYTES", 0)
    spec = load_spec(CASES / "invalid" / "external_default.yaml")
    pending = validate.PendingValidation(spec)
    assert pending.forked
    assert pending.result() == validate.validate_spec(spec)


def test_cache_key_names_the_validator_and_our_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(SPEC)
    key = validation_cache.content_key(spec)
    monkeypatch.setattr(
        validation_cache, "CHECKS_VERSION", validation_cache.CHECKS_VERSION + "-next"
    )
    assert validation_cache.content_key(spec) != key
    monkeypatch.setattr(validation_cache, "_validator_version", lambda: "0.0.0")
    assert validation_cache.content_key(spec) != key


def test_warnings_are_cached_with_the_errors(cache: Path) -> None:
    spec = load_spec(CASES / "stricter" / "regex_in_header.yaml")
    first = validate.PendingValidation(spec)
    assert first.result() == [] and len(first.warnings()) == 1
    again = validate.PendingValidation(load_spec(CASES / "stricter" / "regex_in_header.yaml"))
    assert list(cache.glob("*.json")) and again.findings() == first.findings()


def test_cached_problems_keep_their_location(cache: Path) -> None:
    spec = load_spec(CASES / "invalid" / "response_typo.yaml")
    first = validate.PendingValidation(spec).result()
    second = validate.PendingValidation(spec).result()
    assert second == first
    assert isinstance(first[0][1], Location) and first[0][1].line == 7


# -- GitHub's REST spec ------------------------------------------------------------------------


@pytest.mark.large
@pytest.mark.skipif(not GITHUB_SPEC.is_file(), reason="GitHub's spec is not downloaded")
def test_github_spec_agrees_with_openapi_spec_validator() -> None:
    spec = load_spec(GITHUB_SPEC)
    assert validate.validate_spec(spec) == []
    assert reference_problems(spec) == []


def test_lone_surrogates_are_validated_not_crashed_on(tmp_path: Path) -> None:
    """JSON may spell a lone surrogate ("\\ud800"); jsonschema-rs takes only valid Unicode."""
    path = tmp_path / "surrogate.json"
    path.write_text(
        '{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},'
        ' "components": {"schemas": {"Box": {"type": "object", "properties": {'
        '"\\ud800": {"type": "string", "default": "\\ud800"},'
        ' "n": {"type": "integer", "default": "\\udfff"}}}}}}',
        encoding="utf-8",
    )
    spec = load_spec(path)
    problems = validate.validate_spec(spec)
    assert [m for m, _ in problems] == ["invalid default: '\ufffd' is not of type 'integer'"]
    assert bool(reference_problems(spec)) == bool(problems)


# -- parity: a fault anywhere refuses the spec exactly when the reference refuses it -----------

FAULTS: dict[str, dict[str, Any]] = {
    "default": {"type": "integer", "default": "many"},
    "enum": {"type": "string", "enum": ["a", "b", "a"]},
    "pattern": {"type": "string", "pattern": "([a-z]"},
    "required": {"type": "object", "required": ["ghost"], "allOf": [{"properties": {"a": {}}}]},
    "type": {"type": "objekt"},
}
WRAPPINGS = ("bare", "property", "items", "additionalProperties", "allOf", "anyOf", "ref")
PLACES = (
    "component",
    "response",
    "request_body",
    "query_parameter",
    "path_item_parameter",
    "parameter_content",
    "response_header",
    "component_parameter",
    "component_request_body",
    "callback",
    "first_met_nested",
)


def _wrapped(fault: dict[str, Any], wrapping: str) -> dict[str, Any]:
    """The faulty schema placed inside another schema (or behind a `$ref` to a component)."""
    if wrapping == "bare":
        return fault
    if wrapping == "property":
        return {"type": "object", "properties": {"x": fault}}
    if wrapping == "items":
        return {"type": "array", "items": fault}
    if wrapping == "additionalProperties":
        return {"type": "object", "additionalProperties": fault}
    if wrapping in ("allOf", "anyOf"):
        return {wrapping: [fault]}
    return {"$ref": "#/components/schemas/Faulty"}


def _spec_with_fault(version: str, fault: dict[str, Any], wrapping: str, place: str) -> Any:
    schema = _wrapped(fault, wrapping)
    ok = {"description": "ok"}
    operation: dict[str, Any] = {"operationId": "op", "responses": {"200": ok}}
    path_item: dict[str, Any] = {"get": operation}
    components: dict[str, Any] = {"schemas": {}}
    if wrapping == "ref":
        components["schemas"]["Faulty"] = fault
    media = {"application/json": {"schema": schema}}
    if place == "component":
        components["schemas"]["Holder"] = schema
    elif place == "response":
        operation["responses"]["200"] = {**ok, "content": media}
    elif place == "request_body":
        operation["requestBody"] = {"content": media}
    elif place == "query_parameter":
        operation["parameters"] = [{"name": "q", "in": "query", "schema": schema}]
    elif place == "path_item_parameter":
        path_item["parameters"] = [{"name": "q", "in": "query", "schema": schema}]
    elif place == "parameter_content":
        operation["parameters"] = [{"name": "q", "in": "query", "content": media}]
    elif place == "response_header":
        operation["responses"]["200"] = {**ok, "headers": {"X-H": {"schema": schema}}}
    elif place == "component_parameter":
        components["parameters"] = {"Q": {"name": "q", "in": "query", "schema": schema}}
        operation["parameters"] = [{"$ref": "#/components/parameters/Q"}]
    elif place == "component_request_body":
        components["requestBodies"] = {"B": {"content": media}}
        operation["requestBody"] = {"$ref": "#/components/requestBodies/B"}
    elif place == "callback":
        inner = {"post": {"requestBody": {"content": media}, "responses": {"200": ok}}}
        operation["callbacks"] = {"cb": {"{$request.body#/url}": inner}}
    else:  # a component met first inside a response schema, then again as a component
        components["schemas"]["Holder"] = schema
        nested = {"type": "object", "properties": {"h": {"$ref": "#/components/schemas/Holder"}}}
        operation["responses"]["200"] = {**ok, "content": {"application/json": {"schema": nested}}}
    return {
        "openapi": "3.0.3" if version == "3.0" else "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": path_item},
        "components": components,
    }


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    version=st.sampled_from(("3.0", "3.1")),
    fault=st.sampled_from(sorted(FAULTS)),
    wrapping=st.sampled_from(WRAPPINGS),
    place=st.sampled_from(PLACES),
)
def test_refuses_exactly_when_the_reference_refuses(
    version: str, fault: str, wrapping: str, place: str
) -> None:
    """Wherever a fault sits, sdkgen refuses the spec exactly when openapi-spec-validator 0.9
    does; when it does not refuse, a fault of ours is still a located warning."""
    data = _spec_with_fault(version, FAULTS[fault], wrapping, place)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "spec.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        spec = load_spec(path)
        findings = validate.check_spec(spec)
        theirs = reference_problems(spec)
    assert bool(findings.errors) == bool(theirs), (findings, theirs)
    # the walk reaches every position; `required` is checked where a schema is expected only
    if fault != "required" and not (fault == "enum" and version == "3.1"):
        assert findings.errors or findings.warnings


# -- what generation makes of a value only we refuse ---------------------------------------------


def _fields(api: Any) -> dict[str, Any]:
    return {f.wire_name: f for model in api.models for f in model.fields}


def test_a_default_its_schema_refuses_is_left_out_and_a_valid_one_kept(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(
        'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /things:\n    post:\n'
        "      operationId: createThing\n      requestBody:\n        content:\n"
        "          application/json:\n            schema:\n              type: object\n"
        "              properties:\n"
        "                count: {type: integer, default: many}\n"
        "                limit: {type: integer, default: 10}\n"
        "                size: {$ref: '#/components/schemas/Size'}\n"
        "                level: {$ref: '#/components/schemas/Level'}\n"
        '      responses: {"200": {description: ok}}\n'
        "components:\n  schemas:\n"
        "    Size: {type: string, enum: [s, m], default: s}\n"
        "    Level: {type: string, enum: [low, high], default: medium}\n"
    )
    findings = validate.check_spec(load_spec(path))
    assert len(findings.errors) == 1  # Level's default: the reference checks components
    api, _, _ = pipeline.build_api(path, lenient=True)
    fields = _fields(api)
    assert not fields["count"].has_default and fields["count"].default is None
    assert not fields["level"].has_default
    assert fields["limit"].has_default and fields["limit"].default == 10
    assert fields["size"].has_default and fields["size"].default == "s"


def test_repeated_enum_values_become_one_member_each() -> None:
    api, _, warnings = pipeline.build_api(CASES / "stricter" / "enum_in_request_body.yaml")
    [enum] = api.enums
    assert [m.value for m in enum.members] == ["small", "large"]
    assert any("has non-unique elements" in w for w in warnings)


def test_generate_warns_and_succeeds_where_only_we_find_a_fault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cli

    spec = CASES / "stricter" / "request_body_default.yaml"
    assert cli.main(["generate", str(spec), "-o", str(tmp_path / "sdk")]) == 0
    err = capsys.readouterr().err
    assert f"sdkgen: warning: {spec}:14 at " in err and "invalid default: 'many'" in err
    assert (tmp_path / "sdk" / "pyproject.toml").is_file()


def test_an_extension_on_paths_is_not_a_path_where_the_reference_fails() -> None:
    """The one kind of spec where the reference refuses and we do not (docs/design.md): it
    raises on valid input; we validate and generate it."""
    path = CASES / "reference_fails" / "paths_extension.yaml"
    spec = load_spec(path)
    assert validate.check_spec(spec) == validate.Findings([], [])
    assert any("KeyError" in problem for problem in reference_problems(spec))
    api, _, warnings = pipeline.build_api(path)
    assert [op.name for op in api.operations] == ["list_things"] and warnings == ()


def test_a_dangling_discriminator_mapping_is_a_warning_not_a_refusal() -> None:
    path = CASES / "valid" / "discriminator_mapping_dangling.yaml"
    assert validate.validate_spec(load_spec(path)) == []
    api, _, warnings = pipeline.build_api(path)
    [warning] = [w for w in warnings if "discriminator mapping entry ignored" in w]
    assert "/discriminator/mapping/cat" in warning and "does not exist" in warning
    assert {op.name for op in api.operations} == {"get_pet"}
