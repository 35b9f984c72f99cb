"""Resources of the API: one class per tag, sync and async."""

from __future__ import annotations

from .default import AsyncDefaultResource, DefaultResource

__all__ = [
    "AsyncDefaultResource",
    "DefaultResource",
]
