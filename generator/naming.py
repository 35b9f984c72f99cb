"""Turn arbitrary names from a spec into safe, readable Python identifiers, deterministically.

Rules (also in docs/design.md):
- words are split on non-alphanumerics, lower→upper case changes and acronym ends
  (`createLCMGeneration` → create, lcm, generation); non-ASCII is transliterated where Unicode
  decomposes it, else dropped;
- functions, attributes and modules are snake_case, classes PascalCase, enum members UPPER_SNAKE;
- a name that is empty, starts with a digit, is a keyword or is reserved in its scope gets a
  context prefix (`field_3d`) or a trailing underscore (`class_`);
- names that collide within one scope are made unique by `Namespace`, in first-come order, with
  `_2`, `_3`… (classes: `2`, `3`…); a name already equal to its wire form wins over a converted one.
"""

from __future__ import annotations

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
        "self", "cls", "str", "int", "float", "bool", "bytes", "list", "dict", "object",
        "type", "tuple", "set", "None", "Any", "datetime", "date", "Literal",
        "from_dict", "to_dict", "from_json", "to_json", "additional_properties", "fields_set",
        "NOT_GIVEN", "NotGiven",
    }
)
# Class names that would shadow what generated modules import.
RESERVED_CLASSES = frozenset(
    {
        "Any", "Enum", "Literal", "Mapping", "Sequence", "Callable", "Self", "NotGiven",
        "TYPE_CHECKING", "datetime", "date", "BaseModel", "Endpoint", "ResponseSpec",
        "RequestOptions", "SecurityScheme", "APIResponse", "SyncAPIClient", "AsyncAPIClient",
        "Iterator", "AsyncIterator", "Union", "Optional", "TypeAlias", "Timeout", "httpx",
    }
)


def words(name: str) -> list[str]:
    """Split a name into lower-case ASCII words."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return [w.lower() for w in _WORD.findall(ascii_name)]


def snake(name: str, *, fallback: str = "field") -> str:
    """snake_case identifier for functions, attributes, parameters and modules."""
    result = "_".join(words(name)) or fallback
    if result[0].isdigit():
        result = f"{fallback}_{result}"
    if keyword.iskeyword(result) or keyword.issoftkeyword(result):
        result += "_"
    return result


def pascal(name: str, *, fallback: str = "Model") -> str:
    """PascalCase identifier for classes; acronyms keep one capital (`LcmGeneration`)."""
    result = "".join(w[:1].upper() + w[1:] for w in words(name)) or fallback
    if result[0].isdigit():
        result = fallback + result
    if result in RESERVED_CLASSES or keyword.iskeyword(result):
        result += fallback
    return result


def upper_snake(name: str, *, fallback: str = "VALUE") -> str:
    """UPPER_SNAKE identifier for enum members."""
    result = "_".join(words(name)).upper() or fallback
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


class Namespace:
    """One scope of names (a module, a class, a signature): hands out unique identifiers."""

    def __init__(self, taken: Iterable[str] = (), *, separator: str = "_") -> None:
        self._taken = set(taken)
        self._separator = separator

    def claim(self, candidate: str) -> str:
        name = candidate
        counter = 2
        while name in self._taken:
            name = f"{candidate}{self._separator}{counter}"
            counter += 1
        self._taken.add(name)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._taken


def unique_members(wire_names: list[str], *, taken: Iterable[str] = (), fallback: str = "field") -> list[str]:
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
