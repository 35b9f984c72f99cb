"""Parameter serialization: OpenAPI ``style`` / ``explode`` for path, query, header and cookie.

Generated code passes parameter values as they are (``None`` / ``NOT_GIVEN`` for "not sent",
lists for arrays, dicts for objects — models already turned into dicts); the endpoint's ``Param``
entries say how each one is written. A parameter without an entry uses its location's default:
``form`` exploded for query and cookie, ``simple`` not exploded for path and header.

Encoding: query keys and values are percent-encoded as ``application/x-www-form-urlencoded``
(space → ``+``) unless ``allow_reserved``; path values are percent-encoded, ``/`` included; header
values are sent as text; cookie values have the characters a cookie cannot hold percent-encoded.
Delimiters (``,`` ``.`` ``;`` ``=`` and ``%20`` / ``%7C`` for space / pipe delimited) are literal.

Safety: a path parameter value always stays inside its own path segment. Everything but RFC 3986
unreserved characters is percent-encoded (``/ ? # %`` included), and a segment that would come out
as the dot segment ``.`` or ``..`` (which clients and servers collapse) is sent with its dots as
``%2E``; a segment its values leave empty raises ``ValueError``. Header names and values are
checked with ``check_header``: a control character (CR, LF, NUL, ...) would let a value inject
headers, so it raises ``UnsafeHeaderError`` (a ``ValueError``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Literal, cast
from urllib.parse import quote, quote_plus

from ._types import NotGiven

__all__ = [
    "Param",
    "ParamLocation",
    "ParamStyle",
    "UnsafeHeaderError",
    "check_header",
    "encode_cookie_param",
    "encode_header_param",
    "encode_path_param",
    "encode_query_param",
    "format_path",
    "is_omitted",
    "to_text",
]

ParamLocation = Literal["path", "query", "header", "cookie"]
ParamStyle = Literal[
    "form", "simple", "label", "matrix", "deepObject", "spaceDelimited", "pipeDelimited"
]

_RESERVED = ":/?[]@!$&'()*+,;="  # RFC 3986 reserved characters but "#": kept by allowReserved
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"  # cookie-octet punctuation (RFC 6265)


@dataclass(frozen=True, slots=True)
class Param:
    """How one parameter is serialized (listed in an ``Endpoint`` when not the default)."""

    name: str  # the wire name
    location: ParamLocation
    style: ParamStyle
    explode: bool
    allow_reserved: bool = False  # query only: reserved characters are not percent-encoded
    content_type: str = ""  # a `content` parameter: "application/json" sends the value as JSON


DEFAULT_PARAMS: Mapping[str, tuple[ParamStyle, bool]] = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}


def default_param(name: str, location: ParamLocation) -> Param:
    style, explode = DEFAULT_PARAMS[location]
    return Param(name, location, style, explode)


# The defaults used when an endpoint lists no ``Param`` (the encoders never read ``name``).
_DEFAULT_QUERY = default_param("", "query")
_DEFAULT_PATH = default_param("", "path")
_DEFAULT_COOKIE = default_param("", "cookie")


def is_omitted(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def to_text(value: object) -> str:
    """A primitive as text: booleans ``true``/``false``, enums their value, dates ISO 8601;
    a nested array or object (where a style has no rule for it) as compact JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return to_text(value.value)
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if _kind(value) != "primitive":  # an object or array
        return _as_json(value)
    isoformat = getattr(value, "isoformat", None)  # date / datetime / time
    if callable(isoformat):
        return str(isoformat())
    return str(value)


# The casts below: narrowing an `object` by isinstance leaves the item types unknown.


def _jsonable(value: object) -> object:
    if isinstance(value, Mapping):
        fields = cast("Mapping[object, object]", value)
        return {str(k): _jsonable(v) for k, v in fields.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in cast("Sequence[object]", value)]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return to_text(value)


