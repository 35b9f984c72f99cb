"""Build stage: turn a loaded spec into the intermediate model (`ir.Api`).

Operations, parameters, bodies, responses, security and resources are read here; schemas are
delegated to `schemas.SchemaBuilder`. The result holds no reference to the spec dict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from generator import filenames, naming
from generator.config import GeneratorConfig
from generator.errors import Location, SpecError
from generator.escaping import SpecText
from generator.ir import model as ir
from generator.ir import waiters
from generator.ir.modules import RESERVED_MODULES, assign_modules
from generator.ir.schemas import SchemaBuilder, Site, spec_text
from generator.sdk import auth, media, paging
from generator.sdk.options import CALL_OPTION_NAMES
from generator.spec.load import Spec, join_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Names on a client or a resource that a resource attribute or a method must not shadow: the
# public members of the runtime's client and resource classes (tests/test_naming.py checks them
# against the runtime), and names the generated class bodies use (`cached_property`, `httpx`).
CLIENT_MEMBERS = frozenset(
    {
        "close",
        "aclose",
        "with_options",
        "request",
        "request_raw",
        "request_stream",
        "request_url",
        "is_closed",
        "timeout",
        "max_retries",
        "max_response_bytes",
        "base_url",
        "server_url",
        "http_client",
        "copy",
        "cached_property",
        "httpx",
    }
)
RESOURCE_MEMBERS = frozenset({"with_raw_response", "with_streaming_response", "cached_property"})
# Keyword arguments of every client constructor (credentials and server variables avoid them).
CONSTRUCTOR_ARGUMENTS = (
    "server_url",
    "server_variables",
    "http_client",
    "timeout",
    "max_retries",
    "default_headers",
    "before_request",
    "after_response",
    "retry_non_idempotent",
    "self",
)
PARAM_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}


def build_api(spec: Spec, config: GeneratorConfig) -> ir.Api:
    return _ApiBuilder(spec, config).build()


class _ApiBuilder:
    def __init__(self, spec: Spec, config: GeneratorConfig) -> None:
        self.spec = spec
        self.config = config
        self.root = spec.root
        self.warnings: list[str] = []
        # The client classes are imported beside the resource classes in `_client.py`; a
        # resource class (`<Tag>Resource`) must not take a name its module imports either.
        self.class_names = naming.Namespace(
            {config.client_name, f"Async{config.client_name}"} | naming.RESERVED_CLASSES
        )
        self.schemas = SchemaBuilder(spec, self.warn, self.class_names)

    def warn(self, message: str, location: Location) -> None:
        self.warnings.append(f"{location}: {message}")

    def build(self) -> ir.Api:
        data = self.root.data
        info = data.get("info") if isinstance(data.get("info"), dict) else {}
        resource_tags = self._resource_order()
        # A resource per tag, or with `nested_resources` per segment path of the tags
        # ("repos/issues" → repos → issues, intermediate resources created as needed).
        node_of = {tag: self._node(tag) for tag in resource_tags}
        nodes: dict[tuple[str, ...], None] = {}
        for tag in resource_tags:
            node = node_of[tag]
            for end in range(1, len(node) + 1):
                nodes[node[:end]] = None
        resource_classes = {
            node: self.class_names.claim(
                naming.pascal(" ".join(node), fallback="Default") + "Resource"
            )
            for node in nodes
        }
        self.schemas.claim_component_names()
        schemes = self._security_schemes()
        by_node: dict[tuple[str, ...], list[ir.Operation]] = {node: [] for node in nodes}
        method_names = {node: naming.Namespace(reserved=RESOURCE_MEMBERS) for node in nodes}
        for path, method, site in self._operations():
            tag = self._tag_of(site.value[method])
            node = node_of[tag]
            operation = self._operation(path, method, site, method_names[node], schemes, tag)
            by_node[node].append(operation)
        self.schemas.build_components()
        waiters = self._waiters(by_node, method_names)
        used = {node[:end] for node in nodes if by_node[node] for end in range(1, len(node) + 1)}
        titles = {node: tag for tag, node in reversed(node_of.items())}
        attributes = naming.Namespace(reserved=CLIENT_MEMBERS)
        # Resource modules are files and name directories of the docs (docs/sdks/<module>/);
        # resources/__init__.py binds `annotations` (the __future__ import) like models/__init__
        module_names = filenames.Directory(
            RESERVED_MODULES, reserve=filenames.PYTHON_MODULE_RESERVE
        )
        modules: dict[tuple[str, ...], str] = {}
        resources: list[ir.Resource] = []
        for node in (n for n in nodes if n in used):
            scope = attributes if len(node) == 1 else method_names[node[:-1]]
            modules[node] = module_names.claim(naming.snake("_".join(node), fallback="default"))
            title = titles.get(node, "/".join(node))
            resources.append(
                ir.Resource(
                    name=scope.claim(naming.member(node[-1], fallback="default")),
                    class_name=resource_classes[node],
                    module=modules[node],
                    title=title,
                    description=self._tag_description(title) if node in titles else None,
                    operations=tuple(by_node[node]),
                    parent=modules[node[:-1]] if len(node) > 1 else "",
                    waiters=tuple(waiters.get(node, ())),
                )
            )
        models, enums, aliases = assign_modules(
            self.schemas.models, self.schemas.enums, self.schemas.aliases
        )
        lookup: dict[str, ir.Model | ir.Enum | ir.Alias] = {}
        every: list[ir.Model | ir.Enum | ir.Alias] = [*models, *enums, *aliases]
        for named in every:
            lookup[named.name] = named
        return ir.Api(
            title=SpecText(str(info.get("title") or self.config.client_name)),
            description=spec_text(info.get("description")),
            api_version=str(info.get("version", "")),
            servers=self._servers(
                {s.argument for s in schemes.values()}
                | {s.secret_argument for s in schemes.values() if s.secret_argument}
            ),
            security_schemes=tuple(schemes.values()),
            resources=tuple(resources),
            models=models,
            enums=enums,
            aliases=aliases,
            warnings=tuple(self.warnings),
            lookup=lookup,
        )

    def _waiters(
        self,
        by_node: dict[tuple[str, ...], list[ir.Operation]],
        method_names: dict[tuple[str, ...], naming.Namespace],
    ) -> dict[tuple[str, ...], list[ir.Waiter]]:
        """The configured waiters, on the resource of the operation each polls."""
        found: dict[tuple[str, ...], list[ir.Waiter]] = {}
        every = [(node, op) for node, ops in by_node.items() for op in ops]
        for name, settings in self.config.waiters.items():
            operation = waiters.find_operation(name, settings, [op for _, op in every])
            node = next(n for n, op in every if op is operation)
            found.setdefault(node, []).append(
                waiters.build_waiter(
                    name,
                    settings,
                    operation,
                    self.schemas.models,
                    method_names[node],
                    [op for _, op in every],
                )
            )
        return found

    # -- structure -----------------------------------------------------------------------------

    def _operations(self) -> Iterator[tuple[str, str, Site]]:
        paths = self.root.data.get("paths") or {}
        if not isinstance(paths, dict):
            raise SpecError("`paths` must be an object", self.root.location("/paths"))
        for path, item in paths.items():
            if path.startswith("x-"):
                continue  # a specification extension of the Paths Object, not a path
            item_site = Site(item, self.root, join_pointer("/paths", path))
            value, document, pointer = self.spec.resolve_chain(item, self.root, item_site.pointer)
            if not isinstance(value, dict):
                raise SpecError("a path item must be an object", item_site.location)
            item_site = Site(value, document, pointer)
            for method in HTTP_METHODS:
                if isinstance(value.get(method), dict):
                    yield path, method, item_site

    def _resource_order(self) -> list[str]:
        """Tags in the order of the top-level `tags` list, then of first use."""
        order: dict[str, None] = {}
        for tag in self.root.data.get("tags") or []:
            if isinstance(tag, dict) and isinstance(tag.get("name"), str):
                order[tag["name"]] = None
        used: dict[str, None] = {}
        for _, method, site in self._operations():
            used[self._tag_of(site.value[method])] = None
        return [t for t in order if t in used] + [t for t in used if t not in order]

    def _node(self, tag: str) -> tuple[str, ...]:
        """The resource path of a tag: its `/`- or `.`-separated segments when nested."""
        if not self.config.nested_resources:
            return (tag,)
        segments = tuple(part for part in re.split(r"[/.]", tag) if part.strip())
        return segments or (tag,)

    def _tag_of(self, operation: dict[str, Any]) -> str:
        tags = operation.get("tags")
        if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0].strip():
            return tags[0]
        return self.config.default_resource

    def _tag_description(self, tag: str) -> SpecText | None:
        for entry in self.root.data.get("tags") or []:
            if isinstance(entry, dict) and entry.get("name") == tag:
                return spec_text(entry.get("description"))
        return None

    def _servers(self, taken: set[str]) -> tuple[ir.Server, ...]:
        """Servers in spec order; the variables of the first (the default) become constructor
        arguments, named clear of the SDK's constructor arguments and of `taken` (the
        credential arguments)."""
        servers = []
        for entry in self.root.data.get("servers") or []:
            if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
                continue
            arguments = naming.Namespace(taken, reserved=CONSTRUCTOR_ARGUMENTS)
            raw = entry.get("variables")
            variables = tuple(
                ir.ServerVariable(
                    name=name,
                    default=str(var.get("default", "")),
                    enum=tuple(str(v) for v in var.get("enum") or ()),
                    argument=arguments.claim(naming.member(name, fallback="server_variable")),
                    description=spec_text(var.get("description")),
                )
                for name, var in (raw.items() if isinstance(raw, dict) else ())
                if isinstance(var, dict) and isinstance(name, str)
            )
            servers.append(ir.Server(entry["url"], spec_text(entry.get("description")), variables))
        return tuple(servers)

    # -- security ------------------------------------------------------------------------------

    def _security_schemes(self) -> dict[str, ir.SecurityScheme]:
        raw = (self.root.data.get("components") or {}).get("securitySchemes") or {}
        result: dict[str, ir.SecurityScheme] = {}
        arguments = naming.Namespace(reserved=(*CONSTRUCTOR_ARGUMENTS, *CALL_OPTION_NAMES))
        env_vars = naming.Namespace()
        prefix = self.config.env_prefix
        for key, value in raw.items():
            site = Site(value, self.root, join_pointer("/components/securitySchemes", key))
            scheme, _, _ = self.spec.resolve_chain(value, self.root, site.pointer)
            kind = self._scheme_kind(scheme, site)
            if kind is None:
                continue
            if kind == "oauth2_client_credentials":
                # Two arguments and two environment variables: the client id and its secret.
                first = not any(s.kind == kind for s in result.values())
                stem = "" if first else naming.member(key, fallback="oauth") + "_"
                env_stem = prefix if first else f"{prefix}_{naming.upper_snake(key)}"
                result[key] = ir.SecurityScheme(
                    key=key,
                    kind=kind,
                    argument=arguments.claim(f"{stem}client_id"),
                    env_var=env_vars.claim(f"{env_stem}_CLIENT_ID"),
                    token_url=auth.token_url(scheme),
                    description=spec_text(scheme.get("description")),
                    secret_argument=arguments.claim(f"{stem}client_secret"),
                    secret_env_var=env_vars.claim(f"{env_stem}_CLIENT_SECRET"),
                )
                continue
            env = env_vars.claim(
                f"{prefix}_API_KEY" if not result else f"{prefix}_{naming.upper_snake(key)}"
            )
            result[key] = ir.SecurityScheme(
                key=key,
                kind=kind,
                argument=arguments.claim(naming.member(key, fallback="auth")),
                env_var=env,
                param_name=str(scheme.get("name", "")),
                token_url=auth.token_url(scheme),
                description=spec_text(scheme.get("description")),
            )
        return result

    def _scheme_kind(self, scheme: Any, site: Site) -> ir.SecurityKind | None:
        if not isinstance(scheme, dict):
            raise SpecError("a security scheme must be an object", site.location)
        found = auth.detect(scheme)
        if found is None:
            self.warn(
                f"security scheme {scheme.get('type')!r} is not supported; the SDK will not send"
                " it",
                site.location,
            )
            return None
        return found.kind

    def _security(
        self, operation: dict[str, Any], schemes: dict[str, ir.SecurityScheme], site: Site
    ) -> tuple[tuple[str, ...], ...]:
        requirements = operation.get("security", self.root.data.get("security", []))
        if not isinstance(requirements, list):
            raise SpecError("`security` must be a list", site.location)
        alternatives: list[tuple[str, ...]] = []
        for requirement in requirements:
            if not isinstance(requirement, dict):
                continue
            names = tuple(name for name in requirement if name in schemes)
            unknown = [name for name in requirement if name not in schemes]
            if unknown and not names:
                continue  # only unsupported or undeclared schemes: warned about where declared
            alternatives.append(names)
        return tuple(alternatives)

    # -- operations ----------------------------------------------------------------------------

    def _operation(
        self,
        path: str,
        method: str,
        item: Site,
        method_names: naming.Namespace,
        schemes: dict[str, ir.SecurityScheme],
        tag: str = "",
    ) -> ir.Operation:
        site = item.child(method)
        value: dict[str, Any] = site.value
        operation_id = value.get("operationId")
        if not isinstance(operation_id, str) or not operation_id.strip():
            operation_id = derive_operation_id(method, path)
        name = method_names.claim(naming.member(method_name_of(operation_id, tag), fallback="call"))
        class_hint = naming.pascal(operation_id, fallback="Operation")
        raw_params = self._parameters(item, site)
        raw_params += self._undeclared_path_parameters(path, raw_params, site)
        body = self._body(site, class_hint)
        sdk_arguments = set(CALL_OPTION_NAMES) | {"self"}
        if body is not None and body.content_types:
            sdk_arguments.add("content_type")
        wires = [p.value.get("name", "") for p in raw_params]
        body_fields = body.fields if body is not None and body.flattened else ()
        names = naming.unique_members(
            [*wires, *(f.wire_name for f in body_fields)],
            reserved=sdk_arguments,
            fallback="param",
        )
        parameters = tuple(
            self._parameter(p, n, class_hint) for p, n in zip(raw_params, names, strict=False)
        )
        if body is not None and body.flattened:
            renamed = names[len(raw_params) :]
            body = _with_field_names(body, renamed)
        successes, errors = self._responses(site, class_hint)
        operation = ir.Operation(
            name=name,
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            summary=spec_text(value.get("summary")),
            description=spec_text(value.get("description")),
            parameters=_ordered(parameters, path),
            body=body,
            responses=successes,
            errors=errors,
            security=self._security(value, schemes, site),
            deprecated=value.get("deprecated") is True,
            source=site.pointer,
            server_url=_server_url(value.get("servers")) or _server_url(item.value.get("servers")),
        )
        extensions = {k: v for k, v in value.items() if isinstance(k, str) and k.startswith("x-")}
        pagination = paging.detect(
            operation,
            self.schemas.models,
            extensions,
            self.config.pagination.get(operation_id),
        )
        return operation if pagination is None else replace(operation, pagination=pagination)

    def _parameters(self, item: Site, site: Site) -> list[Site]:
        merged: dict[tuple[str, str], Site] = {}
        for owner in (item, site):
            raw = owner.value.get("parameters")
            if not isinstance(raw, list):
                continue
            for index, param in enumerate(raw):
                at = join_pointer(owner.pointer, "parameters", index)
                value, document, pointer = self.spec.resolve_chain(param, owner.document, at)
                param_site = Site(value, document, pointer)
                if not isinstance(value, dict) or not isinstance(value.get("name"), str):
                    raise SpecError("a parameter needs a `name`", param_site.location)
                if value.get("in") not in ("path", "query", "header", "cookie"):
                    raise SpecError(
                        "parameter `in` must be path, query, header or cookie, not "
                        f"{value.get('in')!r}",
                        param_site.location,
                    )
                if value["in"] == "header" and value["name"].lower() in (
                    "accept",
                    "content-type",
                    "authorization",
                ):
                    continue  # OpenAPI says these are ignored as parameters
                merged[(value["in"], value["name"])] = param_site
        return list(merged.values())

    def _undeclared_path_parameters(
        self, path: str, declared: list[Site], site: Site
    ) -> list[Site]:
        """A required string parameter for each `{name}` of the path that no path parameter
        declares (invalid OpenAPI, generated with --lenient): without one, every call would
        fail on the unfilled placeholder."""
        names = {p.value["name"] for p in declared if p.value.get("in") == "path"}
        added: list[Site] = []
        for placeholder in dict.fromkeys(PATH_PLACEHOLDER.findall(path)):
            if placeholder in names:
                continue
            if not placeholder:
                self.warn(
                    f"path {path!r} has a `{{}}` placeholder without a name: no argument fills "
                    "it, so calling the operation raises ValueError",
                    site.location,
                )
                continue
            self.warn(
                f"path parameter {placeholder!r} of {path!r} is not declared; generated as a "
                "required string",
                site.location,
            )
            synthesized = {"name": placeholder, "in": "path", "schema": {"type": "string"}}
            added.append(Site(synthesized, site.document, site.pointer))
        return added

    def _parameter(self, site: Site, name: str, class_hint: str) -> ir.Parameter:
        value: dict[str, Any] = site.value
        location = value["in"]
        schema = value.get("schema")
        content_type = ""
        if schema is None and isinstance(value.get("content"), dict) and value["content"]:
            content_type = str(next(iter(value["content"])))
            media_object = value["content"][content_type]
            media_object = media_object if isinstance(media_object, dict) else {}
            schema_site = (
                site.child("content", content_type, "schema")
                if "schema" in media_object
                else Site({}, site.document, site.pointer)
            )
            schema = media_object.get("schema")
        elif schema is None:
            schema_site = Site({}, site.document, site.pointer)
        else:
            schema_site = site.child("schema")
        param_type = self.schemas.type_of(schema_site, class_hint + naming.pascal(value["name"]))
        resolved_schema = schema if isinstance(schema, dict) else {}
        if "$ref" in resolved_schema:
            resolved_schema, _, _ = self.spec.resolve_chain(
                schema, site.document, schema_site.pointer
            )
        examples = _examples(value) or _examples(resolved_schema)
        default_style = "simple" if location in ("path", "header") else "form"
        style = value.get("style") or default_style
        if style not in PARAM_STYLES[location]:
            self.warn(
                f"style {style!r} is not defined for {location} parameters; "
                f"using {default_style!r}",
                site.location,
            )
            style = default_style
        return ir.Parameter(
            name=name,
            wire_name=value["name"],
            location=location,
            type=param_type,
            required=location == "path" or value.get("required") is True,
            description=spec_text(value.get("description")),
            default=resolved_schema.get("default"),
            has_default="default" in resolved_schema,
            style=str(style),
            explode=bool(value.get("explode", style == "form")),
            deprecated=value.get("deprecated") is True,
            examples=examples,
            source=site.pointer,
            allow_reserved=location == "query" and value.get("allowReserved") is True,
            content_type=content_type if media.is_json(media.base_type(content_type)) else "",
        )

    def _body(self, site: Site, class_hint: str) -> ir.RequestBody | None:
        raw = site.value.get("requestBody")
        if raw is None:
            return None
        at = join_pointer(site.pointer, "requestBody")
        value, document, pointer = self.spec.resolve_chain(raw, site.document, at)
        body_site = Site(value, document, pointer)
        content = value.get("content") if isinstance(value, dict) else None
        if not isinstance(content, dict) or not content:
            self.warn("request body without content; sent as raw bytes", body_site.location)
            return ir.RequestBody("application/octet-stream", "bytes", ir.Primitive("file"), False)
        content_type = media.choose_content_type(list(content))
        chosen = media.request_media(content_type)
        media_object = content[content_type] if isinstance(content[content_type], dict) else {}
        schema_site = (
            body_site.child("content", content_type, "schema")
            if "schema" in media_object
            else Site({}, document, pointer)
        )
        body_type: ir.TypeRef
        if chosen.raw_type is not None:
            body_type = chosen.raw_type  # whatever the schema says: the raw bytes or text
        else:
            body_type = self.schemas.type_of(schema_site, class_hint + "Request")
        fields: tuple[ir.Field, ...] = ()
        if chosen.structured and isinstance(body_type, ir.ModelRef):
            draft = self.schemas.models[body_type.name]
            fields = tuple(f for f in draft.fields if not f.read_only)
        # The caller may choose another declared media type that the same arguments encode:
        # any of JSON / form / multipart for a structured body, any raw one for a raw body.
        choices = [
            c
            for c in content
            if isinstance(c, str) and media.request_media(c).structured == chosen.structured
        ]
        choices = [content_type, *(c for c in choices if c != content_type)]
        return ir.RequestBody(
            content_type=content_type,
            kind=chosen.kind,
            type=body_type,
            required=value.get("required") is True,
            fields=fields,
            flattened=bool(fields),
            description=spec_text(value.get("description")),
            source=pointer,
            content_types=tuple(choices) if len(choices) > 1 else (),
        )

    def _responses(
        self, site: Site, class_hint: str
    ) -> tuple[tuple[ir.Response, ...], tuple[ir.Response, ...]]:
        raw = site.value.get("responses")
        if not isinstance(raw, dict):
            raw = {}
        statuses = [str(s) for s in raw]
        success_codes = [s for s in statuses if s.startswith("2") or s in ("2XX", "2xx")]
        successes: list[ir.Response] = []
        errors: list[ir.Response] = []
        for status in statuses:
            normal = status.upper()
            if normal[:1] in ("1", "3"):
                continue  # informational and redirects: handled by HTTP, never a result
            is_success = status in success_codes or (normal == "DEFAULT" and not success_codes)
            if normal == "DEFAULT":
                normal = "default"
            suffix = "" if len(success_codes) <= 1 and is_success else normal.capitalize()
            hint = class_hint + ("Response" if is_success else "Error") + suffix
            response = self._response(site.child("responses", status), normal, hint)
            (successes if is_success else errors).append(response)
        if not successes and any(s[:1] == "3" for s in statuses):
            # Only a redirect declared (a download link): HTTP follows it, the result is the body.
            successes.append(ir.Response("2XX", "bytes", ir.Primitive("file"), "*/*"))
        return tuple(successes), tuple(errors)

    def _response(self, site: Site, status: str, hint: str) -> ir.Response:
        value, document, pointer = self.spec.resolve_chain(site.value, site.document, site.pointer)
        if not isinstance(value, dict):
            raise SpecError("a response must be an object", site.location)
        response_site = Site(value, document, pointer)
        content = value.get("content")
        description = spec_text(value.get("description"))
        declared = value.get("headers")
        headers = tuple(
            sorted({str(name).lower() for name in declared} if isinstance(declared, dict) else ())
        )
        if status in ("204", "205", "304") or not isinstance(content, dict) or not content:
            return ir.Response(status, "empty", None, "", description, pointer, headers)
        content_type = media.choose_content_type(list(content))
        kind = media.response_kind(content_type)
        media_object = content[content_type] if isinstance(content[content_type], dict) else {}
        if kind != "json":
            body_type: ir.TypeRef = ir.Primitive("str" if kind == "text" else "file")
            return ir.Response(status, kind, body_type, content_type, description, pointer, headers)
        schema_site = (
            response_site.child("content", content_type, "schema")
            if "schema" in media_object
            else Site({}, document, pointer)
        )
        return ir.Response(
            status,
            "json",
            self.schemas.type_of(schema_site, hint),
            content_type,
            description,
            pointer,
            headers,
        )


# -- pure helpers ------------------------------------------------------------------------------


def method_name_of(operation_id: str, tag: str) -> str:
    """The method name's source: the operationId without a leading `<tag>/` (`repos/get` on the
    repos resource is `get`, `repos/issues/list` on repos/issues is `list`)."""
    parts = operation_id.split("/")
    tag_parts = [naming.snake(t) for t in re.split(r"[/.]", tag) if t.strip()]
    for prefix in (tag_parts, [naming.snake(tag)]):
        rest = "/".join(parts[len(prefix) :])
        if len(parts) > len(prefix) and [naming.snake(x) for x in parts[: len(prefix)]] == prefix:
            if rest.strip():
                return rest
    return operation_id


def _server_url(servers: Any) -> str:
    """The first server's URL with its variables at their defaults ("" when none)."""
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = servers[0].get("url")
    if not isinstance(url, str):
        return ""
    variables = servers[0].get("variables")
    for name, var in variables.items() if isinstance(variables, dict) else ():
        if isinstance(var, dict) and "default" in var:
            url = url.replace("{" + str(name) + "}", str(var["default"]))
    return url


