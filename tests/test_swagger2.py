"""Swagger 2.0 → OpenAPI 3.0 conversion (generator/spec/swagger2.py), construct by construct.

Each construct of issue 17 has a small spec in tests/specs/swagger2/constructs/; its converted
form is checked field by field against what the 2.0 and 3.0 specifications say it means (the
expectations are written out here, not taken from the converter's output). Locations: a converted
pointer names the original file, line and pointer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from leonardo_sdk._params import Param, encode_query_param

from generator import pipeline
from generator.errors import SpecError
from generator.spec import load, swagger2

CONSTRUCTS = Path(__file__).parent / "specs" / "swagger2" / "constructs"


def _convert(name: str) -> swagger2.ConvertedSpec:
    return swagger2.convert_spec(load.load_spec(CONSTRUCTS / name))


def _root(name: str) -> Any:
    return _convert(name).root.data


def test_the_version_becomes_openapi_3_0_and_info_is_kept() -> None:
    data = _root("servers.yaml")
    assert data["openapi"] == "3.0.3"
    assert "swagger" not in data
    assert data["info"] == {"title": "Servers", "version": "1"}


def test_host_base_path_and_schemes_become_one_server_per_scheme() -> None:
    assert _root("servers.yaml")["servers"] == [
        {"url": "https://api.example.com:8443/v2"},
        {"url": "http://api.example.com:8443/v2"},
    ]


def test_without_a_host_the_base_path_is_a_relative_server() -> None:
    assert _root("servers-no-host.yaml")["servers"] == [{"url": "/v1.56"}]


def test_sections_move_to_components_and_refs_follow() -> None:
    data = _root("components.yaml")
    components = data["components"]
    assert set(components) == {"schemas", "parameters", "responses"}
    assert set(components["schemas"]) == {"Pet", "Owner", "Error"}
    pet = components["schemas"]["Pet"]
    assert pet["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert pet["required"] == ["name"]
    # a path parameter: type fields under `schema`
    assert components["parameters"] == {
        "PetId": {
            "name": "petId",
            "in": "path",
            "required": True,
            "schema": {"type": "integer", "format": "int64"},
        }
    }
    # the body parameter has no 3.0 parameter form: not a component, inlined where used
    assert "PetBody" not in components["parameters"]
    assert components["responses"]["NotFound"] == {
        "description": "no such pet",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    item = data["paths"]["/pets/{petId}"]
    assert item["parameters"] == [{"$ref": "#/components/parameters/PetId"}]
    get = item["get"]
    assert get["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert get["responses"]["200"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
    }
    put = item["put"]
    assert "parameters" not in put
    assert put["requestBody"]["required"] is True
    assert put["requestBody"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
    }


def test_security_definitions_become_security_schemes() -> None:
    data = _root("security.yaml")
    schemes = data["components"]["securitySchemes"]
    assert schemes["basicAuth"] == {
        "type": "http",
        "scheme": "basic",
        "description": "user and password",
    }
    assert schemes["key"] == {"type": "apiKey", "name": "X-API-Key", "in": "header"}
    authorize = "https://auth.example.com/authorize"
    token = "https://auth.example.com/token"
    assert schemes["implicitFlow"]["flows"] == {
        "implicit": {"authorizationUrl": authorize, "scopes": {"read": "read things"}}
    }
    assert schemes["passwordFlow"]["flows"] == {"password": {"tokenUrl": token, "scopes": {}}}
    assert schemes["appFlow"]["flows"] == {"clientCredentials": {"tokenUrl": token, "scopes": {}}}
    assert schemes["codeFlow"]["flows"] == {
        "authorizationCode": {
            "authorizationUrl": authorize,
            "tokenUrl": token,
            "scopes": {"write": "write things"},
        }
    }
    assert data["security"] == [{"key": []}]


def test_a_body_parameter_becomes_the_request_body_per_consumed_media_type() -> None:
    operation = _root("body.yaml")["paths"]["/notes"]["post"]
    schema = {"type": "object", "properties": {"text": {"type": "string"}}}
    body = operation["requestBody"]
    assert body["description"] == "the note to store"
    assert body["required"] is True
    assert body["content"] == {
        "application/json": {"schema": schema},
        "text/plain": {"schema": schema},
    }
    assert body["x-example-extension"] == "kept"
    assert body["x-codegen-request-body-name"] == "note"
    # the other parameter stays a parameter, its type under `schema`
    assert operation["parameters"] == [
        {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}
    ]


def test_form_data_with_a_file_becomes_a_multipart_body() -> None:
    body = _root("formdata.yaml")["paths"]["/upload"]["post"]["requestBody"]
    assert body["required"] is True
    assert list(body["content"]) == ["multipart/form-data"]
    schema = body["content"]["multipart/form-data"]["schema"]
    assert schema["type"] == "object"
    assert schema["required"] == ["file"]
    assert schema["properties"]["file"] == {
        "type": "string",
        "format": "binary",
        "description": "the file",
    }
    assert schema["properties"]["label"] == {"type": "string"}


def test_form_data_without_files_becomes_an_urlencoded_body_with_its_encoding() -> None:
    operation = _root("formdata.yaml")["paths"]["/login"]["post"]
    assert "parameters" not in operation
    media = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
    assert media["schema"]["properties"]["roles"] == {"type": "array", "items": {"type": "string"}}
    assert media["schema"]["required"] == ["user"]
    assert media["encoding"] == {"roles": {"style": "form", "explode": True}}  # multi


def test_consumes_and_produces_global_and_per_operation() -> None:
    paths = _root("media.yaml")["paths"]
    get = paths["/report"]["get"]["responses"]["200"]
    # global produces: one media type each, the 2.0 example under its own
    assert get["content"] == {
        "application/json": {"schema": {"type": "string"}, "example": "a report"},
        "application/xml": {"schema": {"type": "string"}},
    }
    post = paths["/report"]["post"]
    assert post["requestBody"]["content"] == {"text/csv": {"schema": {"type": "string"}}}
    assert post["responses"]["200"]["content"] == {"text/plain": {"schema": {"type": "string"}}}
    assert post["responses"]["200"]["headers"] == {
        "X-Rate-Limit": {
            "description": "calls left",
            "schema": {"type": "integer", "format": "int32"},
        }
    }
    # `produces: []` overrides the global list; a file response is then octet-stream
    archive = paths["/archive"]["get"]["responses"]["200"]["content"]
    assert archive == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }


EXPECTED_STYLES = {
    "ids": ("simple", False),  # path, csv by default
    "csv": ("form", False),  # query, csv by default: NOT 3.0's default (exploded)
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
    "tsv": ("form", False),
    "X-Tags": ("simple", False),
}


def test_collection_formats_become_style_and_explode() -> None:
    parameters = _root("collection.yaml")["paths"]["/items/{ids}"]["get"]["parameters"]
    by_name = {p["name"]: p for p in parameters}
    for name, (style, explode) in EXPECTED_STYLES.items():
        assert (by_name[name]["style"], by_name[name]["explode"]) == (style, explode), name
        assert "collectionFormat" not in by_name[name]
        assert by_name[name]["schema"]["type"] == "array"
    assert by_name["tsv"]["x-collectionFormat"] == "tsv"  # no 3.0 style: recorded
    limit = by_name["limit"]
    assert limit == {
        "name": "limit",
        "in": "query",
        "description": "page size",
        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
    }
    assert "style" not in limit  # not an array: nothing to say
    assert by_name["q"]["allowEmptyValue"] is True


def _sent_2_0(name: str, values: list[str], collection_format: str) -> list[tuple[str, str]]:
    """What a 2.0 client sends (Swagger 2.0, Parameter Object, `collectionFormat`)."""
    if collection_format == "multi":
        return [(name, value) for value in values]
    separator = {"csv": ",", "ssv": " ", "pipes": "|"}[collection_format]
    return [(name, separator.join(values))]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["csv", "ssv", "pipes", "multi"]),
    st.lists(st.text(alphabet="ab09-_.~é", min_size=1, max_size=5), min_size=1, max_size=5),
)
def test_converted_query_style_sends_what_the_collection_format_meant(
    collection_format: str, values: list[str]
) -> None:
    parameter = {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}}
    parameter["collectionFormat"] = collection_format
    style = swagger2.collection_style("query", parameter)
    pieces = encode_query_param(
        "tags", values, Param("tags", "query", style["style"], style["explode"])
    )
    sent = [tuple(unquote_plus(part) for part in piece.split("=", 1)) for piece in pieces]
    assert sent == _sent_2_0("tags", values, collection_format)


def test_x_nullable_becomes_nullable_and_discriminator_an_object() -> None:
    schemas = _root("nullable.yaml")["components"]["schemas"]
    box = schemas["Box"]
    assert box["nullable"] is True
    assert "x-nullable" not in box
    assert box["properties"]["label"] == {"type": "string", "nullable": True}
    assert box["properties"]["size"] == {"type": "integer"}  # x-nullable: false says nothing
    assert box["properties"]["inner"] == {"$ref": "#/components/schemas/Inner", "nullable": True}
    assert schemas["Inner"]["discriminator"] == {"propertyName": "kind"}


def test_extensions_are_kept_everywhere() -> None:
    data = _root("extensions.yaml")
    assert data["info"]["x-logo"] == {"url": "https://example.com/logo.png"}
    assert data["x-ms-parameterized-host"]["hostTemplate"] == "{account}.example.com"
    item = data["paths"]["/things"]
    assert item["x-path-note"] == "kept"
    operation = item["get"]
    assert operation["x-ms-pageable"] == {"nextLinkName": "nextLink"}
    # a $ref inside an extension into a file nothing else converts: left as written
    assert operation["x-ms-examples"] == {"Example": {"$ref": "./examples/list.json"}}
    assert operation["parameters"][0]["x-ms-client-name"] == "FilterText"
    assert operation["responses"]["200"]["x-ms-error-response"] is False
    thing = data["components"]["schemas"]["Thing"]
    assert thing["x-ms-azure-resource"] is True
    assert thing["properties"]["id"]["x-ms-mutability"] == ["read"]


def test_refs_into_external_2_0_fragments_are_rewritten() -> None:
    spec = _convert("external/root.yaml")
    by_name = {d.path.name: d.data for d in spec.documents}
    assert set(by_name) == {"root.yaml", "common.yaml", "pet.yaml", "tag.yaml"}
    get = by_name["root.yaml"]["paths"]["/pets"]["get"]
    assert get["parameters"] == [{"$ref": "common.yaml#/components/parameters/Limit"}]
    items = get["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert items == {"$ref": "common.yaml#/components/schemas/Pet"}
    assert get["responses"]["default"] == {"$ref": "common.yaml#/components/responses/Problem"}
    # the body parameter of the other file is inlined; its local ref now names that file
    post = by_name["root.yaml"]["paths"]["/pets"]["post"]
    assert post["requestBody"]["content"] == {
        "application/json": {"schema": {"$ref": "common.yaml#/components/schemas/Pet"}}
    }
    common = by_name["common.yaml"]
    assert set(common) == {"components"}
    assert common["components"]["parameters"]["Limit"]["schema"] == {
        "type": "integer",
        "nullable": True,
    }
    assert "NewPet" not in common["components"]["parameters"]
    assert common["components"]["responses"]["Problem"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}
    }
    # whole-file schemas are converted in place
    assert by_name["pet.yaml"]["nullable"] is True
    assert by_name["pet.yaml"]["properties"]["photo"] == {"type": "string", "nullable": True}
    assert by_name["pet.yaml"]["properties"]["pet"] == {
        "$ref": "common.yaml#/components/schemas/Pet"
    }
    assert by_name["tag.yaml"] == {"type": "string", "nullable": True}


def _line(path: Path, needle: str, after: str = "") -> int:
    """The first line holding `needle` after the first one holding `after`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line)
    return next(i for i, line in enumerate(lines, 1) if i > start and needle in line)


