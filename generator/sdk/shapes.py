"""The SDK's shape: everything the code templates and the docs both need, computed once from the
IR — per model module its fields' annotations and (de)serialisation lines and its imports; per
resource its operations' method names, argument order, endpoint constants, pager hooks and
imports. Templates lay shapes out and decide nothing; the docs describe exactly these shapes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from generator import escaping, naming
from generator.ir import model as ir
from generator.ir.modules import referenced_names
from generator.sdk import docstrings, media, paging
from generator.sdk.codec import (
    Codec,
    always_present,
    annotation,
    decode_required,
    enum_coercion,
    field_doc,
    init_required,
    optional,
)
from generator.sdk.imports import RESOURCE_NAMES, import_lines
from generator.sdk.layout import param, py_value
from generator.sdk.options import CALL_OPTION_TYPES
from generator.sdk.paging import PagerView

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
    init_value: str = ""  # expression of the attribute, from the constructor argument `name`


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
    # `_from_json` reuses one local `v` for the values it checks. Declared `Any`: pyright infers
    # an undeclared variable's type from at most 64 assignments, and a model with more fields
    # would leave it Unknown (an error in strict mode for every use).
    declares_value: bool = False

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
class AliasView:
    alias: ir.Alias
    value: str  # the aliased annotation as a string literal (aliases may refer to each other)


@dataclass(frozen=True)
class EnumView:
    enum: ir.Enum
    doc: escaping.SpecText  # its description, or what an undescribed enum is


@dataclass(frozen=True)
class ModuleView:
    name: str
    imports: tuple[str, ...]
    enums: tuple[EnumView, ...]
    aliases: tuple[AliasView, ...]
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
class ResponseView:
    """One declared success of an endpoint, as its `ResponseSpec(...)` says it."""

    status: str
    kind: str  # the runtime's name of how the body is read
    decoder: str  # expression, or "" (nothing to convert)
    options: str  # further `ResponseSpec` keyword arguments, each `, name=value`, or ""


@dataclass(frozen=True)
class ErrorView:
    status: str
    decoder: str  # expression turning the error body's JSON into its declared type


# Methods whose requests are not retried unless the call has an `idempotency_key`.
NON_IDEMPOTENT_METHODS = frozenset({"POST", "PATCH"})
# What every resource module imports from the runtime, whatever its operations.
RESOURCE_RUNTIME = (
    "Endpoint",
    "RequestOptions",
    "ResponseSpec",
    *RESOURCE_NAMES,
    *CALL_OPTION_TYPES,
)


# The views' methods: what each returns, wrapped around the method's own return type (a runtime
# generic), and the `Returns:` text of its docstring.
VIEW_METHODS = {
    "raw": (
        "APIResponse",
        "The response: its status and headers, `.parse()` for the decoded body, `.content`.",
    ),
    "streamed": (
        "StreamedResponse",
        "The response as a `with` context manager: the body is streamed (`.iter_bytes()`, "
        "`.parse()`) and closed on exit.",
    ),
    "streamed_async": (
        "AsyncStreamContext",
        "The response as an `async with` context manager: the request is sent on entry, the "
        "body streamed and closed on exit.",
    ),
}


@dataclass(frozen=True)
class ViewMethod:
    """An operation's method on a resource's `with_raw_response` or `with_streaming_response`
    view: the same arguments, another return type (and the docstring that says so)."""

    annotation: str  # of what it returns
    docstring: escaping.SpecText


@dataclass(frozen=True)
class OperationView:
    operation: ir.Operation
    endpoint_name: str
    positional: tuple[ArgumentView, ...]
    keyword: tuple[ArgumentView, ...]
    return_annotation: str
    responses: tuple[ResponseView, ...]
    errors: tuple[ErrorView, ...]  # the declared errors with a JSON body to decode
    body_mode: str  # "", "fields", "value"
    body_encode: str
    pager: PagerView | None
    idempotent: bool  # retried on failures without an `idempotency_key`
    # Its methods on the views (`VIEW_METHODS`): sync and async raw share one; the async streamed
    # method returns an `async with` context, not the response.
    raw: ViewMethod
    streamed: ViewMethod
    streamed_async: ViewMethod
    params: tuple[str, ...] = ()  # `Param(...)` expressions: parameters not serialized by default
    content_type: str = ""  # the Endpoint's body media type ("" = application/json)
    accept: str = ""  # the Endpoint's Accept header ("" = the runtime's default)
    content_type_arg: ArgumentView | None = None  # `content_type=` when the body offers a choice
    server_url: str = ""  # the operation's own server, if it has one
    # -- docstrings (sdk/docstrings.py): raw text, escaped by the templates' py_docstring --
    docstring: escaping.SpecText = escaping.SpecText("")  # of the method
    pager_docstring: escaping.SpecText = escaping.SpecText("")  # of its iterator method, if any

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
class ResourceView:
    resource: ir.Resource
    operations: tuple[OperationView, ...]
    imports: tuple[str, ...]
    children: tuple[ir.Resource, ...] = ()  # nested resources, exposed as properties
    waiters: tuple[WaiterView, ...] = ()


@dataclass(frozen=True)
class WaiterView:
    """A `wait_for_*` method: polls `operation` with the same leading arguments."""

    waiter: ir.Waiter
    operation: OperationView
    constant: str  # module-level name of its `Waiter(...)` definition
    definition: str  # the `Waiter(...)` expression
    arguments: tuple[ArgumentView, ...]  # path parameters, then required keywords
    docstring: escaping.SpecText  # laid out by `docstrings.waiter_docstring`
    summary: str = ""  # its first paragraph (trusted), for the docs

    @property
    def keywords(self) -> tuple[ArgumentView, ...]:
        return tuple(a for a in self.arguments if a not in self.operation.positional)

    @property
    def call(self) -> str:
        """The poll: the operation called with the waiter's arguments."""
        positional = [a.name for a in self.operation.positional]
        keywords = [
            f"{a.name}={a.name}" for a in self.arguments if a not in self.operation.positional
        ]
        return f"self.{self.operation.operation.name}({', '.join([*positional, *keywords])})"