def derive_operation_id(method: str, path: str) -> str:
    """A stable name for an operation without operationId.

    `GET /users/{id}/repos` → get_users_id_repos.
    """
    parts = [p.strip("{}") for p in path.split("/") if p]
    return "_".join([method.lower(), *parts]) if parts else method.lower() + "_root"


PATH_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
"""A `{name}` of a path template, as the runtime's `format_path` fills it."""


def _examples(value: dict[str, Any]) -> tuple[Any, ...]:
    if isinstance(value.get("examples"), list):
        return tuple(value["examples"])
    if isinstance(value.get("examples"), dict):
        return tuple(
            e["value"] for e in value["examples"].values() if isinstance(e, dict) and "value" in e
        )
    if "example" in value:
        return (value["example"],)
    return ()


def _ordered(parameters: tuple[ir.Parameter, ...], path: str) -> tuple[ir.Parameter, ...]:
    """Path parameters first in path order, then the rest as declared."""
    position = {name: path.find("{" + name + "}") for name in (p.wire_name for p in parameters)}
    path_params = sorted(
        (p for p in parameters if p.location == "path"), key=lambda p: position[p.wire_name]
    )
    return (*path_params, *(p for p in parameters if p.location != "path"))


def _with_field_names(body: ir.RequestBody, names: list[str]) -> ir.RequestBody:
    fields = tuple(replace(f, name=n) for f, n in zip(body.fields, names, strict=True))
    return replace(body, fields=fields)
