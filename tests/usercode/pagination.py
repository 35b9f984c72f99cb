"""A user walking every generation of a user with the `iter_` twin, and one page by hand."""

from __future__ import annotations

from collections.abc import Iterator

from leonardo_sdk import Leonardo
from leonardo_sdk.models import JobStatus, UserGeneration


def completed(client: Leonardo, user_id: str) -> Iterator[UserGeneration]:
    for generation in client.generation.iter_generations_by_user_id(user_id, limit=50):
        if generation.status == JobStatus.COMPLETE:
            yield generation


def first_page_ids(client: Leonardo, user_id: str) -> list[str]:
    page = client.generation.get_generations_by_user_id(user_id, offset=0, limit=10)
    return [g.id for g in page.generations or [] if g.id is not None]


def pending_count(client: Leonardo, user_id: str) -> int:
    # an open enum compares with the strings users know, and with values the spec lacks
    items = list(client.generation.iter_generations_by_user_id(user_id))
    return sum(1 for g in items if g.status in (JobStatus.PENDING, "QUEUED"))


if __name__ == "__main__":
    with Leonardo(bearer_auth="token") as sdk:
        print([g.id for g in completed(sdk, "u1")], first_page_ids(sdk, "u1"))
        print(pending_count(sdk, "u1"))
