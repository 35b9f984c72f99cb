"""Generated models: ControlnetInputInitImageType."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class ControlnetInputInitImageType(str, Enum):
    """Type indicating whether the init image is uploaded or generated."""

    GENERATED = "GENERATED"
    UPLOADED = "UPLOADED"

    @classmethod
    def _missing_(cls, value: object) -> ControlnetInputInitImageType | None:
        return unknown_enum_member(cls, value)
