"""Generated models: PerformInstantRefineResponse."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel
from .._types import NOT_GIVEN, NotGiven
from .lcm_generation_output import LcmGenerationOutput


class PerformInstantRefineResponse(BaseModel):
    """Result of instantly refining an LCM image.

    Attributes:
        lcm_generation_job: The completed refine job.
    """

    __slots__ = ("lcm_generation_job",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "lcm_generation_job": "lcmGenerationJob",
    }

    lcm_generation_job: LcmGenerationOutput | None
    """The completed refine job."""

    def __init__(
        self,
        *,
        lcm_generation_job: LcmGenerationOutput | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (("lcmGenerationJob", lcm_generation_job),)
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.lcm_generation_job = (
            None if isinstance(lcm_generation_job, NotGiven) else lcm_generation_job
        )

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> PerformInstantRefineResponse:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("lcmGenerationJob")
        self.lcm_generation_job = None if v is None else LcmGenerationOutput._from_json(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.lcm_generation_job is not None:
            result["lcmGenerationJob"] = self.lcm_generation_job.to_dict()
        elif self._has("lcmGenerationJob"):
            result["lcmGenerationJob"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
