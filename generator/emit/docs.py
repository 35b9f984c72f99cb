"""Docs stage: the markdown reference of a generated SDK (resource pages, model pages, README).

Python decides everything that is logic: which page documents a type, how a type is spelled with
links, the anchor of every heading (GitHub slugs, duplicates numbered in page order), which
arguments an example passes and the example code itself. The templates in `templates/docs/` and
`templates/package/README.md.jinja` lay the pages out. Spec text reaches a page only through the
escaping functions of `escaping.py`: here in Python, or as filters in the templates, where the
environment's `guard_output` refuses raw `SpecText`.

Pages (paths relative to the package root):

* `docs/sdks/<resource module>/README.md`: one per resource, the structure of the vendor's pages
  (operation index, then per operation: example, parameters, response, errors);
* `docs/models/<snake name>.md`: one per model, enum and alias;
* `README.md`: install, quick start, auth, the operations, retries, errors, pagination, async,
  server URL and HTTP client, raw responses, logging.

Every ```python block of these pages is a complete program, runnable as written once the API key
environment variable is set (tests execute them all against a mock server).
"""

from __future__ import annotations

import base64
import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from typing import Any, Literal, TypeVar
from urllib.parse import urljoin

import jinja2

from generator import filenames, naming
from generator.config import GeneratorConfig
from generator.emit.environment import shared_environment
from generator.emit.shards import gc_paused
from generator.escaping import (
    SpecText,
    md_anchor,
    md_cell,
    md_code,
    md_link_text,
    md_text,
    py_bytes,
    py_str,
)
from generator.ir import model as ir
from generator.sdk import auth
from generator.sdk.codec import always_present, annotation
from generator.sdk.layout import py_value
from generator.sdk.shapes import OperationView, SdkShape, WaiterView
from generator.sdk.statuses import error_class

__all__ = ["render_docs"]

LINE_LENGTH = 100
OPERATION_SECTIONS = ("Example Usage", "Parameters", "Response", "Errors")
"""The `###` headings under every operation of a resource page, in order (see resource.md.jinja)."""

_PLAIN_HEADING = re.compile(r"[A-Za-z0-9]+(?:[ _.\-][A-Za-z0-9]+)*")
_STDLIB = "datetime"

Import = tuple[str, str]  # (module, name)
Named = TypeVar("Named", ir.Model, ir.Enum, ir.Alias)


# -- headings and anchors -----------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    markdown: str  # what the page prints after the `#`s
    text: str  # what a reader sees (GitHub slugs this)
    anchor: str = ""  # the slug on its page, numbered when the page repeats it


def heading(raw: str) -> Heading:
    """A one-line heading showing `raw` literally: plain words as they are, else as code."""
    text = " ".join(raw.split())
    if _PLAIN_HEADING.fullmatch(text):
        return Heading(md_text(text), text)
    return Heading(md_code(text, table=False), text)


def unique_anchors(texts: Iterable[str]) -> list[str]:
    """GitHub's anchors for headings in page order: `x`, then `x-1`, `x-2`... (github-slugger)."""
    seen: dict[str, int] = {}
    anchors: list[str] = []
    for text in texts:
        base = slug = md_anchor(text)
        while slug in seen:
            seen[base] += 1
            slug = f"{base}-{seen[base]}"
        seen[slug] = 0
        anchors.append(slug)
    return anchors


# -- types with links --------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeLinks:
    """Where each named type is documented, seen from one page (`prefix` leads to docs/models/)."""

    pages: Mapping[str, str]  # type name -> file name in docs/models/
    prefix: str
    # type_markdown's answers from this page, by (type, request): the same types recur in
    # thousands of rows (reuse one TypeLinks for many pages of the same directory).
    spelled: dict[tuple[ir.TypeRef, bool], str] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )

    def link(self, name: str) -> str:
        return f"[{md_link_text(name)}]({self.prefix}{self.pages[name]})"


def model_pages(api: ir.Api) -> dict[str, str]:
    """File name (under docs/models/) of every model, enum and alias: its snake name, unique and
    valid on every filesystem (`filenames.Directory`)."""
    names = filenames.Directory(reserve=filenames.MARKDOWN_RESERVE)
    return {
        name: names.claim(naming.snake(name, fallback="model")) + ".md"
        for name in sorted(t.name for t in _named_types(api))
    }


def _named_types(api: ir.Api) -> list[ir.Model | ir.Enum | ir.Alias]:
    return [*api.models, *api.enums, *api.aliases]


def type_markdown(type_ref: ir.TypeRef, links: TypeLinks, *, request: bool = False) -> str:
    """The Python type as Markdown: named types linked, builtins italic, safe in table cells."""
    key = (type_ref, request)
    spelled = links.spelled.get(key)
    if spelled is None:
        spelled = links.spelled[key] = " \\| ".join(_type_parts(type_ref, links, request))
    return spelled


def _type_parts(type_ref: ir.TypeRef, links: TypeLinks, request: bool) -> list[str]:
    if isinstance(type_ref, ir.Nullable):
        parts = [*_type_parts(type_ref.inner, links, request), "*None*"]
    elif isinstance(type_ref, ir.UnionOf):
        parts = [p for v in type_ref.variants for p in _type_parts(v, links, request)]
    elif isinstance(type_ref, ir.EnumRef) and request:
        parts = [links.link(type_ref.name), "*str*"]
    else:
        parts = [_type_part(type_ref, links, request)]
    unique = list(dict.fromkeys(parts))
    return [p for p in unique if p != "*None*"] + (["*None*"] if "*None*" in unique else [])


