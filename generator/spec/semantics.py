"""Validation, meaning: the rules openapi-spec-validator 0.9 checks beyond its meta-schema, as
small pure functions over one iterative walk of every document (a 3,000-deep schema cannot
exhaust the stack): unique operationIds and tag names, path template parameters vs declared path
parameters, duplicate parameters, `required` naming properties an `allOf` never defines, defaults
that do not match their schema (`generator.spec.formats`), regular expressions Python cannot
compile, `enum` lists with repeated values (3.0), unknown JSON Schema dialects (3.1)."""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from generator.errors import SpecError
from generator.spec.findings import Finding, Node, Problem
from generator.spec.formats import DefaultChecker, regex_error
from generator.spec.load import Spec, join_pointer, split_pointer
from generator.spec.reach import Reach
from generator.spec.structure import document_dialect, unknown_dialect
from generator.spec.swagger2_validate import reach

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


def meaning_problems(spec: Spec, version: str) -> Iterator[Problem]:
    """Every semantic check over one walk of the spec, following `$ref`s (each target once):
    errors and warnings alike."""
    for message, document, pointer, _ in Walk(spec, version).run():
        yield message, document, pointer


class Walk:
    """The iterative walk: a stack of (kind, node, context) visits; each kind's handler checks
    its node and pushes the nodes below it."""

    def __init__(self, spec: Spec, version: str) -> None:
        self.spec = spec
        self.version = version
        self.dialect = document_dialect(spec.root, version)
        self.stack: list[tuple[str, Node, Any]] = []
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
        handlers: dict[str, Callable[[Node, Any], Iterator[Finding]]] = {
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
        self.stack.append(("root", Node(self.spec.root.data, self.spec.root, ""), None))
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

    def push(self, kind: str, node: Node | None, context: Any = None) -> None:
        if node is not None:
            self.stack.append((kind, node, context))

    def resolve(self, node: Node) -> Node:
        if not (isinstance(node.value, dict) and "$ref" in node.value):
            return node
        value, document, pointer = self.spec.resolve_chain(node.value, node.document, node.pointer)
        return Node(value, document, pointer)

    # -- handlers, one per kind of object ----------------------------------------------------

    def root(self, node: Node, _: Any) -> Iterator[Finding]:
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

    def path_item(self, node: Node, url: str | None) -> Iterator[Finding]:
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
        self, node: Node, context: tuple[str | None, str, Node | None]
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

    def parameter(self, node: Node, _: Any) -> Iterator[Finding]:
        """A Parameter or Header object: its schema or its content."""
        self.push_content(node.get("content"))
        self.push("schema", node.get("schema"), True)
        return iter(())

    def content_holder(self, node: Node, _: Any) -> Iterator[Finding]:
        self.push_content(node.get("content"))
        return iter(())

    def response(self, node: Node, _: Any) -> Iterator[Finding]:
        headers = node.get("headers")
        for _, header in reversed(list(headers.items()) if headers is not None else []):
            self.push("header", header)
        self.push_content(node.get("content"))
        return iter(())

    def media(self, node: Node, _: Any) -> Iterator[Finding]:
        encoding = node.get("encoding")
        for _, item in encoding.items() if encoding is not None else []:
            headers = item.get("headers")
            for _, header in headers.items() if headers is not None else []:
                self.push("header", header)
        self.push("schema", node.get("schema"), True)
        return iter(())

    def callback(self, node: Node, _: Any) -> Iterator[Finding]:
        for _, item in node.items():
            self.push("path_item", item, None)  # runtime expressions, not path templates
        return iter(())

    def push_content(self, content: Node | None) -> None:
        for _, media in reversed(list(content.items()) if content is not None else []):
            self.push("media", media)

    def listed(self, holder: Node | None) -> Iterator[Node]:
        return holder.elements() if holder is not None else iter(())

    def parameter_list(self, holder: Node) -> list[Node]:
        """The parameters of a `parameters` list, references followed."""
        resolved = []
        for parameter in holder.elements():
            try:
                target = self.resolve(parameter)
            except SpecError:
                continue  # reported when the parameter itself is visited
            # located where it is listed: a duplicate is a fault of the list, not of the target
            resolved.append(Node(target.value, parameter.document, parameter.pointer))
        return resolved

    # -- schemas -----------------------------------------------------------------------------

    def schema(self, node: Node, is_root: bool) -> Iterator[Finding]:
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
                yield unknown_dialect(dialect), node.document, where, meta_checked
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


def _entries(holder: Node | None) -> list[tuple[str, Node]]:
    return list(holder.items()) if holder is not None else []


@cache
def _known_dialects() -> tuple[str, ...]:
    from generator.spec.openapi_schemas import KNOWN_31_DIALECTS

    return KNOWN_31_DIALECTS


def subschemas(node: Node, version: str) -> Iterator[Node]:
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


def duplicate_tags(tags: Node) -> Iterator[Problem]:
    seen: set[object] = set()
    for tag in tags.elements():
        name = tag.value.get("name") if isinstance(tag.value, dict) else None
        if not isinstance(name, str):
            continue
        if name in seen:
            yield f"Duplicate tag name {name!r}", tag.document, tag.pointer
        seen.add(name)


def duplicate_parameters(parameters: Iterable[Node]) -> Iterator[Problem]:
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
    url: str, method: str, declared: list[Node], operation: Node
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


def undefined_required(node: Node, walk: Walk) -> Iterator[Problem]:
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


def collect_properties(start: Node, walk: Walk) -> set[str]:
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


def pattern_problems(node: Node, version: str) -> Iterator[Problem]:
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


def enum_problems(node: Node) -> Iterator[Problem]:
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
