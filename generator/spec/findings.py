"""The vocabulary of validation results: a value located in the spec, a problem, a finding (a
problem and whether the reference reports it too) and the Findings of one validation run."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.errors import Location
from generator.spec.load import SourceDocument, join_pointer

Problem = tuple[str, SourceDocument, str]
"""A message, the document it is about and the JSON pointer inside that document."""
Finding = tuple[str, SourceDocument, str, bool]
"""A problem and whether openapi-spec-validator 0.9 reports it too (else: stricter, a warning)."""
Located = list[tuple[str, Location]]


@dataclass(frozen=True)
class Findings:
    """Problems that refuse the spec (the reference refuses it too) and those only we find,
    which are warnings: sdkgen never refuses a spec openapi-spec-validator 0.9 accepts."""

    errors: Located
    warnings: Located


class Node:
    """A value of the spec with where it is written (document + JSON pointer)."""

    __slots__ = ("value", "document", "pointer")

    def __init__(self, value: Any, document: SourceDocument, pointer: str) -> None:
        self.value = value
        self.document = document
        self.pointer = pointer

    def child(self, *tokens: str | int) -> Node:
        value = self.value
        for token in tokens:
            value = value[token]
        return Node(value, self.document, join_pointer(self.pointer, *tokens))

    def get(self, key: str) -> Node | None:
        if isinstance(self.value, dict) and key in self.value:
            return self.child(key)
        return None

    def items(self) -> Iterator[tuple[str, Node]]:
        if isinstance(self.value, dict):
            for key in self.value:
                yield key, self.child(key)

    def elements(self) -> Iterator[Node]:
        if isinstance(self.value, list):
            for index in range(len(self.value)):
                yield self.child(index)
