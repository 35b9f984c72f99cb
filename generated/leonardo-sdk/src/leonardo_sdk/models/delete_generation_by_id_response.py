"""Generated models: DeleteGenerationByIdResponse."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel
from .._types import NOT_GIVEN, NotGiven
from .deleted_generation import DeletedGeneration


class DeleteGenerationByIdResponse(BaseModel):
    """Result of deleting a generation.

    Attributes:
        delete_generations_by_pk: The generation that was deleted.
    """

    __slots__ = ("delete_generations_by_pk",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "delete_generations_by_pk": "delete_generations_by_pk",
    }

    delete_generations_by_pk: DeletedGeneration | None
    """The generation that was deleted."""

    def __init__(
        self,
        *,
        delete_generations_by_pk: DeletedGeneration | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (("delete_generations_by_pk", delete_generations_by_pk),)
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.delete_generations_by_pk = (
            None if isinstance(delete_generations_by_pk, NotGiven) else delete_generations_by_pk
        )

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> DeleteGenerationByIdResponse:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("delete_generations_by_pk")
        self.delete_generations_by_pk = None if v is None else DeletedGeneration._from_json(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.delete_generations_by_pk is not None:
            result["delete_generations_by_pk"] = self.delete_generations_by_pk.to_dict()
        elif self._has("delete_generations_by_pk"):
            result["delete_generations_by_pk"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
