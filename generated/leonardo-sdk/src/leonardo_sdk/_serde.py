"""What generated models share: the base class, enum fallback and (de)serialisation helpers.

Models are plain classes with `__slots__` and generated `_from_json`/`to_dict` (no reflection per
call). A parsed model keeps a reference to the JSON object it came from, which makes "was this
field present?" and "which keys did this client not know?" free until someone asks, and makes
`Model.from_dict(payload).to_dict() == payload` hold for any payload: unknown keys are kept,
an explicit `null` stays `null`, an omitted key stays omitted, an unknown enum value is kept.

Unions are decoded by `decode_union` (order: see `decode_union`) or, with a discriminator, by
`decode_tagged`.

Decoding trusts the payload's shape and checks only what costs next to nothing (the class of
each scalar field). When anything fails, `validation_error` decodes the same payload a second
time through containers that remember the last value read, which names the path of the value
that failed (`generated_images[0].url: expected str, got int`): the fast path carries no
bookkeeping at all, only the failing case pays for the diagnosis.
"""

from __future__ import annotations

import base64
import binascii
import json
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime, timezone
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from ._exceptions import DataValidationError
from ._types import NotGiven

if TYPE_CHECKING:  # typing.Self needs Python 3.11; type checkers ship typing_extensions
    from typing_extensions import Self

__all__ = [
    "BaseModel",
    "decode_base64",
    "decode_binary",
    "decode_recursive",
    "decode_tagged",
    "decode_union",
    "encode_base64",
    "encode_binary",
    "expect",
    "expect_base64",
    "expect_date",
    "expect_datetime",
    "expect_enum",
    "expect_literal",
    "format_date",
    "format_datetime",
    "format_path",
    "matches_nothing",
    "parse_date",
    "parse_datetime",
    "to_jsonable",
    "unknown_enum_member",
    "validation_error",
]

E = TypeVar("E", bound=Enum)


class BaseModel:
    """Base of every generated model.

    - `fields_set`: the Python names of the fields that were present (parsed) or given
      (constructed) — how omitted and explicit `null` are told apart;
    - `additional_properties`: keys the spec does not declare, kept as received;
    - `to_dict()` / `to_json()`: the wire form, with only present fields.
    """

    __slots__ = ("_extra", "_given", "_raw")
    _wire_names: ClassVar[Mapping[str, str]] = {}  # Python name -> wire name, in spec order
    _required_wire_names: ClassVar[frozenset[str]] = frozenset()  # always in a response

    _raw: Mapping[str, Any] | None  # the JSON object parsed, None when constructed
    # Wire names given to the constructor; read only when `_raw` is None, and left unset by
    # `from_dict` (CPython 3.11 allocates a new object for every `frozenset()`: that was ~15 %
    # of decoding a large list).
    _given: frozenset[str]
    _extra: dict[str, Any] | None

    def _init_extra(self, given: frozenset[str], extra: Mapping[str, Any] | None) -> None:
        self._raw = None
        self._given = given
        self._extra = dict(extra) if extra else None

    def _init_raw(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw
        self._extra = None

    def _has(self, wire_name: str) -> bool:
        raw = self._raw
        return wire_name in raw if raw is not None else wire_name in self._given

    @property
    def fields_set(self) -> frozenset[str]:
        return frozenset(name for name, wire in self._wire_names.items() if self._has(wire))

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys the spec does not declare (as received, or as given to the constructor)."""
        if self._extra is None:
            self._extra = self._unknown_raw()
        return self._extra

    def _unknown_raw(self) -> dict[str, Any]:
        raw = self._raw
        if not raw:
            return {}
        known = set(self._wire_names.values())
        return {k: v for k, v in raw.items() if k not in known}

    def _warn_deprecated(self, what: str) -> None:
        warnings.warn(f"{what} is deprecated", DeprecationWarning, stacklevel=3)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from the JSON object received on the wire (unknown keys are kept).

        Raises `DataValidationError` naming the path of the first value that does not match.
        """
        try:
            return cls._from_json(data)
        except Exception as exc:  # any failure is diagnosed and re-raised
            raise validation_error(cls._from_json, data, exc) from exc

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Self:
        """The fast decoder every generated model defines (no diagnosis: see `from_dict`)."""
        raise NotImplementedError  # pragma: no cover - every generated model overrides it

    @staticmethod
    def _check_object(data: object) -> None:
        """What `_from_json` calls for anything but a plain dict: a JSON object is required."""
        if not isinstance(data, Mapping):
            raise TypeError(f"expected dict, got {_type_name(data)}")

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every generated model overrides it
        """The JSON object to send: present fields by wire name, then unknown keys."""
        raise NotImplementedError

    def _matches_nothing(self, data: object) -> bool:
        """True when `data` is an object sharing no key with the properties this model declares
        (a hollow instance: every field None), e.g. an error body of another shape."""
        return (
            self._raw is not None
            and bool(self._wire_names)
            and isinstance(data, Mapping)
            and not any(wire in data for wire in self._wire_names.values())
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as a JSON string (non-ASCII kept; `indent` as for `json.dumps`)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, BaseModel)
        return self.to_dict() == other.to_dict()

    # Mutable, compared by value: not hashable. Python sets `__hash__ = None` itself in a class
    # defining `__eq__` only; declared like typeshed's `list.__hash__` so that type checkers know
    # what every model inherits (an override of `object.__hash__` that they would refuse).
    __hash__: ClassVar[None]  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name, wire in self._wire_names.items()
            if self._has(wire) or getattr(self, name) is not None
        )
        return f"{type(self).__name__}({shown})"


