"""Render stage: IR → the text of every file of the generated package (path → content).

Python computes what each file needs (imports, annotations, (de)serialisation expressions) into
small view objects; the Jinja2 templates in `templates/` lay it out. The environment refuses to
print spec text that did not pass an escaping filter (`escaping.guard_output`).
"""

from __future__ import annotations

import functools
import gc
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2

from generator import escaping, naming
from generator.config import GeneratorConfig
from generator.ir import model as ir
from generator.ir.modules import referenced_names
from generator.sdk.codec import (
    Codec,
    always_present,
    annotation,
    decode_required,
    field_doc,
    init_required,
    is_top_level_union,
    model_doc,
    optional,
)
from generator.spec.cache import cache_dir


def _templates_dir() -> Path:
    """The templates: inside the package when installed from a wheel, else the checkout's."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


TEMPLATES_DIR = _templates_dir()
RUNTIME_DIR = TEMPLATES_DIR / "runtime"

_TYPING_NAMES = ("Any", "Literal", "TypeAlias", "ClassVar")


def bytecode_cache_dir(templates_dir: Path = TEMPLATES_DIR) -> Path:
    """Where compiled templates are kept: where Python keeps the `.pyc` of a module in
    `templates_dir`, i.e. `<templates>/__pycache__/`, or under `sys.pycache_prefix`
    (`PYTHONPYCACHEPREFIX`) mirrored by absolute path when one is set.

    Like `.pyc` files, they live and die with the sources, not with the user's sdkgen cache: a
    run with an empty `$SDKGEN_CACHE_DIR` does not recompile every template (~0.1 s). Each entry
    is keyed by template name and checked against a hash of the template source and Jinja's
    bytecode version (which includes the Python version), so a stale one is never used.
    """
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix) / templates_dir.resolve().relative_to(
            templates_dir.resolve().anchor
        )
    return templates_dir / "__pycache__"


def _bytecode_cache(templates_dir: Path) -> jinja2.BytecodeCache | None:
    """The compiled-template cache (safe to delete): beside the templates like `.pyc`, else in
    the user cache if that directory is not writable, else none."""
    for directory in (bytecode_cache_dir(templates_dir), cache_dir().parent / "jinja"):
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        return jinja2.FileSystemBytecodeCache(str(directory))
    return None


@functools.cache
def shared_environment() -> jinja2.Environment:
    """The environment of the package templates, created once per process and reused (each
    template is loaded and compiled once; they are not re-checked on disk for changes)."""
    return make_environment(auto_reload=False)


def make_environment(
    templates_dir: Path = TEMPLATES_DIR, *, auto_reload: bool = True
) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        bytecode_cache=_bytecode_cache(templates_dir),
        auto_reload=auto_reload,
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
    env.globals["param"] = param
    return env


LINE_LENGTH = 100  # of the generated package: its pyproject.toml gets it for ruff and black


def param(name: str, annotation_text: str, default: str | None = None, indent: int = 8) -> str:
    """One parameter line of a signature, `name: annotation[ = default],`. A top-level union
    that makes the line too long is parenthesized, as black does (ruff formats it otherwise, and
    keeps black's form once written); black splits any other annotation at its own brackets and
    drops parentheses around it, which ruff would keep."""
    suffix = f" = {default}," if default else ","
    if indent + len(f"{name}: {annotation_text}{suffix}") > LINE_LENGTH and is_top_level_union(
        annotation_text
    ):
        annotation_text = f"({annotation_text})"
    return f"{name}: {annotation_text}{suffix}"


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


# The views are plain attributes, computed once: templates read each of them several times per
# field, and a property would recompute it on every read.


@dataclass(frozen=True)
class FieldView:
    field: ir.Field
    name: str  # the Python attribute (`field.name`)
    wire: str  # the wire name as a Python literal
    init_required: bool  # a required constructor argument
    annotation: str  # of the attribute
    init_annotation: str  # of the constructor argument
    init_param: str  # the constructor's parameter line, `name: annotation[ = NOT_GIVEN],`
    decode_lines: tuple[str, ...]  # statements setting self.<name> from `data`
    encode_lines: tuple[str, ...]  # statements writing result[...] from self.<name>
    doc: escaping.SpecText | None = None  # description plus deprecated/readOnly/default notes


@dataclass(frozen=True)
class ModelView:
    model: ir.Model
    fields: tuple[FieldView, ...]
    doc: escaping.SpecText | None = None
    required_wire: tuple[str, ...] = ()  # py_str literals of the wire names every response has
    extra_annotation: str = ""  # typed additionalProperties: annotation of a value, else ""
    extra_decode: str = ""  # expression decoding `value`
    extra_encode: str = ""  # expression encoding `value`
    required: tuple[FieldView, ...] = ()  # `fields` that are required constructor arguments
    optional: tuple[FieldView, ...] = ()  # the other `fields`

    @property
    def slots(self) -> str:
        """The `__slots__` tuple literal: attribute names (identifiers) in ruff's natural order
        (RUF023) and laid out as its fix leaves them, so ruff has nothing to rewrite."""
        names = [f'"{n}"' for n in sorted((f.name for f in self.fields), key=_natural_key)]
        return f"({names[0]},)" if len(names) == 1 else f"({', '.join(names)})"


def _natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Digit runs compare as numbers (`a2` before `a10`)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name) if part
    )


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
    encode: str  # expression of the wire value (`name` itself when no conversion is needed)

    @property
    def value(self) -> str:
        """The wire value expression, passing `NOT_GIVEN` through for an omitted argument."""
        if self.encode == self.name or self.default is None:
            return self.encode
        return f"{self.name} if isinstance({self.name}, NotGiven) else {self.encode}"


@dataclass(frozen=True)
class OperationView:
    operation: ir.Operation
    endpoint_name: str
    positional: tuple[ArgumentView, ...]
    keyword: tuple[ArgumentView, ...]
    return_annotation: str
    responses: tuple[tuple[str, str, str, str], ...]  # status, kind, decoder or "", options
    errors: tuple[tuple[str, str], ...]  # status, decoder expression
    body_mode: str  # "", "fields", "value"
    body_encode: str
    pager: PagerView | None
    params: tuple[str, ...] = ()  # `Param(...)` expressions: parameters not serialized by default
    content_type: str = ""  # the Endpoint's body media type ("" = application/json)
    accept: str = ""  # the Endpoint's Accept header ("" = the runtime's default)
    content_type_arg: ArgumentView | None = None  # `content_type=` when the body offers a choice
    server_url: str = ""  # the operation's own server, if it has one

    @property
    def arguments(self) -> tuple[ArgumentView, ...]:
        return self.positional + self.keyword

    @property
    def signature_keywords(self) -> tuple[ArgumentView, ...]:
        """The keyword arguments of the method: `arguments` plus `content_type` if any."""
        extra = (self.content_type_arg,) if self.content_type_arg is not None else ()
        return self.keyword + extra

    def located(self, location: str) -> tuple[ArgumentView, ...]:
        return tuple(a for a in self.arguments if a.location == location)


@dataclass(frozen=True)
class PagerView:
    name: str
    item_annotation: str
    offset_arg: str
    limit_arg: str
    default_limit: str
    items_of_page: str  # expression: the items of one fetched `_page` (a list)


@dataclass(frozen=True)
class ResourceView:
    resource: ir.Resource
    operations: tuple[OperationView, ...]
    imports: tuple[str, ...]
    uses_files: bool = False  # some argument is annotated `FileContent`
    children: tuple[ir.Resource, ...] = ()  # nested resources, exposed as properties


# -- building views ----------------------------------------------------------------------------


class _Views:
    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.codec = Codec(api)

    def field(self, f: ir.Field) -> FieldView:
        init = annotation(f.type)
        attr = init if always_present(f) else optional(init)
        required = init_required(f)
        if not required:
            init = f"{init} | NotGiven"
        wire = escaping.py_str(f.wire_name)
        decode, encode = self._decode_lines(f, wire), self._encode_lines(f, wire)
        init_param = param(f.name, init) if required else param(f.name, init, "NOT_GIVEN")
        return FieldView(
            f, f.name, wire, required, attr, init, init_param, decode, encode, field_doc(f)
        )

    def model(self, m: ir.Model) -> ModelView:
        extra = m.additional_properties
        typed = extra is not None and extra != ir.Primitive("any")
        fields = tuple(self.field(f) for f in m.fields)
        return ModelView(
            m,
            fields,
            model_doc(m),
            tuple(fv.wire for fv in fields if decode_required(fv.field)),
            annotation(extra) if typed and extra is not None else "",
            self.codec.decode(extra, "value") if typed and extra is not None else "",
            self.codec.encode(extra, "value") if typed and extra is not None else "",
            tuple(fv for fv in fields if fv.init_required),
            tuple(fv for fv in fields if not fv.init_required),
        )

    def _decode_lines(self, f: ir.Field, wire: str) -> tuple[str, ...]:
        target = f"self.{f.name}"
        if decode_required(f):
            if self.codec.is_plain(f.type):
                checked = self.codec.plain_checked(f.type, "v", none_ok=False)
                if checked is None:
                    return (f"{target} = data[{wire}]",)
                return (f"v = data[{wire}]", f"{target} = {checked}")
            return (f"v = data[{wire}]", f"{target} = {self.codec.decode(f.type, 'v')}")
        inner = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
        if self.codec.is_plain(inner):
            checked = self.codec.plain_checked(inner, "v", none_ok=True)
            if checked is None:
                return (f"{target} = data.get({wire})",)
            return (f"v = data.get({wire})", f"{target} = {checked}")
        decoded = self.codec.decode(inner, "v")
        return (f"v = data.get({wire})", f"{target} = None if v is None else {decoded}")

    def _encode_lines(self, f: ir.Field, wire: str) -> tuple[str, ...]:
        source = f"self.{f.name}"
        if always_present(f):
            return (f"result[{wire}] = {self.codec.encode(f.type, source)}",)
        inner = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
        return (
            f"if {source} is not None:",
            f"    result[{wire}] = {self.codec.encode(inner, source)}",
            f"elif self._has({wire}):",
            f"    result[{wire}] = None",
        )

    def model_module(self, name: str, members: list[ir.Model | ir.Enum | ir.Alias]) -> ModuleView:
        models = tuple(self.model(m) for m in members if isinstance(m, ir.Model))
        enums = tuple(m for m in members if isinstance(m, ir.Enum))
        aliases = tuple(
            (m, escaping.py_str(annotation(m.type))) for m in members if isinstance(m, ir.Alias)
        )
        # One line per piece: joined without a separator, the last field line and the first
        # alias would run together (`...NoneTypeAlias`) and hide the `TypeAlias` import.
        code = "\n".join(
            [
                line
                for mv in models
                for fv in mv.fields
                for line in (fv.annotation, fv.init_annotation, *fv.decode_lines, *fv.encode_lines)
            ]
            + [f"TypeAlias = {a}" for _, a in aliases]
            + [f"{mv.extra_annotation}\n{mv.extra_decode}\n{mv.extra_encode}" for mv in models]
        )
        local = {m.name for m in members}
        refs: set[str] = set()
        for m in members:
            if isinstance(m, ir.Model):
                for f in m.fields:
                    refs.update(self._names_for_code(f.type))
                if m.additional_properties is not None:
                    refs.update(self._names_for_code(m.additional_properties))
            elif isinstance(m, ir.Alias):
                refs.update(self._names_for_code(m.type))
        imports = _stdlib_imports(code, has_enums=bool(enums), has_models=bool(models))
        runtime = sorted(
            set(self.codec.helpers_used(code))
            | ({"BaseModel"} if models else set())
            | ({"unknown_enum_member"} if enums else set())
        )
        if runtime:
            imports.append(_from_import(".._serde", runtime))
        types = [
            name
            for name, used in (
                ("NOT_GIVEN", any(mv.optional for mv in models)),  # optional arguments' default
                ("NotGiven", any(mv.fields for mv in models)),
            )
            if used
        ]
        if types:
            imports.append(_from_import(".._types", types))
        by_module: dict[str, list[str]] = {}
        for ref in sorted(refs - local):
            by_module.setdefault(self.api.lookup[ref].module, []).append(ref)
        imports += [_from_import(f".{mod}", sorted(ns)) for mod, ns in sorted(by_module.items())]
        return ModuleView(name, _grouped(imports), enums, aliases, models)

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
        raw_files = body is not None and body.kind in ("multipart", "bytes", "text")
        if body is not None and body.flattened:
            body_mode = "fields"
            for f in body.fields:
                keyword.append(
                    self._argument(
                        f.name, f.type, f.required, f.description, f.wire_name, "body", raw_files
                    )
                )
        elif body is not None:
            body_mode = "value"
            arg = self._argument(
                "body", body.type, body.required, body.description, "", "body", raw_files
            )
            kinds = {body.kind, *(_raw_kind(c) for c in body.content_types)}
            if body.kind in ("text", "bytes") and {"text", "bytes"} <= kinds:  # either: both
                ann = "str | FileContent" + ("" if body.required else " | NotGiven")
                arg = replace(arg, annotation=ann)
            keyword.append(arg)
            body_encode = arg.encode
        keyword.sort(key=lambda a: a.default is not None)  # required keywords first, stable
        return_type = op.return_type
        ret = annotation(return_type) if return_type is not None else "None"
        may_be_empty = return_type is not None and any(r.kind == "empty" for r in op.responses)
        if may_be_empty:
            ret = optional(ret)  # e.g. 200 with a body, 204 without
        responses = tuple(
            (
                (r.status, r.kind, self._decoder(r.type), self.codec.response_options(r.type))
                if r.kind == "json" and r.type
                else (r.status, r.kind, "", "")
            )
            for r in op.responses
        )
        errors = tuple(
            (r.status, decoder)
            for r in op.errors
            if r.kind == "json" and r.type and (decoder := self._decoder(r.type))
        )
        pager = None
        if op.pagination is not None:
            pager = self._pager(op, method_names, page_may_be_empty=may_be_empty)
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
            params=tuple(p for p in map(_param_spec, op.parameters) if p),
            content_type=(
                body.content_type
                if body is not None and body.content_type != "application/json"
                else ""
            ),
            accept=_accept(op),
            content_type_arg=self._content_type_argument(body),
            server_url=op.server_url,
        )

    @staticmethod
    def _content_type_argument(body: ir.RequestBody | None) -> ArgumentView | None:
        """`content_type=`: a `Literal` of the declared choices for a structured body, any `str`
        for a raw one (uploads often accept any media type); the preferred one by default."""
        if body is None or not body.content_types:
            return None
        default = escaping.py_str(body.content_type)
        if body.kind in ("bytes", "text"):
            ann = "str"
        else:
            ann = f"Literal[{', '.join(escaping.py_str(c) for c in body.content_types)}]"
        description = escaping.SpecText(
            "The media type of the request body: " + ", ".join(body.content_types) + "."
        )
        return ArgumentView("content_type", ann, default, description, "", "content_type", "")

    def _argument(
        self,
        name: str,
        type_ref: ir.TypeRef,
        required: bool,
        description: escaping.SpecText | None,
        wire: str,
        location: str,
        raw_files: bool = False,
    ) -> ArgumentView:
        ann = annotation(type_ref, request=True)
        default = None if required else "NOT_GIVEN"
        if not required:
            ann = f"{ann} | NotGiven"
        if raw_files and _is_file_type(type_ref):
            encode = name  # multipart parts and raw bodies take files as they are
        else:
            encode = self.codec.encode(type_ref, name)
        return ArgumentView(name, ann, default, description, wire, location, encode)

    def _decoder(self, type_ref: ir.TypeRef) -> str:
        if isinstance(type_ref, ir.ModelRef):
            return f"{type_ref.name}.from_dict"
        if self.codec.is_plain(type_ref):
            checked = self.codec.plain_checked(type_ref, "data", none_ok=False)
            return f"lambda data: {checked}" if checked else ""
        return f"lambda data: {self.codec.decode(type_ref, 'data')}"

    def _pager(
        self, op: ir.Operation, method_names: naming.Namespace, *, page_may_be_empty: bool
    ) -> PagerView:
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
        # A page that may come back without a body (a 204 beside the 200) has no items.
        if items_attr:
            items = f"_page.{items_attr} or []"
            if page_may_be_empty:
                items = f"[] if _page is None else {items}"
        else:
            items = "_page or []" if page_may_be_empty else "_page"
        return PagerView(
            name=name,
            item_annotation=annotation(pagination.item_type),
            offset_arg=pagination.offset_param,
            limit_arg=pagination.limit_param,
            default_limit=default_limit,
            items_of_page=items,
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
                *(a.annotation for a in ov.signature_keywords + ov.positional),
                *(a.encode for a in ov.arguments),
                *(r[2] for r in ov.responses),
                *(e[1] for e in ov.errors),
                ov.pager.item_annotation if ov.pager else "",
            )
        )
        imports = _stdlib_imports(code, has_enums=False, has_models=False)
        helpers = self.codec.helpers_used(code)
        if helpers:
            imports.append(_from_import(".._serde", sorted(helpers)))
        by_module: dict[str, list[str]] = {}
        for ref in sorted(refs):
            by_module.setdefault(self.api.lookup[ref].module, []).append(ref)
        imports += [
            _from_import(f"..models.{mod}", sorted(ns)) for mod, ns in sorted(by_module.items())
        ]
        imports = list(_grouped(imports))
        uses_files = re.search(r"\bFileContent\b", code) is not None
        children = tuple(r for r in self.api.resources if r.parent and r.parent == resource.module)
        return ResourceView(resource, operations, tuple(imports), uses_files, children)


def _raw_kind(content_type: str) -> str:
    base = content_type.split(";", 1)[0].strip().lower()
    return "text" if base.startswith("text/") else "bytes"


def _is_file_type(type_ref: ir.TypeRef) -> bool:
    """A binary value (or a list of them, or nullable): sent as a file, not encoded."""
    if isinstance(type_ref, (ir.Nullable, ir.ListOf)):
        return _is_file_type(type_ref.inner if isinstance(type_ref, ir.Nullable) else type_ref.item)
    return type_ref == ir.Primitive("file")


_DEFAULT_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def _param_spec(p: ir.Parameter) -> str:
    """`Param(...)` for a parameter whose serialization differs from its location's default."""
    default_style = _DEFAULT_STYLES[p.location]
    default_explode = default_style == "form"
    style = p.style or default_style
    if (style, p.explode, p.allow_reserved, p.content_type) == (
        default_style,
        default_explode,
        False,
        "",
    ):
        return ""
    args = [escaping.py_str(p.wire_name), escaping.py_str(p.location), escaping.py_str(style)]
    args.append(repr(p.explode))
    if p.allow_reserved:
        args.append("allow_reserved=True")
    if p.content_type:
        args.append(f"content_type={escaping.py_str(p.content_type)}")
    return f"Param({', '.join(args)})"


def _accept(op: ir.Operation) -> str:
    """The Accept header of an operation, when the runtime's default would not say it right."""
    types = list(dict.fromkeys(r.content_type for r in op.responses if r.content_type))
    if not types or types == ["application/json"] or types == ["*/*"]:
        return ""
    return ", ".join(types)


_IMPORTED_WORDS = {
    name: re.compile(rf"\b{name}\b") for name in ("datetime", "date", *_TYPING_NAMES)
}


def _words_used(code: str) -> set[str]:
    """Which of `_IMPORTED_WORDS` occur in `code` as whole words (a substring test first: most
    code has none of them, and a regex search of a whole module is the expensive part)."""
    return {name for name, word in _IMPORTED_WORDS.items() if name in code and word.search(code)}


def _from_import(module: str, names: list[str]) -> str:
    """`from module import names`, wrapped one name per line when too long, as ruff lays it out."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def _grouped(imports: list[str]) -> tuple[str, ...]:
    """Import lines with a blank line between the standard library's and the package's own
    (relative) ones, as isort/ruff lay them out: ruff still checks and fixes the order, but has
    nothing to rewrite in the usual case (that rewrite was most of its time on large specs)."""
    split = next((i for i, line in enumerate(imports) if line.startswith("from .")), len(imports))
    if 0 < split < len(imports):
        return (*imports[:split], "", *imports[split:])
    return tuple(imports)


def _stdlib_imports(code: str, *, has_enums: bool, has_models: bool) -> list[str]:
    lines: list[str] = []
    if has_models:
        lines.append("from collections.abc import Mapping")
    words = _words_used(code)
    if "datetime" in words and "date" in words:
        lines.append("from datetime import date, datetime")
    elif "datetime" in words:
        lines.append("from datetime import datetime")
    elif "date" in words:
        lines.append("from datetime import date")
    if has_enums:
        lines.append("from enum import Enum")
    typing_names = [n for n in _TYPING_NAMES if n in words]
    if has_models:
        typing_names = sorted(set(typing_names) | {"Any", "ClassVar"})
    if typing_names:
        lines.append(f"from typing import {', '.join(sorted(typing_names))}")
    return lines


# -- the package -------------------------------------------------------------------------------


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (restored after, if it was on).

    Rendering allocates hundreds of thousands of container objects (views, tuples, Jinja
    contexts) beside a large IR: the collector's passes over the whole heap cost ~12 % of
    rendering a big spec, and find next to nothing (~15 k objects for GitHub's 13.5 k files,
    collected when the block ends)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass(frozen=True)
class Shard:
    """Part `index` of `count`: the model modules are dealt out among the parts (every
    `count`-th one), everything else is in part 0 — so that processes can share the work."""

    index: int = 0
    count: int = 1

    def takes(self, position: int) -> bool:
        return position % self.count == self.index


WHOLE = Shard()


def render_package(
    api: ir.Api,
    config: GeneratorConfig,
    env: jinja2.Environment | None = None,
    *,
    shard: Shard = WHOLE,
) -> dict[str, str]:
    """Every file of the package (code, runtime, pyproject), by path from the package root; with
    a `shard`, only that part of them."""
    with gc_paused():
        return _render_package(api, config, env or shared_environment(), shard)


def _render_package(
    api: ir.Api, config: GeneratorConfig, env: jinja2.Environment, shard: Shard
) -> dict[str, str]:
    views = _Views(api)
    pkg = f"src/{config.package_name}"
    files: dict[str, str] = {}
    context: dict[str, Any] = {"api": api, "config": config}
    templates: dict[str, jinja2.Template] = {}

    def render(template: str, target: str, **extra: Any) -> None:
        if template not in templates:
            templates[template] = env.get_template(template)
        files[target] = templates[template].render(**context, **extra)

    members_by_module: dict[str, list[ir.Model | ir.Enum | ir.Alias]] = {}
    named_types: list[ir.Model | ir.Enum | ir.Alias] = [*api.enums, *api.aliases, *api.models]
    for named in named_types:
        members_by_module.setdefault(named.module, []).append(named)
    ordered = [(n, _definition_order(m)) for n, m in sorted(members_by_module.items())]
    for position, (name, members) in enumerate(ordered):
        if shard.takes(position):
            module = views.model_module(name, members)
            render("src/models/module.py.jinja", f"{pkg}/models/{module.name}.py", module=module)
    if shard.index != 0:
        return files

    for runtime_file in sorted(RUNTIME_DIR.glob("*.py")):
        files[f"{pkg}/{runtime_file.name}"] = runtime_file.read_text(encoding="utf-8")
    files[f"{pkg}/py.typed"] = ""
    render("package/pyproject.toml.jinja", "pyproject.toml", line_length=LINE_LENGTH)
    render("src/__init__.py.jinja", f"{pkg}/__init__.py")
    render("src/_version.py.jinja", f"{pkg}/_version.py")
    render("src/_client.py.jinja", f"{pkg}/_client.py", env_log=f"{config.env_prefix}_LOG")
    exports = [(m.name, name) for name, members in ordered for m in members]
    render("src/models/__init__.py.jinja", f"{pkg}/models/__init__.py", exports=exports)

    resources = list(_resource_views(api).values())
    for rv in resources:
        render(
            "src/resources/resource.py.jinja", f"{pkg}/resources/{rv.resource.module}.py", view=rv
        )
    render("src/resources/__init__.py.jinja", f"{pkg}/resources/__init__.py", resources=resources)
    return files


def _definition_order(
    members: Iterable[ir.Model | ir.Enum | ir.Alias],
) -> list[ir.Model | ir.Enum | ir.Alias]:
    """Enums, then aliases, then models, each by name: stable output."""
    rank: dict[type, int] = {ir.Enum: 0, ir.Alias: 1, ir.Model: 2}
    return sorted(members, key=lambda m: (rank[type(m)], m.name))


def resource_view(api: ir.Api, resource: ir.Resource) -> ResourceView:
    """What the code of one resource is made of (argument order, `iter_` names…), for the docs
    stage to describe exactly what the code stage generates."""
    cached = _resource_views(api).get(resource.module)
    return (
        cached
        if cached is not None and cached.resource is resource
        else _Views(api).resource(resource)
    )


_latest_resource_views: tuple[ir.Api, dict[str, ResourceView]] | None = None


def _resource_views(api: ir.Api) -> dict[str, ResourceView]:
    """The view of every resource of `api`, by module, computed once: the code stage and the
    docs stage both need them. Kept for the latest `api` only (one process renders one API)."""
    global _latest_resource_views
    if _latest_resource_views is None or _latest_resource_views[0] is not api:
        views = _Views(api)
        _latest_resource_views = (api, {r.module: views.resource(r) for r in api.resources})
    return _latest_resource_views[1]
