"""The committed Leonardo SDK, installed in the test venv, on all eleven operations.

Each call goes through `httpx.MockTransport`: the test asserts the exact wire request (method,
path, query, auth header, JSON body) and the typed model parsed from a canned response.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from leonardo_sdk import AsyncLeonardo, Leonardo
from leonardo_sdk.models import (
    CreateGenerationResponse,
    GetGenerationByIdResponse,
    GetGenerationsByUserIdResponse,
    JobStatus,
    SdVersions,
)

BASE = "https://cloud.leonardo.ai/api/rest/v1"
TOKEN = "test-token-123"
GEN_ID = "1f8e2b9c-3a4d-4e5f-8a6b-7c8d9e0f1a2b"
USER_ID = "2a9f3c0d-4b5e-4f60-9b7c-8d9e0f1a2b3c"
IMAGE = "data:image/jpeg;base64,AAAA"


@dataclass
class Case:
    name: str
    call: Callable[[Any], Any]
    method: str
    path: str
    query: dict[str, str]
    body: dict[str, Any] | None
    response: dict[str, Any]
    check: Callable[[Any], None]


def _job(key: str) -> dict[str, Any]:
    return {key: {"generationId": GEN_ID, "apiCreditCost": 7}}


CASES = [
    Case(
        "create_generation",
        lambda g: g.create_generation(
            prompt="a red fox", num_images=2, sd_version=SdVersions.SDXL_0_9, seed=None
        ),
        "POST",
        "/generations",
        {},
        {"prompt": "a red fox", "num_images": 2, "sd_version": "SDXL_0_9", "seed": None},
        _job("sdGenerationJob"),
        lambda r: (
            isinstance(r, CreateGenerationResponse)
            and r.sd_generation_job is not None
            and r.sd_generation_job.generation_id == GEN_ID
            and r.sd_generation_job.api_credit_cost == 7
        ),
    ),
    Case(
        "create_lcm_generation",
        lambda g: g.create_lcm_generation(image_data_url=IMAGE, prompt="a cat", strength=0.5),
        "POST",
        "/generations-lcm",
        {},
        {"imageDataUrl": IMAGE, "prompt": "a cat", "strength": 0.5},
        {"lcmGenerationJob": {"imageDataUrl": [IMAGE], "apiCreditCost": 3}},
        lambda r: (
            r.lcm_generation_job.image_data_url == [IMAGE]
            and r.lcm_generation_job.api_credit_cost == 3
        ),
    ),
    Case(
        "create_svd_motion_generation",
        lambda g: g.create_svd_motion_generation(image_id=GEN_ID, motion_strength=5),
        "POST",
        "/generations-motion-svd",
        {},
        {"imageId": GEN_ID, "motionStrength": 5},
        _job("motionSvdGenerationJob"),
        lambda r: r.motion_svd_generation_job.generation_id == GEN_ID,
    ),
    Case(
        "create_texture_generation",
        lambda g: g.create_texture_generation(prompt="rusty metal", model_asset_id=GEN_ID),
        "POST",
        "/generations-texture",
        {},
        {"prompt": "rusty metal", "modelAssetId": GEN_ID},
        {"textureGenerationJob": {"id": GEN_ID}},
        lambda r: r.texture_generation_job.id == GEN_ID,
    ),
    Case(
        "delete_generation_by_id",
        lambda g: g.delete_generation_by_id(GEN_ID),
        "DELETE",
        f"/generations/{GEN_ID}",
        {},
        None,
        {"delete_generations_by_pk": {"id": GEN_ID}},
        lambda r: r.delete_generations_by_pk.id == GEN_ID,
    ),
    Case(
        "delete_texture_generation_by_id",
        lambda g: g.delete_texture_generation_by_id(GEN_ID),
        "DELETE",
        f"/generations-texture/{GEN_ID}",
        {},
        {},
        {"delete_model_asset_texture_generations_by_pk": {"id": GEN_ID}},
        lambda r: r.delete_model_asset_texture_generations_by_pk.id == GEN_ID,
    ),
    Case(
        "get_generation_by_id",
        lambda g: g.get_generation_by_id(GEN_ID),
        "GET",
        f"/generations/{GEN_ID}",
        {},
        None,
        {
            "generations_by_pk": {
                "id": GEN_ID,
                "status": "COMPLETE",
                "prompt": "a red fox",
                "generated_images": [{"id": GEN_ID, "url": "https://cdn/x.jpg", "nsfw": False}],
                "brandNewField": {"nested": True},
            }
        },
        lambda r: (
            isinstance(r, GetGenerationByIdResponse)
            and r.generations_by_pk.status is JobStatus.COMPLETE
            and r.generations_by_pk.generated_images[0].url == "https://cdn/x.jpg"
            and r.generations_by_pk.additional_properties == {"brandNewField": {"nested": True}}
        ),
    ),
    Case(
        "get_generations_by_user_id",
        lambda g: g.get_generations_by_user_id(USER_ID, limit=10, offset=20),
        "GET",
        f"/generations/user/{USER_ID}",
        {"offset": "20", "limit": "10"},
        None,
        {
            "generations": [
                {"id": GEN_ID, "status": "PENDING"},
                {"id": USER_ID, "status": "SOMETHING_NEW"},
            ]
        },
        lambda r: (
            isinstance(r, GetGenerationsByUserIdResponse)
            and [g.id for g in r.generations] == [GEN_ID, USER_ID]
            and r.generations[0].status is JobStatus.PENDING
            and r.generations[1].status == "SOMETHING_NEW"
        ),
    ),
    Case(
        "perform_alchemy_upscale_lcm",
        lambda g: g.perform_alchemy_upscale_lcm(
            image_data_url=IMAGE, prompt="a cat", refine_creative=True
        ),
        "POST",
        "/lcm-upscale",
        {},
        {"imageDataUrl": IMAGE, "prompt": "a cat", "refineCreative": True},
        {"lcmGenerationJob": {"generationId": [GEN_ID], "generatedImageId": GEN_ID}},
        lambda r: r.lcm_generation_job.generated_image_id == GEN_ID,
    ),
    Case(
        "perform_inpainting_lcm",
        lambda g: g.perform_inpainting_lcm(
            image_data_url=IMAGE, mask_data_url=IMAGE, prompt="a cat"
        ),
        "POST",
        "/lcm-inpainting",
        {},
        {"imageDataUrl": IMAGE, "maskDataUrl": IMAGE, "prompt": "a cat"},
        {"lcmGenerationJob": {"imageDataUrl": [IMAGE], "requestTimestamp": "2026-01-01T00:00:00"}},
        lambda r: r.lcm_generation_job.request_timestamp == "2026-01-01T00:00:00",
    ),
    Case(
        "perform_instant_refine",
        lambda g: g.perform_instant_refine(image_data_url=IMAGE, prompt="a cat", seed=42),
        "POST",
        "/lcm-instant-refine",
        {},
        {"imageDataUrl": IMAGE, "prompt": "a cat", "seed": 42},
        {"lcmGenerationJob": {"imageDataUrl": [IMAGE], "requestTimestamp": "2026-01-01T00:00:00"}},
        lambda r: r.lcm_generation_job.request_timestamp == "2026-01-01T00:00:00",
    ),
]


def _transport(case: Case, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=case.response)

    return httpx.MockTransport(handler)


def _assert_wire(case: Case, request: httpx.Request) -> None:
    assert request.method == case.method
    assert request.url.path == "/api/rest/v1" + case.path
    assert dict(request.url.params) == case.query
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"].startswith("leonardo-sdk/")
    if case.body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body


def test_all_eleven_operations_are_covered() -> None:
    client = Leonardo(bearer_auth=TOKEN)
    public = {
        m for m in dir(client.generation) if not m.startswith(("_", "iter_", "with_", "wait_for_"))
    }
    assert public == {c.name for c in CASES}
    assert len(CASES) == 11


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_sync_operation(case: Case) -> None:
    seen: list[httpx.Request] = []
    with Leonardo(
        bearer_auth=TOKEN, http_client=httpx.Client(transport=_transport(case, seen))
    ) as client:
        result = case.call(client.generation)
    assert len(seen) == 1
    _assert_wire(case, seen[0])
    assert case.check(result), result


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_async_operation(case: Case) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=case.response)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncLeonardo(bearer_auth=TOKEN, http_client=http) as client:
        result = await case.call(client.generation)
    assert len(seen) == 1
    _assert_wire(case, seen[0])
    assert case.check(result), result


def test_omitted_and_explicit_null_are_distinct_on_the_wire_and_in_models() -> None:
    seen: list[httpx.Request] = []
    body = {"generations_by_pk": {"id": GEN_ID, "prompt": None}}
    transport = httpx.MockTransport(lambda r: (seen.append(r), httpx.Response(200, json=body))[1])
    client = Leonardo(bearer_auth=TOKEN, http_client=httpx.Client(transport=transport))
    result = client.generation.get_generation_by_id(GEN_ID)
    generation = result.generations_by_pk
    assert generation is not None
    assert generation.prompt is None and generation.seed is None
    assert "prompt" in generation.fields_set and "seed" not in generation.fields_set
    assert generation.to_dict() == {"id": GEN_ID, "prompt": None}


def test_constructed_models_count_required_arguments_as_set() -> None:
    from leonardo_sdk.models import CreateGenerationRequest

    request = CreateGenerationRequest(prompt="a cat", seed=None)
    assert request.fields_set == {"prompt", "seed"}
    assert request.to_dict() == {"prompt": "a cat", "seed": None}
    assert CreateGenerationRequest(prompt="a cat").fields_set == {"prompt"}


def test_auth_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEONARDO_API_KEY", "env-token")
    seen: list[httpx.Request] = []
    case = CASES[4]
    client = Leonardo(http_client=httpx.Client(transport=_transport(case, seen)))
    client.generation.delete_generation_by_id(GEN_ID)
    assert seen[0].headers["authorization"] == "Bearer env-token"


def test_iterator_walks_pages_until_a_short_page() -> None:
    pages = {0: [{"id": str(i)} for i in range(3)], 3: [{"id": "3"}]}
    offsets: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offsets.append(request.url.params["offset"])
        assert request.url.params["limit"] == "3"
        return httpx.Response(200, json={"generations": pages[int(request.url.params["offset"])]})

    client = Leonardo(
        bearer_auth=TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    ids = [g.id for g in client.generation.iter_generations_by_user_id(USER_ID, limit=3)]
    assert ids == ["0", "1", "2", "3"]
    assert offsets == ["0", "3"]


def test_raw_response_gives_status_headers_and_the_parsed_model() -> None:
    case = CASES[6]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=case.response, headers={"x-request-id": "abc"})

    client = Leonardo(
        bearer_auth=TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    raw = client.generation.with_raw_response.get_generation_by_id(GEN_ID)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "abc"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.parse().generations_by_pk.id == GEN_ID


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
