"""Generated models: CreateGenerationRequestTransparency."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class CreateGenerationRequestTransparency(str, Enum):
    """Which type of transparency this image should use"""

    DISABLED = "disabled"
    FOREGROUND_ONLY = "foreground_only"

    _by_value: dict[
        object, CreateGenerationRequestTransparency
    ]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> CreateGenerationRequestTransparency | None:
        return unknown_enum_member(cls, value)


CreateGenerationRequestTransparency._by_value = {
    member.value: member for member in CreateGenerationRequestTransparency
}