def _type_part(type_ref: ir.TypeRef, links: TypeLinks, request: bool) -> str:
    if isinstance(type_ref, (ir.ModelRef, ir.EnumRef, ir.AliasRef)):
        return links.link(type_ref.name)
    if isinstance(type_ref, ir.ListOf):
        return f"list\\[{type_markdown(type_ref.item, links, request=request)}\\]"
    if isinstance(type_ref, ir.MapOf):
        return f"dict\\[*str*, {type_markdown(type_ref.value, links, request=request)}\\]"
    if isinstance(type_ref, ir.LiteralOf):
        return md_code(annotation(type_ref))
    assert isinstance(type_ref, ir.Primitive)
    return f"*{'bytes' if type_ref.kind == 'file' else annotation(type_ref)}*"


# -- example values ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Code:
    """A Python expression and the names it needs imported."""

    text: str
    imports: frozenset[Import] = frozenset()


def _join(texts: Iterable[Code], template: str) -> Code:
    codes = list(texts)
    return Code(
        template.format(", ".join(c.text for c in codes)),
        frozenset().union(*(c.imports for c in codes)),
    )


@dataclass(frozen=True)
class Sample:
    """What the spec says about one value: its examples and default."""

    name: str
    examples: tuple[ir.JsonValue, ...] = ()
    default: ir.JsonValue = None
    has_default: bool = False

    @property
    def exemplified(self) -> bool:
        return any(v is not None for v in self.examples)

    def candidates(self) -> list[ir.JsonValue]:
        values: list[ir.JsonValue] = [v for v in self.examples if v is not None]
        return values + ([self.default] if self.has_default and self.default is not None else [])


@dataclass(frozen=True)
class Examples:
    """Builds example argument values from the spec's examples, defaults, enums and types."""

    api: ir.Api
    package: str

    def value(self, type_ref: ir.TypeRef, sample: Sample, path: tuple[str, ...] = ()) -> Code:
        """The first example or default that fits the type, else a synthesized value."""
        for candidate in sample.candidates():
            code = self.from_json(type_ref, candidate)
            if code is not None:
                return code
        return self.synthesize(type_ref, sample.name, path)

    def from_json(self, type_ref: ir.TypeRef, value: ir.JsonValue) -> Code | None:
        """`value` (JSON from the spec) as an expression of this type, None if it does not fit."""
        if isinstance(type_ref, ir.Nullable):
            return Code("None") if value is None else self.from_json(type_ref.inner, value)
        if isinstance(type_ref, ir.AliasRef):
            return self.from_json(self._alias(type_ref.name), value)
        if isinstance(type_ref, ir.UnionOf):
            fits = (self.from_json(v, value) for v in _union_order(type_ref, value))
            return next((c for c in fits if c is not None), None)
        if isinstance(type_ref, ir.EnumRef):
            return self._enum_member(type_ref.name, value)
        if isinstance(type_ref, ir.ModelRef):
            return self._model_from_json(type_ref.name, value)
        if isinstance(type_ref, ir.ListOf):
            return self._list_from_json(type_ref.item, value)
        if isinstance(type_ref, ir.MapOf):
            return self._map_from_json(type_ref.value, value)
        if isinstance(type_ref, ir.LiteralOf):
            return Code(py_value(value)) if value == type_ref.value else None
        return _primitive_from_json(type_ref.kind, value)

    def synthesize(self, type_ref: ir.TypeRef, name: str, path: tuple[str, ...]) -> Code:
        """A plausible value when the spec gives none (`path`: models being built, for cycles)."""
        if isinstance(type_ref, ir.Nullable):
            cyclic = _cyclic(type_ref.inner, path)
            return Code("None") if cyclic else self.synthesize(type_ref.inner, name, path)
        if isinstance(type_ref, ir.AliasRef):
            return self.synthesize(self._alias(type_ref.name), name, path)
        if isinstance(type_ref, ir.UnionOf):
            return self._union(type_ref, name, path)
        if isinstance(type_ref, ir.EnumRef):
            enum = self._named(type_ref.name, ir.Enum)
            if not enum.members:
                return Code('""')
            return self._enum_member(enum.name, enum.members[0].value) or Code('""')
        if isinstance(type_ref, ir.ModelRef):
            # A required field back to a model being built has no finite value: the API's problem.
            return Code("None") if _cyclic(type_ref, path) else self._model(type_ref.name, path, {})
        if isinstance(type_ref, ir.ListOf):
            if _cyclic(type_ref.item, path):
                return Code("[]")
            return _join([self.synthesize(type_ref.item, name, path)], "[{}]")
        if isinstance(type_ref, ir.MapOf):
            if _cyclic(type_ref.value, path):
                return Code("{}")
            return _join([self.synthesize(type_ref.value, name, path)], '{{"key": {}}}')
        if isinstance(type_ref, ir.LiteralOf):
            return Code(py_value(type_ref.value))
        return _primitive(type_ref.kind, name)

    # -- named types ---------------------------------------------------------------------------

    def _named(self, name: str, kind: type[Named]) -> Named:
        named = self.api.lookup[name]
        assert isinstance(named, kind)
        return named

    def _alias(self, name: str) -> ir.TypeRef:
        alias: ir.Alias = self._named(name, ir.Alias)
        return alias.type

    def _import(self, name: str) -> frozenset[Import]:
        return frozenset({(f"{self.package}.models", name)})

    def _enum_member(self, name: str, value: ir.JsonValue) -> Code | None:
        enum: ir.Enum = self._named(name, ir.Enum)
        for member in enum.members:
            if member.value == value and type(member.value) is type(value):
                return Code(f"{enum.name}.{member.name}", self._import(enum.name))
        return None

    def _union(self, union: ir.UnionOf, name: str, path: tuple[str, ...]) -> Code:
        variant = union.variants[0]
        if union.discriminator is not None and isinstance(variant, ir.ModelRef):
            tags = [tag for tag, model in union.discriminator.mapping if model == variant.name]
            if tags:
                return self._model(variant.name, path, {union.discriminator.property: tags[0]})
        return self.synthesize(variant, name, path)

    def _model(self, name: str, path: tuple[str, ...], fixed: Mapping[str, str]) -> Code:
        """A constructor call: required fields, fields with examples, `fixed` wire values."""
        model: ir.Model = self._named(name, ir.Model)
        arguments: list[Code] = []
        for field in model.fields:
            if field.wire_name in fixed:
                tag = fixed[field.wire_name]
                value = self.from_json(field.type, tag) or Code(py_str(tag))
                arguments.append(_keyword(field.name, value))
                continue
            sample = Sample(field.name, field.examples, field.default, field.has_default)
            if field.required or (sample.exemplified and not field.deprecated):
                value = self.value(field.type, sample, (*path, name))
                arguments.append(_keyword(field.name, value))
        call = _join(arguments, f"{model.name}({{}})")
        return Code(call.text, call.imports | self._import(model.name))

    def _model_from_json(self, name: str, value: ir.JsonValue) -> Code | None:
        if not isinstance(value, dict):
            return None
        model: ir.Model = self._named(name, ir.Model)
        arguments: list[Code] = []
        for field in model.fields:
            given = field.wire_name in value
            code = self.from_json(field.type, value[field.wire_name]) if given else None
            if code is None and field.required:
                code = self.synthesize(field.type, field.name, (name,))
            if code is not None:
                arguments.append(_keyword(field.name, code))
        call = _join(arguments, f"{model.name}({{}})")
        return Code(call.text, call.imports | self._import(model.name))

    def _list_from_json(self, item: ir.TypeRef, value: ir.JsonValue) -> Code | None:
        if not isinstance(value, list):
            return None
        items = [self.from_json(item, v) for v in value]
        return None if any(c is None for c in items) else _join(filter(None, items), "[{}]")

    def _map_from_json(self, item: ir.TypeRef, value: ir.JsonValue) -> Code | None:
        if not isinstance(value, dict):
            return None
        entries = {k: self.from_json(item, v) for k, v in value.items()}
        if any(c is None for c in entries.values()):
            return None
        pairs = [Code(f"{py_str(k)}: {c.text}", c.imports) for k, c in entries.items() if c]
        return _join(pairs, "{{{}}}")


