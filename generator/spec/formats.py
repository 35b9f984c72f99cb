"""Validation, defaults: a schema's `default` checked against its schema as
openapi-schema-validator would check an instance, with the formats it asserts (`FORMATS`); the
build asks the same checker whether a default it documents fits."""

from __future__ import annotations

# jsonschema-rs imports `decimal` from Rust the first time it converts a number, and panics
# (a Rust backtrace instead of our clean exit) if a SIGTERM's exception interrupts that import:
# imported here, before any signal can land inside it.
import decimal  # noqa: F401
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any
from urllib.parse import quote

from generator.spec.findings import Finding, Node
from generator.spec.jsondata import contains, map_json, refused_unicode, without_surrogates
from generator.spec.load import SourceDocument, Spec, join_pointer
from generator.spec.structure import brief, describe

# ipaddress, uuid, datetime and base64 are imported where used: most runs check no default with
# such a format.


@cache
def regex_error(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return ""


def _is_int32(value: object) -> bool:
    return isinstance(value, bool) or not isinstance(value, int) or -(2**31) < value < 2**31


def _is_int64(value: object) -> bool:
    return isinstance(value, bool) or not isinstance(value, int) or -(2**63) < value < 2**63


def _is_float(value: object) -> bool:
    return isinstance(value, int) or not isinstance(value, (int, float)) or isinstance(value, float)


def _is_byte(value: object) -> bool:
    import base64
    import binascii

    if not isinstance(value, str):
        return True
    try:
        base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


_RFC3339 = re.compile(
    r"^(\d{4})-(0[1-9]|1[0-2])-(\d{2})T(?:[01]\d|2[0123]):[0-5]\d:[0-5]\d(?:\.\d+)?"
    r"(?:Z|[+-](?:[01]\d|2[0123]):[0-5]\d)$",
    re.ASCII | re.IGNORECASE,
)


def _is_date_time(value: object) -> bool:
    import calendar

    if not isinstance(value, str):
        return True
    match = _RFC3339.match(value)
    if match is None:
        return False
    year, month, day = map(int, match.groups())
    return year > 0 and 1 <= day <= calendar.monthrange(year, month)[1]


def _is_date(value: object) -> bool:
    from datetime import date

    if not isinstance(value, str):
        return True
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII) is None:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_ip(version: int) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        import ipaddress

        if not isinstance(value, str):
            return True
        try:
            address = ipaddress.ip_address(value)
        except ValueError:
            return False
        return address.version == version and not getattr(address, "scope_id", None)

    return check


def _is_uuid(value: object) -> bool:
    import uuid

    if not isinstance(value, str):
        return True
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return all(len(value) > i and value[i] == "-" for i in (8, 13, 18, 23))


def _strings(check: Callable[[str], bool]) -> Callable[[object], bool]:
    return lambda value: not isinstance(value, str) or check(value)


FORMATS: dict[str, Callable[[object], bool]] = {
    "int32": _is_int32,
    "int64": _is_int64,
    "float": _is_float,
    "double": _is_float,
    "date": _is_date,
    "date-time": _is_date_time,
    "time": _strings(lambda v: _is_date_time("1970-01-01T" + v)),
    "email": _strings(lambda v: "@" in v),
    "idn-email": _strings(lambda v: "@" in v),
    "ipv4": _is_ip(4),
    "ipv6": _is_ip(6),
    "uuid": _is_uuid,
    "regex": _strings(lambda v: not regex_error(v)),
}
"""The formats openapi-schema-validator asserts on a default (any other format is not checked),
with the same rules; 3.0 adds `byte` (base64)."""


class _FormatKeyword:
    """`format` as a jsonschema-rs custom keyword: numbers have formats too (int32, int64 …),
    which jsonschema-rs's own format checks (strings only) would not see."""

    checks: dict[str, Callable[[object], bool]] = FORMATS

    def __init__(self, parent: dict[str, Any], value: Any, schema_path: list[str | int]) -> None:
        self.name = value
        self.check = self.checks.get(value) if isinstance(value, str) else None

    def validate(self, instance: Any) -> None:
        if self.check is not None and not self.check(instance):
            raise ValueError(f"{brief(instance)} is not a {self.name!r}")


class _FormatKeyword30(_FormatKeyword):
    checks = {**FORMATS, "byte": _is_byte}


class UnusableSchemaError(ValueError):
    """A schema jsonschema-rs cannot compile, so no value can be checked against it."""


