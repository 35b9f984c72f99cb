"""Generated models: CreateGenerationRequestTransparency."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class CreateGenerationRequestTransparency(str, OpenEnum):
    """Which type of transparency this image should use"""

    DISABLED = "disabled"
    FOREGROUND_ONLY = "foreground_only"

    @classmethod
    def _missing_(cls, value: object) -> CreateGenerationRequestTransparency | None:
        return unknown_enum_member(cls, value)


CreateGenerationRequestTransparency._by_value = {
    member.value: member for member in CreateGenerationRequestTransparency
}
