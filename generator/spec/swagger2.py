"""Convert stage: a Swagger 2.0 spec → the OpenAPI 3.0 spec it means, with the way back.

Runs after load (every `$ref` of the 2.0 files already resolved and checked) and before
validation and build, which then read only OpenAPI 3.0. Each converted document keeps a map from
its JSON pointers to the original file and pointer (`ConvertedDocument.origin`), so every later
message — validation problems, build warnings, errors — names the *original* file, line and
pointer: `location()` of a converted document answers in original coordinates.

The map stores a pointer only where the structure changes (`/components/schemas` ↔
`/definitions`, a body parameter ↔ `requestBody`, a parameter's type fields ↔ its `schema`…);
anything below is copied with the same shape, so the longest recorded prefix plus the remaining
tokens is the original pointer.

Files other than the root that `$ref`s reach are converted too: their `definitions`,
`parameters` and `responses` sections move under `components` like the root's (refs into them are
rewritten), and a target elsewhere in them is converted in place as what the reference expects
there (a schema, a parameter, a response, a path item). Body and formData parameters have no
3.0 component form: wherever they are referenced they are inlined into the operation's request
body, located at the parameter's original definition. The conversion table and the decisions
behind it are in docs/notes-swagger2.md.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import quote

from generator.errors import Location, SpecError
from generator.spec.load import SourceDocument, Spec, join_pointer, split_pointer

OPENAPI_VERSION = "3.0.3"
CONVERTER_VERSION = "1"
"""Part of the validation cache key of a converted spec: bump whenever the output changes."""

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_DEFAULT_MEDIA = "application/json"

# 2.0 parameter / header / items fields that belong to the 3.0 `schema`.
_SCHEMA_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
)
_SECTIONS = {
    "definitions": "schemas",
    "parameters": "parameters",
    "responses": "responses",
}
_SECURITY_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}

Origin = tuple[SourceDocument, str]


def is_swagger2(document: SourceDocument) -> bool:
    return isinstance(document.data, dict) and "swagger" in document.data


@dataclass
class ConvertedDocument(SourceDocument):
    """A 2.0 file's OpenAPI 3.0 form: `data` is converted, `location()` and `line_of()` answer
    for the original file (`original`), through `origins` (converted pointer → original)."""

    original: SourceDocument = field(default=None, repr=False)  # type: ignore[assignment]
    origins: dict[str, Origin] = field(default_factory=dict, repr=False)

    def origin(self, pointer: str) -> Origin:
        """The original document and pointer of what is at `pointer` in the converted data."""
        tokens = split_pointer(pointer)
        for size in range(len(tokens), -1, -1):
            prefix = join_pointer("", *tokens[:size])
            found = self.origins.get(prefix)
            if found is not None:
                document, base = found
                return document, _existing(document.data, join_pointer(base, *tokens[size:]))
        return self.original, _existing(self.original.data, pointer)

    def line_of(self, pointer: str) -> int | None:
        document, original = self.origin(pointer)
        return document.line_of(original)

    def location(self, pointer: str) -> Location:
        document, original = self.origin(pointer)
        return document.location(original)


class ConvertedSpec(Spec):
    """The converted documents (root and every referenced file), and the 2.0 spec (`source`)."""

    def __init__(self, root: ConvertedDocument, source: Spec) -> None:
        super().__init__(root)
        self.source = source
        self.ref_roots = source.ref_roots
        self._paths = dict(source._paths)


def convert_spec(source: Spec) -> ConvertedSpec:
    """The OpenAPI 3.0 form of a loaded Swagger 2.0 spec (its `$ref`s already checked)."""
    version = source.root.data.get("swagger")
    if str(version) != "2.0":
        raise SpecError(
            f"unsupported Swagger version {version!r}; sdkgen reads Swagger 2.0, "
            "OpenAPI 3.0.x and 3.1.x",
            source.root.location("/swagger"),
        )
    converter = _Converter(source)
    root = converter.convert_root()
    converter.finish()
    spec = ConvertedSpec(root, source)
    for document in converter.converted.values():
        spec._documents[document.path] = document
    return spec


@dataclass(frozen=True)
class _Deferred:
    """A `$ref` in an extension or example into another file, fixed once it is known whether
    that file is converted (then a section fragment points into `components`)."""

    file_part: str
    hash_mark: str
    fragment: str
    target: Path


def _section_fragment(fragment: str) -> str:
    """`/definitions/X` → `/components/schemas/X` (and parameters, responses); else as is."""
    tokens = split_pointer(fragment) if fragment.startswith("/") else []
    if len(tokens) >= 2 and tokens[0] in _SECTIONS:
        return join_pointer("/components", _SECTIONS[tokens[0]], *tokens[1:])
    return fragment


class _Converter:
    def __init__(self, source: Spec) -> None:
        self.source = source
        self.data = source.root.data
        self.converted: dict[Any, ConvertedDocument] = {}
        # (document, pointer, kind of object expected there; None: only convert the file)
        self.pending: list[tuple[SourceDocument, str, str | None]] = []
        self.done: set[tuple[Any, str]] = set()
        self.deferred: list[tuple[dict[str, Any], _Deferred]] = []
        self.out_path = source.root.path  # the document being built
        self.writing_from = source.root.path  # the document being read
        self.consumes = _media_list(self.data.get("consumes"))
        self.produces = _media_list(self.data.get("produces"))
        self.origins: dict[str, Origin] = {}  # of the document being converted

    # -- documents -------------------------------------------------------------------------

    def _new(self, original: SourceDocument, data: Any) -> ConvertedDocument:
        document = ConvertedDocument(
            path=original.path,
            text=original.text,
            data=data,
            is_json=original.is_json,
            original=original,
        )
        self.converted[original.path] = document
        return document

    def convert_root(self) -> ConvertedDocument:
        root = self.source.root
        data = self.data
        out: dict[str, Any] = {"openapi": OPENAPI_VERSION}
        origins: dict[str, Origin] = {"": (root, ""), "/openapi": (root, "/swagger")}
        self.origins = origins
        for key, value in data.items():
            if key in ("info", "tags", "externalDocs", "security") or key.startswith("x-"):
                out[key] = self.copy(value, root, join_pointer("", key))
        servers = self.servers(root)
        if servers:
            out["servers"] = servers
        out["paths"] = self.paths(root)
        components = self.components(root, data)
        schemes = data.get("securityDefinitions")
        if isinstance(schemes, dict):
            origins["/components/securitySchemes"] = (root, "/securityDefinitions")
            components["securitySchemes"] = {
                name: self.security_scheme(scheme) for name, scheme in schemes.items()
            }
        if components:
            out["components"] = components
        document = self._new(root, out)
        document.origins = origins
        return document

    def finish(self) -> None:
        """Convert in place the targets in other files that references expect a kind at."""
        while self.pending:
            original, pointer, kind = self.pending.pop()
            document = self.converted.get(original.path) or self.external(original)
            self.out_path = self.writing_from = original.path
            if kind is None or (original.path, pointer) in self.done:
                continue
            self.done.add((original.path, pointer))
            self.origins = document.origins
            value = _at(original.data, pointer)
            converted = self.convert_kind(kind, value, original, pointer, pointer)
            if pointer:
                _put(document.data, pointer, converted)
            else:  # the whole file: its sections stay under `components` (external() moved them)
                components = document.data.get("components")
                if isinstance(converted, dict) and isinstance(components, dict):
                    for section in _SECTIONS:
                        converted.pop(section, None)
                    converted["components"] = components
                document.data = converted
        for holder, ref in self.deferred:
            converted_file = ref.target in self.converted
            fragment = _section_fragment(ref.fragment) if converted_file else ref.fragment
            holder["$ref"] = f"{ref.file_part}{ref.hash_mark}{fragment}"

    def external(self, original: SourceDocument) -> ConvertedDocument:
        """A referenced file: its sections under `components`, everything else copied."""
        self.origins = {"": (original, "")}
        self.out_path = self.writing_from = original.path
        data = original.data if isinstance(original.data, dict) else {}
        out: dict[str, Any] = {
            key: self.copy(value, original, join_pointer("", key))
            for key, value in data.items()
            if key not in _SECTIONS
        }
        components = self.components(original, data)
        if components:
            out["components"] = components
        document = self._new(original, out if isinstance(original.data, dict) else original.data)
        document.origins = self.origins
        return document

    def components(self, original: SourceDocument, data: dict[str, Any]) -> dict[str, Any]:
        components: dict[str, Any] = {}
        for section, target in _SECTIONS.items():
            entries = data.get(section)
            if not isinstance(entries, dict):
                continue
            here = join_pointer("/components", target)
            self.origins[here] = (original, join_pointer("", section))
            converted: dict[str, Any] = {}
            for name, value in entries.items():
                at = join_pointer("", section, name)
                if section == "parameters" and _in(self.source, value, original, at) in (
                    "body",
                    "formData",
                ):
                    continue  # no 3.0 component form: inlined where referenced
                kind = {"definitions": "schema", "parameters": "parameter"}.get(section, "response")
                self.origins[join_pointer(here, name)] = (original, at)
                converted[name] = self.convert_kind(
                    kind, value, original, at, join_pointer(here, name)
                )
            components[target] = converted
        return components

    def convert_kind(
        self, kind: str, value: Any, original: SourceDocument, at: str, out_at: str
    ) -> Any:
        """`value` (at `at` in `original`, going to `out_at`) converted as a `kind` object."""
        if kind == "schema":
            return self.schema(value, original, at)
        if kind == "parameter":
            return self.parameter(value, original, at, out_at)
        if kind == "response":
            return self.response(value, original, at, self.produces, out_at)
        if kind == "path_item":
            return self.path_item(value, original, at, out_at)
        return self.copy(value, original, at)

    # -- references ------------------------------------------------------------------------

    def ref(self, ref: Any, original: SourceDocument, at: str, kind: str) -> Any:
        """A `$ref` written at `at` in `original`, rewritten for the document being built: a
        fragment into a 2.0 section points into `components`, a file part is re-based when the
        object is inlined into another file, and a target outside the sections of another file is
        queued for in-place conversion as `kind`. In extensions and examples (`kind` "copy") the
        target file is converted only if something else needs it: those refs are fixed last."""
        if not isinstance(ref, str):
            return ref
        file_part, hash_mark, fragment = ref.partition("#")
        target_path = original.path
        if file_part:
            target = self.source.resolve(ref, original, join_pointer(at, "$ref"))
            target_path = target.document.path
            if target.document is not self.source.root and kind != "copy":
                tokens = split_pointer(target.pointer) if target.pointer else []
                in_section = len(tokens) >= 2 and tokens[0] in _SECTIONS
                self.pending.append((target.document, target.pointer, None if in_section else kind))
        rebased = self.rebased(target_path, file_part)
        if not rebased:
            hash_mark = "#"  # `other.yaml` from inside other.yaml: the whole document
        if kind == "copy" and target_path != self.source.root.path:
            return _Deferred(rebased, hash_mark, fragment, target_path)
        return f"{rebased}{hash_mark}{_section_fragment(fragment)}"

    def rebased(self, target: Path, file_part: str) -> str:
        """The file part naming `target` from the document being built."""
        if target == self.out_path:
            return ""
        if not file_part or self.out_path != self.writing_from:
            return quote(os.path.relpath(target, self.out_path.parent).replace(os.sep, "/"))
        return file_part

    def copy(self, value: Any, original: SourceDocument, at: str) -> Any:
        """A copy of JSON data, `$ref`s rewritten (no other change: extensions, examples…)."""
        if isinstance(value, dict):
            result = {k: self.copy(v, original, join_pointer(at, k)) for k, v in value.items()}
            if "$ref" in value and isinstance(value["$ref"], str):
                ref = self.ref(value["$ref"], original, at, "copy")
                if isinstance(ref, _Deferred):
                    self.deferred.append((result, ref))
                else:
                    result["$ref"] = ref
            return result
        if isinstance(value, list):
            return [self.copy(v, original, join_pointer(at, i)) for i, v in enumerate(value)]
        return value

    # -- root ------------------------------------------------------------------------------

    def servers(self, root: SourceDocument) -> list[dict[str, Any]]:
        """`schemes` × `host` + `basePath`; without a host, the base path alone (a server URL
        relative to where the spec is served, as 2.0 means it)."""
        host = self.data.get("host")
        base = self.data.get("basePath") or ""
        base = base if isinstance(base, str) else ""
        if isinstance(host, str) and host:
            schemes = self.data.get("schemes")
            names = [s for s in schemes if isinstance(s, str)] if isinstance(schemes, list) else []
            if not names:
                names = ["https"]
            for index, _ in enumerate(names):
                self.origins[join_pointer("/servers", index)] = (
                    root,
                    join_pointer("/schemes", index) if schemes else "/host",
                )
            return [{"url": f"{scheme}://{host}{base}"} for scheme in names]
        if base:
            self.origins["/servers"] = (root, "/basePath")
            return [{"url": base}]
        return []

    def security_scheme(self, scheme: Any) -> Any:
        if not isinstance(scheme, dict):
            return scheme
        extensions = {k: v for k, v in scheme.items() if k.startswith("x-")}
        described = {"description": scheme["description"]} if "description" in scheme else {}
        kind = scheme.get("type")
        if kind == "basic":
            return {"type": "http", "scheme": "basic", **described, **extensions}
        if kind == "apiKey":
            keep = {k: scheme[k] for k in ("name", "in") if k in scheme}
            return {"type": "apiKey", **keep, **described, **extensions}
        if kind == "oauth2" and scheme.get("flow") in _SECURITY_FLOWS:
            name, urls = _SECURITY_FLOWS[scheme["flow"]]
            flow = {u: scheme[u] for u in urls if u in scheme}
            flow["scopes"] = scheme.get("scopes") or {}
            return {"type": "oauth2", "flows": {name: flow}, **described, **extensions}
        return dict(scheme)

    # -- paths and operations ----------------------------------------------------------------

    def paths(self, root: SourceDocument) -> dict[str, Any]:
        paths = self.data.get("paths")
        if not isinstance(paths, dict):
            return {}
        return {
            url: self.path_item(
                item, root, join_pointer("/paths", url), join_pointer("/paths", url)
            )
            for url, item in paths.items()
        }

    def path_item(self, item: Any, original: SourceDocument, at: str, out_at: str) -> Any:
        if not isinstance(item, dict):
            return item
        if "$ref" in item:
            return {"$ref": self.ref(item["$ref"], original, at, "path_item")}
        result: dict[str, Any] = {}
        shared = _list(item.get("parameters"))
        plain, shared_bodies = self.parameter_list(
            shared, original, join_pointer(at, "parameters"), join_pointer(out_at, "parameters")
        )
        for key, value in item.items():
            here = join_pointer(at, key)
            if key in _METHODS:
                result[key] = self.operation(
                    value, original, here, join_pointer(out_at, key), shared_bodies
                )
            elif key == "parameters":
                if plain:
                    result[key] = plain
            else:
                result[key] = self.copy(value, original, here)
        return result

    def operation(
        self,
        operation: Any,
        original: SourceDocument,
        at: str,
        out_at: str,
        shared_bodies: list[tuple[dict[str, Any], Origin]],
    ) -> Any:
        if not isinstance(operation, dict):
            return operation
        # an operation's list, even empty, replaces the global one (2.0: "overrides")
        consumes = _media_list(operation.get("consumes"), self.consumes)
        produces = _media_list(operation.get("produces"), self.produces)
        own = _list(operation.get("parameters"))
        plain, bodies = self.parameter_list(
            own, original, join_pointer(at, "parameters"), join_pointer(out_at, "parameters")
        )
        result: dict[str, Any] = {}
        for key, value in operation.items():
            here = join_pointer(at, key)
            if key in ("consumes", "produces", "schemes"):
                continue
            if key == "parameters":
                if plain:
                    result[key] = plain
            elif key == "responses" and isinstance(value, dict):
                result[key] = {
                    code: self.response(
                        response,
                        original,
                        join_pointer(here, code),
                        produces,
                        join_pointer(out_at, key, code),
                    )
                    for code, response in value.items()
                }
            else:
                result[key] = self.copy(value, original, here)
        # an operation's body parameter replaces the path item's, like any same-named one
        own_names = {(p.get("in"), p.get("name")) for p, _ in bodies}
        bodies += [
            (p, o) for p, o in shared_bodies if (p.get("in"), p.get("name")) not in own_names
        ]
        body = self.request_body(bodies, consumes, join_pointer(out_at, "requestBody"))
        if body is not None:
            result["requestBody"] = body
        return result

    def parameter_list(
        self, parameters: list[Any], original: SourceDocument, at: str, out_at: str
    ) -> tuple[list[Any], list[tuple[dict[str, Any], Origin]]]:
        """(the 3.0 parameters, the body and formData parameters resolved, with their origin)."""
        plain: list[Any] = []
        bodies: list[tuple[dict[str, Any], Origin]] = []
        for index, parameter in enumerate(parameters):
            here = join_pointer(at, index)
            try:
                value, document, pointer = self.source.resolve_chain(parameter, original, here)
            except SpecError:
                value, document, pointer = parameter, original, here
            if isinstance(value, dict) and value.get("in") in ("body", "formData"):
                bodies.append((value, (document, pointer)))
                continue
            position = join_pointer(out_at, len(plain))
            self.origins[position] = (original, here)
            plain.append(self.parameter(parameter, original, here, position))
        return plain, bodies

    def parameter(self, parameter: Any, original: SourceDocument, at: str, out_at: str) -> Any:
        """A query, header or path parameter: its type fields move into `schema`."""
        if not isinstance(parameter, dict):
            return parameter
        if "$ref" in parameter:
            return {"$ref": self.ref(parameter["$ref"], original, at, "parameter")}
        result: dict[str, Any] = {}
        for key, value in parameter.items():
            if key in _SCHEMA_FIELDS or key in ("collectionFormat", "x-nullable"):
                continue
            result[key] = self.copy(value, original, join_pointer(at, key))
        if "schema" in parameter:  # a body parameter met where a parameter was expected
            result["schema"] = self.schema(
                parameter["schema"], original, join_pointer(at, "schema")
            )
        else:
            if out_at:
                self.origins[join_pointer(out_at, "schema")] = (original, at)
            result["schema"] = self.simple_schema(parameter, original, at)
            result.update(collection_style(parameter.get("in"), parameter))
        return result

    def simple_schema(self, fields: dict[str, Any], original: SourceDocument, at: str) -> Any:
        """The schema of a non-body parameter, header or items object (same pointers below)."""
        schema: dict[str, Any] = {}
        for key in _SCHEMA_FIELDS:
            if key not in fields:
                continue
            value = fields[key]
            if key == "items" and isinstance(value, dict):
                schema[key] = self.simple_schema(value, original, join_pointer(at, key))
            else:
                schema[key] = self.copy(value, original, join_pointer(at, key))
        if schema.get("type") == "file":
            schema["type"] = "string"
            schema["format"] = "binary"
        if fields.get("x-nullable") is True:
            schema["nullable"] = True
        return schema

    def request_body(
        self, bodies: list[tuple[dict[str, Any], Origin]], consumes: list[str], out_at: str
    ) -> dict[str, Any] | None:
        body = next(((p, o) for p, o in bodies if p.get("in") == "body"), None)
        if body is not None:
            parameter, (document, pointer) = body
            self.origins[out_at] = (document, pointer)
            media = [m for m in consumes if m not in _FORM_TYPES] or consumes or [_DEFAULT_MEDIA]
            result: dict[str, Any] = {}
            if "description" in parameter:
                result["description"] = parameter["description"]
            content: dict[str, Any] = {}
            self.writing_from = document.path
            for name in media:
                here = join_pointer(out_at, "content", name, "schema")
                self.origins[here] = (document, join_pointer(pointer, "schema"))
                content[name] = {
                    "schema": self.schema(
                        parameter.get("schema", {}), document, join_pointer(pointer, "schema")
                    )
                }
            self.writing_from = self.out_path
            result["content"] = content
            if parameter.get("required") is True:
                result["required"] = True
            if isinstance(parameter.get("name"), str):
                result["x-codegen-request-body-name"] = parameter["name"]
            result.update({k: v for k, v in parameter.items() if k.startswith("x-")})
            return result
        form = [(p, o) for p, o in bodies if p.get("in") == "formData"]
        if not form:
            return None
        self.origins[out_at] = form[0][1]
        has_file = any(p.get("type") == "file" for p, _ in form)
        media = [m for m in consumes if m in _FORM_TYPES]
        if has_file:
            media = ["multipart/form-data"]
        elif not media:
            media = ["application/x-www-form-urlencoded"]
        content = {}
        for name in media:
            base = join_pointer(out_at, "content", name)
            self.origins[join_pointer(base, "schema")] = form[0][1]
            properties: dict[str, Any] = {}
            required: list[str] = []
            encoding: dict[str, Any] = {}
            for parameter, (document, pointer) in form:
                self.writing_from = document.path
                key = str(parameter.get("name"))
                self.origins[join_pointer(base, "schema", "properties", key)] = (document, pointer)
                prop = self.simple_schema(parameter, document, pointer)
                if "description" in parameter:
                    prop["description"] = parameter["description"]
                properties[key] = prop
                if parameter.get("required") is True:
                    required.append(key)
                style = collection_style("formData", parameter)
                if style and name == "application/x-www-form-urlencoded":
                    encoding[key] = style
            self.writing_from = self.out_path
            schema: dict[str, Any] = {"type": "object", "properties": properties}
            if required:
                schema["required"] = required
            entry: dict[str, Any] = {"schema": schema}
            if encoding:
                entry["encoding"] = encoding
            content[name] = entry
        return {
            "content": content,
            **({"required": True} if any(p.get("required") is True for p, _ in form) else {}),
        }

    def response(
        self, response: Any, original: SourceDocument, at: str, produces: list[str], out_at: str
    ) -> Any:
        if not isinstance(response, dict):
            return response
        if "$ref" in response:
            return {"$ref": self.ref(response["$ref"], original, at, "response")}
        result: dict[str, Any] = {}
        for key, value in response.items():
            here = join_pointer(at, key)
            if key in ("schema", "examples"):
                continue
            if key == "headers" and isinstance(value, dict):
                headers = {}
                for name, header in value.items():
                    where = join_pointer(here, name)
                    if out_at:
                        self.origins[join_pointer(out_at, key, name, "schema")] = (original, where)
                    headers[name] = self.header(header, original, where)
                result[key] = headers
            else:
                result[key] = self.copy(value, original, here)
        result.setdefault("description", "")
        examples = _dict(response.get("examples"))
        if "schema" in response:
            schema_at = join_pointer(at, "schema")
            is_file = (
                isinstance(response["schema"], dict) and response["schema"].get("type") == "file"
            )
            media = list(produces) or (
                ["application/octet-stream"] if is_file else [_DEFAULT_MEDIA]
            )
            media += [m for m in examples if m not in media]
            content: dict[str, Any] = {}
            for name in media:
                if out_at:
                    self.origins[join_pointer(out_at, "content", name, "schema")] = (
                        original,
                        schema_at,
                    )
                entry: dict[str, Any] = {
                    "schema": self.schema(response["schema"], original, schema_at)
                }
                if name in examples:
                    if out_at:
                        self.origins[join_pointer(out_at, "content", name, "example")] = (
                            original,
                            join_pointer(at, "examples", name),
                        )
                    entry["example"] = examples[name]
                content[name] = entry
            result["content"] = content
        elif examples:
            result["content"] = {name: {"example": example} for name, example in examples.items()}
        return result

    def header(self, header: Any, original: SourceDocument, at: str) -> Any:
        if not isinstance(header, dict):
            return header
        result: dict[str, Any] = {
            k: self.copy(v, original, join_pointer(at, k))
            for k, v in header.items()
            if k not in _SCHEMA_FIELDS and k not in ("collectionFormat", "x-nullable")
        }
        result["schema"] = self.simple_schema(header, original, at)
        if header.get("type") == "array":
            result.update(collection_style("header", header))
        return result

    # -- schemas ---------------------------------------------------------------------------

    def schema(self, schema: Any, original: SourceDocument, at: str) -> Any:
        """A Schema Object: same shape (pointers unchanged below), 2.0-only keywords mapped."""
        if not isinstance(schema, dict):
            return schema
        result: dict[str, Any] = {}
        for key, value in schema.items():
            here = join_pointer(at, key)
            if key == "$ref":
                result[key] = self.ref(value, original, at, "schema")
            elif key == "x-nullable":
                if value is True:
                    result["nullable"] = True
            elif key == "discriminator" and isinstance(value, str):
                result[key] = {"propertyName": value}
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                result[key] = self.schema(value, original, here)
            elif key == "items" and isinstance(value, list):  # tuple items: not 3.0; first kept
                result[key] = (
                    self.schema(value[0], original, join_pointer(here, 0)) if value else {}
                )
            elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
                result[key] = [
                    self.schema(v, original, join_pointer(here, i)) for i, v in enumerate(value)
                ]
            elif key == "properties" and isinstance(value, dict):
                result[key] = {
                    name: self.schema(v, original, join_pointer(here, name))
                    for name, v in value.items()
                }
            else:
                result[key] = self.copy(value, original, here)
        if result.get("type") == "file":
            result["type"] = "string"
            result["format"] = "binary"
        return result


def collection_style(location: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """The 3.0 `style`/`explode` of an array parameter's 2.0 `collectionFormat` (default csv);
    {} for anything not an array. tsv has no 3.0 style: kept as `x-collectionFormat`, read as csv
    (the nearest: one value, separated)."""
    if fields.get("type") != "array":
        return {}
    form = fields.get("collectionFormat", "csv")
    if location in ("path", "header"):
        style: dict[str, Any] = {"style": "simple", "explode": False}
    else:
        style = {
            "csv": {"style": "form", "explode": False},
            "ssv": {"style": "spaceDelimited", "explode": False},
            "pipes": {"style": "pipeDelimited", "explode": False},
            "multi": {"style": "form", "explode": True},
        }.get(form, {"style": "form", "explode": False})
    if form == "multi" and location in ("path", "header"):
        style = {"style": "simple", "explode": False}
    if form == "tsv":
        style["x-collectionFormat"] = "tsv"
    return style


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _media_list(value: Any, default: list[str] | None = None) -> list[str]:
    if not isinstance(value, list):
        return list(default or [])
    return [v for v in value if isinstance(v, str)]


def _in(source: Spec, value: Any, document: SourceDocument, at: str) -> Any:
    try:
        resolved, _, _ = source.resolve_chain(value, document, at)
    except SpecError:
        return None
    return resolved.get("in") if isinstance(resolved, dict) else None


def _existing(data: Any, pointer: str) -> str:
    """The longest prefix of `pointer` that exists in `data`: what the converter added (a
    server without a host, a default media type) is located at the nearest original object."""
    walked = ""
    for token in split_pointer(pointer):
        if isinstance(data, dict) and token in data:
            data = data[token]
        elif isinstance(data, list) and token.isdigit() and int(token) < len(data):
            data = data[int(token)]
        else:
            break
        walked = join_pointer(walked, token)
    return walked


def _at(data: Any, pointer: str) -> Any:
    for token in split_pointer(pointer):
        data = data[int(token)] if isinstance(data, list) else data[token]
    return data


def _put(data: Any, pointer: str, value: Any) -> None:
    tokens = split_pointer(pointer)
    if not tokens:
        return  # a whole-file target: its data is replaced by the caller
    parent = _at(data, join_pointer("", *tokens[:-1]))
    if isinstance(parent, list):
        parent[int(tokens[-1])] = value
    else:
        parent[tokens[-1]] = value


def original_pointer(spec: ConvertedSpec, pointer: str) -> str:
    """Where `pointer` of the converted root is written in the 2.0 files: the pointer in the
    root file, `file#pointer` for another file (named relative to the root's folder)."""
    assert isinstance(spec.root, ConvertedDocument)
    document, original = spec.root.origin(pointer)
    if document.path == spec.root.path:
        return original
    name = os.path.relpath(document.path, spec.root.path.parent).replace(os.sep, "/")
    return f"{name}#{original}"


T = TypeVar("T")


def with_original_sources(value: T, spec: ConvertedSpec) -> T:
    """`value` (frozen dataclasses, tuples, dicts: the built API) with every `source` pointer
    — what `sdkgen diff` reports — rewritten by `original_pointer`; objects shared before are
    shared after, unchanged ones are kept as they are."""
    memo: dict[int, Any] = {}

    def walk(item: Any) -> Any:
        if id(item) in memo:
            return memo[id(item)]
        result = item
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            changes: dict[str, Any] = {}
            for spec_field in dataclasses.fields(item):
                old = getattr(item, spec_field.name)
                if spec_field.name == "source" and isinstance(old, str) and old:
                    new = original_pointer(spec, old)
                else:
                    new = walk(old)
                if new is not old:
                    changes[spec_field.name] = new
            result = dataclasses.replace(item, **changes) if changes else item
        elif isinstance(item, tuple):
            items = tuple(walk(element) for element in item)
            result = items if any(a is not b for a, b in zip(items, item, strict=True)) else item
        elif isinstance(item, dict):
            mapped = {key: walk(element) for key, element in item.items()}
            result = mapped if any(mapped[k] is not item[k] for k in item) else item
        memo[id(item)] = result
        return result

    return cast(T, walk(value))