def test_converted_pointers_name_the_original_file_line_and_pointer() -> None:
    spec = _convert("components.yaml")
    root = spec.root
    path = CONSTRUCTS / "components.yaml"
    where = root.location("/components/schemas/Pet/properties/owner")
    assert (where.file, where.pointer) == (str(path), "/definitions/Pet/properties/owner")
    assert where.line == _line(path, "owner: {$ref")
    body = root.location("/paths/~1pets~1{petId}/put/requestBody/content/application~1json/schema")
    assert body.pointer == "/parameters/PetBody/schema"
    assert body.line == _line(path, 'schema: {$ref: "#/definitions/Pet"}', after="PetBody:")
    response = root.location("/components/responses/NotFound/content/application~1json/schema")
    assert response.pointer == "/responses/NotFound/schema"
    parameter = root.location("/components/parameters/PetId/schema/format")
    assert parameter.pointer == "/parameters/PetId/format"
    assert root.location("/servers").pointer == "/"  # no host, no basePath: the document
    collection = _convert("collection.yaml").root
    at = "/paths/~1items~1{ids}/get/parameters/7/schema/maximum"
    assert collection.location(at).pointer == "/paths/~1items~1{ids}/get/parameters/7/maximum"


def test_pointers_of_inlined_parameters_name_their_own_file() -> None:
    spec = _convert("external/root.yaml")
    at = "/paths/~1pets/post/requestBody/content/application~1json/schema"
    where = spec.root.location(at)
    common = CONSTRUCTS / "external" / "common.yaml"
    assert (where.file, where.pointer) == (str(common), "/parameters/NewPet/schema")
    assert where.line == _line(common, 'schema: {$ref: "#/definitions/Pet"}')


