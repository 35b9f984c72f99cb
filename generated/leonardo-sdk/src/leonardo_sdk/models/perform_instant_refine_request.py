"""Generated models: PerformInstantRefineRequest."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .lcm_generation_style import LcmGenerationStyle


class PerformInstantRefineRequest(BaseModel):
    """Parameters for instantly refining a realtime (LCM) image.

    Attributes:
        image_data_url: Image data used to generate image. In base64 format. Prefix:
            `data:image/jpeg;base64,`
        prompt: The prompt used to generate images
        guidance: How strongly the generation should reflect the prompt. Must be a float between 0.5
            and 20.
        strength: Creativity strength of generation. Higher strength will deviate more from the
            original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
        request_timestamp: A timestamp, serialized as a string.
        style: The style to generate LCM images with.
        steps: The number of steps to use for the generation. Must be between 4 and 16.
        width: The output width of the image. Must be 512, 640 or 1024.

            Default: 512
        height: The output height of the image. Must be 512, 640 or 1024.

            Default: 512
        seed: Apply a fixed seed to maintain consistency across generation sets. The maximum seed
            value is 2147483637 for Flux and 9999999998 for other models
    """

    __slots__ = (
        "guidance",
        "height",
        "image_data_url",
        "prompt",
        "request_timestamp",
        "seed",
        "steps",
        "strength",
        "style",
        "width",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "image_data_url": "imageDataUrl",
        "prompt": "prompt",
        "guidance": "guidance",
        "strength": "strength",
        "request_timestamp": "requestTimestamp",
        "style": "style",
        "steps": "steps",
        "width": "width",
        "height": "height",
        "seed": "seed",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"imageDataUrl", "prompt"})

    image_data_url: str
    """Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`"""

    prompt: str
    """The prompt used to generate images"""

    guidance: float | None
    """How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20."""

    strength: float | None
    """Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1."""

    request_timestamp: str | None
    """A timestamp, serialized as a string."""

    style: LcmGenerationStyle | None
    """The style to generate LCM images with."""

    steps: int | None
    """The number of steps to use for the generation. Must be between 4 and 16."""

    width: int | None
    """The output width of the image. Must be 512, 640 or 1024.

    Default: 512
    """

    height: int | None
    """The output height of the image. Must be 512, 640 or 1024.

    Default: 512
    """

    seed: int | None
    """Apply a fixed seed to maintain consistency across generation sets. The maximum seed value is 2147483637 for Flux and 9999999998 for other models"""

    def __init__(
        self,
        *,
        image_data_url: str,
        prompt: str,
        guidance: float | None | NotGiven = NOT_GIVEN,
        strength: float | None | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        style: LcmGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        steps: int | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                (
                    "imageDataUrl",
                    "prompt",
                    *(
                        wire
                        for wire, value in (
                            ("guidance", guidance),
                            ("strength", strength),
                            ("requestTimestamp", request_timestamp),
                            ("style", style),
                            ("steps", steps),
                            ("width", width),
                            ("height", height),
                            ("seed", seed),
                        )
                        if not isinstance(value, NotGiven)
                    ),
                )
            ),
            additional_properties,
        )
        self.image_data_url = image_data_url
        self.prompt = prompt
        self.guidance = None if isinstance(guidance, NotGiven) else guidance
        self.strength = None if isinstance(strength, NotGiven) else strength
        self.request_timestamp = (
            None if isinstance(request_timestamp, NotGiven) else request_timestamp
        )
        self.style = (
            None if isinstance(style, (NotGiven, type(None))) else LcmGenerationStyle(style)
        )
        self.steps = None if isinstance(steps, NotGiven) else steps
        self.width = None if isinstance(width, NotGiven) else width
        self.height = None if isinstance(height, NotGiven) else height
        self.seed = None if isinstance(seed, NotGiven) else seed

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> PerformInstantRefineRequest:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data["imageDataUrl"]
        self.image_data_url = v if v.__class__ is str else expect(v, str)
        v = data["prompt"]
        self.prompt = v if v.__class__ is str else expect(v, str)
        v = data.get("guidance")
        self.guidance = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("strength")
        self.strength = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("requestTimestamp")
        self.request_timestamp = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("style")
        self.style = (
            None if v is None else (LcmGenerationStyle._by_value.get(v) or LcmGenerationStyle(v))
        )
        v = data.get("steps")
        self.steps = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("width")
        self.width = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("height")
        self.height = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("seed")
        self.seed = v if v.__class__ is int or v is None else expect(v, int)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        result["imageDataUrl"] = self.image_data_url
        result["prompt"] = self.prompt
        if self.guidance is not None:
            result["guidance"] = self.guidance
        elif self._has("guidance"):
            result["guidance"] = None
        if self.strength is not None:
            result["strength"] = self.strength
        elif self._has("strength"):
            result["strength"] = None
        if self.request_timestamp is not None:
            result["requestTimestamp"] = self.request_timestamp
        elif self._has("requestTimestamp"):
            result["requestTimestamp"] = None
        if self.style is not None:
            result["style"] = self.style
        elif self._has("style"):
            result["style"] = None
        if self.steps is not None:
            result["steps"] = self.steps
        elif self._has("steps"):
            result["steps"] = None
        if self.width is not None:
            result["width"] = self.width
        elif self._has("width"):
            result["width"] = None
        if self.height is not None:
            result["height"] = self.height
        elif self._has("height"):
            result["height"] = None
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
