"""Client-runtime measures, run inside the venv of the client under test (stdlib + httpx + SDK).

    python bench/runtime_worker.py percall FIXTURES --targets raw,ours --rounds 15 --budget 0.2
    python bench/runtime_worker.py memory FIXTURES --target ours --mode rss|tracemalloc
    python bench/runtime_worker.py import --target ours|speakeasy|httpx
    python bench/runtime_worker.py profile FIXTURES --target ours --op get|create|list

Every client sends through the same kind of `httpx.MockTransport`, answering with the canned bytes
of `bench/canned.py`. Targets:

- `raw`: httpx alone — `client.build_request(...)`, `client.send(...)` through the transport,
  `json.loads(response.content)`; the floor any SDK is measured against;
- `ours`: the generated `leonardo_sdk.Leonardo` (typed models);
- `speakeasy`: Speakeasy's `leonardo_ai_sdk.LeonardoAiSDK` 7.0.0 (pydantic models), given the
  transport through its `client=` argument (an `httpx.Client` satisfies its HttpClient protocol).

Each prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BASE_URL = "https://cloud.leonardo.ai/api/rest/v1"
API_KEY = "bench-key-0000"


def load_fixtures(directory: Path) -> dict[str, Any]:
    fixtures: dict[str, Any] = json.loads((directory / "requests.json").read_text())
    for name in ("get_generation", "create_generation", "list_generations"):
        fixtures[name] = (directory / f"{name}.json").read_bytes()
    return fixtures


def make_transport(fixtures: dict[str, Any]) -> Any:
    import httpx

    headers = {"content-type": "application/json"}
    get_body: bytes = fixtures["get_generation"]
    create_body: bytes = fixtures["create_generation"]
    list_body: bytes = fixtures["list_generations"]

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path.endswith("/generations"):
            return httpx.Response(200, headers=headers, content=create_body)
        if "/generations/user/" in path:
            return httpx.Response(200, headers=headers, content=list_body)
        if "/generations/" in path:
            return httpx.Response(200, headers=headers, content=get_body)
        return httpx.Response(404, headers=headers, content=b'{"error":"not found"}')

    return httpx.MockTransport(handler)


Call = Callable[[], Any]


def make_calls(target: str, fixtures: dict[str, Any]) -> dict[str, Call]:
    """The three measured calls of one target: get, create (ten body fields), list of 1,000."""
    import httpx

    http = httpx.Client(transport=make_transport(fixtures))
    gid: str = fixtures["generation_id"]
    uid: str = fixtures["user_id"]
    body: dict[str, Any] = fixtures["create_body"]
    if target == "raw":
        auth = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}

        def raw_get() -> Any:
            request = http.build_request("GET", f"{BASE_URL}/generations/{gid}", headers=auth)
            return json.loads(http.send(request).content)

        def raw_create() -> Any:
            request = http.build_request("POST", f"{BASE_URL}/generations", headers=auth, json=body)
            return json.loads(http.send(request).content)

        def raw_list() -> Any:
            request = http.build_request(
                "GET",
                f"{BASE_URL}/generations/user/{uid}",
                headers=auth,
                params={"offset": 0, "limit": 1000},
            )
            return json.loads(http.send(request).content)

        return {"get": raw_get, "create": raw_create, "list": raw_list}
    if target == "ours":
        from leonardo_sdk import Leonardo

        ours = Leonardo(bearer_auth=API_KEY, http_client=http).generation
        kwargs = _snake_case_body(body)
        return {
            "get": lambda: ours.get_generation_by_id(gid),
            "create": lambda: ours.create_generation(**kwargs),
            "list": lambda: ours.get_generations_by_user_id(uid, offset=0, limit=1000),
        }
    if target == "speakeasy":
        from leonardo_ai_sdk import LeonardoAiSDK

        image = LeonardoAiSDK(bearer_auth=API_KEY, client=http).image
        request = _snake_case_body(body)
        return {
            "get": lambda: image.get_generation_by_id(id=gid),
            "create": lambda: image.create_generation(request=request),
            "list": lambda: image.get_generations_by_user_id(user_id=uid, offset=0, limit=1000),
        }
    raise SystemExit(f"unknown target {target!r}")


def _snake_case_body(body: dict[str, Any]) -> dict[str, Any]:
    names = {"modelId": "model_id", "presetStyle": "preset_style"}
    return {names.get(k, k): v for k, v in body.items()}


def check_typed(target: str, results: dict[str, Any]) -> dict[str, str]:
    """Prove each client really parsed the bodies into typed objects (not left dicts)."""
    if target == "raw":
        generations = results["list"]["generations"]
        image = generations[0]["generated_images"][0]
    elif target == "ours":
        generations = results["list"].generations
        image = generations[0].generated_images[0]
        assert results["get"].generations_by_pk.id is not None
        assert results["create"].sd_generation_job.generation_id
    else:
        generations = results["list"].object.generations
        image = generations[0].generated_images[0]
        assert results["get"].object.generations_by_pk.id is not None
        assert results["create"].object.sd_generation_job.generation_id
    if len(generations) != 1000 or len(generations[0].__class__.__name__) == 0:
        raise AssertionError(f"{target}: expected 1000 generations, got {len(generations)}")
    return {
        "generation_type": type(generations[0]).__name__,
        "image_type": type(image).__name__,
    }


def percall(args: argparse.Namespace) -> dict[str, Any]:
    fixtures = load_fixtures(Path(args.fixtures))
    targets = args.targets.split(",")
    calls = {t: make_calls(t, fixtures) for t in targets}
    types = {t: check_typed(t, {op: fn() for op, fn in calls[t].items()}) for t in targets}
    result: dict[str, Any] = {"types": types, "per_call_s": {}, "calls_per_round": {}}
    for op in ("get", "create", "list"):
        for fn in (calls[t][op] for t in targets):  # warm up
            for _ in range(3):
                fn()
        # Calls per round: enough for `budget` seconds of the first (baseline) target.
        probe_calls = 1 if op == "list" else 20
        started = time.perf_counter()
        for _ in range(probe_calls):
            calls[targets[0]][op]()
        one = max((time.perf_counter() - started) / probe_calls, 1e-6)
        per_round = max(1, min(5000, int(args.budget / one)))
        result["calls_per_round"][op] = per_round
        samples: dict[str, list[float]] = {t: [] for t in targets}
        for round_index in range(args.rounds):
            # Alternate the order each round so a drift of the machine hits every target alike.
            order = targets if round_index % 2 == 0 else list(reversed(targets))
            for target in order:
                fn = calls[target][op]
                gc.collect()
                started = time.perf_counter()
                for _ in range(per_round):
                    fn()
                samples[target].append((time.perf_counter() - started) / per_round)
        for target in targets:
            result["per_call_s"].setdefault(target, {})[op] = samples[target]
    return result


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def memory(args: argparse.Namespace) -> dict[str, Any]:
    """Peak memory of one 1,000-generation call in a fresh process, after one small call.

    `rss`: the peak resident set reached during the call above the resident set just before it
    (VmHWM is reset through /proc/self/clear_refs), any allocator included (pydantic-core's Rust
    heap too). `tracemalloc`: the peak of Python allocations during the call, and what the parsed
    result still holds afterwards.
    """
    fixtures = load_fixtures(Path(args.fixtures))
    call = make_calls(args.target, fixtures)
    # A small call first imports the lazily loaded modules and warms httpx; the list itself is
    # not warmed up, or the memory its first parse freed would be reused and hide the peak.
    call["get"]()
    gc.collect()
    if args.mode == "rss":
        Path("/proc/self/clear_refs").write_text("5")
        before = _status_kb("VmRSS")
        result = call["list"]()
        peak = _status_kb("VmHWM")
        after = _status_kb("VmRSS")
        del result
        return {"peak_kb": peak - before, "retained_kb": after - before}
    import tracemalloc

    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    result = call["list"]()
    current, peak_bytes = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return {"peak_kb": (peak_bytes - base) / 1024, "retained_kb": (current - base) / 1024}


def import_time(args: argparse.Namespace) -> dict[str, Any]:
    """Wall time of importing the client and constructing it (no request), in this fresh process."""
    started = time.perf_counter()
    if args.target == "httpx":
        import httpx  # noqa: F401
    elif args.target == "ours":
        import leonardo_sdk

        leonardo_sdk.Leonardo(bearer_auth=API_KEY)
    elif args.target == "speakeasy":
        import leonardo_ai_sdk

        leonardo_ai_sdk.LeonardoAiSDK(bearer_auth=API_KEY)
    else:
        raise SystemExit(f"unknown target {args.target!r}")
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "modules": len(sys.modules)}


def profile(args: argparse.Namespace) -> dict[str, Any]:
    """cProfile of `--calls` calls of one operation of our client: where its time goes."""
    import cProfile
    import pstats

    fixtures = load_fixtures(Path(args.fixtures))
    call = make_calls(args.target, fixtures)[args.op]
    for _ in range(3):
        call()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.calls):
        call()
    profiler.disable()
    entries = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    rows = []
    by_package: dict[str, float] = {}
    for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in entries.items():
        if filename == "~":
            short, package = name, "builtins"
        elif "site-packages/" in filename or "/src/" in filename:
            short = filename.rsplit("site-packages/", 1)[-1].rsplit("/src/", 1)[-1]
            package = short.split("/", 1)[0]
        else:
            short, package = Path(filename).name, "stdlib"
        by_package[package] = by_package.get(package, 0.0) + tottime
        rows.append((f"{short}:{line}({name})", ncalls, tottime, cumtime))
    total = sum(r[2] for r in rows)
    top = sorted(rows, key=lambda r: r[2], reverse=True)[: args.top]
    return {
        "calls": args.calls,
        "total_s": total,
        "own_by_package": dict(sorted(by_package.items(), key=lambda kv: -kv[1])),
        "top_own": [list(r) for r in top],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("percall")
    p.add_argument("fixtures")
    p.add_argument("--targets", required=True)
    p.add_argument("--rounds", type=int, default=15)
    p.add_argument("--budget", type=float, default=0.2, help="seconds of baseline per round")
    m = commands.add_parser("memory")
    m.add_argument("fixtures")
    m.add_argument("--target", required=True)
    m.add_argument("--mode", choices=("rss", "tracemalloc"), default="rss")
    i = commands.add_parser("import")
    i.add_argument("--target", required=True)
    pr = commands.add_parser("profile")
    pr.add_argument("fixtures")
    pr.add_argument("--target", default="ours")
    pr.add_argument("--op", choices=("get", "create", "list"), required=True)
    pr.add_argument("--calls", type=int, default=1000)
    pr.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    handlers = {"percall": percall, "memory": memory, "import": import_time, "profile": profile}
    print(json.dumps(handlers[args.command](args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