def _cyclic(type_ref: ir.TypeRef, path: tuple[str, ...]) -> bool:
    """True when `type_ref` is (a nullable of) a model already being built."""
    inner = type_ref.inner if isinstance(type_ref, ir.Nullable) else type_ref
    return isinstance(inner, ir.ModelRef) and inner.name in path


def _keyword(name: str, value: Code) -> Code:
    return Code(f"{name}={value.text}", value.imports)


def _union_order(union: ir.UnionOf, value: ir.JsonValue) -> list[ir.TypeRef]:
    """Variants to try for a JSON value: the one its discriminator tag names first."""
    disc = union.discriminator
    if disc is None or not isinstance(value, dict):
        return list(union.variants)
    tagged = [ir.ModelRef(m) for tag, m in disc.mapping if tag == value.get(disc.property)]
    return tagged + [v for v in union.variants if v not in tagged]


_SCALAR_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "any": (str, int, float, bool, list, dict),
}


def _primitive_from_json(kind: str, value: ir.JsonValue) -> Code | None:
    if kind in ("datetime", "date"):
        return _temporal(kind, value) if isinstance(value, str) else None
    if kind == "bytes":
        return _base64_bytes(value)
    if kind == "file":
        return None
    allowed = _SCALAR_TYPES.get(kind, ())
    if type(value) is bool and bool not in allowed:
        return None
    return Code(py_value(value)) if isinstance(value, allowed) else None


def _base64_bytes(value: ir.JsonValue) -> Code | None:
    """The bytes an example in base64 (format byte) stands for, as a bytes literal."""
    if not isinstance(value, str):
        return None
    try:
        return Code(py_bytes(base64.b64decode(value, validate=True)))
    except ValueError:
        return None


def _temporal(kind: str, value: str) -> Code | None:
    """`datetime(...)`/`date(...)` for an ISO example (UTC when it has an offset)."""
    try:
        if kind == "date":
            day = date.fromisoformat(value[:10])
            return Code(f"date({day.year}, {day.month}, {day.day})", frozenset({(_STDLIB, "date")}))
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return _datetime_code(moment)


