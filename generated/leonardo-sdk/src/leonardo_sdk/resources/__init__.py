"""Resources of the API: one class per tag, sync and async."""

from __future__ import annotations

from .generation import AsyncGenerationResource, GenerationResource

__all__ = [
    "AsyncGenerationResource",
    "GenerationResource",
]
