"""The SDK generated from a real server's live spec, driving that server (Prefect, FastAPI +
SQLite; see conftest.py): create, read, filter, count, update, delete, the 404 of what is gone,
the 422 of a request the server refuses, with the sync and the async client.

Prefect's create endpoints answer `201 Created` when they created the object and `200 OK` when
it existed already, but FastAPI documents only the route's default status (200): the SDK must
decode the undeclared 201 with the declared model and show the status on the raw response.
Every test uses names of its own (a uuid suffix), so they share the session's server in any order.
"""

from __future__ import annotations

import importlib
import json
import re
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from types import ModuleType
from typing import Any

import anyio
import pytest

from .conftest import VENDORED_SPEC, GeneratedSdk, PrefectServer

pytestmark = [pytest.mark.realserver, pytest.mark.xdist_group("realserver")]

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def assert_recent(moment: datetime) -> None:
    """A server timestamp decoded as an aware datetime of this run (Prefect answers UTC)."""
    assert moment.tzinfo is not None
    age = (datetime.now(timezone.utc) - moment).total_seconds()
    assert -60 < age < 600, moment


@pytest.fixture
def package(prefect_sdk: GeneratedSdk) -> ModuleType:
    """The generated package: clients and exception classes."""
    return prefect_sdk.package


@pytest.fixture
def models(package: ModuleType) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.models")


@pytest.fixture
def client(package: ModuleType, prefect_server: PrefectServer) -> Iterator[Any]:
    # The spec's server URL is relative (`/api`): the caller names the host.
    with package.PrefectRest(server_url=prefect_server.api_url) as sync_client:
        yield sync_client


def test_live_spec_is_the_vendored_copy(prefect_sdk: GeneratedSdk) -> None:
    """tests/realserver/prefect-openapi.json is what the pinned server serves, so the
    server-less tests of the generator (test_prefect_spec.py) check the real document."""
    live = json.loads(prefect_sdk.spec.read_text(encoding="utf-8"))
    vendored = json.loads(VENDORED_SPEC.read_text(encoding="utf-8"))
    assert live == vendored, (
        "the live spec differs from the vendored copy (was Prefect's pin changed?): "
        f"python -m json.tool --indent 2 {prefect_sdk.spec} > {VENDORED_SPEC}"
    )


def test_server_keeps_its_embedded_database_in_its_home(prefect_server: PrefectServer) -> None:
    assert (prefect_server.home / "prefect.db").is_file()


def test_health_and_version(client: Any) -> None:
    assert client.root.health_check_health_get() is True
    version = client.root.server_version_version_get()
    assert isinstance(version, str)
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), version


def test_create_answers_undeclared_201_decoded_as_the_declared_model(
    client: Any, models: ModuleType
) -> None:
    name = unique("created")
    raw = client.flows.with_raw_response.create_flow_flows_post(
        name=name, tags=["sdkgen", "e2e"], labels={"team": "sdk", "tier": 2, "beta": True}
    )
    assert raw.status_code == 201  # FastAPI declared only 200 for this route
    created = raw.parse()
    assert isinstance(created, models.Flow)
    assert UUID.match(created.id)
    assert created.name == name
    assert created.tags == ["sdkgen", "e2e"]
    assert created.labels == {"team": "sdk", "tier": 2, "beta": True}
    assert_recent(created.created)

    # The same name again: the existing flow, now with the declared 200.
    existing = client.flows.with_raw_response.create_flow_flows_post(name=name)
    assert existing.status_code == 200
    assert existing.parse().id == created.id

    # And through the plain method: the decoded model, whatever 2xx the server chose.
    other = client.flows.create_flow_flows_post(name=unique("plain"))
    assert isinstance(other, models.Flow)
    assert other.id != created.id


