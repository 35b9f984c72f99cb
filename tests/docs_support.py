"""Helpers of tests/test_docs.py: read generated Markdown the way a reader (and GitHub) sees it,
and a server double that answers every operation of an API for the docs' examples.

Written independently of `generator.emit.docs` (own slugger, own table parser), so the tests
check the generator instead of repeating it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.ir import model as ir

# -- reading Markdown --------------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)", re.S)
_LINK = re.compile(r"(?<!\\)\]\(([^()\s]*)\)")
_DELIMITER_ROW = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    text: str


def _closes(match: re.Match[str] | None, fence: str) -> bool:
    """Whether a fence line closes the block `fence` opened (same character, at least as long,
    nothing after it)."""
    if match is None:
        return False
    marker, rest = match.group(1), match.group(2)
    return marker[0] == fence[0] and len(marker) >= len(fence) and not rest.strip()


def prose_lines(text: str) -> Iterator[Line]:
    """The lines outside fenced code blocks."""
    fence = ""
    for number, line in enumerate(text.split("\n"), 1):
        match = _FENCE.match(line)
        if fence:
            if _closes(match, fence):
                fence = ""
            continue
        if match:
            fence = match.group(1)
            continue
        yield Line(number, line)


def fenced_blocks(text: str, language: str) -> list[tuple[int, str]]:
    """(line number, content) of every fenced block whose info string is `language`."""
    blocks: list[tuple[int, str]] = []
    fence, info, start, body = "", "", 0, []
    for number, line in enumerate(text.split("\n"), 1):
        match = _FENCE.match(line)
        if not fence:
            if match:
                fence, info, start, body = match.group(1), match.group(2).strip(), number, []
            continue
        if _closes(match, fence):
            if info.split(" ")[0] == language:
                blocks.append((start, "\n".join(body) + "\n"))
            fence = ""
            continue
        body.append(line)
    assert not fence, f"unclosed code fence opened on line {start}"
    return blocks


def rendered_inline(markdown: str) -> str:
    """The text a reader sees for inline Markdown: code spans' content, escapes and entities
    resolved, emphasis markers around words dropped (enough for headings and slugs)."""
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        content = match.group(2).replace("\n", " ")
        if len(content) >= 2 and content[0] == content[-1] == " " and content.strip():
            content = content[1:-1]
        spans.append(content)
        return f"\x00{len(spans) - 1}\x00"

    text = _CODE_SPAN.sub(keep, markdown)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", lambda m: f"\x01{ord(m.group(1))}\x01", text)
    text = re.sub(r"(?<![\w*])\*\*?([^*]+?)\*\*?(?![\w*])", r"\1", text)
    text = html.unescape(text)
    text = re.sub("\x01(\\d+)\x01", lambda m: chr(int(m.group(1))), text)
    return re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], text)


def github_slug(text: str) -> str:
    """github-slugger: lower case; drop all but letters, marks, numbers, `_`, `-` and spaces;
    spaces become `-`."""
    kept = []
    for ch in text.lower():
        category = unicodedata.category(ch)
        if ch in " -" or category[0] in "LMN" or category == "Pc":
            kept.append("-" if ch == " " else ch)
    return "".join(kept)


def headings(text: str) -> list[tuple[int, str]]:
    """(level, rendered text) of every ATX heading outside code blocks."""
    found = []
    for line in prose_lines(text):
        match = _HEADING.match(line.text)
        if match:
            found.append((len(match.group(1)), rendered_inline(match.group(2) or "").strip()))
    return found


def anchors(text: str) -> set[str]:
    """The anchors GitHub gives the headings of a page (repeats numbered -1, -2...)."""
    counts: dict[str, int] = {}
    result: set[str] = set()
    for _, title in headings(text):
        base = slug = github_slug(title)
        while slug in counts:
            counts[base] += 1
            slug = f"{base}-{counts[base]}"
        counts[slug] = 0
        result.add(slug)
    return result


def links(text: str) -> list[tuple[int, str]]:
    """(line number, target) of every inline link outside code blocks and code spans."""
    found = []
    for line in prose_lines(text):
        visible = _CODE_SPAN.sub("", line.text)
        found += [(line.number, m.group(1)) for m in _LINK.finditer(visible)]
    return found


def table_cells(row: str) -> list[str]:
    """The cells of a GFM table row (a pipe preceded by a backslash does not split)."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row)]


@dataclass(frozen=True)
class Table:
    line: int
    header: list[str]
    rows: list[list[str]]


