"""Which paging style the generator recognises, from conventions, vendor extensions and
`sdkgen.toml`, on small specs written per case and on real ones (Azure's `x-ms-pageable`,
GitHub's `Link` headers)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.errors import ConfigError
from generator.ir import model as ir

from .conftest import REPO

AZURE = REPO / "tests" / "specs" / "azure" / "intune.json"
GITHUB = REPO / ".cache" / "github-openapi" / "23.0.2" / "api.github.com.json"


def _param(name: str, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": kind}}


def _spec(params: list[dict[str, Any]], page: dict[str, Any], **operation: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Paged", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": params,
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": page}},
                        }
                    },
                    **operation,
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
            }
        },
    }


THINGS = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _pagination(tmp_path: Path, spec: dict[str, Any], config: str = "") -> ir.Pagination | None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    if config:
        (tmp_path / "sdkgen.toml").write_text(config, encoding="utf-8")
    api, _, _ = pipeline.build_api(path)
    return api.operations[0].pagination


STRING = {"type": "string"}


@pytest.mark.parametrize(
    ("params", "page", "expected"),
    [
        # Slack: the token one object down
        (
            [_param("cursor"), _param("limit", "integer")],
            _object(members=THINGS, response_metadata=_object(next_cursor=STRING)),
            ir.CursorPagination(
                "cursor", ("response_metadata", "next_cursor"), "members", ir.ModelRef("Thing")
            ),
        ),
        # Google: pageToken / nextPageToken
        (
            [_param("pageToken")],
            _object(items=THINGS, nextPageToken=STRING),
            ir.CursorPagination("page_token", ("nextPageToken",), "items", ir.ModelRef("Thing")),
        ),
        # Stripe: starting_after + has_more, the last item's id
        (
            [_param("starting_after"), _param("limit", "integer")],
            _object(data=THINGS, has_more={"type": "boolean"}),
            ir.CursorPagination(
                "starting_after", (), "data", ir.ModelRef("Thing"), ("has_more",), "id"
            ),
        ),
        # Django REST framework
        (
            [_param("page", "integer")],
            _object(count={"type": "integer"}, next=STRING, previous=STRING, results=THINGS),
            ir.NextUrlPagination(("next",), "results", ir.ModelRef("Thing")),
        ),
        (
            [_param("page", "integer"), _param("page_size", "integer")],
            THINGS,
            ir.PageNumberPagination("page", "page_size", "", ir.ModelRef("Thing")),
        ),
        (
            [_param("offset", "integer"), _param("limit", "integer")],
            _object(things=THINGS, total={"type": "integer"}),
            ir.OffsetPagination("offset", "limit", "things", ir.ModelRef("Thing")),
        ),
        # no convention: a cursor parameter without a token in the page
        ([_param("cursor")], _object(things=THINGS), None),
        ([_param("q")], THINGS, None),
    ],
)
def test_conventions(
    tmp_path: Path, params: list[dict[str, Any]], page: dict[str, Any], expected: object
) -> None:
    assert _pagination(tmp_path, _spec(params, page)) == expected


def test_a_declared_link_header_pages_by_link(tmp_path: Path) -> None:
    spec = _spec([_param("page", "integer"), _param("per_page", "integer")], THINGS)
    spec["paths"]["/things"]["get"]["responses"]["200"]["headers"] = {"Link": {"schema": STRING}}
    assert _pagination(tmp_path, spec) == ir.LinkPagination("", ir.ModelRef("Thing"))


def test_vendor_extensions(tmp_path: Path) -> None:
    page = _object(value=THINGS, odd=STRING, entries=THINGS)
    azure = _spec([], page, **{"x-ms-pageable": {"nextLinkName": "odd"}})
    assert _pagination(tmp_path, azure) == ir.NextUrlPagination(
        ("odd",), "value", ir.ModelRef("Thing")
    )
    single = _spec([], page, **{"x-ms-pageable": {"nextLinkName": None}})
    assert _pagination(tmp_path, single) is None  # Azure: one page only
    speakeasy = _spec(
        [_param("tok")],
        page,
        **{
            "x-speakeasy-pagination": {
                "type": "cursor",
                "inputs": [{"name": "tok", "in": "parameters", "type": "cursor"}],
                "outputs": {"nextCursor": "$.odd", "results": "$.entries"},
            }
        },
    )
    assert _pagination(tmp_path, speakeasy) == ir.CursorPagination(
        "tok", ("odd",), "entries", ir.ModelRef("Thing")
    )
    fern = _spec(
        [_param("start", "integer"), _param("count", "integer")],
        page,
        **{
            "x-fern-pagination": {
                "offset": "$request.start",
                "step": "$request.count",
                "results": "$response.entries",
            }
        },
    )
    assert _pagination(tmp_path, fern) == ir.OffsetPagination(
        "start", "count", "entries", ir.ModelRef("Thing")
    )


def test_sdkgen_toml_declares_what_no_convention_names(tmp_path: Path) -> None:
    spec = _spec([_param("after_id")], _object(rows=THINGS, meta=_object(continue_from=STRING)))
    assert _pagination(tmp_path, spec) is None  # no convention names after_id / continue_from
    config = """
[tool.sdkgen.pagination.listThings]
style = "cursor"
cursor_param = "after_id"
next_cursor = "meta.continue_from"
items = "rows"
"""
    assert _pagination(tmp_path, spec, config) == ir.CursorPagination(
        "after_id", ("meta", "continue_from"), "rows", ir.ModelRef("Thing")
    )
    (tmp_path / "sdkgen.toml").write_text(config.replace("after_id", "nope"), encoding="utf-8")
    with pytest.raises(ConfigError, match="no parameter 'nope'"):
        pipeline.build_api(tmp_path / "spec.json")


def test_azure_x_ms_pageable_lists_page_by_their_next_link() -> None:
    api, _, _ = pipeline.build_api(AZURE, lenient=True)
    paged = [op for op in api.operations if op.pagination is not None]
    assert len(paged) == 12  # of 13 pageable: GetMAMStatuses' page holds no list
    assert all(isinstance(op.pagination, ir.NextUrlPagination) for op in paged)
    assert {op.pagination.url_path for op in paged} == {("nextlink",)}  # as Intune spells it


@pytest.mark.large
def test_github_lists_page_by_the_link_header() -> None:
    api, _, _ = pipeline.build_api(GITHUB, lenient=True)
    styles = [type(op.pagination).__name__ for op in api.operations if op.pagination]
    assert styles.count("LinkPagination") == 196
    assert styles.count("PageNumberPagination") == 68  # page/per_page without a Link header
