"""Debuggability (issue 15, point 5): request and response bodies in the DEBUG log (opt-in, cut,
credentials and secret-looking fields masked), exceptions that pickle and cross a process pool,
and reprs of resources and models that say what they are."""

from __future__ import annotations

import importlib
import json
import logging
import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from types import ModuleType
from typing import Any

import httpx
import pytest
from loopback import Answer, LoopbackServer, Received
from runtime_helpers import TOKEN

PASSWORD = "pw-7c1d93aa"  # a secret-looking field's value: never the client's own credential
ACCESS_TOKEN = "at-50b2e6f1"
BODY_LOGGER = "demo_sdk.body"


@pytest.fixture(autouse=True)
def _body_logging_as_at_import(sdk: ModuleType) -> Iterator[None]:
    """Every test starts (and leaves) the body logger as the SDK's import sets it: off."""
    body_log = logging.getLogger(BODY_LOGGER)
    level = sdk._base_client._BODY_LOG_OFF
    body_log.setLevel(level)
    yield
    body_log.setLevel(level)


def _client(sdk: ModuleType, server: LoopbackServer) -> Any:
    return sdk.Demo(api_key=TOKEN, server_url=server.url, max_retries=0)


def _body_lines(text: str, kind: str) -> list[str]:
    return [
        line.split(f"{kind} body: ", 1)[1] for line in text.splitlines() if f"{kind} body: " in line
    ]


# ------------------------------------------------------------------------- bodies in the log


