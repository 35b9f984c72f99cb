"""Generated models: JobStatus."""

from __future__ import annotations

from enum import Enum

from .._serde import unknown_enum_member


class JobStatus(str, Enum):
    """The status of the current task."""

    PENDING = "PENDING"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"

    _by_value: dict[object, JobStatus]  # value -> member: decoding looks values up here

    @classmethod
    def _missing_(cls, value: object) -> JobStatus | None:
        return unknown_enum_member(cls, value)


JobStatus._by_value = {member.value: member for member in JobStatus}
