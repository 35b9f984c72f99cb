"""Imports as data: while shaping a module, every name its code will use is added to a set
(`needs`); here each name is mapped to the module it comes from and the import lines are laid
out the way ruff's isort rules leave them (standard library, then the package's own relative
modules, furthest first), so that nothing is found by searching generated text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.sdk.layout import from_import, grouped

# Where the names generated code uses come from: the standard library, or the runtime modules
# copied into every SDK (relative to a module one level down: models/ and resources/).
_STDLIB = {
    "AsyncIterator": "collections.abc",
    "Iterator": "collections.abc",
    "Mapping": "collections.abc",
    "date": "datetime",
    "datetime": "datetime",
    "Enum": "enum",
    "cached_property": "functools",
    "Any": "typing",
    "ClassVar": "typing",
    "Literal": "typing",
    "TYPE_CHECKING": "typing",
    "TypeAlias": "typing",
}
SERDE_NAMES = frozenset(
    {
        "BaseModel", "OpenEnum", "unknown_enum_member", "parse_datetime", "parse_date",
        "decode_base64", "decode_binary", "decode_union", "decode_tagged", "decode_recursive",
        "expect", "expect_literal", "expect_enum", "expect_datetime", "expect_date",
        "expect_base64", "format_datetime", "format_date", "encode_base64", "encode_binary",
        "to_jsonable",
    }
)  # fmt: skip
# What a resource module's classes are built from (`_resource`): every resource module imports it.
RESOURCE_NAMES = (
    "AsyncResource",
    "SyncResource",
    "as_raw",
    "as_raw_async",
    "as_streamed",
    "as_streamed_async",
)
_RUNTIME = {
    **{name: ".._serde" for name in SERDE_NAMES},
    **{
        name: ".._types"
        for name in ("NOT_GIVEN", "Body", "FileContent", "Headers", "NotGiven", "Query")
    },
    "TimeoutTypes": ".._types",
    **{name: ".._base_client" for name in ("Endpoint", "Param", "RequestOptions", "ResponseSpec")},
    **{name: ".._resource" for name in (*RESOURCE_NAMES, "AsyncStreamContext")},
    **{name: ".._response" for name in ("APIResponse", "StreamedResponse")},
    **{
        name: ".._pagination"
        for name in (
            "OffsetPaging",
            "PageNumberPaging",
            "CursorPaging",
            "LinkHeaderPaging",
            "NextUrlPaging",
            "SyncPage",
            "AsyncPager",
            "paginate",
            "apaginate",
            "fetcher",
            "async_fetcher",
        )
    },
    **{name: ".._waiters" for name in ("Acceptor", "Waiter", "wait", "async_wait")},
}
HOMES: Mapping[str, str] = {**_STDLIB, **_RUNTIME}


def _name_order(name: str) -> tuple[int, str]:
    """isort's order-by-type within one import: CONSTANTS, then Classes, then functions."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[:1].isupper() else (2, name)


def import_lines(
    needs: Iterable[str], api_names: Mapping[str, Iterable[str]] | None = None
) -> tuple[str, ...]:
    """The import block for `needs` (names of `HOMES`; others are ignored: builtins and the
    module's own classes) plus the API's own classes, by the relative module they live in."""
    by_module: dict[str, set[str]] = {}
    for name in needs:
        home = HOMES.get(name)
        if home is not None:
            by_module.setdefault(home, set()).add(name)
    for module, names in (api_names or {}).items():
        by_module.setdefault(module, set()).update(names)
    stdlib = sorted(m for m in by_module if not m.startswith("."))
    # Relative modules: furthest first (`..` before `.`), then by name.
    relative = sorted(
        (m for m in by_module if m.startswith(".")),
        key=lambda m: (-(len(m) - len(m.lstrip("."))), m),
    )
    lines = [
        from_import(module, sorted(by_module[module], key=_name_order))
        for module in [*stdlib, *relative]
    ]
    return grouped(lines)
