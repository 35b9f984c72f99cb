"""Turn arbitrary names from a spec into safe, readable Python identifiers, deterministically.

The wire name is never changed: models map each attribute to its wire name (`_wire_names`),
methods send parameters under theirs. Rules (also in docs/design.md):

1. Words: the name is transliterated to ASCII where Unicode decomposes it (`ñame` → `name`),
   other characters (`日本`, emoji, `.`, `-`, `@`, `$`, spaces) only separate words; words also
   split at lower→upper changes and acronym ends (`createLCMGeneration` → create, lcm,
   generation; `userID` → user, id).
2. Case: functions, attributes, parameters and modules are snake_case; classes PascalCase
   (acronyms keep one capital: `LcmGeneration`); enum members UPPER_SNAKE.
3. Fallbacks: a name with no words gets the context's fallback (`field`, `param`, `Model`,
   `VALUE`); one starting with a digit gets it as a prefix (`3d` → `field_3d`, `2Fa` →
   `Model2Fa`, `1` → `VALUE_1`; a negative number in an enum → `MINUS_1`).
4. Reserved: keywords and soft keywords get a trailing `_` (`class_`, `from_`, `match_`);
   attribute/parameter names the generated code itself uses (`self`, `type`, `list`, `str`,
   `isinstance`, `property`, `to_dict`, `additional_properties`…) and Python's builtins
   (`any`, `all`, `filter`; not `id`), see `RESERVED_MEMBERS`, get one too (`type_`, `any_`),
   and so do the SDK's own names in a scope (per-call options, client members: `Namespace`'s
   `reserved`, `timeout_`, `close_`); class names that generated modules import (`Any`, `Enum`,
   `Mapping`, `ClassVar`, `BaseModel`…, see `RESERVED_CLASSES`) or that are keywords (`None`)
   get the `Model` suffix (`AnyModel`); module names the models package uses are skipped (see
   `modules.RESERVED_MODULES`).
5. Collisions between names of the spec within one scope (the fields of a model, the parameters
   of a method, all class names, all module names) are resolved by `Namespace` in first-come
   (spec) order: `_2`, `_3`…
   for snake_case, `2`, `3`… for classes. Within a model, a wire name that already is its own
   snake_case form claims first, so in `{userId, user_id, UserID}` the attribute `user_id` is
   `user_id`, `userId` becomes `user_id_2` and `UserID` `user_id_3`.
6. Inline schemas are named from their place (`Pet.owner.items` → `PetOwnerItem`, see
   `schemas.SchemaBuilder.place_name`); component schemas claim their names before any inline
   one, so a component `PetOwnerItem` keeps its name and the inline one becomes
   `PetOwnerItem2`.
"""

from __future__ import annotations

import functools
import keyword
import re
import sys
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(
    r"[A-Z]+s(?![a-z])"  # plural acronym: IDs, URLs
    r"|[A-Z]+(?=[A-Z][a-z])"  # acronym before a word: HTTPServer -> HTTP
    r"|[A-Z]?[a-z]+[0-9]*"  # word, digits attached: v1, md5
    r"|[A-Z]+[0-9]*"
    r"|[0-9]+[a-z]*"  # 3d
)

