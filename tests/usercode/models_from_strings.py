"""A user building request models as the docs show them: enums as their string values, nested
models, optional fields left out or set to None; and the model helpers."""

from __future__ import annotations

import json

from leonardo_sdk import Leonardo
from leonardo_sdk.models import (
    ControlnetInput,
    ControlnetInputInitImageType,
    ElementInput,
    GetGenerationByIdResponse,
    SdGenerationStyle,
)

controlnet = ControlnetInput(init_image_id="img-1", init_image_type="UPLOADED", weight=0.5)
generated = ControlnetInput(init_image_type=ControlnetInputInitImageType.GENERATED)
unknown_yet = ControlnetInput(init_image_type="SOMETHING_NEW", strength_type=None)
element = ElementInput(ak_uuid="e-1", weight=None)

kind: ControlnetInputInitImageType | None = controlnet.init_image_type
assert kind is ControlnetInputInitImageType.UPLOADED
print(kind == "UPLOADED", unknown_yet.init_image_type, generated.fields_set)

data: dict[str, object] = controlnet.to_dict()
text: str = controlnet.to_json(indent=2)
again = ControlnetInput.from_dict(json.loads(text))
print(data, again == controlnet, sorted(element.fields_set), element.additional_properties)

response = GetGenerationByIdResponse.from_dict({"generations_by_pk": {"id": "g1"}})
if response.generations_by_pk is not None:
    print(response.generations_by_pk.id)


def submit(client: Leonardo) -> str | None:
    job = client.generation.create_generation(
        prompt="a lighthouse at dusk",
        preset_style="CINEMATIC",
        controlnets=[controlnet, ControlnetInput(init_image_type="GENERATED")],
        elements=[element],
        num_images=2,
        seed=None,
    )
    style: SdGenerationStyle | str = SdGenerationStyle.DYNAMIC
    print(style)
    return job.sd_generation_job.generation_id if job.sd_generation_job else None
