"""The spec of the SDK the tolerance tests generate: the response shapes real servers bend."""

from __future__ import annotations

from typing import Any


def _json(schema: dict[str, Any], description: str = "ok") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


_ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
_ERRORS = {"404": _json(_ref("NotFound"), "missing"), "422": _json(_ref("Invalid"), "invalid")}

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Tolerance Demo", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1"}],
    "paths": {
        "/items": {
            "post": {  # FastAPI answers 201 where it can only document 200
                "operationId": "createItem",
                "requestBody": {"content": {"application/json": {"schema": _ref("Item")}}},
                "responses": {"200": _json(_ref("Item")), **_ERRORS},
            },
            "get": {
                "operationId": "listItems",
                "responses": {"200": _json({"type": "array", "items": _ref("Item")})},
            },
        },
        "/items/{id}": {
            "parameters": _ID,
            "get": {"operationId": "getItem", "responses": {"200": _json(_ref("Item")), **_ERRORS}},
            "delete": {
                "operationId": "deleteItem",
                "responses": {"200": _json(_ref("Item")), "204": {"description": "gone"}},
            },
        },
        "/lookup/{id}": {
            "parameters": _ID,
            "get": {"operationId": "lookupItem", "responses": {"200": _json(_ref("Lookup"))}},
        },
        "/export": {"get": {"operationId": "export", "responses": {"200": _json({})}}},
        "/name": {
            "get": {"operationId": "getName", "responses": {"200": _json({"type": "string"})}}
        },
        "/count": {
            "get": {"operationId": "getCount", "responses": {"200": _json({"type": "integer"})}}
        },
        "/jobs": {
            "post": {
                "operationId": "startJob",
                "responses": {"200": _json(_ref("Item")), "201": _json(_ref("Job"))},
            },
            "put": {"operationId": "queueJob", "responses": {"202": {"description": "queued"}}},
        },
        "/tree": {"get": {"operationId": "getTree", "responses": {"200": _json(_ref("Node"))}}},
    },
    "components": {
        "schemas": {
            "Image": {
                "type": "object",
                "required": ["url"],
                "properties": {"url": {"type": "string"}, "width": {"type": "integer"}},
            },
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "price": {"type": "number"},
                    "active": {"type": "boolean"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "images": {"type": "array", "items": _ref("Image")},
                    "cover": _ref("Image"),
                    "status": {"type": "string", "enum": ["new", "sold"]},
                },
            },
            "Lookup": {
                "type": "object",
                "properties": {"items_by_pk": _ref("Item")},
            },
            "Job": {
                "type": "object",
                "required": ["job_id"],
                "properties": {"job_id": {"type": "string"}},
            },
            "Node": {
                "type": "object",
                "properties": {"value": {"type": "integer"}, "child": _ref("Node")},
            },
            "NotFound": {
                "type": "object",
                "properties": {"detail": {"type": "string"}, "code": {"type": "integer"}},
            },
            "Invalid": {
                "type": "object",
                "required": ["detail"],
                "properties": {
                    "detail": {"type": "array", "items": {"type": "object"}},
                },
            },
        }
    },
}
