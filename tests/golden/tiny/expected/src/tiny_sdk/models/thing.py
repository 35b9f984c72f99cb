"""Generated models: Thing."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven


class Thing(BaseModel):
    """The `Thing` model.

    Attributes:
        id: The `id` property.
    """

    __slots__ = ("id",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }

    id: str | None

    def __init__(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(wire for wire, value in (("id", id),) if not isinstance(value, NotGiven)),
            additional_properties,
        )
        self.id = None if isinstance(id, NotGiven) else id

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Thing:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("id")
        self.id = v if v.__class__ is str or v is None else expect(v, str)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
