"""Exception types of the generator; each carries the location of the fault it reports."""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2


@dataclass(frozen=True)
class Location:
    """Where in an input document something is: file, 1-based line (when known), JSON pointer."""

    file: str
    pointer: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" at {self.pointer}"
        return where


class SdkgenError(Exception):
    """Base of every error the generator reports to the user (exit code 2, no traceback)."""

    exit_code = EXIT_BAD_INPUT


class SpecError(SdkgenError):
    """The input document cannot be used; `location` says where."""

    def __init__(self, message: str, location: Location) -> None:
        super().__init__(f"{location}: {message}")
        self.message = message
        self.location = location


class SpecValidationError(SdkgenError):
    """openapi-spec-validator rejected the document; one entry per located problem."""

    def __init__(self, problems: list[tuple[str, Location]]) -> None:
        self.problems = problems
        lines = [f"{loc}: {msg}" for msg, loc in problems]
        head = f"the spec is not valid OpenAPI ({len(problems)} problem(s)); use --lenient to "
        head += "generate anyway"
        super().__init__("\n".join([head, *lines]))


class ConfigError(SdkgenError):
    """The generator configuration is missing or invalid."""


class OutputError(SdkgenError):
    """The output directory cannot be written."""


class TemplateError(SdkgenError):
    """A template failed to load or render, or rendered Python that does not parse (a bug of the
    templates, not of the spec): the message names the template file and line and the generated
    file (`generator/emit/origins.py` builds it)."""


@dataclass(frozen=True)
class GenerationWarning:
    """A construct generated with a fallback; reported, never fatal."""

    message: str
    location: Location

    def __str__(self) -> str:
        return f"warning: {self.location}: {self.message}"
