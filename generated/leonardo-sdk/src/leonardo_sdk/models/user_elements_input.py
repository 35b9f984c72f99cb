"""Generated models: UserElementsInput."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven


class UserElementsInput(BaseModel):
    """user_elements_input

    Attributes:
        user_lora_id: Unique identifier for user custom element.
        weight: Weight for the element
    """

    __slots__ = ("user_lora_id", "weight")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "user_lora_id": "userLoraId",
        "weight": "weight",
    }

    user_lora_id: float | None
    """Unique identifier for user custom element."""

    weight: float | None
    """Weight for the element"""

    def __init__(
        self,
        *,
        user_lora_id: float | None | NotGiven = NOT_GIVEN,
        weight: float | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("userLoraId", user_lora_id),
                    ("weight", weight),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.user_lora_id = None if isinstance(user_lora_id, NotGiven) else user_lora_id
        self.weight = None if isinstance(weight, NotGiven) else weight

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> UserElementsInput:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("userLoraId")
        self.user_lora_id = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        v = data.get("weight")
        self.weight = (
            v
            if v.__class__ is float or v.__class__ is int or v is None
            else expect(v, (int, float))
        )
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.user_lora_id is not None:
            result["userLoraId"] = self.user_lora_id
        elif self._has("userLoraId"):
            result["userLoraId"] = None
        if self.weight is not None:
            result["weight"] = self.weight
        elif self._has("weight"):
            result["weight"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
