"""Generated models: CreateGenerationResponse."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel
from .._types import NOT_GIVEN, NotGiven
from .sd_generation_output import SdGenerationOutput


class CreateGenerationResponse(BaseModel):
    """Result of starting an image generation job.

    Attributes:
        sd_generation_job: The image generation job that was created.
    """

    __slots__ = ("sd_generation_job",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "sd_generation_job": "sdGenerationJob",
    }

    sd_generation_job: SdGenerationOutput | None
    """The image generation job that was created."""

    def __init__(
        self,
        *,
        sd_generation_job: SdGenerationOutput | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (("sdGenerationJob", sd_generation_job),)
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.sd_generation_job = (
            None if isinstance(sd_generation_job, NotGiven) else sd_generation_job
        )

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> CreateGenerationResponse:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("sdGenerationJob")
        self.sd_generation_job = None if v is None else SdGenerationOutput._from_json(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.sd_generation_job is not None:
            result["sdGenerationJob"] = self.sd_generation_job.to_dict()
        elif self._has("sdGenerationJob"):
            result["sdGenerationJob"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
