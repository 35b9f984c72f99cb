"""Operations of the Generation resource."""

# The raw and streaming views build their resource from the viewed one's `_client`:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._base_client import Endpoint, RequestOptions, ResponseSpec
from .._pagination import (
    AsyncPager,
    OffsetPaging,
    SyncPage,
    apaginate,
    async_fetcher,
    fetcher,
    paginate,
)
from .._resource import (
    AsyncResource,
    AsyncStreamContext,
    SyncResource,
    as_raw,
    as_raw_async,
    as_streamed,
    as_streamed_async,
)
from .._response import APIResponse, StreamedResponse
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from .._waiters import Acceptor, Waiter, async_wait, wait
from ..models.canvas_request_type import CanvasRequestType
from ..models.controlnet_input import ControlnetInput
from ..models.controlnet_type import ControlnetType
from ..models.create_generation_request_transparency import CreateGenerationRequestTransparency
from ..models.create_generation_response import CreateGenerationResponse
from ..models.create_lcm_generation_response import CreateLcmGenerationResponse
from ..models.create_svd_motion_generation_response import CreateSvdMotionGenerationResponse
from ..models.create_texture_generation_response import CreateTextureGenerationResponse
from ..models.delete_generation_by_id_response import DeleteGenerationByIdResponse
from ..models.delete_texture_generation_by_id_response import DeleteTextureGenerationByIdResponse
from ..models.element_input import ElementInput
from ..models.get_generation_by_id_response import GetGenerationByIdResponse
from ..models.get_generations_by_user_id_response import GetGenerationsByUserIdResponse
from ..models.lcm_generation_style import LcmGenerationStyle
from ..models.perform_alchemy_upscale_lcm_response import PerformAlchemyUpscaleLcmResponse
from ..models.perform_inpainting_lcm_response import PerformInpaintingLcmResponse
from ..models.perform_instant_refine_response import PerformInstantRefineResponse
from ..models.sd_generation_schedulers import SdGenerationSchedulers
from ..models.sd_generation_style import SdGenerationStyle
from ..models.sd_versions import SdVersions
from ..models.user_elements_input import UserElementsInput
from ..models.user_generation import UserGeneration

