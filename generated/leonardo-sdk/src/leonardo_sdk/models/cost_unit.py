"""Generated models: CostUnit."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class CostUnit(str, Enum):
    """The unit of the cost. Can be CREDITS or DOLLARS. Note: DOLLARS unit only supports PAYG plan."""

    CREDITS = "CREDITS"
    DOLLARS = "DOLLARS"

    _by_value: dict[object, CostUnit]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> CostUnit | None:
        return unknown_enum_member(cls, value)


CostUnit._by_value = {member.value: member for member in CostUnit}
