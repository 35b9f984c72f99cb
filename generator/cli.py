"""Command line: `sdkgen generate | validate | check` (also `python -m generator`).

Exit codes: 0 success, 1 drift (check), 2 bad input. Errors print one clear message, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import tomllib

from generator import pipeline
from generator.errors import EXIT_BAD_INPUT, EXIT_DRIFT, EXIT_OK, SdkgenError

# Schema nesting is followed recursively while building; the loader bounds nesting depth
# (load.MAX_DEPTH), and this leaves room for the frames each level takes.
_RECURSION_LIMIT = 20_000


def _defaults() -> dict[str, str]:
    """`[tool.sdkgen]` of ./pyproject.toml: the default spec and output of this checkout."""
    path = Path("pyproject.toml")
    if not path.is_file():
        return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError):
        return {}
    section = table.get("tool", {}).get("sdkgen", {})
    return {k: str(v) for k, v in section.items() if k in ("spec", "output")}


def _parser() -> argparse.ArgumentParser:
    defaults = _defaults()
    parser = argparse.ArgumentParser(
        prog="sdkgen",
        description="Generate a typed Python SDK and markdown docs from an OpenAPI 3.0/3.1 spec.",
        epilog="Exit codes: 0 ok, 1 drift (check), 2 bad input.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def spec_argument(sub: argparse.ArgumentParser) -> None:
        default = defaults.get("spec")
        sub.add_argument(
            "spec",
            type=Path,
            nargs="?" if default else None,
            default=default,
            help="the OpenAPI file (YAML or JSON)" + (f"; default {default}" if default else ""),
        )
        sub.add_argument(
            "--config",
            type=Path,
            default=None,
            help="generator config (default: sdkgen.toml beside the spec)",
        )
        sub.add_argument(
            "--lenient",
            action="store_true",
            help="turn OpenAPI validation errors into warnings and generate anyway",
        )

    def ref_root_argument(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--allow-ref-root",
            dest="ref_roots",
            type=Path,
            action="append",
            default=[],
            metavar="DIR",
            help="let $refs read files under DIR too (repeatable; by default only the spec's "
            "own folder tree; also allow_ref_roots in sdkgen.toml)",
        )

    def templates_argument(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--templates",
            type=Path,
            default=None,
            metavar="DIR",
            help="use the .jinja templates under DIR instead of the built-in ones of the same "
            "relative path (e.g. DIR/src/resources/resource.py.jinja), DIR/runtime/*.py instead "
            "of the runtime modules, and render DIR/extra/**.jinja as new files; overrides "
            "`templates` of sdkgen.toml (docs/customization.md)",
        )

    def output_argument(sub: argparse.ArgumentParser) -> None:
        default = defaults.get("output")
        sub.add_argument(
            "-o",
            "--output",
            type=Path,
            required=default is None,
            default=default,
            help="package root to write (e.g. generated/my-sdk)"
            + (f"; default {default}" if default else ""),
        )

    generate = commands.add_parser(
        "generate",
        help="generate the SDK package and its docs",
        description=(
            "Generate the SDK package and its docs into OUTPUT (written to a temporary "
            "directory first; a failed run leaves OUTPUT untouched)."
        ),
    )
    spec_argument(generate)
    ref_root_argument(generate)
    output_argument(generate)
    templates_argument(generate)
    generate.add_argument(
        "--no-format",
        dest="formatted",
        action="store_false",
        help="write the files as the templates produced them, without ruff (no import fixes, "
        "no formatting): for debugging a template; `sdkgen check` always formats, so it then "
        "reports drift",
    )
    validate = commands.add_parser(
        "validate",
        help="validate a spec and report problems",
        description="Load and validate the spec and build the SDK model, without writing anything.",
    )
    spec_argument(validate)
    ref_root_argument(validate)
    check = commands.add_parser(
        "check",
        help="exit 1 when OUTPUT differs from what the spec generates",
        description=(
            "Regenerate in a temporary directory and compare with OUTPUT; exit 1 with a "
            "summary of the drift."
        ),
    )
    spec_argument(check)
    ref_root_argument(check)
    output_argument(check)
    templates_argument(check)
    diff = commands.add_parser(
        "diff",
        help="report what changed for SDK users between two specs",
        description=(
            "Build both specs and compare the SDKs they generate: every change, breaking or "
            "compatible, and the implied version bump (rules: generator/changes/diff.py)."
        ),
        epilog="Exit codes: 0 ok, 1 breaking changes with --fail-on-breaking, 2 bad input.",
    )
    diff.add_argument("old_spec", type=Path, help="the previous spec")
    diff.add_argument("new_spec", type=Path, help="the new spec")
    diff.add_argument(
        "--format", choices=("text", "markdown", "json"), default="text", help="default text"
    )
    diff.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when a change breaks SDK users"
    )
    diff.add_argument(
        "--only-operations",
        metavar="OPID,OPID",
        default=None,
        help="compare only these operationIds (and the models they use)",
    )
    diff.add_argument("--lenient", action="store_true", help="OpenAPI errors become warnings")
    release = commands.add_parser(
        "release",
        help="bump the version by the diff since OLD_SPEC, add a changelog entry, generate",
        description=(
            "Diff OLD_SPEC → SPEC, set the bumped version in sdkgen.toml, add the changelog "
            "entry to CHANGELOG.md beside it, then generate OUTPUT (which gets that "
            "CHANGELOG.md). See generator/changes/release.py."
        ),
    )
    spec_argument(release)
    output_argument(release)
    release.add_argument(
        "--from",
        dest="old_spec",
        type=Path,
        required=True,
        metavar="OLD_SPEC",
        help="spec of the previous release (an sdkgen.toml beside it gives the base version)",
    )
    release.add_argument(
        "--date",
        default=None,
        help="changelog entry date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), _RECURSION_LIMIT))
    try:
        return _run(args)
    except SdkgenError as exc:
        print(f"sdkgen: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except RecursionError:
        print("sdkgen: error: the spec nests too deeply to process", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "generate":
        result = pipeline.generate(
            args.spec,
            args.output,
            args.config,
            args.lenient,
            ref_roots=args.ref_roots,
            templates=args.templates,
            formatted=args.formatted,
        )
        for warning in result.warnings:
            print(f"sdkgen: warning: {warning}", file=sys.stderr)
        print(f"sdkgen: {result.summary()}")
        return EXIT_OK
    if args.command == "diff":
        from generator.changes import diff

        return diff.main(args)
    if args.command == "release":
        from generator.changes import release

        return release.main(args)
    if args.command == "validate":
        api, _, warnings = pipeline.build_api(
            args.spec, args.config, args.lenient, ref_roots=args.ref_roots
        )
        for warning in warnings:
            print(f"sdkgen: warning: {warning}", file=sys.stderr)
        print(
            f"sdkgen: {args.spec} is valid: {len(api.operations)} operations, "
            f"{len(api.models)} models, {len(warnings)} warnings"
        )
        return EXIT_OK
    drift = pipeline.check(
        args.spec,
        args.output,
        args.config,
        args.lenient,
        ref_roots=args.ref_roots,
        templates=args.templates,
    )
    if drift:
        print(f"sdkgen: {args.output} is out of date with {args.spec}:\n{drift}", file=sys.stderr)
        print("sdkgen: run `make generate` and commit the result", file=sys.stderr)
        return EXIT_DRIFT
    print(f"sdkgen: {args.output} is up to date")
    return EXIT_OK
