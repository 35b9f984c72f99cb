"""Validate stage: check the document against the OpenAPI specification (openapi-spec-validator).

Returns the problems with their locations; the pipeline decides whether they stop generation
(default) or become warnings (`--lenient`).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import multiprocessing.process
import os
import re
from pathlib import Path
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


# -- caching and running beside the build ------------------------------------------------------

CACHE_ENV = "SDKGEN_CACHE_DIR"
_CACHE_VERSION = "1"


def cache_dir() -> Path:
    """Where validation results are kept (safe to delete): $SDKGEN_CACHE_DIR or the user cache."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen" / "validation"


def content_key(spec: Spec) -> str:
    """Hash of every document's bytes (root and referenced files) and of the validator version."""
    digest = hashlib.sha256(f"{_CACHE_VERSION}:{_validator_version()}".encode())
    for document in sorted(spec.documents, key=lambda d: str(d.path)):
        digest.update(str(document.path.name).encode() + b"\0" + document.text.encode() + b"\0")
    return digest.hexdigest()


def _validator_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("openapi-spec-validator")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _cache_read(key: str, spec: Spec) -> list[tuple[str, Location]] | None:
    path = cache_dir() / f"{key}.json"
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        return [(m, spec.root.location(p)) for m, p in entries]
    except (OSError, ValueError, TypeError):
        return None  # absent or damaged: validate again


def _cache_write(key: str, problems: list[tuple[str, Location]]) -> None:
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        temporary = directory / f".{key}.{os.getpid()}.tmp"
        temporary.write_text(
            json.dumps([[m, loc.pointer] for m, loc in problems]), encoding="utf-8"
        )
        os.replace(temporary, directory / f"{key}.json")
    except OSError:
        pass  # a cache that cannot be written only costs time


class PendingValidation:
    """Validation started beside the build: in a forked process where the platform allows it
    (it does not need the spec sent over: the child has it already), else inline on `result()`."""

    def __init__(self, spec: Spec) -> None:
        openapi_version(spec.root)  # unsupported versions fail at once, not after the build
        self._spec = spec
        self._key = content_key(spec)
        self._cached = _cache_read(self._key, spec)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receiver: Any = None
        if self._cached is None and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self._receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_validate_into, args=(spec, sender), daemon=True)
            self._process.start()
            sender.close()

    def result(self) -> list[tuple[str, Location]]:
        if self._cached is not None:
            return self._cached
        problems: list[tuple[str, Location]] | None = None
        if self._process is not None:
            try:
                pairs = self._receiver.recv()
                problems = [(m, self._spec.root.location(p)) for m, p in pairs]
            except EOFError:
                problems = None  # the child died (e.g. out of memory): validate here instead
            self._process.join()
        if problems is None:
            problems = validate_spec(self._spec)
        _cache_write(self._key, problems)
        self._cached = problems
        return problems

    def cancel(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join()


def _validate_into(spec: Spec, sender: Any) -> None:
    try:
        problems = validate_spec(spec)
        sender.send([(m, loc.pointer) for m, loc in problems])
    finally:
        sender.close()
