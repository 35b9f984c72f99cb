"""What openapi-spec-validator 0.9 (the reference) looks at, so that validation never refuses a spec
the reference accepts: a finding of ours outside its reach is a located warning, not an error.

The reference checks meaning (defaults, `required` against `allOf`, operationIds, path templates,
duplicate parameters) only where its walk goes (`validation/keywords.py`):

- the parameters of path items and operations under `paths` (their `schema`, not `content`),
  the operations' responses (their `content` media types' schemas) and `components/schemas`,
  `$ref`s followed; not request bodies, headers, callbacks, webhooks, other components;
- inside a schema only `allOf`, `anyOf`, `oneOf`, `not`, `items` and `properties`, each schema
  once (by identity): a schema first met nested is never checked again where `required` would
  be (its `required`-vs-`allOf` check runs only where a walk starts, on the first visit);
- each schema where a walk starts (resolved) against the JSON Schema meta-schema, which covers
  everything written literally inside it (repeated `enum` values, `pattern`s that are not
  regular expressions, a 3.1 `$schema`), but not what its `$ref`s point to.

`reference_reach` repeats that walk (iteratively, in the reference's order) and returns the
identities of the objects each kind of check reaches. Identities are those of the loaded spec's
objects, the same ones our own walk meets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.errors import SpecError
from generator.spec.load import SourceDocument, Spec, join_pointer

_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_SINGLE = ("not", "items")


@dataclass
class Reach:
    """Identities (`id()`) of the spec's objects each of the reference's checks reaches."""

    defaults: set[int] = field(default_factory=set)
    """Schemas whose `default` it validates."""
    required: set[int] = field(default_factory=set)
    """Schemas whose `required` it compares with their `allOf`."""
    meta: set[int] = field(default_factory=set)
    """Objects inside a schema it checks against the JSON Schema meta-schema."""
    operations: set[int] = field(default_factory=set)
    """Operations whose operationId, path parameters and parameter list it checks."""
    path_items: set[int] = field(default_factory=set)
    """Path items whose shared parameter list it checks."""


def reference_reach(spec: Spec) -> Reach:
    reach = Reach()
    walk = _ReferenceWalk(spec, reach)
    root = spec.root
    paths = root.data.get("paths")
    for url, item in paths.items() if isinstance(paths, dict) else ():
        walk.path_item(item, root, join_pointer("/paths", url))
    components = root.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    for name, schema in schemas.items() if isinstance(schemas, dict) else ():
        walk.schema_root(schema, root, join_pointer("/components/schemas", name))
    return reach


class _ReferenceWalk:
    def __init__(self, spec: Spec, reach: Reach) -> None:
        self.spec = spec
        self.reach = reach
        self.visited: set[int] = set()  # schemas, as the reference's `visited_schema_ids`
        self.meta_checked: set[int] = set()

    def resolve(
        self, value: Any, document: SourceDocument, pointer: str
    ) -> tuple[Any, SourceDocument, str]:
        try:
            return self.spec.resolve_chain(value, document, pointer)
        except SpecError:
            return None, document, pointer  # a cycle: load or our walk reports it

    def path_item(self, value: Any, document: SourceDocument, pointer: str) -> None:
        item, document, pointer = self.resolve(value, document, pointer)
        if not isinstance(item, dict):
            return
        self.reach.path_items.add(id(item))
        self.parameters(item.get("parameters"), document, join_pointer(pointer, "parameters"))
        for method, operation in item.items():
            if method in _OPERATIONS:
                self.operation(operation, document, join_pointer(pointer, method))

    def operation(self, value: Any, document: SourceDocument, pointer: str) -> None:
        operation, document, pointer = self.resolve(value, document, pointer)
        if not isinstance(operation, dict):
            return
        self.reach.operations.add(id(operation))
        responses = operation.get("responses")
        for code, response in responses.items() if isinstance(responses, dict) else ():
            at = join_pointer(pointer, "responses", code)
            response, doc, at = self.resolve(response, document, at)
            content = response.get("content") if isinstance(response, dict) else None
            for media_type, media in content.items() if isinstance(content, dict) else ():
                where = join_pointer(at, "content", media_type)
                media, media_doc, where = self.resolve(media, doc, where)
                if isinstance(media, dict) and "schema" in media:
                    self.schema_root(media["schema"], media_doc, join_pointer(where, "schema"))
        self.parameters(operation.get("parameters"), document, join_pointer(pointer, "parameters"))

    def parameters(self, value: Any, document: SourceDocument, pointer: str) -> None:
        listed, document, pointer = self.resolve(value, document, pointer)
        for index, parameter in enumerate(listed) if isinstance(listed, list) else ():
            at = join_pointer(pointer, index)
            parameter, doc, at = self.resolve(parameter, document, at)
            if isinstance(parameter, dict) and "schema" in parameter:
                self.schema_root(parameter["schema"], doc, join_pointer(at, "schema"))

    def schema_root(self, value: Any, document: SourceDocument, pointer: str) -> None:
        schema, document, pointer = self.resolve(value, document, pointer)
        if not isinstance(schema, dict):
            return
        if id(schema) not in self.meta_checked:
            self.meta_checked.add(id(schema))
            self.reach.meta.update(id(inner) for inner in _literal_objects(schema))
        # a stack of (schema, its document, is where the walk started), popped in the order the
        # reference recurses; pointers are not tracked (a `$ref` resolves against its document)
        stack: list[tuple[Any, SourceDocument, bool]] = [(schema, document, True)]
        while stack:
            value, document, started_here = stack.pop()
            if isinstance(value, dict) and "$ref" in value:
                value, document, _ = self.resolve(value, document, "")
            if not isinstance(value, dict) or id(value) in self.visited:
                continue
            self.visited.add(id(value))
            self.reach.defaults.add(id(value))
            if started_here and "allOf" in value:
                self.reach.required.add(id(value))
            children = _children(value)
            stack.extend((child, document, False) for child in reversed(children))


def _children(value: dict[str, Any]) -> list[Any]:
    """The subschemas the reference descends into, in its order."""
    children: list[Any] = []
    for key in _SCHEMA_LISTS:
        if isinstance(value.get(key), list):
            children.extend(value[key])
    for key in _SCHEMA_SINGLE:
        if key in value:
            children.append(value[key])
    properties = value.get("properties")
    if isinstance(properties, dict):
        children.extend(properties.values())
    return children


def _literal_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object written inside `value` (itself included), without following `$ref`s."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