_CREATE_GENERATION: Endpoint[CreateGenerationResponse] = Endpoint(
    method="POST",
    path="/generations",
    responses={
        "200": ResponseSpec("json", CreateGenerationResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=False,
)

_CREATE_LCM_GENERATION: Endpoint[CreateLcmGenerationResponse] = Endpoint(
    method="POST",
    path="/generations-lcm",
    responses={
        "200": ResponseSpec("json", CreateLcmGenerationResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=False,
)

_CREATE_SVD_MOTION_GENERATION: Endpoint[CreateSvdMotionGenerationResponse] = Endpoint(
    method="POST",
    path="/generations-motion-svd",
    responses={
        "200": ResponseSpec("json", CreateSvdMotionGenerationResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=False,
)

_CREATE_TEXTURE_GENERATION: Endpoint[CreateTextureGenerationResponse] = Endpoint(
    method="POST",
    path="/generations-texture",
    responses={
        "200": ResponseSpec("json", CreateTextureGenerationResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=False,
)

_GET_GENERATION_BY_ID: Endpoint[GetGenerationByIdResponse] = Endpoint(
    method="GET",
    path="/generations/{id}",
    responses={
        "200": ResponseSpec("json", GetGenerationByIdResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=True,
)

_DELETE_GENERATION_BY_ID: Endpoint[DeleteGenerationByIdResponse] = Endpoint(
    method="DELETE",
    path="/generations/{id}",
    responses={
        "200": ResponseSpec("json", DeleteGenerationByIdResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=True,
)

_DELETE_TEXTURE_GENERATION_BY_ID: Endpoint[DeleteTextureGenerationByIdResponse] = Endpoint(
    method="DELETE",
    path="/generations-texture/{id}",
    responses={
        "200": ResponseSpec("json", DeleteTextureGenerationByIdResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=True,
)

_GET_GENERATIONS_BY_USER_ID: Endpoint[GetGenerationsByUserIdResponse] = Endpoint(
    method="GET",
    path="/generations/user/{userId}",
    responses={
        "200": ResponseSpec("json", GetGenerationsByUserIdResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=True,
)

_PERFORM_ALCHEMY_UPSCALE_LCM: Endpoint[PerformAlchemyUpscaleLcmResponse] = Endpoint(
    method="POST",
    path="/lcm-upscale",
    responses={
        "200": ResponseSpec("json", PerformAlchemyUpscaleLcmResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=False,
)

_PERFORM_INPAINTING_LCM: Endpoint[PerformInpaintingLcmResponse] = Endpoint(
    method="POST",
    path="/lcm-inpainting",
    responses={
        "200": ResponseSpec("json", PerformInpaintingLcmResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=False,
)

_PERFORM_INSTANT_REFINE: Endpoint[PerformInstantRefineResponse] = Endpoint(
    method="POST",
    path="/lcm-instant-refine",
    responses={
        "200": ResponseSpec("json", PerformInstantRefineResponse.from_dict),
    },
    errors={},
    security=(("bearerAuth",),),
    idempotent=False,
)

_WAIT_FOR_GENERATION = Waiter(
    acceptors=(
        Acceptor("success", "equals", ("COMPLETE",), ("generations_by_pk", "status")),
        Acceptor("failure", "equals", ("FAILED",), ("generations_by_pk", "status")),
    ),
    delay=2.0,
    max_delay=10.0,
    backoff=1.5,
    jitter=0.2,
    max_attempts=None,
    timeout=300.0,
)


class GenerationResource(SyncResource):
    """Create, retrieve and delete image, motion and texture generations."""

    @property
    def with_raw_response(self) -> GenerationResourceWithRawResponse:
        """The same operations, returning the raw `APIResponse` (status, headers, `.parse()`)."""
        return GenerationResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> GenerationResourceWithStreamingResponse:
        """The same operations as `with` blocks: the body is streamed, closed on exit."""
        return GenerationResourceWithStreamingResponse(self)

    def create_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateGenerationResponse:
        """Create a Generation of Images

        This endpoint will generate images

        Args:
            prompt: The prompt used to generate images. Defaults to `"A majestic cat in the snow"`.
            alchemy: Enable to use Alchemy. Note: The appropriate Alchemy version is selected for
                the specified model. For example, XL models will use Alchemy V2. Defaults to `True`.
            contrast_ratio: Contrast Ratio to use with Alchemy. Must be a float between 0 and 1
                inclusive.
            contrast: Adjusts the contrast level of the generated image. Used in Phoenix and Flux
                models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy
                is true, contrast needs to be 2.5 or higher.
            controlnets: ControlNets to guide the generation, each with an init image and a
                preprocessor.
            elements: Platform elements (LoRAs) to apply to the generation, with their weights.
            user_elements: Custom elements trained by the user to apply to the generation, with
                their weights.
            expanded_domain: Enable to use the Expanded Domain feature of Alchemy.
            fantasy_avatar: Enable to use the Fantasy Avatar feature.
            guidance_scale: How strongly the generation should reflect the prompt. 7 is recommended.
                Must be between 1 and 20.
            height: The input height of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `768`.
            high_contrast: Enable to use the High Contrast feature of Prompt Magic. Note: Controls
                RAW mode. Set to false to enable RAW mode.
            high_resolution: Enable to use the High Resolution feature of Prompt Magic.
            image_prompts: IDs of images to use as image prompts.
            image_prompt_weight: How strongly the image prompts should influence the generation.
            init_generation_image_id: The ID of an existing image to use in image2image.
            init_image_id: The ID of an Init Image to use in image2image.
            init_strength: How strongly the generated images should reflect the original image in
                image2image. Must be a float between 0.1 and 0.9.
            model_id: The model ID used for image generation. If not provided, uses sd_version to
                determine the version of Stable Diffusion to use. In-app, model IDs are under the
                Finetune Models menu. Click on the platform model or your custom model, then click
                View More. For platform models, you can also use the List Platform Models API.
                Defaults to `"b24e16ff-06e3-43eb-8d33-4416c2d75876"`.
            negative_prompt: The negative prompt used for the image generation
            num_images: The number of images to generate. Must be between 1 and 8. If either width
                or height is over 768, must be between 1 and 4. Defaults to `4`.
            num_inference_steps: The Step Count to use for the generation. Must be between 10 and
                60. Default is 15.
            photo_real: Enable the photoReal feature. Requires enabling alchemy and unspecifying
                modelId (for photoRealVersion V1).
            photo_real_version: The version of photoReal to use. Must be v1 or v2.
            photo_real_strength: Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium,
                or 0.45 for high. Defaults to 0.55 if not specified.
            preset_style: The style to generate images with. When photoReal is enabled, refer to the
                Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
                alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL,
                ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
                Allowed values: `"ANIME"`, `"BOKEH"`, `"CINEMATIC"`, `"CINEMATIC_CLOSEUP"`,
                `"CREATIVE"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FASHION"`, `"FILM"`, `"FOOD"`,
                `"GENERAL"`, `"HDR"`, `"ILLUSTRATION"`, `"LEONARDO"`, `"LONG_EXPOSURE"`, `"MACRO"`,
                `"MINIMALISTIC"`, `"MONOCHROME"`, `"MOODY"`, `"NONE"`, `"NEUTRAL"`, `"PHOTOGRAPHY"`,
                `"PORTRAIT"`, `"RAYTRACED"`, `"RENDER_3D"`, `"RETRO"`, `"SKETCH_BW"`,
                `"SKETCH_COLOR"`, `"STOCK_PHOTO"`, `"VIBRANT"`, `"UNPROCESSED"`. Defaults to
                `"DYNAMIC"`.
            prompt_magic: Enable to use Prompt Magic.
            prompt_magic_strength: Strength of prompt magic. Must be a float between 0.1 and 1.0
            prompt_magic_version: Prompt magic version v2 or v3, for use when promptMagic: true
            public: Whether the generated images should show in the community feed.
            scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
                specified. Allowed values: `"KLMS"`, `"EULER_ANCESTRAL_DISCRETE"`,
                `"EULER_DISCRETE"`, `"DDIM"`, `"DPM_SOLVER"`, `"PNDM"`, `"LEONARDO"`.
            sd_version: The base version of stable diffusion to use if not using a custom model.
                v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL
                and SDXL Lightning models. Allowed values: `"v1_5"`, `"v2"`, `"v3"`, `"SDXL_0_8"`,
                `"SDXL_0_9"`, `"SDXL_1_0"`, `"SDXL_LIGHTNING"`, `"PHOENIX"`, `"FLUX"`, `"FLUX_DEV"`,
                `"KINO_2_0"`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            tiling: Whether the generated images should tile on all axis.
            transparency: Which type of transparency this image should use. Allowed values:
                `"disabled"`, `"foreground_only"`.
            ultra: Enable to use Ultra mode. Note: can not be used with Alchemy.
            unzoom: Whether the generated images should be unzoomed (requires unzoomAmount and
                init_image_id to be set).
            unzoom_amount: How much the image should be unzoomed (requires an init_image_id and
                unzoom to be set to true).
            upscale_ratio: How much the image should be upscaled. (Enterprise Only)
            width: The input width of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `1024`.
            control_net: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            control_net_type: Deprecated. This parameter will be deprecated in September 2024.
                Please use the controlnets array instead. Allowed values: `"POSE"`, `"CANNY"`,
                `"DEPTH"`.
            weighting: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            canvas_request: Whether the generation is for the Canvas Editor feature.
            canvas_request_type: The type of request for the Canvas Editor. Allowed values:
                `"INPAINT"`, `"OUTPAINT"`, `"SKETCH2IMG"`, `"IMG2IMG"`.
            canvas_init_id: The ID of an initial image to use in Canvas Editor request.
            canvas_mask_id: The ID of a mask image to use in Canvas Editor request.
            enhance_prompt: When enabled, your prompt is expanded to include more detail.
            enhance_prompt_instruction: When enhancePrompt is enabled, the prompt is enhanced based
                on the given instructions.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateGenerationResponse: Responses for POST /generations

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["prompt"] = prompt
        if not isinstance(alchemy, NotGiven):
            _body["alchemy"] = alchemy
        if not isinstance(contrast_ratio, NotGiven):
            _body["contrastRatio"] = contrast_ratio
        if not isinstance(contrast, NotGiven):
            _body["contrast"] = contrast
        if not isinstance(controlnets, NotGiven):
            _body["controlnets"] = (
                None if controlnets is None else [x0.to_dict() for x0 in controlnets]
            )
        if not isinstance(elements, NotGiven):
            _body["elements"] = None if elements is None else [x0.to_dict() for x0 in elements]
        if not isinstance(user_elements, NotGiven):
            _body["userElements"] = (
                None if user_elements is None else [x0.to_dict() for x0 in user_elements]
            )
        if not isinstance(expanded_domain, NotGiven):
            _body["expandedDomain"] = expanded_domain
        if not isinstance(fantasy_avatar, NotGiven):
            _body["fantasyAvatar"] = fantasy_avatar
        if not isinstance(guidance_scale, NotGiven):
            _body["guidance_scale"] = guidance_scale
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(high_contrast, NotGiven):
            _body["highContrast"] = high_contrast
        if not isinstance(high_resolution, NotGiven):
            _body["highResolution"] = high_resolution
        if not isinstance(image_prompts, NotGiven):
            _body["imagePrompts"] = image_prompts
        if not isinstance(image_prompt_weight, NotGiven):
            _body["imagePromptWeight"] = image_prompt_weight
        if not isinstance(init_generation_image_id, NotGiven):
            _body["init_generation_image_id"] = init_generation_image_id
        if not isinstance(init_image_id, NotGiven):
            _body["init_image_id"] = init_image_id
        if not isinstance(init_strength, NotGiven):
            _body["init_strength"] = init_strength
        if not isinstance(model_id, NotGiven):
            _body["modelId"] = model_id
        if not isinstance(negative_prompt, NotGiven):
            _body["negative_prompt"] = negative_prompt
        if not isinstance(num_images, NotGiven):
            _body["num_images"] = num_images
        if not isinstance(num_inference_steps, NotGiven):
            _body["num_inference_steps"] = num_inference_steps
        if not isinstance(photo_real, NotGiven):
            _body["photoReal"] = photo_real
        if not isinstance(photo_real_version, NotGiven):
            _body["photoRealVersion"] = photo_real_version
        if not isinstance(photo_real_strength, NotGiven):
            _body["photoRealStrength"] = photo_real_strength
        if not isinstance(preset_style, NotGiven):
            _body["presetStyle"] = preset_style
        if not isinstance(prompt_magic, NotGiven):
            _body["promptMagic"] = prompt_magic
        if not isinstance(prompt_magic_strength, NotGiven):
            _body["promptMagicStrength"] = prompt_magic_strength
        if not isinstance(prompt_magic_version, NotGiven):
            _body["promptMagicVersion"] = prompt_magic_version
        if not isinstance(public, NotGiven):
            _body["public"] = public
        if not isinstance(scheduler, NotGiven):
            _body["scheduler"] = scheduler
        if not isinstance(sd_version, NotGiven):
            _body["sd_version"] = sd_version
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        if not isinstance(tiling, NotGiven):
            _body["tiling"] = tiling
        if not isinstance(transparency, NotGiven):
            _body["transparency"] = transparency
        if not isinstance(ultra, NotGiven):
            _body["ultra"] = ultra
        if not isinstance(unzoom, NotGiven):
            _body["unzoom"] = unzoom
        if not isinstance(unzoom_amount, NotGiven):
            _body["unzoomAmount"] = unzoom_amount
        if not isinstance(upscale_ratio, NotGiven):
            _body["upscaleRatio"] = upscale_ratio
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(control_net, NotGiven):
            _body["controlNet"] = control_net
        if not isinstance(control_net_type, NotGiven):
            _body["controlNetType"] = control_net_type
        if not isinstance(weighting, NotGiven):
            _body["weighting"] = weighting
        if not isinstance(canvas_request, NotGiven):
            _body["canvasRequest"] = canvas_request
        if not isinstance(canvas_request_type, NotGiven):
            _body["canvasRequestType"] = canvas_request_type
        if not isinstance(canvas_init_id, NotGiven):
            _body["canvasInitId"] = canvas_init_id
        if not isinstance(canvas_mask_id, NotGiven):
            _body["canvasMaskId"] = canvas_mask_id
        if not isinstance(enhance_prompt, NotGiven):
            _body["enhancePrompt"] = enhance_prompt
        if not isinstance(enhance_prompt_instruction, NotGiven):
            _body["enhancePromptInstruction"] = enhance_prompt_instruction
        return self._call(
            _CREATE_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def create_lcm_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateLcmGenerationResponse:
        """Create LCM Generation

        This endpoint will generate a LCM image generation.

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateLcmGenerationResponse: Responses for POST /generations-lcm

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return self._call(
            _CREATE_LCM_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def create_svd_motion_generation(
        self,
        *,
        image_id: str,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        is_init_image: bool | None | NotGiven = NOT_GIVEN,
        is_variation: bool | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateSvdMotionGenerationResponse:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation.

        Args:
            image_id: The ID of the image, supports generated images, variation images, and init
                images.
            is_public: Whether the generation is public or not
            is_init_image: If it is an init image uploaded by the user. This image is uploaded from
                endpoint: Upload init image.
            is_variation: If it is a variation image.
            motion_strength: The motion strength.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateSvdMotionGenerationResponse: Responses for POST /generations-motion-svd

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageId"] = image_id
        if not isinstance(is_public, NotGiven):
            _body["isPublic"] = is_public
        if not isinstance(is_init_image, NotGiven):
            _body["isInitImage"] = is_init_image
        if not isinstance(is_variation, NotGiven):
            _body["isVariation"] = is_variation
        if not isinstance(motion_strength, NotGiven):
            _body["motionStrength"] = motion_strength
        return self._call(
            _CREATE_SVD_MOTION_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def create_texture_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateTextureGenerationResponse:
        """Create Texture Generation

        This endpoint will generate a texture generation.

        Args:
            front_rotation_offset: Rotation offset applied to the front of the model.
            model_asset_id: ID of the 3D model asset to texture.
            negative_prompt: The negative prompt used for the texture generation.
            preview: Whether to generate a preview of the texture.
            preview_direction: Direction from which the preview is rendered.
            prompt: The prompt used to generate the texture.
            sd_version: The Stable Diffusion version to use for the texture generation.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateTextureGenerationResponse: Responses for POST /api/rest/v1/generations-texture

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        if not isinstance(front_rotation_offset, NotGiven):
            _body["front_rotation_offset"] = front_rotation_offset
        if not isinstance(model_asset_id, NotGiven):
            _body["modelAssetId"] = model_asset_id
        if not isinstance(negative_prompt, NotGiven):
            _body["negative_prompt"] = negative_prompt
        if not isinstance(preview, NotGiven):
            _body["preview"] = preview
        if not isinstance(preview_direction, NotGiven):
            _body["preview_direction"] = preview_direction
        if not isinstance(prompt, NotGiven):
            _body["prompt"] = prompt
        if not isinstance(sd_version, NotGiven):
            _body["sd_version"] = sd_version
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return self._call(
            _CREATE_TEXTURE_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def get_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> GetGenerationByIdResponse:
        """Get a Single Generation

        This endpoint will provide information about a specific generation

        Args:
            id: The ID of the generation to return.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            GetGenerationByIdResponse: Responses for GET /generations/{id}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return self._call(
            _GET_GENERATION_BY_ID,
            path_params={
                "id": id,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def delete_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> DeleteGenerationByIdResponse:
        """Delete a Single Generation

        This endpoint deletes a specific generation

        Args:
            id: The ID of the generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            DeleteGenerationByIdResponse: Responses for DELETE /generations/{id}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return self._call(
            _DELETE_GENERATION_BY_ID,
            path_params={
                "id": id,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def delete_texture_generation_by_id(
        self,
        id: str,
        *,
        id_2: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> DeleteTextureGenerationByIdResponse:
        """Delete Texture Generation by ID

        This endpoint deletes the specific texture generation.

        Args:
            id: _"id" is required (enter it either in parameters or request body)_
            id_2: ID of the texture generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            DeleteTextureGenerationByIdResponse: Responses for DELETE
                /api/rest/v1/generations-texture/{id}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        if not isinstance(id_2, NotGiven):
            _body["id"] = id_2
        return self._call(
            _DELETE_TEXTURE_GENERATION_BY_ID,
            path_params={
                "id": id,
            },
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def get_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> GetGenerationsByUserIdResponse:
        """Get generations by user ID

        This endpoint returns all generations by a specific user

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            GetGenerationsByUserIdResponse: Responses for GET /generations/user/{userId}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return self._call(
            _GET_GENERATIONS_BY_USER_ID,
            path_params={
                "userId": user_id,
            },
            query={
                "offset": offset,
                "limit": limit,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def iter_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> SyncPage[UserGeneration, GetGenerationsByUserIdResponse]:
        """Every item across the pages of get_generations_by_user_id. Iterate the returned page (`for`
        / `async for`) for all items, fetched as the loop needs them, or use it as a page: `.items`,
        `.has_next_page()`, `.get_next_page()`, `.iter_pages()`. Pages: the offset advances by each
        page's size; a short or empty page ends the list; a page seen before also ends it.

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return paginate(
            OffsetPaging(
                "offset",
                "limit",
                start=0 if isinstance(offset, NotGiven) else offset,
                size=10 if isinstance(limit, NotGiven) else limit,
            ),
            fetcher(
                self,
                self.get_generations_by_user_id,
                user_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
            items=lambda _page: _page.generations or [],
        )

    def perform_alchemy_upscale_lcm(
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
        refine_creative: bool | None | NotGiven = NOT_GIVEN,
        refine_strength: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> PerformAlchemyUpscaleLcmResponse:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            refine_creative: Refine creative
            refine_strength: Must be a float between 0.5 and 0.9.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            PerformAlchemyUpscaleLcmResponse: Responses for POST /lcm-upscale

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        if not isinstance(refine_creative, NotGiven):
            _body["refineCreative"] = refine_creative
        if not isinstance(refine_strength, NotGiven):
            _body["refineStrength"] = refine_strength
        return self._call(
            _PERFORM_ALCHEMY_UPSCALE_LCM,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def perform_inpainting_lcm(
        self,
        *,
        image_data_url: str,
        mask_data_url: str,
        prompt: str,
        guidance: float | None | NotGiven = NOT_GIVEN,
        strength: float | None | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        style: LcmGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        steps: int | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> PerformInpaintingLcmResponse:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            mask_data_url: Image data of the mask layer used for inpainting. In base64 format.
                Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is
                applied to the white area.
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            PerformInpaintingLcmResponse: Responses for POST /lcm-inpainting

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["maskDataUrl"] = mask_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return self._call(
            _PERFORM_INPAINTING_LCM,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def perform_instant_refine(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> PerformInstantRefineResponse:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            PerformInstantRefineResponse: Responses for POST /lcm-instant-refine

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return self._call(
            _PERFORM_INSTANT_REFINE,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def wait_for_generation(
        self,
        id: str,
        *,
        timeout: float | None = None,
        interval: float | None = None,
    ) -> GetGenerationByIdResponse:
        """Poll get_generation_by_id until `generations_by_pk.status` is COMPLETE, and return that
        result. Raises WaiterFailureError as soon as `generations_by_pk.status` is FAILED. Raises
        WaiterTimeoutError after `timeout` seconds (default 300 s); `interval` polls at a fixed
        spacing instead of the waiter's backoff.

        Args:
            id: The ID of the generation to return.
            timeout: Seconds to wait in all (default: the waiter's).
            interval: Seconds between polls, instead of the waiter's backoff.

        Returns:
            GetGenerationByIdResponse: The result the work ended with.

        Raises:
            WaiterFailureError: The work reached a state it will not leave (`.last` holds it).
            WaiterTimeoutError: The time or the attempts ran out (`.last` holds the last result).
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return wait(
            lambda: self.get_generation_by_id(id),
            _WAIT_FOR_GENERATION,
            timeout=timeout,
            interval=interval,
        )


class GenerationResourceWithRawResponse:
    """Operations of GenerationResource that return `APIResponse[...]`."""

    def __init__(self, resource: GenerationResource) -> None:
        self._resource = GenerationResource(resource._client, raw=True)

    def create_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateGenerationResponse]:
        """Create a Generation of Images

        This endpoint will generate images

        Args:
            prompt: The prompt used to generate images. Defaults to `"A majestic cat in the snow"`.
            alchemy: Enable to use Alchemy. Note: The appropriate Alchemy version is selected for
                the specified model. For example, XL models will use Alchemy V2. Defaults to `True`.
            contrast_ratio: Contrast Ratio to use with Alchemy. Must be a float between 0 and 1
                inclusive.
            contrast: Adjusts the contrast level of the generated image. Used in Phoenix and Flux
                models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy
                is true, contrast needs to be 2.5 or higher.
            controlnets: ControlNets to guide the generation, each with an init image and a
                preprocessor.
            elements: Platform elements (LoRAs) to apply to the generation, with their weights.
            user_elements: Custom elements trained by the user to apply to the generation, with
                their weights.
            expanded_domain: Enable to use the Expanded Domain feature of Alchemy.
            fantasy_avatar: Enable to use the Fantasy Avatar feature.
            guidance_scale: How strongly the generation should reflect the prompt. 7 is recommended.
                Must be between 1 and 20.
            height: The input height of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `768`.
            high_contrast: Enable to use the High Contrast feature of Prompt Magic. Note: Controls
                RAW mode. Set to false to enable RAW mode.
            high_resolution: Enable to use the High Resolution feature of Prompt Magic.
            image_prompts: IDs of images to use as image prompts.
            image_prompt_weight: How strongly the image prompts should influence the generation.
            init_generation_image_id: The ID of an existing image to use in image2image.
            init_image_id: The ID of an Init Image to use in image2image.
            init_strength: How strongly the generated images should reflect the original image in
                image2image. Must be a float between 0.1 and 0.9.
            model_id: The model ID used for image generation. If not provided, uses sd_version to
                determine the version of Stable Diffusion to use. In-app, model IDs are under the
                Finetune Models menu. Click on the platform model or your custom model, then click
                View More. For platform models, you can also use the List Platform Models API.
                Defaults to `"b24e16ff-06e3-43eb-8d33-4416c2d75876"`.
            negative_prompt: The negative prompt used for the image generation
            num_images: The number of images to generate. Must be between 1 and 8. If either width
                or height is over 768, must be between 1 and 4. Defaults to `4`.
            num_inference_steps: The Step Count to use for the generation. Must be between 10 and
                60. Default is 15.
            photo_real: Enable the photoReal feature. Requires enabling alchemy and unspecifying
                modelId (for photoRealVersion V1).
            photo_real_version: The version of photoReal to use. Must be v1 or v2.
            photo_real_strength: Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium,
                or 0.45 for high. Defaults to 0.55 if not specified.
            preset_style: The style to generate images with. When photoReal is enabled, refer to the
                Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
                alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL,
                ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
                Allowed values: `"ANIME"`, `"BOKEH"`, `"CINEMATIC"`, `"CINEMATIC_CLOSEUP"`,
                `"CREATIVE"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FASHION"`, `"FILM"`, `"FOOD"`,
                `"GENERAL"`, `"HDR"`, `"ILLUSTRATION"`, `"LEONARDO"`, `"LONG_EXPOSURE"`, `"MACRO"`,
                `"MINIMALISTIC"`, `"MONOCHROME"`, `"MOODY"`, `"NONE"`, `"NEUTRAL"`, `"PHOTOGRAPHY"`,
                `"PORTRAIT"`, `"RAYTRACED"`, `"RENDER_3D"`, `"RETRO"`, `"SKETCH_BW"`,
                `"SKETCH_COLOR"`, `"STOCK_PHOTO"`, `"VIBRANT"`, `"UNPROCESSED"`. Defaults to
                `"DYNAMIC"`.
            prompt_magic: Enable to use Prompt Magic.
            prompt_magic_strength: Strength of prompt magic. Must be a float between 0.1 and 1.0
            prompt_magic_version: Prompt magic version v2 or v3, for use when promptMagic: true
            public: Whether the generated images should show in the community feed.
            scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
                specified. Allowed values: `"KLMS"`, `"EULER_ANCESTRAL_DISCRETE"`,
                `"EULER_DISCRETE"`, `"DDIM"`, `"DPM_SOLVER"`, `"PNDM"`, `"LEONARDO"`.
            sd_version: The base version of stable diffusion to use if not using a custom model.
                v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL
                and SDXL Lightning models. Allowed values: `"v1_5"`, `"v2"`, `"v3"`, `"SDXL_0_8"`,
                `"SDXL_0_9"`, `"SDXL_1_0"`, `"SDXL_LIGHTNING"`, `"PHOENIX"`, `"FLUX"`, `"FLUX_DEV"`,
                `"KINO_2_0"`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            tiling: Whether the generated images should tile on all axis.
            transparency: Which type of transparency this image should use. Allowed values:
                `"disabled"`, `"foreground_only"`.
            ultra: Enable to use Ultra mode. Note: can not be used with Alchemy.
            unzoom: Whether the generated images should be unzoomed (requires unzoomAmount and
                init_image_id to be set).
            unzoom_amount: How much the image should be unzoomed (requires an init_image_id and
                unzoom to be set to true).
            upscale_ratio: How much the image should be upscaled. (Enterprise Only)
            width: The input width of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `1024`.
            control_net: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            control_net_type: Deprecated. This parameter will be deprecated in September 2024.
                Please use the controlnets array instead. Allowed values: `"POSE"`, `"CANNY"`,
                `"DEPTH"`.
            weighting: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            canvas_request: Whether the generation is for the Canvas Editor feature.
            canvas_request_type: The type of request for the Canvas Editor. Allowed values:
                `"INPAINT"`, `"OUTPAINT"`, `"SKETCH2IMG"`, `"IMG2IMG"`.
            canvas_init_id: The ID of an initial image to use in Canvas Editor request.
            canvas_mask_id: The ID of a mask image to use in Canvas Editor request.
            enhance_prompt: When enabled, your prompt is expanded to include more detail.
            enhance_prompt_instruction: When enhancePrompt is enabled, the prompt is enhanced based
                on the given instructions.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateGenerationResponse]: The response: its status and headers, `.parse()`
                for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.create_generation)(
            prompt=prompt,
            alchemy=alchemy,
            contrast_ratio=contrast_ratio,
            contrast=contrast,
            controlnets=controlnets,
            elements=elements,
            user_elements=user_elements,
            expanded_domain=expanded_domain,
            fantasy_avatar=fantasy_avatar,
            guidance_scale=guidance_scale,
            height=height,
            high_contrast=high_contrast,
            high_resolution=high_resolution,
            image_prompts=image_prompts,
            image_prompt_weight=image_prompt_weight,
            init_generation_image_id=init_generation_image_id,
            init_image_id=init_image_id,
            init_strength=init_strength,
            model_id=model_id,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            photo_real=photo_real,
            photo_real_version=photo_real_version,
            photo_real_strength=photo_real_strength,
            preset_style=preset_style,
            prompt_magic=prompt_magic,
            prompt_magic_strength=prompt_magic_strength,
            prompt_magic_version=prompt_magic_version,
            public=public,
            scheduler=scheduler,
            sd_version=sd_version,
            seed=seed,
            tiling=tiling,
            transparency=transparency,
            ultra=ultra,
            unzoom=unzoom,
            unzoom_amount=unzoom_amount,
            upscale_ratio=upscale_ratio,
            width=width,
            control_net=control_net,
            control_net_type=control_net_type,
            weighting=weighting,
            canvas_request=canvas_request,
            canvas_request_type=canvas_request_type,
            canvas_init_id=canvas_init_id,
            canvas_mask_id=canvas_mask_id,
            enhance_prompt=enhance_prompt,
            enhance_prompt_instruction=enhance_prompt_instruction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_lcm_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateLcmGenerationResponse]:
        """Create LCM Generation

        This endpoint will generate a LCM image generation.

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateLcmGenerationResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.create_lcm_generation)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_svd_motion_generation(
        self,
        *,
        image_id: str,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        is_init_image: bool | None | NotGiven = NOT_GIVEN,
        is_variation: bool | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateSvdMotionGenerationResponse]:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation.

        Args:
            image_id: The ID of the image, supports generated images, variation images, and init
                images.
            is_public: Whether the generation is public or not
            is_init_image: If it is an init image uploaded by the user. This image is uploaded from
                endpoint: Upload init image.
            is_variation: If it is a variation image.
            motion_strength: The motion strength.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateSvdMotionGenerationResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.create_svd_motion_generation)(
            image_id=image_id,
            is_public=is_public,
            is_init_image=is_init_image,
            is_variation=is_variation,
            motion_strength=motion_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_texture_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateTextureGenerationResponse]:
        """Create Texture Generation

        This endpoint will generate a texture generation.

        Args:
            front_rotation_offset: Rotation offset applied to the front of the model.
            model_asset_id: ID of the 3D model asset to texture.
            negative_prompt: The negative prompt used for the texture generation.
            preview: Whether to generate a preview of the texture.
            preview_direction: Direction from which the preview is rendered.
            prompt: The prompt used to generate the texture.
            sd_version: The Stable Diffusion version to use for the texture generation.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateTextureGenerationResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.create_texture_generation)(
            front_rotation_offset=front_rotation_offset,
            model_asset_id=model_asset_id,
            negative_prompt=negative_prompt,
            preview=preview,
            preview_direction=preview_direction,
            prompt=prompt,
            sd_version=sd_version,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def get_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[GetGenerationByIdResponse]:
        """Get a Single Generation

        This endpoint will provide information about a specific generation

        Args:
            id: The ID of the generation to return.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[GetGenerationByIdResponse]: The response: its status and headers, `.parse()`
                for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.get_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[DeleteGenerationByIdResponse]:
        """Delete a Single Generation

        This endpoint deletes a specific generation

        Args:
            id: The ID of the generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[DeleteGenerationByIdResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.delete_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_texture_generation_by_id(
        self,
        id: str,
        *,
        id_2: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[DeleteTextureGenerationByIdResponse]:
        """Delete Texture Generation by ID

        This endpoint deletes the specific texture generation.

        Args:
            id: _"id" is required (enter it either in parameters or request body)_
            id_2: ID of the texture generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[DeleteTextureGenerationByIdResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.delete_texture_generation_by_id)(
            id,
            id_2=id_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def get_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[GetGenerationsByUserIdResponse]:
        """Get generations by user ID

        This endpoint returns all generations by a specific user

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[GetGenerationsByUserIdResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.get_generations_by_user_id)(
            user_id,
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_alchemy_upscale_lcm(
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
        refine_creative: bool | None | NotGiven = NOT_GIVEN,
        refine_strength: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[PerformAlchemyUpscaleLcmResponse]:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            refine_creative: Refine creative
            refine_strength: Must be a float between 0.5 and 0.9.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[PerformAlchemyUpscaleLcmResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.perform_alchemy_upscale_lcm)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            refine_creative=refine_creative,
            refine_strength=refine_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_inpainting_lcm(
        self,
        *,
        image_data_url: str,
        mask_data_url: str,
        prompt: str,
        guidance: float | None | NotGiven = NOT_GIVEN,
        strength: float | None | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        style: LcmGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        steps: int | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[PerformInpaintingLcmResponse]:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            mask_data_url: Image data of the mask layer used for inpainting. In base64 format.
                Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is
                applied to the white area.
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[PerformInpaintingLcmResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.perform_inpainting_lcm)(
            image_data_url=image_data_url,
            mask_data_url=mask_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_instant_refine(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[PerformInstantRefineResponse]:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[PerformInstantRefineResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.perform_instant_refine)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class GenerationResourceWithStreamingResponse:
    """Operations of GenerationResource as context managers of a streamed response."""

    def __init__(self, resource: GenerationResource) -> None:
        self._resource = GenerationResource(resource._client, stream=True)

    def create_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[CreateGenerationResponse]:
        """Create a Generation of Images

        This endpoint will generate images

        Args:
            prompt: The prompt used to generate images. Defaults to `"A majestic cat in the snow"`.
            alchemy: Enable to use Alchemy. Note: The appropriate Alchemy version is selected for
                the specified model. For example, XL models will use Alchemy V2. Defaults to `True`.
            contrast_ratio: Contrast Ratio to use with Alchemy. Must be a float between 0 and 1
                inclusive.
            contrast: Adjusts the contrast level of the generated image. Used in Phoenix and Flux
                models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy
                is true, contrast needs to be 2.5 or higher.
            controlnets: ControlNets to guide the generation, each with an init image and a
                preprocessor.
            elements: Platform elements (LoRAs) to apply to the generation, with their weights.
            user_elements: Custom elements trained by the user to apply to the generation, with
                their weights.
            expanded_domain: Enable to use the Expanded Domain feature of Alchemy.
            fantasy_avatar: Enable to use the Fantasy Avatar feature.
            guidance_scale: How strongly the generation should reflect the prompt. 7 is recommended.
                Must be between 1 and 20.
            height: The input height of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `768`.
            high_contrast: Enable to use the High Contrast feature of Prompt Magic. Note: Controls
                RAW mode. Set to false to enable RAW mode.
            high_resolution: Enable to use the High Resolution feature of Prompt Magic.
            image_prompts: IDs of images to use as image prompts.
            image_prompt_weight: How strongly the image prompts should influence the generation.
            init_generation_image_id: The ID of an existing image to use in image2image.
            init_image_id: The ID of an Init Image to use in image2image.
            init_strength: How strongly the generated images should reflect the original image in
                image2image. Must be a float between 0.1 and 0.9.
            model_id: The model ID used for image generation. If not provided, uses sd_version to
                determine the version of Stable Diffusion to use. In-app, model IDs are under the
                Finetune Models menu. Click on the platform model or your custom model, then click
                View More. For platform models, you can also use the List Platform Models API.
                Defaults to `"b24e16ff-06e3-43eb-8d33-4416c2d75876"`.
            negative_prompt: The negative prompt used for the image generation
            num_images: The number of images to generate. Must be between 1 and 8. If either width
                or height is over 768, must be between 1 and 4. Defaults to `4`.
            num_inference_steps: The Step Count to use for the generation. Must be between 10 and
                60. Default is 15.
            photo_real: Enable the photoReal feature. Requires enabling alchemy and unspecifying
                modelId (for photoRealVersion V1).
            photo_real_version: The version of photoReal to use. Must be v1 or v2.
            photo_real_strength: Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium,
                or 0.45 for high. Defaults to 0.55 if not specified.
            preset_style: The style to generate images with. When photoReal is enabled, refer to the
                Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
                alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL,
                ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
                Allowed values: `"ANIME"`, `"BOKEH"`, `"CINEMATIC"`, `"CINEMATIC_CLOSEUP"`,
                `"CREATIVE"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FASHION"`, `"FILM"`, `"FOOD"`,
                `"GENERAL"`, `"HDR"`, `"ILLUSTRATION"`, `"LEONARDO"`, `"LONG_EXPOSURE"`, `"MACRO"`,
                `"MINIMALISTIC"`, `"MONOCHROME"`, `"MOODY"`, `"NONE"`, `"NEUTRAL"`, `"PHOTOGRAPHY"`,
                `"PORTRAIT"`, `"RAYTRACED"`, `"RENDER_3D"`, `"RETRO"`, `"SKETCH_BW"`,
                `"SKETCH_COLOR"`, `"STOCK_PHOTO"`, `"VIBRANT"`, `"UNPROCESSED"`. Defaults to
                `"DYNAMIC"`.
            prompt_magic: Enable to use Prompt Magic.
            prompt_magic_strength: Strength of prompt magic. Must be a float between 0.1 and 1.0
            prompt_magic_version: Prompt magic version v2 or v3, for use when promptMagic: true
            public: Whether the generated images should show in the community feed.
            scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
                specified. Allowed values: `"KLMS"`, `"EULER_ANCESTRAL_DISCRETE"`,
                `"EULER_DISCRETE"`, `"DDIM"`, `"DPM_SOLVER"`, `"PNDM"`, `"LEONARDO"`.
            sd_version: The base version of stable diffusion to use if not using a custom model.
                v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL
                and SDXL Lightning models. Allowed values: `"v1_5"`, `"v2"`, `"v3"`, `"SDXL_0_8"`,
                `"SDXL_0_9"`, `"SDXL_1_0"`, `"SDXL_LIGHTNING"`, `"PHOENIX"`, `"FLUX"`, `"FLUX_DEV"`,
                `"KINO_2_0"`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            tiling: Whether the generated images should tile on all axis.
            transparency: Which type of transparency this image should use. Allowed values:
                `"disabled"`, `"foreground_only"`.
            ultra: Enable to use Ultra mode. Note: can not be used with Alchemy.
            unzoom: Whether the generated images should be unzoomed (requires unzoomAmount and
                init_image_id to be set).
            unzoom_amount: How much the image should be unzoomed (requires an init_image_id and
                unzoom to be set to true).
            upscale_ratio: How much the image should be upscaled. (Enterprise Only)
            width: The input width of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `1024`.
            control_net: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            control_net_type: Deprecated. This parameter will be deprecated in September 2024.
                Please use the controlnets array instead. Allowed values: `"POSE"`, `"CANNY"`,
                `"DEPTH"`.
            weighting: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            canvas_request: Whether the generation is for the Canvas Editor feature.
            canvas_request_type: The type of request for the Canvas Editor. Allowed values:
                `"INPAINT"`, `"OUTPAINT"`, `"SKETCH2IMG"`, `"IMG2IMG"`.
            canvas_init_id: The ID of an initial image to use in Canvas Editor request.
            canvas_mask_id: The ID of a mask image to use in Canvas Editor request.
            enhance_prompt: When enabled, your prompt is expanded to include more detail.
            enhance_prompt_instruction: When enhancePrompt is enabled, the prompt is enhanced based
                on the given instructions.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[CreateGenerationResponse]: The response as a `with` context manager:
                the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.create_generation)(
            prompt=prompt,
            alchemy=alchemy,
            contrast_ratio=contrast_ratio,
            contrast=contrast,
            controlnets=controlnets,
            elements=elements,
            user_elements=user_elements,
            expanded_domain=expanded_domain,
            fantasy_avatar=fantasy_avatar,
            guidance_scale=guidance_scale,
            height=height,
            high_contrast=high_contrast,
            high_resolution=high_resolution,
            image_prompts=image_prompts,
            image_prompt_weight=image_prompt_weight,
            init_generation_image_id=init_generation_image_id,
            init_image_id=init_image_id,
            init_strength=init_strength,
            model_id=model_id,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            photo_real=photo_real,
            photo_real_version=photo_real_version,
            photo_real_strength=photo_real_strength,
            preset_style=preset_style,
            prompt_magic=prompt_magic,
            prompt_magic_strength=prompt_magic_strength,
            prompt_magic_version=prompt_magic_version,
            public=public,
            scheduler=scheduler,
            sd_version=sd_version,
            seed=seed,
            tiling=tiling,
            transparency=transparency,
            ultra=ultra,
            unzoom=unzoom,
            unzoom_amount=unzoom_amount,
            upscale_ratio=upscale_ratio,
            width=width,
            control_net=control_net,
            control_net_type=control_net_type,
            weighting=weighting,
            canvas_request=canvas_request,
            canvas_request_type=canvas_request_type,
            canvas_init_id=canvas_init_id,
            canvas_mask_id=canvas_mask_id,
            enhance_prompt=enhance_prompt,
            enhance_prompt_instruction=enhance_prompt_instruction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_lcm_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[CreateLcmGenerationResponse]:
        """Create LCM Generation

        This endpoint will generate a LCM image generation.

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[CreateLcmGenerationResponse]: The response as a `with` context manager:
                the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.create_lcm_generation)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_svd_motion_generation(
        self,
        *,
        image_id: str,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        is_init_image: bool | None | NotGiven = NOT_GIVEN,
        is_variation: bool | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[CreateSvdMotionGenerationResponse]:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation.

        Args:
            image_id: The ID of the image, supports generated images, variation images, and init
                images.
            is_public: Whether the generation is public or not
            is_init_image: If it is an init image uploaded by the user. This image is uploaded from
                endpoint: Upload init image.
            is_variation: If it is a variation image.
            motion_strength: The motion strength.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[CreateSvdMotionGenerationResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.create_svd_motion_generation)(
            image_id=image_id,
            is_public=is_public,
            is_init_image=is_init_image,
            is_variation=is_variation,
            motion_strength=motion_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_texture_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[CreateTextureGenerationResponse]:
        """Create Texture Generation

        This endpoint will generate a texture generation.

        Args:
            front_rotation_offset: Rotation offset applied to the front of the model.
            model_asset_id: ID of the 3D model asset to texture.
            negative_prompt: The negative prompt used for the texture generation.
            preview: Whether to generate a preview of the texture.
            preview_direction: Direction from which the preview is rendered.
            prompt: The prompt used to generate the texture.
            sd_version: The Stable Diffusion version to use for the texture generation.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[CreateTextureGenerationResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.create_texture_generation)(
            front_rotation_offset=front_rotation_offset,
            model_asset_id=model_asset_id,
            negative_prompt=negative_prompt,
            preview=preview,
            preview_direction=preview_direction,
            prompt=prompt,
            sd_version=sd_version,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def get_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[GetGenerationByIdResponse]:
        """Get a Single Generation

        This endpoint will provide information about a specific generation

        Args:
            id: The ID of the generation to return.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[GetGenerationByIdResponse]: The response as a `with` context manager:
                the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.get_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[DeleteGenerationByIdResponse]:
        """Delete a Single Generation

        This endpoint deletes a specific generation

        Args:
            id: The ID of the generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[DeleteGenerationByIdResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.delete_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_texture_generation_by_id(
        self,
        id: str,
        *,
        id_2: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[DeleteTextureGenerationByIdResponse]:
        """Delete Texture Generation by ID

        This endpoint deletes the specific texture generation.

        Args:
            id: _"id" is required (enter it either in parameters or request body)_
            id_2: ID of the texture generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[DeleteTextureGenerationByIdResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.delete_texture_generation_by_id)(
            id,
            id_2=id_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def get_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[GetGenerationsByUserIdResponse]:
        """Get generations by user ID

        This endpoint returns all generations by a specific user

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[GetGenerationsByUserIdResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.get_generations_by_user_id)(
            user_id,
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_alchemy_upscale_lcm(
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
        refine_creative: bool | None | NotGiven = NOT_GIVEN,
        refine_strength: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[PerformAlchemyUpscaleLcmResponse]:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            refine_creative: Refine creative
            refine_strength: Must be a float between 0.5 and 0.9.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[PerformAlchemyUpscaleLcmResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.perform_alchemy_upscale_lcm)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            refine_creative=refine_creative,
            refine_strength=refine_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_inpainting_lcm(
        self,
        *,
        image_data_url: str,
        mask_data_url: str,
        prompt: str,
        guidance: float | None | NotGiven = NOT_GIVEN,
        strength: float | None | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        style: LcmGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        steps: int | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[PerformInpaintingLcmResponse]:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            mask_data_url: Image data of the mask layer used for inpainting. In base64 format.
                Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is
                applied to the white area.
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[PerformInpaintingLcmResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.perform_inpainting_lcm)(
            image_data_url=image_data_url,
            mask_data_url=mask_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_instant_refine(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[PerformInstantRefineResponse]:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[PerformInstantRefineResponse]: The response as a `with` context
                manager: the body is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.perform_instant_refine)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class AsyncGenerationResource(AsyncResource):
    """Create, retrieve and delete image, motion and texture generations."""

    @property
    def with_raw_response(self) -> AsyncGenerationResourceWithRawResponse:
        """The same operations, returning the raw `APIResponse` (status, headers, `.parse()`)."""
        return AsyncGenerationResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncGenerationResourceWithStreamingResponse:
        """The same operations as `async with` blocks: the body is streamed, closed on exit."""
        return AsyncGenerationResourceWithStreamingResponse(self)

    async def create_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateGenerationResponse:
        """Create a Generation of Images

        This endpoint will generate images

        Args:
            prompt: The prompt used to generate images. Defaults to `"A majestic cat in the snow"`.
            alchemy: Enable to use Alchemy. Note: The appropriate Alchemy version is selected for
                the specified model. For example, XL models will use Alchemy V2. Defaults to `True`.
            contrast_ratio: Contrast Ratio to use with Alchemy. Must be a float between 0 and 1
                inclusive.
            contrast: Adjusts the contrast level of the generated image. Used in Phoenix and Flux
                models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy
                is true, contrast needs to be 2.5 or higher.
            controlnets: ControlNets to guide the generation, each with an init image and a
                preprocessor.
            elements: Platform elements (LoRAs) to apply to the generation, with their weights.
            user_elements: Custom elements trained by the user to apply to the generation, with
                their weights.
            expanded_domain: Enable to use the Expanded Domain feature of Alchemy.
            fantasy_avatar: Enable to use the Fantasy Avatar feature.
            guidance_scale: How strongly the generation should reflect the prompt. 7 is recommended.
                Must be between 1 and 20.
            height: The input height of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `768`.
            high_contrast: Enable to use the High Contrast feature of Prompt Magic. Note: Controls
                RAW mode. Set to false to enable RAW mode.
            high_resolution: Enable to use the High Resolution feature of Prompt Magic.
            image_prompts: IDs of images to use as image prompts.
            image_prompt_weight: How strongly the image prompts should influence the generation.
            init_generation_image_id: The ID of an existing image to use in image2image.
            init_image_id: The ID of an Init Image to use in image2image.
            init_strength: How strongly the generated images should reflect the original image in
                image2image. Must be a float between 0.1 and 0.9.
            model_id: The model ID used for image generation. If not provided, uses sd_version to
                determine the version of Stable Diffusion to use. In-app, model IDs are under the
                Finetune Models menu. Click on the platform model or your custom model, then click
                View More. For platform models, you can also use the List Platform Models API.
                Defaults to `"b24e16ff-06e3-43eb-8d33-4416c2d75876"`.
            negative_prompt: The negative prompt used for the image generation
            num_images: The number of images to generate. Must be between 1 and 8. If either width
                or height is over 768, must be between 1 and 4. Defaults to `4`.
            num_inference_steps: The Step Count to use for the generation. Must be between 10 and
                60. Default is 15.
            photo_real: Enable the photoReal feature. Requires enabling alchemy and unspecifying
                modelId (for photoRealVersion V1).
            photo_real_version: The version of photoReal to use. Must be v1 or v2.
            photo_real_strength: Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium,
                or 0.45 for high. Defaults to 0.55 if not specified.
            preset_style: The style to generate images with. When photoReal is enabled, refer to the
                Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
                alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL,
                ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
                Allowed values: `"ANIME"`, `"BOKEH"`, `"CINEMATIC"`, `"CINEMATIC_CLOSEUP"`,
                `"CREATIVE"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FASHION"`, `"FILM"`, `"FOOD"`,
                `"GENERAL"`, `"HDR"`, `"ILLUSTRATION"`, `"LEONARDO"`, `"LONG_EXPOSURE"`, `"MACRO"`,
                `"MINIMALISTIC"`, `"MONOCHROME"`, `"MOODY"`, `"NONE"`, `"NEUTRAL"`, `"PHOTOGRAPHY"`,
                `"PORTRAIT"`, `"RAYTRACED"`, `"RENDER_3D"`, `"RETRO"`, `"SKETCH_BW"`,
                `"SKETCH_COLOR"`, `"STOCK_PHOTO"`, `"VIBRANT"`, `"UNPROCESSED"`. Defaults to
                `"DYNAMIC"`.
            prompt_magic: Enable to use Prompt Magic.
            prompt_magic_strength: Strength of prompt magic. Must be a float between 0.1 and 1.0
            prompt_magic_version: Prompt magic version v2 or v3, for use when promptMagic: true
            public: Whether the generated images should show in the community feed.
            scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
                specified. Allowed values: `"KLMS"`, `"EULER_ANCESTRAL_DISCRETE"`,
                `"EULER_DISCRETE"`, `"DDIM"`, `"DPM_SOLVER"`, `"PNDM"`, `"LEONARDO"`.
            sd_version: The base version of stable diffusion to use if not using a custom model.
                v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL
                and SDXL Lightning models. Allowed values: `"v1_5"`, `"v2"`, `"v3"`, `"SDXL_0_8"`,
                `"SDXL_0_9"`, `"SDXL_1_0"`, `"SDXL_LIGHTNING"`, `"PHOENIX"`, `"FLUX"`, `"FLUX_DEV"`,
                `"KINO_2_0"`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            tiling: Whether the generated images should tile on all axis.
            transparency: Which type of transparency this image should use. Allowed values:
                `"disabled"`, `"foreground_only"`.
            ultra: Enable to use Ultra mode. Note: can not be used with Alchemy.
            unzoom: Whether the generated images should be unzoomed (requires unzoomAmount and
                init_image_id to be set).
            unzoom_amount: How much the image should be unzoomed (requires an init_image_id and
                unzoom to be set to true).
            upscale_ratio: How much the image should be upscaled. (Enterprise Only)
            width: The input width of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `1024`.
            control_net: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            control_net_type: Deprecated. This parameter will be deprecated in September 2024.
                Please use the controlnets array instead. Allowed values: `"POSE"`, `"CANNY"`,
                `"DEPTH"`.
            weighting: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            canvas_request: Whether the generation is for the Canvas Editor feature.
            canvas_request_type: The type of request for the Canvas Editor. Allowed values:
                `"INPAINT"`, `"OUTPAINT"`, `"SKETCH2IMG"`, `"IMG2IMG"`.
            canvas_init_id: The ID of an initial image to use in Canvas Editor request.
            canvas_mask_id: The ID of a mask image to use in Canvas Editor request.
            enhance_prompt: When enabled, your prompt is expanded to include more detail.
            enhance_prompt_instruction: When enhancePrompt is enabled, the prompt is enhanced based
                on the given instructions.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateGenerationResponse: Responses for POST /generations

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["prompt"] = prompt
        if not isinstance(alchemy, NotGiven):
            _body["alchemy"] = alchemy
        if not isinstance(contrast_ratio, NotGiven):
            _body["contrastRatio"] = contrast_ratio
        if not isinstance(contrast, NotGiven):
            _body["contrast"] = contrast
        if not isinstance(controlnets, NotGiven):
            _body["controlnets"] = (
                None if controlnets is None else [x0.to_dict() for x0 in controlnets]
            )
        if not isinstance(elements, NotGiven):
            _body["elements"] = None if elements is None else [x0.to_dict() for x0 in elements]
        if not isinstance(user_elements, NotGiven):
            _body["userElements"] = (
                None if user_elements is None else [x0.to_dict() for x0 in user_elements]
            )
        if not isinstance(expanded_domain, NotGiven):
            _body["expandedDomain"] = expanded_domain
        if not isinstance(fantasy_avatar, NotGiven):
            _body["fantasyAvatar"] = fantasy_avatar
        if not isinstance(guidance_scale, NotGiven):
            _body["guidance_scale"] = guidance_scale
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(high_contrast, NotGiven):
            _body["highContrast"] = high_contrast
        if not isinstance(high_resolution, NotGiven):
            _body["highResolution"] = high_resolution
        if not isinstance(image_prompts, NotGiven):
            _body["imagePrompts"] = image_prompts
        if not isinstance(image_prompt_weight, NotGiven):
            _body["imagePromptWeight"] = image_prompt_weight
        if not isinstance(init_generation_image_id, NotGiven):
            _body["init_generation_image_id"] = init_generation_image_id
        if not isinstance(init_image_id, NotGiven):
            _body["init_image_id"] = init_image_id
        if not isinstance(init_strength, NotGiven):
            _body["init_strength"] = init_strength
        if not isinstance(model_id, NotGiven):
            _body["modelId"] = model_id
        if not isinstance(negative_prompt, NotGiven):
            _body["negative_prompt"] = negative_prompt
        if not isinstance(num_images, NotGiven):
            _body["num_images"] = num_images
        if not isinstance(num_inference_steps, NotGiven):
            _body["num_inference_steps"] = num_inference_steps
        if not isinstance(photo_real, NotGiven):
            _body["photoReal"] = photo_real
        if not isinstance(photo_real_version, NotGiven):
            _body["photoRealVersion"] = photo_real_version
        if not isinstance(photo_real_strength, NotGiven):
            _body["photoRealStrength"] = photo_real_strength
        if not isinstance(preset_style, NotGiven):
            _body["presetStyle"] = preset_style
        if not isinstance(prompt_magic, NotGiven):
            _body["promptMagic"] = prompt_magic
        if not isinstance(prompt_magic_strength, NotGiven):
            _body["promptMagicStrength"] = prompt_magic_strength
        if not isinstance(prompt_magic_version, NotGiven):
            _body["promptMagicVersion"] = prompt_magic_version
        if not isinstance(public, NotGiven):
            _body["public"] = public
        if not isinstance(scheduler, NotGiven):
            _body["scheduler"] = scheduler
        if not isinstance(sd_version, NotGiven):
            _body["sd_version"] = sd_version
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        if not isinstance(tiling, NotGiven):
            _body["tiling"] = tiling
        if not isinstance(transparency, NotGiven):
            _body["transparency"] = transparency
        if not isinstance(ultra, NotGiven):
            _body["ultra"] = ultra
        if not isinstance(unzoom, NotGiven):
            _body["unzoom"] = unzoom
        if not isinstance(unzoom_amount, NotGiven):
            _body["unzoomAmount"] = unzoom_amount
        if not isinstance(upscale_ratio, NotGiven):
            _body["upscaleRatio"] = upscale_ratio
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(control_net, NotGiven):
            _body["controlNet"] = control_net
        if not isinstance(control_net_type, NotGiven):
            _body["controlNetType"] = control_net_type
        if not isinstance(weighting, NotGiven):
            _body["weighting"] = weighting
        if not isinstance(canvas_request, NotGiven):
            _body["canvasRequest"] = canvas_request
        if not isinstance(canvas_request_type, NotGiven):
            _body["canvasRequestType"] = canvas_request_type
        if not isinstance(canvas_init_id, NotGiven):
            _body["canvasInitId"] = canvas_init_id
        if not isinstance(canvas_mask_id, NotGiven):
            _body["canvasMaskId"] = canvas_mask_id
        if not isinstance(enhance_prompt, NotGiven):
            _body["enhancePrompt"] = enhance_prompt
        if not isinstance(enhance_prompt_instruction, NotGiven):
            _body["enhancePromptInstruction"] = enhance_prompt_instruction
        return await self._call(
            _CREATE_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def create_lcm_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateLcmGenerationResponse:
        """Create LCM Generation

        This endpoint will generate a LCM image generation.

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateLcmGenerationResponse: Responses for POST /generations-lcm

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return await self._call(
            _CREATE_LCM_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def create_svd_motion_generation(
        self,
        *,
        image_id: str,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        is_init_image: bool | None | NotGiven = NOT_GIVEN,
        is_variation: bool | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateSvdMotionGenerationResponse:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation.

        Args:
            image_id: The ID of the image, supports generated images, variation images, and init
                images.
            is_public: Whether the generation is public or not
            is_init_image: If it is an init image uploaded by the user. This image is uploaded from
                endpoint: Upload init image.
            is_variation: If it is a variation image.
            motion_strength: The motion strength.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateSvdMotionGenerationResponse: Responses for POST /generations-motion-svd

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageId"] = image_id
        if not isinstance(is_public, NotGiven):
            _body["isPublic"] = is_public
        if not isinstance(is_init_image, NotGiven):
            _body["isInitImage"] = is_init_image
        if not isinstance(is_variation, NotGiven):
            _body["isVariation"] = is_variation
        if not isinstance(motion_strength, NotGiven):
            _body["motionStrength"] = motion_strength
        return await self._call(
            _CREATE_SVD_MOTION_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def create_texture_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> CreateTextureGenerationResponse:
        """Create Texture Generation

        This endpoint will generate a texture generation.

        Args:
            front_rotation_offset: Rotation offset applied to the front of the model.
            model_asset_id: ID of the 3D model asset to texture.
            negative_prompt: The negative prompt used for the texture generation.
            preview: Whether to generate a preview of the texture.
            preview_direction: Direction from which the preview is rendered.
            prompt: The prompt used to generate the texture.
            sd_version: The Stable Diffusion version to use for the texture generation.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            CreateTextureGenerationResponse: Responses for POST /api/rest/v1/generations-texture

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        if not isinstance(front_rotation_offset, NotGiven):
            _body["front_rotation_offset"] = front_rotation_offset
        if not isinstance(model_asset_id, NotGiven):
            _body["modelAssetId"] = model_asset_id
        if not isinstance(negative_prompt, NotGiven):
            _body["negative_prompt"] = negative_prompt
        if not isinstance(preview, NotGiven):
            _body["preview"] = preview
        if not isinstance(preview_direction, NotGiven):
            _body["preview_direction"] = preview_direction
        if not isinstance(prompt, NotGiven):
            _body["prompt"] = prompt
        if not isinstance(sd_version, NotGiven):
            _body["sd_version"] = sd_version
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return await self._call(
            _CREATE_TEXTURE_GENERATION,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def get_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> GetGenerationByIdResponse:
        """Get a Single Generation

        This endpoint will provide information about a specific generation

        Args:
            id: The ID of the generation to return.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            GetGenerationByIdResponse: Responses for GET /generations/{id}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await self._call(
            _GET_GENERATION_BY_ID,
            path_params={
                "id": id,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def delete_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> DeleteGenerationByIdResponse:
        """Delete a Single Generation

        This endpoint deletes a specific generation

        Args:
            id: The ID of the generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            DeleteGenerationByIdResponse: Responses for DELETE /generations/{id}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await self._call(
            _DELETE_GENERATION_BY_ID,
            path_params={
                "id": id,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def delete_texture_generation_by_id(
        self,
        id: str,
        *,
        id_2: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> DeleteTextureGenerationByIdResponse:
        """Delete Texture Generation by ID

        This endpoint deletes the specific texture generation.

        Args:
            id: _"id" is required (enter it either in parameters or request body)_
            id_2: ID of the texture generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            DeleteTextureGenerationByIdResponse: Responses for DELETE
                /api/rest/v1/generations-texture/{id}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        if not isinstance(id_2, NotGiven):
            _body["id"] = id_2
        return await self._call(
            _DELETE_TEXTURE_GENERATION_BY_ID,
            path_params={
                "id": id,
            },
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def get_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> GetGenerationsByUserIdResponse:
        """Get generations by user ID

        This endpoint returns all generations by a specific user

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            GetGenerationsByUserIdResponse: Responses for GET /generations/user/{userId}

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await self._call(
            _GET_GENERATIONS_BY_USER_ID,
            path_params={
                "userId": user_id,
            },
            query={
                "offset": offset,
                "limit": limit,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def iter_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncPager[UserGeneration, GetGenerationsByUserIdResponse]:
        """Every item across the pages of get_generations_by_user_id. Iterate the returned page (`for`
        / `async for`) for all items, fetched as the loop needs them, or use it as a page: `.items`,
        `.has_next_page()`, `.get_next_page()`, `.iter_pages()`. Pages: the offset advances by each
        page's size; a short or empty page ends the list; a page seen before also ends it.

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return apaginate(
            OffsetPaging(
                "offset",
                "limit",
                start=0 if isinstance(offset, NotGiven) else offset,
                size=10 if isinstance(limit, NotGiven) else limit,
            ),
            async_fetcher(
                self,
                self.get_generations_by_user_id,
                user_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
            items=lambda _page: _page.generations or [],
        )

    async def perform_alchemy_upscale_lcm(
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
        refine_creative: bool | None | NotGiven = NOT_GIVEN,
        refine_strength: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> PerformAlchemyUpscaleLcmResponse:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            refine_creative: Refine creative
            refine_strength: Must be a float between 0.5 and 0.9.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            PerformAlchemyUpscaleLcmResponse: Responses for POST /lcm-upscale

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        if not isinstance(refine_creative, NotGiven):
            _body["refineCreative"] = refine_creative
        if not isinstance(refine_strength, NotGiven):
            _body["refineStrength"] = refine_strength
        return await self._call(
            _PERFORM_ALCHEMY_UPSCALE_LCM,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def perform_inpainting_lcm(
        self,
        *,
        image_data_url: str,
        mask_data_url: str,
        prompt: str,
        guidance: float | None | NotGiven = NOT_GIVEN,
        strength: float | None | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        style: LcmGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        steps: int | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> PerformInpaintingLcmResponse:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            mask_data_url: Image data of the mask layer used for inpainting. In base64 format.
                Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is
                applied to the white area.
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            PerformInpaintingLcmResponse: Responses for POST /lcm-inpainting

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["maskDataUrl"] = mask_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return await self._call(
            _PERFORM_INPAINTING_LCM,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def perform_instant_refine(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> PerformInstantRefineResponse:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            PerformInstantRefineResponse: Responses for POST /lcm-instant-refine

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["imageDataUrl"] = image_data_url
        _body["prompt"] = prompt
        if not isinstance(guidance, NotGiven):
            _body["guidance"] = guidance
        if not isinstance(strength, NotGiven):
            _body["strength"] = strength
        if not isinstance(request_timestamp, NotGiven):
            _body["requestTimestamp"] = request_timestamp
        if not isinstance(style, NotGiven):
            _body["style"] = style
        if not isinstance(steps, NotGiven):
            _body["steps"] = steps
        if not isinstance(width, NotGiven):
            _body["width"] = width
        if not isinstance(height, NotGiven):
            _body["height"] = height
        if not isinstance(seed, NotGiven):
            _body["seed"] = seed
        return await self._call(
            _PERFORM_INSTANT_REFINE,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def wait_for_generation(
        self,
        id: str,
        *,
        timeout: float | None = None,
        interval: float | None = None,
    ) -> GetGenerationByIdResponse:
        """Poll get_generation_by_id until `generations_by_pk.status` is COMPLETE, and return that
        result. Raises WaiterFailureError as soon as `generations_by_pk.status` is FAILED. Raises
        WaiterTimeoutError after `timeout` seconds (default 300 s); `interval` polls at a fixed
        spacing instead of the waiter's backoff.

        Args:
            id: The ID of the generation to return.
            timeout: Seconds to wait in all (default: the waiter's).
            interval: Seconds between polls, instead of the waiter's backoff.

        Returns:
            GetGenerationByIdResponse: The result the work ended with.

        Raises:
            WaiterFailureError: The work reached a state it will not leave (`.last` holds it).
            WaiterTimeoutError: The time or the attempts ran out (`.last` holds the last result).
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await async_wait(
            lambda: self.get_generation_by_id(id),
            _WAIT_FOR_GENERATION,
            timeout=timeout,
            interval=interval,
        )


class AsyncGenerationResourceWithRawResponse:
    """Operations of AsyncGenerationResource that return `APIResponse[...]`."""

    def __init__(self, resource: AsyncGenerationResource) -> None:
        self._resource = AsyncGenerationResource(resource._client, raw=True)

    async def create_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateGenerationResponse]:
        """Create a Generation of Images

        This endpoint will generate images

        Args:
            prompt: The prompt used to generate images. Defaults to `"A majestic cat in the snow"`.
            alchemy: Enable to use Alchemy. Note: The appropriate Alchemy version is selected for
                the specified model. For example, XL models will use Alchemy V2. Defaults to `True`.
            contrast_ratio: Contrast Ratio to use with Alchemy. Must be a float between 0 and 1
                inclusive.
            contrast: Adjusts the contrast level of the generated image. Used in Phoenix and Flux
                models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy
                is true, contrast needs to be 2.5 or higher.
            controlnets: ControlNets to guide the generation, each with an init image and a
                preprocessor.
            elements: Platform elements (LoRAs) to apply to the generation, with their weights.
            user_elements: Custom elements trained by the user to apply to the generation, with
                their weights.
            expanded_domain: Enable to use the Expanded Domain feature of Alchemy.
            fantasy_avatar: Enable to use the Fantasy Avatar feature.
            guidance_scale: How strongly the generation should reflect the prompt. 7 is recommended.
                Must be between 1 and 20.
            height: The input height of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `768`.
            high_contrast: Enable to use the High Contrast feature of Prompt Magic. Note: Controls
                RAW mode. Set to false to enable RAW mode.
            high_resolution: Enable to use the High Resolution feature of Prompt Magic.
            image_prompts: IDs of images to use as image prompts.
            image_prompt_weight: How strongly the image prompts should influence the generation.
            init_generation_image_id: The ID of an existing image to use in image2image.
            init_image_id: The ID of an Init Image to use in image2image.
            init_strength: How strongly the generated images should reflect the original image in
                image2image. Must be a float between 0.1 and 0.9.
            model_id: The model ID used for image generation. If not provided, uses sd_version to
                determine the version of Stable Diffusion to use. In-app, model IDs are under the
                Finetune Models menu. Click on the platform model or your custom model, then click
                View More. For platform models, you can also use the List Platform Models API.
                Defaults to `"b24e16ff-06e3-43eb-8d33-4416c2d75876"`.
            negative_prompt: The negative prompt used for the image generation
            num_images: The number of images to generate. Must be between 1 and 8. If either width
                or height is over 768, must be between 1 and 4. Defaults to `4`.
            num_inference_steps: The Step Count to use for the generation. Must be between 10 and
                60. Default is 15.
            photo_real: Enable the photoReal feature. Requires enabling alchemy and unspecifying
                modelId (for photoRealVersion V1).
            photo_real_version: The version of photoReal to use. Must be v1 or v2.
            photo_real_strength: Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium,
                or 0.45 for high. Defaults to 0.55 if not specified.
            preset_style: The style to generate images with. When photoReal is enabled, refer to the
                Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
                alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL,
                ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
                Allowed values: `"ANIME"`, `"BOKEH"`, `"CINEMATIC"`, `"CINEMATIC_CLOSEUP"`,
                `"CREATIVE"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FASHION"`, `"FILM"`, `"FOOD"`,
                `"GENERAL"`, `"HDR"`, `"ILLUSTRATION"`, `"LEONARDO"`, `"LONG_EXPOSURE"`, `"MACRO"`,
                `"MINIMALISTIC"`, `"MONOCHROME"`, `"MOODY"`, `"NONE"`, `"NEUTRAL"`, `"PHOTOGRAPHY"`,
                `"PORTRAIT"`, `"RAYTRACED"`, `"RENDER_3D"`, `"RETRO"`, `"SKETCH_BW"`,
                `"SKETCH_COLOR"`, `"STOCK_PHOTO"`, `"VIBRANT"`, `"UNPROCESSED"`. Defaults to
                `"DYNAMIC"`.
            prompt_magic: Enable to use Prompt Magic.
            prompt_magic_strength: Strength of prompt magic. Must be a float between 0.1 and 1.0
            prompt_magic_version: Prompt magic version v2 or v3, for use when promptMagic: true
            public: Whether the generated images should show in the community feed.
            scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
                specified. Allowed values: `"KLMS"`, `"EULER_ANCESTRAL_DISCRETE"`,
                `"EULER_DISCRETE"`, `"DDIM"`, `"DPM_SOLVER"`, `"PNDM"`, `"LEONARDO"`.
            sd_version: The base version of stable diffusion to use if not using a custom model.
                v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL
                and SDXL Lightning models. Allowed values: `"v1_5"`, `"v2"`, `"v3"`, `"SDXL_0_8"`,
                `"SDXL_0_9"`, `"SDXL_1_0"`, `"SDXL_LIGHTNING"`, `"PHOENIX"`, `"FLUX"`, `"FLUX_DEV"`,
                `"KINO_2_0"`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            tiling: Whether the generated images should tile on all axis.
            transparency: Which type of transparency this image should use. Allowed values:
                `"disabled"`, `"foreground_only"`.
            ultra: Enable to use Ultra mode. Note: can not be used with Alchemy.
            unzoom: Whether the generated images should be unzoomed (requires unzoomAmount and
                init_image_id to be set).
            unzoom_amount: How much the image should be unzoomed (requires an init_image_id and
                unzoom to be set to true).
            upscale_ratio: How much the image should be upscaled. (Enterprise Only)
            width: The input width of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `1024`.
            control_net: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            control_net_type: Deprecated. This parameter will be deprecated in September 2024.
                Please use the controlnets array instead. Allowed values: `"POSE"`, `"CANNY"`,
                `"DEPTH"`.
            weighting: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            canvas_request: Whether the generation is for the Canvas Editor feature.
            canvas_request_type: The type of request for the Canvas Editor. Allowed values:
                `"INPAINT"`, `"OUTPAINT"`, `"SKETCH2IMG"`, `"IMG2IMG"`.
            canvas_init_id: The ID of an initial image to use in Canvas Editor request.
            canvas_mask_id: The ID of a mask image to use in Canvas Editor request.
            enhance_prompt: When enabled, your prompt is expanded to include more detail.
            enhance_prompt_instruction: When enhancePrompt is enabled, the prompt is enhanced based
                on the given instructions.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateGenerationResponse]: The response: its status and headers, `.parse()`
                for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.create_generation)(
            prompt=prompt,
            alchemy=alchemy,
            contrast_ratio=contrast_ratio,
            contrast=contrast,
            controlnets=controlnets,
            elements=elements,
            user_elements=user_elements,
            expanded_domain=expanded_domain,
            fantasy_avatar=fantasy_avatar,
            guidance_scale=guidance_scale,
            height=height,
            high_contrast=high_contrast,
            high_resolution=high_resolution,
            image_prompts=image_prompts,
            image_prompt_weight=image_prompt_weight,
            init_generation_image_id=init_generation_image_id,
            init_image_id=init_image_id,
            init_strength=init_strength,
            model_id=model_id,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            photo_real=photo_real,
            photo_real_version=photo_real_version,
            photo_real_strength=photo_real_strength,
            preset_style=preset_style,
            prompt_magic=prompt_magic,
            prompt_magic_strength=prompt_magic_strength,
            prompt_magic_version=prompt_magic_version,
            public=public,
            scheduler=scheduler,
            sd_version=sd_version,
            seed=seed,
            tiling=tiling,
            transparency=transparency,
            ultra=ultra,
            unzoom=unzoom,
            unzoom_amount=unzoom_amount,
            upscale_ratio=upscale_ratio,
            width=width,
            control_net=control_net,
            control_net_type=control_net_type,
            weighting=weighting,
            canvas_request=canvas_request,
            canvas_request_type=canvas_request_type,
            canvas_init_id=canvas_init_id,
            canvas_mask_id=canvas_mask_id,
            enhance_prompt=enhance_prompt,
            enhance_prompt_instruction=enhance_prompt_instruction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def create_lcm_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateLcmGenerationResponse]:
        """Create LCM Generation

        This endpoint will generate a LCM image generation.

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateLcmGenerationResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.create_lcm_generation)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def create_svd_motion_generation(
        self,
        *,
        image_id: str,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        is_init_image: bool | None | NotGiven = NOT_GIVEN,
        is_variation: bool | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateSvdMotionGenerationResponse]:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation.

        Args:
            image_id: The ID of the image, supports generated images, variation images, and init
                images.
            is_public: Whether the generation is public or not
            is_init_image: If it is an init image uploaded by the user. This image is uploaded from
                endpoint: Upload init image.
            is_variation: If it is a variation image.
            motion_strength: The motion strength.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateSvdMotionGenerationResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.create_svd_motion_generation)(
            image_id=image_id,
            is_public=is_public,
            is_init_image=is_init_image,
            is_variation=is_variation,
            motion_strength=motion_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def create_texture_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[CreateTextureGenerationResponse]:
        """Create Texture Generation

        This endpoint will generate a texture generation.

        Args:
            front_rotation_offset: Rotation offset applied to the front of the model.
            model_asset_id: ID of the 3D model asset to texture.
            negative_prompt: The negative prompt used for the texture generation.
            preview: Whether to generate a preview of the texture.
            preview_direction: Direction from which the preview is rendered.
            prompt: The prompt used to generate the texture.
            sd_version: The Stable Diffusion version to use for the texture generation.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[CreateTextureGenerationResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.create_texture_generation)(
            front_rotation_offset=front_rotation_offset,
            model_asset_id=model_asset_id,
            negative_prompt=negative_prompt,
            preview=preview,
            preview_direction=preview_direction,
            prompt=prompt,
            sd_version=sd_version,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def get_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[GetGenerationByIdResponse]:
        """Get a Single Generation

        This endpoint will provide information about a specific generation

        Args:
            id: The ID of the generation to return.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[GetGenerationByIdResponse]: The response: its status and headers, `.parse()`
                for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.get_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def delete_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[DeleteGenerationByIdResponse]:
        """Delete a Single Generation

        This endpoint deletes a specific generation

        Args:
            id: The ID of the generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[DeleteGenerationByIdResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.delete_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def delete_texture_generation_by_id(
        self,
        id: str,
        *,
        id_2: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[DeleteTextureGenerationByIdResponse]:
        """Delete Texture Generation by ID

        This endpoint deletes the specific texture generation.

        Args:
            id: _"id" is required (enter it either in parameters or request body)_
            id_2: ID of the texture generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[DeleteTextureGenerationByIdResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.delete_texture_generation_by_id)(
            id,
            id_2=id_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def get_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[GetGenerationsByUserIdResponse]:
        """Get generations by user ID

        This endpoint returns all generations by a specific user

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[GetGenerationsByUserIdResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.get_generations_by_user_id)(
            user_id,
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def perform_alchemy_upscale_lcm(
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
        refine_creative: bool | None | NotGiven = NOT_GIVEN,
        refine_strength: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[PerformAlchemyUpscaleLcmResponse]:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            refine_creative: Refine creative
            refine_strength: Must be a float between 0.5 and 0.9.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[PerformAlchemyUpscaleLcmResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.perform_alchemy_upscale_lcm)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            refine_creative=refine_creative,
            refine_strength=refine_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def perform_inpainting_lcm(
        self,
        *,
        image_data_url: str,
        mask_data_url: str,
        prompt: str,
        guidance: float | None | NotGiven = NOT_GIVEN,
        strength: float | None | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        style: LcmGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        steps: int | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[PerformInpaintingLcmResponse]:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            mask_data_url: Image data of the mask layer used for inpainting. In base64 format.
                Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is
                applied to the white area.
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[PerformInpaintingLcmResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.perform_inpainting_lcm)(
            image_data_url=image_data_url,
            mask_data_url=mask_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def perform_instant_refine(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[PerformInstantRefineResponse]:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[PerformInstantRefineResponse]: The response: its status and headers,
                `.parse()` for the decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.perform_instant_refine)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class AsyncGenerationResourceWithStreamingResponse:
    """Operations of AsyncGenerationResource as context managers of a streamed response."""

    def __init__(self, resource: AsyncGenerationResource) -> None:
        self._resource = AsyncGenerationResource(resource._client, stream=True)

    def create_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[CreateGenerationResponse]:
        """Create a Generation of Images

        This endpoint will generate images

        Args:
            prompt: The prompt used to generate images. Defaults to `"A majestic cat in the snow"`.
            alchemy: Enable to use Alchemy. Note: The appropriate Alchemy version is selected for
                the specified model. For example, XL models will use Alchemy V2. Defaults to `True`.
            contrast_ratio: Contrast Ratio to use with Alchemy. Must be a float between 0 and 1
                inclusive.
            contrast: Adjusts the contrast level of the generated image. Used in Phoenix and Flux
                models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy
                is true, contrast needs to be 2.5 or higher.
            controlnets: ControlNets to guide the generation, each with an init image and a
                preprocessor.
            elements: Platform elements (LoRAs) to apply to the generation, with their weights.
            user_elements: Custom elements trained by the user to apply to the generation, with
                their weights.
            expanded_domain: Enable to use the Expanded Domain feature of Alchemy.
            fantasy_avatar: Enable to use the Fantasy Avatar feature.
            guidance_scale: How strongly the generation should reflect the prompt. 7 is recommended.
                Must be between 1 and 20.
            height: The input height of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `768`.
            high_contrast: Enable to use the High Contrast feature of Prompt Magic. Note: Controls
                RAW mode. Set to false to enable RAW mode.
            high_resolution: Enable to use the High Resolution feature of Prompt Magic.
            image_prompts: IDs of images to use as image prompts.
            image_prompt_weight: How strongly the image prompts should influence the generation.
            init_generation_image_id: The ID of an existing image to use in image2image.
            init_image_id: The ID of an Init Image to use in image2image.
            init_strength: How strongly the generated images should reflect the original image in
                image2image. Must be a float between 0.1 and 0.9.
            model_id: The model ID used for image generation. If not provided, uses sd_version to
                determine the version of Stable Diffusion to use. In-app, model IDs are under the
                Finetune Models menu. Click on the platform model or your custom model, then click
                View More. For platform models, you can also use the List Platform Models API.
                Defaults to `"b24e16ff-06e3-43eb-8d33-4416c2d75876"`.
            negative_prompt: The negative prompt used for the image generation
            num_images: The number of images to generate. Must be between 1 and 8. If either width
                or height is over 768, must be between 1 and 4. Defaults to `4`.
            num_inference_steps: The Step Count to use for the generation. Must be between 10 and
                60. Default is 15.
            photo_real: Enable the photoReal feature. Requires enabling alchemy and unspecifying
                modelId (for photoRealVersion V1).
            photo_real_version: The version of photoReal to use. Must be v1 or v2.
            photo_real_strength: Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium,
                or 0.45 for high. Defaults to 0.55 if not specified.
            preset_style: The style to generate images with. When photoReal is enabled, refer to the
                Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When
                alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL,
                ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
                Allowed values: `"ANIME"`, `"BOKEH"`, `"CINEMATIC"`, `"CINEMATIC_CLOSEUP"`,
                `"CREATIVE"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FASHION"`, `"FILM"`, `"FOOD"`,
                `"GENERAL"`, `"HDR"`, `"ILLUSTRATION"`, `"LEONARDO"`, `"LONG_EXPOSURE"`, `"MACRO"`,
                `"MINIMALISTIC"`, `"MONOCHROME"`, `"MOODY"`, `"NONE"`, `"NEUTRAL"`, `"PHOTOGRAPHY"`,
                `"PORTRAIT"`, `"RAYTRACED"`, `"RENDER_3D"`, `"RETRO"`, `"SKETCH_BW"`,
                `"SKETCH_COLOR"`, `"STOCK_PHOTO"`, `"VIBRANT"`, `"UNPROCESSED"`. Defaults to
                `"DYNAMIC"`.
            prompt_magic: Enable to use Prompt Magic.
            prompt_magic_strength: Strength of prompt magic. Must be a float between 0.1 and 1.0
            prompt_magic_version: Prompt magic version v2 or v3, for use when promptMagic: true
            public: Whether the generated images should show in the community feed.
            scheduler: The scheduler to generate images with. Defaults to EULER_DISCRETE if not
                specified. Allowed values: `"KLMS"`, `"EULER_ANCESTRAL_DISCRETE"`,
                `"EULER_DISCRETE"`, `"DDIM"`, `"DPM_SOLVER"`, `"PNDM"`, `"LEONARDO"`.
            sd_version: The base version of stable diffusion to use if not using a custom model.
                v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL
                and SDXL Lightning models. Allowed values: `"v1_5"`, `"v2"`, `"v3"`, `"SDXL_0_8"`,
                `"SDXL_0_9"`, `"SDXL_1_0"`, `"SDXL_LIGHTNING"`, `"PHOENIX"`, `"FLUX"`, `"FLUX_DEV"`,
                `"KINO_2_0"`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            tiling: Whether the generated images should tile on all axis.
            transparency: Which type of transparency this image should use. Allowed values:
                `"disabled"`, `"foreground_only"`.
            ultra: Enable to use Ultra mode. Note: can not be used with Alchemy.
            unzoom: Whether the generated images should be unzoomed (requires unzoomAmount and
                init_image_id to be set).
            unzoom_amount: How much the image should be unzoomed (requires an init_image_id and
                unzoom to be set to true).
            upscale_ratio: How much the image should be upscaled. (Enterprise Only)
            width: The input width of the images. Must be between 32 and 1536 and be a multiple of
                8. Note: Input resolution is not always the same as output resolution due to
                upscaling from other features. Defaults to `1024`.
            control_net: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            control_net_type: Deprecated. This parameter will be deprecated in September 2024.
                Please use the controlnets array instead. Allowed values: `"POSE"`, `"CANNY"`,
                `"DEPTH"`.
            weighting: Deprecated. This parameter will be deprecated in September 2024. Please use
                the controlnets array instead.
            canvas_request: Whether the generation is for the Canvas Editor feature.
            canvas_request_type: The type of request for the Canvas Editor. Allowed values:
                `"INPAINT"`, `"OUTPAINT"`, `"SKETCH2IMG"`, `"IMG2IMG"`.
            canvas_init_id: The ID of an initial image to use in Canvas Editor request.
            canvas_mask_id: The ID of a mask image to use in Canvas Editor request.
            enhance_prompt: When enabled, your prompt is expanded to include more detail.
            enhance_prompt_instruction: When enhancePrompt is enabled, the prompt is enhanced based
                on the given instructions.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[CreateGenerationResponse]: The response as an `async with` context
                manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.create_generation)(
            prompt=prompt,
            alchemy=alchemy,
            contrast_ratio=contrast_ratio,
            contrast=contrast,
            controlnets=controlnets,
            elements=elements,
            user_elements=user_elements,
            expanded_domain=expanded_domain,
            fantasy_avatar=fantasy_avatar,
            guidance_scale=guidance_scale,
            height=height,
            high_contrast=high_contrast,
            high_resolution=high_resolution,
            image_prompts=image_prompts,
            image_prompt_weight=image_prompt_weight,
            init_generation_image_id=init_generation_image_id,
            init_image_id=init_image_id,
            init_strength=init_strength,
            model_id=model_id,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            photo_real=photo_real,
            photo_real_version=photo_real_version,
            photo_real_strength=photo_real_strength,
            preset_style=preset_style,
            prompt_magic=prompt_magic,
            prompt_magic_strength=prompt_magic_strength,
            prompt_magic_version=prompt_magic_version,
            public=public,
            scheduler=scheduler,
            sd_version=sd_version,
            seed=seed,
            tiling=tiling,
            transparency=transparency,
            ultra=ultra,
            unzoom=unzoom,
            unzoom_amount=unzoom_amount,
            upscale_ratio=upscale_ratio,
            width=width,
            control_net=control_net,
            control_net_type=control_net_type,
            weighting=weighting,
            canvas_request=canvas_request,
            canvas_request_type=canvas_request_type,
            canvas_init_id=canvas_init_id,
            canvas_mask_id=canvas_mask_id,
            enhance_prompt=enhance_prompt,
            enhance_prompt_instruction=enhance_prompt_instruction,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_lcm_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[CreateLcmGenerationResponse]:
        """Create LCM Generation

        This endpoint will generate a LCM image generation.

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[CreateLcmGenerationResponse]: The response as an `async with` context
                manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.create_lcm_generation)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_svd_motion_generation(
        self,
        *,
        image_id: str,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        is_init_image: bool | None | NotGiven = NOT_GIVEN,
        is_variation: bool | None | NotGiven = NOT_GIVEN,
        motion_strength: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[CreateSvdMotionGenerationResponse]:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation.

        Args:
            image_id: The ID of the image, supports generated images, variation images, and init
                images.
            is_public: Whether the generation is public or not
            is_init_image: If it is an init image uploaded by the user. This image is uploaded from
                endpoint: Upload init image.
            is_variation: If it is a variation image.
            motion_strength: The motion strength.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[CreateSvdMotionGenerationResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.create_svd_motion_generation)(
            image_id=image_id,
            is_public=is_public,
            is_init_image=is_init_image,
            is_variation=is_variation,
            motion_strength=motion_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_texture_generation(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[CreateTextureGenerationResponse]:
        """Create Texture Generation

        This endpoint will generate a texture generation.

        Args:
            front_rotation_offset: Rotation offset applied to the front of the model.
            model_asset_id: ID of the 3D model asset to texture.
            negative_prompt: The negative prompt used for the texture generation.
            preview: Whether to generate a preview of the texture.
            preview_direction: Direction from which the preview is rendered.
            prompt: The prompt used to generate the texture.
            sd_version: The Stable Diffusion version to use for the texture generation.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[CreateTextureGenerationResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.create_texture_generation)(
            front_rotation_offset=front_rotation_offset,
            model_asset_id=model_asset_id,
            negative_prompt=negative_prompt,
            preview=preview,
            preview_direction=preview_direction,
            prompt=prompt,
            sd_version=sd_version,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def get_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[GetGenerationByIdResponse]:
        """Get a Single Generation

        This endpoint will provide information about a specific generation

        Args:
            id: The ID of the generation to return.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[GetGenerationByIdResponse]: The response as an `async with` context
                manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.get_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_generation_by_id(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[DeleteGenerationByIdResponse]:
        """Delete a Single Generation

        This endpoint deletes a specific generation

        Args:
            id: The ID of the generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[DeleteGenerationByIdResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.delete_generation_by_id)(
            id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_texture_generation_by_id(
        self,
        id: str,
        *,
        id_2: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[DeleteTextureGenerationByIdResponse]:
        """Delete Texture Generation by ID

        This endpoint deletes the specific texture generation.

        Args:
            id: _"id" is required (enter it either in parameters or request body)_
            id_2: ID of the texture generation to delete.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[DeleteTextureGenerationByIdResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.delete_texture_generation_by_id)(
            id,
            id_2=id_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def get_generations_by_user_id(
        self,
        user_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[GetGenerationsByUserIdResponse]:
        """Get generations by user ID

        This endpoint returns all generations by a specific user

        Args:
            user_id: The ID of the user whose generations are returned.
            offset: Number of generations to skip, for paging. Defaults to `0`.
            limit: Maximum number of generations to return. Defaults to `10`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[GetGenerationsByUserIdResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.get_generations_by_user_id)(
            user_id,
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_alchemy_upscale_lcm(
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
        refine_creative: bool | None | NotGiven = NOT_GIVEN,
        refine_strength: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[PerformAlchemyUpscaleLcmResponse]:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            refine_creative: Refine creative
            refine_strength: Must be a float between 0.5 and 0.9.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[PerformAlchemyUpscaleLcmResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.perform_alchemy_upscale_lcm)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            refine_creative=refine_creative,
            refine_strength=refine_strength,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_inpainting_lcm(
        self,
        *,
        image_data_url: str,
        mask_data_url: str,
        prompt: str,
        guidance: float | None | NotGiven = NOT_GIVEN,
        strength: float | None | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        style: LcmGenerationStyle | str | None | NotGiven = NOT_GIVEN,
        steps: int | None | NotGiven = NOT_GIVEN,
        width: int | None | NotGiven = NOT_GIVEN,
        height: int | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[PerformInpaintingLcmResponse]:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            mask_data_url: Image data of the mask layer used for inpainting. In base64 format.
                Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is
                applied to the white area.
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[PerformInpaintingLcmResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.perform_inpainting_lcm)(
            image_data_url=image_data_url,
            mask_data_url=mask_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def perform_instant_refine(
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[PerformInstantRefineResponse]:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image

        Args:
            image_data_url: Image data used to generate image. In base64 format. Prefix:
                `data:image/jpeg;base64,`
            prompt: The prompt used to generate images
            guidance: How strongly the generation should reflect the prompt. Must be a float between
                0.5 and 20.
            strength: Creativity strength of generation. Higher strength will deviate more from the
                original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
            request_timestamp: A timestamp, serialized as a string.
            style: The style to generate LCM images with. Allowed values: `"ANIME"`, `"CINEMATIC"`,
                `"DIGITAL_ART"`, `"DYNAMIC"`, `"ENVIRONMENT"`, `"FANTASY_ART"`, `"ILLUSTRATION"`,
                `"PHOTOGRAPHY"`, `"RENDER_3D"`, `"RAYTRACED"`, `"SKETCH_BW"`, `"SKETCH_COLOR"`,
                `"VIBRANT"`, `"NONE"`.
            steps: The number of steps to use for the generation. Must be between 4 and 16.
            width: The output width of the image. Must be 512, 640 or 1024. Defaults to `512`.
            height: The output height of the image. Must be 512, 640 or 1024. Defaults to `512`.
            seed: Apply a fixed seed to maintain consistency across generation sets. The maximum
                seed value is 2147483637 for Flux and 9999999998 for other models
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[PerformInstantRefineResponse]: The response as an `async with`
                context manager: the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.perform_instant_refine)(
            image_data_url=image_data_url,
            prompt=prompt,
            guidance=guidance,
            strength=strength,
            request_timestamp=request_timestamp,
            style=style,
            steps=steps,
            width=width,
            height=height,
            seed=seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
