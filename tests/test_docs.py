"""The markdown docs: the seed's structure, runnable examples, resolving links, hostile text.

* The resource page of the committed Leonardo SDK has the skeleton of the vendor's seed page
  (operation index, per operation the section headings and table header rows).
* Every ```python block of the generated docs and README runs, in its own interpreter, against a
  server double patched into httpx's transports (`docs_support.BOOTSTRAP`): the examples build
  their client from the API key environment variable, as a user would.
* Every relative link resolves to a file, every `#anchor` to a heading of the target (GitHub's
  slugs), for the Leonardo SDK, the `shapes` golden spec and a spec full of hostile text.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import naming, pipeline
from generator.ir import model as ir
from generator.ir.modules import referenced_names

from .conftest import GENERATED, REFERENCE, REPO, SPEC
from .docs_support import (
    BOOTSTRAP,
    anchors,
    fenced_blocks,
    headings,
    links,
    markdown_files,
    prose_lines,
    requests_made,
    server_config,
    skeleton,
    tables,
)

SEED = REFERENCE / "000_4649e7e426fb39cf.txt"
SHAPES_SPEC = REPO / "tests" / "golden" / "shapes" / "spec.yaml"
TOKEN = "docs-example-token"
OPERATION_SKELETON = [
    "### Example Usage",
    "### Parameters",
    "table: Parameter | Type | Required | Description",
    "### Response",
    "### Errors",
    "table: Error Object | Status Code | Content Type",
]


@pytest.fixture(scope="module")
def leonardo_api() -> ir.Api:
    return pipeline.build_api(SPEC)[0]


# -- the seed's structure ----------------------------------------------------------------------


def _outline(page: Path) -> list[str]:
    """The skeleton as lines, so a mismatch shows as a readable diff."""
    found = skeleton(page.read_text(encoding="utf-8"))
    lines = [f"# {found.title}", f"(*{found.attribute}*)", "index:"]
    lines += [f"  {op}" for op in found.index]
    for name, items in found.operations.items():
        lines += [f"## {name}", *(f"  {item}" for item in items)]
    return lines


def _without_waiters(page: Path, tmp_path: Path) -> tuple[Path, str]:
    """The page as the seed's skeleton would have it (the waiters' index lines and their
    section, which the vendor's page does not have, taken out), and that section."""
    text = page.read_text(encoding="utf-8")
    body, _, waiters = text.partition("\n## Waiters\n")
    lines = [line for line in body.splitlines(keepends=True) if "* [wait_for_" not in line]
    stripped = tmp_path / page.name
    stripped.write_text("".join(lines), encoding="utf-8")
    return stripped, waiters


def test_resource_page_has_the_skeleton_of_the_seed(tmp_path: Path) -> None:
    seed = skeleton(SEED.read_text(encoding="utf-8"))
    page, waiters = _without_waiters(GENERATED / "docs/sdks/generation/README.md", tmp_path)
    ours = skeleton(page.read_text(encoding="utf-8"))
    assert len(seed.operations) == 11 and seed.index == list(seed.operations)
    assert all(items == OPERATION_SKELETON for items in seed.operations.values())
    assert _outline(page) == _outline(SEED)
    assert ours.index == list(ours.operations)
    # The one addition: the Leonardo waiter, after the operations, with its example.
    assert waiters.startswith("\n### wait_for_generation\n")
    assert "client.generation.wait_for_generation(" in waiters


# -- every example runs ------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    page: Path
    line: int
    source: str

    @property
    def name(self) -> str:
        return f"{self.page}:{self.line}"


@dataclass(frozen=True)
class Outcome:
    example: Example
    returncode: int
    stdout: str
    stderr: str


def collect_examples(root: Path) -> list[Example]:
    return [
        Example(page.relative_to(root), line, source)
        for page in markdown_files(root)
        for line, source in fenced_blocks(page.read_text(encoding="utf-8"), "python")
    ]


