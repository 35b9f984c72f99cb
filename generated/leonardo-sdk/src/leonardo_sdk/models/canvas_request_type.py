"""Generated models: CanvasRequestType."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class CanvasRequestType(str, Enum):
    """The type of request for the Canvas Editor."""

    INPAINT = "INPAINT"
    OUTPAINT = "OUTPAINT"
    SKETCH2_IMG = "SKETCH2IMG"
    IMG2_IMG = "IMG2IMG"

    _by_value: dict[object, CanvasRequestType]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> CanvasRequestType | None:
        return unknown_enum_member(cls, value)


CanvasRequestType._by_value = {member.value: member for member in CanvasRequestType}
