"""`sdkgen diff`: what changed for SDK users between two specs, and the version bump it implies.

Both specs go through the ordinary pipeline (load → validate → build) and the two IRs are compared,
never the raw documents: a `$ref` spelled differently, a property moved into an `allOf` parent, a
reworded description — none of it is reported unless the generated SDK changes.

The rules: matching in `generator.changes.match`, classification in `generator.changes.classify`,
the report and its formats in `generator.changes.report`, the bump in `generator.changes.semver`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import pipeline
from generator.changes.change import DiffError
from generator.changes.classify import Classifier
from generator.changes.report import DiffReport, render
from generator.config import CONFIG_FILE_NAME
from generator.ir import model as ir

EXIT_BREAKING = 1
"""Exit status of `sdkgen diff --fail-on-breaking` when something breaks."""


def diff_specs(
    old_spec: Path,
    new_spec: Path,
    *,
    lenient: bool = False,
    only_operations: Sequence[str] = (),
    new_config: Path | None = None,
) -> tuple[DiffReport, tuple[str, ...]]:
    """Build both specs and compare them; also returns the build warnings (prefixed old/new).

    The version the bump applies to is the one in the config beside the old spec when there is
    one (the released SDK the old spec produced), else the new spec's config version.
    """
    old_api, old_cfg, old_warnings = pipeline.build_api(old_spec, None, lenient)
    new_api, new_cfg, new_warnings = pipeline.build_api(new_spec, new_config, lenient)
    has_old_config = (old_spec.parent / CONFIG_FILE_NAME).is_file()
    version = old_cfg.version if has_old_config else new_cfg.version
    report = diff_apis(
        old_api, new_api, old_spec.name, new_spec.name, version, only_operations=only_operations
    )
    warnings = (
        *(f"old spec: {w}" for w in old_warnings),
        *(f"new spec: {w}" for w in new_warnings),
    )
    return report, warnings


def diff_apis(
    old: ir.Api,
    new: ir.Api,
    old_label: str = "old",
    new_label: str = "new",
    version: str = "0.1.0",
    *,
    only_operations: Sequence[str] = (),
) -> DiffReport:
    selected = tuple(dict.fromkeys(only_operations))
    if selected:
        known = {op.operation_id for api in (old, new) for op in api.operations}
        unknown = [op_id for op_id in selected if op_id not in known]
        if unknown:
            raise DiffError(f"unknown operationId(s) in neither spec: {', '.join(unknown)}")
    comparer = Classifier(old, new, frozenset(selected))
    changes = comparer.run()
    counts = (len(comparer.old_ops), len(comparer.new_ops))
    return DiffReport(old_label, new_label, changes, version, selected, counts)


def parse_operation_ids(text: str | None) -> tuple[str, ...]:
    """`--only-operations a,b , c` → ("a", "b", "c")."""
    if not text:
        return ()
    return tuple(part.strip() for part in text.split(",") if part.strip())


def main(args: argparse.Namespace) -> int:
    """`sdkgen diff` (arguments parsed by `generator.cli`): print the report, return the status."""
    report, warnings = diff_specs(
        args.old_spec,
        args.new_spec,
        lenient=args.lenient,
        only_operations=parse_operation_ids(args.only_operations),
    )
    for warning in warnings:
        print(f"sdkgen: warning: {warning}", file=sys.stderr)
    sys.stdout.write(render(report, args.format))
    return EXIT_BREAKING if args.fail_on_breaking and report.breaking else 0