def tables(text: str) -> list[Table]:
    """Every GFM table outside code blocks: a header row, a delimiter row, then body rows."""
    lines = list(prose_lines(text))
    found: list[Table] = []
    i = 0
    while i + 1 < len(lines):
        head, delimiter = lines[i], lines[i + 1]
        consecutive = delimiter.number == head.number + 1
        if consecutive and "|" in head.text and _DELIMITER_ROW.match(delimiter.text):
            rows, j = [], i + 2
            while j < len(lines) and lines[j].number == lines[j - 1].number + 1:
                if not lines[j].text.strip():
                    break
                rows.append(table_cells(lines[j].text))
                j += 1
            found.append(Table(head.number, table_cells(head.text), rows))
            i = j
            continue
        i += 1
    return found


# -- the page skeleton the seed and our resource pages share ------------------------------------


@dataclass
class Skeleton:
    """The structure of a resource page: title, operation index, per operation the sequence of
    section headings and table header rows."""

    title: str = ""
    attribute: str = ""  # the `(*name*)` line under the title
    index: list[str] = field(default_factory=list)
    operations: dict[str, list[str]] = field(default_factory=dict)


_ATTRIBUTE = re.compile(r"^\(\*([^*]+)\*\)$")
_INDEX_ITEM = re.compile(r"^\* \[(?P<text>[^\]]+)\]\(#(?P<anchor>[^)]+)\)")


def skeleton(text: str) -> Skeleton:
    result = Skeleton()
    header_lines = {t.line: " | ".join(t.header) for t in tables(text)}
    current: list[str] | None = None
    in_index = False
    for line in prose_lines(text):
        match = _HEADING.match(line.text)
        if match:
            level, title = len(match.group(1)), rendered_inline(match.group(2) or "").strip()
            in_index = title == "Available Operations"
            if level == 1:
                result.title = title
            elif level == 2:
                current = result.operations.setdefault(title, [])
            elif current is not None and not in_index:
                current.append(f"{'#' * level} {title}")
            continue
        attribute = _ATTRIBUTE.match(line.text)
        if attribute and not result.attribute and not result.operations:
            result.attribute = attribute.group(1)
        item = _INDEX_ITEM.match(line.text)
        if in_index and item:
            result.index.append(rendered_inline(item.group("text")))
        if current is not None and line.number in header_lines:
            current.append(f"table: {header_lines[line.number]}")
    return result


# -- a server double for the examples -----------------------------------------------------------


@dataclass(frozen=True)
class Route:
    method: str
    pattern: str  # regex of the URL path
    status: int
    body: Any  # JSON value, or None for no body
    operation: str


def routes(api: ir.Api) -> list[Route]:
    """One route per operation: its first success response, with a body built from the IR."""
    base = urlsplit(api.servers[0].url).path.rstrip("/") if api.servers else ""
    waiters: dict[str, list[ir.Waiter]] = {}
    for resource in api.resources:
        for waiter in resource.waiters:
            waiters.setdefault(waiter.operation, []).append(waiter)
    result = []
    for op in api.operations:
        parts = re.split(r"\{[^}]+\}", op.path)
        pattern = re.escape(base) + "[^/]+".join(re.escape(p) for p in parts)
        response = op.responses[0]
        status = int(response.status) if response.status.isdigit() else 200
        body = sample_json(api, response.type) if response.type is not None else None
        for waiter in waiters.get(op.name, ()):
            body = _settled(api, response.type, body, waiter)
        result.append(Route(op.method, pattern, status, body, op.operation_id))
    return result


def _settled(api: ir.Api, type_ref: ir.TypeRef | None, body: Any, waiter: ir.Waiter) -> Any:
    """The polled operation's body in the state its waiter's first success acceptor waits for
    (a server on which the example's work is done), by attribute path → wire names."""
    acceptor = next(a for a in waiter.acceptors if a.state == "success")
    if acceptor.matcher != "equals" or not acceptor.path:
        return body
    node, current = body, type_ref
    for step, attribute in enumerate(acceptor.path):
        inner = current.inner if isinstance(current, ir.Nullable) else current
        assert isinstance(inner, ir.ModelRef) and isinstance(node, dict)
        model = api.lookup[inner.name]
        assert isinstance(model, ir.Model)
        field = next(f for f in model.fields if f.name == attribute)
        if step == len(acceptor.path) - 1:
            node[field.wire_name] = acceptor.expected[0]
        else:
            node = node.setdefault(field.wire_name, {})
            current = field.type
    return body


