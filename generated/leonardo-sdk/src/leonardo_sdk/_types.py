"""Shared sentinels and type aliases used by the generated SDK."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Final, Literal, TypeAlias

import httpx

if TYPE_CHECKING:  # typing.Self needs Python 3.11; type checkers ship typing_extensions
    from typing_extensions import Self

__all__ = [
    "NOT_GIVEN",
    "Body",
    "FileContent",
    "FileData",
    "Headers",
    "NotGiven",
    "Query",
    "TimeoutTypes",
]


class NotGiven:
    """Marks an argument the caller did not pass, as distinct from an explicit ``None``."""

    _instance: NotGiven | None = None

    def __new__(cls) -> Self:
        instance = cls._instance
        if not isinstance(instance, cls):
            instance = super().__new__(cls)
            cls._instance = instance
        return instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

# A decoded JSON value, as `json.loads` returns it (an error's `body`): narrowing it with
# `isinstance(body, dict)` gives `dict[str, JsonValue]`, where `object` would give unknown types.
JsonValue: TypeAlias = "dict[str, JsonValue] | list[JsonValue] | str | int | float | bool | None"
Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
TimeoutTypes: TypeAlias = float | httpx.Timeout | None

FileData: TypeAlias = bytes | IO[bytes] | os.PathLike[str]
"""The bytes of a file: in memory, an open binary file (read from its current position), or a
path (opened, streamed and closed by the SDK)."""

FileContent: TypeAlias = (
    FileData | tuple[str | None, FileData] | tuple[str | None, FileData, str | None]
)
"""A file to upload: its data, or ``(filename, data)``, or ``(filename, data, content_type)``.

Without a filename the path's name (or the open file's ``name``) is used; without a content type
it is guessed from the filename, else ``application/octet-stream``."""
