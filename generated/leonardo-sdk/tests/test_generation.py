"""Generated tests of the Generation resource: each operation, sync and async, against a mock of the API answering with the spec's examples."""

from __future__ import annotations

import asyncio
import re

import pytest

from leonardo_sdk._serde import to_jsonable
from leonardo_sdk.models import (
    Cost,
    CreateGenerationResponse,
    CreateLcmGenerationResponse,
    CreateSvdMotionGenerationResponse,
    CreateTextureGenerationResponse,
    DeletedGeneration,
    DeletedTextureGeneration,
    DeleteGenerationByIdResponse,
    DeleteTextureGenerationByIdResponse,
    GeneratedImage,
    Generation,
    GenerationElement,
    GetGenerationByIdResponse,
    GetGenerationsByUserIdResponse,
    JobStatus,
    LcmGenerationOutput,
    LcmUpscaleGenerationOutput,
    MotionSvdGenerationOutput,
    PerformAlchemyUpscaleLcmResponse,
    PerformInpaintingLcmResponse,
    PerformInstantRefineResponse,
    SdGenerationOutput,
    SdGenerationSchedulers,
    SdGenerationStyle,
    SdVersions,
    TextureGenerationJobOutput,
    UserGeneratedImage,
    UserGeneration,
)

from .conftest import MockAPI, Prism


