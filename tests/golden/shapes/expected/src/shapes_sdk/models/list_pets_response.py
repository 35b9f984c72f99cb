"""Generated models: ListPetsResponse."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .pet import Pet


class ListPetsResponse(BaseModel):
    """The `ListPetsResponse` model.

    Attributes:
        items: The `items` property.
    """

    __slots__ = ("items",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "items": "items",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"items"})

    items: list[Pet]

    def __init__(
        self,
        *,
        items: list[Pet],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(("items",)),
            additional_properties,
        )
        self.items = items

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> ListPetsResponse:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data["items"]
        self.items = list(map(Pet._from_json, (v if v.__class__ is list else expect(v, list))))
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        result["items"] = [x0.to_dict() for x0 in self.items]
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