_PRIMITIVE_JSON: dict[str, Any] = {
    "str": "example",
    "int": 1,
    "float": 1.5,
    "bool": True,
    "none": None,
    "any": {"key": "value"},
    "datetime": "2024-01-15T09:30:00Z",
    "date": "2024-01-15",
    "bytes": "ZXhhbXBsZQ==",
    "file": "example",
}


def sample_json(api: ir.Api, type_ref: ir.TypeRef, depth: int = 0) -> Any:
    """A wire value of this type: every field filled near the top, required ones deeper."""
    if isinstance(type_ref, ir.Primitive):
        return _PRIMITIVE_JSON[type_ref.kind]
    if isinstance(type_ref, ir.Nullable):
        return sample_json(api, type_ref.inner, depth)
    if isinstance(type_ref, ir.AliasRef):
        alias = api.lookup[type_ref.name]
        assert isinstance(alias, ir.Alias)
        return sample_json(api, alias.type, depth)
    if isinstance(type_ref, ir.EnumRef):
        enum = api.lookup[type_ref.name]
        assert isinstance(enum, ir.Enum)
        return enum.members[0].value if enum.members else ""
    if isinstance(type_ref, ir.ListOf):
        return [sample_json(api, type_ref.item, depth + 1)] if depth < 6 else []
    if isinstance(type_ref, ir.MapOf):
        return {"key": sample_json(api, type_ref.value, depth + 1)} if depth < 6 else {}
    if isinstance(type_ref, ir.LiteralOf):
        return type_ref.value
    if isinstance(type_ref, ir.UnionOf):
        return _sample_union(api, type_ref, depth)
    return _sample_model(api, type_ref.name, depth, {})


def _sample_union(api: ir.Api, union: ir.UnionOf, depth: int) -> Any:
    variant = union.variants[0]
    if union.discriminator is not None and isinstance(variant, ir.ModelRef):
        tag = next(t for t, m in union.discriminator.mapping if m == variant.name)
        return _sample_model(api, variant.name, depth, {union.discriminator.property: tag})
    return sample_json(api, variant, depth)


def _sample_model(api: ir.Api, name: str, depth: int, fixed: dict[str, Any]) -> dict[str, Any]:
    model = api.lookup[name]
    assert isinstance(model, ir.Model)
    data: dict[str, Any] = dict(fixed)
    for f in model.fields:
        if f.wire_name in data or not (f.required or depth < 3):
            continue
        example = next((e for e in f.examples if e is not None), None)
        data[f.wire_name] = example if example is not None else sample_json(api, f.type, depth + 1)
    return data


# What a subprocess runs before an example: answer every request from the routes (argv[1]),
# check the credentials, then execute the example (argv[2]) as __main__.
BOOTSTRAP = r"""
import json, os, re, sys

import httpx

config = json.load(open(sys.argv[1]))
seen = []


def answer(request):
    path = request.url.path
    for route in config["routes"]:
        if request.method == route["method"] and re.fullmatch(route["pattern"], path):
            expected = config["authorization"]
            if expected and request.headers.get("authorization") != expected:
                raise AssertionError(f"bad credentials on {request.method} {request.url}")
            if request.content:
                json.loads(request.content)
            seen.append(route["operation"])
            body = route["body"]
            if body is None:
                return httpx.Response(route["status"], request=request)
            return httpx.Response(route["status"], json=body, request=request)
    raise AssertionError(f"no operation answers {request.method} {request.url}")


def handle_request(self, request):
    return answer(request)


async def handle_async_request(self, request):
    return answer(request)


httpx.HTTPTransport.handle_request = handle_request
httpx.AsyncHTTPTransport.handle_async_request = handle_async_request
source = open(sys.argv[2], encoding="utf-8").read()
exec(compile(source, sys.argv[3], "exec"), {"__name__": "__main__"})
print("\nREQUESTS " + " ".join(seen))
"""


def server_config(api: ir.Api, token: str) -> dict[str, Any]:
    bearer = any(s.kind == "bearer" for s in api.security_schemes)
    return {
        "routes": [vars(r) for r in routes(api)],
        "authorization": f"Bearer {token}" if bearer else "",
    }


def requests_made(stdout: str) -> list[str]:
    """Operation ids answered by the double, from the last line BOOTSTRAP prints."""
    last = stdout.rstrip("\n").rsplit("\n", 1)[-1]
    assert last.startswith("REQUESTS"), stdout
    return last.split()[1:]


def markdown_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.md") if p.is_file())
