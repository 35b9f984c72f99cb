"""Generated models: JobStatus."""

# Models decode one another through the fast `_from_json` and enums' `_by_value` table:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._serde import OpenEnum, unknown_enum_member


class JobStatus(str, OpenEnum):
    """The status of the current task."""

    PENDING = "PENDING"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"

    @classmethod
    def _missing_(cls, value: object) -> JobStatus | None:
        return unknown_enum_member(cls, value)


JobStatus._by_value = {member.value: member for member in JobStatus}
