"""Generated models: Kind."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class Kind(str, Enum):
    CAT = "cat"
    DOG = "dog"
    VALUE_3_LEGGED = "3-legged"
    VALUE = ""

    @classmethod
    def _missing_(cls, value: object) -> Kind | None:
        return unknown_enum_member(cls, value)
