"""The intermediate model: what the SDK is, independent of the spec dict and of Jinja2.

The build stage produces an `Api`; templates and the diff command read it. Every name in it is
already a safe Python identifier; every text that came from the spec is a `SpecText`, which a
template can only print through an escaping filter. Pointers (`source`) are JSON pointers into the
spec, for messages and for the diff report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from generator.escaping import SpecText

JsonValue: TypeAlias = "None | bool | int | float | str | list[JsonValue] | dict[str, JsonValue]"

# --- types ------------------------------------------------------------------------------------

PrimitiveKind = Literal[
    "str", "int", "float", "bool", "none", "any", "datetime", "date", "bytes", "file"
]


@dataclass(frozen=True)
class Primitive:
    """A scalar or free-form type. `bytes` is base64 on the wire (format byte); `file` is binary."""

    kind: PrimitiveKind


@dataclass(frozen=True)
class ModelRef:
    """A generated model class, by class name (see `Api.models`)."""

    name: str


@dataclass(frozen=True)
class EnumRef:
    """A generated enum class, by class name (see `Api.enums`)."""

    name: str


@dataclass(frozen=True)
class AliasRef:
    """A named union (`Pet = Cat | Dog`), by name (see `Api.aliases`)."""

    name: str


@dataclass(frozen=True)
class ListOf:
    item: TypeRef


@dataclass(frozen=True)
class MapOf:
    """An object with only additional properties: `dict[str, value]`."""

    value: TypeRef


@dataclass(frozen=True)
class LiteralOf:
    """A `const` value."""

    value: str | int | bool


@dataclass(frozen=True)
class Discriminator:
    property: str  # wire name of the tag property
    mapping: tuple[tuple[str, str], ...]  # (tag value, model class name), in spec order


@dataclass(frozen=True)
class UnionOf:
    """`oneOf`/`anyOf`: decoded by discriminator when there is one, else variant by variant."""

    variants: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True)
class Nullable:
    inner: TypeRef


TypeRef: TypeAlias = (
    "Primitive | ModelRef | EnumRef | AliasRef | ListOf | MapOf | LiteralOf | UnionOf | Nullable"
)

# --- models -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str  # Python attribute / keyword argument
    wire_name: str  # the property name on the wire
    type: TypeRef
    required: bool
    description: SpecText | None = None
    default: JsonValue = None
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    examples: tuple[JsonValue, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Model:
    name: str  # class name
    module: str  # module under models/ that defines it
    fields: tuple[Field, ...]
    description: SpecText | None = None
    additional_properties: TypeRef | None = None  # typed extra keys; unknown keys are kept anyway
    bases: tuple[str, ...] = ()  # models merged in through allOf, for docs and the diff
    deprecated: bool = False
    source: str = ""
    closed: bool = False  # `additionalProperties: false`: the constructor takes no extra keys


@dataclass(frozen=True)
class EnumMember:
    name: str  # UPPER_SNAKE
    value: str | int | float | bool


@dataclass(frozen=True)
class Enum:
    name: str
    module: str
    value_kind: Literal["str", "int", "float", "bool"]
    members: tuple[EnumMember, ...]
    description: SpecText | None = None
    source: str = ""


@dataclass(frozen=True)
class Alias:
    name: str
    module: str
    type: TypeRef
    description: SpecText | None = None
    source: str = ""


# --- operations -------------------------------------------------------------------------------

ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    name: str  # Python argument name
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: SpecText | None = None
    default: JsonValue = None
    has_default: bool = False
    style: str = ""
    explode: bool = True
    deprecated: bool = False
    examples: tuple[JsonValue, ...] = ()
    source: str = ""
    allow_reserved: bool = False  # query: reserved characters are sent unencoded
    content_type: str = ""  # a parameter with `content` instead of `schema` (its media type)


BodyKind = Literal["json", "multipart", "form", "bytes", "text"]


@dataclass(frozen=True)
class RequestBody:
    content_type: str
    kind: BodyKind
    type: TypeRef
    required: bool
    # When the body is an object model its fields become keyword arguments of the method.
    fields: tuple[Field, ...] = ()
    flattened: bool = False
    description: SpecText | None = None
    source: str = ""
    # Media types the caller may choose instead (`content_type=` argument): the declared ones
    # encodable from the same arguments, `content_type` first; empty when there is no choice.
    content_types: tuple[str, ...] = ()


ResponseKind = Literal["json", "text", "bytes", "empty"]


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX", "default"
    kind: ResponseKind
    type: TypeRef | None  # None for empty bodies
    content_type: str = ""
    description: SpecText | None = None
    source: str = ""
    headers: tuple[str, ...] = ()  # declared response headers, lower case


@dataclass(frozen=True)
class OffsetPagination:
    """offset/limit paging: `items_field` is the wire name of the list in the page (or "")."""

    offset_param: str  # Python names of the parameters
    limit_param: str
    items_field: str
    item_type: TypeRef


@dataclass(frozen=True)
class PageNumberPagination:
    """A page-number parameter (and maybe a page-size one), counting up from `start`."""

    page_param: str  # Python names of the parameters
    size_param: str  # "" when the operation has none
    items_field: str
    item_type: TypeRef
    start: int = 1


@dataclass(frozen=True)
class CursorPagination:
    """A token parameter set from each page: found at `token_path` (wire names) in the body, or
    (Stripe) the last item's `id_field` while the body's `has_more_path` is true."""

    cursor_param: str  # Python name
    token_path: tuple[str, ...]
    items_field: str
    item_type: TypeRef
    has_more_path: tuple[str, ...] = ()
    id_field: str = ""


@dataclass(frozen=True)
class LinkPagination:
    """RFC 8288 `Link: <url>; rel="next"` response headers."""

    items_field: str
    item_type: TypeRef


@dataclass(frozen=True)
class NextUrlPagination:
    """A next-page URL in the body at `url_path` (wire names)."""

    url_path: tuple[str, ...]
    items_field: str
    item_type: TypeRef


# One dataclass per paging style; `sdk/paging.py` has a class per style that detects it and
# shapes its iterator. `items_field`: the wire name of the list in the page ("" = the page is it).
Pagination: TypeAlias = (
    "OffsetPagination | PageNumberPagination | CursorPagination | LinkPagination"
    " | NextUrlPagination"
)


@dataclass(frozen=True)
class Operation:
    name: str  # Python method name
    operation_id: str  # as in the spec (or derived from method and path)
    method: str  # upper case
    path: str
    summary: SpecText | None
    description: SpecText | None
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]  # successes (2XX)
    errors: tuple[Response, ...]  # declared error responses (4XX/5XX/default)
    security: tuple[tuple[str, ...], ...]  # alternatives of scheme names; () = none needed
    deprecated: bool = False
    pagination: Pagination | None = None
    source: str = ""
    server_url: str = ""  # operation- or path-level `servers` (variables at their defaults)

    @property
    def return_type(self) -> TypeRef | None:
        typed = [r.type for r in self.responses if r.type is not None]
        if not typed:
            return None
        unique = tuple(dict.fromkeys(typed))
        return unique[0] if len(unique) == 1 else UnionOf(unique)


@dataclass(frozen=True)
class Acceptor:
    """A waiter's rule (boto3's acceptors): when the poll's outcome matches, go to `state`."""

    state: Literal["success", "failure", "retry"]
    matcher: Literal["equals", "any_equals", "all_equal", "status", "error"]
    expected: tuple[str | int | float | bool, ...]
    path: tuple[str, ...] = ()  # Python attribute names into the polled operation's result