# Names that, as attributes or parameters of generated code, would shadow something that code
# uses in the same scope (annotations are resolved in class scope by type checkers).
_USED_BY_GENERATED_CODE = frozenset(
    {
        "self",
        "cls",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "object",
        "type",
        "tuple",
        "set",
        "None",
        "Any",
        "datetime",
        "date",
        "Literal",
        "from_dict",
        "to_dict",
        "from_json",
        "to_json",
        "additional_properties",
        "fields_set",
        "NOT_GIVEN",
        "NotGiven",
        "isinstance",
        "frozenset",
        "classmethod",
        "staticmethod",
        "property",
        "super",
        "warnings",
        "ClassVar",
        "Mapping",
    }
)
# Python's built-in functions and types (those of 3.10+, without `site`'s `exit`, `help`…; fixed
# here so the output does not depend on the Python running the generator): an attribute,
# parameter or method named so would shadow it (`any`, `all`, `filter`, `format`). `id` is kept:
# the identifier of nearly every API object and path, it is read as `thing.id`, and neither
# generated code nor code using an SDK needs the builtin `id()` in those scopes.
BUILTIN_NAMES = frozenset(
    {
        "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
        "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
        "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
        "getattr", "globals", "hasattr", "hash", "hex", "input", "int", "isinstance",
        "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
        "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed",
        "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
        "tuple", "type", "vars", "zip",
    }
)  # fmt: skip
RESERVED_MEMBERS = _USED_BY_GENERATED_CODE | BUILTIN_NAMES
# Class names that would shadow what generated modules import.
RESERVED_CLASSES = frozenset(
    {
        "Any",
        "Enum",
        "Literal",
        "Mapping",
        "Sequence",
        "Callable",
        "Self",
        "NotGiven",
        "TYPE_CHECKING",
        "datetime",
        "date",
        "BaseModel",
        "Endpoint",
        "Param",
        "Query",
        "Headers",
        "Body",
        "FileContent",
        "TimeoutTypes",
        "SyncResource",
        "AsyncResource",
        "RequestHook",
        "ResponseHook",
        "ResponseSpec",
        "RequestOptions",
        "SecurityScheme",
        "APIResponse",
        "StreamedResponse",
        "AsyncStreamContext",
        "SyncAPIClient",
        "AsyncAPIClient",
        "Iterator",
        "AsyncIterator",
        "Union",
        "Optional",
        "TypeAlias",
        "Timeout",
        "httpx",
        "ClassVar",
        "Final",
        "Protocol",
        "Generic",
        "TypeVar",
        "Annotated",
        "TypedDict",
        "NamedTuple",
        "Iterable",
        "Awaitable",
        "Exception",
        "BaseException",
        "ValueError",
        "TypeError",
        "KeyError",
        "DeprecationWarning",
        "NotImplemented",
        "Ellipsis",
        # paging and waiters (resources import them)
        "SyncPage",
        "AsyncPage",
        "AsyncPager",
        "OffsetPaging",
        "PageNumberPaging",
        "CursorPaging",
        "LinkHeaderPaging",
        "NextUrlPaging",
        "Acceptor",
        "Waiter",
    }
)

# Names bound at the top level of the generated `_client.py` and package `__init__.py` (imports and
# exports): the client classes (`<Client>`, `Async<Client>`) must not take one of them.
RESERVED_CLIENT_NAMES = RESERVED_CLASSES | frozenset(
    {
        "APIConnectionError", "APIError", "APIResponse", "APIResponseTooLargeError",
        "APIResponseValidationError", "APIStatusError", "APITimeoutError",
        "AsyncStreamedResponse", "AuthenticationError", "BadRequestError", "ConflictError",
        "DEFAULT_MAX_RETRIES", "DEFAULT_RETRY_BASE_DELAY", "DEFAULT_RETRY_MAX_DELAY",
        "DataValidationError", "FileContent", "InternalServerError",
        "MissingCredentialsError", "NOT_GIVEN", "NotFoundError", "PermissionDeniedError",
        "RateLimitError", "StreamedResponse", "TimeoutTypes", "UnprocessableEntityError",
        "ForeignOriginError", "WaiterError", "WaiterFailureError", "WaiterTimeoutError",
        "annotations",
        "cached_property",
    }
)  # fmt: skip
# Top-level modules the generated SDK imports besides the standard library: its one runtime
# dependency and what that imports, and `typing_extensions` for type checkers (a package of one
# of these names would replace it).
SDK_DEPENDENCY_MODULES = frozenset(
    {"httpx", "httpcore", "anyio", "sniffio", "certifi", "idna", "h11", "typing_extensions"}
)


# Soft keywords of every Python the generated code supports, fixed here so that the output does
# not depend on the Python running the generator (3.12 added `type`).
_SOFT_KEYWORDS = frozenset({"_", "case", "match", "type"})


def words(name: str) -> list[str]:
    """Split a name into lower-case ASCII words."""
    return list(_words(name))


@functools.lru_cache(maxsize=65_536)
def _words(name: str) -> tuple[str, ...]:
    # Large specs name the same few thousand strings over and over (GitHub's: 135,000 calls for
    # ~20,000 distinct names); the split is pure, so it is worth remembering.
    ascii_name = name if name.isascii() else _to_ascii(name)
    return tuple(w.lower() for w in _WORD.findall(ascii_name))


