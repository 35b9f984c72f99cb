"""Generated models: Kind."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class Kind(str, Enum):
    CAT = "cat"
    DOG = "dog"
    VALUE_3_LEGGED = "3-legged"
    VALUE = ""

    _by_value: dict[object, Kind]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> Kind | None:
        return unknown_enum_member(cls, value)


Kind._by_value = {member.value: member for member in Kind}
