"""The HTTP core of the SDK: request building, auth, retries, timeouts, hooks and logging.

Everything that does not touch the network is a plain function shared by ``SyncAPIClient`` and
``AsyncAPIClient``; the two classes differ only in how they send, sleep and close.
"""

from __future__ import annotations

import base64
import contextvars
import copy
import functools
import gc
import inspect
import io
import json as jsonlib
import logging
import math
import mimetypes
import os
import random
import re
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeGuard, TypeVar, cast
from urllib.parse import parse_qsl, quote, quote_plus, unquote_plus, urlencode, urljoin

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    DataValidationError,
    ForeignOriginError,
    MissingCredentialsError,
    status_error_class,
)
from ._params import (
    Param,
    UnsafeHeaderError,
    check_header,
    encode_cookie_param,
    encode_header_param,
    encode_query_param,
    format_path,
    is_omitted,
    to_text,
)
from ._response import APIResponse, AsyncStreamedResponse, StreamedResponse, text_of
from ._serde import BaseModel, matches_nothing, validation_error
from ._types import (
    NOT_GIVEN,
    Body,
    FileContent,
    Headers,
    JsonValue,
    NotGiven,
    Query,
    TimeoutTypes,
)

if TYPE_CHECKING:  # typing.Self needs Python 3.11; type checkers ship typing_extensions
    from typing_extensions import Self

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Credential",
    "Endpoint",
    "Param",
    "RequestHook",
    "RequestOptions",
    "ResponseHook",
    "ResponseSpec",
    "SecurityScheme",
    "SyncAPIClient",
    "UnsafeHeaderError",
]

T = TypeVar("T")
_V = TypeVar("_V")
_HttpxT = TypeVar("_HttpxT", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # of a body read into memory (not streamed)
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)
DEFAULT_RETRY_BASE_DELAY = 0.5
DEFAULT_RETRY_MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# The logger of the package the runtime is copied into (``src/<pkg>/``), e.g. "leonardo".
log = logging.getLogger(__name__.rpartition(".")[0] or __name__)


# --------------------------------------------------------------------------------------------
# What generated code passes in
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    """How to read one declared success response."""

    kind: Literal["json", "text", "bytes", "empty"]
    decode: Callable[[Any], Any] | None = None  # applied to the parsed JSON / text / bytes
    # What the declared type of a "json" response admits besides JSON: "text" (a string type:
    # a body that arrives as text is passed on as the text), "any" (`{}`: text or bytes, by
    # what arrived), "json" (nothing else). `nullable`: it admits None (an empty body).
    accepts: Literal["json", "text", "any"] = "json"
    nullable: bool = False


