"""What the diff reports: one SDK-visible change (`Change`), the groups changes are listed in,
and the diff's error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.errors import SdkgenError

Group = Literal["operations", "parameters", "request body", "responses", "models", "enums"]

GROUPS: tuple[Group, ...] = (
    "operations",
    "parameters",
    "request body",
    "responses",
    "models",
    "enums",
)
GROUP_TITLES: dict[Group, str] = {
    "operations": "Operations",
    "parameters": "Parameters",
    "request body": "Request body fields",
    "responses": "Responses",
    "models": "Models and fields",
    "enums": "Enums",
}


class DiffError(SdkgenError):
    """The diff cannot be computed as asked (e.g. an unknown operationId)."""


@dataclass(frozen=True)
class Change:
    """One SDK-visible change; `source` points into the new spec (into the old for removals)."""

    group: Group
    kind: str
    breaking: bool
    subject: str  # where users see it: `generation.create_generation(seed=)`, `Model.field`
    detail: str
    source: str
    direction: str = ""  # "request", "response", "request+response" or ""
    operations: tuple[str, ...] = ()  # SDK methods (resource.method) that reach the change

    def to_json(self) -> dict[str, object]:
        return {
            "group": self.group,
            "kind": self.kind,
            "breaking": self.breaking,
            "subject": self.subject,
            "detail": self.detail,
            "source": self.source,
            "direction": self.direction,
            "operations": list(self.operations),
        }
