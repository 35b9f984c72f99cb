"""Generated models: CreateTextureGenerationRequest."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven


class CreateTextureGenerationRequest(BaseModel):
    """Parameters for generating a texture for an uploaded 3D model.

    Attributes:
        front_rotation_offset: Rotation offset applied to the front of the model.
        model_asset_id: ID of the 3D model asset to texture.
        negative_prompt: The negative prompt used for the texture generation.
        preview: Whether to generate a preview of the texture.
        preview_direction: Direction from which the preview is rendered.
        prompt: The prompt used to generate the texture.
        sd_version: The Stable Diffusion version to use for the texture generation.
        seed: Apply a fixed seed to maintain consistency across generation sets. The maximum seed
            value is 2147483637 for Flux and 9999999998 for other models
    """

    __slots__ = (
        "front_rotation_offset",
        "model_asset_id",
        "negative_prompt",
        "preview",
        "preview_direction",
        "prompt",
        "sd_version",
        "seed",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "front_rotation_offset": "front_rotation_offset",
        "model_asset_id": "modelAssetId",
        "negative_prompt": "negative_prompt",
        "preview": "preview",
        "preview_direction": "preview_direction",
        "prompt": "prompt",
        "sd_version": "sd_version",
        "seed": "seed",
    }

    front_rotation_offset: int | None
    """Rotation offset applied to the front of the model."""

    model_asset_id: str | None
    """ID of the 3D model asset to texture."""

    negative_prompt: str | None
    """The negative prompt used for the texture generation."""

    preview: bool | None
    """Whether to generate a preview of the texture."""

    preview_direction: str | None
    """Direction from which the preview is rendered."""

    prompt: str | None
    """The prompt used to generate the texture."""

    sd_version: str | None
    """The Stable Diffusion version to use for the texture generation."""

    seed: int | None
    """Apply a fixed seed to maintain consistency across generation sets. The maximum seed value is 2147483637 for Flux and 9999999998 for other models"""

    def __init__(
        self,
        *,
        front_rotation_offset: int | None | NotGiven = NOT_GIVEN,
        model_asset_id: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | None | NotGiven = NOT_GIVEN,
        preview: bool | None | NotGiven = NOT_GIVEN,
        preview_direction: str | None | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        sd_version: str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("front_rotation_offset", front_rotation_offset),
                    ("modelAssetId", model_asset_id),
                    ("negative_prompt", negative_prompt),
                    ("preview", preview),
                    ("preview_direction", preview_direction),
                    ("prompt", prompt),
                    ("sd_version", sd_version),
                    ("seed", seed),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.front_rotation_offset = (
            None if isinstance(front_rotation_offset, NotGiven) else front_rotation_offset
        )
        self.model_asset_id = None if isinstance(model_asset_id, NotGiven) else model_asset_id
        self.negative_prompt = None if isinstance(negative_prompt, NotGiven) else negative_prompt
        self.preview = None if isinstance(preview, NotGiven) else preview
        self.preview_direction = (
            None if isinstance(preview_direction, NotGiven) else preview_direction
        )
        self.prompt = None if isinstance(prompt, NotGiven) else prompt
        self.sd_version = None if isinstance(sd_version, NotGiven) else sd_version
        self.seed = None if isinstance(seed, NotGiven) else seed

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> CreateTextureGenerationRequest:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("front_rotation_offset")
        self.front_rotation_offset = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("modelAssetId")
        self.model_asset_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("negative_prompt")
        self.negative_prompt = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("preview")
        self.preview = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("preview_direction")
        self.preview_direction = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("prompt")
        self.prompt = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("sd_version")
        self.sd_version = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("seed")
        self.seed = v if v.__class__ is int or v is None else expect(v, int)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.front_rotation_offset is not None:
            result["front_rotation_offset"] = self.front_rotation_offset
        elif self._has("front_rotation_offset"):
            result["front_rotation_offset"] = None
        if self.model_asset_id is not None:
            result["modelAssetId"] = self.model_asset_id
        elif self._has("modelAssetId"):
            result["modelAssetId"] = None
        if self.negative_prompt is not None:
            result["negative_prompt"] = self.negative_prompt
        elif self._has("negative_prompt"):
            result["negative_prompt"] = None
        if self.preview is not None:
            result["preview"] = self.preview
        elif self._has("preview"):
            result["preview"] = None
        if self.preview_direction is not None:
            result["preview_direction"] = self.preview_direction
        elif self._has("preview_direction"):
            result["preview_direction"] = None
        if self.prompt is not None:
            result["prompt"] = self.prompt
        elif self._has("prompt"):
            result["prompt"] = None
        if self.sd_version is not None:
            result["sd_version"] = self.sd_version
        elif self._has("sd_version"):
            result["sd_version"] = None
        if self.seed is not None:
            result["seed"] = self.seed
        elif self._has("seed"):
            result["seed"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
