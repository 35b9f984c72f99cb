"""Generated models: UserGeneration."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .generation_element import GenerationElement
from .job_status import JobStatus
from .sd_generation_schedulers import SdGenerationSchedulers
from .sd_generation_style import SdGenerationStyle
from .sd_versions import SdVersions
from .user_generated_image import UserGeneratedImage


class UserGeneration(BaseModel):
    """columns and relationships of "generations"

    Attributes:
        created_at: When the generation was created.
        generated_images: The images produced by this generation.
        generation_elements: The elements applied to this generation.
        guidance_scale: The guidance scale used.
        id: ID of the generation.
        image_height: Height of the generated images, in pixels.
        image_width: Width of the generated images, in pixels.
        inference_steps: The number of inference steps used.
        init_strength: The init image strength used for image2image.
        model_id: ID of the model used.
        negative_prompt: The negative prompt used.
        photo_real: If photoReal feature was used.
        photo_real_strength: Depth of field of photoReal used. 0.55 is low, 0.5 is medium, and 0.45
            is high. Default is 0.55.
        preset_style: The style to generate images with. When photoReal is enabled, refer to the
            Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
            alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION,
            PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.

            Default: "DYNAMIC"
        prompt: The prompt used.
        prompt_magic: If prompt magic was used.
        prompt_magic_strength: Strength of prompt magic used.
        prompt_magic_version: Version of prompt magic used.
        public: Whether the generation is shown in the community feed.
        scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
            specified.
        sd_version: The base version of stable diffusion to use if not using a custom model. v1_5 is
            1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL
            Lightning models
        seed: Apply a fixed seed to maintain consistency across generation sets. The maximum seed
            value is 2147483637 for Flux and 9999999998 for other models
        status: The status of the current task.
        ultra: If ultra generation mode was used.
    """

    __slots__ = (
        "created_at",
        "generated_images",
        "generation_elements",
        "guidance_scale",
        "id",
        "image_height",
        "image_width",
        "inference_steps",
        "init_strength",
        "model_id",
        "negative_prompt",
        "photo_real",
        "photo_real_strength",
        "preset_style",
        "prompt",
        "prompt_magic",
        "prompt_magic_strength",
        "prompt_magic_version",
        "public",
        "scheduler",
        "sd_version",
        "seed",
        "status",
        "ultra",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "created_at": "createdAt",
        "generated_images": "generated_images",
        "generation_elements": "generation_elements",
        "guidance_scale": "guidanceScale",
        "id": "id",
        "image_height": "imageHeight",
        "image_width": "imageWidth",
        "inference_steps": "inferenceSteps",
        "init_strength": "initStrength",
        "model_id": "modelId",
        "negative_prompt": "negativePrompt",
        "photo_real": "photoReal",
        "photo_real_strength": "photoRealStrength",
        "preset_style": "presetStyle",
        "prompt": "prompt",
        "prompt_magic": "promptMagic",
        "prompt_magic_strength": "promptMagicStrength",
        "prompt_magic_version": "promptMagicVersion",
        "public": "public",
        "scheduler": "scheduler",
        "sd_version": "sdVersion",
        "seed": "seed",
        "status": "status",
        "ultra": "ultra",
    }

    created_at: str | None
    """When the generation was created."""

    generated_images: list[UserGeneratedImage] | None
    """The images produced by this generation."""

    generation_elements: list[GenerationElement] | None
    """The elements applied to this generation."""

    guidance_scale: float | None
    """The guidance scale used."""

    id: str | None
    """ID of the generation."""

    image_height: int | None
    """Height of the generated images, in pixels."""

    image_width: int | None
    """Width of the generated images, in pixels."""

    inference_steps: int | None
    """The number of inference steps used."""

    init_strength: float | None
    """The init image strength used for image2image."""

    model_id: str | None
    """ID of the model used."""

    negative_prompt: str | None
    """The negative prompt used."""

    photo_real: bool | None
    """If photoReal feature was used."""

    photo_real_strength: float | None
    """Depth of field of photoReal used. 0.55 is low, 0.5 is medium, and 0.45 is high. Default is 0.55."""

    preset_style: SdGenerationStyle | None
    """The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.

    Default: "DYNAMIC"
    """

    prompt: str | None
    """The prompt used."""

    prompt_magic: bool | None
    """If prompt magic was used."""

    prompt_magic_strength: float | None
    """Strength of prompt magic used."""

    prompt_magic_version: str | None
    """Version of prompt magic used."""

    public: bool | None
    """Whether the generation is shown in the community feed."""

    scheduler: SdGenerationSchedulers | None
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""

    sd_version: SdVersions | None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""

    seed: int | None
    """Apply a fixed seed to maintain consistency across generation sets. The maximum seed value is 2147483637 for Flux and 9999999998 for other models"""

    status: JobStatus | None
    """The status of the current task."""

    ultra: bool | None
    """If ultra generation mode was used."""

    def __init__(
        self,
        *,
        created_at: str | NotGiven = NOT_GIVEN,
        generated_images: list[UserGeneratedImage] | NotGiven = NOT_GIVEN,
        generation_elements: list[GenerationElement] | NotGiven = NOT_GIVEN,
        guidance_scale: float | None | NotGiven = NOT_GIVEN,
        id: str | None | NotGiven = NOT_GIVEN,
        image_height: int | NotGiven = NOT_GIVEN,
        image_width: int | NotGiven = NOT_GIVEN,
        inference_steps: int | None | NotGiven = NOT_GIVEN,
        init_strength: float | None | NotGiven = NOT_GIVEN,
        model_id: str | None | NotGiven = NOT_GIVEN,
        negative_prompt: str | None | NotGiven = NOT_GIVEN,
        photo_real: bool | None | NotGiven = NOT_GIVEN,
        photo_real_strength: float | None | NotGiven = NOT_GIVEN,
        preset_style: SdGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        prompt_magic: bool | None | NotGiven = NOT_GIVEN,
        prompt_magic_strength: float | None | NotGiven = NOT_GIVEN,
        prompt_magic_version: str | None | NotGiven = NOT_GIVEN,
        public: bool | NotGiven = NOT_GIVEN,
        scheduler: SdGenerationSchedulers | str | NotGiven = NOT_GIVEN,
        sd_version: SdVersions | str | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        status: JobStatus | str | NotGiven = NOT_GIVEN,
        ultra: bool | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("createdAt", created_at),
                    ("generated_images", generated_images),
                    ("generation_elements", generation_elements),
                    ("guidanceScale", guidance_scale),
                    ("id", id),
                    ("imageHeight", image_height),
                    ("imageWidth", image_width),
                    ("inferenceSteps", inference_steps),
                    ("initStrength", init_strength),
                    ("modelId", model_id),
                    ("negativePrompt", negative_prompt),
                    ("photoReal", photo_real),
                    ("photoRealStrength", photo_real_strength),
                    ("presetStyle", preset_style),
                    ("prompt", prompt),
                    ("promptMagic", prompt_magic),
                    ("promptMagicStrength", prompt_magic_strength),
                    ("promptMagicVersion", prompt_magic_version),
                    ("public", public),
                    ("scheduler", scheduler),
                    ("sdVersion", sd_version),
                    ("seed", seed),
                    ("status", status),
                    ("ultra", ultra),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.created_at = None if isinstance(created_at, NotGiven) else created_at
        self.generated_images = None if isinstance(generated_images, NotGiven) else generated_images
        self.generation_elements = (
            None if isinstance(generation_elements, NotGiven) else generation_elements
        )
        self.guidance_scale = None if isinstance(guidance_scale, NotGiven) else guidance_scale
        self.id = None if isinstance(id, NotGiven) else id
        self.image_height = None if isinstance(image_height, NotGiven) else image_height
        self.image_width = None if isinstance(image_width, NotGiven) else image_width
        self.inference_steps = None if isinstance(inference_steps, NotGiven) else inference_steps
        self.init_strength = None if isinstance(init_strength, NotGiven) else init_strength
        self.model_id = None if isinstance(model_id, NotGiven) else model_id
        self.negative_prompt = None if isinstance(negative_prompt, NotGiven) else negative_prompt
        self.photo_real = None if isinstance(photo_real, NotGiven) else photo_real
        self.photo_real_strength = (
            None if isinstance(photo_real_strength, NotGiven) else photo_real_strength
        )
        self.preset_style = (
            None
            if isinstance(preset_style, (NotGiven, type(None)))
            else SdGenerationStyle(preset_style)
        )
        self.prompt = None if isinstance(prompt, NotGiven) else prompt
        self.prompt_magic = None if isinstance(prompt_magic, NotGiven) else prompt_magic
        self.prompt_magic_strength = (
            None if isinstance(prompt_magic_strength, NotGiven) else prompt_magic_strength
        )
        self.prompt_magic_version = (
            None if isinstance(prompt_magic_version, NotGiven) else prompt_magic_version
        )
        self.public = None if isinstance(public, NotGiven) else public
        self.scheduler = (
            None
            if isinstance(scheduler, (NotGiven, type(None)))
            else SdGenerationSchedulers(scheduler)
        )
        self.sd_version = (
            None if isinstance(sd_version, (NotGiven, type(None))) else SdVersions(sd_version)
        )
        self.seed = None if isinstance(seed, NotGiven) else seed
        self.status = None if isinstance(status, (NotGiven, type(None))) else JobStatus(status)
        self.ultra = None if isinstance(ultra, NotGiven) else ultra

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> UserGeneration:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("createdAt")
        self.created_at = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("generated_images")
        self.generated_images = (
            None
            if v is None
            else list(
                map(UserGeneratedImage._from_json, (v if v.__class__ is list else expect(v, list)))
            )
        )
        v = data.get("generation_elements")
        self.generation_elements = (
            None
            if v is None
            else list(
                map(GenerationElement._from_json, (v if v.__class__ is list else expect(v, list)))
            )
        )
        v = data.get("guidanceScale")
        self.guidance_scale = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("id")
        self.id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("imageHeight")
        self.image_height = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("imageWidth")
        self.image_width = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("inferenceSteps")
        self.inference_steps = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("initStrength")
        self.init_strength = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("modelId")
        self.model_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("negativePrompt")
        self.negative_prompt = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("photoReal")
        self.photo_real = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("photoRealStrength")
        self.photo_real_strength = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("presetStyle")
        self.preset_style = (
            None if v is None else (SdGenerationStyle._by_value.get(v) or SdGenerationStyle(v))
        )
        v = data.get("prompt")
        self.prompt = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("promptMagic")
        self.prompt_magic = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("promptMagicStrength")
        self.prompt_magic_strength = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("promptMagicVersion")
        self.prompt_magic_version = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("public")
        self.public = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("scheduler")
        self.scheduler = (
            None
            if v is None
            else (SdGenerationSchedulers._by_value.get(v) or SdGenerationSchedulers(v))
        )
        v = data.get("sdVersion")
        self.sd_version = None if v is None else (SdVersions._by_value.get(v) or SdVersions(v))
        v = data.get("seed")
        self.seed = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("status")
        self.status = None if v is None else (JobStatus._by_value.get(v) or JobStatus(v))
        v = data.get("ultra")
        self.ultra = v if v.__class__ is bool or v is None else expect(v, bool)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.created_at is not None:
            result["createdAt"] = self.created_at
        elif self._has("createdAt"):
            result["createdAt"] = None
        if self.generated_images is not None:
            result["generated_images"] = [x0.to_dict() for x0 in self.generated_images]
        elif self._has("generated_images"):
            result["generated_images"] = None
        if self.generation_elements is not None:
            result["generation_elements"] = [x0.to_dict() for x0 in self.generation_elements]
        elif self._has("generation_elements"):
            result["generation_elements"] = None
        if self.guidance_scale is not None:
            result["guidanceScale"] = self.guidance_scale
        elif self._has("guidanceScale"):
            result["guidanceScale"] = None
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self.image_height is not None:
            result["imageHeight"] = self.image_height
        elif self._has("imageHeight"):
            result["imageHeight"] = None
        if self.image_width is not None:
            result["imageWidth"] = self.image_width
        elif self._has("imageWidth"):
            result["imageWidth"] = None
        if self.inference_steps is not None:
            result["inferenceSteps"] = self.inference_steps
        elif self._has("inferenceSteps"):
            result["inferenceSteps"] = None
        if self.init_strength is not None:
            result["initStrength"] = self.init_strength
        elif self._has("initStrength"):
            result["initStrength"] = None
        if self.model_id is not None:
            result["modelId"] = self.model_id
        elif self._has("modelId"):
            result["modelId"] = None
        if self.negative_prompt is not None:
            result["negativePrompt"] = self.negative_prompt
        elif self._has("negativePrompt"):
            result["negativePrompt"] = None
        if self.photo_real is not None:
            result["photoReal"] = self.photo_real
        elif self._has("photoReal"):
            result["photoReal"] = None
        if self.photo_real_strength is not None:
            result["photoRealStrength"] = self.photo_real_strength
        elif self._has("photoRealStrength"):
            result["photoRealStrength"] = None
        if self.preset_style is not None:
            result["presetStyle"] = self.preset_style
        elif self._has("presetStyle"):
            result["presetStyle"] = None
        if self.prompt is not None:
            result["prompt"] = self.prompt
        elif self._has("prompt"):
            result["prompt"] = None
        if self.prompt_magic is not None:
            result["promptMagic"] = self.prompt_magic
        elif self._has("promptMagic"):
            result["promptMagic"] = None
        if self.prompt_magic_strength is not None:
            result["promptMagicStrength"] = self.prompt_magic_strength
        elif self._has("promptMagicStrength"):
            result["promptMagicStrength"] = None
        if self.prompt_magic_version is not None:
            result["promptMagicVersion"] = self.prompt_magic_version
        elif self._has("promptMagicVersion"):
            result["promptMagicVersion"] = None
        if self.public is not None:
            result["public"] = self.public
        elif self._has("public"):
            result["public"] = None
        if self.scheduler is not None:
            result["scheduler"] = self.scheduler
        elif self._has("scheduler"):
            result["scheduler"] = None
        if self.sd_version is not None:
            result["sdVersion"] = self.sd_version
        elif self._has("sdVersion"):
            result["sdVersion"] = None
        if self.seed is not None:
            result["seed"] = self.seed
        elif self._has("seed"):
            result["seed"] = None
        if self.status is not None:
            result["status"] = self.status
        elif self._has("status"):
            result["status"] = None
        if self.ultra is not None:
            result["ultra"] = self.ultra
        elif self._has("ultra"):
            result["ultra"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
