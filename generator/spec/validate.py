"""Validate stage: check the document against the OpenAPI specification.

Two passes, both cheap (GitHub's 13 MB spec: a few hundred milliseconds), each problem located
(file, line, JSON pointer); the pipeline decides whether they stop generation (default) or become
warnings (`--lenient`):

1. structure (`generator.spec.structure`): the root document against the official OpenAPI
   3.0 / 3.1 JSON meta-schema;
2. meaning (`generator.spec.semantics`): the rules openapi-spec-validator 0.9 checks beyond its
   meta-schema, over one iterative walk; defaults against their schema
   (`generator.spec.formats`).

Results are cached (`generator.spec.cache`); a large spec is validated in a forked process
beside the build (`PendingValidation`).

Dangling `$ref`s never reach this stage: load refuses them, located where they are written.
openapi-spec-validator stays the reference (a dev dependency): tests/test_validate.py checks
that both call the same documents valid. Differences are listed in docs/design.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from generator.errors import SpecError
from generator.spec import cache
from generator.spec.findings import Finding, Findings, Located
from generator.spec.load import SourceDocument, Spec
from generator.spec.semantics import Walk
from generator.spec.structure import structure_problems
from generator.spec.swagger2_validate import is_converted

if TYPE_CHECKING:
    import multiprocessing.process

# multiprocessing is imported where used: most specs are too small to fork for.

SUPPORTED = "OpenAPI 3.0.x or 3.1.x"

STRICTER_NOTE = "(a warning: sdkgen refuses only what openapi-spec-validator 0.9 refuses)"


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


def validate_spec(spec: Spec, max_problems: int = 20) -> Located:
    """The problems that refuse the spec (structure first, then meaning), located; at most
    `max_problems`."""
    return check_spec(spec, max_problems).errors


def check_spec(spec: Spec, max_problems: int = 20) -> Findings:
    """Errors and warnings of the spec, located; at most `max_problems` of each."""
    version = openapi_version(spec.root)
    found: dict[bool, Located] = {True: [], False: []}
    seen: set[tuple[str, str, str]] = set()
    for message, document, pointer, refuses in iter_findings(spec, version):
        key = (message, str(document.path), pointer)
        if key in seen or len(found[refuses]) >= max_problems:
            continue
        seen.add(key)
        text = _shorten(message) if refuses else f"{_shorten(message)} {STRICTER_NOTE}"
        found[refuses].append((text, document.location(pointer)))
        if len(found[True]) >= max_problems:
            break
    return Findings(found[True], found[False])


def iter_findings(spec: Spec, version: str) -> Iterator[Finding]:
    """Structure first, then meaning. 3.0: the reference checks the structure of the whole
    document (its meta-schema spells out Schema Objects); 3.1: it checks Schema Objects against
    the dialect only where its walk meta-checks them, so a structural error inside any other
    schema is a warning (the walk runs first to know which objects are schemas)."""
    # Swagger 2.0 input: its own file against the 2.0 schema (swagger2_validate says why)
    structure = list(
        structure_problems(spec.source.root, "2.0")
        if is_converted(spec)
        else structure_problems(spec.root, version)
    )
    walk = Walk(spec, version)
    meaning = list(walk.run())
    for message, document, pointer in structure:
        yield message, document, pointer, version == "3.0" or walk.reference_meta_checks(pointer)
    yield from meaning


def _shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


FORK_ABOVE_BYTES = 2 * 2**20
"""Specs larger than this are validated in a forked process beside the build; smaller ones take
less time to validate (milliseconds) than a fork costs, so they are validated inline."""


def _spec_bytes(spec: Spec) -> int:
    return sum(len(d.text) for d in spec.documents)


class PendingValidation:
    """Validation started beside the build: for a large spec in a forked process where the
    platform allows it (it does not need the spec sent over: the child has it already), else
    inline on `result()`."""

    def __init__(self, spec: Spec) -> None:
        openapi_version(spec.root)  # unsupported versions fail at once, not after the build
        self._spec = spec
        self._key = cache.content_key(spec)
        self._cached = cache.read(self._key, spec)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receiver: Any = None
        if self._cached is None and _spec_bytes(spec) > FORK_ABOVE_BYTES:
            self._fork()

    def _fork(self) -> None:
        import multiprocessing

        if "fork" in multiprocessing.get_all_start_methods():
            spec = self._spec
            context = multiprocessing.get_context("fork")
            self._receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_validate_into, args=(spec, sender), daemon=True)
            self._process.start()
            sender.close()

    @property
    def forked(self) -> bool:
        return self._process is not None

    def result(self) -> Located:
        """The errors: problems that refuse the spec."""
        return self.findings().errors

    def warnings(self) -> Located:
        """Problems only we find (stricter than the reference): reported, never fatal."""
        return self.findings().warnings

    def findings(self) -> Findings:
        if self._cached is not None:
            return self._cached
        findings: Findings | None = None
        if self._process is not None:
            try:
                findings = cache.from_wire(self._receiver.recv(), self._spec)
            except EOFError:
                findings = None  # the child died (e.g. out of memory): validate here instead
            self._process.join()
        if findings is None:
            findings = check_spec(self._spec)
        cache.write(self._key, findings)
        self._cached = findings
        return findings

    def cancel(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join()


def _validate_into(spec: Spec, sender: Any) -> None:
    try:
        sender.send(cache.to_wire(check_spec(spec)))
    finally:
        sender.close()
