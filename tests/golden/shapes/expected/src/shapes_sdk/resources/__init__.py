"""Resources of the API: one class per tag, sync and async."""

from __future__ import annotations

from .default import AsyncDefaultResource, DefaultResource
from .pets import AsyncPetsResource, PetsResource

__all__ = [
    "AsyncDefaultResource",
    "AsyncPetsResource",
    "DefaultResource",
    "PetsResource",
]