# -- building views ----------------------------------------------------------------------------


class _Views:
    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.codec = Codec(api)

    def field(self, f: ir.Field, needs: set[str]) -> FieldView:
        attr = annotation(f.type, needs=needs)
        if not always_present(f):
            attr = optional(attr)
        required = init_required(f)
        init, value = self._init_argument(f, required, needs)
        wire = escaping.py_str(f.wire_name)
        decode, encode = self._decode_lines(f, wire, needs), self._encode_lines(f, wire, needs)
        init_param = param(f.name, init) if required else param(f.name, init, "NOT_GIVEN")
        return FieldView(
            f, f.name, wire, required, attr, init, init_param, decode, encode, field_doc(f), value
        )

    @staticmethod
    def _init_argument(f: ir.Field, required: bool, needs: set[str]) -> tuple[str, str]:
        """The constructor argument's annotation and the expression of the attribute set from
        it. Enums are also accepted as their values (what users write, as operation arguments
        accept them) where the constructor can turn them into members exactly."""
        if required:
            coerced = enum_coercion(f.type, f.name)
            return annotation(f.type, request=coerced is not None, needs=needs), coerced or f.name
        # An omitted argument and None both leave the attribute None (an explicit None is kept
        # as given, `fields_set` names it, even where the annotation does not offer it).
        coerced = enum_coercion(f.type.inner if isinstance(f.type, ir.Nullable) else f.type, f.name)
        init = annotation(f.type, request=coerced is not None, needs=needs) + " | NotGiven"
        if coerced is None:
            return init, f"None if isinstance({f.name}, NotGiven) else {f.name}"
        return init, f"None if isinstance({f.name}, (NotGiven, type(None))) else {coerced}"

    def model(self, m: ir.Model, needs: set[str]) -> ModelView:
        extra = m.additional_properties
        typed = extra is not None and extra != ir.Primitive("any")
        fields = tuple(self.field(f, needs) for f in m.fields)
        return ModelView(
            m,
            fields,
            docstrings.model_docstring(
                m, [(fv.name, fv.doc or _field_fallback(fv)) for fv in fields]
            ),
            tuple(fv.wire for fv in fields if decode_required(fv.field)),
            annotation(extra, needs=needs) if typed and extra is not None else "",
            self.codec.decode(extra, "value", needs=needs) if typed and extra is not None else "",
            self.codec.encode(extra, "value", needs=needs) if typed and extra is not None else "",
            tuple(fv for fv in fields if fv.init_required),
            tuple(fv for fv in fields if not fv.init_required),
            any(line.startswith("v = ") for fv in fields for line in fv.decode_lines),
        )

    def _decode_lines(self, f: ir.Field, wire: str, needs: set[str]) -> tuple[str, ...]:
        target = f"self.{f.name}"
        if decode_required(f):
            if self.codec.is_plain(f.type):
                checked = self.codec.plain_checked(f.type, "v", none_ok=False, needs=needs)
                if checked is None:
                    return (f"{target} = data[{wire}]",)
                return (f"v = data[{wire}]", f"{target} = {checked}")
            decoded = self.codec.decode(f.type, "v", needs=needs)
            return (f"v = data[{wire}]", f"{target} = {decoded}")
        inner = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
        if self.codec.is_plain(inner):
            checked = self.codec.plain_checked(inner, "v", none_ok=True, needs=needs)
            if checked is None:
                return (f"{target} = data.get({wire})",)
            return (f"v = data.get({wire})", f"{target} = {checked}")
        decoded = self.codec.decode(inner, "v", needs=needs)
        return (f"v = data.get({wire})", f"{target} = None if v is None else {decoded}")

    def _encode_lines(self, f: ir.Field, wire: str, needs: set[str]) -> tuple[str, ...]:
        source = f"self.{f.name}"
        if always_present(f):
            return (f"result[{wire}] = {self.codec.encode(f.type, source, needs=needs)}",)
        inner = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
        return (
            f"if {source} is not None:",
            f"    result[{wire}] = {self.codec.encode(inner, source, needs=needs)}",
            f"elif self._has({wire}):",
            f"    result[{wire}] = None",
        )

    def model_module(self, name: str, members: list[ir.Model | ir.Enum | ir.Alias]) -> ModuleView:
        needs: set[str] = set()
        models = tuple(self.model(m, needs) for m in members if isinstance(m, ir.Model))
        enums = tuple(
            EnumView(m, docstrings.enum_docstring(m)) for m in members if isinstance(m, ir.Enum)
        )
        aliases = tuple(
            AliasView(m, escaping.py_str(annotation(m.type, needs=needs)))
            for m in members
            if isinstance(m, ir.Alias)
        )
        if aliases:
            needs.add("TypeAlias")
        if models:
            needs.update(("Mapping", "Any", "ClassVar", "BaseModel"))
        if enums:
            needs.update(("OpenEnum", "unknown_enum_member"))
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
        if any(mv.optional for mv in models):
            needs.add("NotGiven")  # the constructor tells given from omitted arguments
            needs.add("NOT_GIVEN")  # optional arguments' default
        imports = import_lines(needs, self._api_imports(refs - local, "."))
        return ModuleView(name, imports, enums, aliases, models)

    def _api_imports(self, names: set[str], package: str) -> dict[str, set[str]]:
        """The API's own classes in `names`, by the module (relative to `package`) defining them."""
        by_module: dict[str, set[str]] = {}
        for ref in names:
            by_module.setdefault(package + self.api.lookup[ref].module, set()).add(ref)
        return by_module

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

    def operation(
        self, op: ir.Operation, method_names: naming.Namespace, needs: set[str]
    ) -> OperationView:
        positional: list[ArgumentView] = []
        keyword: list[ArgumentView] = []
        for p in op.parameters:
            arg = self._argument(
                p.name, p.type, p.required, p.description, p.wire_name, p.location, needs
            )
            (positional if p.location == "path" else keyword).append(arg)
        body = op.body
        body_mode, body_encode = "", ""
        body_media = media.request_kind(body.kind) if body is not None else None
        raw_files = body_media is not None and body_media.takes_files
        if body is not None and body.flattened:
            body_mode = "fields"
            for f in body.fields:
                keyword.append(
                    self._argument(
                        f.name,
                        f.type,
                        f.required,
                        f.description,
                        f.wire_name,
                        "body",
                        needs,
                        raw_files,
                    )
                )
        elif body is not None and body_media is not None:
            body_mode = "value"
            arg = self._argument(
                "body", body.type, body.required, body.description, "", "body", needs, raw_files
            )
            if not body_media.structured and _offers_text_and_bytes(body):
                needs.add("FileContent")
                ann = "str | FileContent" + ("" if body.required else " | NotGiven")
                arg = replace(arg, annotation=ann)
            keyword.append(arg)
            body_encode = arg.encode
        keyword.sort(key=lambda a: a.default is not None)  # required keywords first, stable
        return_type = op.return_type
        ret = annotation(return_type, needs=needs) if return_type is not None else "None"
        may_be_empty = return_type is not None and any(r.kind == "empty" for r in op.responses)
        if may_be_empty:
            ret = optional(ret)  # e.g. 200 with a body, 204 without
        responses = tuple(
            (
                ResponseView(
                    r.status,
                    r.kind,
                    self._decoder(r.type, needs),
                    self.codec.response_options(r.type),
                )
                if r.kind == "json" and r.type
                else ResponseView(r.status, r.kind, "", "")
            )
            for r in op.responses
        )
        errors = tuple(
            ErrorView(r.status, decoder)
            for r in op.errors
            if r.kind == "json" and r.type and (decoder := self._decoder(r.type, needs))
        )
        pager = paging.pager(
            op,
            self.api,
            method_names,
            page_annotation=ret,
            page_may_be_empty=may_be_empty,
            needs=needs,
        )
        params = tuple(p for p in map(_param_spec, op.parameters) if p)
        if params:
            needs.add("Param")
        content_type_arg = self._content_type_argument(body, needs)
        docstring, pager_docstring, views = self._docstrings(
            op,
            (*positional, *keyword, *([content_type_arg] if content_type_arg else [])),
            ret,
            pager,
        )
        needs.update(wrapper for wrapper, _ in VIEW_METHODS.values())
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
            idempotent=op.method not in NON_IDEMPOTENT_METHODS,
            raw=views["raw"],
            streamed=views["streamed"],
            streamed_async=views["streamed_async"],
            params=params,
            content_type=(
                body.content_type
                if body is not None and body.content_type != "application/json"
                else ""
            ),
            accept=_accept(op),
            content_type_arg=content_type_arg,
            server_url=op.server_url,
            docstring=docstring,
            pager_docstring=pager_docstring,
        )

    def _docstrings(
        self,
        op: ir.Operation,
        arguments: Iterable[ArgumentView],
        return_annotation: str,
        pager: PagerView | None,
    ) -> tuple[escaping.SpecText, escaping.SpecText, dict[str, ViewMethod]]:
        """The method's docstring, its iterator's (the pager's summary, then the same `Args:`)
        and its view methods' (`VIEW_METHODS`, wrapping `return_annotation`), arguments in
        signature order."""
        known = docstrings.argument_facts(op)
        facts = [
            known.get(a.name) or docstrings.ArgumentFacts(a.name, a.description) for a in arguments
        ]
        views = {
            name: (f"{wrapper}[{return_annotation}]", text)
            for name, (wrapper, text) in VIEW_METHODS.items()
        }
        texts = docstrings.operation_docstrings(
            op, self.api, facts, [(return_annotation, None), *views.values()]
        )
        view_methods = {
            name: ViewMethod(annotation, text)
            for (name, (annotation, _)), text in zip(views.items(), texts[1:], strict=True)
        }
        if pager is None:
            return texts[0], escaping.SpecText(""), view_methods
        pager_text = docstrings.pager_docstring(pager.docstring, op, self.api, facts)
        return texts[0], pager_text, view_methods

    @staticmethod
    def _content_type_argument(body: ir.RequestBody | None, needs: set[str]) -> ArgumentView | None:
        """`content_type=`: a `Literal` of the declared choices for a structured body, any `str`
        for a raw one (uploads often accept any media type); the preferred one by default."""
        if body is None or not body.content_types:
            return None
        default = escaping.py_str(body.content_type)
        if not media.request_kind(body.kind).structured:
            ann = "str"
        else:
            needs.add("Literal")
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
        needs: set[str],
        raw_files: bool = False,
    ) -> ArgumentView:
        ann = annotation(type_ref, request=True, needs=needs)
        default = None if required else "NOT_GIVEN"
        if not required:
            ann = f"{ann} | NotGiven"
        if raw_files and _is_file_type(type_ref):
            encode = name  # multipart parts and raw bodies take files as they are
        else:
            encode = self.codec.encode(type_ref, name, needs=needs)
        return ArgumentView(name, ann, default, description, wire, location, encode)

    def _decoder(self, type_ref: ir.TypeRef, needs: set[str]) -> str:
        if isinstance(type_ref, ir.ModelRef):
            return f"{type_ref.name}.from_dict"
        if self.codec.is_plain(type_ref):
            checked = self.codec.plain_checked(type_ref, "data", none_ok=False, needs=needs)
            return f"lambda data: {checked}" if checked else ""
        return f"lambda data: {self.codec.decode(type_ref, 'data', needs=needs)}"

    def resource(self, resource: ir.Resource) -> ResourceView:
        method_names = naming.Namespace(op.name for op in resource.operations)
        needs: set[str] = set(RESOURCE_RUNTIME)
        operations = tuple(self.operation(op, method_names, needs) for op in resource.operations)
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
        children = tuple(r for r in self.api.resources if r.parent and r.parent == resource.module)
        if children:
            needs.update(("cached_property", "TYPE_CHECKING"))
        polled = {o.operation.name for o in operations}
        waiters = tuple(
            self._waiter(w, operations, needs) for w in resource.waiters if w.operation in polled
        )
        imports = import_lines(needs, self._api_imports(refs, "..models."))
        return ResourceView(resource, operations, imports, children, waiters)

    def _waiter(
        self, waiter: ir.Waiter, operations: tuple[OperationView, ...], needs: set[str]
    ) -> WaiterView:
        polled = next(o for o in operations if o.operation.name == waiter.operation)
        needs.update(("Acceptor", "Waiter", "wait", "async_wait"))
        acceptors = ", ".join(
            f"Acceptor({py_value(a.state)}, {py_value(a.matcher)}, "
            f"{_literal_tuple(a.expected)}, {_literal_tuple(a.path)})"
            for a in waiter.acceptors
        )
        definition = (
            f"Waiter(acceptors=({acceptors},), delay={waiter.delay!r},"
            f" max_delay={waiter.max_delay!r}, backoff={waiter.backoff!r},"
            f" jitter={waiter.jitter!r}, max_attempts={waiter.max_attempts!r},"
            f" timeout={waiter.timeout!r})"
        )
        success = [a for a in waiter.acceptors if a.state == "success"]
        failure = [a for a in waiter.acceptors if a.state == "failure"]
        limit = (
            f"{waiter.timeout:g} s"
            if waiter.timeout is not None
            else f"{waiter.max_attempts} polls"
        )
        docstring = waiter.description or (
            f"Poll {polled.operation.name} until {_describe(success)}, and return that result."
            + (f" Raises WaiterFailureError as soon as {_describe(failure)}." if failure else "")
            + f" Raises WaiterTimeoutError after `timeout` seconds (default {limit});"
            " `interval` polls at a fixed spacing instead of the waiter's backoff."
        )
        required = tuple(a for a in polled.keyword if a.default is None)
        facts = docstrings.argument_facts(polled.operation)
        arguments = (*polled.positional, *required)
        return WaiterView(
            waiter=waiter,
            operation=polled,
            constant="_" + waiter.name.upper(),
            definition=definition,
            arguments=arguments,
            docstring=docstrings.waiter_docstring(
                docstring,
                polled.operation,
                self.api,
                [facts[a.name] for a in arguments if a.name in facts],
                polled.return_annotation,
            ),
            summary=docstring,
        )


