"""Models of the API, imported on first use (`from leonardo_sdk.models import X`)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .canvas_request_type import CanvasRequestType as CanvasRequestType
    from .controlnet_input import ControlnetInput as ControlnetInput
    from .controlnet_input_init_image_type import (
        ControlnetInputInitImageType as ControlnetInputInitImageType,
    )
    from .controlnet_input_strength_type import (
        ControlnetInputStrengthType as ControlnetInputStrengthType,
    )
    from .controlnet_type import ControlnetType as ControlnetType
    from .cost import Cost as Cost
    from .cost_unit import CostUnit as CostUnit
    from .create_generation_request import CreateGenerationRequest as CreateGenerationRequest
    from .create_generation_request_transparency import (
        CreateGenerationRequestTransparency as CreateGenerationRequestTransparency,
    )
    from .create_generation_response import CreateGenerationResponse as CreateGenerationResponse
    from .create_lcm_generation_request import (
        CreateLcmGenerationRequest as CreateLcmGenerationRequest,
    )
    from .create_lcm_generation_response import (
        CreateLcmGenerationResponse as CreateLcmGenerationResponse,
    )
    from .create_svd_motion_generation_request import (
        CreateSvdMotionGenerationRequest as CreateSvdMotionGenerationRequest,
    )
    from .create_svd_motion_generation_response import (
        CreateSvdMotionGenerationResponse as CreateSvdMotionGenerationResponse,
    )
    from .create_texture_generation_request import (
        CreateTextureGenerationRequest as CreateTextureGenerationRequest,
    )
    from .create_texture_generation_response import (
        CreateTextureGenerationResponse as CreateTextureGenerationResponse,
    )
    from .delete_generation_by_id_response import (
        DeleteGenerationByIdResponse as DeleteGenerationByIdResponse,
    )
    from .delete_texture_generation_by_id_request import (
        DeleteTextureGenerationByIdRequest as DeleteTextureGenerationByIdRequest,
    )
    from .delete_texture_generation_by_id_response import (
        DeleteTextureGenerationByIdResponse as DeleteTextureGenerationByIdResponse,
    )
    from .deleted_generation import DeletedGeneration as DeletedGeneration
    from .deleted_texture_generation import DeletedTextureGeneration as DeletedTextureGeneration
    from .element_input import ElementInput as ElementInput
    from .generated_image import GeneratedImage as GeneratedImage
    from .generated_image_variation_generic import (
        GeneratedImageVariationGeneric as GeneratedImageVariationGeneric,
    )
    from .generation import Generation as Generation
    from .generation_element import GenerationElement as GenerationElement
    from .generation_element_lora import GenerationElementLora as GenerationElementLora
    from .get_generation_by_id_response import (
        GetGenerationByIdResponse as GetGenerationByIdResponse,
    )
    from .get_generations_by_user_id_response import (
        GetGenerationsByUserIdResponse as GetGenerationsByUserIdResponse,
    )
    from .job_status import JobStatus as JobStatus
    from .lcm_generation_output import LcmGenerationOutput as LcmGenerationOutput
    from .lcm_generation_style import LcmGenerationStyle as LcmGenerationStyle
    from .lcm_upscale_generation_output import (
        LcmUpscaleGenerationOutput as LcmUpscaleGenerationOutput,
    )
    from .lora import Lora as Lora
    from .motion_svd_generation_output import MotionSvdGenerationOutput as MotionSvdGenerationOutput
    from .perform_alchemy_upscale_lcm_request import (
        PerformAlchemyUpscaleLcmRequest as PerformAlchemyUpscaleLcmRequest,
    )
    from .perform_alchemy_upscale_lcm_response import (
        PerformAlchemyUpscaleLcmResponse as PerformAlchemyUpscaleLcmResponse,
    )
    from .perform_inpainting_lcm_request import (
        PerformInpaintingLcmRequest as PerformInpaintingLcmRequest,
    )
    from .perform_inpainting_lcm_response import (
        PerformInpaintingLcmResponse as PerformInpaintingLcmResponse,
    )
    from .perform_instant_refine_request import (
        PerformInstantRefineRequest as PerformInstantRefineRequest,
    )
    from .perform_instant_refine_response import (
        PerformInstantRefineResponse as PerformInstantRefineResponse,
    )
    from .sd_generation_output import SdGenerationOutput as SdGenerationOutput
    from .sd_generation_schedulers import SdGenerationSchedulers as SdGenerationSchedulers
    from .sd_generation_style import SdGenerationStyle as SdGenerationStyle
    from .sd_versions import SdVersions as SdVersions
    from .texture_generation_job_output import (
        TextureGenerationJobOutput as TextureGenerationJobOutput,
    )
    from .user_elements_input import UserElementsInput as UserElementsInput
    from .user_generated_image import UserGeneratedImage as UserGeneratedImage
    from .user_generation import UserGeneration as UserGeneration
    from .variation_type import VariationType as VariationType

_MODULE_OF: dict[str, str] = {
    "CanvasRequestType": "canvas_request_type",
    "ControlnetInput": "controlnet_input",
    "ControlnetInputInitImageType": "controlnet_input_init_image_type",
    "ControlnetInputStrengthType": "controlnet_input_strength_type",
    "ControlnetType": "controlnet_type",
    "Cost": "cost",
    "CostUnit": "cost_unit",
    "CreateGenerationRequest": "create_generation_request",
    "CreateGenerationRequestTransparency": "create_generation_request_transparency",
    "CreateGenerationResponse": "create_generation_response",
    "CreateLcmGenerationRequest": "create_lcm_generation_request",
    "CreateLcmGenerationResponse": "create_lcm_generation_response",
    "CreateSvdMotionGenerationRequest": "create_svd_motion_generation_request",
    "CreateSvdMotionGenerationResponse": "create_svd_motion_generation_response",
    "CreateTextureGenerationRequest": "create_texture_generation_request",
    "CreateTextureGenerationResponse": "create_texture_generation_response",
    "DeleteGenerationByIdResponse": "delete_generation_by_id_response",
    "DeleteTextureGenerationByIdRequest": "delete_texture_generation_by_id_request",
    "DeleteTextureGenerationByIdResponse": "delete_texture_generation_by_id_response",
    "DeletedGeneration": "deleted_generation",
    "DeletedTextureGeneration": "deleted_texture_generation",
    "ElementInput": "element_input",
    "GeneratedImage": "generated_image",
    "GeneratedImageVariationGeneric": "generated_image_variation_generic",
    "Generation": "generation",
    "GenerationElement": "generation_element",
    "GenerationElementLora": "generation_element_lora",
    "GetGenerationByIdResponse": "get_generation_by_id_response",
    "GetGenerationsByUserIdResponse": "get_generations_by_user_id_response",
    "JobStatus": "job_status",
    "LcmGenerationOutput": "lcm_generation_output",
    "LcmGenerationStyle": "lcm_generation_style",
    "LcmUpscaleGenerationOutput": "lcm_upscale_generation_output",
    "Lora": "lora",
    "MotionSvdGenerationOutput": "motion_svd_generation_output",
    "PerformAlchemyUpscaleLcmRequest": "perform_alchemy_upscale_lcm_request",
    "PerformAlchemyUpscaleLcmResponse": "perform_alchemy_upscale_lcm_response",
    "PerformInpaintingLcmRequest": "perform_inpainting_lcm_request",
    "PerformInpaintingLcmResponse": "perform_inpainting_lcm_response",
    "PerformInstantRefineRequest": "perform_instant_refine_request",
    "PerformInstantRefineResponse": "perform_instant_refine_response",
    "SdGenerationOutput": "sd_generation_output",
    "SdGenerationSchedulers": "sd_generation_schedulers",
    "SdGenerationStyle": "sd_generation_style",
    "SdVersions": "sd_versions",
    "TextureGenerationJobOutput": "texture_generation_job_output",
    "UserElementsInput": "user_elements_input",
    "UserGeneratedImage": "user_generated_image",
    "UserGeneration": "user_generation",
    "VariationType": "variation_type",
}

__all__ = [
    "CanvasRequestType",
    "ControlnetInput",
    "ControlnetInputInitImageType",
    "ControlnetInputStrengthType",
    "ControlnetType",
    "Cost",
    "CostUnit",
    "CreateGenerationRequest",
    "CreateGenerationRequestTransparency",
    "CreateGenerationResponse",
    "CreateLcmGenerationRequest",
    "CreateLcmGenerationResponse",
    "CreateSvdMotionGenerationRequest",
    "CreateSvdMotionGenerationResponse",
    "CreateTextureGenerationRequest",
    "CreateTextureGenerationResponse",
    "DeleteGenerationByIdResponse",
    "DeleteTextureGenerationByIdRequest",
    "DeleteTextureGenerationByIdResponse",
    "DeletedGeneration",
    "DeletedTextureGeneration",
    "ElementInput",
    "GeneratedImage",
    "GeneratedImageVariationGeneric",
    "Generation",
    "GenerationElement",
    "GenerationElementLora",
    "GetGenerationByIdResponse",
    "GetGenerationsByUserIdResponse",
    "JobStatus",
    "LcmGenerationOutput",
    "LcmGenerationStyle",
    "LcmUpscaleGenerationOutput",
    "Lora",
    "MotionSvdGenerationOutput",
    "PerformAlchemyUpscaleLcmRequest",
    "PerformAlchemyUpscaleLcmResponse",
    "PerformInpaintingLcmRequest",
    "PerformInpaintingLcmResponse",
    "PerformInstantRefineRequest",
    "PerformInstantRefineResponse",
    "SdGenerationOutput",
    "SdGenerationSchedulers",
    "SdGenerationStyle",
    "SdVersions",
    "TextureGenerationJobOutput",
    "UserElementsInput",
    "UserGeneratedImage",
    "UserGeneration",
    "VariationType",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
