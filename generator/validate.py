"""Validate stage: check the document against the OpenAPI specification (openapi-spec-validator).

Returns the problems with their locations; the pipeline decides whether they stop generation
(default) or become warnings (`--lenient`).
"""

from __future__ import annotations

import re
from typing import Any

from .errors import Location, SpecError
from .load import SourceDocument, Spec, join_pointer

SUPPORTED = "OpenAPI 3.0.x or 3.1.x"


def openapi_version(document: SourceDocument) -> str:
    """The `openapi` version ("3.0"/"3.1"), or a clear error for anything we do not generate."""
    data = document.data
    if "swagger" in data:
        raise SpecError(
            f"Swagger {data.get('swagger')} is not supported; sdkgen reads {SUPPORTED}. Convert "
            "it first, e.g. `npx swagger2openapi spec.yaml -o openapi.yaml`",
            document.location("/swagger"),
        )
    version = data.get("openapi")
    if version is None:
        raise SpecError(
            f"no `openapi` field: this is not an OpenAPI document ({SUPPORTED} expected)",
            document.location(""),
        )
    match = re.fullmatch(r"(3\.[01])\.\d+(-.+)?", str(version))
    if match is None:
        raise SpecError(
            f"unsupported OpenAPI version {version!r}; sdkgen reads {SUPPORTED}",
            document.location("/openapi"),
        )
    return match.group(1)


def validate_spec(spec: Spec, max_problems: int = 20) -> list[tuple[str, Location]]:
    """Problems openapi-spec-validator finds, each located (file, line, JSON pointer)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    document = spec.root
    version = openapi_version(document)
    validator_class: Any = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    validator = validator_class(document.data, base_uri=document.path.as_uri())
    problems: list[tuple[str, Location]] = []
    try:
        for error in validator.iter_errors():
            pointer = join_pointer("", *getattr(error, "path", ()))
            message = str(getattr(error, "message", error)).splitlines()[0]
            problems.append((_shorten(message), document.location(pointer)))
            if len(problems) >= max_problems:
                break
    except RecursionError:
        raise SpecError("the spec nests too deeply to validate", document.location("")) from None
    except Exception as exc:  # the validator raises its own types for unreadable refs etc.
        problems.append((f"{type(exc).__name__}: {_shorten(str(exc))}", document.location("")))
    return problems


def _shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
