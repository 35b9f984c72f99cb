"""Shared sentinels and type aliases used by the generated SDK."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

import httpx

__all__ = ["NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "TimeoutTypes"]


class NotGiven:
    """Marks an argument the caller did not pass, as distinct from an explicit ``None``."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
TimeoutTypes: TypeAlias = float | httpx.Timeout | None
