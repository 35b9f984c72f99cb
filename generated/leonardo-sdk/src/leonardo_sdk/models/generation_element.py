"""Generated models: GenerationElement."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .generation_element_lora import GenerationElementLora


class GenerationElement(BaseModel):
    """This table captures the elements that are applied to a Generations, also the order and
    weightings used when applied.

    Attributes:
        id: ID of the generation element record.
        lora: Element used for the generation.
        weight_applied: The weight the element was applied with.
    """

    __slots__ = ("id", "lora", "weight_applied")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "lora": "lora",
        "weight_applied": "weightApplied",
    }

    id: int | None
    """ID of the generation element record."""

    lora: GenerationElementLora | None
    """Element used for the generation."""

    weight_applied: float | None
    """The weight the element was applied with."""

    def __init__(
        self,
        *,
        id: int | None | NotGiven = NOT_GIVEN,
        lora: GenerationElementLora | None | NotGiven = NOT_GIVEN,
        weight_applied: float | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("id", id),
                    ("lora", lora),
                    ("weightApplied", weight_applied),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.id = None if isinstance(id, NotGiven) else id
        self.lora = None if isinstance(lora, NotGiven) else lora
        self.weight_applied = None if isinstance(weight_applied, NotGiven) else weight_applied

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> GenerationElement:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("id")
        self.id = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("lora")
        self.lora = None if v is None else GenerationElementLora._from_json(v)
        v = data.get("weightApplied")
        self.weight_applied = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self.lora is not None:
            result["lora"] = self.lora.to_dict()
        elif self._has("lora"):
            result["lora"] = None
        if self.weight_applied is not None:
            result["weightApplied"] = self.weight_applied
        elif self._has("weightApplied"):
            result["weightApplied"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
