"""The official Swagger 2.0, OpenAPI 3.0 and 3.1 JSON meta-schemas, compiled once (lazily) with
jsonschema-rs.

Files (copied verbatim; origin and licences in README.md beside them):

- `swagger-2.0-schema.json`: the Swagger 2.0 document schema (draft-04);
- `oas-3.0-schema-2021-09-28.json`: the OpenAPI 3.0.x document schema (draft-04);
- `oas-3.1-schema-2022-10-07.json`: the OpenAPI 3.1.x document schema (2020-12), which leaves
  Schema Objects to a `$dynamicRef: "#meta"` that it binds to "any object or boolean";
- `oas-3.1-dialect-base.json` + `oas-3.1-meta-base.json`: the OpenAPI 3.1 Schema Object dialect
  (JSON Schema 2020-12 plus the OpenAPI vocabulary: discriminator, xml, externalDocs, example).

For 3.1 the document schema is wrapped in a schema whose own `$dynamicAnchor: meta` points at
the dialect (the construction of the official `schema-base` variant, without its demand that
`jsonSchemaDialect` be the default): the outermost dynamic anchor wins, so every Schema Object of
the document — and every subschema inside one — is checked against the dialect in the same pass.
"""

from __future__ import annotations

# jsonschema-rs imports `decimal` from Rust the first time it converts a number, and panics
# (a Rust backtrace instead of our clean exit) if a SIGTERM's exception interrupts that import:
# imported here, before any signal can land inside it.
import decimal  # noqa: F401
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs

OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
KNOWN_31_DIALECTS = (OAS31_DIALECT, DRAFT_2020_12)
"""`jsonSchemaDialect` / `$schema` values of a 3.1 document whose schemas we can check."""

_SWAGGER20 = "swagger-2.0-schema.json"
_OAS30 = "oas-3.0-schema-2021-09-28.json"
_OAS31 = "oas-3.1-schema-2022-10-07.json"
_OAS31_DIALECT = "oas-3.1-dialect-base.json"
_OAS31_META_BASE = "oas-3.1-meta-base.json"
_WRAPPER_ID = "https://sdkgen.invalid/oas-3.1-schema-with-dialect"


def load(name: str) -> Any:
    """One of the meta-schema files of this package, parsed."""
    # Beside this module, like the templates: sdkgen is installed unpacked, never zipped (and
    # importlib.resources alone costs a few ms of import on every validating run).
    return json.loads((Path(__file__).parent / name).read_text(encoding="utf-8"))


@cache
def document_validator(version: str, dialect: str = OAS31_DIALECT) -> jsonschema_rs.Validator:
    """The compiled structural validator of an OpenAPI `version` ("2.0"/"3.0"/"3.1") document.

    Formats are not asserted: openapi-spec-validator does not assert them on the document either
    (a regular expression in a `pattern` is checked separately, with the engine the SDK uses)."""
    if version == "2.0":
        return jsonschema_rs.validator_for(load(_SWAGGER20), validate_formats=False, offline=True)
    if version == "3.0":
        return jsonschema_rs.validator_for(load(_OAS30), validate_formats=False, offline=True)
    if dialect not in KNOWN_31_DIALECTS:
        raise ValueError(f"unknown JSON Schema dialect {dialect!r}")
    document = load(_OAS31)
    resources = [(document["$id"], document)]
    for name in (_OAS31_DIALECT, _OAS31_META_BASE):
        schema = load(name)
        resources.append((schema["$id"], schema))
    wrapper = {
        "$id": _WRAPPER_ID,
        "$schema": DRAFT_2020_12,
        "$ref": document["$id"],
        "$defs": {"schema": {"$dynamicAnchor": "meta", "$ref": dialect}},
    }
    return jsonschema_rs.validator_for(
        wrapper,
        registry=jsonschema_rs.Registry(resources),
        validate_formats=False,
        offline=True,
    )
