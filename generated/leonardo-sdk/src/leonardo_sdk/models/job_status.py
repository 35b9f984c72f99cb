"""Generated models: JobStatus."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class JobStatus(str, Enum):
    """The status of the current task."""

    PENDING = "PENDING"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"

    @classmethod
    def _missing_(cls, value: object) -> JobStatus | None:
        return unknown_enum_member(cls, value)
