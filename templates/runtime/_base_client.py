"""The HTTP core of the SDK: request building, auth, retries, timeouts, hooks and logging.

Everything that does not touch the network is a plain function shared by ``SyncAPIClient`` and
``AsyncAPIClient``; the two classes differ only in how they send, sleep and close.
"""

from __future__ import annotations

import base64
import copy
import functools
import json as jsonlib
import logging
import math
import os
import random
import sys
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar
from urllib.parse import quote, quote_plus

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    status_error_class,
)
from ._response import APIResponse
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:  # typing.Self needs Python 3.11; type checkers ship typing_extensions
    from typing_extensions import Self

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Endpoint",
    "RequestHook",
    "RequestOptions",
    "ResponseHook",
    "ResponseSpec",
    "SecurityScheme",
    "SyncAPIClient",
]

T = TypeVar("T")
_V = TypeVar("_V")
_HttpxT = TypeVar("_HttpxT", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
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


@dataclass(frozen=True, slots=True)
class Endpoint(Generic[T]):
    """One operation; ``T`` is what ``request`` returns for it."""

    method: str
    path: str  # "/items/{item_id}"
    responses: Mapping[str, ResponseSpec]  # "200", "2XX", "default"
    errors: Mapping[str, Callable[[Any], Any]]  # "404", "4XX", "default" -> error model decoder
    security: tuple[tuple[str, ...], ...]  # alternatives of AND-sets of scheme names
    idempotent: bool


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    kind: Literal["bearer", "basic", "apikey_header", "apikey_query", "apikey_cookie"]
    param_name: str = ""  # header / query / cookie name for the apiKey kinds


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


_NO_OPTIONS = RequestOptions()


# --------------------------------------------------------------------------------------------
# Request building
# --------------------------------------------------------------------------------------------


def _to_str(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _to_str(value.value)
    if isinstance(value, str):
        return value
    isoformat = getattr(value, "isoformat", None)  # date / datetime / time
    if callable(isoformat):
        return str(isoformat())
    return str(value)


def encode_query(query: Mapping[str, object]) -> list[tuple[str, str]]:
    """Form style, exploded: None / NOT_GIVEN dropped, lists repeat the key, objects are
    flattened into their properties, booleans are ``true`` / ``false``."""
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend((key, _to_str(item)) for item in value if item is not None)
        elif isinstance(value, Mapping):
            pairs.extend((str(k), _to_str(v)) for k, v in value.items() if v is not None)
        else:
            pairs.append((key, _to_str(value)))
    return pairs


def format_path(template: str, params: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders with percent-encoded values (``/`` included)."""
    path = template
    for name, value in params.items():
        text = _to_str(value)
        if not text:
            raise ValueError(f"path parameter {name!r} must not be empty")
        path = path.replace("{" + name + "}", quote(text, safe=""))
    if "{" in path:
        raise ValueError(f"missing path parameter(s) for {template!r}: {path!r}")
    return path


def encode_body(body: object | NotGiven, extra: Body | None) -> bytes | None:
    if extra:
        if isinstance(body, NotGiven):
            body = dict(extra)
        elif isinstance(body, Mapping):
            body = {**body, **extra}
        else:
            raise TypeError("extra_body can only be merged into a JSON object body")
    if isinstance(body, NotGiven):
        return None
    return jsonlib.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


# --------------------------------------------------------------------------------------------
# Credentials
# --------------------------------------------------------------------------------------------


def resolve_credentials(
    schemes: Mapping[str, SecurityScheme],
    env_vars: Mapping[str, str],
    given: Mapping[str, str | None],
) -> dict[str, str]:
    """Scheme name -> credential: the given value, else the scheme's environment variable."""
    unknown = set(given) - set(schemes)
    if unknown:
        raise ValueError(f"unknown security scheme(s): {', '.join(sorted(unknown))}")
    resolved: dict[str, str] = {}
    for name in schemes:
        value = given.get(name) or (os.environ.get(env_vars[name]) if name in env_vars else None)
        if value:
            resolved[name] = value
    return resolved


def select_security(
    requirement: tuple[tuple[str, ...], ...], credentials: Mapping[str, str]
) -> tuple[str, ...] | None:
    """The first alternative whose schemes all have credentials; ``()`` when anonymous access
    is allowed and none is satisfied; ``None`` when the call cannot be authenticated."""
    if not requirement:
        return ()
    for alternative in requirement:
        if alternative and all(name in credentials for name in alternative):
            return alternative
    return () if () in requirement else None


def apply_auth(
    names: tuple[str, ...],
    schemes: Mapping[str, SecurityScheme],
    credentials: Mapping[str, str],
    headers: httpx.Headers,
    params: list[tuple[str, str]],
) -> None:
    cookies: list[str] = []
    for name in names:
        scheme, value = schemes[name], credentials[name]
        if scheme.kind == "bearer":
            headers["Authorization"] = f"Bearer {value}"
        elif scheme.kind == "basic":
            pair = value if ":" in value else value + ":"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        elif scheme.kind == "apikey_header":
            headers[scheme.param_name] = value
        elif scheme.kind == "apikey_query":
            params.append((scheme.param_name, value))
        else:
            cookies.append(f"{scheme.param_name}={value}")
    if cookies:
        headers["Cookie"] = "; ".join(cookies)


def secret_variants(
    credentials: Mapping[str, str], schemes: Mapping[str, SecurityScheme]
) -> tuple[str, ...]:
    """Every form in which a credential could show up in text (longest first)."""
    found: set[str] = set()
    for name, value in credentials.items():
        found.update((value, quote(value, safe=""), quote_plus(value)))
        if schemes[name].kind == "basic":
            pair = value if ":" in value else value + ":"
            found.add(base64.b64encode(pair.encode()).decode("ascii"))
            found.add(pair.partition(":")[2])
    return tuple(sorted((s for s in found if s), key=len, reverse=True))


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
    arg_names: Mapping[str, str],
    env_vars: Mapping[str, str],
) -> MissingCredentialsError:
    def how(scheme: str) -> str:
        arg = (
            f"{arg_names[scheme]}=..."
            if scheme in arg_names
            else f"credentials={{{scheme!r}: ...}}"
        )
        env = env_vars.get(scheme)
        return f"{arg} (or set the {env} environment variable)" if env else arg

    alternatives = [alt for alt in endpoint.security if alt]
    ways = " or ".join(" and ".join(how(s) for s in alt) for alt in alternatives)
    names = tuple(dict.fromkeys(env_vars[s] for alt in alternatives for s in alt if s in env_vars))
    return MissingCredentialsError(
        f"{endpoint.method} {endpoint.path} requires credentials: pass {ways} to {client_name}()",
        schemes=tuple(alternatives),
        env_vars=names,
    )


# --------------------------------------------------------------------------------------------
# Retries
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Call:
    """A fully prepared call: everything needed to (re)send it."""

    endpoint: Endpoint[Any]
    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: httpx.Headers
    content: bytes | None
    timeout: httpx.Timeout
    max_retries: int
    retry_any: bool  # idempotent, idempotency key, or retry_non_idempotent


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
    if isinstance(error, httpx.UnsupportedProtocol):
        return False  # a bad URL stays bad
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
    """Decode a < 400 response with the endpoint's matching ``ResponseSpec``."""

    def invalid(problem: str) -> APIResponseValidationError:
        detail = scrub(f"{_describe(response, secrets)}: {problem}", secrets)
        return APIResponseValidationError(detail, response=response, body=response.text)

    spec = _lookup(endpoint.responses, response.status_code)
    if spec is None:
        return_statuses = ", ".join(endpoint.responses) or "none"
        raise invalid(f"undeclared status (declared: {return_statuses})")
    if spec.kind == "empty":
        return None
    value: Any
    if spec.kind == "json":
        try:
            value = jsonlib.loads(response.content)
        except ValueError as err:
            content_type = response.headers.get("content-type", "no content type")
            raise invalid(
                f"expected a JSON body, got {content_type}: {_excerpt(response.text)!r}"
            ) from err
    elif spec.kind == "text":
        value = response.text
    else:
        value = response.content
    if spec.decode is None:
        return value
    try:
        return spec.decode(value)
    except Exception as err:
        raise invalid(
            f"body does not match the declared schema ({type(err).__name__}: {err})"
        ) from err


def _error_body(response: httpx.Response) -> object:
    if not response.content:
        return None
    text = response.text
    if "json" in response.headers.get("content-type", "") or text.lstrip()[:1] in ("{", "["):
        try:
            return jsonlib.loads(response.content)
        except ValueError:
            pass
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
        except Exception as err:
            log.debug("Error body did not match its declared schema: %s", type(err).__name__)
    message = _describe(response, secrets)
    if response.content:
        message += ": " + scrub(_excerpt(response.text), secrets)
    cls = status_error_class(response.status_code)
    return cls(message, response=response, body=body, parsed=parsed)


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


def configure_logging(env_var: str) -> None:
    """Send the SDK's log to stderr when ``$<env_var>`` is ``debug`` or ``info``."""
    wanted = os.environ.get(env_var, "").strip().lower() if env_var else ""
    if wanted not in ("debug", "info"):
        return
    level = logging.DEBUG if wanted == "debug" else logging.INFO
    log.setLevel(level)
    handler = next((h for h in log.handlers if h.get_name() == _HANDLER_NAME), None)
    if handler is None:
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    handler.setLevel(level)


# --------------------------------------------------------------------------------------------
# Clients
# --------------------------------------------------------------------------------------------

RequestHook = Callable[[httpx.Request], object]
ResponseHook = Callable[[httpx.Response], object]


class _BaseClient(Generic[_HttpxT]):
    """Configuration and everything about a call that does not do I/O."""

    # Set by the generated subclass.
    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = {}
    _env_vars: ClassVar[Mapping[str, str]] = {}  # scheme name -> environment variable
    _credential_args: ClassVar[Mapping[str, str]] = {}  # scheme name -> constructor argument
    _default_base_url: ClassVar[str] = ""
    _user_agent: ClassVar[str] = "sdk"
    _log_env_var: ClassVar[str] = ""

    _client: _HttpxT
    _owns_client: bool
    _credentials: dict[str, str]
    _secrets: tuple[str, ...]
    _sensitive_headers: frozenset[str]
    _base_url: str
    _timeout: httpx.Timeout
    _max_retries: int
    _default_headers: dict[str, str]
    _before_request: tuple[RequestHook, ...]
    _after_response: tuple[ResponseHook, ...]
    _retry_non_idempotent: bool
    _retry_base_delay: float
    _retry_max_delay: float

    def __init__(
        self,
        *,
        credentials: Mapping[str, str | None] | None = None,
        server_url: str | None = None,
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
        self._sensitive_headers = _SENSITIVE_HEADERS | {
            s.param_name.lower()
            for s in self._security_schemes.values()
            if s.kind == "apikey_header"
        }
        self._set_credentials(
            resolve_credentials(self._security_schemes, self._env_vars, credentials or {})
        )
        self._base_url = (server_url or self._default_base_url).rstrip("/")
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
        self._client = http_client if http_client is not None else self._new_http_client()

    def _new_http_client(self) -> _HttpxT:
        raise NotImplementedError

    def _set_credentials(self, credentials: dict[str, str]) -> None:
        self._credentials = credentials
        self._secrets = secret_variants(credentials, self._security_schemes)

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
        return self._client.is_closed

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, timeout={self._timeout!r}, "
            f"max_retries={self._max_retries}, credentials={sorted(self._credentials)})"
        )

    def with_options(
        self,
        *,
        credentials: Mapping[str, str | None] | None = None,
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
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool.

        ``credentials`` and ``default_headers`` are merged over the current ones; everything
        else replaces. Closing the copy leaves the shared pool open: close the original.
        """
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
            new._client = http_client
        new._owns_client = False
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

    def _prepare(
        self,
        endpoint: Endpoint[Any],
        path_params: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
        json: object | NotGiven,
        options: RequestOptions,
    ) -> _Call:
        auth = select_security(endpoint.security, self._credentials)
        if auth is None:
            raise missing_credentials(
                endpoint, type(self).__name__, self._credential_args, self._env_vars
            )
        params = encode_query({**(query or {}), **(options.extra_query or {})})
        content = encode_body(json, options.extra_body)

        merged = httpx.Headers({"User-Agent": _user_agent(self._user_agent)})
        if any(spec.kind == "json" for spec in endpoint.responses.values()):
            merged["Accept"] = "application/json"
        if content is not None:
            merged["Content-Type"] = "application/json"
        apply_auth(auth, self._security_schemes, self._credentials, merged, params)
        merged.update(self._default_headers)
        merged.update(headers or {})
        if options.idempotency_key:
            merged["Idempotency-Key"] = options.idempotency_key
        merged.update(options.extra_headers or {})

        timeout, retries = options.timeout, options.max_retries
        return _Call(
            endpoint=endpoint,
            method=endpoint.method.upper(),
            url=self._base_url + format_path(endpoint.path, path_params or {}),
            params=tuple(params),
            headers=merged,
            content=content,
            timeout=self._timeout if isinstance(timeout, NotGiven) else to_timeout(timeout),
            max_retries=self._max_retries if isinstance(retries, NotGiven) else retries,
            retry_any=(
                endpoint.idempotent or bool(options.idempotency_key) or self._retry_non_idempotent
            ),
        )

    def _build(self, call: _Call) -> httpx.Request:
        return self._client.build_request(
            call.method,
            call.url,
            params=call.params or None,
            headers=call.headers,
            content=call.content,
            timeout=call.timeout,
        )

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

    def _url_for_log(self, request: httpx.Request) -> str:
        return scrub(str(request.url), self._secrets)

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request: %s %s (attempt %d) headers=%s",
                request.method,
                self._url_for_log(request),
                attempt + 1,
                redact_headers(request.headers, self._sensitive_headers, self._secrets),
            )

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


def _check_retries(value: int) -> int:
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

    def _new_http_client(self) -> httpx.Client:
        return httpx.Client(timeout=self._timeout, follow_redirects=True)

    def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        """Send the call (with retries) and return the decoded result."""
        call = self._prepare(endpoint, path_params, query, headers, json, options)
        response = self._send(call)
        result: T = decode_success(endpoint, response, self._secrets)
        return result

    def request_raw(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> APIResponse[T]:
        """Like ``request`` but returns the response; ``.parse()`` gives the decoded result."""
        call = self._prepare(endpoint, path_params, query, headers, json, options)
        return self._raw(endpoint, self._send(call))

    def _send(self, call: _Call) -> httpx.Response:
        attempt = 0
        while True:
            request = self._build(call)
            for hook in self._before_request:
                _sync_hook_result(hook(request))
            self._log_request(request, attempt)
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = self._client.send(request)
            except httpx.RequestError as err:
                delay = self._next_delay(call, attempt, error=err)
                if delay is None:
                    raise transport_error(err, request, attempt + 1, self._secrets) from err
                self._log_retry(call, request, attempt, delay, _reason(None, err))
            else:
                self._log_response(response, started)
                for response_hook in self._after_response:
                    _sync_hook_result(response_hook(response))
                if response.status_code >= 400:
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
            self._client.close()

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
    if isinstance(result, Awaitable):
        close = getattr(result, "close", None)
        if callable(close):
            close()  # avoid "coroutine was never awaited"
        raise TypeError("async hooks need the async client")


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """``async`` twin of ``SyncAPIClient``; hooks may be plain or async callables."""

    def _new_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self._timeout, follow_redirects=True)

    async def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        call = self._prepare(endpoint, path_params, query, headers, json, options)
        response = await self._send(call)
        result: T = decode_success(endpoint, response, self._secrets)
        return result

    async def request_raw(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        json: object | NotGiven = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
    ) -> APIResponse[T]:
        call = self._prepare(endpoint, path_params, query, headers, json, options)
        return self._raw(endpoint, await self._send(call))

    async def _send(self, call: _Call) -> httpx.Response:
        attempt = 0
        while True:
            request = self._build(call)
            for hook in self._before_request:
                await _async_hook_result(hook(request))
            self._log_request(request, attempt)
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = await self._client.send(request)
            except httpx.RequestError as err:
                delay = self._next_delay(call, attempt, error=err)
                if delay is None:
                    raise transport_error(err, request, attempt + 1, self._secrets) from err
                self._log_retry(call, request, attempt, delay, _reason(None, err))
            else:
                self._log_response(response, started)
                for response_hook in self._after_response:
                    await _async_hook_result(response_hook(response))
                if response.status_code >= 400:
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
            await self._client.aclose()

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
