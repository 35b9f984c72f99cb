"""A user reading status and headers (raw responses) and streaming a body to a file."""

from __future__ import annotations

from pathlib import Path

from leonardo_sdk import APIResponse, Leonardo, StreamedResponse
from leonardo_sdk.models import GetGenerationByIdResponse


def raw(client: Leonardo, generation_id: str) -> GetGenerationByIdResponse:
    response: APIResponse[GetGenerationByIdResponse] = (
        client.generation.with_raw_response.get_generation_by_id(generation_id)
    )
    print(response.status_code, response.headers.get("x-request-id"), len(response.content))
    parsed = response.parse()
    print(parsed.generations_by_pk)
    return parsed


def streamed(client: Leonardo, generation_id: str, target: Path) -> int:
    with client.generation.with_streaming_response.get_generation_by_id(generation_id) as response:
        kept: StreamedResponse[GetGenerationByIdResponse] = response
        print(kept.status_code, kept.content_type)
        return response.write_to_file(target)


def lines(client: Leonardo, generation_id: str) -> list[str]:
    with client.generation.with_streaming_response.get_generation_by_id(generation_id) as response:
        return [line for line in response.iter_lines() if line]


if __name__ == "__main__":
    with Leonardo(bearer_auth="token") as sdk:
        raw(sdk, "g1")
        streamed(sdk, "g1", Path("generation.json"))
        print(lines(sdk, "g1"))
