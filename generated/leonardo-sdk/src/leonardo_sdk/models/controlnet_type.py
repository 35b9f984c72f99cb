"""Generated models: ControlnetType."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class ControlnetType(str, OpenEnum):
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""

    POSE = "POSE"
    CANNY = "CANNY"
    DEPTH = "DEPTH"

    @classmethod
    def _missing_(cls, value: object) -> ControlnetType | None:
        return unknown_enum_member(cls, value)


ControlnetType._by_value = {member.value: member for member in ControlnetType}