def _datetime_code(moment: datetime) -> Code:
    aware = moment.tzinfo is not None
    moment = moment.astimezone(timezone.utc) if aware else moment
    fields = [moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second]
    text = ", ".join(map(str, fields)) + (", tzinfo=timezone.utc" if aware else "")
    names = {(_STDLIB, "datetime")} | ({(_STDLIB, "timezone")} if aware else set())
    return Code(f"datetime({text})", frozenset(names))


_SYNTHETIC = {
    "int": "1",
    "float": "0.5",
    "bool": "True",
    "none": "None",
    "bytes": 'b"example"',
    "file": 'b"example"',
    "any": '{"key": "value"}',
}


def _primitive(kind: str, name: str) -> Code:
    """A type's value when the spec has no example: shaped by the argument's name."""
    if kind == "datetime":
        return _datetime_code(datetime(2024, 1, 15, 9, 30, tzinfo=timezone.utc))
    if kind == "date":
        return Code("date(2024, 1, 15)", frozenset({(_STDLIB, "date")}))
    if kind in _SYNTHETIC:
        return Code(_SYNTHETIC[kind])
    return Code(py_str(_placeholder(name)))


def _placeholder(name: str) -> str:
    words = naming.words(name)
    if words and words[-1] in ("id", "ids", "uuid"):
        return "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    if "url" in words or "uri" in words:
        return "https://example.com/image.png"
    if "email" in words:
        return "user@example.com"
    return "<value>"


# -- example programs --------------------------------------------------------------------------


@dataclass(frozen=True)
class CallExample:
    """One call of an operation with example arguments, and the imports it needs."""

    package: str
    client_class: str
    resource: str  # attribute of the client: "generation"
    method: str  # "create_generation"
    arguments: tuple[str, ...]  # positional expressions, then name=value
    imports: frozenset[Import]
    client_arguments: tuple[str, ...] = ()  # what every example passes the client (`server_url=`)

    def plus(self, *arguments: str) -> CallExample:
        """The same call with more keyword arguments (per-call options)."""
        return replace(self, arguments=(*self.arguments, *arguments))

    def import_lines(
        self, *package_names: str, stdlib: Iterable[str] = (), third_party: Iterable[str] = ()
    ) -> str:
        """Import statements for this call, `package_names` from the package root and the
        `import x` modules given, grouped and sorted as isort does."""
        first = [f"import {m}" for m in sorted(stdlib)]
        stdlib_names = sorted(n for m, n in self.imports if m == _STDLIB)
        if stdlib_names:
            first.append(f"from {_STDLIB} import {', '.join(stdlib_names)}")
        second = [f"import {m}" for m in sorted(third_party)]
        second.append(f"from {self.package} import {', '.join(sorted(set(package_names)))}")
        models = sorted(n for m, n in self.imports if m != _STDLIB)
        if models:
            second.append(f"from {self.package}.models import {', '.join(models)}")
        return "\n".join([*first, "", *second] if first else second)

    def statement(
        self,
        indent: str = "",
        *,
        prefix: str = "result = ",
        method: str = "",
        raw: bool = False,
        bind: str = "",
        streaming: bool = False,
        suffix: str = "",
    ) -> str:
        """`result = client.x.y(...)`, one argument a line when one line would be too long.

        `method` replaces the method (an `iter_` twin), `raw` goes through `with_raw_response`,
        `streaming` through `with_streaming_response`; `suffix` follows the call (` as r:`).
        `bind` names the method on a line of its own first (`op = client.x.y`, then
        `result = op(...)`): black and ruff lay out a call too long for a line that has nothing
        to split differently, a short one alike.
        """
        via = ".with_raw_response" if raw else ".with_streaming_response" if streaming else ""
        target = f"client.{self.resource}{via}.{method or self.method}"
        if bind:
            line = f"{indent}{bind} = {target}"
            if len(line) > LINE_LENGTH:  # no formatter can split a name: getattr's string can
                holder = f"client.{self.resource}{via}"
                name = py_str(method or self.method)
                line = f"{indent}name = {name}\n{indent}{bind} = getattr({holder}, name)"
            return f"{line}\n" + self._call(f"{indent}{prefix}{bind}(", indent, suffix)
        return self._call(f"{indent}{prefix}{target}(", indent, suffix)

    def _call(self, head: str, indent: str, suffix: str = "") -> str:
        """`head` + the arguments + `)`, one argument a line when one line would be too long."""
        flat = f"{head}{', '.join(self.arguments)}){suffix}"
        if len(flat) <= LINE_LENGTH:
            return flat
        inner = "".join(f"{indent}    {argument},\n" for argument in self.arguments)
        return f"{head}\n{inner}{indent}){suffix}"

    def preamble(self, credentials_comment: str) -> list[str]:
        """Imports and the client: the start of every example program."""
        return [
            self.import_lines(self.client_class),
            "",
            *([credentials_comment] if credentials_comment else []),
            f"client = {client_call(self.client_class, self.client_arguments)}",
            "",
        ]

    def paged_program(self, credentials_comment: str, pager: str) -> str:
        """The `iter_` twin of the call: every item, then the same pages one at a time."""
        return "\n".join(
            [
                *self.preamble(credentials_comment),
                "# Every item, the pages fetched as the loop needs them",
                self.statement(prefix="for item in ", method=pager) + ":",
                "    print(item)",
                "",
                "# Or page by page",
                self.statement(prefix="page = ", method=pager),
                "print(page.items)",
                "while page.has_next_page():",
                "    page = page.get_next_page()",
                "    print(page.items)",
            ]
        )

    def program(self, credentials_comment: str) -> str:
        """The example of a resource page: imports, client, call, print."""
        return "\n".join(
            [
                self.import_lines(self.client_class),
                "",
                *([credentials_comment] if credentials_comment else []),
                f"client = {client_call(self.client_class, self.client_arguments)}",
                "",
                self.statement(),
                "",
                "# Handle the result",
                "print(result)",
            ]
        )


