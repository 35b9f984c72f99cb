"""What generated models share: the base class, enum fallback and (de)serialisation helpers.

Models are plain classes with `__slots__` and generated `from_dict`/`to_dict` (no reflection per
call). A parsed model keeps a reference to the JSON object it came from, which makes "was this
field present?" and "which keys did this client not know?" free until someone asks.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime, timezone
from enum import Enum
from typing import Any, ClassVar, TypeVar

from ._types import NotGiven

__all__ = [
    "BaseModel",
    "decode_base64",
    "decode_tagged",
    "decode_union",
    "expect",
    "expect_literal",
    "format_date",
    "format_datetime",
    "encode_base64",
    "parse_date",
    "parse_datetime",
    "to_jsonable",
    "unknown_enum_member",
]

E = TypeVar("E", bound=Enum)


class BaseModel:
    """Base of every generated model.

    - `fields_set`: the Python names of the fields that were present (parsed) or given
      (constructed) — how omitted and explicit `null` are told apart;
    - `additional_properties`: keys the spec does not declare, kept as received;
    - `to_dict()` / `to_json()`: the wire form, with only present fields.
    """

    __slots__ = ("_raw", "_given", "_extra")
    _wire_names: ClassVar[Mapping[str, str]] = {}  # Python name -> wire name, in spec order

    _raw: Mapping[str, Any] | None
    _given: frozenset[str]
    _extra: dict[str, Any] | None

    def _init_extra(self, given: frozenset[str], extra: Mapping[str, Any] | None) -> None:
        self._raw = None
        self._given = given
        self._extra = dict(extra) if extra else None

    def _init_raw(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw
        self._given = frozenset()
        self._extra = None

    def _has(self, wire_name: str) -> bool:
        raw = self._raw
        return wire_name in raw if raw is not None else wire_name in self._given

    @property
    def fields_set(self) -> frozenset[str]:
        return frozenset(name for name, wire in self._wire_names.items() if self._has(wire))

    @property
    def additional_properties(self) -> dict[str, Any]:
        if self._extra is None:
            raw = self._raw
            known = set(self._wire_names.values())
            self._extra = {k: v for k, v in raw.items() if k not in known} if raw else {}
        return self._extra

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every generated model overrides it
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, BaseModel)
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name, wire in self._wire_names.items()
            if self._has(wire) or getattr(self, name) is not None
        )
        return f"{type(self).__name__}({shown})"


def unknown_enum_member(cls: type[E], value: object) -> E | None:
    """`Enum._missing_` for generated enums: a value the spec does not know yet becomes a
    pseudo-member (name `UNKNOWN`) that compares equal to the raw value instead of failing."""
    base = next((b for b in cls.__mro__ if b in (str, int, float)), None)
    if base is None or type(value) is bool or not isinstance(value, base):
        return None
    construct: Any = base.__new__  # the mixin's constructor: the member *is* the raw value
    member: E = construct(cls, value)
    member._name_ = "UNKNOWN"
    member._value_ = value
    return member


def parse_datetime(value: str) -> datetime:
    """RFC 3339 / ISO 8601 date-time; `Z`, any fraction length and no offset accepted."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    text = value.strip().replace(" ", "T", 1)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    head, sep, fraction = text.partition(".")
    if sep:
        digits = len(fraction) - len(fraction.lstrip("0123456789"))
        offset = fraction[digits:]
        text = f"{head}.{fraction[:digits][:6].ljust(6, '0')}{offset}"
    return datetime.fromisoformat(text)


def parse_date(value: str) -> date:
    return date.fromisoformat(value[:10])


def format_datetime(value: datetime) -> str:
    if value.tzinfo is timezone.utc:
        return value.isoformat().replace("+00:00", "Z")
    return value.isoformat()


def decode_base64(value: str) -> bytes:
    return base64.b64decode(value)


def encode_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def to_jsonable(value: object) -> Any:
    """Wire form of any value a generated signature accepts (used where the type is a union)."""
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return encode_base64(value)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def expect(value: Any, kind: type | tuple[type, ...]) -> Any:
    """`value` itself when it is of `kind` (a JSON bool never counts as a number), else TypeError."""
    if isinstance(value, kind) and not (isinstance(value, bool) and bool not in _as_tuple(kind)):
        return value
    raise TypeError(f"expected {kind}, got {type(value).__name__}")


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


_MISMATCH = (KeyError, TypeError, ValueError, AttributeError)


def decode_union(value: Any, *decoders: Callable[[Any], Any]) -> Any:
    """Try each variant's decoder in spec order; the first that accepts the value wins."""
    for decode in decoders:
        try:
            return decode(value)
        except _MISMATCH:
            continue
    raise ValueError(f"the value matches none of the declared types: {str(value)[:200]}")


def decode_tagged(
    value: Any,
    tag_property: str,
    decoders: Mapping[str, Callable[[Any], Any]],
    *fallbacks: Callable[[Any], Any],
) -> Any:
    """Decode a discriminated union by its tag; an unknown tag falls back to trying variants."""
    if isinstance(value, Mapping):
        decode = decoders.get(value.get(tag_property))  # type: ignore[arg-type]
        if decode is not None:
            return decode(value)
    return decode_union(value, *fallbacks)


def format_date(value: date) -> str:
    return value.isoformat()


def expect_literal(value: Any, literal: object) -> Any:
    if value == literal and type(value) is type(literal):
        return value
    raise ValueError(f"expected {literal!r}")
