"""Paging styles. One class per style owns its detection from an operation (the IR's pagination
dataclass it produces), the shape of the generated iterator method (`iter_<operation>`), the
runtime helpers that method calls, the template macro that lays it out and its docs text.
`STYLES` is tried in order; the first that recognises an operation wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, assert_never

from generator import naming
from generator.ir import model as ir
from generator.sdk.codec import annotation


class ModelFields(Protocol):
    """A model as detection sees it (the build stage's drafts, before the IR is frozen)."""

    @property
    def fields(self) -> Sequence[ir.Field]: ...


@dataclass(frozen=True)
class PagerView:
    """What every iterator method has, whatever its style."""

    name: str  # the method: iter_<operation>
    item_annotation: str
    macro: str  # template under templates/src/resources/paging/ that lays the method out
    runtime: tuple[str, ...]  # names the resource module imports from the runtime's _pagination
    docstring: str  # trusted text (no spec text in it)


@dataclass(frozen=True)
class OffsetPagerView(PagerView):
    offset_arg: str
    limit_arg: str
    default_limit: str
    items_of_page: str  # expression: the items of one fetched `_page` (a list)


class OffsetLimitStyle:
    """Integer `offset` and `limit` query parameters; the page is a list or an object holding
    exactly one list. Iteration ends at a short or empty page."""

    def detect(
        self, operation: ir.Operation, models: Mapping[str, ModelFields]
    ) -> ir.OffsetPagination | None:
        query = {p.wire_name: p for p in operation.parameters if p.location == "query"}
        offset, limit = query.get("offset"), query.get("limit")
        if offset is None or limit is None:
            return None
        if offset.type != ir.Primitive("int") or limit.type != ir.Primitive("int"):
            return None
        page = operation.return_type
        if isinstance(page, ir.ListOf):
            return ir.OffsetPagination(offset.name, limit.name, "", page.item)
        if isinstance(page, ir.ModelRef) and page.name in models:
            lists = [f for f in models[page.name].fields if isinstance(f.type, ir.ListOf)]
            if len(lists) == 1 and isinstance(lists[0].type, ir.ListOf):
                return ir.OffsetPagination(
                    offset.name, limit.name, lists[0].wire_name, lists[0].type.item
                )
        return None

    def shape(
        self,
        op: ir.Operation,
        pagination: ir.OffsetPagination,
        api: ir.Api,
        name: str,
        *,
        page_may_be_empty: bool,
        needs: set[str],
    ) -> OffsetPagerView:
        items_attr = ""
        page = op.return_type
        if pagination.items_field and isinstance(page, ir.ModelRef):
            model = api.lookup[page.name]
            assert isinstance(model, ir.Model)
            items_attr = next(f.name for f in model.fields if f.wire_name == pagination.items_field)
        limit = next(p for p in op.parameters if p.name == pagination.limit_param)
        default_limit = str(limit.default) if isinstance(limit.default, int) else "100"
        # A page that may come back without a body (a 204 beside the 200) has no items.
        if items_attr:
            items = f"_page.{items_attr} or []"
            if page_may_be_empty:
                items = f"[] if _page is None else {items}"
        else:
            items = "_page or []" if page_may_be_empty else "_page"
        return OffsetPagerView(
            name=name,
            item_annotation=annotation(pagination.item_type, needs=needs),
            macro="offset.py.jinja",
            runtime=("aiter_offset_pages", "iter_offset_pages"),
            docstring=(
                f"Every item across pages of {op.name}, fetched as iteration needs them; stops at"
                " a short or empty page."
            ),
            offset_arg=pagination.offset_param,
            limit_arg=pagination.limit_param,
            default_limit=default_limit,
            items_of_page=items,
        )


OFFSET_LIMIT = OffsetLimitStyle()
STYLES = (OFFSET_LIMIT,)


def detect(operation: ir.Operation, models: Mapping[str, ModelFields]) -> ir.Pagination | None:
    """The paging of an operation, by the first style that recognises it (None: not paged)."""
    for style in STYLES:
        found = style.detect(operation, models)
        if found is not None:
            return found
    return None


def iterator_name(op: ir.Operation, method_names: naming.Namespace) -> str:
    """`iter_<operation>` without a leading get/list/fetch (`list_users` → `iter_users`)."""
    return method_names.claim("iter_" + re.sub(r"^(get|list|fetch)_", "", op.name))


def pager(
    op: ir.Operation,
    api: ir.Api,
    method_names: naming.Namespace,
    *,
    page_may_be_empty: bool,
    needs: set[str],
) -> PagerView | None:
    """The iterator method of a paged operation (None when it is not paged)."""
    pagination = op.pagination
    if pagination is None:
        return None
    name = iterator_name(op, method_names)
    match pagination:
        case ir.OffsetPagination():
            return OFFSET_LIMIT.shape(
                op, pagination, api, name, page_may_be_empty=page_may_be_empty, needs=needs
            )
        case _:
            assert_never(pagination)
