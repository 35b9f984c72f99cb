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
   `isinstance`, `property`, `to_dict`, `additional_properties`…, see `RESERVED_MEMBERS`) get
   one too (`type_`, `list_`); class names that generated modules import (`Any`, `Enum`,
   `Mapping`, `ClassVar`, `BaseModel`…, see `RESERVED_CLASSES`) or that are keywords (`None`)
   get the `Model` suffix (`AnyModel`); module names the models package uses are skipped (see
   `modules.RESERVED_MODULES`).
5. Collisions within one scope (the fields of a model, the parameters of a method, all class
   names, all module names) are resolved by `Namespace` in first-come (spec) order: `_2`, `_3`…
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
RESERVED_MEMBERS = frozenset(
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
        "ResponseSpec",
        "RequestOptions",
        "SecurityScheme",
        "APIResponse",
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
    }
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


def member(name: str, *, fallback: str = "field") -> str:
    """snake_case name for an attribute/parameter, clear of names the generated code reserves."""
    result = snake(name, fallback=fallback)
    if result in RESERVED_MEMBERS:
        result += "_"
    return result


def _is_pascal(name: str) -> bool:
    return name[:1].isupper() and "_" not in name and not name.isupper()


class Namespace:
    """One scope of names (a module, a class, a signature): hands out unique identifiers."""

    def __init__(self, taken: Iterable[str] = (), *, separator: str = "_") -> None:
        self._taken = set(taken)
        self._separator = separator

    def claim(self, candidate: str) -> str:
        """`candidate`, or the first free of `candidate_2`, `candidate_3`… (`Candidate2`… for a
        PascalCase class name, which an underscore would spoil)."""
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
    wire_names: list[str], *, taken: Iterable[str] = (), fallback: str = "field"
) -> list[str]:
    """Python names for wire names in one scope; a wire name already in snake form keeps it."""
    converted = [member(w, fallback=fallback) for w in wire_names]
    space = Namespace(taken)
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