def test_flow_read_filter_count_update_delete(
    client: Any, package: ModuleType, models: ModuleType
) -> None:
    sdk = client.flows
    name = unique("lifecycle")
    flow = sdk.create_flow_flows_post(name=name, tags=["before"])
    assert sdk.read_flow_flows_id_get(flow.id).name == name
    assert sdk.read_flow_by_name_flows_name_name_get(name).id == flow.id

    by_name = models.FlowFilter.from_dict({"name": {"any_": [name]}})
    assert [f.id for f in sdk.read_flows_flows_filter_post(flows=by_name)] == [flow.id]
    assert sdk.count_flows_flows_count_post(flows=by_name) == 1

    assert sdk.update_flow_flows_id_patch(flow.id, tags=["after", "again"]) is None  # 204
    assert sdk.read_flow_flows_id_get(flow.id).tags == ["after", "again"]

    assert sdk.delete_flow_flows_id_delete(flow.id) is None  # 204
    with pytest.raises(package.NotFoundError) as gone:
        sdk.read_flow_flows_id_get(flow.id)
    assert gone.value.status_code == 404  # undeclared: the spec lists only 200 and 422
    assert gone.value.body == {"detail": "Flow not found"}
    assert sdk.count_flows_flows_count_post(flows=by_name) == 0


def test_variable_values_round_trip_through_update_filter_and_delete(
    client: Any, package: ModuleType, models: ModuleType
) -> None:
    sdk = client.variables
    prefix = unique("var").replace("-", "_")
    value = {"nested": [1, 2.5, "three", None, {"ok": True}], "unicode": "naïve ✓"}
    raw = sdk.with_raw_response.create_variable_variables_post(
        name=f"{prefix}_a", value=value, tags=["config"]
    )
    assert raw.status_code == 201  # declared
    created = raw.parse()
    assert isinstance(created, models.Variable)
    assert (created.name, created.value, created.tags) == (f"{prefix}_a", value, ["config"])
    sdk.create_variable_variables_post(name=f"{prefix}_b", value=42)

    read = sdk.read_variable_by_name_variables_name_name_get(f"{prefix}_a")
    assert (read.id, read.value) == (created.id, value)

    assert (
        sdk.update_variable_by_name_variables_name_name_patch(f"{prefix}_a", value=[3, 4]) is None
    )
    assert sdk.read_variable_variables_id_get(created.id).value == [3, 4]

    mine = models.VariableFilter.from_dict({"name": {"like_": prefix}})
    listed = sdk.read_variables_variables_filter_post(variables=mine, sort="NAME_ASC")
    assert [(v.name, v.value) for v in listed] == [(f"{prefix}_a", [3, 4]), (f"{prefix}_b", 42)]
    first = sdk.read_variables_variables_filter_post(variables=mine, sort="NAME_DESC", limit=1)
    assert [v.name for v in first] == [f"{prefix}_b"]
    assert sdk.count_variables_variables_count_post(variables=mine) == 2

    assert sdk.delete_variable_by_name_variables_name_name_delete(f"{prefix}_b") is None
    with pytest.raises(package.NotFoundError):
        sdk.read_variable_by_name_variables_name_name_get(f"{prefix}_b")
    assert sdk.count_variables_variables_count_post(variables=mine) == 1


BAD_VARIABLE_NAME = "Not A Valid Name!"  # Prefect allows lowercase letters, digits, - and _


def test_refused_request_is_a_typed_422_with_the_servers_body(
    client: Any, package: ModuleType
) -> None:
    with pytest.raises(package.UnprocessableEntityError) as refused:
        client.variables.create_variable_variables_post(name=BAD_VARIABLE_NAME, value=1)
    error = refused.value
    assert error.status_code == 422
    # Prefect answers its own shape, not FastAPI's declared HTTPValidationError:
    (detail,) = error.body["exception_detail"]
    assert detail["loc"] == ["body", "name"]
    assert detail["input"] == BAD_VARIABLE_NAME
    assert error.body["request_body"] == {"name": BAD_VARIABLE_NAME, "value": 1}
    with pytest.raises(package.NotFoundError):  # and nothing was created
        client.variables.read_variable_by_name_variables_name_name_get(BAD_VARIABLE_NAME)


