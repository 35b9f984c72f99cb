"""Generated models: SdGenerationSchedulers."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class SdGenerationSchedulers(str, Enum):
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""

    KLMS = "KLMS"
    EULER_ANCESTRAL_DISCRETE = "EULER_ANCESTRAL_DISCRETE"
    EULER_DISCRETE = "EULER_DISCRETE"
    DDIM = "DDIM"
    DPM_SOLVER = "DPM_SOLVER"
    PNDM = "PNDM"
    LEONARDO = "LEONARDO"

    _by_value: dict[
        object, SdGenerationSchedulers
    ]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> SdGenerationSchedulers | None:
        return unknown_enum_member(cls, value)


SdGenerationSchedulers._by_value = {member.value: member for member in SdGenerationSchedulers}
