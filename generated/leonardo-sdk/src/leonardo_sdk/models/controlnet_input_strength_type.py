"""Generated models: ControlnetInputStrengthType."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class ControlnetInputStrengthType(str, Enum):
    """Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets."""

    LOW = "Low"
    MID = "Mid"
    HIGH = "High"
    ULTRA = "Ultra"
    MAX = "Max"

    _by_value: dict[
        object, ControlnetInputStrengthType
    ]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> ControlnetInputStrengthType | None:
        return unknown_enum_member(cls, value)


ControlnetInputStrengthType._by_value = {
    member.value: member for member in ControlnetInputStrengthType
}
