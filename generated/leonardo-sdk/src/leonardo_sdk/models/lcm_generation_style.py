"""Generated models: LcmGenerationStyle."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class LcmGenerationStyle(str, OpenEnum):
    """The style to generate LCM images with."""

    ANIME = "ANIME"
    CINEMATIC = "CINEMATIC"
    DIGITAL_ART = "DIGITAL_ART"
    DYNAMIC = "DYNAMIC"
    ENVIRONMENT = "ENVIRONMENT"
    FANTASY_ART = "FANTASY_ART"
    ILLUSTRATION = "ILLUSTRATION"
    PHOTOGRAPHY = "PHOTOGRAPHY"
    RENDER_3_D = "RENDER_3D"
    RAYTRACED = "RAYTRACED"
    SKETCH_BW = "SKETCH_BW"
    SKETCH_COLOR = "SKETCH_COLOR"
    VIBRANT = "VIBRANT"
    NONE = "NONE"

    @classmethod
    def _missing_(cls, value: object) -> LcmGenerationStyle | None:
        return unknown_enum_member(cls, value)


LcmGenerationStyle._by_value = {member.value: member for member in LcmGenerationStyle}
