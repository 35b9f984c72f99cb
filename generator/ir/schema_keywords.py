"""A schema and where it stands (`Site`), and what its keywords say, read without building
anything: the kinds a schema has, whether it admits null, which `allOf` part is the real one, an
enum's values as the wire carries them."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from generator.errors import Location
from generator.escaping import SpecText
from generator.spec.load import SourceDocument, join_pointer

Key = tuple[str, str]

ONE_OF_KEYS = ("oneOf", "anyOf")
STRING_FORMATS = frozenset(
    {
        "date-time", "date", "time", "duration", "binary", "byte", "uuid", "email", "idn-email",
        "uri", "uri-reference", "iri", "iri-reference", "hostname", "idn-hostname", "ipv4",
        "ipv6", "password", "regex", "json-pointer", "relative-json-pointer", "uri-template",
    }
)  # fmt: skip
# Keywords beside `$ref` that change the schema's shape: the whole is read as an `allOf`.
MERGED_REF_SIBLINGS = ("properties", "allOf")
# Keywords beside `$ref` that cannot be honoured there; reported.
IGNORED_REF_SIBLINGS = ("oneOf", "anyOf", "items", "enum", "const", "additionalProperties")


@dataclass(frozen=True)
class Site:
    """A schema value and where it stands."""

    value: Any
    document: SourceDocument
    pointer: str

    @property
    def key(self) -> Key:
        return (str(self.document.path), self.pointer)

    def child(self, *tokens: str | int) -> Site:
        value = self.value
        for token in tokens:
            value = value[token]
        return Site(value, self.document, join_pointer(self.pointer, *tokens))

    @property
    def location(self) -> Location:
        return self.document.location(self.pointer)


def spec_text(value: object) -> SpecText | None:
    return SpecText(value) if isinstance(value, str) and value.strip() else None


def is_null_schema(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return (
        kind == "null"
        or kind == ["null"]
        or value.get("enum") == [None]
        or ("const" in value and value["const"] is None)
    )


def is_json_value(value: object, depth: int = 0) -> bool:
    """True for what JSON can carry (YAML can also produce bytes, dates, NaN…)."""
    if depth > 64:
        return False
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(is_json_value(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and is_json_value(v, depth + 1) for k, v in value.items())
    return False


def declares_null(value: dict[str, Any]) -> bool:
    kind = value.get("type")
    return (
        value.get("nullable") is True
        or (isinstance(kind, list) and "null" in kind)
        or (isinstance(value.get("enum"), list) and None in value["enum"])
        or ("const" in value and value["const"] is None and "type" not in value)
    )


def kinds_of(value: dict[str, Any]) -> list[str]:
    kind = value.get("type")
    listed = [k for k in kind if k != "null"] if isinstance(kind, list) else [kind]
    kinds: list[str] = list(dict.fromkeys(k for k in listed if isinstance(k, str)))
    if not kinds:
        if (
            isinstance(value.get("properties"), dict)
            or "additionalProperties" in value
            or "patternProperties" in value
        ):
            return ["object"]
        if "items" in value or "prefixItems" in value:
            return ["array"]
        if value.get("format") in STRING_FORMATS:
            return ["string"]
        if kind == "null" or kind == ["null"]:
            return ["null"]
    return kinds


def single_all_of(value: dict[str, Any]) -> int | None:
    """Index of the one real part of an `allOf` used only to decorate a `$ref`, else None."""
    parts = value.get("allOf")
    if not isinstance(parts, list):
        return None
    real = [i for i, p in enumerate(parts) if not (isinstance(p, dict) and is_annotation_only(p))]
    if (
        len(real) == 1
        and not value.get("properties")
        and "$ref" not in value
        and not any(k in value for k in ONE_OF_KEYS)
        and not isinstance(value.get("additionalProperties"), (dict, bool))
    ):
        return real[0]
    return None


def non_null_variants(variants: object) -> list[int]:
    if not isinstance(variants, list):
        return []
    return [i for i, v in enumerate(variants) if not is_null_schema(v)]


def enum_values(value: dict[str, Any], values: list[Any]) -> list[Any]:
    """Enum values as the wire carries them: coerced to strings for `type: string`."""
    if kinds_of(value) == ["string"]:
        return [
            v if isinstance(v, str) else json.dumps(v) if is_json_value(v) else str(v)
            for v in values
        ]
    return values


def enum_kind(value: object) -> str | None:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float" if math.isfinite(value) else None
    if isinstance(value, str):
        return "str"
    return None


_ANNOTATIONS = {
    "description", "title", "nullable", "deprecated", "readOnly", "writeOnly", "example",
    "examples", "default", "externalDocs", "xml", "$comment",
}  # fmt: skip


_CONSTRAINTS = {
    "required", "not", "minProperties", "maxProperties", "dependentRequired", "description",
    "title", "$comment",
}  # fmt: skip


def constrains_only(variant: Any, own_properties: set[str]) -> bool:
    """A variant that adds no field, only validation, beside an object's `properties`
    (`anyOf: [{required: [a]}, {required: [b]}]`: "at least one of"; or narrowing the schema of
    a property the object declares): the object's own fields type everything."""
    if not isinstance(variant, dict) or variant.get("type", "object") != "object":
        return False
    props = variant.get("properties", {})
    if not isinstance(props, dict) or not set(props) <= own_properties:
        return False
    extra = variant.get("additionalProperties", True)
    return extra is True and all(
        k in _CONSTRAINTS
        or k.startswith("x-")
        or k in ("type", "properties", "additionalProperties")
        for k in variant
    )


def is_annotation_only(part: dict[str, Any]) -> bool:
    return all(k in _ANNOTATIONS or k.startswith("x-") for k in part)
