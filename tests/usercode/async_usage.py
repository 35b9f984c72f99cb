"""A user of the async client: concurrent calls, async iteration, async streaming."""

from __future__ import annotations

import asyncio

from leonardo_sdk import AsyncLeonardo
from leonardo_sdk.models import CreateGenerationResponse, SdVersions, UserGeneration


async def generate_two(client: AsyncLeonardo) -> list[CreateGenerationResponse]:
    first = client.generation.create_generation(prompt="a fox", sd_version=SdVersions.SDXL_1_0)
    second = client.generation.create_generation(prompt="a hare", sd_version="SDXL_1_0")
    return list(await asyncio.gather(first, second))


async def everything(client: AsyncLeonardo, user_id: str) -> list[UserGeneration]:
    return [g async for g in client.generation.iter_generations_by_user_id(user_id)]


async def body_size(client: AsyncLeonardo, generation_id: str) -> int:
    call = client.generation.with_streaming_response.get_generation_by_id(generation_id)
    async with call as response:
        return sum([len(chunk) async for chunk in response.iter_bytes()])


async def main() -> None:
    async with AsyncLeonardo(bearer_auth="token", max_retries=1) as client:
        jobs = await generate_two(client)
        ids = [j.sd_generation_job.generation_id for j in jobs if j.sd_generation_job]
        raw = await client.generation.with_raw_response.get_generation_by_id(ids[0] or "")
        print(raw.status_code, raw.parse().generations_by_pk)
        print(len(await everything(client, "u1")), await body_size(client, "g1"))


if __name__ == "__main__":
    asyncio.run(main())
