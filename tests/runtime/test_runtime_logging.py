"""Logging (enabled by $DEMO_LOG) and keeping credentials out of every piece of text."""

from __future__ import annotations

import logging
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import TOKEN, Recorder

ITEM = {"id": "7", "name": "seven"}
QUERY_KEY = "qk-93e1b07c"
PASSWORD = "pw-5d2a61f4"


def _echo_token(request: httpx.Request) -> httpx.Response:
    return httpx.Response(401, json={"code": "bad_token", "message": f"token {TOKEN} is revoked"})


def _refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError(f"proxy rejected Bearer {TOKEN}", request=request)


def test_debug_log_is_useful_and_has_no_secrets(
    sdk: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("DEMO_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="demo_sdk")
    rec = Recorder(
        httpx.Response(503, headers={"Set-Cookie": f"session={TOKEN}"}),
        httpx.Response(200, json=ITEM),
        _echo_token,
        _refuse,
    )
    client = sdk.Demo(
        api_key=TOKEN,
        http_client=rec.sync_client(),
        retry_base_delay=0,
        max_retries=1,
        default_headers={"X-Api-Key": TOKEN},
    )
    client.items.get("1")
    errors: list[BaseException] = []
    with pytest.raises(sdk.AuthenticationError) as auth_error:
        client.items.get("2")
    errors.append(auth_error.value)
    assert auth_error.value.parsed.code == "bad_token"  # data is left as the server sent it
    with pytest.raises(sdk.APIConnectionError) as connection_error:
        client.items.get("3")
    errors.append(connection_error.value)

    stderr = capsys.readouterr().err
    texts = [stderr, caplog.text, repr(client), *map(str, errors), *map(repr, errors)]
    for text in texts:
        assert TOKEN not in text
    assert "***" in str(auth_error.value) and "***" in str(connection_error.value)

    # What the log says (stderr handler installed because DEMO_LOG=debug).
    assert "GET https://api.demo.test/v1/items/1 -> 503 Service Unavailable (" in stderr
    assert " ms)" in stderr
    assert "Retrying GET https://api.demo.test/v1/items/1 in 0.00 s (retry 1 of 1)" in stderr
    assert "GET https://api.demo.test/v1/items/1 -> 200 OK" in stderr
    assert "'authorization': '***'" in stderr
    assert "'x-api-key': '***'" in stderr
    assert "'set-cookie': '***'" in stderr
    assert "DEBUG" in stderr and "INFO" in stderr
    assert len(caplog.records) >= 6


def test_query_and_basic_credentials_stay_out_of_text(
    sdk: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEMO_LOG", "debug")

    class Keyed(sdk._base_client.SyncAPIClient):  # type: ignore[misc,name-defined]
        _security_schemes = {
            "query": sdk.SecurityScheme("apikey_query", "key"),
            "basic": sdk.SecurityScheme("basic"),
        }
        _default_base_url = "https://keyed.test"
        _user_agent = "keyed/0"
        _log_env_var = "DEMO_LOG"

    endpoint = sdk.Endpoint(
        method="GET",
        path="/x",
        responses={"200": sdk.ResponseSpec("json")},
        errors={},
        security=(("query", "basic"),),
        idempotent=True,
    )
    rec = Recorder(httpx.Response(404, text=f"no key {QUERY_KEY}"))
    client = Keyed(
        credentials={"query": QUERY_KEY, "basic": f"user:{PASSWORD}"},
        http_client=rec.sync_client(),
    )
    with pytest.raises(sdk.NotFoundError) as caught:
        client.request(endpoint)
    assert rec.last.url.params["key"] == QUERY_KEY  # sent on the wire ...
    stderr = capsys.readouterr().err
    for text in (stderr, str(caught.value), repr(client)):  # ... but never shown
        assert QUERY_KEY not in text
        assert PASSWORD not in text
        assert rec.last.headers["Authorization"].split()[1] not in text
    assert "https://keyed.test/x?key=***" in stderr


def test_info_level_and_default_silence(
    sdk: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    sdk.Demo(api_key=TOKEN, http_client=rec.sync_client()).items.get("1")
    assert logging.getLogger("demo_sdk").handlers == []
    assert capsys.readouterr().err == ""

    monkeypatch.setenv("DEMO_LOG", "INFO")
    client: Any = sdk.Demo(api_key=TOKEN, http_client=rec.sync_client())
    sdk.Demo(api_key=TOKEN, http_client=rec.sync_client())  # no second handler
    assert len(logging.getLogger("demo_sdk").handlers) == 1
    client.items.get("1")
    stderr = capsys.readouterr().err
    assert "GET https://api.demo.test/v1/items/1 -> 200 OK" in stderr
    assert "Request:" not in stderr  # debug lines are off at INFO
