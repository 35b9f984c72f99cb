"""Generated models: ElementInput."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven


class ElementInput(BaseModel):
    """element_input

    Attributes:
        ak_uuid: Unique identifier for element. Elements can be found from the List Elements
            endpoint.
        weight: Weight for the element

            Default: 1.0
    """

    __slots__ = ("ak_uuid", "weight")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "ak_uuid": "akUUID",
        "weight": "weight",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"akUUID"})

    ak_uuid: str
    """Unique identifier for element. Elements can be found from the List Elements endpoint."""

    weight: float | None
    """Weight for the element

    Default: 1.0
    """

    def __init__(
        self,
        *,
        ak_uuid: str,
        weight: float | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                (
                    "akUUID",
                    *(
                        wire
                        for wire, value in (("weight", weight),)
                        if not isinstance(value, NotGiven)
                    ),
                )
            ),
            additional_properties,
        )
        self.ak_uuid = ak_uuid
        self.weight = None if isinstance(weight, NotGiven) else weight

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> ElementInput:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data["akUUID"]
        self.ak_uuid = v if v.__class__ is str else expect(v, str)
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
        result["akUUID"] = self.ak_uuid
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
