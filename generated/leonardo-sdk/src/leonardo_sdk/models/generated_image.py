"""Generated models: GeneratedImage."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .generated_image_variation_generic import GeneratedImageVariationGeneric


class GeneratedImage(BaseModel):
    """columns and relationships of "generated_images"

    Attributes:
        generated_image_variation_generics: Variations (e.g. upscales, unzooms, background removals)
            created from this image.
        fantasy_avatar: If fantasyAvatar feature was used.
        id: ID of the generated image.
        image_to_video: If it is an image to video generation.
        like_count: Number of likes the image has received.
        motion: If generation is of motion type.
        motion_model: The name of the motion model.
        motion_mp4_url: The URL of the motion MP4.
        motion_strength: The motion strength.
        nsfw: Whether the image was flagged as NSFW.
        url: URL of the generated image.
    """

    __slots__ = (
        "fantasy_avatar",
        "generated_image_variation_generics",
        "id",
        "image_to_video",
        "like_count",
        "motion",
        "motion_model",
        "motion_mp4_url",
        "motion_strength",
        "nsfw",
        "url",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "generated_image_variation_generics": "generated_image_variation_generics",
        "fantasy_avatar": "fantasyAvatar",
        "id": "id",
        "image_to_video": "imageToVideo",
        "like_count": "likeCount",
        "motion": "motion",
        "motion_model": "motionModel",
        "motion_mp4_url": "motionMP4URL",
        "motion_strength": "motionStrength",
        "nsfw": "nsfw",
        "url": "url",
    }

    generated_image_variation_generics: list[GeneratedImageVariationGeneric] | None
    """Variations (e.g. upscales, unzooms, background removals) created from this image."""

    fantasy_avatar: bool | None
    """If fantasyAvatar feature was used."""

    id: str | None
    """ID of the generated image."""

    image_to_video: bool | None
    """If it is an image to video generation."""

    like_count: int | None
    """Number of likes the image has received."""

    motion: bool | None
    """If generation is of motion type."""

    motion_model: str | None
    """The name of the motion model."""

    motion_mp4_url: str | None
    """The URL of the motion MP4."""

    motion_strength: int | None
    """The motion strength."""

    nsfw: bool | None
    """Whether the image was flagged as NSFW."""

    url: str | None
    """URL of the generated image."""

    def __init__(
        self,
        *,
        generated_image_variation_generics: (
            list[GeneratedImageVariationGeneric] | NotGiven
        ) = NOT_GIVEN,
        fantasy_avatar: bool | None | NotGiven = NOT_GIVEN,
        id: str | None | NotGiven = NOT_GIVEN,
        image_to_video: bool | None | NotGiven = NOT_GIVEN,
        like_count: int | NotGiven = NOT_GIVEN,
        motion: bool | None | NotGiven = NOT_GIVEN,
        motion_model: str | None | NotGiven = NOT_GIVEN,
        motion_mp4_url: str | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        nsfw: bool | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("generated_image_variation_generics", generated_image_variation_generics),
                    ("fantasyAvatar", fantasy_avatar),
                    ("id", id),
                    ("imageToVideo", image_to_video),
                    ("likeCount", like_count),
                    ("motion", motion),
                    ("motionModel", motion_model),
                    ("motionMP4URL", motion_mp4_url),
                    ("motionStrength", motion_strength),
                    ("nsfw", nsfw),
                    ("url", url),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.generated_image_variation_generics = (
            None
            if isinstance(generated_image_variation_generics, NotGiven)
            else generated_image_variation_generics
        )
        self.fantasy_avatar = None if isinstance(fantasy_avatar, NotGiven) else fantasy_avatar
        self.id = None if isinstance(id, NotGiven) else id
        self.image_to_video = None if isinstance(image_to_video, NotGiven) else image_to_video
        self.like_count = None if isinstance(like_count, NotGiven) else like_count
        self.motion = None if isinstance(motion, NotGiven) else motion
        self.motion_model = None if isinstance(motion_model, NotGiven) else motion_model
        self.motion_mp4_url = None if isinstance(motion_mp4_url, NotGiven) else motion_mp4_url
        self.motion_strength = None if isinstance(motion_strength, NotGiven) else motion_strength
        self.nsfw = None if isinstance(nsfw, NotGiven) else nsfw
        self.url = None if isinstance(url, NotGiven) else url

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> GeneratedImage:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("generated_image_variation_generics")
        self.generated_image_variation_generics = (
            None
            if v is None
            else list(
                map(
                    GeneratedImageVariationGeneric._from_json,
                    (v if v.__class__ is list else expect(v, list)),
                )
            )
        )
        v = data.get("fantasyAvatar")
        self.fantasy_avatar = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("id")
        self.id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("imageToVideo")
        self.image_to_video = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("likeCount")
        self.like_count = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("motion")
        self.motion = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("motionModel")
        self.motion_model = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("motionMP4URL")
        self.motion_mp4_url = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("motionStrength")
        self.motion_strength = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("nsfw")
        self.nsfw = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("url")
        self.url = v if v.__class__ is str or v is None else expect(v, str)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.generated_image_variation_generics is not None:
            result["generated_image_variation_generics"] = [
                x0.to_dict() for x0 in self.generated_image_variation_generics
            ]
        elif self._has("generated_image_variation_generics"):
            result["generated_image_variation_generics"] = None
        if self.fantasy_avatar is not None:
            result["fantasyAvatar"] = self.fantasy_avatar
        elif self._has("fantasyAvatar"):
            result["fantasyAvatar"] = None
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self.image_to_video is not None:
            result["imageToVideo"] = self.image_to_video
        elif self._has("imageToVideo"):
            result["imageToVideo"] = None
        if self.like_count is not None:
            result["likeCount"] = self.like_count
        elif self._has("likeCount"):
            result["likeCount"] = None
        if self.motion is not None:
            result["motion"] = self.motion
        elif self._has("motion"):
            result["motion"] = None
        if self.motion_model is not None:
            result["motionModel"] = self.motion_model
        elif self._has("motionModel"):
            result["motionModel"] = None
        if self.motion_mp4_url is not None:
            result["motionMP4URL"] = self.motion_mp4_url
        elif self._has("motionMP4URL"):
            result["motionMP4URL"] = None
        if self.motion_strength is not None:
            result["motionStrength"] = self.motion_strength
        elif self._has("motionStrength"):
            result["motionStrength"] = None
        if self.nsfw is not None:
            result["nsfw"] = self.nsfw
        elif self._has("nsfw"):
            result["nsfw"] = None
        if self.url is not None:
            result["url"] = self.url
        elif self._has("url"):
            result["url"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