def run_examples(
    root: Path, api: ir.Api, tmp_path: Path, pythonpath: Path | None = None
) -> list[Outcome]:
    """Run every example of `root` in a fresh interpreter against the server double."""
    config = tmp_path / "server.json"
    config.write_text(json.dumps(server_config(api, TOKEN)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.endswith("_LOG")}
    env.update({s.env_var: TOKEN for s in api.security_schemes})
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")])
    examples = collect_examples(root)

    def run(numbered: tuple[int, Example]) -> Outcome:
        number, example = numbered
        script = tmp_path / f"example_{number}.py"
        script.write_text(example.source, encoding="utf-8")
        command = [sys.executable, "-c", BOOTSTRAP, str(config), str(script), example.name]
        done = subprocess.run(
            command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
        )
        return Outcome(example, done.returncode, done.stdout, done.stderr)

    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        return list(pool.map(run, enumerate(examples)))


def assert_all_ran(outcomes: list[Outcome]) -> None:
    failed = [o for o in outcomes if o.returncode != 0]
    report = "\n\n".join(
        f"--- {o.example.name} failed:\n{o.example.source}--- stderr:\n{o.stderr[-3000:]}"
        for o in failed
    )
    if failed:
        pytest.fail(f"{len(failed)} of {len(outcomes)} examples failed\n{report}", pytrace=False)


def test_every_python_example_of_the_leonardo_sdk_runs(
    leonardo_api: ir.Api, tmp_path: Path
) -> None:
    readme_blocks = len(fenced_blocks((GENERATED / "README.md").read_text(), "python"))
    found = collect_examples(GENERATED)
    outcomes = run_examples(GENERATED, leonardo_api, tmp_path)
    assert_all_ran(outcomes)

    operations = len(leonardo_api.operations)
    assert operations == 11 and readme_blocks >= 8
    assert len(outcomes) == len(found) >= operations + readme_blocks
    on_resource_pages = [o for o in outcomes if o.example.page.parts[:2] == ("docs", "sdks")]
    # one per operation, one per `iter_` twin, one per waiter
    paged = sum(1 for op in leonardo_api.operations if op.pagination is not None)
    waiters = sum(len(r.waiters) for r in leonardo_api.resources)
    assert (paged, waiters) == (1, 1)
    assert len(on_resource_pages) == operations + paged + waiters
    requested = {o.example.name: requests_made(o.stdout) for o in outcomes}
    assert all(requested[o.example.name] for o in on_resource_pages), requested
    called = {op for ops in requested.values() for op in ops}
    assert called == {op.operation_id for op in leonardo_api.operations}
    print(f"{len(outcomes)} examples executed ({operations} operations, {readme_blocks} README)")


def test_examples_take_credentials_from_the_environment_only() -> None:
    for example in collect_examples(GENERATED):
        assert TOKEN not in example.source
        assert not re.search(r"bearer_auth\s*=\s*['\"]", example.source), example.name


def test_examples_of_the_shapes_spec_run(tmp_path: Path) -> None:
    """allOf, a discriminated oneOf, enums with odd values, dates, bytes, recursion."""
    out = tmp_path / "shapes"
    generated = pipeline.generate(SHAPES_SPEC, out)
    outcomes = run_examples(out, generated.api, tmp_path, pythonpath=out / "src")
    assert_all_ran(outcomes)
    assert len(outcomes) >= len(generated.api.operations)


# -- links -------------------------------------------------------------------------------------


def link_problems(root: Path) -> list[str]:
    """Every relative link that does not resolve (file, then heading anchor)."""
    problems = []
    for page in markdown_files(root):
        for line, target in links(page.read_text(encoding="utf-8")):
            where = f"{page.relative_to(root)}:{line}: {target}"
            if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", target):
                continue  # absolute URL
            path, _, anchor = target.partition("#")
            if path.startswith("/"):
                problems.append(f"{where}: not relative")
                continue
            destination = (page.parent / path).resolve() if path else page
            if not destination.is_file():
                problems.append(f"{where}: no such file")
            elif anchor and anchor not in anchors(destination.read_text(encoding="utf-8")):
                problems.append(f"{where}: no heading with this anchor")
    return problems


def reachable(root: Path, start: Path) -> set[Path]:
    seen, pending = set(), [start.resolve()]
    while pending:
        page = pending.pop()
        if page in seen or not page.is_file():
            continue
        seen.add(page)
        for _, target in links(page.read_text(encoding="utf-8")):
            path = target.partition("#")[0]
            if path and not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", path):
                pending.append((page.parent / path).resolve())
    return seen


def used_types(api: ir.Api) -> set[str]:
    """Names of the types the operations use, directly or through other types."""
    pending: list[ir.TypeRef] = []
    for op in api.operations:
        pending += [p.type for p in op.parameters]
        pending += [r.type for r in (*op.responses, *op.errors) if r.type is not None]
        pending += [op.body.type] if op.body is not None else []
    used: set[str] = set()
    while pending:
        for name in referenced_names(pending.pop()):
            if name not in used:
                used.add(name)
                named = api.lookup[name]
                if isinstance(named, ir.Model):
                    pending += [f.type for f in named.fields]
                elif isinstance(named, ir.Alias):
                    pending.append(named.type)
    return used


def test_links_of_the_leonardo_sdk_resolve(leonardo_api: ir.Api) -> None:
    assert link_problems(GENERATED) == []
    pages = {p.resolve() for p in markdown_files(GENERATED)}
    assert len(pages) == 2 + len(leonardo_api.models) + len(leonardo_api.enums)
    pages_of_used = {
        (GENERATED / "docs/models" / f"{naming.snake(name)}.md").resolve()
        for name in used_types(leonardo_api)
    }
    unreachable = pages - reachable(GENERATED, GENERATED / "README.md")
    assert not unreachable & pages_of_used  # only components no operation uses are unlinked


def test_links_of_the_shapes_spec_resolve(tmp_path: Path) -> None:
    pipeline.generate(SHAPES_SPEC, tmp_path / "out")
    root = tmp_path / "out"
    assert link_problems(root) == []
    pet = (root / "docs/models/pet.md").read_text()
    assert "Includes every field of [Base](base.md), [NewPet](new_pet.md)." in pet
    assert "[Person](person.md) \\| [Company](company.md)" in pet  # oneOf
    assert "list\\[[Node](node.md)\\]" in (root / "docs/models/node.md").read_text()  # recursion
    assert '| `VALUE_3_LEGGED` | `"3-legged"` |' in (root / "docs/models/kind.md").read_text()


# -- hostile text ------------------------------------------------------------------------------

HOSTILE = (
    "a | b `c | d` <script>alert(1)</script> & {{ x }}\\\nnew | line\n\n* item\r\n<img src=x>"
    " [go](javascript:alert(1)) ![i](DATA:text/html,x) <vbscript:y> [e](&#106;avascript:z)\n"
    "[r]: vbscript:msgbox(1)\n\n{% raw %} {# c #}"
)
# Example values carrying template openers, which Python examples show as literals.
OPENER_EXAMPLE = "{{ secret }} {% raw %} {# note #}"
OPENER_BYTES = base64.b64encode(b"{{x}} {%y%} {#z#}").decode()

HOSTILE_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Hostile", "version": "1", "description": HOSTILE},
    "servers": [{"url": "https://api.example.test/v1"}],
    "security": [{"bearer": []}],
    "tags": [{"name": "we|ird <tag>", "description": HOSTILE}],
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "get|Thing<script>",
                "tags": ["we|ird <tag>"],
                "summary": "Get | a\nthing <b>bold</b>",
                "description": HOSTILE,
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": HOSTILE,
                        "schema": {"type": "string", "example": "```\n<script>|"},
                    },
                    {
                        "name": "filter|x",
                        "in": "query",
                        "description": HOSTILE,
                        "schema": {"$ref": "#/components/schemas/Mode"},
                    },
                    {
                        "name": "q",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "example": OPENER_EXAMPLE},
                    },
                ],
                "responses": {
                    "200": {
                        "description": HOSTILE,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "404": {
                        "description": HOSTILE,
                        "content": {
                            "application/problem+json": {
                                "schema": {"$ref": "#/components/schemas/Thing"}
                            }
                        },
                    },
                    "5XX": {"description": "server"},
                },
            },
            "post": {
                "operationId": "parameters",
                "tags": ["we|ird <tag>"],
                "summary": HOSTILE,
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    },
                },
                "responses": {"204": {"description": HOSTILE}},
            },
        }
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Mode": {"type": "string", "description": HOSTILE, "enum": ["a|b", "<i>", "`x`", ""]},
            "Thing": {
                "type": "object",
                "description": HOSTILE,
                "required": ["na|me"],
                "properties": {
                    "na|me": {"type": "string", "description": HOSTILE, "example": "<b>|</b>"},
                    "mode": {"$ref": "#/components/schemas/Mode"},
                    "when": {"type": "string", "format": "date-time", "description": HOSTILE},
                    "blob": {
                        "type": "string",
                        "contentEncoding": "base64",
                        "examples": [OPENER_BYTES],
                    },
                    "label": {"type": "string", "default": OPENER_EXAMPLE},
                },
            },
        },
    },
}

