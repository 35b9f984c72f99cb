"""Generated models: ControlnetInputInitImageType."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class ControlnetInputInitImageType(str, Enum):
    """Type indicating whether the init image is uploaded or generated."""

    GENERATED = "GENERATED"
    UPLOADED = "UPLOADED"

    _by_value: dict[
        object, ControlnetInputInitImageType
    ]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> ControlnetInputInitImageType | None:
        return unknown_enum_member(cls, value)


ControlnetInputInitImageType._by_value = {
    member.value: member for member in ControlnetInputInitImageType
}