def call_example(
    examples: Examples,
    cfg: GeneratorConfig,
    resource: ir.Resource,
    view: OperationView,
    sources: Mapping[str, ArgumentSource],
) -> CallExample:
    """Path parameters positional, then every required keyword and those the spec exemplifies."""
    positional = {a.name for a in view.positional}
    arguments: list[Code] = []
    for arg in view.arguments:
        source = sources[arg.name]
        if arg.name in positional:
            arguments.append(examples.value(source.type, source.sample))
        elif source.required or (source.sample.exemplified and not source.deprecated):
            arguments.append(_keyword(arg.name, examples.value(source.type, source.sample)))
    return CallExample(
        package=cfg.package_name,
        client_class=cfg.client_name,
        resource=client_attribute(examples.api, resource),
        method=view.operation.name,
        arguments=tuple(a.text for a in arguments),
        imports=frozenset().union(*(a.imports for a in arguments)),
        client_arguments=example_client_arguments(examples.api),
    )


def client_attribute(api: ir.Api, resource: ir.Resource) -> str:
    """How the client reaches a resource: `generation`, or `admin.users.keys` when nested."""
    by_module = {r.module: r for r in api.resources}
    names = [resource.name]
    parent = resource.parent
    while parent and parent in by_module:
        names.append(by_module[parent].name)
        parent = by_module[parent].parent
    return ".".join(reversed(names))


def credentials_comment(api: ir.Api) -> str:
    """The comment line above `client = ...()` saying where credentials come from ("" if none)."""
    env_vars = list(dict.fromkeys(s.env_var for s in api.security_schemes))
    if not env_vars:
        return ""
    return f"# Credentials are read from the environment: {', '.join(env_vars)}"


# -- operations and resources ------------------------------------------------------------------


@dataclass(frozen=True)
class ArgumentSource:
    """The IR facts behind one argument of a generated method."""

    type: ir.TypeRef
    required: bool
    description: SpecText | None
    deprecated: bool
    sample: Sample  # examples and default


def _argument_sources(op: ir.Operation) -> dict[str, ArgumentSource]:
    """By Python name: what each argument of the generated method stands for."""
    sources = {
        p.name: ArgumentSource(
            p.type,
            p.required,
            p.description,
            p.deprecated,
            Sample(p.name, p.examples, p.default, p.has_default),
        )
        for p in op.parameters
    }
    body = op.body
    if body is not None and body.flattened:
        for f in body.fields:
            sample = Sample(f.name, f.examples, f.default, f.has_default)
            sources[f.name] = ArgumentSource(
                f.type, f.required, f.description, f.deprecated, sample
            )
    elif body is not None:
        sources["body"] = ArgumentSource(
            body.type, body.required, body.description, False, Sample("body")
        )
    return sources


@dataclass(frozen=True)
class Cells:
    """The Markdown of a table row's four cells."""

    name: str
    type: str
    required: str
    description: str


@dataclass(frozen=True)
class Row:
    """One row of a Parameters or Fields table (`type` is Markdown; texts raw, filtered later)."""

    name: str
    type: str
    required: bool
    description: SpecText | None
    default: str = ""  # Markdown code span of a scalar default, or ""
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    wire_name: str = ""  # when it differs from `name`

    @property
    def needs_period(self) -> bool:
        """Whether notes after the description need a full stop first."""
        text = (self.description or "").rstrip()
        return bool(text) and text[-1] not in ".!?:;"

    @property
    def cells(self) -> Cells:
        """The Markdown of the row's four cells: name, type, required, description.

        The description cell is the marks (deprecated, read-only, write-only), the escaped
        description (with a full stop if notes follow) and the notes (default, JSON name).
        """
        notes = [
            note
            for note in (
                f"Default: {self.default}." if self.default else "",
                f"JSON name: {md_code(self.wire_name)}." if self.wire_name else "",
            )
            if note
        ]
        text = md_cell(self.description or "") + ("." if notes and self.needs_period else "")
        parts = [
            ":warning: **DEPRECATED**" if self.deprecated else "",
            "**Read-only.**" if self.read_only else "",
            "**Write-only.**" if self.write_only else "",
            text,
            *notes,
        ]
        return Cells(
            md_code(self.name),
            self.type,
            ":heavy_check_mark:" if self.required else ":heavy_minus_sign:",
            " ".join(part for part in parts if part),
        )


def default_markdown(value: ir.JsonValue, has_default: bool) -> str:
    """A scalar default as a code span (other defaults are not worth a table cell)."""
    scalar = isinstance(value, (str, int, float, bool))
    return md_code(py_value(value)) if has_default and scalar else ""


@dataclass(frozen=True)
class ErrorRow:
    error_object: str
    status: str
    content_type: str


