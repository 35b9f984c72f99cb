"""Generated models: Kind."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class Kind(str, OpenEnum):
    """The values of `Kind` (open: values the API adds later decode too)."""

    CAT = "cat"
    DOG = "dog"
    VALUE_3_LEGGED = "3-legged"
    VALUE = ""

    @classmethod
    def _missing_(cls, value: object) -> Kind | None:
        return unknown_enum_member(cls, value)


Kind._by_value = {member.value: member for member in Kind}
