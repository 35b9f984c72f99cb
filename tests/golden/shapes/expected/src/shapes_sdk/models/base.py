"""Generated models: Base."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from .._serde import BaseModel, expect, format_datetime, parse_datetime
from .._types import NOT_GIVEN, NotGiven


class Base(BaseModel):
    """The `Base` model.

    Attributes:
        id: Read-only: set by the server; not needed when sending.
        created_at: The `createdAt` property.
    """

    __slots__ = ("created_at", "id")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "created_at": "createdAt",
    }
    _required_wire_names: ClassVar[frozenset[str]] = frozenset({"id"})

    id: int | None
    """Read-only: set by the server; not needed when sending."""

    created_at: datetime | None

    def __init__(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        created_at: datetime | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("id", id),
                    ("createdAt", created_at),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.id = None if isinstance(id, NotGiven) else id
        self.created_at = None if isinstance(created_at, NotGiven) else created_at

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Base:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data["id"]
        self.id = v if v.__class__ is int else expect(v, int)
        v = data.get("createdAt")
        self.created_at = None if v is None else parse_datetime(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.id is not None:
            result["id"] = self.id
        elif self._has("id"):
            result["id"] = None
        if self.created_at is not None:
            result["createdAt"] = format_datetime(self.created_at)
        elif self._has("createdAt"):
            result["createdAt"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
