"""A handful of Docker Engine operations through the SDK generated from its Swagger 2.0 spec,
against Prism mocking that same 2.0 file (Prism reads 2.0 itself: an independent reading of what
the converted spec told the SDK). Prism checks every request against the 2.0 spec (`--errors`:
a violation is an error response), so a passing call means the converted parameters (query
types, `collectionFormat`, path templates) and body parameters (now request bodies) were sent as
the 2.0 spec asks, and the response was decoded into its typed model.

Prism ignores `basePath` (it serves the paths at its root), so the client is given Prism's URL.
Docker's own response examples do not all match its schemas; those operations ask Prism for a
schema-generated body (`Prefer: dynamic=true`, deterministic with `--seed`).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import pytest
import yaml

from generator import pipeline

from .conftest import REPO
from .loopback import executable_from_env, log_tail, unused_port

pytestmark = pytest.mark.prism

SPEC = REPO / "tests" / "specs" / "swagger2" / "docker-engine.swagger.yaml"
DYNAMIC = {"Prefer": "dynamic=true"}


def _prism_bin() -> Path:
    return executable_from_env(
        "PRISM_BIN",
        unset_hint="PRISM_BIN=$PWD/.cache/prism/node_modules/.bin/prism (`make test` sets it)",
        install_hint="run `make prism`",
    )


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    prism = _prism_bin()
    log = tmp_path_factory.mktemp("prism-docker") / "prism.log"
    port = unused_port()
    command = [str(prism), "mock", str(SPEC), "--host", "127.0.0.1", "--port", str(port)]
    command += ["--errors", "--dynamic=false", "--seed", "sdkgen-swagger2"]
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env
        )
    try:
        deadline = time.monotonic() + 90
        while f"Prism is listening on http://127.0.0.1:{port}" not in log.read_text(
            errors="replace"
        ):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Prism did not start:\n{log_tail(log)}", pytrace=False)
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("docker-sdk") / "sdk"
    pipeline.generate(SPEC, out)
    sys.path.insert(0, str(out / "src"))
    try:
        yield importlib.import_module("docker_engine_sdk")
    finally:
        sys.path.remove(str(out / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == "docker_engine_sdk"]:
            del sys.modules[name]


def _spec() -> Any:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _example(path: str, method: str, code: int = 200) -> Any:
    return _spec()["paths"][path][method]["responses"][code]["examples"]["application/json"]


@pytest.fixture
def client(sdk: ModuleType, prism_url: str) -> Iterator[Any]:
    with sdk.DockerEngine(server_url=prism_url) as docker:
        yield docker


def test_ping_answers_text(client: Any) -> None:
    assert client.system.system_ping() == "OK"


def test_version_is_decoded_into_its_model(client: Any, sdk: ModuleType) -> None:
    version = client.system.system_version(extra_headers=DYNAMIC)
    assert isinstance(version, sdk.models.SystemVersion)
    assert isinstance(version.api_version, str)


def test_list_sends_typed_query_parameters(client: Any, sdk: ModuleType) -> None:
    containers = client.container.container_list(all_=True, limit=3, extra_headers=DYNAMIC)
    assert containers and all(isinstance(c, sdk.models.ContainerSummary) for c in containers)


def test_networks_decode_the_spec_example(client: Any) -> None:
    networks = client.network.network_list()
    assert [n.name for n in networks] == [e["Name"] for e in _example("/networks", "get")]


def test_a_body_parameter_is_sent_as_the_request_body(client: Any, sdk: ModuleType) -> None:
    created = client.container.container_create(name="web", image="ubuntu", cmd=["date"])
    assert isinstance(created, sdk.models.ContainerCreateResponse)
    example = _spec()["definitions"]["ContainerCreateResponse"]["properties"]["Id"]["example"]
    assert created.id == example
    network = client.network.network_create(name="net1", driver="bridge")
    assert isinstance(network, sdk.models.NetworkCreateResponse)


def test_path_and_query_parameters(client: Any) -> None:
    assert client.container.container_kill(id="abc", signal="SIGKILL") is None
    assert client.volume.volume_delete(name="v1", force=True) is None


def test_a_request_the_spec_refuses_is_refused(client: Any, sdk: ModuleType) -> None:
    # Prism answers a request that violates the spec with the spec's own 400 ("bad parameter")
    with pytest.raises(sdk.BadRequestError) as raised:
        client.container.container_list(extra_query={"limit": "many"}, extra_headers=DYNAMIC)
    assert raised.value.status_code == 400


def test_the_async_client(sdk: ModuleType, prism_url: str) -> None:
    async def main() -> Any:
        async with sdk.AsyncDockerEngine(server_url=prism_url) as docker:
            return await docker.network.network_list()

    networks = anyio.run(main)
    assert [n.name for n in networks] == [e["Name"] for e in _example("/networks", "get")]