class DefaultChecker:
    """Checks a schema's `default` against the schema (its `$ref`s resolved in the spec's
    documents), as openapi-schema-validator would validate an instance: 3.0 as draft-04 with
    `nullable`, 3.1 as JSON Schema 2020-12; a few formats asserted (`FORMATS`)."""

    def __init__(self, spec: Spec, version: str) -> None:
        self.spec = spec
        self.version = version
        self._registries: dict[tuple[bool, bool], Any] = {}

    def findings(self, node: Node, reference_checks: bool) -> Iterator[Finding]:
        """The errors of the node's `default`, refusing the spec when the reference checks
        this default too; a schema jsonschema-rs cannot compile (a regex the Rust engine
        refuses, such as `.{1,2097152}`, may be fine for Python's) is only a warning: the
        default is unchecked, not known to be wrong."""
        schema = node.value
        value = schema["default"]
        if value is None and schema.get("nullable") is True:
            return  # openapi-spec-validator skips a null default of a nullable schema
        try:
            errors = self.check(node, value)
        except UnusableSchemaError as exc:
            message = f"the schema of this default cannot be used: {exc}"
            yield message, node.document, node.pointer, False
            return
        for error in errors:
            where = join_pointer(node.pointer, "default", *error.instance_path)
            message = f"invalid default: {describe(error)}"
            yield message, node.document, where, reference_checks

    def fits(
        self, value: Any, schema: dict[str, Any], document: SourceDocument, pointer: str
    ) -> bool:
        """Whether `value` (a default the build documents) is valid against the schema written
        at `pointer`; a schema that cannot be compiled takes any value."""
        if value is None and schema.get("nullable") is True:
            return True
        try:
            return not self.check(Node(schema, document, pointer), value)
        except UnusableSchemaError:
            return True

    def check(self, node: Node, value: Any) -> list[Any]:
        """The errors of `value` against the schema of `node`; UnusableSchemaError when the
        schema itself cannot be compiled (the meta-schema says why, mostly)."""
        import jsonschema_rs

        try:
            try:
                return self.errors(node, node.value, value, safe=False)
            except ValueError as exc:  # a lone surrogate somewhere? Rust takes valid Unicode
                if not refused_unicode(exc):
                    raise
                schema, value = without_surrogates(node.value), without_surrogates(value)
                return self.errors(node, schema, value, safe=True)
        except (ValueError, jsonschema_rs.ReferencingError) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise UnusableSchemaError(message) from exc

    def errors(self, node: Node, schema: Any, value: Any, safe: bool) -> list[Any]:
        import jsonschema_rs

        nullable = self.version == "3.0" and contains(value, lambda v: v is None)
        options: dict[str, Any] = {
            "validate_formats": False,
            "keywords": {"format": _FormatKeyword30 if self.version == "3.0" else _FormatKeyword},
            "offline": True,
        }
        cls = jsonschema_rs.Draft4Validator if self.version == "3.0" else None
        validator: jsonschema_rs.Validator
        if nullable or contains(schema, lambda v: isinstance(v, dict) and "$ref" in v):
            target = {"$ref": _uri(node.document) + "#" + quote(node.pointer, safe="/~")}
            options["registry"] = self.registry(nullable, safe)
            validator = (cls or jsonschema_rs.Draft202012Validator)(target, **options)
        elif cls is not None:
            validator = cls(schema, **options)
        else:
            validator = jsonschema_rs.validator_for(schema, **options)
        return list(validator.iter_errors(value))

    def registry(self, nullable: bool, safe: bool) -> Any:
        """Every document of the spec under its file URI (3.0 with `nullable: true` spelled as
        draft-04 `type: [t, "null"]` when a default contains a null; lone surrogates replaced
        when `safe`)."""
        import jsonschema_rs

        if (nullable, safe) not in self._registries:
            draft = jsonschema_rs.Draft4 if self.version == "3.0" else jsonschema_rs.Draft202012
            resources = []
            for document in self.spec.documents:
                data = _nullable_as_type(document.data) if nullable else document.data
                resources.append((_uri(document), without_surrogates(data) if safe else data))
            self._registries[nullable, safe] = jsonschema_rs.Registry(resources, draft=draft)
        return self._registries[nullable, safe]


def _uri(document: SourceDocument) -> str:
    return document.path.as_uri()


def _nullable_as_type(data: Any) -> Any:
    """A copy of a 3.0 document where `{type: t, nullable: true}` reads `{type: [t, "null"]}`
    (the meaning OpenAPI 3.0 gives `nullable`)."""
    return map_json(data, None, _nullable_type)


def _nullable_type(value: dict[str, Any], copy: dict[str, Any]) -> None:
    if value.get("nullable") is True and isinstance(value.get("type"), str):
        copy["type"] = [value["type"], "null"]
