"""Generated models: CreateSvdMotionGenerationRequest."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven


class CreateSvdMotionGenerationRequest(BaseModel):
    """Parameters for generating a motion video from an existing image.

    Attributes:
        image_id: The ID of the image, supports generated images, variation images, and init images.
        is_public: Whether the generation is public or not
        is_init_image: If it is an init image uploaded by the user. This image is uploaded from
            endpoint: Upload init image.
        is_variation: If it is a variation image.
        motion_strength: The motion strength.
    """

    __slots__ = ("image_id", "is_init_image", "is_public", "is_variation", "motion_strength")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "image_id": "imageId",
        "is_public": "isPublic",
        "is_init_image": "isInitImage",
        "is_variation": "isVariation",
        "motion_strength": "motionStrength",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"imageId"})

    image_id: str
    """The ID of the image, supports generated images, variation images, and init images."""

    is_public: bool | None
    """Whether the generation is public or not"""

    is_init_image: bool | None
    """If it is an init image uploaded by the user. This image is uploaded from endpoint: Upload init image."""

    is_variation: bool | None
    """If it is a variation image."""

    motion_strength: int | None
    """The motion strength."""

    def __init__(
        self,
        *,
        image_id: str,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        is_init_image: bool | None | NotGiven = NOT_GIVEN,
        is_variation: bool | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                (
                    "imageId",
                    *(
                        wire
                        for wire, value in (
                            ("isPublic", is_public),
                            ("isInitImage", is_init_image),
                            ("isVariation", is_variation),
                            ("motionStrength", motion_strength),
                        )
                        if not isinstance(value, NotGiven)
                    ),
                )
            ),
            additional_properties,
        )
        self.image_id = image_id
        self.is_public = None if isinstance(is_public, NotGiven) else is_public
        self.is_init_image = None if isinstance(is_init_image, NotGiven) else is_init_image
        self.is_variation = None if isinstance(is_variation, NotGiven) else is_variation
        self.motion_strength = None if isinstance(motion_strength, NotGiven) else motion_strength

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> CreateSvdMotionGenerationRequest:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data["imageId"]
        self.image_id = v if v.__class__ is str else expect(v, str)
        v = data.get("isPublic")
        self.is_public = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("isInitImage")
        self.is_init_image = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("isVariation")
        self.is_variation = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("motionStrength")
        self.motion_strength = v if v.__class__ is int or v is None else expect(v, int)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        result["imageId"] = self.image_id
        if self.is_public is not None:
            result["isPublic"] = self.is_public
        elif self._has("isPublic"):
            result["isPublic"] = None
        if self.is_init_image is not None:
            result["isInitImage"] = self.is_init_image
        elif self._has("isInitImage"):
            result["isInitImage"] = None
        if self.is_variation is not None:
            result["isVariation"] = self.is_variation
        elif self._has("isVariation"):
            result["isVariation"] = None
        if self.motion_strength is not None:
            result["motionStrength"] = self.motion_strength
        elif self._has("motionStrength"):
            result["motionStrength"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