def test_debug_env_var_logs_bodies_masked(
    sdk: ModuleType,
    loopback: Callable[..., LoopbackServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = loopback()

    def respond(received: Received) -> Answer:
        sent = json.loads(received.body)
        # The server echoes the name, hands out a token and repeats the client's API key.
        body = {"id": "1", "name": sent["name"], "access_token": ACCESS_TOKEN, "note": TOKEN}
        return Answer(200, body)

    server.respond = respond
    monkeypatch.setenv("DEMO_LOG", "debug")
    client = _client(sdk, server)
    item = client.items.create(
        name="lamp",
        extra_body={"password": PASSWORD, "profile": {"api_key": PASSWORD, "max_tokens": 5}},
    )
    assert item.name == "lamp"
    assert json.loads(server.requests()[0].body)["password"] == PASSWORD  # sent as given

    stderr = capsys.readouterr().err  # the handler the env var adds
    (request_body,) = _body_lines(stderr, "Request")
    (response_body,) = _body_lines(stderr, "Response")
    assert json.loads(request_body) == {
        "name": "lamp",
        "password": "***",
        "profile": {"api_key": "***", "max_tokens": 5},
    }
    assert json.loads(response_body) == {
        "id": "1",
        "name": "lamp",
        "access_token": "***",
        "note": "***",  # the client's credential, scrubbed wherever it appears
    }
    for secret in (PASSWORD, ACCESS_TOKEN, TOKEN):
        assert secret not in stderr


def test_bodies_are_off_unless_asked_for(
    sdk: ModuleType,
    loopback: Callable[..., LoopbackServer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = loopback()
    server.respond = lambda received: Answer(200, {"id": "1", "name": "lamp"})
    caplog.set_level(logging.DEBUG)  # everything else at DEBUG: the root logger
    client = _client(sdk, server)
    client.items.create(name="lamp")
    assert "Request: POST" in caplog.text  # the DEBUG log is on...
    assert "body:" not in caplog.text  # ...but not its bodies

    logging.getLogger(BODY_LOGGER).setLevel(logging.DEBUG)  # an application opting in
    client.items.create(name="lamp")
    bodies = [r.getMessage() for r in caplog.records if r.name == BODY_LOGGER]
    assert bodies == ['Request body: {"name":"lamp"}', 'Response body: {"id":"1","name":"lamp"}']


def test_long_bodies_are_cut_and_say_how_much(
    sdk: ModuleType, loopback: Callable[..., LoopbackServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = loopback()
    server.respond = lambda received: Answer(
        200, {"id": "1", "name": json.loads(received.body)["name"]}
    )
    caplog.set_level(logging.DEBUG, logger=BODY_LOGGER)
    limit = sdk._base_client.LOG_BODY_LIMIT
    name = "".join(chr(0x41 + i % 26) for i in range(3 * limit))
    _client(sdk, server).items.create(name=name)

    sent = server.requests()[0].body.decode()
    request_line, response_line = (r.getMessage() for r in caplog.records if r.name == BODY_LOGGER)
    assert len(sent) > limit
    assert request_line == f"Request body: {sent[:limit]}... ({len(sent) - limit} more characters)"
    assert response_line.endswith(" more characters)")
    assert len(response_line) < limit + 100


def test_error_and_binary_bodies(
    sdk: ModuleType, loopback: Callable[..., LoopbackServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = loopback()

    def respond(received: Received) -> Answer:
        if received.path.startswith("/files/"):
            return Answer(200, bytes(range(256)), {"Content-Type": "application/octet-stream"})
        return Answer(404, {"code": "gone", "message": "no", "session_id": PASSWORD})

    server.respond = respond
    caplog.set_level(logging.DEBUG, logger=BODY_LOGGER)
    client = _client(sdk, server)
    with pytest.raises(sdk.NotFoundError):
        client.items.get("1")
    assert client.download("blob.bin") == bytes(range(256))

    bodies = [r.getMessage() for r in caplog.records if r.name == BODY_LOGGER]
    assert bodies == [
        'Response body: {"code":"gone","message":"no","session_id":"***"}',
        "Response body: (256 bytes, application/octet-stream)",
    ]


@pytest.mark.anyio
async def test_async_client_logs_bodies_alike(
    sdk: ModuleType, loopback: Callable[..., LoopbackServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = loopback()

    def respond(received: Received) -> Answer:
        if received.method == "GET":
            return Answer(409, {"code": "busy", "message": "later", "secret": PASSWORD})
        return Answer(200, {"id": "1", "name": "lamp", "token": ACCESS_TOKEN})

    server.respond = respond
    caplog.set_level(logging.DEBUG, logger=BODY_LOGGER)
    async with sdk.AsyncDemo(api_key=TOKEN, server_url=server.url, max_retries=0) as client:
        await client.items.create(name="lamp")
        with pytest.raises(sdk.ConflictError):
            await client.items.get("1")
    bodies = [r.getMessage() for r in caplog.records if r.name == BODY_LOGGER]
    assert bodies == [
        'Request body: {"name":"lamp"}',
        'Response body: {"id":"1","name":"lamp","token":"***"}',
        'Response body: {"code":"busy","message":"later","secret":"***"}',
    ]


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("password", True),
        ("clientSecret", True),
        ("refresh_token", True),
        ("X-Api-Key", True),
        ("Authorization", True),
        ("key", True),
        ("session_id", True),
        ("author", False),
        ("passengers", False),
        ("monkey", False),
        ("footprint", False),
        ("prompt", False),
        ("name", False),
    ],
)
def test_secret_looking_field_names(sdk: ModuleType, name: str, secret: bool) -> None:
    assert sdk._base_client.is_secret_field(name) is secret


def test_form_and_multipart_bodies_for_log(sdk: ModuleType) -> None:
    base = sdk._base_client
    form = base.encode_payload(
        {"user": "ann", "password": PASSWORD}, "application/x-www-form-urlencoded"
    )
    assert base.payload_for_log(form, ()) == "user=ann&password=%2A%2A%2A"
    parts = base.encode_payload(
        {"prompt": "a cat", "token": PASSWORD, "image": ("cat.png", b"\x89PNG")},
        "multipart/form-data",
    )
    assert base.payload_for_log(parts, ()) == (
        "multipart: prompt=a cat, token=***, image=(file 'cat.png')"
    )
    text = base.encode_payload(f"say {TOKEN}", "text/plain")
    assert base.payload_for_log(text, (TOKEN,)) == "say ***"


# ------------------------------------------------------------------------ pickled exceptions


def _echo(value: object) -> object:
    return value


def _raise(error: BaseException) -> None:
    raise error


def _every_error(sdk: ModuleType) -> list[Exception]:
    request = httpx.Request("GET", "https://api.demo.test/v1/items/1")
    response = httpx.Response(
        409, json={"code": "taken"}, headers={"X-Trace": "t-1"}, request=request
    )
    errors: list[Exception] = [
        sdk.APIError("plain"),
        sdk.APIConnectionError("refused", request=request, attempts=3),
        sdk.APITimeoutError("slow", request=request, attempts=2),
        sdk.DataValidationError("bad", path="a[0]", detail="expected str, got int"),
        sdk.APIResponseValidationError(
            "undecodable", response=response, body="{", path="", detail="not JSON"
        ),
        sdk.APIResponseTooLargeError("big", response=response, limit=10),
        sdk.MissingCredentialsError("none", schemes=(("bearerAuth",),), env_vars=("DEMO_API_KEY",)),
        sdk._exceptions.ForeignOriginError(
            "foreign", url="https://elsewhere.test/p2", request=request
        ),
    ]
    waiters = importlib.import_module(f"{sdk.__name__}._waiters")
    acceptor = waiters.Acceptor("failure", "equals", ("FAILED",), ("status",))
    last = {"status": "FAILED"}
    common = {"last": last, "last_error": None, "response": response, "attempts": 3}
    errors += [
        waiters.WaiterError("gave up", **common),
        waiters.WaiterFailureError("failed", acceptor=acceptor, **common),
        waiters.WaiterTimeoutError("too slow", **common),
    ]
    status_errors = [
        sdk.APIStatusError,
        sdk.BadRequestError,
        sdk.AuthenticationError,
        sdk.PermissionDeniedError,
        sdk.NotFoundError,
        sdk.ConflictError,
        sdk.UnprocessableEntityError,
        sdk.RateLimitError,
        sdk.InternalServerError,
    ]
    for cls in status_errors:
        errors.append(cls("status", response=response, body={"code": "taken"}, parsed=None))
    exported = {
        cls
        for name in sdk._exceptions.__all__
        if isinstance(cls := getattr(sdk._exceptions, name), type)
    }
    exported |= {
        getattr(waiters, n) for n in ("WaiterError", "WaiterFailureError", "WaiterTimeoutError")
    }
    assert {type(e) for e in errors} == exported  # every class the SDK can raise
    return errors


def _same_error(a: Any, b: Any) -> None:
    assert type(a) is type(b)
    assert (str(a), a.args) == (str(b), b.args)
    simple = ("message", "attempts", "path", "detail", "status_code", "body", "limit")
    for name in (*simple, "schemes", "env_vars", "parsed"):
        assert getattr(a, name, None) == getattr(b, name, None), name
    request_a, request_b = getattr(a, "request", None), getattr(b, "request", None)
    assert (request_a is None) == (request_b is None)
    if request_a is not None and request_b is not None:
        assert (request_a.method, request_a.url) == (request_b.method, request_b.url)
    response_a, response_b = getattr(a, "response", None), getattr(b, "response", None)
    if response_a is not None and response_b is not None:
        assert response_a.status_code == response_b.status_code
        assert response_a.content == response_b.content
        assert dict(response_a.headers) == dict(response_b.headers)
    if hasattr(a, "headers"):  # the status errors keep the response's headers themselves
        assert dict(a.headers) == dict(b.headers)


def test_every_exception_pickles(sdk: ModuleType) -> None:
    for error in _every_error(sdk):
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(error, protocol))
            _same_error(error, again)
            if hasattr(error, "response"):
                assert again.response.headers["X-Trace"] == "t-1"


def test_a_raised_error_pickles_with_its_parsed_body(
    sdk: ModuleType, loopback: Callable[..., LoopbackServer]
) -> None:
    server = loopback()
    server.respond = lambda received: Answer(404, {"code": "gone", "message": "no item 1"})
    with pytest.raises(sdk.NotFoundError) as caught:
        _client(sdk, server).items.get("1")
    again = pickle.loads(pickle.dumps(caught.value))
    _same_error(caught.value, again)
    assert again.parsed == sdk.ErrorModel(code="gone", message="no item 1")
    assert TOKEN not in repr(again) + str(again)


def test_exceptions_cross_a_process_pool(sdk: ModuleType) -> None:
    errors = _every_error(sdk)
    # spawn: a fresh interpreter, so each error really goes through pickle both ways
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        returned = list(pool.map(_echo, errors))
        raised: list[BaseException] = []
        for error in errors:
            with pytest.raises(type(error)) as caught:
                pool.submit(_raise, error).result()
            raised.append(caught.value)
    for error, back, thrown in zip(errors, returned, raised, strict=True):
        assert isinstance(back, BaseException)
        _same_error(error, back)
        _same_error(error, thrown)


# -------------------------------------------------------------------------------------- reprs


def test_resource_repr_names_the_resource_and_client(sdk: ModuleType) -> None:
    resource = importlib.import_module(f"{sdk.__name__}._resource")

    class Things(resource.SyncResource):  # type: ignore[name-defined,misc]
        pass

    class AsyncThings(resource.AsyncResource):  # type: ignore[name-defined,misc]
        pass

    client = sdk.Demo(api_key=TOKEN)
    assert repr(Things(client)) == f"Things(client={client!r})"
    assert repr(Things(client, raw=True)) == f"Things(client={client!r}, raw=True)"
    assert repr(Things(client, stream=True)) == f"Things(client={client!r}, stream=True)"
    async_client = sdk.AsyncDemo(api_key=TOKEN)
    assert repr(AsyncThings(async_client)) == f"AsyncThings(client={async_client!r})"
    assert repr(client).startswith("Demo(base_url='https://api.demo.test/v1'")
    assert TOKEN not in repr(Things(client))


def test_models_are_unhashable(sdk: ModuleType) -> None:
    serde = importlib.import_module(f"{sdk.__name__}._serde")

    class Thing(serde.BaseModel):  # type: ignore[name-defined,misc]
        __slots__ = ()

    with pytest.raises(TypeError, match="unhashable"):
        hash(Thing())
    assert Thing.__hash__ is None