def error_rows(op: ir.Operation, package: str) -> tuple[ErrorRow, ...]:
    return tuple(
        ErrorRow(
            error_object=f"{package}.{error_class(r.status)}",
            status="4XX, 5XX" if r.status == "default" else md_cell(r.status),
            content_type=md_code(r.content_type) if r.content_type else "\\*/\\*",
        )
        for r in op.errors
    )


@dataclass(frozen=True)
class OperationDoc:
    operation: ir.Operation
    heading: Heading
    example: str  # the complete Python program
    call: CallExample
    arguments: tuple[Row, ...]
    returns: str  # Markdown
    pager: str  # name of the iterator method, or ""
    pager_item: str  # Markdown type of its items
    errors: tuple[ErrorRow, ...]
    body_model: str  # link to the model whose fields are keyword arguments, or ""
    pager_example: str = ""  # the complete program iterating with `pager`


@dataclass(frozen=True)
class WaiterDoc:
    """A `wait_for_*` method on a resource page."""

    name: str
    heading: Heading
    description: str  # trusted text (the waiter's own docstring)
    example: str  # the complete program: start the work, wait for it, show the result
    returns: str  # Markdown


@dataclass(frozen=True)
class ResourceDoc:
    resource: ir.Resource
    path: str  # of its page, from the package root
    title: Heading
    operations: tuple[OperationDoc, ...]
    waiters: tuple[WaiterDoc, ...] = ()
    waiters_heading: Heading | None = None


def operation_doc(
    api: ir.Api,
    cfg: GeneratorConfig,
    resource: ir.Resource,
    view: OperationView,
    title: Heading,
    links: TypeLinks,
) -> OperationDoc:
    op = view.operation
    sources = _argument_sources(op)
    rows = tuple(_argument_row(arg.name, sources[arg.name], links) for arg in view.arguments)
    call = call_example(Examples(api, cfg.package_name), cfg, resource, view, sources)
    ret = op.return_type
    pager = view.pager.name if view.pager is not None else ""
    item = op.pagination.item_type if op.pagination is not None else None
    return OperationDoc(
        operation=op,
        heading=title,
        example=call.program(credentials_comment(api)),
        call=call,
        arguments=rows,
        returns=type_markdown(ret, links) if ret is not None else "None",
        pager=pager,
        pager_item=type_markdown(item, links) if item is not None else "",
        errors=error_rows(op, cfg.package_name),
        body_model=_flattened_model(op, links),
        pager_example=call.paged_program(credentials_comment(api), pager) if pager else "",
    )


def waiter_doc(
    api: ir.Api,
    wv: WaiterView,
    operations: Mapping[str, OperationDoc],
    title: Heading,
    links: TypeLinks,
) -> WaiterDoc:
    """The waiter's example: the call that starts the work (when the config names it), the wait
    with the id it returned, and the result's items (or the result)."""
    waiter = wv.waiter
    polled = operations[waiter.operation].call
    positional = len(wv.operation.positional)
    keyword_names = {a.name for a in wv.keywords}
    arguments = [
        *polled.arguments[:positional],
        *(a for a in polled.arguments[positional:] if a.split("=", 1)[0] in keyword_names),
    ]
    lines = polled.preamble(credentials_comment(api))
    start = operations.get(waiter.example_start) if waiter.example_start else None
    if start is not None and positional == 1 and not keyword_names and waiter.example_id:
        lines.append(start.call.statement(prefix="job = "))
        lines += _present(api, start.operation.return_type, "job", waiter.example_id)
        arguments = ["job." + ".".join(waiter.example_id)]
    wait = replace(polled, arguments=tuple(arguments))
    lines.append(wait.statement(prefix="result = ", method=waiter.name))
    show = waiter.example_show
    if show:
        lines += _present(api, wv.operation.operation.return_type, "result", show[:-1])
        optional = _optional_steps(api, wv.operation.operation.return_type, show)[-1]
        lines += [
            "",
            f"for item in result.{'.'.join(show)}{' or []' if optional else ''}:",
            f"    print(item{'.' + waiter.example_show_item if waiter.example_show_item else ''})",
        ]
    else:
        lines += ["", "print(result)"]
    ret = wv.operation.operation.return_type
    return WaiterDoc(
        name=waiter.name,
        heading=title,
        description=wv.summary,
        example="\n".join(lines),
        returns=type_markdown(ret, links) if ret is not None else "None",
    )


def _optional_steps(
    api: ir.Api, type_ref: ir.TypeRef | None, attributes: tuple[str, ...]
) -> list[bool]:
    """For each attribute along a path into a result: whether it may be None."""
    steps: list[bool] = []
    current = type_ref
    for attribute in attributes:
        inner = current.inner if isinstance(current, ir.Nullable) else current
        model = api.lookup.get(inner.name) if isinstance(inner, ir.ModelRef) else None
        field = (
            next((f for f in model.fields if f.name == attribute), None)
            if isinstance(model, ir.Model)
            else None
        )
        if field is None:
            return [*steps, *([True] * (len(attributes) - len(steps)))]
        steps.append(not always_present(field) or isinstance(field.type, ir.Nullable))
        current = field.type
    return steps


