"""Authentication kinds. One class per kind owns its detection from a security scheme object of
the spec, the name the IR and the runtime know it by (`ir.SecurityKind`, `_base_client`'s
`SecurityScheme.kind`) and the docs' description of how the credential is sent. `KINDS` is
tried in order; a scheme no kind takes is not sent (the build stage warns).
"""

from __future__ import annotations

from typing import Any

from generator.escaping import md_code
from generator.ir import model as ir


def token_url(scheme: dict[str, Any]) -> str:
    """The token URL of an OAuth2 client-credentials flow ("" when there is none)."""
    flows = scheme.get("flows") if isinstance(scheme.get("flows"), dict) else {}
    flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
    return str(flow.get("tokenUrl", "")) if isinstance(flow, dict) else ""


class AuthKind:
    kind: ir.SecurityKind

    def detect(self, scheme: dict[str, Any]) -> bool:
        raise NotImplementedError

    def sent_as(self, scheme: ir.SecurityScheme) -> str:
        """Markdown: how the client sends the credential (the README's table)."""
        raise NotImplementedError


class Bearer(AuthKind):
    """`http` bearer, and OAuth2 / OpenID Connect flows whose token the caller brings."""

    kind = "bearer"

    def detect(self, scheme: dict[str, Any]) -> bool:
        if scheme.get("type") == "http":
            return str(scheme.get("scheme", "")).lower() == "bearer"
        return scheme.get("type") in ("oauth2", "openIdConnect")

    def sent_as(self, scheme: ir.SecurityScheme) -> str:
        return "`Authorization: Bearer <token>` header"


class Basic(AuthKind):
    kind = "basic"

    def detect(self, scheme: dict[str, Any]) -> bool:
        return scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic"

    def sent_as(self, scheme: ir.SecurityScheme) -> str:
        return '`Authorization: Basic` header (`"user:password"`)'


class ApiKey(AuthKind):
    """An `apiKey` in a header, the query or a cookie."""

    def __init__(self, location: str, kind: ir.SecurityKind, noun: str) -> None:
        self.location = location
        self.kind = kind
        self.noun = noun

    def detect(self, scheme: dict[str, Any]) -> bool:
        return scheme.get("type") == "apiKey" and scheme.get("in") == self.location

    def sent_as(self, scheme: ir.SecurityScheme) -> str:
        return f"{md_code(scheme.param_name)} {self.noun}"


class OAuth2ClientCredentials(AuthKind):
    """OAuth2 with a client-credentials flow: the SDK fetches and renews the token itself."""

    kind = "oauth2_client_credentials"

    def detect(self, scheme: dict[str, Any]) -> bool:
        return scheme.get("type") == "oauth2" and bool(token_url(scheme))

    def sent_as(self, scheme: ir.SecurityScheme) -> str:
        return "OAuth2 client credentials"


KINDS: tuple[AuthKind, ...] = (
    OAuth2ClientCredentials(),  # before Bearer, which takes the other OAuth2 flows
    Bearer(),
    Basic(),
    ApiKey("header", "apikey_header", "header"),
    ApiKey("query", "apikey_query", "query parameter"),
    ApiKey("cookie", "apikey_cookie", "cookie"),
)
_BY_KIND = {kind.kind: kind for kind in KINDS}


def detect(scheme: dict[str, Any]) -> AuthKind | None:
    return next((kind for kind in KINDS if kind.detect(scheme)), None)


def auth_kind(kind: ir.SecurityKind) -> AuthKind:
    return _BY_KIND[kind]
