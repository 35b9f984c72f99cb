"""Generated models: VariationType."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class VariationType(str, OpenEnum):
    """The type of variation."""

    OUTPAINT = "OUTPAINT"
    INPAINT = "INPAINT"
    UPSCALE = "UPSCALE"
    UNZOOM = "UNZOOM"
    NOBG = "NOBG"

    @classmethod
    def _missing_(cls, value: object) -> VariationType | None:
        return unknown_enum_member(cls, value)


VariationType._by_value = {member.value: member for member in VariationType}