_RAW_HTML = re.compile(r"<(?!br/>)[A-Za-z/!?]")
_CODE_SPANS = re.compile(r"(`+)(.+?)\1")


@pytest.fixture(scope="module")
def hostile_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    spec = root / "spec.json"
    spec.write_text(json.dumps(HOSTILE_SPEC), encoding="utf-8")
    pipeline.generate(spec, root / "out")
    return root / "out"


def test_hostile_text_keeps_every_table_in_shape(hostile_docs: Path) -> None:
    pages = markdown_files(hostile_docs)
    assert len(pages) >= 4
    for page in pages:
        for table in tables(page.read_text(encoding="utf-8")):
            for row in table.rows:
                assert len(row) == len(table.header), f"{page}:{table.line}: {row}"
    resource = next(hostile_docs.glob("docs/sdks/*/README.md"))
    found = skeleton(resource.read_text(encoding="utf-8"))
    assert sorted(found.operations) == ["get|Thing<script>", "parameters"]
    assert all(items == OPERATION_SKELETON for items in found.operations.values())


def test_hostile_text_never_becomes_html(hostile_docs: Path) -> None:
    for page in markdown_files(hostile_docs):
        for line in prose_lines(page.read_text(encoding="utf-8")):
            visible = _CODE_SPANS.sub("", line.text)
            assert not _RAW_HTML.search(visible), f"{page}:{line.number}: {line.text}"
            assert "{{" not in line.text, f"{page}:{line.number}: {line.text}"


