"""Generated models: Node."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, decode_union, expect, to_jsonable
from .._types import NOT_GIVEN, NotGiven


class Node(BaseModel):
    """The `Node` model.

    Attributes:
        value: The `value` property.
        children: The `children` property.
        parent: The `parent` property.
    """

    __slots__ = ("children", "parent", "value")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "value": "value",
        "children": "children",
        "parent": "parent",
    }

    value: str | int | None

    children: list[Node] | None

    parent: Node | None

    def __init__(
        self,
        *,
        value: str | int | NotGiven = NOT_GIVEN,
        children: list[Node] | NotGiven = NOT_GIVEN,
        parent: Node | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("value", value),
                    ("children", children),
                    ("parent", parent),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.value = None if isinstance(value, NotGiven) else value
        self.children = None if isinstance(children, NotGiven) else children
        self.parent = None if isinstance(parent, NotGiven) else parent

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Node:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("value")
        self.value = (
            None
            if v is None
            else decode_union(v, lambda u0: expect(u0, int), lambda u0: expect(u0, str))
        )
        v = data.get("children")
        self.children = (
            None
            if v is None
            else list(map(Node._from_json, (v if v.__class__ is list else expect(v, list))))
        )
        v = data.get("parent")
        self.parent = None if v is None else Node._from_json(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.value is not None:
            result["value"] = to_jsonable(self.value)
        elif self._has("value"):
            result["value"] = None
        if self.children is not None:
            result["children"] = [x0.to_dict() for x0 in self.children]
        elif self._has("children"):
            result["children"] = None
        if self.parent is not None:
            result["parent"] = self.parent.to_dict()
        elif self._has("parent"):
            result["parent"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
