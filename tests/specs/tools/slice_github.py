"""Derive `tests/specs/operations/github_slice.json` from GitHub's spec (`make github-spec`).

A handful of operations that stress the generator (raw and text bodies, an operation-level
server, non-JSON and several media types in responses, unions, many query parameters, redirect
only responses), with every component they reach through `$ref`. Run from the repository root:
`python tests/specs/tools/slice_github.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / ".cache" / "github-openapi" / "23.0.2" / "api.github.com.json"
TARGET = ROOT / "tests" / "specs" / "operations" / "github_slice.json"
OPERATIONS = [
    "repos/upload-release-asset",
    "markdown/render-raw",
    "markdown/render",
    "repos/get-content",
    "pulls/get",
    "code-scanning/get-analysis",
    "meta/get-octocat",
    "meta/get-zen",
    "meta/root",
    "activity/list-repos-starred-by-authenticated-user",
    "issues/create",
    "issues/list-for-repo",
    "repos/download-tarball-archive",
    "search/code",
    "repos/create-or-update-file-contents",
    "reactions/create-for-issue",
    "gists/create",
    "users/get-by-username",
    "repos/delete",
    "actions/download-artifact",
]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def refs(value: Any) -> set[str]:
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                found.add(ref)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def main() -> int:
    spec = json.loads(SOURCE.read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict) and op.get("operationId") in OPERATIONS:
                kept = paths.setdefault(path, {k: v for k, v in item.items() if k not in METHODS})
                kept[method] = op
    missing = set(OPERATIONS) - {
        op["operationId"] for item in paths.values() for m, op in item.items() if m in METHODS
    }
    assert not missing, missing
    components: dict[str, dict[str, Any]] = {}
    pending = refs(paths)
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen:
            continue
        seen.add(ref)
        _, section, name = ref.split("/", 3)[1:]
        value = spec["components"][section][name]
        components.setdefault(section, {})[name] = value
        pending |= refs(value)
    used_tags = {
        t
        for item in paths.values()
        for m, op in item.items()
        if m in METHODS
        for t in op.get("tags", [])
    }
    sliced = {
        "openapi": spec["openapi"],
        "info": {**spec["info"], "title": "Github Slice"},
        "servers": spec["servers"],
        "tags": [t for t in spec.get("tags", []) if t["name"] in used_tags],
        "paths": paths,
        "components": {k: dict(sorted(v.items())) for k, v in sorted(components.items())},
    }
    TARGET.write_text(json.dumps(sliced, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    size = TARGET.stat().st_size // 1024
    print(f"{TARGET.relative_to(ROOT)}: {len(OPERATIONS)} operations, {size} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
