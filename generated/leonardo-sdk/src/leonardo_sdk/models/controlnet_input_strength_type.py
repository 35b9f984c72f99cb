"""Generated models: ControlnetInputStrengthType."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class ControlnetInputStrengthType(str, OpenEnum):
    """Strength type for the controlnet. Can only be used for Style, Character and Content Reference
    controlnets.
    """

    LOW = "Low"
    MID = "Mid"
    HIGH = "High"
    ULTRA = "Ultra"
    MAX = "Max"

    @classmethod
    def _missing_(cls, value: object) -> ControlnetInputStrengthType | None:
        return unknown_enum_member(cls, value)


ControlnetInputStrengthType._by_value = {
    member.value: member for member in ControlnetInputStrengthType
}