def _literal_tuple(values: tuple[object, ...]) -> str:
    """A tuple literal without a trailing comma (which formatters take as "one per line")."""
    items = [py_value(v) for v in values]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def _describe(acceptors: list[ir.Acceptor]) -> str:
    """Trusted prose of what acceptors match (`generations_by_pk.status` is COMPLETE)."""
    parts = []
    for a in acceptors:
        values = " or ".join(str(v) for v in a.expected)
        if a.matcher == "status":
            parts.append(f"it answers HTTP {values}")
        elif a.matcher == "error":
            parts.append(f"it fails{' with HTTP ' + values if values else ''}")
        else:
            which = {"equals": "is", "any_equals": "has any item", "all_equal": "has every item"}
            parts.append(f"`{'.'.join(a.path)}` {which[a.matcher]} {values}")
    return " or ".join(parts)


def _field_fallback(fv: FieldView) -> str:
    """What a model's `Attributes:` says of a field the spec does not describe."""
    return f"The `{fv.field.wire_name}` property."


def _offers_text_and_bytes(body: ir.RequestBody) -> bool:
    """A raw body declared both as text and as binary media types: either may be passed."""
    kinds = {body.kind, *(media.request_media(c).kind for c in body.content_types)}
    return {"text", "bytes"} <= kinds


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


