"""Validation, structure: the root document against the official OpenAPI 3.0 / 3.1 JSON
meta-schema (`generator/spec/openapi_schemas/`), compiled once with jsonschema-rs (for 3.1 every
Schema Object is checked against the OpenAPI 3.1 dialect in the same pass), and the wording of
jsonschema-rs errors as users saw them from openapi-spec-validator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.spec.findings import Problem
from generator.spec.jsondata import refused_unicode, without_surrogates
from generator.spec.load import SourceDocument, join_pointer


def document_dialect(document: SourceDocument, version: str) -> str:
    """The JSON Schema dialect of the document's schemas (3.1: `jsonSchemaDialect`)."""
    from generator.spec.openapi_schemas import OAS31_DIALECT

    dialect = document.data.get("jsonSchemaDialect") if version == "3.1" else None
    return dialect if isinstance(dialect, str) else OAS31_DIALECT


def structure_problems(document: SourceDocument, version: str) -> Iterator[Problem]:
    """The root document against the OpenAPI meta-schema of its version (formats not asserted,
    as openapi-spec-validator does not assert them either)."""
    from generator.spec.openapi_schemas import KNOWN_31_DIALECTS, OAS31_DIALECT, document_validator

    dialect = document_dialect(document, version)
    if version == "3.1" and dialect not in KNOWN_31_DIALECTS:
        yield unknown_dialect(dialect), document, "/jsonSchemaDialect"
        dialect = OAS31_DIALECT
    validator = document_validator(version, dialect)
    try:
        errors = list(validator.iter_errors(document.data))
    except ValueError as exc:  # a lone surrogate (JSON allows "\ud800"), which Rust refuses
        if not refused_unicode(exc):
            raise
        errors = list(validator.iter_errors(without_surrogates(document.data)))
    for error in errors:
        yield describe(error), document, join_pointer("", *error.instance_path)


def unknown_dialect(dialect: object) -> str:
    return (
        f"unknown JSON Schema dialect {dialect!r} (known: the OpenAPI 3.1 base dialect and "
        "JSON Schema 2020-12)"
    )


def describe(error: Any) -> str:
    """One line for a jsonschema-rs error, worded as the Python `jsonschema` package words it
    (values as Python literals) so messages stay what users saw from openapi-spec-validator."""
    kind = error.kind
    name = kind.name
    instance = error.instance
    if type(kind).__name__ == "Custom":  # our own keywords (`format`) word their messages
        return str(kind.message)
    if name == "type":
        return f"{brief(instance)} is not of type {', '.join(repr(t) for t in kind.types)}"
    if name == "required":
        return f"{kind.property!r} is a required property"
    if name == "enum":
        return f"{brief(instance)} is not one of {kind.options!r}"
    if name == "const":
        return f"{kind.expected_value!r} was expected"
    if name == "pattern":
        return f"{brief(instance)} does not match {kind.pattern!r}"
    if name == "additionalProperties":
        unexpected = ", ".join(repr(p) for p in kind.unexpected)
        verb = "was" if len(kind.unexpected) == 1 else "were"
        return f"Additional properties are not allowed ({unexpected} {verb} unexpected)"
    if name == "unevaluatedProperties":
        unexpected = ", ".join(repr(p) for p in kind.unexpected)
        return f"Unevaluated properties are not allowed ({unexpected} unexpected)"
    if name in ("anyOf", "oneOf") and hasattr(kind, "context"):
        message = f"{brief(instance)} is not valid under any of the given schemas"
        hint = _closest_branch_error(kind.context, instance, error.instance_path)
        return message + (f" (closest: {hint})" if hint else "")
    if name == "format":
        return f"{brief(instance)} is not a {kind.format!r}"
    if name == "propertyNames":
        return describe(kind.error)
    return str(error.message).splitlines()[0]


def brief(value: object, limit: int = 60) -> str:
    """A value as a Python literal, objects by their first keys only (a whole Response object in
    a message hides what is wrong with it)."""
    if isinstance(value, dict):
        keys = list(value)
        shown = ", ".join(f"{k!r}: …" for k in keys[:4])
        return "{" + shown + (", …" if len(keys) > 4 else "") + "}"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _closest_branch_error(branches: list[list[Any]], instance: object, at: list[Any]) -> str:
    """The first error of the alternative the instance came closest to: not the Reference
    branch when the instance has no `$ref`, else the branch with the fewest errors."""
    candidates = [b for b in branches if b]
    if isinstance(instance, dict) and "$ref" not in instance:
        candidates = [b for b in candidates if not _asks_for_ref(b)] or candidates
    if not candidates:
        return ""
    best = min(candidates, key=len)[0]
    where = list(best.instance_path)[len(at) :]
    suffix = f" at {join_pointer('', *where)}" if where else ""
    return describe(best) + suffix


def _asks_for_ref(errors: list[Any]) -> bool:
    return any(e.kind.name == "required" and e.kind.property == "$ref" for e in errors)
