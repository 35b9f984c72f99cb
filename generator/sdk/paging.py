"""Paging styles. One class per style owns its detection from an operation (the IR pagination
dataclass it produces), the runtime class the generated `iter_<operation>` method builds
(`_pagination.py`), the arguments that class controls and its docs text.

Detection, first match wins: what `sdkgen.toml` declares for the operation, then the vendor
extensions (`x-ms-pageable`, `x-speakeasy-pagination`, `x-fern-pagination`), then conventions:
a declared `Link` response header, a cursor parameter with a token in the page, a next URL in the
page, `offset`/`limit`, `page`/`per_page`. See docs/design.md, "Paging".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, assert_never

from generator import naming
from generator.errors import ConfigError
from generator.escaping import py_str
from generator.ir import model as ir
from generator.sdk.codec import annotation


class ModelFields(Protocol):
    """A model as detection sees it (the build stage's drafts, before the IR is frozen)."""

    @property
    def fields(self) -> Sequence[ir.Field]: ...


Models = Mapping[str, ModelFields]

CURSOR_PARAMS = (
    "cursor", "page_token", "pageToken", "next_token", "nextToken", "continuation_token",
    "continuationToken", "page_cursor", "pageCursor", "starting_after", "after", "marker",
)  # fmt: skip
TOKEN_FIELDS = (
    "next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken",
    "continuation_token", "continuationToken", "next_marker", "nextMarker", "end_cursor",
    "endCursor", "cursor",
)  # fmt: skip
NEXT_URL_FIELDS = (
    "next", "nextLink", "next_link", "@odata.nextLink", "odata.nextLink", "nextPageUrl",
    "next_page_url", "nextUrl", "next_url",
)  # fmt: skip
PAGE_PARAMS = ("page", "page_number", "pageNumber")
SIZE_PARAMS = ("per_page", "page_size", "pageSize", "perPage", "size", "limit")


@dataclass(frozen=True)
class PagerView:
    """The iterator method of a paged operation: `iter_<operation>` returns a page object."""

    name: str  # the method
    item_annotation: str
    page_annotation: str  # the typed page (the operation's return annotation)
    style: str  # expression building the runtime style object (may read the arguments)
    consumed: tuple[str, ...]  # arguments the style sets on every page (not passed through)
    items: str  # `items=` expression picking a typed page's items, or "" (the page is the list)
    docstring: str  # trusted text (no spec text in it)


def _unwrap(type_ref: ir.TypeRef) -> ir.TypeRef:
    return type_ref.inner if isinstance(type_ref, ir.Nullable) else type_ref


def _fields(type_ref: ir.TypeRef | None, models: Models) -> Sequence[ir.Field]:
    inner = _unwrap(type_ref) if type_ref is not None else None
    if isinstance(inner, ir.ModelRef) and inner.name in models:
        return models[inner.name].fields
    return ()


def _field_at(type_ref: ir.TypeRef | None, path: Sequence[str], models: Models) -> ir.Field | None:
    """The field at a wire-name path into a model type (None when the path leads nowhere)."""
    found: ir.Field | None = None
    current = type_ref
    for name in path:
        found = next((f for f in _fields(current, models) if f.wire_name == name), None)
        if found is None:
            return None
        current = found.type
    return found


def _page_items(
    op: ir.Operation, models: Models, items_field: str | None = None
) -> tuple[str, ir.TypeRef] | None:
    """(wire name of the list in the page or "", item type): the page is a list, or an object
    with exactly one list (or the named one)."""
    page = op.return_type
    if page is None:
        return None
    if isinstance(_unwrap(page), ir.ListOf):
        listed = _unwrap(page)
        assert isinstance(listed, ir.ListOf)
        return "", listed.item
    fields = _fields(page, models)
    if items_field:
        field = next((f for f in fields if f.wire_name == items_field), None)
        named = _unwrap(field.type) if field is not None else None
        return (items_field, named.item) if isinstance(named, ir.ListOf) else None
    lists = [f for f in fields if isinstance(_unwrap(f.type), ir.ListOf)]
    if len(lists) != 1:
        return None
    listed = _unwrap(lists[0].type)
    assert isinstance(listed, ir.ListOf)
    return lists[0].wire_name, listed.item


def _query(op: ir.Operation, names: Sequence[str]) -> ir.Parameter | None:
    by_wire = {p.wire_name: p for p in op.parameters if p.location == "query"}
    return next((by_wire[n] for n in names if n in by_wire), None)


def _int_query(op: ir.Operation, names: Sequence[str]) -> ir.Parameter | None:
    found = _query(op, names)
    return found if found is not None and _unwrap(found.type) == ir.Primitive("int") else None


def _is_str(field: ir.Field | None) -> bool:
    return field is not None and _unwrap(field.type) == ir.Primitive("str")


class Style:
    """A paging style: detection by convention and the iterator's runtime construction."""

    runtime_class: str

    def detect(self, op: ir.Operation, models: Models) -> ir.Pagination | None:
        raise NotImplementedError


class OffsetLimitStyle(Style):
    """Integer `offset` and `limit` query parameters; a short or empty page ends the list."""

    runtime_class = "OffsetPaging"

    def detect(self, op: ir.Operation, models: Models) -> ir.Pagination | None:
        offset, limit = _int_query(op, ("offset",)), _int_query(op, ("limit",))
        items = _page_items(op, models)
        if offset is None or limit is None or items is None:
            return None
        return ir.OffsetPagination(offset.name, limit.name, items[0], items[1])

    def style(self, op: ir.Operation, p: ir.OffsetPagination) -> tuple[str, tuple[str, ...]]:
        limit = next(x for x in op.parameters if x.name == p.limit_param)
        default = str(limit.default) if isinstance(limit.default, int) else "100"
        o, n = p.offset_param, p.limit_param
        return (
            f"OffsetPaging({py_str(o)}, {py_str(n)},"
            f" start=0 if isinstance({o}, NotGiven) else {o},"
            f" size={default} if isinstance({n}, NotGiven) else {n})",
            (o, n),
        )


class PageNumberStyle(Style):
    """An integer `page` parameter (and maybe `per_page`/`page_size`); a short (when the size
    is known) or empty page ends the list."""

    runtime_class = "PageNumberPaging"

    def detect(self, op: ir.Operation, models: Models) -> ir.Pagination | None:
        page = _int_query(op, PAGE_PARAMS)
        items = _page_items(op, models)
        if page is None or items is None:
            return None
        size = _int_query(op, SIZE_PARAMS)
        return ir.PageNumberPagination(
            page.name, size.name if size is not None else "", items[0], items[1]
        )

    def style(self, op: ir.Operation, p: ir.PageNumberPagination) -> tuple[str, tuple[str, ...]]:
        page, size = p.page_param, p.size_param
        sized = f", size=None if isinstance({size}, NotGiven) else {size}" if size else ""
        return (
            f"PageNumberPaging({py_str(page)}, {py_str(size)},"
            f" start={p.start} if isinstance({page}, NotGiven) else {page}{sized})",
            (page, size) if size else (page,),
        )


class CursorStyle(Style):
    """A cursor parameter and the next token in the page (possibly nested one object down:
    Slack's `response_metadata.next_cursor`), or Stripe's `starting_after` with `has_more`."""

    runtime_class = "CursorPaging"

    def detect(self, op: ir.Operation, models: Models) -> ir.Pagination | None:
        cursor = _query(op, CURSOR_PARAMS)
        items = _page_items(op, models)
        if cursor is None or items is None:
            return None
        page = op.return_type
        has_more = _field_at(page, ("has_more",), models)
        if cursor.wire_name == "starting_after" and has_more is not None and items[0]:
            item_fields = _fields(items[1], models)
            if any(f.wire_name == "id" for f in item_fields):
                return ir.CursorPagination(cursor.name, (), items[0], items[1], ("has_more",), "id")
        for path in self._token_paths(page, models):
            return ir.CursorPagination(cursor.name, path, items[0], items[1])
        return None

    @staticmethod
    def _token_paths(page: ir.TypeRef | None, models: Models) -> list[tuple[str, ...]]:
        top = {f.wire_name: f for f in _fields(page, models)}
        found: list[tuple[str, ...]] = [(n,) for n in TOKEN_FIELDS if _is_str(top.get(n))]
        for outer in top.values():  # one object down: response_metadata, meta, pagination…
            inner = {f.wire_name: f for f in _fields(outer.type, models)}
            found += [(outer.wire_name, n) for n in TOKEN_FIELDS if _is_str(inner.get(n))]
        return found

    def style(self, op: ir.Operation, p: ir.CursorPagination) -> tuple[str, tuple[str, ...]]:
        c = p.cursor_param
        start = f"start=None if isinstance({c}, NotGiven) else {c}"
        if p.has_more_path:
            return (
                f"CursorPaging({py_str(c)}, has_more_path={_tuple(p.has_more_path)},"
                f" items_path={_tuple((p.items_field,) if p.items_field else ())},"
                f" id_field={py_str(p.id_field)}, {start})",
                (c,),
            )
        return (f"CursorPaging({py_str(c)}, {_tuple(p.token_path)}, {start})", (c,))


class LinkHeaderStyle(Style):
    """A `Link` header declared on the success response (GitHub): `rel="next"` is followed."""

    runtime_class = "LinkHeaderPaging"

    def detect(self, op: ir.Operation, models: Models) -> ir.Pagination | None:
        if op.method != "GET" or not any("link" in r.headers for r in op.responses):
            return None
        items = _page_items(op, models)
        return ir.LinkPagination(items[0], items[1]) if items is not None else None

    def style(self, op: ir.Operation, p: ir.LinkPagination) -> tuple[str, tuple[str, ...]]:
        return "LinkHeaderPaging()", ()


class NextUrlStyle(Style):
    """A next-page URL in the page (`{count, next, previous, results}` of Django REST framework,
    `nextLink`, `@odata.nextLink`)."""

    runtime_class = "NextUrlPaging"

    def detect(self, op: ir.Operation, models: Models) -> ir.Pagination | None:
        if op.method != "GET":
            return None
        items = _page_items(op, models)
        if items is None or not items[0]:
            return None
        top = {f.wire_name: f for f in _fields(op.return_type, models)}
        name = next((n for n in NEXT_URL_FIELDS if _is_str(top.get(n))), None)
        return ir.NextUrlPagination((name,), items[0], items[1]) if name else None

    def style(self, op: ir.Operation, p: ir.NextUrlPagination) -> tuple[str, tuple[str, ...]]:
        return f"NextUrlPaging({_tuple(p.url_path)})", ()


def _tuple(path: Sequence[str]) -> str:
    """A tuple literal without a trailing comma (which formatters take as "one per line")."""
    items = [py_str(part) for part in path]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


OFFSET_LIMIT = OffsetLimitStyle()
PAGE_NUMBER = PageNumberStyle()
CURSOR = CursorStyle()
LINK_HEADER = LinkHeaderStyle()
NEXT_URL = NextUrlStyle()
CONVENTIONS: tuple[Style, ...] = (LINK_HEADER, CURSOR, NEXT_URL, OFFSET_LIMIT, PAGE_NUMBER)


# -- declared paging: sdkgen.toml and vendor extensions ------------------------------------------


def _path(text: object) -> tuple[str, ...]:
    """`$response.meta.next`, `$.data.items`, `meta.next` → ("meta", "next")."""
    value = str(text or "").strip()
    value = re.sub(r"^\$(response|request)?\.?", "", value)
    return tuple(part for part in value.split(".") if part)


def _param(op: ir.Operation, wire: object, what: str) -> ir.Parameter:
    name = _path(wire)[-1] if _path(wire) else ""
    found = next((p for p in op.parameters if p.wire_name == name), None)
    if found is None:
        raise ConfigError(f"paging of {op.operation_id}: no parameter {name!r} for the {what}")
    return found


def declared(op: ir.Operation, models: Models, settings: Mapping[str, Any]) -> ir.Pagination | None:
    """Paging declared in `sdkgen.toml` (`[pagination.<operationId>]`): `style` is one of
    offset, page, cursor, link, next_url or none; names are wire names, paths dotted."""
    style = str(settings.get("style", ""))
    items = _page_items(op, models, str(settings["items"]) if "items" in settings else None)
    if style == "none":
        return None
    if items is None:
        raise ConfigError(f"paging of {op.operation_id}: its response has no list of items")
    field, item = items
    if style == "offset":
        offset = _param(op, settings.get("offset_param", "offset"), "offset")
        limit = _param(op, settings.get("limit_param", "limit"), "limit")
        return ir.OffsetPagination(offset.name, limit.name, field, item)
    if style == "page":
        page = _param(op, settings.get("page_param", "page"), "page number")
        size = settings.get("size_param")
        size_name = _param(op, size, "page size").name if size else ""
        return ir.PageNumberPagination(
            page.name, size_name, field, item, int(settings.get("start", 1))
        )
    if style == "cursor":
        cursor = _param(op, settings.get("cursor_param", "cursor"), "cursor")
        return ir.CursorPagination(
            cursor.name, _path(settings.get("next_cursor", "next_cursor")), field, item
        )
    if style == "link":
        return ir.LinkPagination(field, item)
    if style == "next_url":
        return ir.NextUrlPagination(_path(settings.get("next_url", "next")), field, item)
    raise ConfigError(
        f"paging of {op.operation_id}: unknown style {style!r}"
        " (offset, page, cursor, link, next_url, none)"
    )


def from_extensions(
    op: ir.Operation, models: Models, extensions: Mapping[str, Any]
) -> ir.Pagination | None:
    """Azure's `x-ms-pageable`, Speakeasy's `x-speakeasy-pagination`, Fern's
    `x-fern-pagination` (None when none is there or it cannot be used)."""
    azure = extensions.get("x-ms-pageable")
    if isinstance(azure, dict):
        next_link = azure.get("nextLinkName")
        items = _page_items(op, models, str(azure.get("itemName") or "value"))
        if isinstance(next_link, str) and next_link and items is not None:
            return ir.NextUrlPagination((next_link,), items[0], items[1])
    speakeasy = extensions.get("x-speakeasy-pagination")
    if isinstance(speakeasy, dict):
        return _speakeasy(op, models, speakeasy)
    fern = extensions.get("x-fern-pagination")
    if isinstance(fern, dict):
        return _fern(op, models, fern)
    return None


def _speakeasy(op: ir.Operation, models: Models, spec: dict[str, Any]) -> ir.Pagination | None:
    raw_outputs = spec.get("outputs")
    outputs: dict[str, Any] = raw_outputs if isinstance(raw_outputs, dict) else {}
    results = _path(outputs.get("results", ""))
    items = _page_items(op, models, results[-1] if results else None)
    if items is None:
        return None
    raw_inputs = spec.get("inputs")
    inputs: list[Any] = raw_inputs if isinstance(raw_inputs, list) else []
    by_type = {str(i.get("type")): str(i.get("name")) for i in inputs if isinstance(i, dict)}
    kind = spec.get("type")
    wires = {p.wire_name: p for p in op.parameters}
    if kind == "offsetLimit" and "offset" in by_type and by_type["offset"] in wires:
        limit = wires.get(by_type.get("limit", ""))
        if limit is not None:
            return ir.OffsetPagination(wires[by_type["offset"]].name, limit.name, *items)
    if kind == "offsetLimit" and "page" in by_type and by_type["page"] in wires:
        size = wires.get(by_type.get("limit", ""))
        return ir.PageNumberPagination(
            wires[by_type["page"]].name, size.name if size else "", *items
        )
    if kind == "cursor" and by_type.get("cursor") in wires:
        token = _path(outputs.get("nextCursor", ""))
        if token:
            return ir.CursorPagination(wires[by_type["cursor"]].name, token, *items)
    if kind == "url":
        next_url = _path(outputs.get("nextUrl", ""))
        if next_url:
            return ir.NextUrlPagination(next_url, *items)
    return None


def _fern(op: ir.Operation, models: Models, spec: dict[str, Any]) -> ir.Pagination | None:
    results = _path(spec.get("results", ""))
    items = _page_items(op, models, results[-1] if results else None)
    if items is None:
        return None
    wires = {p.wire_name: p for p in op.parameters}
    cursor, next_cursor = _path(spec.get("cursor", "")), _path(spec.get("next_cursor", ""))
    if cursor and cursor[-1] in wires and next_cursor:
        return ir.CursorPagination(wires[cursor[-1]].name, next_cursor, *items)
    offset, step = _path(spec.get("offset", "")), _path(spec.get("step", ""))
    if offset and offset[-1] in wires:
        if step and step[-1] in wires:
            return ir.OffsetPagination(wires[offset[-1]].name, wires[step[-1]].name, *items)
        return ir.PageNumberPagination(wires[offset[-1]].name, "", *items)
    return None


def detect(
    operation: ir.Operation,
    models: Models,
    extensions: Mapping[str, Any] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> ir.Pagination | None:
    """The paging of an operation (None: not paged): declared, then extensions, then the first
    convention that recognises it."""
    if settings is not None:
        return declared(operation, models, settings)
    found = from_extensions(operation, models, extensions or {})
    if found is not None:
        return found
    for style in CONVENTIONS:
        found = style.detect(operation, models)
        if found is not None:
            return found
    return None


# -- the iterator method ---------------------------------------------------------------------------


def iterator_name(op: ir.Operation, method_names: naming.Namespace) -> str:
    """`iter_<operation>` without a leading get/list/fetch (`list_users` → `iter_users`)."""
    return method_names.claim("iter_" + re.sub(r"^(get|list|fetch)_", "", op.name))


_ENDS = {
    "OffsetPaging": "the offset advances by each page's size; a short or empty page ends the list",
    "PageNumberPaging": "the page number counts up; a short or empty page ends the list",
    "CursorPaging": "each page's token asks for the next; a page without one ends the list",
    "LinkHeaderPaging": (
        'the `Link: rel="next"` response header is followed (on this client\'s origin only)'
    ),
    "NextUrlPaging": "the page's next URL is followed (on this client's origin only)",
}


def pager(
    op: ir.Operation,
    api: ir.Api,
    method_names: naming.Namespace,
    *,
    page_annotation: str,
    page_may_be_empty: bool,
    needs: set[str],
) -> PagerView | None:
    """The iterator method of a paged operation (None when it is not paged)."""
    pagination = op.pagination
    if pagination is None:
        return None
    match pagination:
        case ir.OffsetPagination():
            style, consumed = OFFSET_LIMIT.style(op, pagination)
            runtime = OFFSET_LIMIT.runtime_class
        case ir.PageNumberPagination():
            style, consumed = PAGE_NUMBER.style(op, pagination)
            runtime = PAGE_NUMBER.runtime_class
        case ir.CursorPagination():
            style, consumed = CURSOR.style(op, pagination)
            runtime = CURSOR.runtime_class
        case ir.LinkPagination():
            style, consumed = LINK_HEADER.style(op, pagination)
            runtime = LINK_HEADER.runtime_class
        case ir.NextUrlPagination():
            style, consumed = NEXT_URL.style(op, pagination)
            runtime = NEXT_URL.runtime_class
        case _:
            assert_never(pagination)
    items = _items_expression(pagination.items_field, op, api, page_may_be_empty)
    item = annotation(pagination.item_type, needs=needs)
    needs.update((runtime, "SyncPage", "AsyncPager", "paginate", "apaginate"))
    needs.update(("fetcher", "async_fetcher"))
    return PagerView(
        name=iterator_name(op, method_names),
        item_annotation=item,
        page_annotation=page_annotation,
        style=style,
        consumed=consumed,
        items=items,
        docstring=(
            f"Every item across the pages of {op.name}. Iterate the returned page (`for` / "
            "`async for`) for all items, fetched as the loop needs them, or use it as a page: "
            "`.items`, `.has_next_page()`, `.get_next_page()`, `.iter_pages()`. "
            f"Pages: {_ENDS[runtime]}; a page seen before also ends it."
        ),
    )


def _items_expression(
    items_field: str, op: ir.Operation, api: ir.Api, page_may_be_empty: bool
) -> str:
    """The `items=` argument: the typed page's list (or "" when the page is the list)."""
    if not items_field:
        return "lambda _page: _page or []" if page_may_be_empty else ""
    page = _unwrap(op.return_type) if op.return_type is not None else None
    assert isinstance(page, ir.ModelRef)
    model = api.lookup[page.name]
    assert isinstance(model, ir.Model)
    attr = next(f.name for f in model.fields if f.wire_name == items_field)
    if page_may_be_empty or isinstance(op.return_type, ir.Nullable):
        return f"lambda _page: [] if _page is None else _page.{attr} or []"
    return f"lambda _page: _page.{attr} or []"
