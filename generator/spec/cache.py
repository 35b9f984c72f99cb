"""Validation results kept between runs, keyed by the bytes of every document of the spec, the
validator's version and our checks' version (safe to delete: a missing or damaged entry only
costs a validation)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from pathlib import Path

from generator.spec.findings import Findings, Located
from generator.spec.load import Spec
from generator.spec.swagger2_validate import cache_tag

CHECKS_VERSION = "3"
"""Version of our own checks: part of the cache key, bump it whenever a check changes."""

CACHE_ENV = "SDKGEN_CACHE_DIR"
_CACHE_VERSION = "3"  # {"errors": entries, "warnings": entries}, entries [message, file, pointer]


def cache_dir() -> Path:
    """Where validation results are kept (safe to delete): $SDKGEN_CACHE_DIR or the user cache."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen" / "validation"


def content_key(spec: Spec) -> str:
    """Hash of every document's bytes (root and referenced files), of the validator's version and
    of our checks' version."""
    digest = hashlib.sha256(
        f"{_CACHE_VERSION}:{CHECKS_VERSION}:jsonschema-rs {_validator_version()}".encode()
    )
    digest.update(cache_tag(spec).encode())
    for document in sorted(spec.documents, key=lambda d: str(d.path)):
        digest.update(str(document.path.name).encode() + b"\0" + document.text.encode() + b"\0")
    return digest.hexdigest()


def _validator_version() -> str:
    """jsonschema-rs's version, read from its installed metadata's directory name without
    importing it or importlib.metadata (together ~20–40 ms, paid by every cached run); when the
    layout is unusual, the size and time of its compiled module stand in for it."""
    found = importlib.util.find_spec("jsonschema_rs")
    if found is None or not found.origin:  # pragma: no cover - a dependency of sdkgen
        return "missing"
    package = Path(found.origin).parent
    for info in sorted(package.parent.glob("jsonschema_rs-*.dist-info")):
        return info.name.removeprefix("jsonschema_rs-").removesuffix(".dist-info")
    stat = Path(found.origin).stat()  # pragma: no cover
    return f"{stat.st_size}:{stat.st_mtime_ns}"  # pragma: no cover


def to_wire(findings: Findings) -> dict[str, list[list[str]]]:
    return {
        "errors": [[m, loc.file, loc.pointer] for m, loc in findings.errors],
        "warnings": [[m, loc.file, loc.pointer] for m, loc in findings.warnings],
    }


def from_wire(wire: dict[str, list[list[str]]], spec: Spec) -> Findings:
    # entries are in original coordinates (a converted 2.0 document's original file)
    documents = {str(d.path): getattr(d, "original", d) for d in spec.documents}

    def located(entries: list[list[str]]) -> Located:
        result = []
        for message, file, pointer in entries:
            document = documents.get(file, spec.root)
            result.append((message, document.location("" if pointer == "/" else pointer)))
        return result

    return Findings(located(wire["errors"]), located(wire["warnings"]))


def read(key: str, spec: Spec) -> Findings | None:
    path = cache_dir() / f"{key}.json"
    try:
        return from_wire(json.loads(path.read_text(encoding="utf-8")), spec)
    except (OSError, ValueError, TypeError, KeyError):
        return None  # absent or damaged: validate again


def write(key: str, findings: Findings) -> None:
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        temporary = directory / f".{key}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(to_wire(findings)), encoding="utf-8")
        os.replace(temporary, directory / f"{key}.json")
    except OSError:
        pass  # a cache that cannot be written only costs time
