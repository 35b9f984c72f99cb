"""Generated models: CreateGenerationRequest."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .canvas_request_type import CanvasRequestType
from .controlnet_input import ControlnetInput
from .controlnet_type import ControlnetType
from .create_generation_request_transparency import CreateGenerationRequestTransparency
from .element_input import ElementInput
from .sd_generation_schedulers import SdGenerationSchedulers
from .sd_generation_style import SdGenerationStyle
from .sd_versions import SdVersions
from .user_elements_input import UserElementsInput


class CreateGenerationRequest(BaseModel):
    """Parameters for generating a set of images from a text prompt.

    Attributes:
        alchemy: Enable to use Alchemy. Note: The appropriate Alchemy version is selected for the
            specified model. For example, XL models will use Alchemy V2.

            Default: true
        contrast_ratio: Contrast Ratio to use with Alchemy. Must be a float between 0 and 1
            inclusive.
        contrast: Adjusts the contrast level of the generated image. Used in Phoenix and Flux
            models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy is
            true, contrast needs to be 2.5 or higher.
        controlnets: ControlNets to guide the generation, each with an init image and a
            preprocessor.
        elements: Platform elements (LoRAs) to apply to the generation, with their weights.
        user_elements: Custom elements trained by the user to apply to the generation, with their
            weights.
        expanded_domain: Enable to use the Expanded Domain feature of Alchemy.
        fantasy_avatar: Enable to use the Fantasy Avatar feature.
        guidance_scale: How strongly the generation should reflect the prompt. 7 is recommended.
            Must be between 1 and 20.
        height: The input height of the images. Must be between 32 and 1536 and be a multiple of 8.
            Note: Input resolution is not always the same as output resolution due to upscaling from
            other features.

            Default: 768
        high_contrast: Enable to use the High Contrast feature of Prompt Magic. Note: Controls RAW
            mode. Set to false to enable RAW mode.
        high_resolution: Enable to use the High Resolution feature of Prompt Magic.
        image_prompts: IDs of images to use as image prompts.
        image_prompt_weight: How strongly the image prompts should influence the generation.
        init_generation_image_id: The ID of an existing image to use in image2image.
        init_image_id: The ID of an Init Image to use in image2image.
        init_strength: How strongly the generated images should reflect the original image in
            image2image. Must be a float between 0.1 and 0.9.
        model_id: The model ID used for image generation. If not provided, uses sd_version to
            determine the version of Stable Diffusion to use. In-app, model IDs are under the
            Finetune Models menu. Click on the platform model or your custom model, then click View
            More. For platform models, you can also use the List Platform Models API.

            Default: "b24e16ff-06e3-43eb-8d33-4416c2d75876"
        negative_prompt: The negative prompt used for the image generation
        num_images: The number of images to generate. Must be between 1 and 8. If either width or
            height is over 768, must be between 1 and 4.

            Default: 4
        num_inference_steps: The Step Count to use for the generation. Must be between 10 and 60.
            Default is 15.
        photo_real: Enable the photoReal feature. Requires enabling alchemy and unspecifying modelId
            (for photoRealVersion V1).
        photo_real_version: The version of photoReal to use. Must be v1 or v2.
        photo_real_strength: Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium, or
            0.45 for high. Defaults to 0.55 if not specified.
        preset_style: The style to generate images with. When photoReal is enabled, refer to the
            Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
            alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION,
            PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.

            Default: "DYNAMIC"
        prompt: The prompt used to generate images

            Default: "A majestic cat in the snow"
        prompt_magic: Enable to use Prompt Magic.
        prompt_magic_strength: Strength of prompt magic. Must be a float between 0.1 and 1.0
        prompt_magic_version: Prompt magic version v2 or v3, for use when promptMagic: true
        public: Whether the generated images should show in the community feed.
        scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
            specified.
        sd_version: The base version of stable diffusion to use if not using a custom model. v1_5 is
            1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL
            Lightning models
        seed: Apply a fixed seed to maintain consistency across generation sets. The maximum seed
            value is 2147483637 for Flux and 9999999998 for other models
        tiling: Whether the generated images should tile on all axis.
        transparency: Which type of transparency this image should use
        ultra: Enable to use Ultra mode. Note: can not be used with Alchemy.
        unzoom: Whether the generated images should be unzoomed (requires unzoomAmount and
            init_image_id to be set).
        unzoom_amount: How much the image should be unzoomed (requires an init_image_id and unzoom
            to be set to true).
        upscale_ratio: How much the image should be upscaled. (Enterprise Only)
        width: The input width of the images. Must be between 32 and 1536 and be a multiple of 8.
            Note: Input resolution is not always the same as output resolution due to upscaling from
            other features.

            Default: 1024
        control_net: This parameter will be deprecated in September 2024. Please use the controlnets
            array instead.

            Deprecated: setting it emits a DeprecationWarning.
        control_net_type: This parameter will be deprecated in September 2024. Please use the
            controlnets array instead.

            Deprecated: setting it emits a DeprecationWarning.
        weighting: This parameter will be deprecated in September 2024. Please use the controlnets
            array instead.

            Deprecated: setting it emits a DeprecationWarning.
        canvas_request: Whether the generation is for the Canvas Editor feature.
        canvas_request_type: The type of request for the Canvas Editor.
        canvas_init_id: The ID of an initial image to use in Canvas Editor request.
        canvas_mask_id: The ID of a mask image to use in Canvas Editor request.
        enhance_prompt: When enabled, your prompt is expanded to include more detail.
        enhance_prompt_instruction: When enhancePrompt is enabled, the prompt is enhanced based on
            the given instructions.
    """

    __slots__ = (
        "alchemy",
        "canvas_init_id",
        "canvas_mask_id",
        "canvas_request",
        "canvas_request_type",
        "contrast",
        "contrast_ratio",
        "control_net",
        "control_net_type",
        "controlnets",
        "elements",
        "enhance_prompt",
        "enhance_prompt_instruction",
        "expanded_domain",
        "fantasy_avatar",
        "guidance_scale",
        "height",
        "high_contrast",
        "high_resolution",
        "image_prompt_weight",
        "image_prompts",
        "init_generation_image_id",
        "init_image_id",
        "init_strength",
        "model_id",
        "negative_prompt",
        "num_images",
        "num_inference_steps",
        "photo_real",
        "photo_real_strength",
        "photo_real_version",
        "preset_style",
        "prompt",
        "prompt_magic",
        "prompt_magic_strength",
        "prompt_magic_version",
        "public",
        "scheduler",
        "sd_version",
        "seed",
        "tiling",
        "transparency",
        "ultra",
        "unzoom",
        "unzoom_amount",
        "upscale_ratio",
        "user_elements",
        "weighting",
        "width",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "alchemy": "alchemy",
        "contrast_ratio": "contrastRatio",
        "contrast": "contrast",
        "controlnets": "controlnets",
        "elements": "elements",
        "user_elements": "userElements",
        "expanded_domain": "expandedDomain",
        "fantasy_avatar": "fantasyAvatar",
        "guidance_scale": "guidance_scale",
        "height": "height",
        "high_contrast": "highContrast",
        "high_resolution": "highResolution",
        "image_prompts": "imagePrompts",
        "image_prompt_weight": "imagePromptWeight",
        "init_generation_image_id": "init_generation_image_id",
        "init_image_id": "init_image_id",
        "init_strength": "init_strength",
        "model_id": "modelId",
        "negative_prompt": "negative_prompt",
        "num_images": "num_images",
        "num_inference_steps": "num_inference_steps",
        "photo_real": "photoReal",
        "photo_real_version": "photoRealVersion",
        "photo_real_strength": "photoRealStrength",
        "preset_style": "presetStyle",
        "prompt": "prompt",
        "prompt_magic": "promptMagic",
        "prompt_magic_strength": "promptMagicStrength",
        "prompt_magic_version": "promptMagicVersion",
        "public": "public",
        "scheduler": "scheduler",
        "sd_version": "sd_version",
        "seed": "seed",
        "tiling": "tiling",
        "transparency": "transparency",
        "ultra": "ultra",
        "unzoom": "unzoom",
        "unzoom_amount": "unzoomAmount",
        "upscale_ratio": "upscaleRatio",
        "width": "width",
        "control_net": "controlNet",
        "control_net_type": "controlNetType",
        "weighting": "weighting",
        "canvas_request": "canvasRequest",
        "canvas_request_type": "canvasRequestType",
        "canvas_init_id": "canvasInitId",
        "canvas_mask_id": "canvasMaskId",
        "enhance_prompt": "enhancePrompt",
        "enhance_prompt_instruction": "enhancePromptInstruction",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"prompt"})

    alchemy: bool | None
    """Enable to use Alchemy. Note: The appropriate Alchemy version is selected for the specified model. For example, XL models will use Alchemy V2.

    Default: true
    """

    contrast_ratio: float | None
    """Contrast Ratio to use with Alchemy. Must be a float between 0 and 1 inclusive."""

    contrast: float | None
    """Adjusts the contrast level of the generated image. Used in Phoenix and Flux models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy is true, contrast needs to be 2.5 or higher."""

    controlnets: list[ControlnetInput] | None
    """ControlNets to guide the generation, each with an init image and a preprocessor."""

    elements: list[ElementInput] | None
    """Platform elements (LoRAs) to apply to the generation, with their weights."""

    user_elements: list[UserElementsInput] | None
    """Custom elements trained by the user to apply to the generation, with their weights."""

    expanded_domain: bool | None
    """Enable to use the Expanded Domain feature of Alchemy."""

    fantasy_avatar: bool | None
    """Enable to use the Fantasy Avatar feature."""

    guidance_scale: float | None
    """How strongly the generation should reflect the prompt. 7 is recommended. Must be between 1 and 20."""

    height: int | None
    """The input height of the images. Must be between 32 and 1536 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features.

    Default: 768
    """

    high_contrast: bool | None
    """Enable to use the High Contrast feature of Prompt Magic. Note: Controls RAW mode. Set to false to enable RAW mode."""

    high_resolution: bool | None
    """Enable to use the High Resolution feature of Prompt Magic."""

    image_prompts: list[str | None] | None
    """IDs of images to use as image prompts."""

    image_prompt_weight: float | None
    """How strongly the image prompts should influence the generation."""

    init_generation_image_id: str | None
    """The ID of an existing image to use in image2image."""

    init_image_id: str | None
    """The ID of an Init Image to use in image2image."""

    init_strength: float | None
    """How strongly the generated images should reflect the original image in image2image. Must be a float between 0.1 and 0.9."""

    model_id: str | None
    """The model ID used for image generation. If not provided, uses sd_version to determine the version of Stable Diffusion to use. In-app, model IDs are under the Finetune Models menu. Click on the platform model or your custom model, then click View More. For platform models, you can also use the List Platform Models API.

    Default: "b24e16ff-06e3-43eb-8d33-4416c2d75876"
    """

    negative_prompt: str | None
    """The negative prompt used for the image generation"""

    num_images: int | None
    """The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4.

    Default: 4
    """

    num_inference_steps: int | None
    """The Step Count to use for the generation. Must be between 10 and 60. Default is 15."""

    photo_real: bool | None
    """Enable the photoReal feature. Requires enabling alchemy and unspecifying modelId (for photoRealVersion V1)."""

    photo_real_version: str | None
    """The version of photoReal to use. Must be v1 or v2."""

    photo_real_strength: float | None
    """Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium, or 0.45 for high. Defaults to 0.55 if not specified."""

    preset_style: SdGenerationStyle | None
    """The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.

    Default: "DYNAMIC"
    """

    prompt: str
    """The prompt used to generate images

    Default: "A majestic cat in the snow"
    """

    prompt_magic: bool | None
    """Enable to use Prompt Magic."""

    prompt_magic_strength: float | None
    """Strength of prompt magic. Must be a float between 0.1 and 1.0"""

    prompt_magic_version: str | None
    """Prompt magic version v2 or v3, for use when promptMagic: true"""

    public: bool | None
    """Whether the generated images should show in the community feed."""

    scheduler: SdGenerationSchedulers | None
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""

    sd_version: SdVersions | None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""

    seed: int | None
    """Apply a fixed seed to maintain consistency across generation sets. The maximum seed value is 2147483637 for Flux and 9999999998 for other models"""

    tiling: bool | None
    """Whether the generated images should tile on all axis."""

    transparency: CreateGenerationRequestTransparency | None
    """Which type of transparency this image should use"""

    ultra: bool | None
    """Enable to use Ultra mode. Note: can not be used with Alchemy."""

    unzoom: bool | None
    """Whether the generated images should be unzoomed (requires unzoomAmount and init_image_id to be set)."""

    unzoom_amount: float | None
    """How much the image should be unzoomed (requires an init_image_id and unzoom to be set to true)."""

    upscale_ratio: float | None
    """How much the image should be upscaled. (Enterprise Only)"""

    width: int | None
    """The input width of the images. Must be between 32 and 1536 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features.

    Default: 1024
    """

    control_net: bool | None
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead.

    Deprecated: setting it emits a DeprecationWarning.
    """

    control_net_type: ControlnetType | None
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead.

    Deprecated: setting it emits a DeprecationWarning.
    """

    weighting: float | None
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead.

    Deprecated: setting it emits a DeprecationWarning.
    """

    canvas_request: bool | None
    """Whether the generation is for the Canvas Editor feature."""

    canvas_request_type: CanvasRequestType | None
    """The type of request for the Canvas Editor."""

    canvas_init_id: str | None
    """The ID of an initial image to use in Canvas Editor request."""

    canvas_mask_id: str | None
    """The ID of a mask image to use in Canvas Editor request."""

    enhance_prompt: bool | None
    """When enabled, your prompt is expanded to include more detail."""

    enhance_prompt_instruction: str | None
    """When enhancePrompt is enabled, the prompt is enhanced based on the given instructions."""

    def __init__(
        self,
        *,
        prompt: str,
        alchemy: bool | None | NotGiven = NOT_GIVEN,
        contrast_ratio: float | None | NotGiven = NOT_GIVEN,
        contrast: float | None | NotGiven = NOT_GIVEN,
        controlnets: list[ControlnetInput] | None | NotGiven = NOT_GIVEN,
        elements: list[ElementInput] | None | NotGiven = NOT_GIVEN,
        user_elements: list[UserElementsInput] | None | NotGiven = NOT_GIVEN,
        expanded_domain: bool | None | NotGiven = NOT_GIVEN,
        fantasy_avatar: bool | None | NotGiven = NOT_GIVEN,
        guidance_scale: float | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        high_contrast: bool | None | NotGiven = NOT_GIVEN,
        high_resolution: bool | None | NotGiven = NOT_GIVEN,
        image_prompts: list[str | None] | None | NotGiven = NOT_GIVEN,
        image_prompt_weight: float | None | NotGiven = NOT_GIVEN,
        init_generation_image_id: str | None | NotGiven = NOT_GIVEN,
        init_image_id: str | None | NotGiven = NOT_GIVEN,
        init_strength: float | None | NotGiven = NOT_GIVEN,
        model_id: str | None | NotGiven = NOT_GIVEN,
        negative_prompt: str | None | NotGiven = NOT_GIVEN,
        num_images: int | None | NotGiven = NOT_GIVEN,
        num_inference_steps: int | None | NotGiven = NOT_GIVEN,
        photo_real: bool | None | NotGiven = NOT_GIVEN,
        photo_real_version: str | None | NotGiven = NOT_GIVEN,
        photo_real_strength: float | None | NotGiven = NOT_GIVEN,
        preset_style: SdGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        prompt_magic: bool | None | NotGiven = NOT_GIVEN,
        prompt_magic_strength: float | None | NotGiven = NOT_GIVEN,
        prompt_magic_version: str | None | NotGiven = NOT_GIVEN,
        public: bool | None | NotGiven = NOT_GIVEN,
        scheduler: SdGenerationSchedulers | str | NotGiven = NOT_GIVEN,
        sd_version: SdVersions | str | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        tiling: bool | None | NotGiven = NOT_GIVEN,
        transparency: CreateGenerationRequestTransparency | str | None | NotGiven = NOT_GIVEN,
        ultra: bool | None | NotGiven = NOT_GIVEN,
        unzoom: bool | None | NotGiven = NOT_GIVEN,
        unzoom_amount: float | None | NotGiven = NOT_GIVEN,
        upscale_ratio: float | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        control_net: bool | None | NotGiven = NOT_GIVEN,
        control_net_type: ControlnetType | str | NotGiven = NOT_GIVEN,
        weighting: float | None | NotGiven = NOT_GIVEN,
        canvas_request: bool | None | NotGiven = NOT_GIVEN,
        canvas_request_type: CanvasRequestType | str | None | NotGiven = NOT_GIVEN,
        canvas_init_id: str | None | NotGiven = NOT_GIVEN,
        canvas_mask_id: str | None | NotGiven = NOT_GIVEN,
        enhance_prompt: bool | None | NotGiven = NOT_GIVEN,
        enhance_prompt_instruction: str | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                (
                    "prompt",
                    *(
                        wire
                        for wire, value in (
                            ("alchemy", alchemy),
                            ("contrastRatio", contrast_ratio),
                            ("contrast", contrast),
                            ("controlnets", controlnets),
                            ("elements", elements),
                            ("userElements", user_elements),
                            ("expandedDomain", expanded_domain),
                            ("fantasyAvatar", fantasy_avatar),
                            ("guidance_scale", guidance_scale),
                            ("height", height),
                            ("highContrast", high_contrast),
                            ("highResolution", high_resolution),
                            ("imagePrompts", image_prompts),
                            ("imagePromptWeight", image_prompt_weight),
                            ("init_generation_image_id", init_generation_image_id),
                            ("init_image_id", init_image_id),
                            ("init_strength", init_strength),
                            ("modelId", model_id),
                            ("negative_prompt", negative_prompt),
                            ("num_images", num_images),
                            ("num_inference_steps", num_inference_steps),
                            ("photoReal", photo_real),
                            ("photoRealVersion", photo_real_version),
                            ("photoRealStrength", photo_real_strength),
                            ("presetStyle", preset_style),
                            ("promptMagic", prompt_magic),
                            ("promptMagicStrength", prompt_magic_strength),
                            ("promptMagicVersion", prompt_magic_version),
                            ("public", public),
                            ("scheduler", scheduler),
                            ("sd_version", sd_version),
                            ("seed", seed),
                            ("tiling", tiling),
                            ("transparency", transparency),
                            ("ultra", ultra),
                            ("unzoom", unzoom),
                            ("unzoomAmount", unzoom_amount),
                            ("upscaleRatio", upscale_ratio),
                            ("width", width),
                            ("controlNet", control_net),
                            ("controlNetType", control_net_type),
                            ("weighting", weighting),
                            ("canvasRequest", canvas_request),
                            ("canvasRequestType", canvas_request_type),
                            ("canvasInitId", canvas_init_id),
                            ("canvasMaskId", canvas_mask_id),
                            ("enhancePrompt", enhance_prompt),
                            ("enhancePromptInstruction", enhance_prompt_instruction),
                        )
                        if not isinstance(value, NotGiven)
                    ),
                )
            ),
            additional_properties,
        )
        self.prompt = prompt
        self.alchemy = None if isinstance(alchemy, NotGiven) else alchemy
        self.contrast_ratio = None if isinstance(contrast_ratio, NotGiven) else contrast_ratio
        self.contrast = None if isinstance(contrast, NotGiven) else contrast
        self.controlnets = None if isinstance(controlnets, NotGiven) else controlnets
        self.elements = None if isinstance(elements, NotGiven) else elements
        self.user_elements = None if isinstance(user_elements, NotGiven) else user_elements
        self.expanded_domain = None if isinstance(expanded_domain, NotGiven) else expanded_domain
        self.fantasy_avatar = None if isinstance(fantasy_avatar, NotGiven) else fantasy_avatar
        self.guidance_scale = None if isinstance(guidance_scale, NotGiven) else guidance_scale
        self.height = None if isinstance(height, NotGiven) else height
        self.high_contrast = None if isinstance(high_contrast, NotGiven) else high_contrast
        self.high_resolution = None if isinstance(high_resolution, NotGiven) else high_resolution
        self.image_prompts = None if isinstance(image_prompts, NotGiven) else image_prompts
        self.image_prompt_weight = (
            None if isinstance(image_prompt_weight, NotGiven) else image_prompt_weight
        )
        self.init_generation_image_id = (
            None if isinstance(init_generation_image_id, NotGiven) else init_generation_image_id
        )
        self.init_image_id = None if isinstance(init_image_id, NotGiven) else init_image_id
        self.init_strength = None if isinstance(init_strength, NotGiven) else init_strength
        self.model_id = None if isinstance(model_id, NotGiven) else model_id
        self.negative_prompt = None if isinstance(negative_prompt, NotGiven) else negative_prompt
        self.num_images = None if isinstance(num_images, NotGiven) else num_images
        self.num_inference_steps = (
            None if isinstance(num_inference_steps, NotGiven) else num_inference_steps
        )
        self.photo_real = None if isinstance(photo_real, NotGiven) else photo_real
        self.photo_real_version = (
            None if isinstance(photo_real_version, NotGiven) else photo_real_version
        )
        self.photo_real_strength = (
            None if isinstance(photo_real_strength, NotGiven) else photo_real_strength
        )
        self.preset_style = (
            None
            if isinstance(preset_style, (NotGiven, type(None)))
            else SdGenerationStyle(preset_style)
        )
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
        self.tiling = None if isinstance(tiling, NotGiven) else tiling
        self.transparency = (
            None
            if isinstance(transparency, (NotGiven, type(None)))
            else CreateGenerationRequestTransparency(transparency)
        )
        self.ultra = None if isinstance(ultra, NotGiven) else ultra
        self.unzoom = None if isinstance(unzoom, NotGiven) else unzoom
        self.unzoom_amount = None if isinstance(unzoom_amount, NotGiven) else unzoom_amount
        self.upscale_ratio = None if isinstance(upscale_ratio, NotGiven) else upscale_ratio
        self.width = None if isinstance(width, NotGiven) else width
        self.control_net = None if isinstance(control_net, NotGiven) else control_net
        self.control_net_type = (
            None
            if isinstance(control_net_type, (NotGiven, type(None)))
            else ControlnetType(control_net_type)
        )
        self.weighting = None if isinstance(weighting, NotGiven) else weighting
        self.canvas_request = None if isinstance(canvas_request, NotGiven) else canvas_request
        self.canvas_request_type = (
            None
            if isinstance(canvas_request_type, (NotGiven, type(None)))
            else CanvasRequestType(canvas_request_type)
        )
        self.canvas_init_id = None if isinstance(canvas_init_id, NotGiven) else canvas_init_id
        self.canvas_mask_id = None if isinstance(canvas_mask_id, NotGiven) else canvas_mask_id
        self.enhance_prompt = None if isinstance(enhance_prompt, NotGiven) else enhance_prompt
        self.enhance_prompt_instruction = (
            None if isinstance(enhance_prompt_instruction, NotGiven) else enhance_prompt_instruction
        )
        if not isinstance(control_net, NotGiven):
            self._warn_deprecated("CreateGenerationRequest.control_net")
        if not isinstance(control_net_type, NotGiven):
            self._warn_deprecated("CreateGenerationRequest.control_net_type")
        if not isinstance(weighting, NotGiven):
            self._warn_deprecated("CreateGenerationRequest.weighting")

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> CreateGenerationRequest:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("alchemy")
        self.alchemy = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("contrastRatio")
        self.contrast_ratio = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("contrast")
        self.contrast = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("controlnets")
        self.controlnets = (
            None
            if v is None
            else list(
                map(ControlnetInput._from_json, (v if v.__class__ is list else expect(v, list)))
            )
        )
        v = data.get("elements")
        self.elements = (
            None
            if v is None
            else list(map(ElementInput._from_json, (v if v.__class__ is list else expect(v, list))))
        )
        v = data.get("userElements")
        self.user_elements = (
            None
            if v is None
            else list(
                map(UserElementsInput._from_json, (v if v.__class__ is list else expect(v, list)))
            )
        )
        v = data.get("expandedDomain")
        self.expanded_domain = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("fantasyAvatar")
        self.fantasy_avatar = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("guidance_scale")
        self.guidance_scale = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("height")
        self.height = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("highContrast")
        self.high_contrast = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("highResolution")
        self.high_resolution = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("imagePrompts")
        self.image_prompts = v if v.__class__ is list or v is None else expect(v, list)
        v = data.get("imagePromptWeight")
        self.image_prompt_weight = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("init_generation_image_id")
        self.init_generation_image_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("init_image_id")
        self.init_image_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("init_strength")
        self.init_strength = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("modelId")
        self.model_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("negative_prompt")
        self.negative_prompt = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("num_images")
        self.num_images = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("num_inference_steps")
        self.num_inference_steps = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("photoReal")
        self.photo_real = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("photoRealVersion")
        self.photo_real_version = v if v.__class__ is str or v is None else expect(v, str)
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
        v = data["prompt"]
        self.prompt = v if v.__class__ is str else expect(v, str)
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
        v = data.get("sd_version")
        self.sd_version = None if v is None else (SdVersions._by_value.get(v) or SdVersions(v))
        v = data.get("seed")
        self.seed = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("tiling")
        self.tiling = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("transparency")
        self.transparency = (
            None
            if v is None
            else (
                CreateGenerationRequestTransparency._by_value.get(v)
                or CreateGenerationRequestTransparency(v)
            )
        )
        v = data.get("ultra")
        self.ultra = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("unzoom")
        self.unzoom = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("unzoomAmount")
        self.unzoom_amount = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("upscaleRatio")
        self.upscale_ratio = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("width")
        self.width = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("controlNet")
        self.control_net = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("controlNetType")
        self.control_net_type = (
            None if v is None else (ControlnetType._by_value.get(v) or ControlnetType(v))
        )
        v = data.get("weighting")
        self.weighting = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("canvasRequest")
        self.canvas_request = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("canvasRequestType")
        self.canvas_request_type = (
            None if v is None else (CanvasRequestType._by_value.get(v) or CanvasRequestType(v))
        )
        v = data.get("canvasInitId")
        self.canvas_init_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("canvasMaskId")
        self.canvas_mask_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("enhancePrompt")
        self.enhance_prompt = v if v.__class__ is bool or v is None else expect(v, bool)
        v = data.get("enhancePromptInstruction")
        self.enhance_prompt_instruction = v if v.__class__ is str or v is None else expect(v, str)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.alchemy is not None:
            result["alchemy"] = self.alchemy
        elif self._has("alchemy"):
            result["alchemy"] = None
        if self.contrast_ratio is not None:
            result["contrastRatio"] = self.contrast_ratio
        elif self._has("contrastRatio"):
            result["contrastRatio"] = None
        if self.contrast is not None:
            result["contrast"] = self.contrast
        elif self._has("contrast"):
            result["contrast"] = None
        if self.controlnets is not None:
            result["controlnets"] = [x0.to_dict() for x0 in self.controlnets]
        elif self._has("controlnets"):
            result["controlnets"] = None
        if self.elements is not None:
            result["elements"] = [x0.to_dict() for x0 in self.elements]
        elif self._has("elements"):
            result["elements"] = None
        if self.user_elements is not None:
            result["userElements"] = [x0.to_dict() for x0 in self.user_elements]
        elif self._has("userElements"):
            result["userElements"] = None
        if self.expanded_domain is not None:
            result["expandedDomain"] = self.expanded_domain
        elif self._has("expandedDomain"):
            result["expandedDomain"] = None
        if self.fantasy_avatar is not None:
            result["fantasyAvatar"] = self.fantasy_avatar
        elif self._has("fantasyAvatar"):
            result["fantasyAvatar"] = None
        if self.guidance_scale is not None:
            result["guidance_scale"] = self.guidance_scale
        elif self._has("guidance_scale"):
            result["guidance_scale"] = None
        if self.height is not None:
            result["height"] = self.height
        elif self._has("height"):
            result["height"] = None
        if self.high_contrast is not None:
            result["highContrast"] = self.high_contrast
        elif self._has("highContrast"):
            result["highContrast"] = None
        if self.high_resolution is not None:
            result["highResolution"] = self.high_resolution
        elif self._has("highResolution"):
            result["highResolution"] = None
        if self.image_prompts is not None:
            result["imagePrompts"] = self.image_prompts
        elif self._has("imagePrompts"):
            result["imagePrompts"] = None
        if self.image_prompt_weight is not None:
            result["imagePromptWeight"] = self.image_prompt_weight
        elif self._has("imagePromptWeight"):
            result["imagePromptWeight"] = None
        if self.init_generation_image_id is not None:
            result["init_generation_image_id"] = self.init_generation_image_id
        elif self._has("init_generation_image_id"):
            result["init_generation_image_id"] = None
        if self.init_image_id is not None:
            result["init_image_id"] = self.init_image_id
        elif self._has("init_image_id"):
            result["init_image_id"] = None
        if self.init_strength is not None:
            result["init_strength"] = self.init_strength
        elif self._has("init_strength"):
            result["init_strength"] = None
        if self.model_id is not None:
            result["modelId"] = self.model_id
        elif self._has("modelId"):
            result["modelId"] = None
        if self.negative_prompt is not None:
            result["negative_prompt"] = self.negative_prompt
        elif self._has("negative_prompt"):
            result["negative_prompt"] = None
        if self.num_images is not None:
            result["num_images"] = self.num_images
        elif self._has("num_images"):
            result["num_images"] = None
        if self.num_inference_steps is not None:
            result["num_inference_steps"] = self.num_inference_steps
        elif self._has("num_inference_steps"):
            result["num_inference_steps"] = None
        if self.photo_real is not None:
            result["photoReal"] = self.photo_real
        elif self._has("photoReal"):
            result["photoReal"] = None
        if self.photo_real_version is not None:
            result["photoRealVersion"] = self.photo_real_version
        elif self._has("photoRealVersion"):
            result["photoRealVersion"] = None
        if self.photo_real_strength is not None:
            result["photoRealStrength"] = self.photo_real_strength
        elif self._has("photoRealStrength"):
            result["photoRealStrength"] = None
        if self.preset_style is not None:
            result["presetStyle"] = self.preset_style
        elif self._has("presetStyle"):
            result["presetStyle"] = None
        result["prompt"] = self.prompt
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
            result["sd_version"] = self.sd_version
        elif self._has("sd_version"):
            result["sd_version"] = None
        if self.seed is not None:
            result["seed"] = self.seed
        elif self._has("seed"):
            result["seed"] = None
        if self.tiling is not None:
            result["tiling"] = self.tiling
        elif self._has("tiling"):
            result["tiling"] = None
        if self.transparency is not None:
            result["transparency"] = self.transparency
        elif self._has("transparency"):
            result["transparency"] = None
        if self.ultra is not None:
            result["ultra"] = self.ultra
        elif self._has("ultra"):
            result["ultra"] = None
        if self.unzoom is not None:
            result["unzoom"] = self.unzoom
        elif self._has("unzoom"):
            result["unzoom"] = None
        if self.unzoom_amount is not None:
            result["unzoomAmount"] = self.unzoom_amount
        elif self._has("unzoomAmount"):
            result["unzoomAmount"] = None
        if self.upscale_ratio is not None:
            result["upscaleRatio"] = self.upscale_ratio
        elif self._has("upscaleRatio"):
            result["upscaleRatio"] = None
        if self.width is not None:
            result["width"] = self.width
        elif self._has("width"):
            result["width"] = None
        if self.control_net is not None:
            result["controlNet"] = self.control_net
        elif self._has("controlNet"):
            result["controlNet"] = None
        if self.control_net_type is not None:
            result["controlNetType"] = self.control_net_type
        elif self._has("controlNetType"):
            result["controlNetType"] = None
        if self.weighting is not None:
            result["weighting"] = self.weighting
        elif self._has("weighting"):
            result["weighting"] = None
        if self.canvas_request is not None:
            result["canvasRequest"] = self.canvas_request
        elif self._has("canvasRequest"):
            result["canvasRequest"] = None
        if self.canvas_request_type is not None:
            result["canvasRequestType"] = self.canvas_request_type
        elif self._has("canvasRequestType"):
            result["canvasRequestType"] = None
        if self.canvas_init_id is not None:
            result["canvasInitId"] = self.canvas_init_id
        elif self._has("canvasInitId"):
            result["canvasInitId"] = None
        if self.canvas_mask_id is not None:
            result["canvasMaskId"] = self.canvas_mask_id
        elif self._has("canvasMaskId"):
            result["canvasMaskId"] = None
        if self.enhance_prompt is not None:
            result["enhancePrompt"] = self.enhance_prompt
        elif self._has("enhancePrompt"):
            result["enhancePrompt"] = None
        if self.enhance_prompt_instruction is not None:
            result["enhancePromptInstruction"] = self.enhance_prompt_instruction
        elif self._has("enhancePromptInstruction"):
            result["enhancePromptInstruction"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
