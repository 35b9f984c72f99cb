"""Generated models: ControlnetInputInitImageType."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class ControlnetInputInitImageType(str, OpenEnum):
    """Type indicating whether the init image is uploaded or generated."""

    GENERATED = "GENERATED"
    UPLOADED = "UPLOADED"

    @classmethod
    def _missing_(cls, value: object) -> ControlnetInputInitImageType | None:
        return unknown_enum_member(cls, value)


ControlnetInputInitImageType._by_value = {
    member.value: member for member in ControlnetInputInitImageType
}
