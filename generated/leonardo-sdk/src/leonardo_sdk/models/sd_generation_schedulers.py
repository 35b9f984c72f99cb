"""Generated models: SdGenerationSchedulers."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class SdGenerationSchedulers(str, OpenEnum):
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""

    KLMS = "KLMS"
    EULER_ANCESTRAL_DISCRETE = "EULER_ANCESTRAL_DISCRETE"
    EULER_DISCRETE = "EULER_DISCRETE"
    DDIM = "DDIM"
    DPM_SOLVER = "DPM_SOLVER"
    PNDM = "PNDM"
    LEONARDO = "LEONARDO"

    @classmethod
    def _missing_(cls, value: object) -> SdGenerationSchedulers | None:
        return unknown_enum_member(cls, value)


SdGenerationSchedulers._by_value = {member.value: member for member in SdGenerationSchedulers}
