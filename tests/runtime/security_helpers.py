"""A client declaring every kind of credential carrier the runtime supports, for the tests of
header injection, redirects and log redaction.

Each security scheme has its own secret, so a test can tell which one leaked. The API-key
header is deliberately not one of the runtime's built-in sensitive names: the runtime must know
it from the spec (``_security_schemes``), not from a guess.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from loopback import Answer, Received, echo

SECRETS = {
    "bearer": "tok-bearer-5f1c9a",
    "basic": ("basic-user", "pw-basic-8e2d"),
    "header": "hk-header-61b7f0",
    "query": "qk-query-2a9e4c",
    "cookie": "ck-cookie-7d03b5",
    "oauth": ("oauth-client-id", "oauth-secret-3c8a"),
}
OAUTH_TOKEN = "at-oauth-token-90f2e1"
TOKEN_PATH = "/oauth/token"
HEADER_NAME = "X-Tenant-Key"
QUERY_NAME = "api_key"
COOKIE_NAME = "session_key"
ARGUMENTS = {
    "bearer": "bearer_token",
    "basic": "basic_auth",
    "header": "tenant_key",
    "query": "api_key",
    "cookie": "session_key",
    "oauth": ("client_id", "client_secret"),
}


def every_secret(credentials: dict[str, Any] | None = None) -> list[str]:
    """Each secret text that must never leave its origin (basic: the password; OAuth2: the
    client secret and the access token)."""
    values = credentials or SECRETS
    found = [OAUTH_TOKEN]
    for value in values.values():
        found.append(value if isinstance(value, str) else value[1])
    return found


def schemes(sdk: ModuleType) -> dict[str, Any]:
    scheme = sdk.SecurityScheme
    return {
        "bearer": scheme("bearer"),
        "basic": scheme("basic"),
        "header": scheme("apikey_header", HEADER_NAME),
        "query": scheme("apikey_query", QUERY_NAME),
        "cookie": scheme("apikey_cookie", COOKIE_NAME),
        "oauth": scheme("oauth2_client_credentials", token_url=TOKEN_PATH),
    }


def client_class(sdk: ModuleType, base_url: str, *, asynchronous: bool = False) -> Any:
    base = sdk._base_client.AsyncAPIClient if asynchronous else sdk._base_client.SyncAPIClient

    class Keyed(base):  # type: ignore[misc,valid-type]
        _security_schemes = schemes(sdk)
        _credential_args = ARGUMENTS
        _default_base_url = base_url
        _user_agent = "keyed/1.0"
        _log_env_var = "DEMO_LOG"

    return Keyed


def endpoint(
    sdk: ModuleType,
    security: tuple[tuple[str, ...], ...],
    *,
    method: str = "GET",
    path: str = "/things",
) -> Any:
    return sdk.Endpoint(
        method=method,
        path=path,
        responses={"2XX": sdk.ResponseSpec("json")},
        errors={},
        security=security,
        idempotent=method in ("GET", "PUT", "DELETE"),
    )


ALL_AT_ONCE = (tuple(SECRETS),)  # one requirement: every scheme together


def token_or_echo(received: Received) -> Answer:
    """An origin that also issues OAuth2 tokens at ``TOKEN_PATH``."""
    if received.path.endswith(TOKEN_PATH):
        return Answer(200, {"access_token": OAUTH_TOKEN, "expires_in": 3600})
    return echo(received)