class SdkShape:
    """The shapes of one API's SDK, each computed on first use and kept: the code and the docs
    stages read the same ones (a forked docs process computes those it needs itself)."""

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self._builder = _Views(api)

    @functools.cached_property
    def resources(self) -> dict[str, ResourceView]:
        """Every resource's shape, by module, in the IR's order."""
        return {r.module: self._builder.resource(r) for r in self.api.resources}

    def resource(self, resource: ir.Resource) -> ResourceView:
        return self.resources[resource.module]

    @functools.cached_property
    def model_modules(self) -> list[tuple[str, list[ir.Model | ir.Enum | ir.Alias]]]:
        """The modules under `models/` by name, each with its members in definition order."""
        members_by_module: dict[str, list[ir.Model | ir.Enum | ir.Alias]] = {}
        named_types: list[ir.Model | ir.Enum | ir.Alias] = [
            *self.api.enums,
            *self.api.aliases,
            *self.api.models,
        ]
        for named in named_types:
            members_by_module.setdefault(named.module, []).append(named)
        return [(n, _definition_order(m)) for n, m in sorted(members_by_module.items())]

    def model_module(self, name: str, members: list[ir.Model | ir.Enum | ir.Alias]) -> ModuleView:
        return self._builder.model_module(name, members)


def _definition_order(
    members: Iterable[ir.Model | ir.Enum | ir.Alias],
) -> list[ir.Model | ir.Enum | ir.Alias]:
    """Enums, then aliases, then models, each by name: stable output."""
    rank: dict[type, int] = {ir.Enum: 0, ir.Alias: 1, ir.Model: 2}
    return sorted(members, key=lambda m: (rank[type(m)], m.name))
