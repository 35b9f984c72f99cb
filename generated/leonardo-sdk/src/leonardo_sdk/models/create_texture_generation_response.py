"""Generated models: CreateTextureGenerationResponse."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel
from .._types import NOT_GIVEN, NotGiven
from .texture_generation_job_output import TextureGenerationJobOutput


class CreateTextureGenerationResponse(BaseModel):
    """Result of starting a texture generation job.

    Attributes:
        texture_generation_job: The texture generation job that was created.
    """

    __slots__ = ("texture_generation_job",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "texture_generation_job": "textureGenerationJob",
    }

    texture_generation_job: TextureGenerationJobOutput | None
    """The texture generation job that was created."""

    def __init__(
        self,
        *,
        texture_generation_job: TextureGenerationJobOutput | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (("textureGenerationJob", texture_generation_job),)
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.texture_generation_job = (
            None if isinstance(texture_generation_job, NotGiven) else texture_generation_job
        )

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> CreateTextureGenerationResponse:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("textureGenerationJob")
        self.texture_generation_job = (
            None if v is None else TextureGenerationJobOutput._from_json(v)
        )
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.texture_generation_job is not None:
            result["textureGenerationJob"] = self.texture_generation_job.to_dict()
        elif self._has("textureGenerationJob"):
            result["textureGenerationJob"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
