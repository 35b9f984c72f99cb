"""Models of the API, imported on first use (`from shapes_sdk.models import X`)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Base as Base
    from .company import Company as Company
    from .kind import Kind as Kind
    from .list_pets_response import ListPetsResponse as ListPetsResponse
    from .new_pet import NewPet as NewPet
    from .node import Node as Node
    from .person import Person as Person
    from .pet import Pet as Pet
    from .problem import Problem as Problem

_MODULE_OF: dict[str, str] = {
    "Base": "base",
    "Company": "company",
    "Kind": "kind",
    "ListPetsResponse": "list_pets_response",
    "NewPet": "new_pet",
    "Node": "node",
    "Person": "person",
    "Pet": "pet",
    "Problem": "problem",
}

__all__ = [
    "Base",
    "Company",
    "Kind",
    "ListPetsResponse",
    "NewPet",
    "Node",
    "Person",
    "Pet",
    "Problem",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
