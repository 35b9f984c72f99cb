"""Validate stage: check the document against the OpenAPI specification.

Two passes, both cheap (GitHub's 13 MB spec: a few hundred milliseconds), each problem located
(file, line, JSON pointer); the pipeline decides whether they stop generation (default) or become
warnings (`--lenient`):

1. structure: the root document against the official OpenAPI 3.0 / 3.1 JSON meta-schema
   (`generator/openapi_schemas/`), compiled once with jsonschema-rs; for 3.1 every Schema Object
   is checked against the OpenAPI 3.1 dialect in the same pass;
2. meaning: the rules openapi-spec-validator 0.9 checks beyond its meta-schema, as small pure
   functions over one iterative walk of every document (a 3,000-deep schema cannot exhaust the
   stack): unique operationIds and tag names, path template parameters vs declared path
   parameters, duplicate parameters, `required` naming properties an `allOf` never defines,
   defaults that do not match their schema, regular expressions Python cannot compile, `enum`
   lists with repeated values (3.0), unknown JSON Schema dialects (3.1).

Dangling `$ref`s never reach this stage: load refuses them, located where they are written.
openapi-spec-validator stays the reference (a dev dependency): tests/test_validate.py checks
that both call the same documents valid. Differences are listed in docs/design.md.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from generator.errors import Location, SpecError
from generator.spec.load import SourceDocument, Spec, join_pointer, split_pointer
from generator.spec.reach import Reach
from generator.spec.swagger2_validate import cache_tag, is_converted, reach

if TYPE_CHECKING:
    import multiprocessing.process

# ipaddress, uuid, datetime and multiprocessing are imported where used: most runs need none of
# them (a cached result, or no default with such a format, or a spec too small to fork for).

SUPPORTED = "OpenAPI 3.0.x or 3.1.x"

CHECKS_VERSION = "3"
"""Version of our own checks: part of the cache key, bump it whenever a check changes."""

Problem = tuple[str, SourceDocument, str]
"""A message, the document it is about and the JSON pointer inside that document."""
Finding = tuple[str, SourceDocument, str, bool]
"""A problem and whether openapi-spec-validator 0.9 reports it too (else: stricter, a warning)."""
Located = list[tuple[str, Location]]

STRICTER_NOTE = "(a warning: sdkgen refuses only what openapi-spec-validator 0.9 refuses)"


@dataclass(frozen=True)
class Findings:
    """Problems that refuse the spec (the reference refuses it too) and those only we find,
    which are warnings: sdkgen never refuses a spec openapi-spec-validator 0.9 accepts."""

    errors: Located
    warnings: Located


def openapi_version(document: SourceDocument) -> str:
    """The `openapi` version ("3.0"/"3.1"), or a clear error for anything we do not generate."""
    data = document.data
    if "swagger" in data:
        raise SpecError(
            f"Swagger {data.get('swagger')} is not supported; sdkgen reads {SUPPORTED}. Convert "
            "it first, e.g. `npx swagger2openapi spec.yaml -o openapi.yaml`",
            document.location("/swagger"),
        )
    version = data.get("openapi")
    if version is None:
        raise SpecError(
            f"no `openapi` field: this is not an OpenAPI document ({SUPPORTED} expected)",
            document.location(""),
        )
    match = re.fullmatch(r"(3\.[01])\.\d+(-.+)?", str(version))
    if match is None:
        raise SpecError(
            f"unsupported OpenAPI version {version!r}; sdkgen reads {SUPPORTED}",
            document.location("/openapi"),
        )
    return match.group(1)


def validate_spec(spec: Spec, max_problems: int = 20) -> Located:
    """The problems that refuse the spec (structure first, then meaning), located; at most
    `max_problems`."""
    return check_spec(spec, max_problems).errors


def check_spec(spec: Spec, max_problems: int = 20) -> Findings:
    """Errors and warnings of the spec, located; at most `max_problems` of each."""
    version = openapi_version(spec.root)
    found: dict[bool, Located] = {True: [], False: []}
    seen: set[tuple[str, str, str]] = set()
    for message, document, pointer, refuses in iter_findings(spec, version):
        key = (message, str(document.path), pointer)
        if key in seen or len(found[refuses]) >= max_problems:
            continue
        seen.add(key)
        text = _shorten(message) if refuses else f"{_shorten(message)} {STRICTER_NOTE}"
        found[refuses].append((text, document.location(pointer)))
        if len(found[True]) >= max_problems:
            break
    return Findings(found[True], found[False])


def iter_findings(spec: Spec, version: str) -> Iterator[Finding]:
    """Structure first, then meaning. 3.0: the reference checks the structure of the whole
    document (its meta-schema spells out Schema Objects); 3.1: it checks Schema Objects against
    the dialect only where its walk meta-checks them, so a structural error inside any other
    schema is a warning (the walk runs first to know which objects are schemas)."""
    # Swagger 2.0 input: its own file against the 2.0 schema (swagger2_validate says why)
    structure = list(
        structure_problems(spec.source.root, "2.0")
        if is_converted(spec)
        else structure_problems(spec.root, version)
    )
    walk = _Walk(spec, version)
    meaning = list(walk.run())
    for message, document, pointer in structure:
        yield message, document, pointer, version == "3.0" or walk.reference_meta_checks(pointer)
    yield from meaning


def _shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- 1. structure: the official meta-schema ----------------------------------------------------


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
        yield _unknown_dialect(dialect), document, "/jsonSchemaDialect"
        dialect = OAS31_DIALECT
    validator = document_validator(version, dialect)
    try:
        errors = list(validator.iter_errors(document.data))
    except ValueError as exc:  # a lone surrogate (JSON allows "\ud800"), which Rust refuses
        if not _refused_unicode(exc):
            raise
        errors = list(validator.iter_errors(without_surrogates(document.data)))
    for error in errors:
        yield describe(error), document, join_pointer("", *error.instance_path)


def without_surrogates(data: Any) -> Any:
    """A copy of JSON data with lone surrogates in strings (keys too) replaced by U+FFFD, for
    jsonschema-rs, which takes only valid Unicode; made only when it refused the original."""
    return _map_json(data, _replace_surrogates)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


def _unknown_dialect(dialect: object) -> str:
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
        return f"{_brief(instance)} is not of type {', '.join(repr(t) for t in kind.types)}"
    if name == "required":
        return f"{kind.property!r} is a required property"
    if name == "enum":
        return f"{_brief(instance)} is not one of {kind.options!r}"
    if name == "const":
        return f"{kind.expected_value!r} was expected"
    if name == "pattern":
        return f"{_brief(instance)} does not match {kind.pattern!r}"
    if name == "additionalProperties":
        unexpected = ", ".join(repr(p) for p in kind.unexpected)
        verb = "was" if len(kind.unexpected) == 1 else "were"
        return f"Additional properties are not allowed ({unexpected} {verb} unexpected)"
    if name == "unevaluatedProperties":
        unexpected = ", ".join(repr(p) for p in kind.unexpected)
        return f"Unevaluated properties are not allowed ({unexpected} unexpected)"
    if name in ("anyOf", "oneOf") and hasattr(kind, "context"):
        message = f"{_brief(instance)} is not valid under any of the given schemas"
        hint = _closest_branch_error(kind.context, instance, error.instance_path)
        return message + (f" (closest: {hint})" if hint else "")
    if name == "format":
        return f"{_brief(instance)} is not a {kind.format!r}"
    if name == "propertyNames":
        return describe(kind.error)
    return str(error.message).splitlines()[0]


def _brief(value: object, limit: int = 60) -> str:
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


# -- 2. meaning: what the meta-schema cannot say -----------------------------------------------

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_MAPS_30 = frozenset({"properties"})
_SCHEMA_MAPS_31 = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_SINGLE = frozenset(
    {
        "not",
        "items",
        "additionalProperties",
        "contains",
        "if",
        "then",
        "else",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
        "contentSchema",
    }
)


class _Node:
    """A value of the spec with where it is written (document + JSON pointer)."""

    __slots__ = ("value", "document", "pointer")

    def __init__(self, value: Any, document: SourceDocument, pointer: str) -> None:
        self.value = value
        self.document = document
        self.pointer = pointer

    def child(self, *tokens: str | int) -> _Node:
        value = self.value
        for token in tokens:
            value = value[token]
        return _Node(value, self.document, join_pointer(self.pointer, *tokens))

    def get(self, key: str) -> _Node | None:
        if isinstance(self.value, dict) and key in self.value:
            return self.child(key)
        return None

    def items(self) -> Iterator[tuple[str, _Node]]:
        if isinstance(self.value, dict):
            for key in self.value:
                yield key, self.child(key)

    def elements(self) -> Iterator[_Node]:
        if isinstance(self.value, list):
            for index in range(len(self.value)):
                yield self.child(index)


def meaning_problems(spec: Spec, version: str) -> Iterator[Problem]:
    """Every semantic check over one walk of the spec, following `$ref`s (each target once):
    errors and warnings alike."""
    for message, document, pointer, _ in _Walk(spec, version).run():
        yield message, document, pointer


class _Walk:
    """The iterative walk: a stack of (kind, node, context) visits; each kind's handler checks
    its node and pushes the nodes below it."""

    def __init__(self, spec: Spec, version: str) -> None:
        self.spec = spec
        self.version = version
        self.dialect = document_dialect(spec.root, version)
        self.stack: list[tuple[str, _Node, Any]] = []
        self.visited: set[tuple[str, int, object]] = set()
        self.operation_ids: set[str] = set()
        self.reference_operation_ids: set[str] = set()  # of the operations the reference sees
        self.defaults = DefaultChecker(spec, version)
        self.reach: Reach = reach(spec)
        self.schema_ids: set[int] = set()  # every Schema Object visited

    def reference_meta_checks(self, pointer: str) -> bool:
        """Whether the reference checks what is at `pointer` (in the root document) against a
        meta-schema: yes outside Schema Objects, inside one only in the region it meta-checks."""
        value: Any = self.spec.root.data
        in_schema = False
        for token in ["", *split_pointer(pointer)]:
            if token:
                if isinstance(value, dict) and token in value:
                    value = value[token]
                elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                    value = value[int(token)]
                else:
                    break
            if id(value) in self.reach.meta:
                return True
            in_schema = in_schema or id(value) in self.schema_ids
        return not in_schema

    def run(self) -> Iterator[Finding]:
        handlers: dict[str, Callable[[_Node, Any], Iterator[Finding]]] = {
            "root": self.root,
            "path_item": self.path_item,
            "operation": self.operation,
            "parameter": self.parameter,
            "request_body": self.content_holder,
            "response": self.response,
            "header": self.parameter,
            "media": self.media,
            "callback": self.callback,
            "schema": self.schema,
        }
        self.stack.append(("root", _Node(self.spec.root.data, self.spec.root, ""), None))
        while self.stack:
            kind, node, context = self.stack.pop()
            try:
                resolved = self.resolve(node)
            except SpecError as exc:  # a `$ref` cycle that never reaches a value
                yield exc.message, node.document, node.pointer, True
                continue
            if kind == "schema" and self.version == "3.1" and resolved is not node:
                # 3.1: keywords beside a `$ref` apply too; the target is visited on its own
                self.push("schema", resolved, context)
                resolved = node
            if not isinstance(resolved.value, dict):
                continue  # the meta-schema reports the wrong type
            # a schema is checked once where a schema is expected and once inside another; a
            # path item once per path (its template is checked against each)
            key = (kind, id(resolved.value), context if kind in ("schema", "path_item") else None)
            if key in self.visited:
                continue
            self.visited.add(key)
            if kind == "schema":
                self.schema_ids.add(id(resolved.value))
            yield from handlers[kind](resolved, context)

    def push(self, kind: str, node: _Node | None, context: Any = None) -> None:
        if node is not None:
            self.stack.append((kind, node, context))

    def resolve(self, node: _Node) -> _Node:
        if not (isinstance(node.value, dict) and "$ref" in node.value):
            return node
        value, document, pointer = self.spec.resolve_chain(node.value, node.document, node.pointer)
        return _Node(value, document, pointer)

    # -- handlers, one per kind of object ----------------------------------------------------

    def root(self, node: _Node, _: Any) -> Iterator[Finding]:
        tags = node.get("tags")
        if tags is not None:
            yield from _judged(duplicate_tags(tags), True)
        components = node.get("components")
        paths = node.get("paths")
        # pushed in reverse: paths are reported before components, as openapi-spec-validator does
        for key, kind in (
            ("pathItems", "path_item"),
            ("callbacks", "callback"),
            ("headers", "header"),
            ("requestBodies", "request_body"),
            ("responses", "response"),
            ("parameters", "parameter"),
            ("schemas", "schema"),
        ):
            holder = components.get(key) if components is not None else None
            for _, item in reversed(list(holder.items()) if holder is not None else []):
                self.push(kind, item, True if kind == "schema" else None)
        webhooks = node.get("webhooks")
        for _, item in reversed(list(webhooks.items()) if webhooks is not None else []):
            self.push("path_item", item, None)
        for url, item in reversed(list(paths.items()) if paths is not None else []):
            self.push("path_item", item, url)

    def path_item(self, node: _Node, url: str | None) -> Iterator[Finding]:
        shared = node.get("parameters")
        if shared is not None:
            reached = id(node.value) in self.reach.path_items
            yield from _judged(duplicate_parameters(self.parameter_list(shared)), reached)
        for method in reversed(_METHODS):
            operation = node.get(method)
            if operation is not None:
                self.push("operation", operation, (url, method, shared))
        for parameter in self.listed(shared):
            self.push("parameter", parameter)

    def operation(
        self, node: _Node, context: tuple[str | None, str, _Node | None]
    ) -> Iterator[Finding]:
        url, method, shared = context
        reached = id(node.value) in self.reach.operations
        operation_id = node.get("operationId")
        if operation_id is not None and isinstance(operation_id.value, str):
            if operation_id.value in self.operation_ids:
                place = repr(url) if url is not None else "a callback or webhook"
                yield (
                    f"Operation ID {operation_id.value!r} for {method!r} in {place} is not unique",
                    operation_id.document,
                    operation_id.pointer,
                    reached and operation_id.value in self.reference_operation_ids,
                )
            self.operation_ids.add(operation_id.value)
            if reached:
                self.reference_operation_ids.add(operation_id.value)
        own = node.get("parameters")
        parameters = self.parameter_list(own) if own is not None else []
        if own is not None:
            yield from _judged(duplicate_parameters(parameters), reached)
        if url is not None:
            declared = parameters + (self.parameter_list(shared) if shared is not None else [])
            yield from _judged(path_template_problems(url, method, declared, node), reached)
        for _, callback in reversed(_entries(node.get("callbacks"))):
            self.push("callback", callback)
        for _, response in reversed(_entries(node.get("responses"))):
            self.push("response", response)
        self.push("request_body", node.get("requestBody"))
        for parameter in reversed(list(self.listed(own))):
            self.push("parameter", parameter)

    def parameter(self, node: _Node, _: Any) -> Iterator[Finding]:
        """A Parameter or Header object: its schema or its content."""
        self.push_content(node.get("content"))
        self.push("schema", node.get("schema"), True)
        return iter(())

    def content_holder(self, node: _Node, _: Any) -> Iterator[Finding]:
        self.push_content(node.get("content"))
        return iter(())

    def response(self, node: _Node, _: Any) -> Iterator[Finding]:
        headers = node.get("headers")
        for _, header in reversed(list(headers.items()) if headers is not None else []):
            self.push("header", header)
        self.push_content(node.get("content"))
        return iter(())

    def media(self, node: _Node, _: Any) -> Iterator[Finding]:
        encoding = node.get("encoding")
        for _, item in encoding.items() if encoding is not None else []:
            headers = item.get("headers")
            for _, header in headers.items() if headers is not None else []:
                self.push("header", header)
        self.push("schema", node.get("schema"), True)
        return iter(())

    def callback(self, node: _Node, _: Any) -> Iterator[Finding]:
        for _, item in node.items():
            self.push("path_item", item, None)  # runtime expressions, not path templates
        return iter(())

    def push_content(self, content: _Node | None) -> None:
        for _, media in reversed(list(content.items()) if content is not None else []):
            self.push("media", media)

    def listed(self, holder: _Node | None) -> Iterator[_Node]:
        return holder.elements() if holder is not None else iter(())

    def parameter_list(self, holder: _Node) -> list[_Node]:
        """The parameters of a `parameters` list, references followed."""
        resolved = []
        for parameter in holder.elements():
            try:
                target = self.resolve(parameter)
            except SpecError:
                continue  # reported when the parameter itself is visited
            # located where it is listed: a duplicate is a fault of the list, not of the target
            resolved.append(_Node(target.value, parameter.document, parameter.pointer))
        return resolved

    # -- schemas -----------------------------------------------------------------------------

    def schema(self, node: _Node, is_root: bool) -> Iterator[Finding]:
        """One Schema Object: its own checks, then its subschemas (pushed, not recursed into).

        `is_root` marks a schema written where the spec expects one (a component, a parameter's
        or a media type's schema), where openapi-spec-validator checks `required` against `allOf`.
        """
        value = node.value
        meta_checked = id(value) in self.reach.meta  # where the reference's meta-schema looks
        yield from _judged(pattern_problems(node, self.version), meta_checked)
        if self.version == "3.0":
            yield from _judged(enum_problems(node), meta_checked)
        else:
            dialect = value.get("$schema")
            if dialect is not None and dialect not in _known_dialects():
                where = join_pointer(node.pointer, "$schema")
                yield _unknown_dialect(dialect), node.document, where, meta_checked
        if is_root and "allOf" in value:
            reached = id(value) in self.reach.required
            yield from _judged(undefined_required(node, self), reached)
        if "default" in value:
            yield from self.defaults.findings(node, id(value) in self.reach.defaults)
        for subschema in reversed(list(subschemas(node, self.version))):
            self.push("schema", subschema, False)


def _judged(problems: Iterable[Problem], reference_reports: bool) -> Iterator[Finding]:
    for message, document, pointer in problems:
        yield message, document, pointer, reference_reports


def _entries(holder: _Node | None) -> list[tuple[str, _Node]]:
    return list(holder.items()) if holder is not None else []


@cache
def _known_dialects() -> tuple[str, ...]:
    from generator.spec.openapi_schemas import KNOWN_31_DIALECTS

    return KNOWN_31_DIALECTS


def subschemas(node: _Node, version: str) -> Iterator[_Node]:
    """The schemas directly inside a schema (3.0: the keywords OpenAPI 3.0 allows)."""
    maps = _SCHEMA_MAPS_30 if version == "3.0" else _SCHEMA_MAPS_31
    for key, value in node.value.items():  # a schema has few keys: cheaper than probing all
        if key in _SCHEMA_LISTS and isinstance(value, list):
            yield from node.child(key).elements()
        elif key in maps and isinstance(value, dict):
            for name in value:
                yield node.child(key, name)
        elif key in _SCHEMA_SINGLE and isinstance(value, dict):
            yield node.child(key)


def duplicate_tags(tags: _Node) -> Iterator[Problem]:
    seen: set[object] = set()
    for tag in tags.elements():
        name = tag.value.get("name") if isinstance(tag.value, dict) else None
        if not isinstance(name, str):
            continue
        if name in seen:
            yield f"Duplicate tag name {name!r}", tag.document, tag.pointer
        seen.add(name)


def duplicate_parameters(parameters: Iterable[_Node]) -> Iterator[Problem]:
    """The same (name, in) twice in one `parameters` list."""
    seen: set[tuple[object, object]] = set()
    for parameter in parameters:
        if not isinstance(parameter.value, dict):
            continue
        key = (parameter.value.get("name"), parameter.value.get("in"))
        if key in seen:
            yield f"Duplicate parameter {key[0]!r}", parameter.document, parameter.pointer
        seen.add(key)


def path_template_problems(
    url: str, method: str, declared: list[_Node], operation: _Node
) -> Iterator[Problem]:
    """Every `{name}` of the path is a declared path parameter of the operation (its own or its
    path item's), and every declared path parameter appears in the path."""
    names = {
        p.value.get("name")
        for p in declared
        if isinstance(p.value, dict) and p.value.get("in") == "path"
    }
    try:
        in_url = set(template_names(url))
    except ValueError as exc:
        yield f"path {url!r} is not a valid template: {exc}", operation.document, operation.pointer
        return
    for name in sorted(in_url - names) + sorted(str(n) for n in names - in_url):
        message = f"Path parameter {name!r} for {method!r} operation in {url!r} was not resolved"
        yield message, operation.document, operation.pointer


def template_names(url: str) -> Iterator[str]:
    """The `{name}`s of a path template, read as openapi-spec-validator reads them
    (`str.format` syntax: `{{` escapes, `{a:b}` is the field `a`)."""
    return (name for _, name, _, _ in string.Formatter().parse(url) if name)


def undefined_required(node: _Node, walk: _Walk) -> Iterator[Problem]:
    """`required` names a property that neither the schema nor any schema of its `allOf`
    (followed through allOf/anyOf/oneOf/items/not) defines."""
    required = node.value.get("required")
    if not isinstance(required, list):
        return
    defined = set(_property_names(node.value))
    for member in node.child("allOf").elements() if isinstance(node.value["allOf"], list) else []:
        defined |= collect_properties(member, walk)
    missing = sorted({r for r in required if isinstance(r, str)} - defined)
    if missing:
        yield (
            f"Required list has not defined properties: {missing}",
            node.document,
            join_pointer(node.pointer, "required"),
        )


def _property_names(schema: dict[str, Any]) -> list[str]:
    properties = schema.get("properties")
    return list(properties) if isinstance(properties, dict) else []


def collect_properties(start: _Node, walk: _Walk) -> set[str]:
    names: set[str] = set()
    stack = [start]
    seen: set[int] = set()
    while stack:
        try:
            node = walk.resolve(stack.pop())
        except SpecError:
            continue
        if not isinstance(node.value, dict) or id(node.value) in seen:
            continue
        seen.add(id(node.value))
        names.update(_property_names(node.value))
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(node.value.get(key), list):
                stack.extend(node.child(key).elements())
        for key in ("items", "not"):
            if isinstance(node.value.get(key), dict):
                stack.append(node.child(key))
    return names


def pattern_problems(node: _Node, version: str) -> Iterator[Problem]:
    """Regular expressions (`pattern`, 3.1 `patternProperties` names) Python's `re` compiles:
    the generated SDK does not use them, but openapi-spec-validator rejects the others."""
    pattern = node.value.get("pattern")
    if isinstance(pattern, str):
        error = regex_error(pattern)
        if error:
            yield (
                f"{pattern!r} is not a 'regex' ({error})",
                node.document,
                join_pointer(node.pointer, "pattern"),
            )
    names = node.value.get("patternProperties") if version == "3.1" else None
    if isinstance(names, dict):
        for name in names:
            error = regex_error(name)
            if error:
                where = join_pointer(node.pointer, "patternProperties", name)
                yield f"{name!r} is not a 'regex' ({error})", node.document, where


@cache
def regex_error(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return ""


def enum_problems(node: _Node) -> Iterator[Problem]:
    """3.0 schemas are JSON Schema draft-04 schemas, whose `enum` values are unique."""
    enum = node.value.get("enum")
    if isinstance(enum, list) and len(enum) > 1:
        keys = [json.dumps(v, sort_keys=True) + type(v).__name__ for v in enum]
        if len(set(keys)) < len(keys):
            yield (
                f"{enum!r} has non-unique elements",
                node.document,
                join_pointer(node.pointer, "enum"),
            )


# -- defaults against their schema -------------------------------------------------------------


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
            raise ValueError(f"{_brief(instance)} is not a {self.name!r}")


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

    def findings(self, node: _Node, reference_checks: bool) -> Iterator[Finding]:
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
            return not self.check(_Node(schema, document, pointer), value)
        except UnusableSchemaError:
            return True

    def check(self, node: _Node, value: Any) -> list[Any]:
        """The errors of `value` against the schema of `node`; UnusableSchemaError when the
        schema itself cannot be compiled (the meta-schema says why, mostly)."""
        import jsonschema_rs

        try:
            try:
                return self.errors(node, node.value, value, safe=False)
            except ValueError as exc:  # a lone surrogate somewhere? Rust takes valid Unicode
                if not _refused_unicode(exc):
                    raise
                schema, value = without_surrogates(node.value), without_surrogates(value)
                return self.errors(node, schema, value, safe=True)
        except (ValueError, jsonschema_rs.ReferencingError) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise UnusableSchemaError(message) from exc

    def errors(self, node: _Node, schema: Any, value: Any, safe: bool) -> list[Any]:
        import jsonschema_rs

        nullable = self.version == "3.0" and _contains(value, lambda v: v is None)
        options: dict[str, Any] = {
            "validate_formats": False,
            "keywords": {"format": _FormatKeyword30 if self.version == "3.0" else _FormatKeyword},
            "offline": True,
        }
        cls = jsonschema_rs.Draft4Validator if self.version == "3.0" else None
        validator: jsonschema_rs.Validator
        if nullable or _contains(schema, lambda v: isinstance(v, dict) and "$ref" in v):
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


def _refused_unicode(exc: ValueError) -> bool:
    """jsonschema-rs refused a string that is not valid Unicode (it re-raises Python's
    UnicodeEncodeError as its own error, naming it in the message)."""
    return isinstance(exc, UnicodeEncodeError) or "UnicodeEncodeError" in str(exc)


def _uri(document: SourceDocument) -> str:
    return document.path.as_uri()


def _contains(value: Any, test: Callable[[Any], bool]) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if test(item):
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _nullable_as_type(data: Any) -> Any:
    """A copy of a 3.0 document where `{type: t, nullable: true}` reads `{type: [t, "null"]}`
    (the meaning OpenAPI 3.0 gives `nullable`)."""
    return _map_json(data, None, _nullable_type)


def _nullable_type(value: dict[str, Any], copy: dict[str, Any]) -> None:
    if value.get("nullable") is True and isinstance(value.get("type"), str):
        copy["type"] = [value["type"], "null"]


def _map_json(
    data: Any,
    strings: Callable[[str], str] | None,
    objects: Callable[[dict[str, Any], dict[str, Any]], None] | None = None,
) -> Any:
    """A copy of JSON data with every string (keys too) passed through `strings` and every
    object copy adjusted by `objects`, built iteratively (no recursion limit)."""
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(data, root, 0)]
    while stack:
        value, parent, key = stack.pop()
        copy: Any
        if isinstance(value, dict):
            copy = {}
            for k, v in value.items():
                k2 = strings(k) if strings is not None else k
                copy[k2] = v
                if isinstance(v, (dict, list)) or (strings is not None and isinstance(v, str)):
                    stack.append((v, copy, k2))
            if objects is not None:
                objects(value, copy)
        elif isinstance(value, list):
            copy = list(value)
            for i, v in enumerate(value):
                if isinstance(v, (dict, list)) or (strings is not None and isinstance(v, str)):
                    stack.append((v, copy, i))
        elif isinstance(value, str) and strings is not None:
            copy = strings(value)
        else:
            copy = value
        parent[key] = copy
    return root[0]


# -- caching and running beside the build ------------------------------------------------------

CACHE_ENV = "SDKGEN_CACHE_DIR"
_CACHE_VERSION = "3"  # {"errors": entries, "warnings": entries}, entries [message, file, pointer]

FORK_ABOVE_BYTES = 2 * 2**20
"""Specs larger than this are validated in a forked process beside the build; smaller ones take
less time to validate (milliseconds) than a fork costs, so they are validated inline."""


def cache_dir() -> Path:
    """Where validation results are kept (safe to delete): $SDKGEN_CACHE_DIR or the user cache."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen" / "validation"


def content_key(spec: Spec) -> str:
    """Hash of every document's bytes (root and referenced files), of the validator's version and
    of our checks' version."""
    digest = hashlib.sha256(
        f"{_CACHE_VERSION}:{CHECKS_VERSION}:jsonschema-rs {_validator_version()}".encode()
    )
    digest.update(cache_tag(spec).encode())
    for document in sorted(spec.documents, key=lambda d: str(d.path)):
        digest.update(str(document.path.name).encode() + b"\0" + document.text.encode() + b"\0")
    return digest.hexdigest()


def _validator_version() -> str:
    """jsonschema-rs's version, read from its installed metadata's directory name without
    importing it or importlib.metadata (together ~20–40 ms, paid by every cached run); when the
    layout is unusual, the size and time of its compiled module stand in for it."""
    found = importlib.util.find_spec("jsonschema_rs")
    if found is None or not found.origin:  # pragma: no cover - a dependency of sdkgen
        return "missing"
    package = Path(found.origin).parent
    for info in sorted(package.parent.glob("jsonschema_rs-*.dist-info")):
        return info.name.removeprefix("jsonschema_rs-").removesuffix(".dist-info")
    stat = Path(found.origin).stat()  # pragma: no cover
    return f"{stat.st_size}:{stat.st_mtime_ns}"  # pragma: no cover


def _to_wire(findings: Findings) -> dict[str, list[list[str]]]:
    return {
        "errors": [[m, loc.file, loc.pointer] for m, loc in findings.errors],
        "warnings": [[m, loc.file, loc.pointer] for m, loc in findings.warnings],
    }


def _from_wire(wire: dict[str, list[list[str]]], spec: Spec) -> Findings:
    # entries are in original coordinates (a converted 2.0 document's original file)
    documents = {str(d.path): getattr(d, "original", d) for d in spec.documents}

    def located(entries: list[list[str]]) -> Located:
        result = []
        for message, file, pointer in entries:
            document = documents.get(file, spec.root)
            result.append((message, document.location("" if pointer == "/" else pointer)))
        return result

    return Findings(located(wire["errors"]), located(wire["warnings"]))


def _cache_read(key: str, spec: Spec) -> Findings | None:
    path = cache_dir() / f"{key}.json"
    try:
        return _from_wire(json.loads(path.read_text(encoding="utf-8")), spec)
    except (OSError, ValueError, TypeError, KeyError):
        return None  # absent or damaged: validate again


def _cache_write(key: str, findings: Findings) -> None:
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        temporary = directory / f".{key}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(_to_wire(findings)), encoding="utf-8")
        os.replace(temporary, directory / f"{key}.json")
    except OSError:
        pass  # a cache that cannot be written only costs time


def _spec_bytes(spec: Spec) -> int:
    return sum(len(d.text) for d in spec.documents)


class PendingValidation:
    """Validation started beside the build: for a large spec in a forked process where the
    platform allows it (it does not need the spec sent over: the child has it already), else
    inline on `result()`."""

    def __init__(self, spec: Spec) -> None:
        openapi_version(spec.root)  # unsupported versions fail at once, not after the build
        self._spec = spec
        self._key = content_key(spec)
        self._cached = _cache_read(self._key, spec)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receiver: Any = None
        if self._cached is None and _spec_bytes(spec) > FORK_ABOVE_BYTES:
            self._fork()

    def _fork(self) -> None:
        import multiprocessing

        if "fork" in multiprocessing.get_all_start_methods():
            spec = self._spec
            context = multiprocessing.get_context("fork")
            self._receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_validate_into, args=(spec, sender), daemon=True)
            self._process.start()
            sender.close()

    @property
    def forked(self) -> bool:
        return self._process is not None

    def result(self) -> Located:
        """The errors: problems that refuse the spec."""
        return self.findings().errors

    def warnings(self) -> Located:
        """Problems only we find (stricter than the reference): reported, never fatal."""
        return self.findings().warnings

    def findings(self) -> Findings:
        if self._cached is not None:
            return self._cached
        findings: Findings | None = None
        if self._process is not None:
            try:
                findings = _from_wire(self._receiver.recv(), self._spec)
            except EOFError:
                findings = None  # the child died (e.g. out of memory): validate here instead
            self._process.join()
        if findings is None:
            findings = check_spec(self._spec)
        _cache_write(self._key, findings)
        self._cached = findings
        return findings

    def cancel(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join()


def _validate_into(spec: Spec, sender: Any) -> None:
    try:
        sender.send(_to_wire(check_spec(spec)))
    finally:
        sender.close()
