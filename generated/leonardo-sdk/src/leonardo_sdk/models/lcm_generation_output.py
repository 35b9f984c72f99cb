"""Generated models: LcmGenerationOutput."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._serde import BaseModel, expect
from .._types import NOT_GIVEN, NotGiven
from .cost import Cost


class LcmGenerationOutput(BaseModel):
    """Output of a realtime (LCM) generation.

    Attributes:
        image_data_url: The generated images as base64 data URLs.
        request_timestamp: Timestamp of the request.
        api_credit_cost: API credits cost, available for Production API users. Note: it will be
            deprecated. Please use the cost instead.

            Deprecated: setting it emits a DeprecationWarning.
        cost: The cost of the operation.
    """

    __slots__ = ("api_credit_cost", "cost", "image_data_url", "request_timestamp")
    _wire_names: ClassVar[Mapping[str, str]] = {
        "image_data_url": "imageDataUrl",
        "request_timestamp": "requestTimestamp",
        "api_credit_cost": "apiCreditCost",
        "cost": "cost",
    }

    image_data_url: list[str] | None
    """The generated images as base64 data URLs."""

    request_timestamp: str | None
    """Timestamp of the request."""

    api_credit_cost: int | None
    """API credits cost, available for Production API users. Note: it will be deprecated. Please use the cost instead.

    Deprecated: setting it emits a DeprecationWarning.
    """

    cost: Cost | None
    """The cost of the operation."""

    def __init__(
        self,
        *,
        image_data_url: list[str] | NotGiven = NOT_GIVEN,
        request_timestamp: str | NotGiven = NOT_GIVEN,
        api_credit_cost: int | None | NotGiven = NOT_GIVEN,
        cost: Cost | None | NotGiven = NOT_GIVEN,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        self._init_extra(
            frozenset(
                wire
                for wire, value in (
                    ("imageDataUrl", image_data_url),
                    ("requestTimestamp", request_timestamp),
                    ("apiCreditCost", api_credit_cost),
                    ("cost", cost),
                )
                if not isinstance(value, NotGiven)
            ),
            additional_properties,
        )
        self.image_data_url = None if isinstance(image_data_url, NotGiven) else image_data_url
        self.request_timestamp = (
            None if isinstance(request_timestamp, NotGiven) else request_timestamp
        )
        self.api_credit_cost = None if isinstance(api_credit_cost, NotGiven) else api_credit_cost
        self.cost = None if isinstance(cost, NotGiven) else cost
        if not isinstance(api_credit_cost, NotGiven):
            self._warn_deprecated("LcmGenerationOutput.api_credit_cost")

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> LcmGenerationOutput:
        """Decode the JSON object received (unknown keys are kept); `from_dict` diagnoses."""
        if data.__class__ is not dict:
            cls._check_object(data)
        self = cls.__new__(cls)
        self._raw = data
        self._extra = None
        v: Any
        v = data.get("imageDataUrl")
        self.image_data_url = v if v.__class__ is list or v is None else expect(v, list)
        v = data.get("requestTimestamp")
        self.request_timestamp = v if v.__class__ is str or v is None else expect(v, str)
        v = data.get("apiCreditCost")
        self.api_credit_cost = v if v.__class__ is int or v is None else expect(v, int)
        v = data.get("cost")
        self.cost = None if v is None else Cost._from_json(v)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to send: present fields by wire name, then unknown keys."""
        result: dict[str, Any] = {}
        if self.image_data_url is not None:
            result["imageDataUrl"] = self.image_data_url
        elif self._has("imageDataUrl"):
            result["imageDataUrl"] = None
        if self.request_timestamp is not None:
            result["requestTimestamp"] = self.request_timestamp
        elif self._has("requestTimestamp"):
            result["requestTimestamp"] = None
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
