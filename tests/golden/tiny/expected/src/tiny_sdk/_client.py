"""The Tiny clients: configuration, credentials and the resources of Tiny."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_BASE_DELAY,
    DEFAULT_RETRY_MAX_DELAY,
    AsyncAPIClient,
    RequestHook,
    ResponseHook,
    SecurityScheme,
    SyncAPIClient,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._version import __version__

if TYPE_CHECKING:
    from .resources.default import AsyncDefaultResource, DefaultResource

_SECURITY_SCHEMES: Mapping[str, SecurityScheme] = {}
_ENV_VARS: Mapping[str, str | tuple[str, str]] = {}
_CREDENTIAL_ARGS: Mapping[str, str | tuple[str, str]] = {}
_DEFAULT_SERVER_URL = ""
_SERVER_VARIABLES: Mapping[str, str] = {}


class Tiny(SyncAPIClient):
    """Client for Tiny.

    Credentials come from the arguments below or, when omitted, from the environment. Use it as a context manager (or call `close()`) to release its connections.
    """

    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = _SECURITY_SCHEMES
    _env_vars: ClassVar[Mapping[str, str | tuple[str, str]]] = _ENV_VARS
    _credential_args: ClassVar[Mapping[str, str | tuple[str, str]]] = _CREDENTIAL_ARGS
    _default_base_url: ClassVar[str] = _DEFAULT_SERVER_URL
    _server_variables: ClassVar[Mapping[str, str]] = _SERVER_VARIABLES
    _user_agent: ClassVar[str] = "tiny-sdk/" + __version__
    _log_env_var: ClassVar[str] = "TINY_LOG"
    _base_url_env_var: ClassVar[str] = "TINY_BASE_URL"

    def __init__(
        self,
        *,
        server_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        before_request: Sequence[RequestHook] = (),
        after_response: Sequence[ResponseHook] = (),
        retry_non_idempotent: bool = False,
        retry_base_delay: float = DEFAULT_RETRY_BASE_DELAY,
        retry_max_delay: float = DEFAULT_RETRY_MAX_DELAY,
    ) -> None:
        super().__init__(
            credentials={},
            server_url=server_url,
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            before_request=before_request,
            after_response=after_response,
            retry_non_idempotent=retry_non_idempotent,
            retry_base_delay=retry_base_delay,
            retry_max_delay=retry_max_delay,
        )

    @cached_property
    def default(self) -> DefaultResource:
        """default operations."""
        from .resources.default import DefaultResource

        return DefaultResource(self)


class AsyncTiny(AsyncAPIClient):
    """Asynchronous client for Tiny.

    Credentials come from the arguments below or, when omitted, from the environment. Use it as a context manager (or call `aclose()`) to release its connections.
    """

    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = _SECURITY_SCHEMES
    _env_vars: ClassVar[Mapping[str, str | tuple[str, str]]] = _ENV_VARS
    _credential_args: ClassVar[Mapping[str, str | tuple[str, str]]] = _CREDENTIAL_ARGS
    _default_base_url: ClassVar[str] = _DEFAULT_SERVER_URL
    _server_variables: ClassVar[Mapping[str, str]] = _SERVER_VARIABLES
    _user_agent: ClassVar[str] = "tiny-sdk/" + __version__
    _log_env_var: ClassVar[str] = "TINY_LOG"
    _base_url_env_var: ClassVar[str] = "TINY_BASE_URL"

    def __init__(
        self,
        *,
        server_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        before_request: Sequence[RequestHook] = (),
        after_response: Sequence[ResponseHook] = (),
        retry_non_idempotent: bool = False,
        retry_base_delay: float = DEFAULT_RETRY_BASE_DELAY,
        retry_max_delay: float = DEFAULT_RETRY_MAX_DELAY,
    ) -> None:
        super().__init__(
            credentials={},
            server_url=server_url,
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            before_request=before_request,
            after_response=after_response,
            retry_non_idempotent=retry_non_idempotent,
            retry_base_delay=retry_base_delay,
            retry_max_delay=retry_max_delay,
        )

    @cached_property
    def default(self) -> AsyncDefaultResource:
        """default operations."""
        from .resources.default import AsyncDefaultResource

        return AsyncDefaultResource(self)
