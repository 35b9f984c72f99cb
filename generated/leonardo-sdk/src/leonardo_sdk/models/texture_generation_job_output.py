"""Generated models: TextureGenerationJobOutput."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .cost import Cost


class TextureGenerationJobOutput(BaseModel):
    """A texture generation job that has been queued.

    Attributes:
        id: ID of the new texture generation.
        api_credit_cost: API Credits Cost for Texture Generation. Available for Production API
            Users. Note: it will be deprecated. Please use the cost instead.

            Deprecated: setting it emits a DeprecationWarning.
        cost: The cost of the operation.
    """

    __slots__ = ("api_credit_cost", "cost", "id")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "api_credit_cost": "apiCreditCost",
        "cost": "cost",
    }

    id: str | None
    """ID of the new texture generation."""

    api_credit_cost: int | None
    """API Credits Cost for Texture Generation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.

    Deprecated: setting it emits a DeprecationWarning.
    """

    cost: Cost | None
    """The cost of the operation."""

    def __init__(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        api_credit_cost: int | None | NotGiven = NOT_GIVEN,
        cost: Cost | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("id", id),
                    ("apiCreditCost", api_credit_cost),
                    ("cost", cost),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.id = None if isinstance(id, NotGiven) else id
        self.api_credit_cost = None if isinstance(api_credit_cost, NotGiven) else api_credit_cost
        self.cost = None if isinstance(cost, NotGiven) else cost
        if not isinstance(api_credit_cost, NotGiven):
            self._warn_deprecated("TextureGenerationJobOutput.api_credit_cost")

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> TextureGenerationJobOutput:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("id")
        self.id = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("apiCreditCost")
        self.api_credit_cost = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("cost")
        self.cost = None if v is None else Cost._from_json(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self.api_credit_cost is not None:
            result["apiCreditCost"] = self.api_credit_cost
        elif self._has("apiCreditCost"):
            result["apiCreditCost"] = None
        if self.cost is not None:
            result["cost"] = self.cost.to_dict()
        elif self._has("cost"):
            result["cost"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
