"""Media kinds: how a body of a given media type is sent or read. One class per kind owns its
detection (which media types it takes), what the generated method accepts for it, and the name
the runtime knows it by; `REQUEST_KINDS` / `RESPONSE_KINDS` are the tables, tried in order.

The runtime classifies request bodies again at run time (`_base_client.body_kind`, the caller may
pick another `content_type=`): tests/test_sdk_shapes.py checks both agree on every media type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.ir import model as ir


def base_type(content_type: str) -> str:
    """`Application/JSON; charset=utf-8` → `application/json`."""
    return content_type.split(";", 1)[0].strip().lower()


def is_json(base: str) -> bool:
    return base == "application/json" or base.endswith("+json")


@dataclass(frozen=True)
class RequestMedia:
    """A request body kind."""

    kind: ir.BodyKind  # the IR's and the runtime's name of it
    # An object model's properties become keyword arguments of the method (a mapping on the wire).
    structured: bool
    # Binary (`format: binary`) values are passed as files, as they are (`FileContent`).
    takes_files: bool
    # What a raw (unstructured) body is, whatever its schema says; None for structured kinds.
    raw_type: ir.TypeRef | None = None

    def matches(self, base: str) -> bool:
        raise NotImplementedError


class _Json(RequestMedia):
    def matches(self, base: str) -> bool:
        return is_json(base)


class _Multipart(RequestMedia):
    def matches(self, base: str) -> bool:
        return base.startswith("multipart/")


class _Form(RequestMedia):
    def matches(self, base: str) -> bool:
        return base == "application/x-www-form-urlencoded"


class _Text(RequestMedia):
    def matches(self, base: str) -> bool:
        return base.startswith("text/")


class _Bytes(RequestMedia):
    def matches(self, base: str) -> bool:
        return True  # anything else is sent as the bytes given


JSON = _Json("json", structured=True, takes_files=False)
MULTIPART = _Multipart("multipart", structured=True, takes_files=True)
FORM = _Form("form", structured=True, takes_files=False)
TEXT = _Text("text", structured=False, takes_files=True, raw_type=ir.Primitive("str"))
BYTES = _Bytes("bytes", structured=False, takes_files=True, raw_type=ir.Primitive("file"))
REQUEST_KINDS: tuple[RequestMedia, ...] = (JSON, MULTIPART, FORM, TEXT, BYTES)
_BY_KIND = {media.kind: media for media in REQUEST_KINDS}


def request_media(content_type: str) -> RequestMedia:
    base = base_type(content_type)
    return next(media for media in REQUEST_KINDS if media.matches(base))


def request_kind(kind: ir.BodyKind) -> RequestMedia:
    return _BY_KIND[kind]


def preference(content_type: str) -> int:
    """`application/json` first, other JSON next, then `multipart/form-data`, url-encoded
    forms, the rest (ties: as declared; see docs/design.md)."""
    base = base_type(content_type)
    if base == "application/json":
        return 0
    if is_json(base):
        return 1
    if base == "multipart/form-data":
        return 2
    return 3 if FORM.matches(base) else 4


def choose_content_type(content_types: list[str]) -> str:
    """The preferred of the declared media types."""
    ranked = sorted(enumerate(content_types), key=lambda pair: (preference(pair[1]), pair[0]))
    return ranked[0][1]


ResponseKind = Literal["json", "text", "bytes"]


def response_kind(content_type: str) -> ResponseKind:
    """How a declared response body is read: JSON (also `*/*`: most such APIs answer JSON, and
    the runtime decodes by the actual Content-Type), text, or bytes."""
    base = base_type(content_type)
    if is_json(base) or base == "*/*":
        return "json"
    if base.startswith("text/"):
        return "text"
    return "bytes"
