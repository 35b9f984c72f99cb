"""Where a schema is written names its class: `#/components/schemas/Pet/properties/owner/items`
→ `PetOwnerItem` (the readable, stable names of inline schemas)."""

from __future__ import annotations

from generator import naming
from generator.ir.schema_keywords import ONE_OF_KEYS, Site
from generator.spec.load import SourceDocument, split_pointer

DEFINITION_KEYS = frozenset({"schemas", "definitions", "$defs"})
STRUCTURAL_NAMES = {
    "items": "Item",
    "additionalProperties": "Value",
    "not": "Not",
    "contains": "Item",
    "schema": "",
    "content": "",
}


def place_name(root: SourceDocument, site: Site) -> str | None:
    """A readable, stable name for a schema from where it is written, or None outside of
    named places (an inline schema of an operation is named by the operation instead).

    `#/components/schemas/Pet/properties/owner/items` → `PetOwnerItem`; in another file, the
    name after a `schemas`/`definitions`/`$defs` key, else the file's stem, starts it.
    """
    tokens = split_pointer(site.pointer)
    if site.document is root:
        if len(tokens) < 3 or tokens[0] != "components":
            return None
        start = 2
    else:
        starts = [i + 1 for i, t in enumerate(tokens[:-1]) if t in DEFINITION_KEYS]
        start = starts[-1] if starts else (0 if tokens else -1)
    if start >= 0:
        parts = [naming.pascal(tokens[start])]
    else:
        parts = [naming.pascal(site.document.path.stem, fallback="Schema")]
    rest = tokens[start + 1 :] if start >= 0 else tokens
    i = 0
    while i < len(rest):
        token = rest[i]
        following = rest[i + 1] if i + 1 < len(rest) else None
        if token in ("properties", "patternProperties", "$defs", "definitions") and (
            following is not None
        ):
            parts.append(naming.pascal(following, fallback="Field"))
            i += 2
            continue
        if token in ("allOf", "content") and following is not None:
            i += 2  # allOf parts merge into their parent; media types name nothing
            continue
        if token in ONE_OF_KEYS and following is not None and following.isdigit():
            parts.append(f"Variant{int(following) + 1}")
            i += 2
            continue
        if token == "prefixItems" and following is not None and following.isdigit():
            parts.append(f"Item{int(following) + 1}")
            i += 2
            continue
        parts.append(STRUCTURAL_NAMES.get(token) or naming.pascal(token, fallback="Schema"))
        i += 1
    return "".join(parts)