@dataclass(frozen=True, slots=True)
class Endpoint(Generic[T]):
    """One operation; ``T`` is what ``request`` returns for it."""

    method: str
    path: str  # "/items/{item_id}"
    responses: Mapping[str, ResponseSpec]  # "200", "2XX", "default"
    errors: Mapping[str, Callable[[Any], Any]]  # "404", "4XX", "default" -> error model decoder
    security: tuple[tuple[str, ...], ...]  # alternatives of AND-sets of scheme names
    idempotent: bool
    params: tuple[Param, ...] = ()  # parameters not serialized as their location's default
    content_type: str = ""  # media type of the request body ("" = application/json)
    accept: str = ""  # Accept header ("" = application/json when a response is JSON)
    server_url: str = ""  # the operation's own server, used instead of the client's
    param_index: Mapping[tuple[str, str], Param] = field(init=False, repr=False, compare=False)
    # Worked out once per endpoint, not on every call:
    http_method: str = field(init=False, repr=False, compare=False)  # method in upper case
    accept_header: str = field(init=False, repr=False, compare=False)  # "" = no Accept header
    by_status: dict[int, ResponseSpec | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {(p.location, p.name): p for p in self.params}
        object.__setattr__(self, "param_index", index)
        object.__setattr__(self, "http_method", self.method.upper())
        accept = self.accept
        if not accept and any(spec.kind == "json" for spec in self.responses.values()):
            accept = "application/json"
        object.__setattr__(self, "accept_header", accept)
        object.__setattr__(self, "by_status", {})  # status -> spec, filled as statuses are seen


SecurityKind = Literal[
    "bearer", "basic", "apikey_header", "apikey_query", "apikey_cookie", "oauth2_client_credentials"
]


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    kind: SecurityKind
    param_name: str = ""  # header / query / cookie name for the apiKey kinds
    token_url: str = ""  # oauth2 client credentials: where tokens are fetched


Credential = str | tuple[str, str]
"""A secret (token, API key, ``user:password``) or a pair (``(user, password)`` for basic auth,
``(client_id, client_secret)`` for OAuth2 client credentials)."""


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options; every generated method builds one from its keyword arguments."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    idempotency_key: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.max_retries, NotGiven):
            _check_retries(self.max_retries)

    @classmethod
    def of(
        cls,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> RequestOptions:
        """What generated methods call: the shared default options when no option is given (most
        calls; building a frozen dataclass costs ~2 us), else new ones."""
        if (
            extra_headers is None
            and extra_query is None
            and extra_body is None
            and idempotency_key is None
            and isinstance(timeout, NotGiven)
            and isinstance(max_retries, NotGiven)
        ):
            return _NO_OPTIONS
        return cls(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


_NO_OPTIONS = RequestOptions()


# --------------------------------------------------------------------------------------------
# Request building
# --------------------------------------------------------------------------------------------


def encode_query(query: Mapping[str, object]) -> list[tuple[str, str]]:
    """Form style, exploded, as (key, value) pairs: None / NOT_GIVEN dropped, lists repeat the
    key, objects are flattened into their properties, booleans are ``true`` / ``false``."""
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        if is_omitted(value):
            continue
        if isinstance(value, (list, tuple)):
            # cast: narrowing an `object` by isinstance leaves the item type unknown
            items = cast("Sequence[object]", value)
            pairs.extend((key, to_text(item)) for item in items if item is not None)
        elif isinstance(value, Mapping):
            fields = cast("Mapping[object, object]", value)
            pairs.extend((str(k), to_text(v)) for k, v in fields.items() if v is not None)
        else:
            pairs.append((key, to_text(value)))
    return pairs


def query_pieces(query: Mapping[str, object], params: Mapping[tuple[str, str], Param]) -> list[str]:
    """Encoded ``key=value`` pieces of the query string, each parameter in its style."""
    pieces: list[str] = []
    for name, value in query.items():
        pieces += encode_query_param(name, value, params.get(("query", name)))
    return pieces


# --------------------------------------------------------------------------------------------
# Request bodies
# --------------------------------------------------------------------------------------------

BodyKind = Literal["json", "multipart", "form", "text", "bytes"]
_CHUNK_SIZE = 64 * 1024


def body_kind(content_type: str) -> BodyKind:
    """How a body of this media type is encoded."""
    base = content_type.split(";", 1)[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base.startswith("multipart/"):
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("text/"):
        return "text"
    return "bytes"


def is_file(value: object) -> TypeGuard[FileContent]:
    """Whether a value is a ``FileContent`` (bytes, an open binary file, a path, or a tuple)."""
    if isinstance(value, (bytes, bytearray, os.PathLike, io.IOBase)):
        return True
    if isinstance(value, tuple):
        pair = cast("tuple[object, ...]", value)  # isinstance leaves the item type unknown
        if len(pair) not in (2, 3):
            return False
        name, data = pair[0], pair[1]
        return (
            (name is None or isinstance(name, str))
            and not isinstance(data, tuple)
            and (is_file(data))
        )
    return callable(getattr(value, "read", None))


def file_parts(value: FileContent, default_name: str) -> tuple[str, Any, str]:
    """(filename, data, content type) of a file value; see ``FileContent``."""
    filename: str | None = None
    content_type: str | None = None
    data: Any = value
    if isinstance(value, tuple):
        filename, data = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
    if filename is None:
        name = _file_name(data)
        filename = os.path.basename(name) if name else default_name
    if not content_type:
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return filename, data, content_type


def _file_name(data: object) -> str | None:
    """The path of a path object, or the ``name`` of an open file; None without a str name."""
    if isinstance(data, os.PathLike):
        # cast: the path's type parameter (str or bytes) is not known; either is checked below
        name: object = os.fspath(cast("os.PathLike[str]", data))
    else:
        name = getattr(data, "name", None)
    return name if isinstance(name, str) and name else None


class FileUpload:
    """A raw request body streamed from a path or an open binary file.

    A path is opened for each attempt and closed after it; an open file is read from the position
    it had when the call was made (again on a retry, if it can seek). The async client reads the
    file in the event loop thread, in chunks, like httpx does for multipart uploads.
    """

    def __init__(self, source: IO[bytes] | os.PathLike[str]) -> None:
        self._source = source
        self._start: int | None = None
        if not isinstance(source, os.PathLike):
            try:
                self._start = source.tell()
            except (AttributeError, OSError, ValueError):
                self._start = None

    def length(self) -> int | None:
        source = self._source
        if isinstance(source, os.PathLike):
            return os.stat(source).st_size
        start = self._start or 0
        try:
            return os.fstat(source.fileno()).st_size - start
        except (AttributeError, OSError, ValueError):
            pass
        try:
            end = source.seek(0, os.SEEK_END)
            source.seek(start)
            return end - start
        except (AttributeError, OSError, ValueError):
            return None

    def __iter__(self) -> Iterator[bytes]:
        source = self._source
        if isinstance(source, os.PathLike):
            with open(source, "rb") as file:
                yield from _chunks(file)
            return
        if self._start is not None:
            source.seek(self._start)
        yield from _chunks(source)

    async def aiter(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def _chunks(file: IO[bytes]) -> Iterator[bytes]:
    while chunk := file.read(_CHUNK_SIZE):
        yield chunk


@dataclass(frozen=True, slots=True)
class Payload:
    """A request body, ready to be sent (and sent again on a retry).

    ``content_type`` is None for multipart (httpx adds the boundary); ``parts`` are
    ``(name, filename, data, content_type)`` in order, where data may be a path to open.
    """

    content_type: str | None = None
    content: bytes | None = None
    upload: FileUpload | None = None
    parts: tuple[tuple[str, str | None, Any, str | None], ...] = ()

    @property
    def empty(self) -> bool:
        return self.content is None and self.upload is None and not self.parts


_NO_PAYLOAD = Payload()
# What ``json.dumps(..., ensure_ascii=False, separators=(",", ":"), allow_nan=False)`` uses, made
# once instead of on every call.
_JSON_ENCODER = jsonlib.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def encode_payload(body: object, content_type: str, extra: Body | None = None) -> Payload:
    """Encode a body (``NOT_GIVEN``: none) as the media type ``content_type``.

    JSON: the value as compact JSON (``None`` is ``null``). Forms: a mapping of fields, each
    serialized like a form-style exploded query parameter. Multipart: a mapping of fields; files
    (``FileContent``) become file parts, objects and arrays of objects JSON parts, other values
    text parts; an array repeats its part. ``text/*``: a ``str`` (sent as UTF-8) or bytes; other
    media types: ``FileContent`` or bytes. ``extra`` (``extra_body``) is merged into a mapping
    body, or becomes the body when there is none.
    """
    content_type = content_type or "application/json"
    kind = body_kind(content_type)
    fields = _fields_of(body)
    if extra:
        if isinstance(body, NotGiven):
            fields = {**extra}
        elif fields is not None and kind in ("json", "form", "multipart"):
            fields = {**fields, **extra}
        else:
            raise TypeError("extra_body can only be merged into an object body")
        body = fields
    if isinstance(body, NotGiven):
        return _NO_PAYLOAD
    if kind == "json":
        return Payload(content_type, _JSON_ENCODER.encode(body).encode())
    if kind == "form":
        if fields is None:
            raise TypeError(f"a {content_type} body must be a mapping of fields")
        pieces = [piece for k, v in fields.items() for piece in encode_query_param(str(k), v)]
        return Payload(content_type, "&".join(pieces).encode("ascii"))
    if kind == "multipart":
        if fields is None:
            raise TypeError(f"a {content_type} body must be a mapping of fields")
        return Payload(None, parts=tuple(_multipart_parts(fields)))
    if isinstance(body, str):
        return Payload(content_type, body.encode("utf-8"))
    if isinstance(body, (bytes, bytearray)):
        return Payload(content_type, bytes(body))
    if not is_file(body):
        raise TypeError(f"a {content_type} body must be bytes, a str or a file")
    _, data, guessed = file_parts(body, "body")
    explicit = isinstance(body, tuple) and len(body) == 3 and body[2]
    media = guessed if explicit else content_type
    if isinstance(data, (bytes, bytearray)):
        return Payload(media, bytes(data))
    return Payload(media, upload=FileUpload(data))


def _fields_of(body: object) -> Mapping[Any, object] | None:
    """The body as an object of fields (keys: normally str), None when it is not a mapping."""
    # cast: isinstance leaves the key and value types of a mapping unknown
    return cast("Mapping[Any, object]", body) if isinstance(body, Mapping) else None


def _multipart_parts(
    body: Mapping[Any, object],
) -> list[tuple[str, str | None, Any, str | None]]:
    parts: list[tuple[str, str | None, Any, str | None]] = []
    for key, value in body.items():
        name = str(key)
        # cast: isinstance leaves the item type of a list unknown
        for item in cast("list[object]", value) if isinstance(value, list) else [value]:
            if is_omitted(item):
                continue
            if is_file(item):
                filename, data, media = file_parts(item, name)
                parts.append((name, filename, data, media))
            elif isinstance(item, (Mapping, list, tuple)):
                text = jsonlib.dumps(item, ensure_ascii=False, separators=(",", ":"))
                parts.append((name, None, text.encode(), "application/json"))
            else:
                parts.append((name, None, to_text(item).encode(), None))
    return parts


class _OpenFiles:
    """Multipart parts of one call in httpx's form, paths opened once and closed at the end of
    the call (httpx reads each file part from the start again on a retry)."""

    def __init__(self) -> None:
        self._opened: list[IO[bytes]] = []
        self._files: list[tuple[str, Any]] | None = None

    def httpx_files(self, payload: Payload) -> list[tuple[str, Any]]:
        if self._files is None:
            self._files = []
            for name, filename, data, media in payload.parts:
                if isinstance(data, os.PathLike):
                    # cast: a str path here (the type parameter is lost in the parts tuple)
                    data = open(cast("os.PathLike[str]", data), "rb")  # noqa: SIM115 - close()
                    self._opened.append(data)
                self._files.append((name, (filename, data, media) if media else (filename, data)))
        return self._files

    def close(self) -> None:
        for file in self._opened:
            file.close()
        self._opened.clear()


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


# --------------------------------------------------------------------------------------------
# Credentials
# --------------------------------------------------------------------------------------------


def resolve_credentials(
    schemes: Mapping[str, SecurityScheme],
    env_vars: Mapping[str, str | tuple[str, str]],
    given: Mapping[str, Credential | tuple[str | None, str | None] | None],
) -> dict[str, Credential]:
    """Scheme name -> credential: the given value, else the scheme's environment variable.

    A pair (OAuth2 client id and secret) is resolved part by part, each from its own
    environment variable when not given; it counts only when both parts are there.
    """
    unknown = set(given) - set(schemes)
    if unknown:
        raise ValueError(f"unknown security scheme(s): {', '.join(sorted(unknown))}")
    resolved: dict[str, Credential] = {}
    for name in schemes:
        value = given.get(name)
        env = env_vars.get(name)
        if isinstance(value, tuple) or isinstance(env, tuple):
            parts = value if isinstance(value, tuple) else (None, None)
            names = env if isinstance(env, tuple) else ("", "")
            first = parts[0] or (os.environ.get(names[0]) if names[0] else None)
            second = parts[1] or (os.environ.get(names[1]) if names[1] else None)
            if first and second:
                resolved[name] = (first, second)
            elif isinstance(value, str) and value:
                resolved[name] = value
            continue
        value = value or (os.environ.get(env) if env else None)
        if value:
            resolved[name] = value
    return resolved


def select_security(
    requirement: tuple[tuple[str, ...], ...], credentials: Mapping[str, object]
) -> tuple[str, ...] | None:
    """The first alternative whose schemes all have credentials; ``()`` when anonymous access
    is allowed and none is satisfied; ``None`` when the call cannot be authenticated."""
    if not requirement:
        return ()
    for alternative in requirement:
        if alternative and all(name in credentials for name in alternative):
            return alternative
    return () if () in requirement else None


def _pair(credential: Credential) -> tuple[str, str]:
    if isinstance(credential, tuple):
        return credential
    user, _, password = credential.partition(":")
    return user, password


def _basic(credential: Credential) -> str:
    user, password = _pair(credential)
    return base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def apply_auth(
    names: tuple[str, ...],
    schemes: Mapping[str, SecurityScheme],
    credentials: Mapping[str, Credential],
    headers: httpx.Headers,
    query: list[str],
    cookies: list[str],
) -> None:
    """Add the credentials of ``names`` to the request (OAuth2 tokens are added per attempt)."""
    for name in names:
        scheme, value = schemes[name], credentials[name]
        text = value if isinstance(value, str) else ":".join(value)
        if scheme.kind == "bearer":
            headers["Authorization"] = f"Bearer {text}"
        elif scheme.kind == "basic":
            headers["Authorization"] = "Basic " + _basic(value)
        elif scheme.kind == "apikey_header":
            headers[scheme.param_name] = text
        elif scheme.kind == "apikey_query":
            query += encode_query_param(scheme.param_name, text)
        elif scheme.kind == "apikey_cookie":
            cookies.append(f"{scheme.param_name}={text}")


def secret_variants(
    credentials: Mapping[str, Credential], schemes: Mapping[str, SecurityScheme]
) -> tuple[str, ...]:
    """Every form in which a credential could show up in text (longest first)."""
    found: set[str] = set()
    for name, value in credentials.items():
        secrets = [value] if isinstance(value, str) else [value[1], ":".join(value)]
        kind = schemes[name].kind
        if kind == "basic" or isinstance(value, tuple):
            secrets.append(_pair(value)[1])
            found.add(_basic(value))
        if kind == "oauth2_client_credentials":
            user, password = _pair(value)
            found.add(_basic((quote_plus(user), quote_plus(password))))
        for secret in secrets:
            found.update((secret, quote(secret, safe=""), quote_plus(secret)))
            found.update(_repr_forms(secret))
    return tuple(sorted((s for s in found if s), key=len, reverse=True))


def _repr_forms(secret: str) -> set[str]:
    """A secret as it shows inside ``repr()`` of a str or of its UTF-8 bytes, in either quoting
    (log lines of httpcore hold header tuples such as ``(b'Set-Cookie', b'...')``)."""
    encoded = secret.encode("utf-8", "replace")
    # A trailing ' and " force '...' quoting (the ' escaped); a lone ' forces "..." unless
    # the secret holds a " itself. What repr() shows of that tail is cut off again.
    shown = [repr(secret + "'\""), repr(secret + "'"), repr(encoded + b"'\"")[1:]]
    shown.append(repr(encoded + b"'")[1:])
    forms: set[str] = set()
    for text in shown:
        for tail in ("\\'\"'", "'\"", "\\''"):
            if text.endswith(tail):
                forms.add(text[1 : -len(tail)])
                break
    return forms


def scrub(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


_SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)


def redact_headers(
    headers: httpx.Headers, sensitive: frozenset[str], secrets: Sequence[str]
) -> dict[str, str]:
    return {
        key: "***" if key.lower() in sensitive else scrub(value, secrets)
        for key, value in headers.items()
    }


def missing_credentials(
    endpoint: Endpoint[Any],
    client_name: str,
    arg_names: Mapping[str, str | tuple[str, str]],
    env_vars: Mapping[str, str | tuple[str, str]],
) -> MissingCredentialsError:
    def how(scheme: str) -> str:
        arg = arg_names.get(scheme)
        if isinstance(arg, tuple):
            text = " and ".join(f"{a}=..." for a in arg)
        else:
            text = f"{arg}=..." if arg else "credentials={" + f"{scheme!r}: ...}}"
        env = env_vars.get(scheme)
        if isinstance(env, tuple):
            return f"{text} (or set the {' and '.join(env)} environment variables)"
        return f"{text} (or set the {env} environment variable)" if env else text

    def env_names(scheme: str) -> tuple[str, ...]:
        env = env_vars.get(scheme)
        return env if isinstance(env, tuple) else (env,) if env else ()

    alternatives = [alt for alt in endpoint.security if alt]
    ways = " or ".join(" and ".join(how(s) for s in alt) for alt in alternatives)
    names = tuple(dict.fromkeys(e for alt in alternatives for s in alt for e in env_names(s)))
    return MissingCredentialsError(
        f"{endpoint.method} {endpoint.path} requires credentials: pass {ways} to {client_name}()",
        schemes=tuple(alternatives),
        env_vars=names,
    )


# --------------------------------------------------------------------------------------------
# Retries
# --------------------------------------------------------------------------------------------


class _Call:
    """A fully prepared call: everything needed to (re)send it."""

    __slots__ = (
        "auth_query",
        "endpoint",
        "headers",
        "max_retries",
        "method",
        "oauth",
        "payload",
        "retry_any",
        "shared",
        "timeout",
        "url",
    )

    def __init__(
        self,
        endpoint: Endpoint[Any],
        method: str,
        url: str,  # with the encoded query string
        headers: httpx.Headers | list[tuple[str, str]],
        payload: Payload,
        timeout: httpx.Timeout,
        max_retries: int,
        retry_any: bool,  # idempotent, idempotency key, or retry_non_idempotent
        oauth: tuple[str, ...] = (),  # OAuth2 schemes whose bearer token is added per attempt
        shared: _SharedHeaders | None = None,  # ``headers`` when they are the same on every call
        auth_query: tuple[str, ...] = (),  # encoded API-key query pieces (in ``url``)
    ) -> None:
        self.endpoint = endpoint
        self.method = method
        self.url = url
        self.headers = headers
        self.payload = payload
        self.timeout = timeout
        self.max_retries = max_retries
        self.retry_any = retry_any
        self.oauth = oauth
        self.shared = shared
        self.auth_query = auth_query


def retry_after_seconds(headers: httpx.Headers, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds to wait (delta-seconds or an HTTP date), None if absent/bad."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # only needed for the rare HTTP-date form

        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        seconds = email.utils.mktime_tz(parsed) - (time.time() if now is None else now)
        return max(seconds, 0.0)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def backoff_delay(retry_index: int, base: float, cap: float) -> float:
    """Exponential backoff for the ``retry_index``-th retry (0-based), capped, minus 0-25 %
    jitter so that clients do not retry in lockstep."""
    delay = min(base * 2.0 ** min(retry_index, 32), cap)
    return delay * (1.0 - 0.25 * random.random())


def _status_is_retryable(status: int, retry_any: bool) -> bool:
    if retry_any:
        return status in (408, 409, 429) or status >= 500
    # POST/PATCH: only where the server surely did not act on the request.
    return status in (429, 503)


def _error_is_retryable(error: Exception, retry_any: bool) -> bool:
    if isinstance(error, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)):
        return False  # a bad URL or a request the client cannot send stays bad
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return True  # the request never left the client
    return retry_any and isinstance(error, httpx.TransportError)


def retry_delay(
    *,
    attempt: int,
    max_retries: int,
    retry_any: bool,
    response: httpx.Response | None = None,
    error: Exception | None = None,
    base: float = DEFAULT_RETRY_BASE_DELAY,
    cap: float = DEFAULT_RETRY_MAX_DELAY,
) -> float | None:
    """Seconds to wait before retrying after failed ``attempt`` (0-based), or None to give up.

    ``retry_any`` is true when the call may be repeated safely (idempotent method, idempotency
    key, or ``retry_non_idempotent``); otherwise only failures where the server surely did not
    act on the request are retried.
    """
    if attempt >= max_retries:
        return None
    if error is not None:
        return backoff_delay(attempt, base, cap) if _error_is_retryable(error, retry_any) else None
    if response is None or not _status_is_retryable(response.status_code, retry_any):
        return None
    told = retry_after_seconds(response.headers)
    if told is not None:
        return told if told <= MAX_RETRY_AFTER else None
    return backoff_delay(attempt, base, cap)


# --------------------------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------------------------


def _lookup(table: Mapping[str, _V], status: int) -> _V | None:
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in table:
            return table[key]
    return None


def _excerpt(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def _describe(response: httpx.Response, secrets: Sequence[str]) -> str:
    request = response.request
    status = f"{response.status_code} {response.reason_phrase}".strip()
    return scrub(f"{request.method} {request.url} returned {status}", secrets)


def decode_success(
    endpoint: Endpoint[Any], response: httpx.Response, secrets: Sequence[str]
) -> Any:
    """Decode a < 400 response with the endpoint's matching ``ResponseSpec``
    (docs/runtime.md, "Responses the spec did not promise")."""

    def invalid(problem: str, path: str = "", detail: str = "") -> APIResponseValidationError:
        message = scrub(f"{_describe(response, secrets)}: {problem}", secrets)
        return APIResponseValidationError(
            message, response=response, body=text_of(response), path=path, detail=detail
        )

    status = response.status_code
    by_status = endpoint.by_status
    if status in by_status:
        spec = by_status[status]
    else:
        spec = by_status[status] = _success_spec(endpoint.responses, status)
    if spec is None:
        return_statuses = ", ".join(endpoint.responses) or "none"
        raise invalid(f"undeclared status (declared: {return_statuses})")
    if spec.kind == "empty":
        return None
    # Decoding a large JSON body allocates many containers at once, which triggers the cyclic
    # garbage collector again and again although nothing it builds can be garbage yet: pausing it
    # for the decode takes a 1,000-item list from ~2.1x to ~1.3x the cost of json.loads alone.
    if len(response.content) >= _GC_PAUSE_BYTES and gc.isenabled():
        gc.disable()
        try:
            return _decode_body(endpoint, spec, response, invalid)
        finally:
            gc.enable()
    return _decode_body(endpoint, spec, response, invalid)


_GC_PAUSE_BYTES = 64 * 1024


def _success_spec(responses: Mapping[str, ResponseSpec], status: int) -> ResponseSpec | None:
    """The spec for a status: exact, ``NXX``, ``default``; for an undeclared 2xx the one body the
    operation declares for its successes (its empty spec when it declares none), else None."""
    spec = _lookup(responses, status)
    if spec is not None or not 200 <= status < 300:
        return spec
    successes = [s for key, s in responses.items() if key[:1] == "2"]
    bodies = list(dict.fromkeys(s for s in successes if s.kind != "empty"))
    if len(bodies) == 1:
        return bodies[0]
    return successes[0] if successes and not bodies else None


def _media_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def _is_json_media(media: str) -> bool:
    """``application/json``, any ``+json`` type, or no content type at all."""
    return not media or media.endswith(("/json", "+json"))


def _is_text_media(response: httpx.Response, media: str) -> bool:
    return (
        media.startswith("text/")
        or media.endswith(("/xml", "+xml"))
        or "charset=" in response.headers.get("content-type", "").lower()
    )


def _decode_body(
    endpoint: Endpoint[Any],
    spec: ResponseSpec,
    response: httpx.Response,
    invalid: Callable[..., APIResponseValidationError],
) -> Any:
    value: Any
    if spec.kind == "json":
        # The content type is read only where the declared type could take something other than
        # JSON (most operations declare a model: JSON whatever the label, no header parsed).
        media = "" if spec.accepts == "json" else _media_type(response)
        if media and not _is_json_media(media):
            # Decode by what arrived: text (or bytes) where the declared type admits it.
            if spec.accepts == "any" and not _is_text_media(response, media):
                return response.content
            value = text_of(response)
        elif not response.content.strip():
            if spec.nullable or any(s.kind == "empty" for s in endpoint.responses.values()):
                return None
            raise invalid("the body is empty, but the operation declares a JSON body")
        else:
            try:
                value = jsonlib.loads(response.content)
            except RecursionError as err:
                raise invalid("the JSON body is nested too deeply to decode") from err
            except ValueError as err:
                if spec.accepts != "json":
                    value = text_of(response)
                else:
                    content_type = response.headers.get("content-type", "no content type")
                    raise invalid(
                        f"expected a JSON body, got {content_type}: "
                        f"{_excerpt(text_of(response))!r} ({err})"
                    ) from err
    elif spec.kind == "text":
        value = text_of(response)
    else:
        value = response.content
    if spec.decode is None:
        return value
    try:
        return spec.decode(value)
    except Exception as err:  # diagnosed and re-raised as the SDK's error
        error = (
            err
            if isinstance(err, DataValidationError)
            else validation_error(spec.decode, value, err)
        )
        raise invalid(
            f"body does not match the declared schema: {error}", error.path, error.detail
        ) from err


def _error_body(response: httpx.Response) -> JsonValue:
    if not response.content:
        return None
    text = text_of(response)
    if "json" in response.headers.get("content-type", "") or text.lstrip()[:1] in ("{", "["):
        try:
            value: JsonValue = jsonlib.loads(response.content)
        except (ValueError, RecursionError):
            pass
        else:
            return value
    return text


def status_error(
    endpoint: Endpoint[Any], response: httpx.Response, secrets: Sequence[str]
) -> APIStatusError:
    body = _error_body(response)
    parsed: object = None
    decoder = _lookup(endpoint.errors, response.status_code)
    if decoder is not None and body is not None:
        try:
            parsed = decoder(body)
        except Exception as err:  # noqa: BLE001 - any mismatch just leaves `.parsed` None
            log.debug("Error body did not match its declared schema: %s", type(err).__name__)
        if isinstance(parsed, BaseModel) and matches_nothing(parsed, body):
            parsed = None  # an object of another shape: not a model with every field None
    message = _describe(response, secrets)
    if response.content:
        message += ": " + scrub(_excerpt(text_of(response)), secrets)
    cls = status_error_class(response.status_code)
    return cls(message, response=response, body=body, parsed=parsed)


class _BoundedBody:
    """The chunks of a body being read, refused once they add up to more than ``limit``."""

    __slots__ = ("chunks", "limit", "response", "size")

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        encoded = "content-encoding" in response.headers  # the length is of the encoded body
        if declared.isdigit() and int(declared) > limit and not encoded:
            raise _too_large(response, limit)  # known before reading a byte

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise _too_large(self.response, self.limit)
        self.chunks.append(chunk)

    def store(self) -> None:
        # What `Response.read()` stores; httpx has no public way to set a body read elsewhere.
        self.response._content = b"".join(self.chunks)  # pyright: ignore[reportPrivateUsage]


def read_bounded(response: httpx.Response, limit: int | None) -> None:
    """Read a streamed response's body into memory, as ``Response.read()`` would, but refuse
    (close, raise ``APIResponseTooLargeError``) once it grows past ``limit`` decoded bytes."""
    if limit is None:
        response.read()
        return
    try:
        body = _BoundedBody(response, limit)
        for chunk in response.iter_bytes():
            body.add(chunk)
    finally:
        response.close()
    body.store()


async def aread_bounded(response: httpx.Response, limit: int | None) -> None:
    """``async`` twin of ``read_bounded``."""
    if limit is None:
        await response.aread()
        return
    try:
        body = _BoundedBody(response, limit)
        async for chunk in response.aiter_bytes():
            body.add(chunk)
    finally:
        await response.aclose()
    body.store()


def _too_large(response: httpx.Response, limit: int) -> APIResponseTooLargeError:
    request = response.request
    message = (
        f"{request.method} {request.url.copy_with(query=None)} returned "
        f"{response.status_code}: the body is larger than max_response_bytes ({limit:,} bytes)"
    )
    return APIResponseTooLargeError(message, response=response, limit=limit)


def transport_error(
    error: httpx.RequestError, request: httpx.Request, attempts: int, secrets: Sequence[str]
) -> APIConnectionError:
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    what = "timed out" if isinstance(error, httpx.TimeoutException) else "failed"
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    message = scrub(f"{request.method} {request.url} {what} after {tries} ({detail})", secrets)
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(message, request=request, attempts=attempts)


# --------------------------------------------------------------------------------------------
# Logging
# --------------------------------------------------------------------------------------------

_HANDLER_NAME = f"{log.name}:env"

# Request and response bodies are logged (at DEBUG) on a logger of their own, off unless asked
# for: ``$<env_var>=debug``, or its level set by the application. Bodies hold what users send
# and receive (prompts, personal data), so a DEBUG level set for everything does not show them.
body_log = logging.getLogger(f"{log.name}.body")
_BODY_LOG_OFF = logging.CRITICAL + 1
if body_log.level == logging.NOTSET:  # an application's own setting (made before import) stays
    body_log.setLevel(_BODY_LOG_OFF)


def configure_logging(env_var: str) -> None:
    """Send the SDK's log to stderr when ``$<env_var>`` is ``debug`` or ``info``; ``debug``
    also logs request and response bodies (``body_log``)."""
    wanted = os.environ.get(env_var, "").strip().lower() if env_var else ""
    if wanted not in ("debug", "info"):
        return
    level = logging.DEBUG if wanted == "debug" else logging.INFO
    log.setLevel(level)
    if level == logging.DEBUG:
        body_log.setLevel(logging.DEBUG)
    handler = next((h for h in log.handlers if h.get_name() == _HANDLER_NAME), None)
    if handler is None:
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    handler.setLevel(level)


# What to hide of the SDK client whose call is being sent in this thread / task: the log filter
# scrubs its credentials from what httpx and httpcore log meanwhile (a ContextVar, so concurrent
# calls of different clients never see each other's secrets). It holds the client's bound
# `_log_secrets`, read when a record is logged: a token fetched during the call counts at once.
_SENDING: contextvars.ContextVar[Callable[[], tuple[tuple[str, ...], frozenset[str]]] | None] = (
    contextvars.ContextVar(f"{log.name}.sending", default=None)
)
# Where the libraries the SDK drives log: httpx its requests with their full URL (at INFO),
# httpcore the response headers (at DEBUG), hpack (HTTP/2) header values. A logger's filters see
# only the records of that very logger, not of its children, hence the full names.
_LIBRARY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",
    "hpack.table",
)
_LIBRARY_PREFIXES = ("httpx", "httpcore", "hpack", "h2", "h11")
_USERINFO_PASSWORD = re.compile(r"(://[^/?#@\s:]*):[^/?#@\s]*@")
# One header as httpcore logs it: (b'Name', b'value') (repr of bytes: either quote, escapes).
_LOGGED_HEADER = re.compile(r"""\(b(['"])([^'"\s,()]+)\1, b(['"])((?:\\.|(?!\3).)*)\3\)""")


# -- bodies in the log ------------------------------------------------------------------------

LOG_BODY_LIMIT = 4096
"""Characters of a body logged; the rest is cut (the log says how much)."""
_LOG_BODY_PARSE_LIMIT = 1024 * 1024  # bytes: a longer body is not parsed to mask, only sized
# A JSON property or form field whose name says it holds a secret (normalised: lower case,
# letters and digits only): its string values are logged as ``***``.
_SECRET_FIELD = re.compile(
    r"password|passwd|passphrase|^pass$|^pwd$|secret|token|apikey|credential|privatekey|cookie|"
    r"session|signature|^auth$|authorization|^oauth|^otp|^(access|client|signing|encryption)?key$"
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def is_secret_field(name: str) -> bool:
    """Whether a JSON property or form field named ``name`` looks like it holds a secret."""
    return _SECRET_FIELD.search(_NOT_ALNUM.sub("", name.lower())) is not None


def mask_secret_fields(value: object, hidden: bool = False) -> object:
    """A JSON value with the strings under secret-looking property names (at any depth, and
    everywhere inside such a property's object or array) replaced by ``***``."""
    if isinstance(value, dict):
        fields = cast("dict[object, object]", value)  # isinstance leaves the item types unknown
        return {
            k: mask_secret_fields(v, hidden or is_secret_field(str(k))) for k, v in fields.items()
        }
    if isinstance(value, list):
        return [mask_secret_fields(v, hidden) for v in cast("list[object]", value)]
    return "***" if hidden and isinstance(value, str) else value


def body_for_log(
    content: bytes, content_type: str, secrets: Sequence[str], limit: int = LOG_BODY_LIMIT
) -> str:
    """A body as the log shows it: JSON compact with secret-looking fields masked, a form with
    such fields masked, text as is, anything else by its size; every known secret (``secrets``)
    scrubbed, then cut to ``limit`` characters."""
    if not content:
        return "(empty)"
    if len(content) > _LOG_BODY_PARSE_LIMIT:
        return f"({len(content)} bytes, not shown: too long to mask)"
    kind = body_kind(content_type or "application/octet-stream")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return f"({len(content)} bytes, {content_type or 'binary'})"
    if kind == "json" or (not content_type and text.lstrip()[:1] in ("{", "[")):
        try:
            parsed = jsonlib.loads(text)
        except (ValueError, RecursionError):
            pass
        else:
            masked = mask_secret_fields(parsed)
            text = jsonlib.dumps(masked, ensure_ascii=False, separators=(",", ":"))
    elif kind == "form":
        pairs = parse_qsl(text, keep_blank_values=True)
        text = urlencode([(k, "***" if is_secret_field(k) else v) for k, v in pairs])
    elif kind == "bytes" and content_type:  # not text by its media type: do not show it
        return f"({len(content)} bytes, {content_type})"
    text = scrub(text, secrets)
    if len(text) > limit:
        text = f"{text[:limit]}... ({len(text) - limit} more characters)"
    return text


def payload_for_log(payload: Payload, secrets: Sequence[str]) -> str:
    """A request body as the log shows it (see ``body_for_log``); files by name and size."""
    if payload.content is not None:
        return body_for_log(payload.content, payload.content_type or "", secrets)
    if payload.upload is not None:
        size = payload.upload.length()
        return f"(file upload, {'unknown size' if size is None else f'{size} bytes'})"
    shown: list[str] = []
    for name, filename, data, media in payload.parts:
        if filename is not None or not isinstance(data, bytes):
            shown.append(f"{name}=(file {filename!r})")
        elif is_secret_field(name):
            shown.append(f"{name}=***")
        else:
            text = body_for_log(data, media or "text/plain", secrets, LOG_BODY_LIMIT // 4)
            shown.append(f"{name}={text}")
    return scrub("multipart: " + ", ".join(shown), secrets)


def redact_log_text(text: str, secrets: Sequence[str], sensitive: frozenset[str]) -> str:
    """``text`` without credentials: every known secret, the values of credential headers
    (``sensitive`` names) in logged header tuples, and URL passwords become ``***``."""
    text = scrub(text, secrets)
    if "(b" in text:

        def hide(match: re.Match[str]) -> str:
            if match.group(2).lower() not in sensitive:
                return match.group(0)
            return f"(b{match.group(1)}{match.group(2)}{match.group(1)}, b'***')"

        text = _LOGGED_HEADER.sub(hide, text)
    if "@" in text:
        text = _USERINFO_PASSWORD.sub(r"\1:***@", text)
    return text


class _RedactCredentials(logging.Filter):
    """Rewrites each record of the SDK's and its libraries' loggers without credentials.

    Stateless: the secrets are those of the client sending in the current context (``_SENDING``);
    outside a call only credential headers and URL passwords are recognised.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        sending = _SENDING.get()
        secrets, sensitive = sending() if sending is not None else ((), _SENSITIVE_HEADERS)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is logging's to report
            return True
        clean = redact_log_text(message, secrets, sensitive)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact_log_text(formatted, secrets, sensitive)
        return True


_REDACT_CREDENTIALS = _RedactCredentials()


def install_log_redaction() -> None:
    """Put ``_RedactCredentials`` on the SDK's logger and those of httpx, httpcore and hpack
    (idempotent; a filter of an earlier import of this module is replaced, not doubled)."""
    if _REDACT_CREDENTIALS in log.filters:
        return
    names = {*_LIBRARY_LOGGERS, log.name, body_log.name}
    existing = list(logging.root.manager.loggerDict)  # a copy: other threads may add loggers
    names.update(name for name in existing if name.startswith(_LIBRARY_PREFIXES))
    for name in sorted(names):
        logger = logging.getLogger(name)
        for old in logger.filters:
            if type(old).__qualname__ == _RedactCredentials.__qualname__ and (
                type(old).__module__ == __name__ and old is not _REDACT_CREDENTIALS
            ):
                logger.removeFilter(old)
        logger.addFilter(_REDACT_CREDENTIALS)


class _RedactedRequest(httpx.Request):
    """An ``httpx.Request`` whose ``repr()`` does not show the credentials in its URL (httpx's
    shows the whole URL, query included)."""

    sdk_secrets: tuple[str, ...]  # public: set by `hide_url_secrets` (the class is private)

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {scrub(str(self.url), self.sdk_secrets)!r})>"


def hide_url_secrets(request: httpx.Request, secrets: tuple[str, ...]) -> httpx.Request:
    """The same request (same object) with a ``repr()`` that scrubs ``secrets`` from its URL."""
    request.__class__ = _RedactedRequest
    assert isinstance(request, _RedactedRequest)
    request.sdk_secrets = secrets
    return request


# --------------------------------------------------------------------------------------------
# Redirects
# --------------------------------------------------------------------------------------------

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """RFC 6454 origin: scheme, host and port (the scheme's default port when none is given)."""
    port = url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme)
    return url.scheme, url.host, port


def next_page_url(own: str, url: str) -> str:
    """Where a next-page URL given by the server sends the call whose own URL is ``own``: ``url``
    resolved against ``own``, with the query parameters of ``own`` it lacks (by name: the caller's
    filters, API keys in the query) added and those it has left as the server wrote them.

    Raises ``ForeignOriginError`` when it is on another origin: the call carries credentials.
    """
    base = httpx.URL(own)
    target = base.join(url)
    if origin(target) != origin(base):
        scheme, host, port = origin(target)
        raise ForeignOriginError(
            f"not following a next-page URL on another origin ({scheme}://{host}:{port})", url=url
        )
    ours = [piece for piece in base.query.split(b"&") if piece]
    theirs = {
        unquote_plus(p.partition(b"=")[0].decode("ascii", "replace"))
        for p in target.query.split(b"&")
    }
    missing = [
        p
        for p in ours
        if unquote_plus(p.partition(b"=")[0].decode("ascii", "replace")) not in theirs
    ]
    if missing:
        target = target.copy_with(
            query=b"&".join([target.query, *missing] if target.query else missing)
        )
    return str(target)


def strip_credentials(
    request: httpx.Request,
    headers: frozenset[str],
    query_names: frozenset[str],
    secrets: Sequence[str],
) -> None:
    """Remove every credential carrier from a request going to another origin: the headers
    named in ``headers`` (lower case: Authorization, Cookie, API-key headers), the query
    parameters named in ``query_names``, and any header or query parameter holding a secret."""
    for key in {key for key in request.headers if key in headers}:
        del request.headers[key]
    for key, value in list(request.headers.items()):
        if any(secret in value for secret in secrets):
            del request.headers[key]
    query = request.url.query
    if not query:
        return
    kept = [
        piece
        for piece in query.split(b"&")
        if not _carries_credential(piece.decode("ascii", "replace"), query_names, secrets)
    ]
    if len(kept) != query.count(b"&") + 1:
        request.url = request.url.copy_with(query=b"&".join(kept) or None)


def _carries_credential(piece: str, query_names: frozenset[str], secrets: Sequence[str]) -> bool:
    key, _, value = piece.partition("=")
    if unquote_plus(key) in query_names:
        return True
    return any(secret in piece or secret in unquote_plus(value) for secret in secrets)


def keep_credentials(request: httpx.Request, first: httpx.Request, query: Sequence[str]) -> None:
    """On a redirect within the origin, send what the first request authenticated with: its
    ``Cookie`` header (httpx replaces it with the cookie jar's) and the query credentials."""
    cookie = first.headers.get("cookie")
    if cookie is not None:
        jar = request.headers.get("cookie")
        if jar:
            ours = {pair.split("=", 1)[0].strip() for pair in cookie.split(";")}
            extra = [p for p in jar.split(";") if p.split("=", 1)[0].strip() not in ours]
            cookie = "; ".join([cookie, *(p.strip() for p in extra)])
        request.headers["Cookie"] = cookie
    if query:
        present = request.url.query.decode("ascii", "replace").split("&")
        names = {piece.partition("=")[0] for piece in present}
        missing = [piece for piece in query if piece.partition("=")[0] not in names]
        if missing:
            old = request.url.query
            request.url = request.url.copy_with(
                query=b"&".join([*([old] if old else []), *(m.encode("ascii") for m in missing)])
            )


# --------------------------------------------------------------------------------------------
# Clients
# --------------------------------------------------------------------------------------------


class _Auth:
    """What the credentials add to the calls of one security requirement."""

    __slots__ = ("cookies", "headers", "oauth", "prepared", "query")

    def __init__(
        self,
        headers: tuple[tuple[str, tuple[str, str]], ...],  # (lower-case name, (name, value))
        query: tuple[str, ...],
        cookies: tuple[str, ...],
        oauth: tuple[str, ...],  # OAuth2 schemes whose bearer token is added per attempt
    ) -> None:
        self.headers = headers
        self.query = query
        self.cookies = cookies
        self.oauth = oauth
        # (Accept, Content-Type) -> the headers of calls without per-call headers or cookies
        self.prepared: dict[tuple[str, str | None], _SharedHeaders] = {}


class _SharedHeaders:
    """The SDK's headers of every call of some endpoints (no per-call headers or cookies), and
    the same merged with the headers of the httpx client, as ``Client.build_request`` would
    merge them; the merge is redone only when the httpx client's headers change."""

    __slots__ = ("_merged", "ours")

    def __init__(self, ours: httpx.Headers) -> None:
        self.ours = ours
        # (the httpx client's headers as ``.raw``, the merged headers); one attribute, so that
        # a thread sees a consistent pair
        self._merged: tuple[list[tuple[bytes, bytes]], httpx.Headers] | None = None

    def merged_with(self, client_headers: httpx.Headers) -> httpx.Headers:
        raw = client_headers.raw
        state = self._merged
        if state is None or state[0] != raw:
            state = self._merged = (raw, merge_headers(client_headers, self.ours))
        return state[1]


def merge_headers(
    client_headers: httpx.Headers, ours: httpx.Headers | list[tuple[str, str]]
) -> httpx.Headers:
    """``httpx.Client._merge_headers``: the client's headers, each of ours replacing the
    client's of that name and coming after them."""
    merged = httpx.Headers(client_headers)
    merged.update(ours)
    return merged


_BUILD_REQUEST = httpx.Client.build_request  # the same function for httpx.AsyncClient
_URL_CACHE_SIZE = 256


def _builds_plainly(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether ``client.build_request`` would only merge its headers into ours: no client-wide
    query parameters or cookies to add, and no subclass changing how requests are built."""
    return type(client).build_request is _BUILD_REQUEST and not client.params and not client.cookies


def _update_headers(
    merged: dict[str, tuple[str, str]], new: Mapping[str, str], source: str
) -> None:
    """``httpx.Headers.update``: each header replaced, moved to the end (each checked with
    ``check_header``; ``source`` names where they come from in its error)."""
    for name, value in new.items():
        check_header(name, value, f"{source} {name!r}")
        key = name.lower()
        merged.pop(key, None)
        merged[key] = (name, value)


RequestHook = Callable[[httpx.Request], object]
ResponseHook = Callable[[httpx.Response], object]


class _LazyHttpClient(Generic[_HttpxT]):
    """The httpx client of an SDK client and of its ``with_options`` copies: the one passed in,
    or one made on first use (none once closed: sending then fails, as with a closed httpx client).
    """

    __slots__ = ("_factory", "_lock", "_timeout", "client", "closed", "created")

    client: _HttpxT
    _factory: Callable[[httpx.Timeout], _HttpxT]

    def __init__(
        self,
        client: _HttpxT | None,
        factory: Callable[[httpx.Timeout], _HttpxT],
        timeout: httpx.Timeout,
    ) -> None:
        self.created = client is not None
        self.closed = False
        if client is not None:
            self.client = client
        self._factory = factory
        self._timeout = timeout
        self._lock = threading.Lock()

    def get(self) -> _HttpxT:
        with self._lock:
            if not self.created:
                if self.closed:
                    raise RuntimeError("Cannot send a request, as the client has been closed.")
                self.client = self._factory(self._timeout)
                self.created = True
        return self.client

    @property
    def is_closed(self) -> bool:
        return self.client.is_closed if self.created else self.closed


class _BaseClient(Generic[_HttpxT]):
    """Configuration and everything about a call that does not do I/O."""

    # Set by the generated subclass.
    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = {}
    # scheme name -> environment variable (a pair of them for OAuth2 client id and secret)
    _env_vars: ClassVar[Mapping[str, str | tuple[str, str]]] = {}
    # scheme name -> constructor argument(s), named in MissingCredentialsError
    _credential_args: ClassVar[Mapping[str, str | tuple[str, str]]] = {}
    _default_base_url: ClassVar[str] = ""  # may hold {variables}: see _server_variables
    _server_variables: ClassVar[Mapping[str, str]] = {}  # server variable -> default value
    _user_agent: ClassVar[str] = "sdk"
    _log_env_var: ClassVar[str] = ""
    _base_url_env_var: ClassVar[str] = ""  # read when no `server_url` is given

    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    """Largest body (decoded) read into memory by a non-streaming call, error bodies included;
    a longer one raises ``APIResponseTooLargeError``. Set it on a client (copies made by
    ``with_options`` inherit it) or on the class; ``None`` removes the limit."""

    _pool: _LazyHttpClient[_HttpxT]
    _owns_client: bool
    _credentials: dict[str, Credential]
    _tokens: dict[str, tuple[str, float | None]]  # OAuth2: scheme -> (token, monotonic expiry)
    _token_lock: threading.Lock
    _secrets: tuple[str, ...]
    _sensitive_headers: frozenset[str]  # lower case; also what a cross-origin redirect strips
    _query_carriers: frozenset[str]  # API-key query parameters, stripped likewise
    _base_url: str
    _timeout: httpx.Timeout
    _max_retries: int
    _default_headers: dict[str, str]
    _user_agent_header: str
    _auth_cache: dict[tuple[tuple[str, ...], ...], _Auth]  # endpoint security -> what it adds
    _urls: dict[str, httpx.URL]  # URL -> parsed, shared with with_options copies
    _before_request: tuple[RequestHook, ...]
    _after_response: tuple[ResponseHook, ...]
    _retry_non_idempotent: bool
    _retry_base_delay: float
    _retry_max_delay: float

    def __init__(
        self,
        *,
        credentials: Mapping[str, Credential | tuple[str | None, str | None] | None] | None = None,
        server_url: str | None = None,
        server_variables: Mapping[str, str | None] | None = None,
        http_client: _HttpxT | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        before_request: Sequence[RequestHook] = (),
        after_response: Sequence[ResponseHook] = (),
        retry_non_idempotent: bool = False,
        retry_base_delay: float = DEFAULT_RETRY_BASE_DELAY,
        retry_max_delay: float = DEFAULT_RETRY_MAX_DELAY,
    ) -> None:
        configure_logging(self._log_env_var)
        install_log_redaction()
        self._user_agent_header = _user_agent(self._user_agent)
        self._sensitive_headers = _SENSITIVE_HEADERS | {
            s.param_name.lower()
            for s in self._security_schemes.values()
            if s.kind == "apikey_header"
        }
        self._query_carriers = frozenset(
            s.param_name for s in self._security_schemes.values() if s.kind == "apikey_query"
        )
        self._token_lock = threading.Lock()
        self._set_credentials(
            resolve_credentials(self._security_schemes, self._env_vars, credentials or {})
        )
        self._base_url = (
            server_url
            or (os.environ.get(self._base_url_env_var) if self._base_url_env_var else None)
            or server_url_from(self._default_base_url, self._server_variables, server_variables)
        ).rstrip("/")
        if isinstance(timeout, NotGiven):
            # A caller's client keeps its timeout, unless it is just httpx's 5 s default.
            own = http_client.timeout if http_client is not None else _HTTPX_DEFAULT_TIMEOUT
            self._timeout = DEFAULT_TIMEOUT if own == _HTTPX_DEFAULT_TIMEOUT else own
        else:
            self._timeout = to_timeout(timeout)
        self._max_retries = _check_retries(max_retries)
        self._default_headers = dict(default_headers or {})
        self._before_request = tuple(before_request)
        self._after_response = tuple(after_response)
        self._retry_non_idempotent = retry_non_idempotent
        self._retry_base_delay = retry_base_delay
        self._retry_max_delay = retry_max_delay
        self._owns_client = http_client is None
        # Our own httpx client is created on first use: constructing one loads httpcore and an
        # SSL context, most of the cost of `import <sdk>; <Client>()`.
        self._pool = _LazyHttpClient(http_client, self._new_http_client, self._timeout)
        self._urls = {}

    @classmethod
    def _new_http_client(cls, timeout: httpx.Timeout) -> _HttpxT:
        raise NotImplementedError

    @property
    def _client(self) -> _HttpxT:
        return self._pool.client if self._pool.created else self._pool.get()

    def _set_credentials(self, credentials: dict[str, Credential]) -> None:
        self._credentials = credentials
        self._auth_cache = {}
        self._tokens = {}
        self._secrets = secret_variants(credentials, self._security_schemes)

    def _log_secrets(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """What the log filter hides during a call of this client: its secrets (longest first)
        and its credential headers (lower case)."""
        return self._secrets, self._sensitive_headers

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def is_closed(self) -> bool:
        return self._pool.is_closed

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, timeout={self._timeout!r}, "
            f"max_retries={self._max_retries}, credentials={sorted(self._credentials)})"
        )

    def with_options(
        self,
        *,
        credentials: Mapping[str, Credential | tuple[str | None, str | None] | None] | None = None,
        server_url: str | None = None,
        http_client: _HttpxT | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        before_request: Sequence[RequestHook] | None = None,
        after_response: Sequence[ResponseHook] | None = None,
        retry_non_idempotent: bool | None = None,
        retry_base_delay: float | None = None,
        retry_max_delay: float | None = None,
        **credential_arguments: str | None,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool.

        Credentials are given by the constructor's own keyword names (``bearer_auth=...``) or by
        scheme in ``credentials``; they and ``default_headers`` are merged over the current
        ones; everything else replaces. Closing the copy leaves the shared pool open: close the
        original.
        """
        if credential_arguments:
            credentials = {**(credentials or {}), **self._by_scheme(credential_arguments)}
        new = copy.copy(self)
        for klass in type(self).__mro__:  # resources cached on the original point at it
            for name, attr in vars(klass).items():
                if isinstance(attr, functools.cached_property):
                    new.__dict__.pop(name, None)
        if credentials:
            merged = resolve_credentials(self._security_schemes, {}, credentials)
            new._set_credentials({**self._credentials, **merged})
        if server_url is not None:
            new._base_url = server_url.rstrip("/")
        if http_client is not None:
            new._pool = _LazyHttpClient(http_client, self._new_http_client, self._timeout)
        new._owns_client = False
        new._auth_cache = {}  # prepared headers include the default headers
        if not isinstance(timeout, NotGiven):
            new._timeout = to_timeout(timeout)
        if max_retries is not None:
            new._max_retries = _check_retries(max_retries)
        if default_headers is not None:
            new._default_headers = {**self._default_headers, **default_headers}
        if before_request is not None:
            new._before_request = tuple(before_request)
        if after_response is not None:
            new._after_response = tuple(after_response)
        if retry_non_idempotent is not None:
            new._retry_non_idempotent = retry_non_idempotent
        if retry_base_delay is not None:
            new._retry_base_delay = retry_base_delay
        if retry_max_delay is not None:
            new._retry_max_delay = retry_max_delay
        return new

    def _by_scheme(
        self, arguments: Mapping[str, str | None]
    ) -> dict[str, Credential | tuple[str | None, str | None] | None]:
        """Credentials given by constructor keyword names, by security scheme; a half of a
        pair (client id or secret) keeps the other half of the current credential."""
        owner: dict[str, tuple[str, int]] = {}  # argument -> (scheme, part; -1: not a pair)
        for scheme, names in self._credential_args.items():
            entries = list(enumerate(names)) if isinstance(names, tuple) else [(-1, names)]
            for index, name in entries:
                owner[name] = (scheme, index)
        unknown = sorted(set(arguments) - set(owner))
        if unknown:
            raise TypeError(f"with_options() got unexpected keyword arguments: {unknown}")
        result: dict[str, Credential | tuple[str | None, str | None] | None] = {}
        for name, value in arguments.items():
            scheme, index = owner[name]
            if value is None:
                continue
            if index < 0:
                result[scheme] = value
                continue
            previous = result.get(scheme) or self._credentials.get(scheme)
            pair: list[str | None] = list(previous) if isinstance(previous, tuple) else [None, None]
            pair[index] = value
            result[scheme] = (pair[0], pair[1])
        return result

    def _prepare(
        self,
        endpoint: Endpoint[Any],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> _Call:
        auth = self._auth_cache.get(endpoint.security)
        if auth is None:
            auth = self._auth_for(endpoint)
        index = endpoint.param_index
        extra_query = options.extra_query
        if query or extra_query:
            pieces = query_pieces({**(query or {}), **(extra_query or {})}, index)
        else:
            pieces = []
        if auth.query:
            pieces += auth.query
        if not isinstance(json, NotGiven):
            body, content_type = json, content_type or "application/json"
        if isinstance(body, NotGiven) and not options.extra_body:
            payload = _NO_PAYLOAD
        else:
            payload = encode_payload(
                body,
                content_type or endpoint.content_type or "application/json",
                options.extra_body,
            )

        content_header = payload.content_type if not payload.empty else None
        shared: _SharedHeaders | None = None
        if cookies or headers or options.idempotency_key or options.extra_headers:
            call_headers: httpx.Headers | list[tuple[str, str]] = list(
                self._headers(endpoint, auth, content_header, cookies, headers, options).values()
            )
        else:  # the same on every call: built once (httpx copies it, never changes it)
            cache_key = (endpoint.accept_header, content_header)
            shared = auth.prepared.get(cache_key)
            if shared is None:
                merged = self._headers(endpoint, auth, content_header, None, None, options)
                shared = _SharedHeaders(httpx.Headers(list(merged.values())))
                auth.prepared[cache_key] = shared
            call_headers = shared.ours

        base = self._base_url
        if endpoint.server_url:  # the operation's own server; a relative one is below the client's
            base = urljoin(base + "/", endpoint.server_url).rstrip("/")
        if "://" not in base:
            raise ValueError(
                f"the server URL {base!r} is relative: pass server_url='https://<host>{base}' "
                f"to {type(self).__name__}()"
            )
        url = base + format_path(endpoint.path, path_params or {}, index)
        if pieces:
            url += ("&" if "?" in url else "?") + "&".join(pieces)
        timeout, retries = options.timeout, options.max_retries
        return _Call(
            endpoint,
            endpoint.http_method,
            url,
            call_headers,
            payload,
            self._timeout if isinstance(timeout, NotGiven) else to_timeout(timeout),
            self._max_retries if isinstance(retries, NotGiven) else retries,
            endpoint.idempotent or bool(options.idempotency_key) or self._retry_non_idempotent,
            auth.oauth,
            shared,
            auth.query,
        )

    def _headers(
        self,
        endpoint: Endpoint[Any],
        auth: _Auth,
        content_type: str | None,
        cookies: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> dict[str, tuple[str, str]]:
        """The request headers as lower-case name -> (name, value): ``httpx.Headers`` semantics
        (case-insensitive, a set keeps the position, an update moves the header to the end)."""
        index = endpoint.param_index
        merged: dict[str, tuple[str, str]] = {"user-agent": ("User-Agent", self._user_agent_header)}
        if endpoint.accept_header:
            merged["accept"] = ("Accept", endpoint.accept_header)
        if content_type is not None:
            merged["content-type"] = ("Content-Type", content_type)
        for key, pair in auth.headers:
            merged[key] = pair
        cookie_pairs: list[str] = []
        if cookies:
            for name, value in cookies.items():
                cookie_pairs += encode_cookie_param(name, value, index.get(("cookie", name)))
        if auth.cookies:
            cookie_pairs += auth.cookies
        if cookie_pairs:
            cookie = "; ".join(cookie_pairs)  # values are percent-encoded, names are not
            check_header("Cookie", cookie, "cookie parameters")
            merged["cookie"] = ("Cookie", cookie)
        if self._default_headers:
            _update_headers(merged, self._default_headers, "default header")
        if headers:
            for name, value in headers.items():
                text = encode_header_param(name, value, index.get(("header", name)))
                if text is not None:
                    check_header(name, text, f"header parameter {name!r}")
                    merged[name.lower()] = (name, text)
        if options.idempotency_key:
            check_header("Idempotency-Key", options.idempotency_key, "idempotency_key")
            merged["idempotency-key"] = ("Idempotency-Key", options.idempotency_key)
        if options.extra_headers:
            _update_headers(merged, options.extra_headers, "extra header")
        return merged

    def _auth_for(self, endpoint: Endpoint[Any]) -> _Auth:
        """What the credentials add to calls of this security requirement (cached until the
        credentials change)."""
        names = select_security(endpoint.security, self._credentials)
        if names is None:
            raise missing_credentials(
                endpoint, type(self).__name__, self._credential_args, self._env_vars
            )
        for name in names:
            self._check_credential(name)
        headers = httpx.Headers()
        query: list[str] = []
        cookies: list[str] = []
        apply_auth(names, self._security_schemes, self._credentials, headers, query, cookies)
        oauth = tuple(
            name
            for name in names
            if self._security_schemes[name].kind == "oauth2_client_credentials"
        )
        auth = _Auth(
            tuple(
                (key.lower(), (key, value))
                for key, value in (
                    (k.decode(headers.encoding), v.decode(headers.encoding)) for k, v in headers.raw
                )
            ),
            tuple(query),
            tuple(cookies),
            oauth,
        )
        self._auth_cache[endpoint.security] = auth
        return auth

    def _check_credential(self, name: str) -> None:
        """A credential that goes into a header or cookie as text must hold no control
        character (it would inject headers); the error names its argument, never its value."""
        scheme = self._security_schemes[name]
        if scheme.kind not in ("bearer", "apikey_header", "apikey_cookie"):
            return  # query keys are percent-encoded, basic and OAuth2 pairs base64-encoded
        value = self._credentials[name]
        text = value if isinstance(value, str) else ":".join(value)
        header = {"bearer": "Authorization", "apikey_cookie": "Cookie"}.get(
            scheme.kind, scheme.param_name
        )
        argument = self._credential_args.get(name) or name
        check_header(header, text, f"credential {argument!r} (security scheme {name!r})")

    def _build(
        self, call: _Call, files: _OpenFiles | None, tokens: Mapping[str, str] | None = None
    ) -> httpx.Request:
        """The request of one attempt: what ``client.build_request`` returns, built with less
        work when the httpx client adds nothing but its headers (see ``_builds_plainly``)."""
        client = self._client
        url = self._url(call.url)
        payload = call.payload
        upload = payload.upload
        content: Any = payload.content
        if upload is not None:
            # httpx streams an iterable body (sync client) or an async iterable (async client).
            content = upload.aiter() if isinstance(client, httpx.AsyncClient) else upload
        files_arg = None
        if payload.parts:
            assert files is not None
            files_arg = files.httpx_files(payload)
        header_list = call.headers
        if tokens:
            header_list = httpx.Headers(header_list)
            for token in tokens.values():
                header_list["Authorization"] = f"Bearer {token}"
        if _builds_plainly(client):
            shared = call.shared
            if shared is not None and not tokens:
                headers = shared.merged_with(client.headers)
            else:
                headers = merge_headers(client.headers, header_list)
            request = httpx.Request(
                call.method,
                url,
                headers=headers,
                content=content,
                files=files_arg,
                extensions={"timeout": call.timeout.as_dict()},
            )
        else:
            request = client.build_request(
                call.method,
                url,
                headers=header_list,
                content=content,
                files=files_arg,
                timeout=call.timeout,
            )
        if upload is not None:
            length = upload.length()
            if length is not None:  # known size: Content-Length, not chunked (presigned URLs)
                request.headers.pop("Transfer-Encoding", None)
                request.headers["Content-Length"] = str(length)
        if call.auth_query:  # the URL holds an API key: keep it out of repr(request)
            hide_url_secrets(request, self._secrets)
        return request

    def _url(self, url: str) -> httpx.URL:
        """``httpx.URL(url)``, parsed once per distinct URL: parsing and validating a URL is
        one of httpx's costliest steps per request, and calls often repeat a URL (a static path,
        polling one resource). ``httpx.URL`` is immutable, so requests can share one."""
        cache = self._urls
        parsed = cache.get(url)
        if parsed is None:
            parsed = httpx.URL(url)
            if len(cache) >= _URL_CACHE_SIZE:
                cache.clear()  # bounded: calls with ever new URLs must not grow it
            cache[url] = parsed
        return parsed

    # -- OAuth2 client credentials ---------------------------------------------------------

    def _cached_token(self, name: str) -> str | None:
        cached = self._tokens.get(name)
        if cached is not None and (cached[1] is None or time.monotonic() < cached[1]):
            return cached[0]
        return None

    def _token_request(self, name: str) -> httpx.Request:
        """RFC 6749 §4.4: the client id and secret in HTTP Basic auth (form-encoded first)."""
        scheme = self._security_schemes[name]
        client_id, client_secret = _pair(self._credentials[name])
        basic = _basic((quote_plus(client_id), quote_plus(client_secret)))
        return self._client.build_request(
            "POST",
            urljoin(self._base_url + "/", scheme.token_url),
            headers={
                "Authorization": f"Basic {basic}",
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
                "User-Agent": _user_agent(self._user_agent),
            },
            content=b"grant_type=client_credentials",
            timeout=self._timeout,
        )

    def _store_token(self, name: str, response: httpx.Response) -> str:
        """Cache the token of a token response until shortly before it expires."""
        endpoint: Endpoint[Any] = Endpoint(
            "POST", self._security_schemes[name].token_url, {}, {}, (), False
        )
        if response.status_code >= 400:
            raise status_error(endpoint, response, self._secrets)
        try:
            data = jsonlib.loads(response.content)
            token = data["access_token"]
            if not isinstance(token, str) or not token:
                raise TypeError("access_token is not a string")
            check_header("Authorization", token, "access_token")
        # UnsafeHeaderError is a ValueError; RecursionError from a hostile, deeply nested body
        except (ValueError, KeyError, TypeError, RecursionError) as err:
            detail = f"{_describe(response, self._secrets)}: not a token response ({err})"
            raise APIResponseValidationError(
                scrub(detail, self._secrets), response=response, body=text_of(response)
            ) from err
        expires_in = data.get("expires_in")
        expires_at: float | None = None
        if isinstance(expires_in, (int, float, str)) and not isinstance(expires_in, bool):
            try:
                seconds = float(expires_in)
            except ValueError:
                seconds = math.nan
            if math.isfinite(seconds):
                margin = min(30.0, seconds / 10)  # refresh a little before the server would
                expires_at = time.monotonic() + max(seconds - margin, 0.0)
        self._tokens[name] = (token, expires_at)
        self._secrets = tuple(sorted({*self._secrets, token}, key=len, reverse=True))
        return token

    def _next_delay(
        self,
        call: _Call,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        return retry_delay(
            attempt=attempt,
            max_retries=call.max_retries,
            retry_any=call.retry_any,
            response=response,
            error=error,
            base=self._retry_base_delay,
            cap=self._retry_max_delay,
        )

    def _next_hop(
        self,
        first: httpx.Request,
        history: Sequence[httpx.Response],
        crossed: bool,
        query_credentials: Sequence[str],
    ) -> tuple[httpx.Request, bool]:
        """The request after the last redirect of ``history``, in a chain that began with
        ``first``: httpx's ``next_request`` (method, URL, body and cookies as httpx follows
        redirects: 303, and 301/302 after a POST, become a GET without body) under the SDK's
        credential policy. Once the chain has left the origin (scheme, host or port) of ``first``
        — ``crossed`` — no credential carrier is sent; within it, all of them are. More
        redirects than the httpx client's ``max_redirects`` raise ``httpx.TooManyRedirects``."""
        response = history[-1]
        request = response.next_request
        assert request is not None
        limit = self._client.max_redirects
        if len(history) > limit:
            raise httpx.TooManyRedirects(
                f"Exceeded the maximum of {limit} redirects", request=response.request
            )
        crossed = crossed or origin(request.url) != origin(first.url)
        if crossed:
            strip_credentials(request, self._sensitive_headers, self._query_carriers, self._secrets)
        else:
            keep_credentials(request, first, query_credentials)
        if self._secrets:
            hide_url_secrets(request, self._secrets)
        log.debug(
            "Redirect %d to %s%s",
            response.status_code,
            self._url_for_log(request),
            " (another origin: credentials not sent)" if crossed else "",
        )
        return request, crossed

    def _url_for_log(self, request: httpx.Request) -> str:
        return scrub(str(request.url), self._secrets)

    def _log_request(self, request: httpx.Request, attempt: int, payload: Payload) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request: %s %s (attempt %d) headers=%s",
                request.method,
                self._url_for_log(request),
                attempt + 1,
                redact_headers(request.headers, self._sensitive_headers, self._secrets),
            )
        if body_log.isEnabledFor(logging.DEBUG) and not payload.empty:
            body_log.debug("Request body: %s", payload_for_log(payload, self._secrets))

    def _log_response_body(self, response: httpx.Response) -> None:
        """The body of a response read into memory (a streamed success is not read here)."""
        if body_log.isEnabledFor(logging.DEBUG):
            try:
                content = response.content
            except httpx.ResponseNotRead:
                return
            shown = body_for_log(content, response.headers.get("content-type", ""), self._secrets)
            body_log.debug("Response body: %s", shown)

    def _log_response(self, response: httpx.Response, started: float) -> None:
        if log.isEnabledFor(logging.INFO):
            request = response.request
            log.info(
                "%s %s -> %d %s (%.0f ms)",
                request.method,
                self._url_for_log(request),
                response.status_code,
                response.reason_phrase,
                (time.monotonic() - started) * 1000,
            )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Response headers: %s",
                redact_headers(response.headers, self._sensitive_headers, self._secrets),
            )

    def _log_retry(
        self, call: _Call, request: httpx.Request, attempt: int, delay: float, reason: str
    ) -> None:
        log.info(
            "Retrying %s %s in %.2f s (retry %d of %d) after %s",
            request.method,
            self._url_for_log(request),
            delay,
            attempt + 1,
            call.max_retries,
            scrub(reason, self._secrets),
        )

    def _raw(self, endpoint: Endpoint[T], response: httpx.Response) -> APIResponse[T]:
        return APIResponse(
            response, functools.partial(decode_success, endpoint, secrets=self._secrets)
        )


def server_url_from(
    template: str, defaults: Mapping[str, str], given: Mapping[str, str | None] | None
) -> str:
    """The server URL: ``{variable}`` placeholders filled from ``given``, else the defaults."""
    unknown = set(given or {}) - set(defaults)
    if unknown:
        raise ValueError(f"unknown server variable(s): {', '.join(sorted(unknown))}")
    url = template
    for name, default in defaults.items():
        value = (given or {}).get(name)
        url = url.replace("{" + name + "}", default if value is None else value)
    return url


def _check_retries(value: object) -> int:
    """``value`` if it is a valid ``max_retries`` (callers may pass anything at run time)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be a non-negative integer, got {value!r}")
    return value


def _user_agent(product: str) -> str:
    version = sys.version_info
    return f"{product} python/{version.major}.{version.minor}.{version.micro}"


def _reason(response: httpx.Response | None, error: Exception | None) -> str:
    if response is not None:
        return f"{response.status_code} {response.reason_phrase}".strip()
    return type(error).__name__


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Blocking client; generated ``Client`` classes subclass it."""

    @classmethod
    def _new_http_client(cls, timeout: httpx.Timeout) -> httpx.Client:
        return httpx.Client(timeout=timeout, follow_redirects=True)

    def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        """Send the call (with retries) and return the decoded result.

        ``path_params`` / ``query`` / ``headers`` / ``cookies`` map wire names to values,
        serialized as the endpoint's ``params`` say (``None`` and ``NOT_GIVEN`` are not sent);
        ``body`` is encoded as ``content_type`` (default: the endpoint's); ``json`` is a JSON
        body.
        """
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        response = self._send(call)
        result: T = decode_success(endpoint, response, self._secrets)
        return result

    def request_raw(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> APIResponse[T]:
        """Like ``request`` but returns the response; ``.parse()`` gives the decoded result."""
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        return self._raw(endpoint, self._send(call))

    def request_url(
        self,
        endpoint: Endpoint[T],
        url: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> APIResponse[T]:
        """``request_raw`` sent to ``url``, a next-page URL the server gave (see ``next_page_url``:
        same origin only, the call's query parameters it lacks added), with the endpoint's
        headers, credentials, retries and per-call options."""
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        call.url = next_page_url(call.url, url)
        return self._raw(endpoint, self._send(call))

    def request_stream(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> StreamedResponse[T]:
        """Like ``request_raw``, but the body is not read yet: iterate over it or write it to a
        file, then close the response (use it as a context manager)."""
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        response = self._send(call, stream=True)
        return StreamedResponse(
            response, functools.partial(decode_success, endpoint, secrets=self._secrets)
        )

    def _token(self, name: str) -> str:
        with self._token_lock:
            token = self._cached_token(name)
            if token is not None:
                return token
            request = self._token_request(name)
            try:
                response = self._send_following(request)
            except httpx.RequestError as err:
                raise transport_error(err, request, 1, self._secrets) from err
            return self._store_token(name, response)

    def _send(self, call: _Call, *, stream: bool = False) -> httpx.Response:
        sending = _SENDING.set(self._log_secrets)  # for the log filter, see _RedactCredentials
        try:
            if not call.payload.parts:
                return self._attempts(call, None, stream)
            files = _OpenFiles()
            try:
                return self._attempts(call, files, stream)
            finally:
                files.close()
        finally:
            _SENDING.reset(sending)

    def _send_following(
        self, request: httpx.Request, *, stream: bool = False, query: Sequence[str] = ()
    ) -> httpx.Response:
        """Send ``request`` and, if the httpx client follows redirects, follow them here (at most
        its ``max_redirects``) so that ``_next_hop`` decides what each hop carries: httpx itself
        is never left to follow one (it would forward API keys to another host)."""
        client = self._client
        response = client.send(request, stream=stream, follow_redirects=False)
        if response.next_request is None or not client.follow_redirects:
            return response
        first, crossed = request, False
        history: list[httpx.Response] = []
        while response.next_request is not None:
            response.close()
            history.append(response)
            request, crossed = self._next_hop(first, history, crossed, query)
            response = client.send(
                request,
                stream=stream,
                follow_redirects=False,
                auth=None if crossed else httpx.USE_CLIENT_DEFAULT,  # nor the httpx client's
            )
        response.history = history
        return response

    def _attempts(self, call: _Call, files: _OpenFiles | None, stream: bool) -> httpx.Response:
        attempt = 0
        refreshed = False  # an OAuth2 token refused with 401 is fetched again, once
        while True:
            tokens = {name: self._token(name) for name in call.oauth}
            request = self._build(call, files, tokens)
            for hook in self._before_request:
                _sync_hook_result(hook(request))
            self._log_request(request, attempt, call.payload)
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = self._send_following(request, stream=True, query=call.auth_query)
                if not stream:
                    read_bounded(response, self.max_response_bytes)
            except httpx.RequestError as err:
                delay = self._next_delay(call, attempt, error=err)
                if delay is None:
                    raise transport_error(err, request, attempt + 1, self._secrets) from err
                self._log_retry(call, request, attempt, delay, _reason(None, err))
            else:
                self._log_response(response, started)
                self._log_response_body(response)
                for response_hook in self._after_response:
                    _sync_hook_result(response_hook(response))
                if response.status_code >= 400:
                    if stream:
                        read_bounded(response, self.max_response_bytes)
                        self._log_response_body(response)
                    if response.status_code == 401 and call.oauth and not refreshed:
                        refreshed = True
                        for name in call.oauth:
                            self._tokens.pop(name, None)
                        response.close()
                        continue
                    delay = self._next_delay(call, attempt, response=response)
                    if delay is None:
                        raise status_error(call.endpoint, response, self._secrets)
                    self._log_retry(call, request, attempt, delay, _reason(response, None))
                    response.close()
                else:
                    return response
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_client:
            pool = self._pool
            if pool.created:
                pool.client.close()
            pool.closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _sync_hook_result(result: object) -> None:
    if inspect.isawaitable(result):
        close = getattr(result, "close", None)
        if callable(close):
            close()  # avoid "coroutine was never awaited"
        raise TypeError("async hooks need the async client")


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """``async`` twin of ``SyncAPIClient``; hooks may be plain or async callables."""

    @classmethod
    def _new_http_client(cls, timeout: httpx.Timeout) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout, follow_redirects=True)

    async def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        """Send the call (with retries) and return the decoded result (see
        `SyncAPIClient.request`)."""
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        response = await self._send(call)
        result: T = decode_success(endpoint, response, self._secrets)
        return result

    async def request_raw(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> APIResponse[T]:
        """Like ``request`` but returns the response; ``.parse()`` gives the decoded result."""
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        return self._raw(endpoint, await self._send(call))

    async def request_url(
        self,
        endpoint: Endpoint[T],
        url: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> APIResponse[T]:
        """``request_raw`` sent to ``url``, a next-page URL the server gave (see ``next_page_url``:
        same origin only, the call's query parameters it lacks added), with the endpoint's
        headers, credentials, retries and per-call options."""
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        call.url = next_page_url(call.url, url)
        return self._raw(endpoint, await self._send(call))

    async def request_stream(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> AsyncStreamedResponse[T]:
        """Like ``request_raw``, but the body is not read yet: iterate over it or write it to a
        file, then close the response (use it as an async context manager)."""
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )
        response = await self._send(call, stream=True)
        return AsyncStreamedResponse(
            response, functools.partial(decode_success, endpoint, secrets=self._secrets)
        )

    async def _token(self, name: str) -> str:
        token = self._cached_token(name)
        if token is not None:
            return token
        request = self._token_request(name)
        try:
            response = await self._send_following(request)
        except httpx.RequestError as err:
            raise transport_error(err, request, 1, self._secrets) from err
        return self._store_token(name, response)

    async def _send(self, call: _Call, *, stream: bool = False) -> httpx.Response:
        sending = _SENDING.set(self._log_secrets)  # for the log filter, see _RedactCredentials
        try:
            if not call.payload.parts:
                return await self._attempts(call, None, stream)
            files = _OpenFiles()
            try:
                return await self._attempts(call, files, stream)
            finally:
                files.close()
        finally:
            _SENDING.reset(sending)

    async def _send_following(
        self, request: httpx.Request, *, stream: bool = False, query: Sequence[str] = ()
    ) -> httpx.Response:
        """``SyncAPIClient._send_following``, awaited."""
        client = self._client
        response = await client.send(request, stream=stream, follow_redirects=False)
        if response.next_request is None or not client.follow_redirects:
            return response
        first, crossed = request, False
        history: list[httpx.Response] = []
        while response.next_request is not None:
            await response.aclose()
            history.append(response)
            request, crossed = self._next_hop(first, history, crossed, query)
            response = await client.send(
                request,
                stream=stream,
                follow_redirects=False,
                auth=None if crossed else httpx.USE_CLIENT_DEFAULT,
            )
        response.history = history
        return response

    async def _attempts(
        self, call: _Call, files: _OpenFiles | None, stream: bool
    ) -> httpx.Response:
        attempt = 0
        refreshed = False
        while True:
            tokens = {name: await self._token(name) for name in call.oauth}
            request = self._build(call, files, tokens)
            for hook in self._before_request:
                await _async_hook_result(hook(request))
            self._log_request(request, attempt, call.payload)
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = await self._send_following(request, stream=True, query=call.auth_query)
                if not stream:
                    await aread_bounded(response, self.max_response_bytes)
            except httpx.RequestError as err:
                delay = self._next_delay(call, attempt, error=err)
                if delay is None:
                    raise transport_error(err, request, attempt + 1, self._secrets) from err
                self._log_retry(call, request, attempt, delay, _reason(None, err))
            else:
                self._log_response(response, started)
                self._log_response_body(response)
                for response_hook in self._after_response:
                    await _async_hook_result(response_hook(response))
                if response.status_code >= 400:
                    if stream:
                        await aread_bounded(response, self.max_response_bytes)
                        self._log_response_body(response)
                    if response.status_code == 401 and call.oauth and not refreshed:
                        refreshed = True
                        for name in call.oauth:
                            self._tokens.pop(name, None)
                        await response.aclose()
                        continue
                    delay = self._next_delay(call, attempt, response=response)
                    if delay is None:
                        raise status_error(call.endpoint, response, self._secrets)
                    self._log_retry(call, request, attempt, delay, _reason(response, None))
                    await response.aclose()
                else:
                    return response
            await _async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_client:
            pool = self._pool
            if pool.created:
                await pool.client.aclose()
            pool.closed = True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


async def _async_hook_result(result: object) -> None:
    if isinstance(result, Awaitable):
        await result


async def _async_sleep(seconds: float) -> None:
    import anyio  # installed with httpx; imported late to keep `import <sdk>` fast

    await anyio.sleep(seconds)