def _present(
    api: ir.Api, type_ref: ir.TypeRef | None, name: str, attributes: tuple[str, ...]
) -> list[str]:
    """An `assert` that each optional step of `name.<attributes>` is there (type checkers then
    accept the attribute access; an example must type-check as users copy it)."""
    optional = _optional_steps(api, type_ref, attributes)
    checks = [
        f"{name}.{'.'.join(attributes[: i + 1])} is not None"
        for i, maybe in enumerate(optional)
        if maybe
    ]
    return [f"assert {' and '.join(checks)}"] if checks else []


def _argument_row(name: str, source: ArgumentSource, links: TypeLinks) -> Row:
    return Row(
        name=name,
        type=type_markdown(source.type, links, request=True),
        required=source.required,
        description=source.description,
        default=default_markdown(source.sample.default, source.sample.has_default),
        deprecated=source.deprecated,
    )


def _flattened_model(op: ir.Operation, links: TypeLinks) -> str:
    body = op.body
    if body is None or not body.flattened or not isinstance(body.type, ir.ModelRef):
        return ""
    return links.link(body.type.name)


def resource_doc(
    shape: SdkShape, cfg: GeneratorConfig, resource: ir.Resource, pages: Mapping[str, str]
) -> ResourceDoc:
    """The page of a resource: operations by operationId, like the vendor's pages; anchors follow
    the headings in page order (the template writes OPERATION_SECTIONS under each operation)."""
    api = shape.api
    views = sorted(shape.resource(resource).operations, key=_by_operation_id)
    title = heading(resource.title)
    op_headings = [heading(v.operation.operation_id) for v in views]
    texts = [title.text, "Available Operations"]
    for h in op_headings:
        texts += [h.text, *OPERATION_SECTIONS]
    waiter_views = shape.resource(resource).waiters
    waiter_headings = [heading(w.waiter.name) for w in waiter_views]
    if waiter_views:
        texts += ["Waiters", *(h.text for h in waiter_headings)]
    anchors = unique_anchors(texts)
    op_anchors = anchors[
        2 : 2 + len(views) * (1 + len(OPERATION_SECTIONS)) : 1 + len(OPERATION_SECTIONS)
    ]
    links = TypeLinks(pages, "../../models/")
    operations = tuple(
        operation_doc(api, cfg, resource, view, replace(h, anchor=anchor), links)
        for view, h, anchor in zip(views, op_headings, op_anchors, strict=True)
    )
    by_method = {doc.operation.name: doc for doc in operations}
    waiter_anchors = anchors[len(anchors) - len(waiter_views) :] if waiter_views else []
    waiters = tuple(
        waiter_doc(api, wv, by_method, replace(h, anchor=anchor), links)
        for wv, h, anchor in zip(waiter_views, waiter_headings, waiter_anchors, strict=True)
    )
    waiters_heading = (
        replace(heading("Waiters"), anchor=anchors[-1 - len(waiter_views)]) if waiters else None
    )
    path = f"docs/sdks/{resource.module}/README.md"
    return ResourceDoc(
        resource, path, replace(title, anchor=anchors[0]), operations, waiters, waiters_heading
    )


def _by_operation_id(view: OperationView) -> tuple[str, str]:
    return view.operation.operation_id.casefold(), view.operation.operation_id


# -- models ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnumMemberRow:
    name: str
    value: str  # Markdown


@dataclass(frozen=True)
class ModelDoc:
    named: ir.Model | ir.Enum | ir.Alias
    kind: Literal["model", "enum", "alias"]
    path: str
    fields: tuple[Row, ...] = ()
    members: tuple[EnumMemberRow, ...] = ()  # enum
    type: str = ""  # alias: the type as Markdown
    bases: tuple[str, ...] = ()  # model: links to the models merged in (allOf)
    additional: str = ""  # model: type of typed extra properties, as Markdown


def model_doc(
    named: ir.Model | ir.Enum | ir.Alias, pages: Mapping[str, str], links: TypeLinks | None = None
) -> ModelDoc:
    """The page of a named type; `links` (prefix "") may be shared by all the model pages."""
    links = links or TypeLinks(pages, "")
    path = f"docs/models/{pages[named.name]}"
    if isinstance(named, ir.Enum):
        members = tuple(EnumMemberRow(m.name, md_code(py_value(m.value))) for m in named.members)
        return ModelDoc(named, "enum", path, members=members)
    if isinstance(named, ir.Alias):
        return ModelDoc(named, "alias", path, type=type_markdown(named.type, links))
    rows = tuple(
        Row(
            name=f.name,
            type=type_markdown(f.type, links),
            required=f.required,
            description=f.description,
            default=default_markdown(f.default, f.has_default),
            deprecated=f.deprecated,
            read_only=f.read_only,
            write_only=f.write_only,
            wire_name=f.wire_name if f.wire_name != f.name else "",
        )
        for f in named.fields
    )
    extra = named.additional_properties
    return ModelDoc(
        named,
        "model",
        path,
        fields=rows,
        bases=tuple(links.link(b) for b in named.bases if b in pages),
        additional=type_markdown(extra, links) if extra is not None else "",
    )


# -- README ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CredentialRow:
    argument: str
    env_var: str
    sent_as: str  # Markdown


