"""Generated models: ControlnetType."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class ControlnetType(str, Enum):
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""

    POSE = "POSE"
    CANNY = "CANNY"
    DEPTH = "DEPTH"

    _by_value: dict[object, ControlnetType]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> ControlnetType | None:
        return unknown_enum_member(cls, value)


ControlnetType._by_value = {member.value: member for member in ControlnetType}
