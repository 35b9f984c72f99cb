"""Generated models: Person."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect


class Person(BaseModel):
    """The `Person` model.

    Attributes:
        type_: The `type` property.
        name: The `name` property.
    """

    __slots__ = ("name", "type_")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "type_": "type",
        "name": "name",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"type", "name"})

    type_: str

    name: str

    def __init__(
        self,
        *,
        type_: str,
        name: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                (
                    "type",
                    "name",
                )
            ),
            additional_properties,
        )
        self.type_ = type_
        self.name = name

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Person:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data["type"]
        self.type_ = v if v.__class__ is str else expect(v, str)
        v = data["name"]
        self.name = v if v.__class__ is str else expect(v, str)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        result["type"] = self.type_
        result["name"] = self.name
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
