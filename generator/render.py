"""Render stage: IR → the text of every file of the generated package (path → content).

Python computes what each file needs (imports, annotations, (de)serialisation expressions) into
small view objects; the Jinja2 templates in `templates/` lay it out. The environment refuses to
print spec text that did not pass an escaping filter (`escaping.guard_output`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from . import escaping, ir, naming
from .config import GeneratorConfig
from .modules import referenced_names
from .pyexpr import Codec, annotation, optional

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
RUNTIME_DIR = TEMPLATES_DIR / "runtime"

_TYPING_NAMES = ("Any", "Literal", "TypeAlias", "ClassVar")


def make_environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        finalize=escaping.guard_output,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(escaping.jinja_filters())
    env.filters["annotation"] = annotation
    env.filters["request_annotation"] = lambda t: annotation(t, request=True)
    env.filters["py_value"] = py_value
    return env


def py_value(value: object) -> str:
    """A JSON value as a Python literal (strings through the escaping helper)."""
    if isinstance(value, str):
        return escaping.py_str(value)
    if isinstance(value, (bool, int, float)) or value is None:
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_value(k)}: {py_value(v)}" for k, v in value.items()) + "}"
    return escaping.py_str(str(value))


# -- views -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldView:
    field: ir.Field
    annotation: str  # of the attribute
    init_annotation: str  # of the constructor argument
    decode_lines: tuple[str, ...]  # statements setting self.<name> from `data`
    encode_lines: tuple[str, ...]  # statements writing result[...] from self.<name>

    @property
    def name(self) -> str:
        return self.field.name


@dataclass(frozen=True)
class ModelView:
    model: ir.Model
    fields: tuple[FieldView, ...]

    @property
    def required(self) -> tuple[FieldView, ...]:
        return tuple(f for f in self.fields if f.field.required)

    @property
    def optional(self) -> tuple[FieldView, ...]:
        return tuple(f for f in self.fields if not f.field.required)


@dataclass(frozen=True)
class ModuleView:
    name: str
    imports: tuple[str, ...]
    enums: tuple[ir.Enum, ...]
    aliases: tuple[tuple[ir.Alias, str], ...]
    models: tuple[ModelView, ...]


@dataclass(frozen=True)
class ArgumentView:
    name: str
    annotation: str
    default: str | None  # None: required
    description: escaping.SpecText | None
    wire_name: str
    location: str  # path/query/header/cookie/body
    encode: str  # expression of the wire value


@dataclass(frozen=True)
class OperationView:
    operation: ir.Operation
    endpoint_name: str
    positional: tuple[ArgumentView, ...]
    keyword: tuple[ArgumentView, ...]
    return_annotation: str
    responses: tuple[tuple[str, str, str], ...]  # status, kind, decoder expression or ""
    errors: tuple[tuple[str, str], ...]  # status, decoder expression
    body_mode: str  # "", "fields", "value"
    body_encode: str
    pager: PagerView | None

    @property
    def arguments(self) -> tuple[ArgumentView, ...]:
        return self.positional + self.keyword

    def located(self, location: str) -> tuple[ArgumentView, ...]:
        return tuple(a for a in self.arguments if a.location == location)


@dataclass(frozen=True)
class PagerView:
    name: str
    item_annotation: str
    items_field: str  # Python attribute of the page holding the items, "" if the page is a list
    offset_arg: str
    limit_arg: str
    default_limit: str


@dataclass(frozen=True)
class ResourceView:
    resource: ir.Resource
    operations: tuple[OperationView, ...]
    imports: tuple[str, ...]


@dataclass
class RenderedPackage:
    files: dict[str, str] = field(default_factory=dict)


# -- building views ----------------------------------------------------------------------------


class _Views:
    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.codec = Codec(api)

    def field(self, f: ir.Field) -> FieldView:
        attr = annotation(f.type) if f.required else optional(annotation(f.type))
        init = annotation(f.type)
        if not f.required:
            init = f"{init} | NotGiven"
        wire = escaping.py_str(f.wire_name)
        return FieldView(f, attr, init, self._decode_lines(f, wire), self._encode_lines(f, wire))

    def _decode_lines(self, f: ir.Field, wire: str) -> tuple[str, ...]:
        target = f"self.{f.name}"
        if f.required:
            if self.codec.is_plain(f.type):
                return (f"{target} = data[{wire}]",)
            return (f"v = data[{wire}]", f"{target} = {self.codec.decode(f.type, 'v')}")
        inner = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
        if self.codec.is_plain(inner):
            return (f"{target} = data.get({wire})",)
        return (f"v = data.get({wire})", f"{target} = None if v is None else {self.codec.decode(inner, 'v')}")

    def _encode_lines(self, f: ir.Field, wire: str) -> tuple[str, ...]:
        source = f"self.{f.name}"
        if f.required:
            return (f"result[{wire}] = {self.codec.encode(f.type, source)}",)
        inner = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
        return (
            f"if {source} is not None:",
            f"    result[{wire}] = {self.codec.encode(inner, source)}",
            f"elif self._has({wire}):",
            f"    result[{wire}] = None",
        )

    def model_module(self, name: str, members: list[ir.Model | ir.Enum | ir.Alias]) -> ModuleView:
        models = tuple(
            ModelView(m, tuple(self.field(f) for f in m.fields))
            for m in members
            if isinstance(m, ir.Model)
        )
        enums = tuple(m for m in members if isinstance(m, ir.Enum))
        aliases = tuple(
            (m, escaping.py_str(annotation(m.type))) for m in members if isinstance(m, ir.Alias)
        )
        code = "\n".join(
            line
            for mv in models
            for fv in mv.fields
            for line in (fv.annotation, fv.init_annotation, *fv.decode_lines, *fv.encode_lines)
        ) + "\n".join(a for _, a in aliases)
        local = {m.name for m in members}
        refs: set[str] = set()
        for m in members:
            if isinstance(m, ir.Model):
                for f in m.fields:
                    refs.update(self._names_for_code(f.type))
            elif isinstance(m, ir.Alias):
                refs.update(self._names_for_code(m.type))
        imports = _stdlib_imports(code, has_enums=bool(enums), has_models=bool(models))
        runtime = sorted(
            set(self.codec.helpers_used(code))
            | ({"BaseModel"} if models else set())
            | ({"unknown_enum_member"} if enums else set())
        )
        if runtime:
            imports.append(f"from .._serde import {', '.join(runtime)}")
        if models:
            imports.append("from .._types import NOT_GIVEN, NotGiven")
        by_module: dict[str, list[str]] = {}
        for ref in sorted(refs - local):
            by_module.setdefault(self.api.lookup[ref].module, []).append(ref)
        imports += [f"from .{mod} import {', '.join(sorted(ns))}" for mod, ns in sorted(by_module.items())]
        return ModuleView(name, tuple(imports), enums, aliases, models)

    def _names_for_code(self, type_ref: ir.TypeRef) -> set[str]:
        """Names an annotation or decoder of this type mentions (aliases expand when decoding)."""
        names: set[str] = set()
        pending = [type_ref]
        while pending:
            current = pending.pop()
            for name in referenced_names(current):
                if name in names:
                    continue
                names.add(name)
                named = self.api.lookup[name]
                if isinstance(named, ir.Alias):
                    pending.append(named.type)
        return names

    # -- resources -----------------------------------------------------------------------------

    def operation(self, op: ir.Operation, method_names: naming.Namespace) -> OperationView:
        positional: list[ArgumentView] = []
        keyword: list[ArgumentView] = []
        for p in op.parameters:
            arg = self._argument(p.name, p.type, p.required, p.description, p.wire_name, p.location)
            (positional if p.location == "path" else keyword).append(arg)
        body = op.body
        body_mode, body_encode = "", ""
        if body is not None and body.flattened:
            body_mode = "fields"
            for f in body.fields:
                keyword.append(
                    self._argument(f.name, f.type, f.required, f.description, f.wire_name, "body")
                )
        elif body is not None:
            body_mode = "value"
            keyword.append(
                self._argument("body", body.type, body.required, body.description, "", "body")
            )
            body_encode = self.codec.encode(body.type, "body")
        keyword.sort(key=lambda a: a.default is not None)  # required keywords first, stable
        return_type = op.return_type
        ret = annotation(return_type) if return_type is not None else "None"
        responses = tuple(
            (r.status, r.kind, self._decoder(r.type) if r.kind == "json" and r.type else "")
            for r in op.responses
        )
        errors = tuple(
            (r.status, self._decoder(r.type)) for r in op.errors if r.kind == "json" and r.type
        )
        pager = None
        if op.pagination is not None:
            pager = self._pager(op, method_names)
        return OperationView(
            operation=op,
            endpoint_name="_" + op.name.upper().strip("_"),
            positional=tuple(positional),
            keyword=tuple(keyword),
            return_annotation=ret,
            responses=responses,
            errors=errors,
            body_mode=body_mode,
            body_encode=body_encode,
            pager=pager,
        )

    def _argument(
        self,
        name: str,
        type_ref: ir.TypeRef,
        required: bool,
        description: escaping.SpecText | None,
        wire: str,
        location: str,
    ) -> ArgumentView:
        ann = annotation(type_ref, request=True)
        default = None if required else "NOT_GIVEN"
        if not required:
            ann = f"{ann} | NotGiven"
        inner = type_ref.inner if isinstance(type_ref, ir.Nullable) else type_ref
        encode = self.codec.encode(type_ref if required else type_ref, name)
        if not required and isinstance(type_ref, ir.Nullable):
            encode = self.codec.encode(type_ref, name)
        del inner
        return ArgumentView(name, ann, default, description, wire, location, encode)

    def _decoder(self, type_ref: ir.TypeRef) -> str:
        if isinstance(type_ref, ir.ModelRef):
            return f"{type_ref.name}.from_dict"
        if self.codec.is_plain(type_ref):
            return ""
        return f"lambda data: {self.codec.decode(type_ref, 'data')}"

    def _pager(self, op: ir.Operation, method_names: naming.Namespace) -> PagerView:
        pagination = op.pagination
        assert pagination is not None
        base = re.sub(r"^(get|list|fetch)_", "", op.name)
        name = method_names.claim(f"iter_{base}")
        items_attr = ""
        page = op.return_type
        if pagination.items_field and isinstance(page, ir.ModelRef):
            model = self.api.lookup[page.name]
            assert isinstance(model, ir.Model)
            items_attr = next(f.name for f in model.fields if f.wire_name == pagination.items_field)
        limit = next(p for p in op.parameters if p.name == pagination.limit_param)
        default_limit = str(limit.default) if isinstance(limit.default, int) else "100"
        return PagerView(
            name=name,
            item_annotation=annotation(pagination.item_type),
            items_field=items_attr,
            offset_arg=pagination.offset_param,
            limit_arg=pagination.limit_param,
            default_limit=default_limit,
        )

    def resource(self, resource: ir.Resource) -> ResourceView:
        method_names = naming.Namespace(op.name for op in resource.operations)
        operations = tuple(self.operation(op, method_names) for op in resource.operations)
        refs: set[str] = set()
        for op in resource.operations:
            types: list[ir.TypeRef | None] = [p.type for p in op.parameters]
            if op.body is not None:
                types += [f.type for f in op.body.fields] if op.body.flattened else [op.body.type]
            types += [r.type for r in op.responses] + [r.type for r in op.errors]
            if op.pagination is not None:
                types.append(op.pagination.item_type)
            for t in types:
                if t is not None:
                    refs.update(self._names_for_code(t))
        code = "\n".join(
            part
            for ov in operations
            for part in (
                ov.return_annotation,
                ov.body_encode,
                *(a.annotation for a in ov.arguments),
                *(a.encode for a in ov.arguments),
                *(r[2] for r in ov.responses),
                *(e[1] for e in ov.errors),
                ov.pager.item_annotation if ov.pager else "",
            )
        )
        imports = _stdlib_imports(code, has_enums=False, has_models=False)
        helpers = self.codec.helpers_used(code)
        if helpers:
            imports.append(f"from .._serde import {', '.join(sorted(helpers))}")
        by_module: dict[str, list[str]] = {}
        for ref in sorted(refs):
            by_module.setdefault(self.api.lookup[ref].module, []).append(ref)
        imports += [
            f"from ..models.{mod} import {', '.join(sorted(ns))}" for mod, ns in sorted(by_module.items())
        ]
        return ResourceView(resource, operations, tuple(imports))


def _stdlib_imports(code: str, *, has_enums: bool, has_models: bool) -> list[str]:
    lines: list[str] = []
    if has_models:
        lines.append("from collections.abc import Mapping")
    if re.search(r"\bdatetime\b", code) and re.search(r"\bdate\b", code):
        lines.append("from datetime import date, datetime")
    elif re.search(r"\bdatetime\b", code):
        lines.append("from datetime import datetime")
    elif re.search(r"\bdate\b", code):
        lines.append("from datetime import date")
    if has_enums:
        lines.append("from enum import Enum")
    typing_names = [n for n in _TYPING_NAMES if re.search(rf"\b{n}\b", code)]
    if has_models:
        typing_names = sorted(set(typing_names) | {"Any", "ClassVar"})
    if typing_names:
        lines.append(f"from typing import {', '.join(sorted(typing_names))}")
    return lines


# -- the package -------------------------------------------------------------------------------


def render_package(api: ir.Api, config: GeneratorConfig, env: jinja2.Environment | None = None) -> dict[str, str]:
    env = env or make_environment()
    views = _Views(api)
    pkg = f"src/{config.package_name}"
    files: dict[str, str] = {}
    context: dict[str, Any] = {"api": api, "config": config}

    def render(template: str, target: str, **extra: Any) -> None:
        files[target] = env.get_template(template).render(**context, **extra)

    for runtime_file in sorted(RUNTIME_DIR.glob("*.py")):
        files[f"{pkg}/{runtime_file.name}"] = runtime_file.read_text(encoding="utf-8")
    files[f"{pkg}/py.typed"] = ""
    render("package/pyproject.toml.jinja", "pyproject.toml")
    render("package/README.md.jinja", "README.md")
    render("src/__init__.py.jinja", f"{pkg}/__init__.py")
    render("src/_version.py.jinja", f"{pkg}/_version.py")
    render("src/_client.py.jinja", f"{pkg}/_client.py", env_log=f"{config.env_prefix}_LOG")

    members_by_module: dict[str, list[ir.Model | ir.Enum | ir.Alias]] = {}
    for named in (*api.enums, *api.aliases, *api.models):
        members_by_module.setdefault(named.module, []).append(named)
    modules = [views.model_module(n, _definition_order(m)) for n, m in sorted(members_by_module.items())]
    for module in modules:
        render("src/models/module.py.jinja", f"{pkg}/models/{module.name}.py", module=module)
    render("src/models/__init__.py.jinja", f"{pkg}/models/__init__.py", modules=modules)

    resources = [views.resource(r) for r in api.resources]
    for rv in resources:
        render("src/resources/resource.py.jinja", f"{pkg}/resources/{rv.resource.module}.py", view=rv)
    render("src/resources/__init__.py.jinja", f"{pkg}/resources/__init__.py", resources=resources)
    for template in sorted((TEMPLATES_DIR / "docs").rglob("*.jinja")) if (TEMPLATES_DIR / "docs").is_dir() else []:
        del template  # docs templates are rendered by generator.docs
    return files


def _definition_order(members: Iterable[ir.Model | ir.Enum | ir.Alias]) -> list[ir.Model | ir.Enum | ir.Alias]:
    """Enums, then aliases, then models, each by name: stable output."""
    rank: dict[type, int] = {ir.Enum: 0, ir.Alias: 1, ir.Model: 2}
    return sorted(members, key=lambda m: (rank[type(m)], m.name))


RenderFn = Callable[[ir.Api, GeneratorConfig], dict[str, str]]