@dataclass(frozen=True)
class Waiter:
    """A method that polls `operation` (a Python method name of the same resource) until an
    acceptor says success or failure (config `[waiters.<name>]`)."""

    name: str  # the method: wait_for_generation
    operation: str
    acceptors: tuple[Acceptor, ...]
    delay: float = 2.0
    max_delay: float = 30.0
    backoff: float = 1.0
    jitter: float = 0.0
    max_attempts: int | None = None
    timeout: float | None = 300.0
    description: str = ""  # trusted: from the maintainer's config, not the spec
    # For the docs' example (config `example_start`, `example_id`, `example_show`): the method
    # that starts the work, the attributes of its result holding the id to wait for, and those
    # of the final result worth showing (a list: each item is printed).
    example_start: str = ""
    example_id: tuple[str, ...] = ()
    example_show: tuple[str, ...] = ()
    example_show_item: str = ""  # attribute of each shown item (`...images[].url`), or ""


@dataclass(frozen=True)
class Resource:
    name: str  # attribute on the client: client.generation
    class_name: str  # Generation (AsyncGeneration for the async twin)
    module: str  # module under resources/
    title: str  # the tag as written: "Generation"
    description: SpecText | None
    operations: tuple[Operation, ...]
    parent: str = ""  # nested resources (config `nested_resources`): the parent's module, "" = top
    waiters: tuple[Waiter, ...] = ()


SecurityKind = Literal[
    "bearer", "basic", "apikey_header", "apikey_query", "apikey_cookie", "oauth2_client_credentials"
]


@dataclass(frozen=True)
class SecurityScheme:
    key: str  # name in components.securitySchemes
    kind: SecurityKind
    argument: str  # client constructor argument: bearer_auth
    env_var: str  # LEONARDO_API_KEY
    param_name: str = ""  # header/query/cookie name for apiKey
    token_url: str = ""  # oauth2
    description: SpecText | None = None
    # oauth2 client credentials: `argument`/`env_var` carry the client id, these the secret
    secret_argument: str = ""
    secret_env_var: str = ""


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    argument: str = ""  # client constructor argument (Python name)
    description: SpecText | None = None


@dataclass(frozen=True)
class Server:
    url: str
    description: SpecText | None = None
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Api:
    title: SpecText
    description: SpecText | None
    api_version: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[Alias, ...] = ()
    warnings: tuple[str, ...] = ()
    lookup: dict[str, Model | Enum | Alias] = field(default_factory=dict, compare=False)

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources for op in resource.operations]

    def named(self, name: str) -> Model | Enum | Alias:
        return self.lookup[name]