def test_build_warnings_name_the_2_0_file(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        'swagger: "2.0"\n'
        "info: {title: T, version: '1'}\n"
        "paths:\n"
        "  /a:\n"
        "    get:\n"
        "      operationId: getA\n"
        "      parameters:\n"
        "        - {name: q, in: query, type: strange}\n"
        "      responses:\n"
        "        '200': {description: ok}\n"
    )
    _, _, warnings = pipeline.build_api(spec, lenient=True)
    expected = f"{spec}:8 at /paths/~1a/get/parameters/0"
    assert any(expected in w and "strange" in w for w in warnings), warnings


def test_other_swagger_versions_are_refused_where_written(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text('info: {title: T, version: "1"}\nswagger: "1.2"\npaths: {}\n')
    with pytest.raises(SpecError) as raised:
        swagger2.convert_spec(load.load_spec(spec))
    assert raised.value.location.pointer == "/swagger"
    assert raised.value.location.line == 2


def test_a_whole_file_schema_with_its_own_definitions() -> None:
    spec = _convert("whole-file/root.yaml")
    node = {d.path.name: d.data for d in spec.documents}["node.yaml"]
    assert node["nullable"] is True
    assert node["properties"]["child"] == {"$ref": "#"}  # itself, from inside itself
    assert node["properties"]["meta"] == {"$ref": "#/components/schemas/Meta"}
    assert node["components"] == {"schemas": {"Meta": {"type": "string", "nullable": True}}}
    assert "definitions" not in node
