"""Copies and searches of JSON data made for jsonschema-rs (which takes only valid Unicode),
built iteratively so that no depth of nesting exhausts the stack."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


def without_surrogates(data: Any) -> Any:
    """A copy of JSON data with lone surrogates in strings (keys too) replaced by U+FFFD, for
    jsonschema-rs, which takes only valid Unicode; made only when it refused the original."""
    return map_json(data, _replace_surrogates)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


def refused_unicode(exc: ValueError) -> bool:
    """jsonschema-rs refused a string that is not valid Unicode (it re-raises Python's
    UnicodeEncodeError as its own error, naming it in the message)."""
    return isinstance(exc, UnicodeEncodeError) or "UnicodeEncodeError" in str(exc)


def contains(value: Any, test: Callable[[Any], bool]) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if test(item):
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def map_json(
    data: Any,
    strings: Callable[[str], str] | None,
    objects: Callable[[dict[str, Any], dict[str, Any]], None] | None = None,
) -> Any:
    """A copy of JSON data with every string (keys too) passed through `strings` and every
    object copy adjusted by `objects`, built iteratively (no recursion limit)."""
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(data, root, 0)]
    while stack:
        value, parent, key = stack.pop()
        copy: Any
        if isinstance(value, dict):
            copy = {}
            for k, v in value.items():
                k2 = strings(k) if strings is not None else k
                copy[k2] = v
                if isinstance(v, (dict, list)) or (strings is not None and isinstance(v, str)):
                    stack.append((v, copy, k2))
            if objects is not None:
                objects(value, copy)
        elif isinstance(value, list):
            copy = list(value)
            for i, v in enumerate(value):
                if isinstance(v, (dict, list)) or (strings is not None and isinstance(v, str)):
                    stack.append((v, copy, i))
        elif isinstance(value, str) and strings is not None:
            copy = strings(value)
        else:
            copy = value
        parent[key] = copy
    return root[0]
