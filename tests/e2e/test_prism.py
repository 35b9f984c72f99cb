"""Contract test: every operation of the generated SDK against Prism mocking the Leonardo spec.

Prism checks each request the SDK sends against the spec, so a passing valid call means the SDK
built a request the spec accepts and decoded the spec's example response into its typed model.
Each operation is exercised with the sync (`Leonardo`) and the async (`AsyncLeonardo`) client:

- valid call -> the typed response, decoded from the spec's example (static mock);
- valid call with `Prefer: dynamic=true` -> a schema-generated body, decoded losslessly;
- invalid call -> Prism's 422 -> `UnprocessableEntityError` carrying Prism's validation details;
- no bearer token -> Prism's 401 -> `AuthenticationError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import anyio
import httpx
import leonardo_sdk
import pytest
from leonardo_sdk import AsyncLeonardo, Leonardo
from leonardo_sdk.models import (
    ControlnetInput,
    ControlnetInputInitImageType,
    CreateGenerationResponse,
    CreateLcmGenerationResponse,
    CreateSvdMotionGenerationResponse,
    CreateTextureGenerationResponse,
    DeleteGenerationByIdResponse,
    DeleteTextureGenerationByIdResponse,
    ElementInput,
    GetGenerationByIdResponse,
    GetGenerationsByUserIdResponse,
    LcmGenerationStyle,
    PerformAlchemyUpscaleLcmResponse,
    PerformInpaintingLcmResponse,
    PerformInstantRefineResponse,
    SdGenerationSchedulers,
    SdGenerationStyle,
    SdVersions,
)

pytestmark = pytest.mark.prism

TOKEN = "any-token"
MODES = ("sync", "async")
UUID = re.compile(r"[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89aAbB][a-f0-9]{3}-[a-f0-9]{12}")

# Ids matching the spec's UUID (v4) pattern, taken from the spec's examples.
GENERATION_ID = "0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45"
TEXTURE_GENERATION_ID = "7a1e3c5b-9d2f-4b8e-a6c4-1f3e5d7b9a20"
USER_ID = "3c9e1f7a-2b4d-4a6e-8f1c-5e7d9b2a4c60"
IMAGE_ID = "b5d7e9f1-3a2c-4e6b-8d0f-2c4e6a8b0d13"
MODEL_ASSET_ID = "e2a4c6e8-1b3d-4f5a-b7c9-0d2f4a6c8e31"
MODEL_ID = "b24e16ff-06e3-43eb-8d33-4416c2d75876"
ELEMENT_ID = "9c1e3a5b-7d2f-4e6a-8b0c-1d3f5a7b9e24"
# The spec's example image (a 1x1 JPEG as a data URL, what the LCM endpoints take).
IMAGE_DATA_URL = (
    "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U"
    "HSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAA"
    "AAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q=="
)
LCM_ARGS: dict[str, Any] = {
    "image_data_url": IMAGE_DATA_URL,
    "prompt": "A majestic cat in the snow",
    "guidance": 7.5,
    "strength": 0.65,
    "request_timestamp": "1716890000000",
    "style": LcmGenerationStyle.ANIME,
    "steps": 8,
    "width": 512,
    "height": 512,
    "seed": 42,
}


@dataclass(frozen=True)
class Operation:
    method: str  # SDK method of `client.generation`
    args: tuple[Any, ...]  # positional (path) arguments of a valid call
    kwargs: Mapping[str, Any]  # keyword arguments of a valid call
    returns: type
    checked: str  # dotted attribute path of a field asserted on the static response
    expected: object  # its value in the spec's example (a pattern or type if there is none)
    invalid: Mapping[str, Any]  # overrides of the valid call's kwargs (`args`: positional)
    invalid_at: list[str]  # where Prism reports the violation (`location` of a validation)
    marks: tuple[pytest.MarkDecorator, ...] = ()


OPERATIONS = {
    "createGeneration": Operation(
        "create_generation",
        (),
        {
            "prompt": "A majestic cat in the snow",
            "negative_prompt": "blurry, low quality",
            "model_id": MODEL_ID,
            "width": 1024,
            "height": 768,
            "num_images": 2,
            "alchemy": True,
            "contrast": 3.5,
            "guidance_scale": 7,
            "preset_style": SdGenerationStyle.DYNAMIC,
            "scheduler": SdGenerationSchedulers.EULER_DISCRETE,
            "sd_version": SdVersions.SDXL_1_0,
            "seed": 123456789,
            "transparency": "disabled",
            "elements": [ElementInput(ak_uuid=ELEMENT_ID, weight=0.5)],
            "controlnets": [
                ControlnetInput(
                    init_image_id=IMAGE_ID,
                    init_image_type=ControlnetInputInitImageType.GENERATED,
                    preprocessor_id=67,
                    weight=None,
                )
            ],
            "image_prompts": [IMAGE_ID, None],
        },
        CreateGenerationResponse,
        "sd_generation_job.generation_id",
        "4f6a8c0e-2d3b-4c5a-9e7f-1b3d5f7a9c02",
        {"extra_body": {"prompt": 42}},
        ["body", "prompt"],
    ),
    "createLCMGeneration": Operation(
        "create_lcm_generation",
        (),
        LCM_ARGS,
        CreateLcmGenerationResponse,
        "lcm_generation_job.request_timestamp",
        "1234567890",
        {"extra_body": {"width": "512px"}},
        ["body", "width"],
    ),
    "createSVDMotionGeneration": Operation(
        "create_svd_motion_generation",
        (),
        {"image_id": IMAGE_ID, "is_init_image": False, "is_variation": False, "motion_strength": 5},
        CreateSvdMotionGenerationResponse,
        "motion_svd_generation_job.generation_id",
        "9d3b5f7a-1c2e-4a4b-8c6d-0e2f4a6b8c91",
        {"extra_body": {"motionStrength": "strong"}},
        ["body", "motionStrength"],
    ),
    "createTextureGeneration": Operation(
        "create_texture_generation",
        (),
        {
            "model_asset_id": MODEL_ASSET_ID,
            "prompt": "Weathered bronze with green patina",
            "negative_prompt": "plastic",
            "preview": True,
            "preview_direction": "front",
            "front_rotation_offset": 90,
            "sd_version": "SDXL_1_0",
            "seed": 7,
        },
        CreateTextureGenerationResponse,
        "texture_generation_job.id",
        "7a1e3c5b-9d2f-4b8e-a6c4-1f3e5d7b9a20",
        {"extra_body": {"preview": "yes"}},
        ["body", "preview"],
    ),
    "getGenerationById": Operation(
        "get_generation_by_id",
        (GENERATION_ID,),
        {},
        GetGenerationByIdResponse,
        "generations_by_pk.id",
        UUID,
        {"args": ("not-a-uuid",)},
        ["path", "id"],
    ),
    "deleteGenerationById": Operation(
        "delete_generation_by_id",
        (GENERATION_ID,),
        {},
        DeleteGenerationByIdResponse,
        "delete_generations_by_pk.id",
        UUID,
        {"args": ("0F2C7A4E-5B1D-4E8A-9C3F-6D2B8E1A7C45",)},  # the pattern is lower-case hex
        ["path", "id"],
    ),
    "deleteTextureGenerationById": Operation(
        "delete_texture_generation_by_id",
        (TEXTURE_GENERATION_ID,),
        {"id_2": TEXTURE_GENERATION_ID},  # the body's `id`, renamed: the path has an `id` too
        DeleteTextureGenerationByIdResponse,
        "delete_model_asset_texture_generations_by_pk.id",
        UUID,
        {"id_2": "texture-1"},
        ["body", "id"],
    ),
    "getGenerationsByUserId": Operation(
        "get_generations_by_user_id",
        (USER_ID,),
        {"offset": 0, "limit": 10},
        GetGenerationsByUserIdResponse,
        "generations",
        list,
        {"extra_query": {"limit": "ten"}},
        ["query", "limit"],
    ),
    "performAlchemyUpscaleLCM": Operation(
        "perform_alchemy_upscale_lcm",
        (),
        {**LCM_ARGS, "refine_creative": True, "refine_strength": 0.6},
        PerformAlchemyUpscaleLcmResponse,
        "lcm_generation_job.generated_image_id",
        "b5d7e9f1-3a2c-4e6b-8d0f-2c4e6a8b0d13",
        {"extra_body": {"refineCreative": "yes"}},
        ["body", "refineCreative"],
    ),
    "performInpaintingLCM": Operation(
        "perform_inpainting_lcm",
        (),
        {**LCM_ARGS, "mask_data_url": IMAGE_DATA_URL},
        PerformInpaintingLcmResponse,
        "lcm_generation_job.request_timestamp",
        "1234567892",
        {"extra_body": {"maskDataUrl": None}},  # required, and not nullable
        ["body", "maskDataUrl"],
    ),
    "performInstantRefine": Operation(
        "perform_instant_refine",
        (),
        LCM_ARGS,
        PerformInstantRefineResponse,
        "lcm_generation_job.request_timestamp",
        "1234567891",
        {"extra_body": {"steps": 4.5}},
        ["body", "steps"],
    ),
}


def _params(with_marks: bool) -> list[Any]:
    return [
        pytest.param(op, id=name, marks=op.marks if with_marks else ())
        for name, op in OPERATIONS.items()
    ]


def call(
    mode: str,
    url: str,
    op: Operation,
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    *,
    raw: bool = False,
    hook: Callable[[httpx.Request], None] | None = None,
) -> Any:
    """Call `op` through a fresh sync or async client pointed at Prism."""
    options: dict[str, Any] = {
        "server_url": url,
        "bearer_auth": TOKEN,
        "max_retries": 0,  # Prism's answers are deterministic: a retry would only take time
        "before_request": [hook] if hook else [],
    }
    if mode == "sync":
        with Leonardo(**options) as client:
            resource = client.generation.with_raw_response if raw else client.generation
            return getattr(resource, op.method)(*args, **kwargs)

    async def async_hook(request: httpx.Request) -> None:
        assert hook is not None
        hook(request)

    if hook:  # the async client awaits async hooks: exercise that path
        options["before_request"] = [async_hook]

    async def main() -> Any:
        async with AsyncLeonardo(**options) as client:
            resource = client.generation.with_raw_response if raw else client.generation
            return await getattr(resource, op.method)(*args, **kwargs)

    return anyio.run(main)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", _params(with_marks=True))
def test_valid_call(prism_url: str, op: Operation, mode: str) -> None:
    result = call(mode, prism_url, op, op.args, op.kwargs)

    assert isinstance(result, op.returns)
    value = attrgetter(op.checked)(result)
    if isinstance(op.expected, re.Pattern):
        assert isinstance(value, str) and op.expected.fullmatch(value), value
    elif isinstance(op.expected, type):
        assert isinstance(value, op.expected), value
    else:
        assert value == op.expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", _params(with_marks=False))
def test_valid_call_dynamic_response(prism_url: str, op: Operation, mode: str) -> None:
    """A body Prism generates from the response schema (seeded) decodes, and nothing is lost."""
    kwargs = {**op.kwargs, "extra_headers": {"Prefer": "dynamic=true"}}
    response = call(mode, prism_url, op, op.args, kwargs, raw=True)

    assert response.status_code == 200
    parsed = response.parse()
    assert isinstance(parsed, op.returns)
    assert parsed.to_dict() == response.json()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", _params(with_marks=False))
def test_invalid_call(prism_url: str, op: Operation, mode: str) -> None:
    # Prism answers a request that violates the spec with 422 (not 400), as an RFC 7807 problem
    # whose `validation` lists each violation with its location, e.g.
    # {"location": ["body", "prompt"], "severity": "Error", "code": "type", "message": ...}.
    kwargs = {**op.kwargs, **op.invalid}
    args = kwargs.pop("args", op.args)

    with pytest.raises(leonardo_sdk.UnprocessableEntityError) as caught:
        call(mode, prism_url, op, args, kwargs)

    error = caught.value
    assert error.status_code == 422
    assert isinstance(error.body, dict), error.body
    assert error.body["type"] == "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY"
    locations = [violation["location"] for violation in error.body["validation"]]
    assert locations == [op.invalid_at], error.body
    assert "422" in error.message


def _drop_authorization(request: httpx.Request) -> None:
    # The SDK refuses to send without a credential (MissingCredentialsError), so it is configured
    # with one and the header is removed from the built request just before it is sent.
    del request.headers["Authorization"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", _params(with_marks=False))
def test_missing_token(prism_url: str, op: Operation, mode: str) -> None:
    with pytest.raises(leonardo_sdk.AuthenticationError) as caught:
        call(mode, prism_url, op, op.args, op.kwargs, hook=_drop_authorization)

    error = caught.value
    assert error.status_code == 401
    assert "authorization" not in error.request.headers
    assert isinstance(error.body, dict), error.body
    assert error.body["type"] == "https://stoplight.io/prism/errors#UNAUTHORIZED"
    assert error.headers.get("www-authenticate") == "Bearer"
    assert TOKEN not in error.message