def test_error_body_of_another_shape_is_not_parsed_into_a_hollow_model(
    client: Any, package: ModuleType
) -> None:
    """The declared 422 schema (`HTTPValidationError`: an optional `detail`) does not describe
    Prefect's body: `.parsed` stays empty instead of a model with every field absent; the body
    is in `.body`."""
    with pytest.raises(package.UnprocessableEntityError) as refused:
        client.variables.create_variable_variables_post(name=BAD_VARIABLE_NAME, value=1)
    parsed = refused.value.parsed
    assert parsed is None or parsed.fields_set, f"hollow {type(parsed).__name__}"


def test_flow_run_parameters_and_state_transitions(
    client: Any, package: ModuleType, models: ModuleType
) -> None:
    flow = client.flows.create_flow_flows_post(name=unique("runs"))
    parameters = {"count": 3, "ratio": 0.5, "names": ["a", "b"], "options": {"dry": False}}
    raw = client.flow_runs.with_raw_response.create_flow_run_flow_runs_post(
        flow_id=flow.id, name=unique("run"), parameters=parameters, tags=["nightly"]
    )
    assert raw.status_code == 201  # undeclared, like the flow's
    run = raw.parse()
    assert isinstance(run, models.FlowRunResponse)
    assert (run.flow_id, run.parameters, run.tags) == (flow.id, parameters, ["nightly"])

    running = models.StateCreate(type_=models.StateType.RUNNING, message="started by sdkgen")
    result = client.flow_runs.set_flow_run_state_flow_runs_id_set_state_post(run.id, state=running)
    assert result.status == models.SetStateStatus.ACCEPT
    assert result.state.type_ == models.StateType.RUNNING
    assert result.state.message == "started by sdkgen"

    read = client.flow_runs.read_flow_run_flow_runs_id_get(run.id)
    assert read.state_type == models.StateType.RUNNING
    assert read.state.id == result.state.id

    of_flow = models.FlowFilter.from_dict({"id": {"any_": [flow.id]}})
    listed = client.flow_runs.read_flow_runs_flow_runs_filter_post(flows=of_flow)
    assert [r.id for r in listed] == [run.id]

    assert client.flow_runs.delete_flow_run_flow_runs_id_delete(run.id) is None
    with pytest.raises(package.NotFoundError):
        client.flow_runs.read_flow_run_flow_runs_id_get(run.id)


@pytest.mark.anyio
async def test_async_client_workflow(
    package: ModuleType, prefect_server: PrefectServer, models: ModuleType
) -> None:
    names = [unique("async") for _ in range(3)]
    async with package.AsyncPrefectRest(server_url=prefect_server.api_url) as client:
        created: dict[str, Any] = {}

        async def create(name: str) -> None:
            created[name] = await client.flows.create_flow_flows_post(name=name, tags=["async"])

        async with anyio.create_task_group() as group:  # concurrent calls on one pool
            for name in names:
                group.start_soon(create, name)
        assert {f.name for f in created.values()} == set(names)

        raw = await client.flows.with_raw_response.read_flow_flows_id_get(created[names[0]].id)
        assert raw.status_code == 200
        assert raw.parse().name == names[0]

        mine = models.FlowFilter.from_dict({"name": {"any_": names}})
        listed = await client.flows.read_flows_flows_filter_post(flows=mine, sort="NAME_ASC")
        assert [f.name for f in listed] == sorted(names)

        for flow in created.values():
            assert await client.flows.delete_flow_flows_id_delete(flow.id) is None
        with pytest.raises(package.NotFoundError) as gone:
            await client.flows.read_flow_by_name_flows_name_name_get(names[0])
        assert gone.value.status_code == 404
        assert await client.flows.count_flows_flows_count_post(flows=mine) == 0
