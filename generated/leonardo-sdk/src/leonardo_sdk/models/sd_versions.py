"""Generated models: SdVersions."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class SdVersions(str, OpenEnum):
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1,
    if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
    """

    V1_5 = "v1_5"
    V2 = "v2"
    V3 = "v3"
    SDXL_0_8 = "SDXL_0_8"
    SDXL_0_9 = "SDXL_0_9"
    SDXL_1_0 = "SDXL_1_0"
    SDXL_LIGHTNING = "SDXL_LIGHTNING"
    PHOENIX = "PHOENIX"
    FLUX = "FLUX"
    FLUX_DEV = "FLUX_DEV"
    KINO_2_0 = "KINO_2_0"

    @classmethod
    def _missing_(cls, value: object) -> SdVersions | None:
        return unknown_enum_member(cls, value)


SdVersions._by_value = {member.value: member for member in SdVersions}