_NO_MATCH: Any = object()  # what `_ModelAccess.decode_object` returns when no model accepts


class _ModelAccess(BaseModel):
    """The module functions' way into `BaseModel`'s protected members (the decoder, the wire
    names): a subclass may read them, a module function may not. Never instantiated; public
    model attributes would take names that spec properties may use."""

    __slots__ = ()

    @staticmethod
    def decode_object(
        variants: tuple[type[BaseModel] | Callable[[Any], Any], ...], data: Any
    ) -> Any:
        """`decode_union`'s first round, for a JSON object: the model classes whose required
        properties it has, most declared properties present first; `_NO_MATCH` when none
        decodes it (or it is not an object)."""
        if not isinstance(data, Mapping):
            return _NO_MATCH
        value = cast("Mapping[str, Any]", data)  # isinstance leaves key and value unknown
        candidates: list[type[BaseModel]] = [
            v
            for v in variants
            if isinstance(v, type)
            and issubclass(v, BaseModel)
            and v._required_wire_names.issubset(value.keys())
        ]
        candidates.sort(key=lambda m: -len([w for w in m._wire_names.values() if w in value]))
        for model in candidates:
            try:
                return model._from_json(value)
            except _MISMATCH:
                continue
        return _NO_MATCH

    @staticmethod
    def matches_nothing(model: BaseModel, data: object) -> bool:
        return model._matches_nothing(data)


def matches_nothing(model: BaseModel, data: object) -> bool:
    """True when `model` was parsed from `data`, an object sharing no key with the properties
    the model declares (a hollow instance: every field None), e.g. an error body of another
    shape."""
    return _ModelAccess.matches_nothing(model, data)


class OpenEnum(Enum):
    """The base of generated enums. `_by_value` (value -> member, filled after each class) is
    declared here, not in the enum's body: type checkers take every name annotated in an enum's
    body for a member, which would make `.value` of every generated enum `Any`."""

    _by_value: ClassVar[dict[object, Any]]


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


def decode_binary(value: Any) -> bytes:
    """`format: binary` inside JSON: the string's UTF-8 bytes (lossless both ways)."""
    text: str = expect(value, str)
    return text.encode("utf-8", "surrogatepass")


