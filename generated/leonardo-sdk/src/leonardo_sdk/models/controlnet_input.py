"""Generated models: ControlnetInput."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .controlnet_input_init_image_type import ControlnetInputInitImageType
from .controlnet_input_strength_type import ControlnetInputStrengthType


class ControlnetInput(BaseModel):
    """controlnet_input

    Attributes:
        init_image_id: The ID of the init image
        init_image_type: Type indicating whether the init image is uploaded or generated.
        preprocessor_id: ID of the controlnet. A list of compatible IDs can be found in our guides.
        weight: Weight for the controlnet
        strength_type: Strength type for the controlnet. Can only be used for Style, Character and
            Content Reference controlnets.
    """

    __slots__ = ("init_image_id", "init_image_type", "preprocessor_id", "strength_type", "weight")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "init_image_id": "initImageId",
        "init_image_type": "initImageType",
        "preprocessor_id": "preprocessorId",
        "weight": "weight",
        "strength_type": "strengthType",
    }

    init_image_id: str | None
    """The ID of the init image"""

    init_image_type: ControlnetInputInitImageType | None
    """Type indicating whether the init image is uploaded or generated."""

    preprocessor_id: float | None
    """ID of the controlnet. A list of compatible IDs can be found in our guides."""

    weight: float | None
    """Weight for the controlnet"""

    strength_type: ControlnetInputStrengthType | None
    """Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets."""

    def __init__(
        self,
        *,
        init_image_id: str | NotGiven = NOT_GIVEN,
        init_image_type: ControlnetInputInitImageType | str | NotGiven = NOT_GIVEN,
        preprocessor_id: float | NotGiven = NOT_GIVEN,
        weight: float | None | NotGiven = NOT_GIVEN,
        strength_type: ControlnetInputStrengthType | str | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("initImageId", init_image_id),
                    ("initImageType", init_image_type),
                    ("preprocessorId", preprocessor_id),
                    ("weight", weight),
                    ("strengthType", strength_type),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.init_image_id = None if isinstance(init_image_id, NotGiven) else init_image_id
        self.init_image_type = (
            None
            if isinstance(init_image_type, (NotGiven, type(None)))
            else ControlnetInputInitImageType(init_image_type)
        )
        self.preprocessor_id = None if isinstance(preprocessor_id, NotGiven) else preprocessor_id
        self.weight = None if isinstance(weight, NotGiven) else weight
        self.strength_type = (
            None
            if isinstance(strength_type, (NotGiven, type(None)))
            else ControlnetInputStrengthType(strength_type)
        )

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> ControlnetInput:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("initImageId")
        self.init_image_id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("initImageType")
        self.init_image_type = (
            None
            if v is None
            else (ControlnetInputInitImageType._by_value.get(v) or ControlnetInputInitImageType(v))
        )
        v = data.get("preprocessorId")
        self.preprocessor_id = (
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
        v = data.get("strengthType")
        self.strength_type = (
            None
            if v is None
            else (ControlnetInputStrengthType._by_value.get(v) or ControlnetInputStrengthType(v))
        )
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.init_image_id is not None:
            result["initImageId"] = self.init_image_id
        elif self._has("initImageId"):
            result["initImageId"] = None
        if self.init_image_type is not None:
            result["initImageType"] = self.init_image_type
        elif self._has("initImageType"):
            result["initImageType"] = None
        if self.preprocessor_id is not None:
            result["preprocessorId"] = self.preprocessor_id
        elif self._has("preprocessorId"):
            result["preprocessorId"] = None
        if self.weight is not None:
            result["weight"] = self.weight
        elif self._has("weight"):
            result["weight"] = None
        if self.strength_type is not None:
            result["strengthType"] = self.strength_type
        elif self._has("strengthType"):
            result["strengthType"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