def _as_json(value: object) -> str:
    return json.dumps(_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def _kind(value: object) -> Literal["object", "array", "primitive"]:
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return "primitive"


def _items(value: object) -> list[object]:
    """The items of an array value, nulls dropped."""
    assert isinstance(value, (list, tuple))
    return [v for v in cast("Sequence[object]", value) if not is_omitted(v)]


def _pairs(value: object) -> list[tuple[str, object]]:
    """The properties of an object value, nulls dropped."""
    assert isinstance(value, Mapping)
    fields = cast("Mapping[object, object]", value)
    return [(str(k), v) for k, v in fields.items() if not is_omitted(v)]


# -- query ------------------------------------------------------------------------------------


def encode_query_param(name: str, value: object, param: Param | None = None) -> list[str]:
    """Encoded ``key=value`` pieces of one query parameter (empty when it is not sent)."""
    if is_omitted(value):
        return []
    param = param or _DEFAULT_QUERY
    if param.allow_reserved:

        def enc(text: str) -> str:
            return quote(text, safe=_RESERVED)

    else:

        def enc(text: str) -> str:
            return quote_plus(text, safe="")

    key = enc(name)
    if param.content_type:
        return [f"{key}={enc(_as_json(value))}"]
    kind = _kind(value)
    style, explode = param.style, param.explode
    if kind == "primitive":
        return [f"{key}={enc(to_text(value))}"]
    if style == "deepObject" and kind == "object":
        return _deep_object(name, value, enc)
    delimiter = {"spaceDelimited": "%20", "pipeDelimited": "%7C"}.get(style, ",")
    if kind == "array":
        texts = [enc(to_text(v)) for v in _items(value)]
        if explode or style == "deepObject":
            return [f"{key}={t}" for t in texts]
        return [f"{key}={delimiter.join(texts)}"]
    pairs = [(enc(k), enc(to_text(v))) for k, v in _pairs(value)]
    if explode:
        return [f"{k}={v}" for k, v in pairs]
    return [f"{key}={delimiter.join(f'{k}{delimiter}{v}' for k, v in pairs)}"]


def _deep_object(prefix: str, value: object, enc: Callable[[str], str]) -> list[str]:
    """``name[key]=value``, recursing into nested objects; arrays repeat the key."""
    pieces: list[str] = []
    if isinstance(value, Mapping):
        for k, v in cast("Mapping[object, object]", value).items():
            if not is_omitted(v):
                pieces += _deep_object(f"{prefix}[{k}]", v, enc)
    elif isinstance(value, (list, tuple)):
        for v in cast("Sequence[object]", value):
            if not is_omitted(v):
                pieces += _deep_object(prefix, v, enc)
    else:
        pieces.append(f"{enc(prefix)}={enc(to_text(value))}")
    return pieces


# -- path -------------------------------------------------------------------------------------


def encode_path_param(name: str, value: object, param: Param | None = None) -> str:
    """The text replacing ``{name}`` in the path (percent-encoded; ``/`` too)."""
    param = param or _DEFAULT_PATH

    def enc(text: str) -> str:
        return quote(text, safe="")

    if param.content_type:
        return enc(_as_json(value))
    kind = _kind(value)
    style, explode = param.style, param.explode
    if kind == "primitive":
        text = enc(to_text(value))
        if style == "label":
            return "." + text
        if style == "matrix":
            return f";{enc(name)}={text}" if text else f";{enc(name)}"
        if not text:
            raise ValueError(f"path parameter {name!r} must not be empty")
        return text
    if kind == "array":
        texts = [enc(to_text(v)) for v in _items(value)]
        if style == "label":
            return "." + ("." if explode else ",").join(texts)
        if style == "matrix":
            if explode:
                return "".join(f";{enc(name)}={t}" for t in texts)
            return f";{enc(name)}=" + ",".join(texts)
        return ",".join(texts)
    pairs = [(enc(k), enc(to_text(v))) for k, v in _pairs(value)]
    if style == "label":
        return "." + (
            ".".join(f"{k}={v}" for k, v in pairs)
            if explode
            else ",".join(f"{k},{v}" for k, v in pairs)
        )
    if style == "matrix":
        if explode:
            return "".join(f";{k}={v}" for k, v in pairs)
        return f";{enc(name)}=" + ",".join(f"{k},{v}" for k, v in pairs)
    if explode:
        return ",".join(f"{k}={v}" for k, v in pairs)
    return ",".join(f"{k},{v}" for k, v in pairs)


def format_path(
    template: str,
    values: Mapping[str, object],
    params: Mapping[tuple[str, str], Param] | None = None,
) -> str:
    """Fill the ``{name}`` placeholders of a path template."""
    path = template
    for name, value in values.items():
        if isinstance(value, NotGiven):
            continue
        param = params.get(("path", name)) if params else None
        if value is None:
            raise ValueError(f"path parameter {name!r} must not be empty")
        try:
            if param is None and type(value) is str and value:  # the common case, made short
                text = quote(value, safe="")
            else:
                text = encode_path_param(name, value, param)
        except UnicodeEncodeError as err:  # a lone surrogate has no UTF-8 form
            raise ValueError(f"path parameter {name!r} is not valid Unicode text") from err
        path = path.replace("{" + name + "}", text)
    if "{" in path:
        raise ValueError(f"missing path parameter(s) for {template!r}: {path!r}")
    # Only a segment that is empty or starts with a dot can be collapsed or re-routed; values
    # never hold a "/" (it is percent-encoded), so the segments line up with the template's.
    if "/." in path or "//" in path or path[-1:] == "/" or path[:1] == ".":
        path = _safe_segments(template, path)
    return path


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _safe_segments(template: str, path: str) -> str:
    """``path`` with the dot segments its values made sent as ``%2E``; ``ValueError`` for a
    segment its values left empty (``/items/{id}`` would become ``/items/``, another endpoint)."""
    segments = path.split("/")
    for index, pattern in enumerate(template.split("/")):
        if "{" not in pattern:
            continue
        segment = segments[index]
        if segment in (".", ".."):
            segments[index] = segment.replace(".", "%2E")
        elif not segment:
            names = ", ".join(repr(n) for n in _PLACEHOLDER.findall(pattern))
            raise ValueError(f"path parameter {names} must not be empty (in {template!r})")
    return "/".join(segments)


# -- header and cookie ------------------------------------------------------------------------

_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token
_HEADER_VALUE_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # all controls but TAB


class UnsafeHeaderError(ValueError):
    """A header that would not be one well-formed header line: a control character (CR, LF,
    NUL, ...) in the value would let it inject headers; leading or trailing whitespace or
    non-ASCII text HTTP/1.1 cannot carry; a name that is not an HTTP token.

    ``source`` says what the header came from (``"header parameter 'X-Id'"``, ``"credential
    'api_key'"``, ...); the value itself is never part of the message (it may be a secret).
    """

    source: str
    header: str

    def __init__(self, source: str, header: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}; refused before sending")
        self.source = source
        self.header = header


def check_header(name: str, value: str, source: str) -> None:
    """Raise ``UnsafeHeaderError`` unless ``name: value`` makes one well-formed header line."""
    problem = ""
    if _HEADER_VALUE_CONTROL.search(value) is not None:
        problem = "contains a CR, LF, NUL or other control character (header injection)"
    elif not value.isascii():
        problem = "is not ASCII text"
    elif value[:1] in (" ", "\t") or value[-1:] in (" ", "\t"):
        problem = "starts or ends with whitespace"
    if problem:
        raise UnsafeHeaderError(source, name, f"the value of header {name!r} {problem}")
    if _HEADER_NAME.fullmatch(name) is None:
        raise UnsafeHeaderError(source, name, f"{name!r} is not a valid header name")


def encode_header_param(name: str, value: object, param: Param | None = None) -> str | None:
    """The header value (simple style), or None when it is not sent."""
    if is_omitted(value):
        return None
    if param is not None and param.content_type:
        return _as_json(value)
    explode = param.explode if param is not None else False
    kind = _kind(value)
    if kind == "primitive":
        return to_text(value)
    if kind == "array":
        return ",".join(to_text(v) for v in _items(value))
    pairs = [(k, to_text(v)) for k, v in _pairs(value)]
    if explode:
        return ",".join(f"{k}={v}" for k, v in pairs)
    return ",".join(f"{k},{v}" for k, v in pairs)


def encode_cookie_param(name: str, value: object, param: Param | None = None) -> list[str]:
    """``name=value`` pairs (form style) of one cookie parameter; exploded arrays and objects
    become one cookie per item."""
    if is_omitted(value):
        return []
    param = param or _DEFAULT_COOKIE

    def enc(text: str) -> str:
        return quote(text, safe=_COOKIE_SAFE)

    if param.content_type:
        return [f"{name}={enc(_as_json(value))}"]
    kind = _kind(value)
    if kind == "primitive":
        return [f"{name}={enc(to_text(value))}"]
    if kind == "array":
        texts = [enc(to_text(v)) for v in _items(value)]
        return [f"{name}={t}" for t in texts] if param.explode else [f"{name}={','.join(texts)}"]
    pairs = [(k, enc(to_text(v))) for k, v in _pairs(value)]
    if param.explode:
        return [f"{k}={v}" for k, v in pairs]
    return [f"{name}=" + ",".join(f"{k},{v}" for k, v in pairs)]
