"""Generated models: GeneratedImageVariationGeneric."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .job_status import JobStatus
from .variation_type import VariationType


class GeneratedImageVariationGeneric(BaseModel):
    """columns and relationships of "generated_image_variation_generic"

    Attributes:
        id: ID of the variation.
        status: The status of the current task.
        transform_type: The type of variation.
        url: URL of the variation image.
    """

    __slots__ = ("id", "status", "transform_type", "url")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "status": "status",
        "transform_type": "transformType",
        "url": "url",
    }

    id: str | None
    """ID of the variation."""

    status: JobStatus | None
    """The status of the current task."""

    transform_type: VariationType | None
    """The type of variation."""

    url: str | None
    """URL of the variation image."""

    def __init__(
        self,
        *,
        id: str | None | NotGiven = NOT_GIVEN,
        status: JobStatus | str | NotGiven = NOT_GIVEN,
        transform_type: VariationType | str | NotGiven = NOT_GIVEN,
        url: str | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("id", id),
                    ("status", status),
                    ("transformType", transform_type),
                    ("url", url),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.id = None if isinstance(id, NotGiven) else id
        self.status = None if isinstance(status, (NotGiven, type(None))) else JobStatus(status)
        self.transform_type = (
            None
            if isinstance(transform_type, (NotGiven, type(None)))
            else VariationType(transform_type)
        )
        self.url = None if isinstance(url, NotGiven) else url

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> GeneratedImageVariationGeneric:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("id")
        self.id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("status")
        self.status = None if v is None else (JobStatus._by_value.get(v) or JobStatus(v))
        v = data.get("transformType")
        self.transform_type = (
            None if v is None else (VariationType._by_value.get(v) or VariationType(v))
        )
        v = data.get("url")
        self.url = v if v.__class__ is str or v is None else expect(v, str)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self.status is not None:
            result["status"] = self.status
        elif self._has("status"):
            result["status"] = None
        if self.transform_type is not None:
            result["transformType"] = self.transform_type
        elif self._has("transformType"):
            result["transformType"] = None
        if self.url is not None:
            result["url"] = self.url
        elif self._has("url"):
            result["url"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
