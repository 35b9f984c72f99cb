"""Generated models: GenerationElementLora."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .sd_versions import SdVersions


class GenerationElementLora(BaseModel):
    """Element used for the generation.

    Attributes:
        ak_uuid: Unique identifier for the element. Elements can be found from the List Elements
            endpoint.
        base_model: Base model version the element was trained for.
        description: Description for the element
        name: Name of the element
        url_image: URL of the element image
        weight_default: Default weight for the element
        weight_max: Maximum weight for the element
        weight_min: Minimum weight for the element
    """

    __slots__ = (
        "ak_uuid",
        "base_model",
        "description",
        "name",
        "url_image",
        "weight_default",
        "weight_max",
        "weight_min",
    )
    _wire_names: ClassVar[Mapping[str, str]] = {
        "ak_uuid": "akUUID",
        "base_model": "baseModel",
        "description": "description",
        "name": "name",
        "url_image": "urlImage",
        "weight_default": "weightDefault",
        "weight_max": "weightMax",
        "weight_min": "weightMin",
    }

    ak_uuid: str | None
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""

    base_model: SdVersions | None
    """Base model version the element was trained for."""

    description: str | None
    """Description for the element"""

    name: str | None
    """Name of the element"""

    url_image: str | None
    """URL of the element image"""

    weight_default: int | None
    """Default weight for the element"""

    weight_max: int | None
    """Maximum weight for the element"""

    weight_min: int | None
    """Minimum weight for the element"""

    def __init__(
        self,
        *,
        ak_uuid: str | None | NotGiven = NOT_GIVEN,
        base_model: SdVersions | str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        url_image: str | None | NotGiven = NOT_GIVEN,
        weight_default: int | None | NotGiven = NOT_GIVEN,
        weight_max: int | None | NotGiven = NOT_GIVEN,
        weight_min: int | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("akUUID", ak_uuid),
                    ("baseModel", base_model),
                    ("description", description),
                    ("name", name),
                    ("urlImage", url_image),
                    ("weightDefault", weight_default),
                    ("weightMax", weight_max),
                    ("weightMin", weight_min),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.ak_uuid = None if isinstance(ak_uuid, NotGiven) else ak_uuid
        self.base_model = (
            None if isinstance(base_model, (NotGiven, type(None))) else SdVersions(base_model)
        )
        self.description = None if isinstance(description, NotGiven) else description
        self.name = None if isinstance(name, NotGiven) else name
        self.url_image = None if isinstance(url_image, NotGiven) else url_image
        self.weight_default = None if isinstance(weight_default, NotGiven) else weight_default
        self.weight_max = None if isinstance(weight_max, NotGiven) else weight_max
        self.weight_min = None if isinstance(weight_min, NotGiven) else weight_min

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> GenerationElementLora:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("akUUID")
        self.ak_uuid = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("baseModel")
        self.base_model = None if v is None else (SdVersions._by_value.get(v) or SdVersions(v))
        v = data.get("description")
        self.description = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("name")
        self.name = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("urlImage")
        self.url_image = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("weightDefault")
        self.weight_default = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("weightMax")
        self.weight_max = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("weightMin")
        self.weight_min = v if v.__class__ is int or v is None else expect(v, int)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.ak_uuid is not None:
            result["akUUID"] = self.ak_uuid
        elif self._has("akUUID"):
            result["akUUID"] = None
        if self.base_model is not None:
            result["baseModel"] = self.base_model
        elif self._has("baseModel"):
            result["baseModel"] = None
        if self.description is not None:
            result["description"] = self.description
        elif self._has("description"):
            result["description"] = None
        if self.name is not None:
            result["name"] = self.name
        elif self._has("name"):
            result["name"] = None
        if self.url_image is not None:
            result["urlImage"] = self.url_image
        elif self._has("urlImage"):
            result["urlImage"] = None
        if self.weight_default is not None:
            result["weightDefault"] = self.weight_default
        elif self._has("weightDefault"):
            result["weightDefault"] = None
        if self.weight_max is not None:
            result["weightMax"] = self.weight_max
        elif self._has("weightMax"):
            result["weightMax"] = None
        if self.weight_min is not None:
            result["weightMin"] = self.weight_min
        elif self._has("weightMin"):
            result["weightMin"] = None
        if self._extra is None:
            for key, value in self._unknown_raw().items():
                result.setdefault(key, value)
        else:
            for key, value in self._extra.items():
                result.setdefault(key, value)
        return result