def encode_binary(value: object) -> Any:
    """Inverse of `decode_binary` for bytes; anything else (a file to upload) is left as is."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    return value


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
    # The casts: narrowing an `object` by isinstance leaves the item types unknown.
    if isinstance(value, Mapping):
        fields = cast("Mapping[object, object]", value)
        return {str(k): to_jsonable(v) for k, v in fields.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in cast("Sequence[object]", value)]
    return value


def expect(value: Any, kind: type | tuple[type, ...]) -> Any:
    """`value` itself if it is of `kind` (a JSON bool never counts as a number), else TypeError."""
    if isinstance(value, kind) and not (isinstance(value, bool) and bool not in _as_tuple(kind)):
        return value
    expected = " or ".join(k.__name__ for k in _as_tuple(kind))
    raise TypeError(f"expected {expected}, got {_type_name(value)}")


def _type_name(value: object) -> str:
    if isinstance(value, Mapping):
        return "dict"
    if isinstance(value, list):
        return "list"
    return "None" if value is None else type(value).__name__


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


_MISMATCH = (KeyError, TypeError, ValueError, AttributeError)


def decode_union(value: Any, *variants: type[BaseModel] | Callable[[Any], Any]) -> Any:
    """Decode a union without (or with an unknown) discriminator; the first variant that
    accepts the value wins, tried in this order:

    - a JSON object: the model classes whose required properties are all present, the one with
      the most of its declared properties present first (ties: the order given); then the other
      decoders;
    - then (and for anything else) the other decoders, in the order given; the generator sorts
      them: literals, bool, int, float, enums knowing the value, date-time, date, base64,
      binary, str, lists, maps, nested unions, enums not knowing the value, Any (rules:
      `generator/pyexpr.py`).
    """
    decoded = _ModelAccess.decode_object(variants, value)
    if decoded is not _NO_MATCH:
        return decoded
    for decode in variants:
        if isinstance(decode, type):
            continue
        try:
            return decode(value)
        except _MISMATCH:
            continue
    _point_at(value)
    raise ValueError(f"matches none of the declared types: {_excerpt(value)}")


def _excerpt(value: object) -> str:
    text = repr(_untracked(value))
    return text if len(text) <= 200 else text[:200] + "..."


def decode_recursive(step: Callable[[Callable[[Any], Any], Any], Any], value: Any) -> Any:
    """Decode with a decoder that refers to itself (recursive aliases): `step(self, value)`."""

    def decode(item: Any) -> Any:
        return step(decode, item)

    return decode(value)


def decode_tagged(
    value: Any,
    tag_property: str,
    decoders: Mapping[str, Callable[[Any], Any]],
    *fallbacks: type[BaseModel] | Callable[[Any], Any],
) -> Any:
    """Decode a discriminated union by its tag; an unknown tag falls back to trying variants."""
    if isinstance(value, Mapping):
        tag = cast("Mapping[str, object]", value).get(tag_property)  # cast: see `to_jsonable`
        decode = decoders.get(tag) if isinstance(tag, str) else None
        if decode is not None:
            return decode(value)
    return decode_union(value, *fallbacks)


def format_date(value: date) -> str:
    return value.isoformat()


def expect_literal(value: Any, literal: object) -> Any:
    if value == literal and type(value) is type(literal):
        return value
    raise ValueError(f"expected {literal!r}")


def expect_enum(cls: type[E], value: Any) -> E:
    """A member the enum knows (same JSON type), else ValueError: for trying union variants."""
    for member in cls:
        if member.value == value and type(value) is type(member.value):
            return member
    raise ValueError(f"{value!r} is not a known {cls.__name__}")


def expect_datetime(value: Any) -> datetime:
    """A date-time string (it has a time part), strictly; for trying union variants."""
    text = expect(value, str)
    if len(text) < 11 or text[10] not in "Tt ":
        raise ValueError("not a date-time")
    return parse_datetime(text)


def expect_date(value: Any) -> date:
    text = expect(value, str)
    if len(text) != 10:
        raise ValueError("not a date")
    return date.fromisoformat(text)


def expect_base64(value: Any) -> bytes:
    try:
        return base64.b64decode(expect(value, str), validate=True)
    except binascii.Error as exc:
        raise ValueError("not base64") from exc


# -- diagnosing a payload that failed to decode ----------------------------------------------

PathSegment = str | int


class _Trail:
    """The last value the decoder read: where it was (`path`) and what it was (`value`)."""

    __slots__ = ("path", "value")

    def __init__(self) -> None:
        self.path: tuple[PathSegment, ...] = ()
        self.value: Any = None

    def read(self, path: tuple[PathSegment, ...], value: Any) -> Any:
        """Remember a read of `value` at `path`; returns it tracked in turn."""
        self.path = path
        self.value = value
        return _track(value, path, self)


class _TrackedDict(dict[str, Any]):
    """A JSON object that records every read on its `_Trail` (slow path only)."""

    # Public names: `_untracked` and `_point_at` read them (the class itself is private).
    __slots__ = ("path", "source", "trail")

    def __init__(
        self, source: Mapping[str, Any], path: tuple[PathSegment, ...], trail: _Trail
    ) -> None:
        super().__init__(source)
        self.source = source
        self.path = path
        self.trail = trail

    def _read(self, key: str, value: Any) -> Any:
        return self.trail.read((*self.path, key), value)

    def __getitem__(self, key: str) -> Any:
        if key not in self:
            self.trail.path = (*self.path, key)
            self.trail.value = _MISSING
        return self._read(key, super().__getitem__(key))

    def get(self, key: str, default: Any = None) -> Any:
        return self._read(key, super().get(key, default))

    def items(self) -> Any:
        return [(key, self._read(key, value)) for key, value in super().items()]

    def values(self) -> Any:
        return [self._read(key, value) for key, value in super().items()]


class _TrackedList(list[Any]):
    """A JSON array that records every item read on its `_Trail` (slow path only)."""

    __slots__ = ("path", "source", "trail")

    def __init__(self, source: list[Any], path: tuple[PathSegment, ...], trail: _Trail) -> None:
        super().__init__(source)
        self.source = source
        self.path = path
        self.trail = trail

    def _read(self, index: int, value: Any) -> Any:
        return self.trail.read((*self.path, index), value)

    def __iter__(self) -> Iterator[Any]:
        for index, value in enumerate(super().__iter__()):
            yield self._read(index, value)

    def __getitem__(self, index: Any) -> Any:
        value = super().__getitem__(index)
        if isinstance(index, int):
            return self._read(index if index >= 0 else len(self) + index, value)
        return value


_MISSING: Any = object()


def _track(value: Any, path: tuple[PathSegment, ...], trail: _Trail) -> Any:
    # The casts: narrowing `Any` by type() leaves the item types unknown.
    if type(value) is dict:
        return _TrackedDict(cast("dict[str, Any]", value), path, trail)
    if type(value) is list:
        return _TrackedList(cast("list[object]", value), path, trail)
    return value


def _untracked(value: Any) -> Any:
    return value.source if isinstance(value, (_TrackedDict, _TrackedList)) else value


def _point_at(value: Any) -> None:
    """Make a tracked container the trail's last value (a union refusing it as a whole)."""
    if isinstance(value, (_TrackedDict, _TrackedList)):
        value.trail.path = value.path
        value.trail.value = value


