"""Generated models: GetGenerationByIdResponse."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel
from .._types import NOT_GIVEN, NotGiven
from .generation import Generation


class GetGenerationByIdResponse(BaseModel):
    """A single generation with its images.

    Attributes:
        generations_by_pk: The requested generation, or null if it was not found.
    """

    __slots__ = ("generations_by_pk",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "generations_by_pk": "generations_by_pk",
    }

    generations_by_pk: Generation | None
    """The requested generation, or null if it was not found."""

    def __init__(
        self,
        *,
        generations_by_pk: Generation | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (("generations_by_pk", generations_by_pk),)
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.generations_by_pk = (
            None if isinstance(generations_by_pk, NotGiven) else generations_by_pk
        )

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> GetGenerationByIdResponse:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("generations_by_pk")
        self.generations_by_pk = None if v is None else Generation._from_json(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.generations_by_pk is not None:
            result["generations_by_pk"] = self.generations_by_pk.to_dict()
        elif self._has("generations_by_pk"):
            result["generations_by_pk"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