def test_create_generation(mock_api: MockAPI) -> None:
    expected = CreateGenerationResponse(
        sd_generation_job=SdGenerationOutput(
            generation_id="3fa85f64-5717-4562-b3fc-2c963f66afa6", cost=Cost()
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.create_generation
    result = operation(prompt="A majestic cat in the snow", contrast=3.5)
    assert mock_api.request.method == "POST"
    assert re.search("/generations$", mock_api.request.url.path)
    assert result == expected


def test_create_generation_async(mock_api: MockAPI) -> None:
    expected = CreateGenerationResponse(
        sd_generation_job=SdGenerationOutput(
            generation_id="3fa85f64-5717-4562-b3fc-2c963f66afa6", cost=Cost()
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.create_generation
            return await operation(prompt="A majestic cat in the snow", contrast=3.5)

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/generations$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_create_generation_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.create_generation
    result = operation(prompt="A majestic cat in the snow", contrast=3.5)
    assert result is not None


def test_create_lcm_generation(mock_api: MockAPI) -> None:
    expected = CreateLcmGenerationResponse(
        lcm_generation_job=LcmGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.create_lcm_generation
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert mock_api.request.method == "POST"
    assert re.search("/generations\\-lcm$", mock_api.request.url.path)
    assert result == expected


def test_create_lcm_generation_async(mock_api: MockAPI) -> None:
    expected = CreateLcmGenerationResponse(
        lcm_generation_job=LcmGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.create_lcm_generation
            return await operation(
                image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
                prompt="A majestic cat in the snow",
            )

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/generations\\-lcm$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_create_lcm_generation_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.create_lcm_generation
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert result is not None


def test_create_svd_motion_generation(mock_api: MockAPI) -> None:
    expected = CreateSvdMotionGenerationResponse(
        motion_svd_generation_job=MotionSvdGenerationOutput(
            generation_id="3fa85f64-5717-4562-b3fc-2c963f66afa6", cost=Cost()
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.create_svd_motion_generation
    result = operation(image_id="b5d7e9f1-3a2c-4e6b-8d0f-2c4e6a8b0d13")
    assert mock_api.request.method == "POST"
    assert re.search("/generations\\-motion\\-svd$", mock_api.request.url.path)
    assert result == expected


def test_create_svd_motion_generation_async(mock_api: MockAPI) -> None:
    expected = CreateSvdMotionGenerationResponse(
        motion_svd_generation_job=MotionSvdGenerationOutput(
            generation_id="3fa85f64-5717-4562-b3fc-2c963f66afa6", cost=Cost()
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.create_svd_motion_generation
            return await operation(image_id="b5d7e9f1-3a2c-4e6b-8d0f-2c4e6a8b0d13")

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/generations\\-motion\\-svd$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_create_svd_motion_generation_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.create_svd_motion_generation
    result = operation(image_id="b5d7e9f1-3a2c-4e6b-8d0f-2c4e6a8b0d13")
    assert result is not None


def test_create_texture_generation(mock_api: MockAPI) -> None:
    expected = CreateTextureGenerationResponse(
        texture_generation_job=TextureGenerationJobOutput(
            id="3fa85f64-5717-4562-b3fc-2c963f66afa6", cost=Cost()
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.create_texture_generation
    result = operation(
        model_asset_id="e2a4c6e8-1b3d-4f5a-b7c9-0d2f4a6c8e31",
        prompt="Weathered bronze with green patina",
    )
    assert mock_api.request.method == "POST"
    assert re.search("/generations\\-texture$", mock_api.request.url.path)
    assert result == expected


def test_create_texture_generation_async(mock_api: MockAPI) -> None:
    expected = CreateTextureGenerationResponse(
        texture_generation_job=TextureGenerationJobOutput(
            id="3fa85f64-5717-4562-b3fc-2c963f66afa6", cost=Cost()
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.create_texture_generation
            return await operation(
                model_asset_id="e2a4c6e8-1b3d-4f5a-b7c9-0d2f4a6c8e31",
                prompt="Weathered bronze with green patina",
            )

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/generations\\-texture$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_create_texture_generation_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.create_texture_generation
    result = operation(
        model_asset_id="e2a4c6e8-1b3d-4f5a-b7c9-0d2f4a6c8e31",
        prompt="Weathered bronze with green patina",
    )
    assert result is not None


def test_delete_generation_by_id(mock_api: MockAPI) -> None:
    expected = DeleteGenerationByIdResponse(
        delete_generations_by_pk=DeletedGeneration(id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.delete_generation_by_id
    result = operation("0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45")
    assert mock_api.request.method == "DELETE"
    assert re.search("/generations/[^/]+$", mock_api.request.url.path)
    assert result == expected


def test_delete_generation_by_id_async(mock_api: MockAPI) -> None:
    expected = DeleteGenerationByIdResponse(
        delete_generations_by_pk=DeletedGeneration(id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.delete_generation_by_id
            return await operation("0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45")

    result = asyncio.run(call())
    assert mock_api.request.method == "DELETE"
    assert re.search("/generations/[^/]+$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_delete_generation_by_id_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.delete_generation_by_id
    result = operation("0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45")
    assert result is not None


def test_delete_texture_generation_by_id(mock_api: MockAPI) -> None:
    expected = DeleteTextureGenerationByIdResponse(
        delete_model_asset_texture_generations_by_pk=DeletedTextureGeneration(
            id="3fa85f64-5717-4562-b3fc-2c963f66afa6"
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.delete_texture_generation_by_id
    result = operation("7a1e3c5b-9d2f-4b8e-a6c4-1f3e5d7b9a20")
    assert mock_api.request.method == "DELETE"
    assert re.search("/generations\\-texture/[^/]+$", mock_api.request.url.path)
    assert result == expected


def test_delete_texture_generation_by_id_async(mock_api: MockAPI) -> None:
    expected = DeleteTextureGenerationByIdResponse(
        delete_model_asset_texture_generations_by_pk=DeletedTextureGeneration(
            id="3fa85f64-5717-4562-b3fc-2c963f66afa6"
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.delete_texture_generation_by_id
            return await operation("7a1e3c5b-9d2f-4b8e-a6c4-1f3e5d7b9a20")

    result = asyncio.run(call())
    assert mock_api.request.method == "DELETE"
    assert re.search("/generations\\-texture/[^/]+$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_delete_texture_generation_by_id_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.delete_texture_generation_by_id
    result = operation("7a1e3c5b-9d2f-4b8e-a6c4-1f3e5d7b9a20")
    assert result is not None


def test_get_generation_by_id(mock_api: MockAPI) -> None:
    expected = GetGenerationByIdResponse(
        generations_by_pk=Generation(
            created_at="<value>",
            generated_images=[GeneratedImage()],
            generation_elements=[GenerationElement()],
            guidance_scale=0.5,
            id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
            image_height=1,
            image_width=1,
            inference_steps=1,
            init_strength=0.5,
            model_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
            negative_prompt="<value>",
            photo_real=True,
            photo_real_strength=0.5,
            preset_style=SdGenerationStyle.DYNAMIC,
            prompt="<value>",
            prompt_magic=True,
            prompt_magic_strength=0.5,
            prompt_magic_version="<value>",
            public=True,
            scheduler=SdGenerationSchedulers.KLMS,
            sd_version=SdVersions.V1_5,
            seed=1,
            status=JobStatus.PENDING,
            ultra=True,
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.get_generation_by_id
    result = operation("0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45")
    assert mock_api.request.method == "GET"
    assert re.search("/generations/[^/]+$", mock_api.request.url.path)
    assert result == expected


def test_get_generation_by_id_async(mock_api: MockAPI) -> None:
    expected = GetGenerationByIdResponse(
        generations_by_pk=Generation(
            created_at="<value>",
            generated_images=[GeneratedImage()],
            generation_elements=[GenerationElement()],
            guidance_scale=0.5,
            id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
            image_height=1,
            image_width=1,
            inference_steps=1,
            init_strength=0.5,
            model_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
            negative_prompt="<value>",
            photo_real=True,
            photo_real_strength=0.5,
            preset_style=SdGenerationStyle.DYNAMIC,
            prompt="<value>",
            prompt_magic=True,
            prompt_magic_strength=0.5,
            prompt_magic_version="<value>",
            public=True,
            scheduler=SdGenerationSchedulers.KLMS,
            sd_version=SdVersions.V1_5,
            seed=1,
            status=JobStatus.PENDING,
            ultra=True,
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.get_generation_by_id
            return await operation("0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45")

    result = asyncio.run(call())
    assert mock_api.request.method == "GET"
    assert re.search("/generations/[^/]+$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_get_generation_by_id_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.get_generation_by_id
    result = operation("0f2c7a4e-5b1d-4e8a-9c3f-6d2b8e1a7c45")
    assert result is not None


def test_get_generations_by_user_id(mock_api: MockAPI) -> None:
    expected = GetGenerationsByUserIdResponse(
        generations=[
            UserGeneration(
                created_at="<value>",
                generated_images=[UserGeneratedImage()],
                generation_elements=[GenerationElement()],
                guidance_scale=0.5,
                id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
                image_height=1,
                image_width=1,
                inference_steps=1,
                init_strength=0.5,
                model_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
                negative_prompt="<value>",
                photo_real=True,
                photo_real_strength=0.5,
                preset_style=SdGenerationStyle.DYNAMIC,
                prompt="<value>",
                prompt_magic=True,
                prompt_magic_strength=0.5,
                prompt_magic_version="<value>",
                public=True,
                scheduler=SdGenerationSchedulers.KLMS,
                sd_version=SdVersions.V1_5,
                seed=1,
                status=JobStatus.PENDING,
                ultra=True,
            )
        ]
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.get_generations_by_user_id
    result = operation("3c9e1f7a-2b4d-4a6e-8f1c-5e7d9b2a4c60", offset=0, limit=10)
    assert mock_api.request.method == "GET"
    assert re.search("/generations/user/[^/]+$", mock_api.request.url.path)
    assert result == expected


def test_get_generations_by_user_id_async(mock_api: MockAPI) -> None:
    expected = GetGenerationsByUserIdResponse(
        generations=[
            UserGeneration(
                created_at="<value>",
                generated_images=[UserGeneratedImage()],
                generation_elements=[GenerationElement()],
                guidance_scale=0.5,
                id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
                image_height=1,
                image_width=1,
                inference_steps=1,
                init_strength=0.5,
                model_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
                negative_prompt="<value>",
                photo_real=True,
                photo_real_strength=0.5,
                preset_style=SdGenerationStyle.DYNAMIC,
                prompt="<value>",
                prompt_magic=True,
                prompt_magic_strength=0.5,
                prompt_magic_version="<value>",
                public=True,
                scheduler=SdGenerationSchedulers.KLMS,
                sd_version=SdVersions.V1_5,
                seed=1,
                status=JobStatus.PENDING,
                ultra=True,
            )
        ]
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.get_generations_by_user_id
            return await operation("3c9e1f7a-2b4d-4a6e-8f1c-5e7d9b2a4c60", offset=0, limit=10)

    result = asyncio.run(call())
    assert mock_api.request.method == "GET"
    assert re.search("/generations/user/[^/]+$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_get_generations_by_user_id_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.get_generations_by_user_id
    result = operation("3c9e1f7a-2b4d-4a6e-8f1c-5e7d9b2a4c60", offset=0, limit=10)
    assert result is not None


def test_perform_alchemy_upscale_lcm(mock_api: MockAPI) -> None:
    expected = PerformAlchemyUpscaleLcmResponse(
        lcm_generation_job=LcmUpscaleGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            generation_id=["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
            variation_id=["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
            generated_image_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.perform_alchemy_upscale_lcm
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert mock_api.request.method == "POST"
    assert re.search("/lcm\\-upscale$", mock_api.request.url.path)
    assert result == expected


def test_perform_alchemy_upscale_lcm_async(mock_api: MockAPI) -> None:
    expected = PerformAlchemyUpscaleLcmResponse(
        lcm_generation_job=LcmUpscaleGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            generation_id=["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
            variation_id=["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
            generated_image_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.perform_alchemy_upscale_lcm
            return await operation(
                image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
                prompt="A majestic cat in the snow",
            )

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/lcm\\-upscale$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_perform_alchemy_upscale_lcm_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.perform_alchemy_upscale_lcm
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert result is not None


def test_perform_inpainting_lcm(mock_api: MockAPI) -> None:
    expected = PerformInpaintingLcmResponse(
        lcm_generation_job=LcmGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.perform_inpainting_lcm
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        mask_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert mock_api.request.method == "POST"
    assert re.search("/lcm\\-inpainting$", mock_api.request.url.path)
    assert result == expected


def test_perform_inpainting_lcm_async(mock_api: MockAPI) -> None:
    expected = PerformInpaintingLcmResponse(
        lcm_generation_job=LcmGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.perform_inpainting_lcm
            return await operation(
                image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
                mask_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
                prompt="A majestic cat in the snow",
            )

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/lcm\\-inpainting$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_perform_inpainting_lcm_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.perform_inpainting_lcm
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        mask_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert result is not None


def test_perform_instant_refine(mock_api: MockAPI) -> None:
    expected = PerformInstantRefineResponse(
        lcm_generation_job=LcmGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.generation.perform_instant_refine
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert mock_api.request.method == "POST"
    assert re.search("/lcm\\-instant\\-refine$", mock_api.request.url.path)
    assert result == expected


def test_perform_instant_refine_async(mock_api: MockAPI) -> None:
    expected = PerformInstantRefineResponse(
        lcm_generation_job=LcmGenerationOutput(
            image_data_url=["https://example.com/image.png"],
            request_timestamp="<value>",
            cost=Cost(),
        )
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.generation.perform_instant_refine
            return await operation(
                image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
                prompt="A majestic cat in the snow",
            )

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/lcm\\-instant\\-refine$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_perform_instant_refine_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.generation.perform_instant_refine
    result = operation(
        image_data_url="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEfHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
        prompt="A majestic cat in the snow",
    )
    assert result is not None