@dataclass(frozen=True)
class ReadmeDoc:
    resources: tuple[ResourceDoc, ...]
    first: OperationDoc | None  # quick start, async and retries examples
    lookup: OperationDoc | None  # error handling and raw response examples (a GET if any)
    paged: OperationDoc | None  # pagination example
    credentials_comment: str
    server_url: str  # the default server, as a Python literal
    client_class: str
    client_arguments: tuple[str, ...]  # what every example passes the client (`server_url=`)
    credentials: tuple[CredentialRow, ...] = ()  # the Authentication table
    waiter: WaiterDoc | None = None  # the waiting example
    modelled: OperationDoc | None = None  # the model helpers example: it returns a model
    modelled_class: str = ""  # that model's class
    credential_argument: str = ""  # the with_options example's (the first scheme's argument)
    credential_env_var: str = ""  # where that example reads it from
    base_url_env_var: str = ""  # read when no `server_url` is given

    def client(self, *arguments: str, asynchronous: bool = False) -> str:
        """The client construction of an example: `Client(server_url=..., *arguments)`."""
        name = f"Async{self.client_class}" if asynchronous else self.client_class
        return client_call(name, (*self.client_arguments, *arguments))


def client_call(client_class: str, arguments: Iterable[str]) -> str:
    return f"{client_class}({', '.join(arguments)})"


def example_client_arguments(api: ir.Api) -> tuple[str, ...]:
    """`server_url=` when the spec has no absolute server URL (none, or a relative one like
    `/api`): a client built without it cannot send a request, so a first example must pass one."""
    if has_absolute_server_url(api):
        return ()
    return (f"server_url={py_str(server_url(api))}",)


def has_absolute_server_url(api: ir.Api) -> bool:
    return bool(api.servers) and "://" in _default_server_url(api.servers[0])


def readme_doc(api: ir.Api, cfg: GeneratorConfig, resources: tuple[ResourceDoc, ...]) -> ReadmeDoc:
    operations = [op for r in resources for op in r.operations]
    gets = [op for op in operations if op.operation.method == "GET"]
    modelled = next((op for op in gets + operations if _returns_model(op)), None)
    # with_options takes a single credential by its keyword (a pair's halves have two)
    scheme = next((s for s in api.security_schemes if not s.secret_argument), None)
    return ReadmeDoc(
        resources=resources,
        first=operations[0] if operations else None,
        lookup=(gets + operations)[0] if operations else None,
        paged=next((op for op in operations if op.pager), None),
        credentials_comment=credentials_comment(api),
        server_url=py_str(server_url(api)),
        client_class=cfg.client_name,
        client_arguments=example_client_arguments(api),
        credentials=tuple(
            CredentialRow(s.argument, s.env_var, auth.auth_kind(s.kind).sent_as(s))
            for s in api.security_schemes
        ),
        waiter=next((w for r in resources for w in r.waiters), None),
        modelled=modelled,
        modelled_class=_model_name(modelled),
        credential_argument=scheme.argument if scheme is not None else "",
        credential_env_var=scheme.env_var if scheme is not None else "",
        base_url_env_var=f"{cfg.env_prefix}_BASE_URL",
    )


def _model_name(op: OperationDoc | None) -> str:
    ret = op.operation.return_type if op is not None else None
    return ret.name if isinstance(ret, ir.ModelRef) else ""


def _returns_model(op: OperationDoc) -> bool:
    """The operation always returns a model (never None): `result.to_dict()` is valid."""
    operation = op.operation
    empty = any(r.kind == "empty" for r in operation.responses)
    return isinstance(operation.return_type, ir.ModelRef) and not empty and not op.pager


EXAMPLE_HOST = "https://api.example.com"  # placeholder for a server the spec does not name


def server_url(api: ir.Api) -> str:
    """The spec's first server with its variables at their defaults, made absolute on the
    placeholder host when it is relative (`/api` → `https://api.example.com/api`), or the
    placeholder itself when the spec has none."""
    if not api.servers:
        return EXAMPLE_HOST
    url = _default_server_url(api.servers[0])
    return url if "://" in url else urljoin(EXAMPLE_HOST + "/", url)


def _default_server_url(server: ir.Server) -> str:
    url = server.url
    for variable in server.variables:
        url = url.replace("{" + variable.name + "}", variable.default)
    return url


# -- rendering ---------------------------------------------------------------------------------


def render_docs(
    shape: SdkShape, cfg: GeneratorConfig, env: jinja2.Environment | None = None
) -> dict[str, str]:
    """Every docs page and the package README, by path relative to the package root."""
    with gc_paused():
        return _render_docs(shape, cfg, env or shared_environment())


def _render_docs(shape: SdkShape, cfg: GeneratorConfig, env: jinja2.Environment) -> dict[str, str]:
    api = shape.api
    pages = model_pages(api)
    resources = tuple(resource_doc(shape, cfg, r, pages) for r in api.resources)
    context: dict[str, Any] = {"api": api, "config": cfg}
    resource_page = env.get_template("docs/resource.md.jinja")
    files = {doc.path: resource_page.render(**context, page=doc) for doc in resources}
    model_page = env.get_template("docs/model.md.jinja")
    links = TypeLinks(pages, "")
    for named in _named_types(api):
        doc = model_doc(named, pages, links)
        files[doc.path] = model_page.render(**context, page=doc)
    readme = readme_doc(api, cfg, resources)
    files["README.md"] = env.get_template("package/README.md.jinja").render(
        **context, readme=readme
    )
    return files
