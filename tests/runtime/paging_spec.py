"""The spec of the SDK the paging and waiter tests generate: one list operation per pagination
style (offset, page number, cursor token, Stripe's has_more, Link header, next URL) and a
generation to poll."""

from __future__ import annotations

from typing import Any


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def _query(name: str, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": kind}}


_ITEMS = {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
_TAG = _query("tag")


def _list(op: str, params: list[dict[str, Any]], schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op,
            "parameters": [*params, _TAG],
            "responses": {"200": _json(schema)},
        }
    }


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Paging Demo", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/offset": _list(
            "listOffset", [_query("offset", "integer"), _query("limit", "integer")], _ITEMS
        ),
        "/numbered": _list(
            "listNumbered", [_query("page", "integer"), _query("per_page", "integer")], _ITEMS
        ),
        "/cursor": _list(
            "listCursor",
            [_query("cursor")],
            _object(items=_ITEMS, response_metadata=_object(next_cursor={"type": "string"})),
        ),
        "/stripe": _list(
            "listStripe",
            [_query("starting_after"), _query("limit", "integer")],
            _object(data=_ITEMS, has_more={"type": "boolean"}),
        ),
        "/linked": _list(
            "listLinked", [_query("page", "integer"), _query("per_page", "integer")], _ITEMS
        ),
        "/drf": _list(
            "listDrf",
            [_query("page", "integer")],
            _object(
                count={"type": "integer"},
                next={"type": "string", "nullable": True},
                previous={"type": "string", "nullable": True},
                results=_ITEMS,
            ),
        ),
        "/generations/{id}": {
            "get": {
                "operationId": "getGeneration",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": _json(
                        _object(
                            generations_by_pk=_object(
                                id={"type": "string"},
                                status={
                                    "type": "string",
                                    "enum": ["PENDING", "COMPLETE", "FAILED"],
                                },
                            )
                        )
                    )
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            }
        },
    },
}
