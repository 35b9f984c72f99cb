"""Generated models: GetGenerationsByUserIdResponse."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .user_generation import UserGeneration


class GetGenerationsByUserIdResponse(BaseModel):
    """A page of a user's generations.

    Attributes:
        generations: The user's generations.
    """

    __slots__ = ("generations",)
    _wire_names: ClassVar[Mapping[str, str]] = {
        "generations": "generations",
    }

    generations: list[UserGeneration] | None
    """The user's generations."""

    def __init__(
        self,
        *,
        generations: list[UserGeneration] | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (("generations", generations),)
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.generations = None if isinstance(generations, NotGiven) else generations

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> GetGenerationsByUserIdResponse:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("generations")
        self.generations = (
            None
            if v is None
            else list(
                map(UserGeneration._from_json, (v if v.__class__ is list else expect(v, list)))
            )
        )
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.generations is not None:
            result["generations"] = [x0.to_dict() for x0 in self.generations]
        elif self._has("generations"):
            result["generations"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