def _to_ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=65_536)
def snake(name: str, *, fallback: str = "field") -> str:
    """snake_case identifier for functions, attributes, parameters and modules."""
    result = "_".join(_words(name)) or fallback
    if result[0].isdigit():
        result = f"{fallback}_{result}"
    if keyword.iskeyword(result) or result in _SOFT_KEYWORDS:
        result += "_"
    return result


@functools.lru_cache(maxsize=65_536)
def pascal(name: str, *, fallback: str = "Model") -> str:
    """PascalCase identifier for classes; acronyms keep one capital (`LcmGeneration`)."""
    result = "".join(w[:1].upper() + w[1:] for w in _words(name)) or fallback
    if result[0].isdigit():
        result = fallback + result
    if result in RESERVED_CLASSES or keyword.iskeyword(result):
        result += fallback
    return result


@functools.lru_cache(maxsize=65_536)
def upper_snake(name: str, *, fallback: str = "VALUE") -> str:
    """UPPER_SNAKE identifier for enum members."""
    result = "_".join(_words(name)).upper() or fallback
    if result[0].isdigit():
        result = f"{fallback}_{result}"
    if keyword.iskeyword(result.lower()) and result.lower() == result:
        result += "_"
    return result


def client_class(name: str) -> str:
    """PascalCase name of the client class, clear of what its module and package bind (with its
    `Async` twin): `Mapping` → `MappingClient`, `Api` → `ApiClient`... (`APIClient` would make
    the twin `AsyncAPIClient`, the runtime's base class)."""
    result = pascal(name, fallback="Client")
    return result + "Client" if shadows_client_module_name(result) else result


def shadows_client_module_name(client_name: str) -> bool:
    """The client class or its `Async` twin would take a name its module or package binds."""
    return bool({client_name, f"Async{client_name}"} & RESERVED_CLIENT_NAMES)


def shadows_imported_module(package_name: str) -> bool:
    """A top-level package of this name would hide a module the generated SDK imports."""
    return package_name in sys.stdlib_module_names or package_name in SDK_DEPENDENCY_MODULES


def member(name: str, *, fallback: str = "field") -> str:
    """snake_case name for an attribute/parameter, clear of names the generated code reserves."""
    result = snake(name, fallback=fallback)
    if result in RESERVED_MEMBERS:
        result += "_"
    return result


def _is_pascal(name: str) -> bool:
    return name[:1].isupper() and "_" not in name and not name.isupper()


class Namespace:
    """One scope of names (a module, a class, a signature): hands out unique identifiers.

    `taken` names came from the spec (another parameter, field, method): a second claim gets a
    number, `_2`. `reserved` names are the SDK's own in this scope (per-call options, client
    members, constructor arguments): a claim gets the trailing underscore every reserved name
    gets (`timeout` → `timeout_`, like `type` → `type_`), then a number if that is taken too."""

    def __init__(
        self, taken: Iterable[str] = (), *, reserved: Iterable[str] = (), separator: str = "_"
    ) -> None:
        self._reserved = frozenset(reserved)
        self._taken = set(taken) | self._reserved
        self._separator = separator

    def claim(self, candidate: str) -> str:
        """`candidate` (`candidate_` if reserved), or the first free of `candidate_2`,
        `candidate_3`… (`Candidate2`… for a PascalCase class name, which an underscore would
        spoil)."""
        if candidate in self._reserved:
            candidate += "_"
        name = candidate
        counter = 2
        separator = "" if _is_pascal(candidate) else self._separator
        while name in self._taken:
            name = f"{candidate}{separator}{counter}"
            counter += 1
        self._taken.add(name)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._taken


def unique_members(
    wire_names: list[str],
    *,
    taken: Iterable[str] = (),
    reserved: Iterable[str] = (),
    fallback: str = "field",
) -> list[str]:
    """Python names for wire names in one scope; a wire name already in snake form keeps it.
    `taken` and `reserved` as for `Namespace`."""
    converted = [member(w, fallback=fallback) for w in wire_names]
    space = Namespace(taken, reserved=reserved)
    result: list[str | None] = [None] * len(wire_names)
    # First pass: names identical to their wire form claim first, so `user_id` stays `user_id`
    # even when `userId` appears before it.
    for i, (wire, name) in enumerate(zip(wire_names, converted, strict=True)):
        if wire == name and name not in space:
            result[i] = space.claim(name)
    for i, name in enumerate(converted):
        if result[i] is None:
            result[i] = space.claim(name)
    return [r for r in result if r is not None]
