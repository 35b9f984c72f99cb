"""Generated models: Lora."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven


class Lora(BaseModel):
    """An element (LoRA) that can be applied to generations.

    Attributes:
        ak_uuid: Unique identifier for the element. Elements can be found from the List Elements
            endpoint.
        creator_name: Name of the creator of the element
        name: Name of the element
        description: Description for the element
        url_image: URL of the element image
        base_model: Base model version for the element
        weight_default: Default weight for the element
        weight_min: Minimum weight for the element
        weight_max: Maximum weight for the element
        typename: Type name for introspection purposes
    """

    __slots__ = (
        "ak_uuid",
        "base_model",
        "creator_name",
        "description",
        "name",
        "typename",
        "url_image",
        "weight_default",
        "weight_max",
        "weight_min",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "ak_uuid": "akUUID",
        "creator_name": "creatorName",
        "name": "name",
        "description": "description",
        "url_image": "urlImage",
        "base_model": "baseModel",
        "weight_default": "weightDefault",
        "weight_min": "weightMin",
        "weight_max": "weightMax",
        "typename": "__typename",
    }

    ak_uuid: str | None
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""

    creator_name: str | None
    """Name of the creator of the element"""

    name: str | None
    """Name of the element"""

    description: str | None
    """Description for the element"""

    url_image: str | None
    """URL of the element image"""

    base_model: str | None
    """Base model version for the element"""

    weight_default: int | None
    """Default weight for the element"""

    weight_min: int | None
    """Minimum weight for the element"""

    weight_max: int | None
    """Maximum weight for the element"""

    typename: str | None
    """Type name for introspection purposes"""

    def __init__(
        self,
        *,
        ak_uuid: str | None | NotGiven = NOT_GIVEN,
        creator_name: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        url_image: str | None | NotGiven = NOT_GIVEN,
        base_model: str | None | NotGiven = NOT_GIVEN,
        weight_default: int | None | NotGiven = NOT_GIVEN,
        weight_min: int | None | NotGiven = NOT_GIVEN,
        weight_max: int | None | NotGiven = NOT_GIVEN,
        typename: str | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("akUUID", ak_uuid),
                    ("creatorName", creator_name),
                    ("name", name),
                    ("description", description),
                    ("urlImage", url_image),
                    ("baseModel", base_model),
                    ("weightDefault", weight_default),
                    ("weightMin", weight_min),
                    ("weightMax", weight_max),
                    ("__typename", typename),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.ak_uuid = None if isinstance(ak_uuid, NotGiven) else ak_uuid
        self.creator_name = None if isinstance(creator_name, NotGiven) else creator_name
        self.name = None if isinstance(name, NotGiven) else name
        self.description = None if isinstance(description, NotGiven) else description
        self.url_image = None if isinstance(url_image, NotGiven) else url_image
        self.base_model = None if isinstance(base_model, NotGiven) else base_model
        self.weight_default = None if isinstance(weight_default, NotGiven) else weight_default
        self.weight_min = None if isinstance(weight_min, NotGiven) else weight_min
        self.weight_max = None if isinstance(weight_max, NotGiven) else weight_max
        self.typename = None if isinstance(typename, NotGiven) else typename

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Lora:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("akUUID")
        self.ak_uuid = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("creatorName")
        self.creator_name = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("name")
        self.name = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("description")
        self.description = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("urlImage")
        self.url_image = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("baseModel")
        self.base_model = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("weightDefault")
        self.weight_default = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("weightMin")
        self.weight_min = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("weightMax")
        self.weight_max = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("__typename")
        self.typename = v if v.__class__ is str or v is None else expect(v, str)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.ak_uuid is not None:
            result["akUUID"] = self.ak_uuid
        elif self._has("akUUID"):
            result["akUUID"] = None
        if self.creator_name is not None:
            result["creatorName"] = self.creator_name
        elif self._has("creatorName"):
            result["creatorName"] = None
        if self.name is not None:
            result["name"] = self.name
        elif self._has("name"):
            result["name"] = None
        if self.description is not None:
            result["description"] = self.description
        elif self._has("description"):
            result["description"] = None
        if self.url_image is not None:
            result["urlImage"] = self.url_image
        elif self._has("urlImage"):
            result["urlImage"] = None
        if self.base_model is not None:
            result["baseModel"] = self.base_model
        elif self._has("baseModel"):
            result["baseModel"] = None
        if self.weight_default is not None:
            result["weightDefault"] = self.weight_default
        elif self._has("weightDefault"):
            result["weightDefault"] = None
        if self.weight_min is not None:
            result["weightMin"] = self.weight_min
        elif self._has("weightMin"):
            result["weightMin"] = None
        if self.weight_max is not None:
            result["weightMax"] = self.weight_max
        elif self._has("weightMax"):
            result["weightMax"] = None
        if self.typename is not None:
            result["__typename"] = self.typename
        elif self._has("__typename"):
            result["__typename"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