def test_hostile_output_holds_no_template_opener_and_no_active_link(hostile_docs: Path) -> None:
    from .test_escaping import SAFE_SCHEMES, _browser_scheme, _rendered_urls

    files = sorted(
        p for p in hostile_docs.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    assert any(p.suffix == ".py" for p in files) and any(p.suffix == ".md" for p in files)
    for path in files:
        text = path.read_text(encoding="utf-8")
        found = re.search(r"\{[{%#]", text)
        assert found is None, f"{path}: {text[max(found.start() - 60, 0) : found.end() + 60]!r}"
        if path.suffix == ".md":
            urls, raw_html = _rendered_urls(text)
            assert raw_html == [], (path, raw_html)
            unsafe = [url for url in urls if _browser_scheme(url) not in SAFE_SCHEMES]
            assert unsafe == [], (path, unsafe)
    # the example values are still there, spelled as escapes in the Python examples
    readme = (hostile_docs / "README.md").read_text(encoding="utf-8")
    resource = next(hostile_docs.glob("docs/sdks/*/README.md")).read_text(encoding="utf-8")
    assert '"\\x7b{ secret }} \\x7b% raw %} \\x7b# note #}"' in readme + resource
    assert 'b"\\x7b{x}} \\x7b%y%} \\x7b#z#}"' in resource


def test_hostile_text_keeps_links_and_examples_working(hostile_docs: Path, tmp_path: Path) -> None:
    assert link_problems(hostile_docs) == []
    resource = next(hostile_docs.glob("docs/sdks/*/README.md")).read_text(encoding="utf-8")
    # an operation named like a section heading still gets its own anchor
    assert "* [parameters](#parameters-1)" in resource
    assert [t for level, t in headings(resource) if level == 1] == ["we|ird <tag>"]
    api = pipeline.build_api(hostile_docs.parent / "spec.json")[0]
    outcomes = run_examples(hostile_docs, api, tmp_path, pythonpath=hostile_docs / "src")
    assert_all_ran(outcomes)
    assert len(outcomes) >= 2 + 8


# -- facts the docs state about the runtime ----------------------------------------------------


def test_error_rows_name_the_class_the_runtime_raises() -> None:
    from leonardo_sdk._exceptions import status_error_class

    from generator.sdk.statuses import error_class

    for status in range(400, 600):
        assert error_class(str(status)) == status_error_class(status).__name__
    assert error_class("5XX") == "InternalServerError"
    assert error_class("4XX") == error_class("default") == "APIStatusError"


def test_readme_states_the_runtime_defaults() -> None:
    from leonardo_sdk._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, MAX_RETRY_AFTER

    readme = " ".join((GENERATED / "README.md").read_text(encoding="utf-8").split())
    assert f"retried up to {DEFAULT_MAX_RETRIES} times by default" in readme
    assert f"`Retry-After` header of up to {MAX_RETRY_AFTER:g} s" in readme
    assert f"default timeout is {DEFAULT_TIMEOUT.read:g} s ({DEFAULT_TIMEOUT.connect:g} s" in readme


def test_a_failing_example_fails_with_its_source(leonardo_api: ir.Api, tmp_path: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    broken = "import httpx\n\nhttpx.get('https://cloud.leonardo.ai/api/rest/v1/nope')\n"
    (root / "README.md").write_text(f"# x\n\n```python\n{broken}```\n", encoding="utf-8")
    outcomes = run_examples(root, leonardo_api, tmp_path)
    assert len(outcomes) == 1 and outcomes[0].returncode != 0
    assert "no operation answers GET" in outcomes[0].stderr
    with pytest.raises(pytest.fail.Exception, match="README.md:3 failed") as failure:
        assert_all_ran(outcomes)
    assert broken in str(failure.value)
