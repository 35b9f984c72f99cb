"""Generated models: VariationType."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class VariationType(str, Enum):
    """The type of variation."""

    OUTPAINT = "OUTPAINT"
    INPAINT = "INPAINT"
    UPSCALE = "UPSCALE"
    UNZOOM = "UNZOOM"
    NOBG = "NOBG"

    _by_value: dict[object, VariationType]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> VariationType | None:
        return unknown_enum_member(cls, value)


VariationType._by_value = {member.value: member for member in VariationType}