def format_path(path: tuple[PathSegment, ...]) -> str:
    """`("generations_by_pk", "generated_images", 0, "url")` -> `generations_by_pk.generated_images[0].url`."""
    text = ""
    for segment in path:
        if isinstance(segment, int):
            text += f"[{segment}]"
        elif segment.isidentifier():
            text += f".{segment}" if text else segment
        else:
            text += f"[{json.dumps(segment, ensure_ascii=False)}]"
    return text


def _detail(error: BaseException, value: Any) -> str:
    """What was expected at the failing value, in words."""
    if isinstance(error, RecursionError):
        return "nested too deeply to decode"
    if isinstance(error, KeyError) and value is _MISSING:
        return "required property is missing"
    text = str(error).replace(_TrackedDict.__name__, "dict").replace(_TrackedList.__name__, "list")
    if isinstance(error, (TypeError, ValueError)) and text:
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def validation_error(
    decode: Callable[[Any], Any], value: Any, error: BaseException
) -> DataValidationError:
    """The error for `decode(value)` having raised `error`: decodes `value` again, reading it
    through tracked containers, to find the path of the value that failed."""
    trail = _Trail()
    failure: BaseException = error
    try:
        decode(_track(value, (), trail))
    except Exception as again:  # noqa: BLE001 - the same failure again, now with a trail
        failure = again
    else:  # pragma: no cover - decoding is deterministic; keep the first error then
        trail = _Trail()
    if isinstance(failure, DataValidationError):  # a nested `from_dict` (custom decoders)
        return failure
    path = format_path(trail.path)
    detail = _detail(failure, trail.value if trail.path else value)
    message = f"{path}: {detail}" if path else detail
    return DataValidationError(message, path=path, detail=detail)
