"""Generated tests of the pets resource: each operation, sync and async, against a mock of the API answering with the spec's examples."""

from __future__ import annotations

import asyncio
import re
from datetime import date, datetime, timezone

import pytest

from shapes_sdk._serde import to_jsonable
from shapes_sdk.models import Kind, ListPetsResponse, Person, Pet

from .conftest import MockAPI, Prism


def test_create_pet(mock_api: MockAPI) -> None:
    expected = Pet(
        id=1,
        created_at=datetime(2024, 1, 15, 9, 30, 0, tzinfo=timezone.utc),
        name="<value>",
        kind=Kind.CAT,
        tag="<value>",
        class_="<value>",
        user_id_2="<value>",
        user_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
        birthday=date(2024, 1, 15),
        photo=b"example",
        owner=Person(type_="Person", name="<value>"),
        scores={"key": 0.5},
        const="fixed",
    )
    mock_api.reply(201, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.pets.create_pet
    result = operation(name="<value>", kind=Kind.CAT)
    assert mock_api.request.method == "POST"
    assert re.search("/pets$", mock_api.request.url.path)
    assert result == expected


def test_create_pet_async(mock_api: MockAPI) -> None:
    expected = Pet(
        id=1,
        created_at=datetime(2024, 1, 15, 9, 30, 0, tzinfo=timezone.utc),
        name="<value>",
        kind=Kind.CAT,
        tag="<value>",
        class_="<value>",
        user_id_2="<value>",
        user_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
        birthday=date(2024, 1, 15),
        photo=b"example",
        owner=Person(type_="Person", name="<value>"),
        scores={"key": 0.5},
        const="fixed",
    )
    mock_api.reply(201, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.pets.create_pet
            return await operation(name="<value>", kind=Kind.CAT)

    result = asyncio.run(call())
    assert mock_api.request.method == "POST"
    assert re.search("/pets$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_create_pet_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.pets.create_pet
    result = operation(name="<value>", kind=Kind.CAT)
    assert result is not None


def test_delete_pet(mock_api: MockAPI) -> None:
    expected = None
    mock_api.reply(204)

    client = mock_api.client()
    operation = client.pets.delete_pet
    result = operation(1)
    assert mock_api.request.method == "DELETE"
    assert re.search("/pets/[^/]+$", mock_api.request.url.path)
    assert result == expected


def test_delete_pet_async(mock_api: MockAPI) -> None:
    expected = None
    mock_api.reply(204)

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.pets.delete_pet
            return await operation(1)

    result = asyncio.run(call())
    assert mock_api.request.method == "DELETE"
    assert re.search("/pets/[^/]+$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_delete_pet_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.pets.delete_pet
    result = operation(1)
    assert result is None


def test_list_pets(mock_api: MockAPI) -> None:
    expected = ListPetsResponse(
        items=[
            Pet(
                id=1,
                created_at=datetime(2024, 1, 15, 9, 30, 0, tzinfo=timezone.utc),
                name="<value>",
                kind=Kind.CAT,
                tag="<value>",
                class_="<value>",
                user_id_2="<value>",
                user_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
                birthday=date(2024, 1, 15),
                photo=b"example",
                owner=Person(type_="Person", name="<value>"),
                scores={"key": 0.5},
                const="fixed",
            )
        ]
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.pets.list_pets
    result = operation()
    assert mock_api.request.method == "GET"
    assert re.search("/pets$", mock_api.request.url.path)
    assert result == expected


def test_list_pets_async(mock_api: MockAPI) -> None:
    expected = ListPetsResponse(
        items=[
            Pet(
                id=1,
                created_at=datetime(2024, 1, 15, 9, 30, 0, tzinfo=timezone.utc),
                name="<value>",
                kind=Kind.CAT,
                tag="<value>",
                class_="<value>",
                user_id_2="<value>",
                user_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
                birthday=date(2024, 1, 15),
                photo=b"example",
                owner=Person(type_="Person", name="<value>"),
                scores={"key": 0.5},
                const="fixed",
            )
        ]
    )
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.pets.list_pets
            return await operation()

    result = asyncio.run(call())
    assert mock_api.request.method == "GET"
    assert re.search("/pets$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_list_pets_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.pets.list_pets
    result = operation()
    assert result is not None
