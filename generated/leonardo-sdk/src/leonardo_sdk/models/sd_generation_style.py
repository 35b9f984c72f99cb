"""Generated models: SdGenerationStyle."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class SdGenerationStyle(str, OpenEnum):
    """The style to generate images with. When photoReal is enabled, refer to the Guide section for a
    full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME,
    CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D,
    SKETCH_BW, SKETCH_COLOR, or NONE.
    """

    ANIME = "ANIME"
    BOKEH = "BOKEH"
    CINEMATIC = "CINEMATIC"
    CINEMATIC_CLOSEUP = "CINEMATIC_CLOSEUP"
    CREATIVE = "CREATIVE"
    DYNAMIC = "DYNAMIC"
    ENVIRONMENT = "ENVIRONMENT"
    FASHION = "FASHION"
    FILM = "FILM"
    FOOD = "FOOD"
    GENERAL = "GENERAL"
    HDR = "HDR"
    ILLUSTRATION = "ILLUSTRATION"
    LEONARDO = "LEONARDO"
    LONG_EXPOSURE = "LONG_EXPOSURE"
    MACRO = "MACRO"
    MINIMALISTIC = "MINIMALISTIC"
    MONOCHROME = "MONOCHROME"
    MOODY = "MOODY"
    NONE = "NONE"
    NEUTRAL = "NEUTRAL"
    PHOTOGRAPHY = "PHOTOGRAPHY"
    PORTRAIT = "PORTRAIT"
    RAYTRACED = "RAYTRACED"
    RENDER_3_D = "RENDER_3D"
    RETRO = "RETRO"
    SKETCH_BW = "SKETCH_BW"
    SKETCH_COLOR = "SKETCH_COLOR"
    STOCK_PHOTO = "STOCK_PHOTO"
    VIBRANT = "VIBRANT"
    UNPROCESSED = "UNPROCESSED"

    @classmethod
    def _missing_(cls, value: object) -> SdGenerationStyle | None:
        return unknown_enum_member(cls, value)


SdGenerationStyle._by_value = {member.value: member for member in SdGenerationStyle}
