"""Generated models: Cost."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .cost_unit import CostUnit


class Cost(BaseModel):
    """The cost of the operation.

    Attributes:
        amount: The amount of the cost.
        unit: The unit of the cost. Can be CREDITS or DOLLARS. Note: DOLLARS unit only supports PAYG
            plan.
    """

    __slots__ = ("amount", "unit")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "amount": "amount",
        "unit": "unit",
    }

    amount: str | None
    """The amount of the cost."""

    unit: CostUnit | None
    """The unit of the cost. Can be CREDITS or DOLLARS. Note: DOLLARS unit only supports PAYG plan."""

    def __init__(
        self,
        *,
        amount: str | NotGiven = NOT_GIVEN,
        unit: CostUnit | str | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("amount", amount),
                    ("unit", unit),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.amount = None if isinstance(amount, NotGiven) else amount
        self.unit = None if isinstance(unit, (NotGiven, type(None))) else CostUnit(unit)

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Cost:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("amount")
        self.amount = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("unit")
        self.unit = None if v is None else (CostUnit._by_value.get(v) or CostUnit(v))
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.amount is not None:
            result["amount"] = self.amount
        elif self._has("amount"):
            result["amount"] = None
        if self.unit is not None:
            result["unit"] = self.unit
        elif self._has("unit"):
            result["unit"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
