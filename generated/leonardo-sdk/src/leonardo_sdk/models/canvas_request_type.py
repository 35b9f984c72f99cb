"""Generated models: CanvasRequestType."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class CanvasRequestType(str, OpenEnum):
    """The type of request for the Canvas Editor."""

    INPAINT = "INPAINT"
    OUTPAINT = "OUTPAINT"
    SKETCH2_IMG = "SKETCH2IMG"
    IMG2_IMG = "IMG2IMG"

    @classmethod
    def _missing_(cls, value: object) -> CanvasRequestType | None:
        return unknown_enum_member(cls, value)


CanvasRequestType._by_value = {member.value: member for member in CanvasRequestType}
