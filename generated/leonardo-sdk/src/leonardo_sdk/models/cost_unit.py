"""Generated models: CostUnit."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class CostUnit(str, OpenEnum):
    """The unit of the cost. Can be CREDITS or DOLLARS. Note: DOLLARS unit only supports PAYG plan."""

    CREDITS = "CREDITS"
    DOLLARS = "DOLLARS"

    @classmethod
    def _missing_(cls, value: object) -> CostUnit | None:
        return unknown_enum_member(cls, value)


CostUnit._by_value = {member.value: member for member in CostUnit}
