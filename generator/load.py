"""Load stage: read a spec file (YAML or JSON), guard against hostile documents, resolve `$ref`s.

Nothing here interprets OpenAPI; it turns bytes into plain Python data plus a way to follow
references across files and to say on which line a JSON pointer sits.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .errors import Location, SpecError

MAX_DEPTH = 256
"""Deepest nesting of objects/arrays accepted; real specs stay far below (GitHub's: ~30)."""

MAX_NODES = 5_000_000
"""Most nodes a document may expand to once YAML aliases are followed (alias bombs)."""

_JSON_PARSE_RECURSION = 20_000


class _YamlLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe loader with YAML 1.2 scalars: timestamps stay strings, only true/false are booleans."""


_YamlLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """Append reference tokens to a JSON pointer, escaping `~` and `/`."""
    return pointer + "".join("/" + _pointer_escape(str(t)) for t in tokens)


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


@dataclass
class SourceDocument:
    """One parsed file of the spec (the root or a file it references)."""

    path: Path
    text: str
    data: Any
    is_json: bool
    _lines: dict[str, int | None] = field(default_factory=dict, repr=False)

    def line_of(self, pointer: str) -> int | None:
        """1-based line where the value at `pointer` starts, or None when it cannot be told."""
        if pointer not in self._lines:
            try:
                self._lines[pointer] = _locate_line(self.text, pointer, self.is_json)
            except Exception:  # locating is best effort: a message without a line is still useful
                self._lines[pointer] = None
        return self._lines[pointer]

    def location(self, pointer: str) -> Location:
        return Location(str(self.path), pointer or "/", self.line_of(pointer))


@dataclass(frozen=True)
class RefTarget:
    """What a `$ref` points at: the document, the pointer inside it, and the value there."""

    document: SourceDocument
    pointer: str
    value: Any

    @property
    def key(self) -> tuple[str, str]:
        """Canonical identity of the target, equal for every `$ref` spelling that reaches it."""
        return (str(self.document.path), self.pointer)


class Spec:
    """The root document plus every file reached through `$ref`, loaded on demand."""

    def __init__(self, root: SourceDocument) -> None:
        self.root = root
        self._documents: dict[Path, SourceDocument] = {root.path: root}

    @property
    def documents(self) -> list[SourceDocument]:
        return list(self._documents.values())

    def document(self, path: Path, referrer: Location) -> SourceDocument:
        path = path.resolve()
        if path not in self._documents:
            if not path.is_file():
                raise SpecError(f"$ref points to a file that does not exist: {path}", referrer)
            self._documents[path] = read_document(path)
        return self._documents[path]

    def resolve(self, ref: object, base: SourceDocument, at: str) -> RefTarget:
        """Follow one `$ref` (found in `base` at pointer `at`) to its target."""
        referrer = base.location(at)
        if not isinstance(ref, str):
            raise SpecError("$ref must be a string", referrer)
        file_part, _, fragment = ref.partition("#")
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", file_part):
            raise SpecError(f"remote $ref is not supported (download it first): {ref}", referrer)
        document = self.document(base.path.parent / unquote(file_part), referrer) if file_part else base
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise SpecError(f"$ref fragment is not a JSON pointer: {ref}", referrer)
        value: Any = document.data
        walked = ""
        for token in split_pointer(pointer):
            walked = join_pointer(walked, token)
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                raise SpecError(f"$ref target does not exist: {ref} (no {walked})", referrer)
        return RefTarget(document, pointer, value)

    def resolve_chain(self, value: Any, base: SourceDocument, at: str) -> tuple[Any, SourceDocument, str]:
        """Follow `$ref` after `$ref` until a value that is not a bare reference."""
        seen: set[tuple[str, str]] = set()
        while isinstance(value, dict) and "$ref" in value:
            target = self.resolve(value["$ref"], base, at)
            if target.key in seen:
                raise SpecError("$ref cycle that never reaches a value", base.location(at))
            seen.add(target.key)
            value, base, at = target.value, target.document, target.pointer
        return value, base, at


def load_spec(path: Path) -> Spec:
    """Read the root document of a spec and every file it references; check every `$ref`."""
    spec = Spec(read_document(path.resolve()))
    check_references(spec)
    return spec


def check_references(spec: Spec) -> None:
    """Resolve every `$ref` of every reachable document once, so a dangling one is reported
    where it is written (file, line, pointer) before anything else reads the spec."""
    pending = [spec.root]
    checked: set[Path] = set()
    while pending:
        document = pending.pop()
        if document.path in checked:
            continue
        checked.add(document.path)
        for pointer, ref in _iter_refs(document.data):
            target = spec.resolve(ref, document, pointer)
            if target.document.path not in checked:
                pending.append(target.document)


def _iter_refs(data: Any) -> Iterator[tuple[str, object]]:
    """(pointer of the `$ref` key, its value) for every reference in a document, in order."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            # A property *named* "$ref" (a key of `properties`) is not a reference.
            is_reference = "$ref" in node and not pointer.endswith("/properties")
            if is_reference:
                yield join_pointer(pointer, "$ref"), node["$ref"]
            children = [
                (v, join_pointer(pointer, k))
                for k, v in node.items()
                if not (is_reference and k == "$ref")
            ]
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed([(v, join_pointer(pointer, i)) for i, v in enumerate(node)]))


def read_document(path: Path) -> SourceDocument:
    where = Location(str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read the file: {exc.strerror or exc}", where) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(
            f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
            Location(str(path), line=line),
        ) from None
    if not text.strip():
        raise SpecError("the file is empty", where)
    is_json = path.suffix.lower() == ".json" or text.lstrip().startswith("{")
    data = _parse_json(text, path) if is_json else _parse_yaml(text, path)
    document = SourceDocument(path, text, _normalise_keys(data), is_json)
    _check_shape(document)
    return document


def _parse_json(text: str, path: Path) -> Any:
    # json's C scanner counts nesting against the recursion limit; raise it only for this call so
    # that deep documents reach our own depth check (which names the pointer) instead of crashing.
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, _JSON_PARSE_RECURSION))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(f"invalid JSON: {exc.msg} (column {exc.colno})", Location(str(path), line=exc.lineno)) from None
    except RecursionError:
        raise SpecError(f"the document nests deeper than {MAX_DEPTH} levels", Location(str(path))) from None
    finally:
        sys.setrecursionlimit(previous)


def _parse_yaml(text: str, path: Path) -> Any:
    try:
        return yaml.load(text, Loader=_YamlLoader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "unreadable YAML"
        raise SpecError(f"invalid YAML: {problem}", Location(str(path), line=line)) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", Location(str(path))) from None
    except RecursionError:
        raise SpecError(f"the document nests deeper than {MAX_DEPTH} levels", Location(str(path))) from None


def _normalise_keys(data: Any) -> Any:
    """YAML reads `200:` as an int key; OpenAPI keys are strings. Iterative: no recursion limit."""
    if not isinstance(data, (dict, list)):
        return data
    stack: list[Any] = [data]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            if any(not isinstance(k, str) for k in node):
                items = [(_key_text(k), v) for k, v in node.items()]
                node.clear()
                node.update(items)
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        else:
            stack.extend(v for v in node if isinstance(v, (dict, list)))
    return data


def _key_text(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


def _check_shape(document: SourceDocument) -> None:
    """Reject alias bombs, self-referencing aliases and absurd nesting, naming where."""
    data = document.data
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "null"
        raise SpecError(f"the document must be a mapping (an object), not {kind}", document.location(""))
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    # Iterative post-order walk; sizes are memoised per object so shared aliases count in full
    # without being walked twice.
    stack: list[tuple[Any, str, int, bool]] = [(data, "", 0, False)]
    while stack:
        node, pointer, depth, done = stack.pop()
        if depth > MAX_DEPTH:
            raise SpecError(
                f"the document nests deeper than {MAX_DEPTH} levels", document.location(pointer)
            )
        if done:
            on_path.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes.get(id(c), 1) for _, c in _children(node))
            if sizes[id(node)] > MAX_NODES:
                raise SpecError(
                    f"the document expands to more than {MAX_NODES:,} nodes (YAML alias bomb?)",
                    document.location(pointer),
                )
            continue
        if id(node) in sizes:
            continue
        if id(node) in on_path:
            raise SpecError("a YAML alias refers to itself", document.location(pointer))
        on_path.add(id(node))
        stack.append((node, pointer, depth, True))
        for token, child in _children(node):
            if isinstance(child, (dict, list)):
                stack.append((child, join_pointer(pointer, token), depth + 1, False))


def _children(node: Any) -> Iterator[tuple[str | int, Any]]:
    if isinstance(node, dict):
        return iter(node.items())
    if isinstance(node, list):
        return iter(enumerate(node))
    return iter(())


def _locate_line(text: str, pointer: str, is_json: bool) -> int | None:
    tokens = split_pointer(pointer)
    if not tokens:
        return 1
    if is_json:
        return _locate_json_line(text, tokens)
    node = yaml.compose(text, Loader=_YamlLoader)
    for token in tokens:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if str(k.value) == token), None)
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            node = node.value[int(token)]
        else:
            return None
        if node is None:
            return None
    return int(node.start_mark.line) + 1


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def _locate_json_line(text: str, tokens: list[str]) -> int | None:
    """Scan JSON tokens tracking the current pointer; return the line where `tokens` starts."""
    path: list[str] = []
    kinds: list[str] = []  # "obj" / "arr" per open container
    index: list[int] = []
    expecting_key = False
    pending_key: str | None = None
    for match in _JSON_TOKEN.finditer(text):
        tok = match.group()
        if kinds and kinds[-1] == "obj" and expecting_key and tok.startswith('"'):
            pending_key = json.loads(tok)
            expecting_key = False
            continue
        if tok == ":":
            continue
        if tok == ",":
            if kinds and kinds[-1] == "arr":
                index[-1] += 1
            else:
                expecting_key = True
            continue
        if tok in "}]":
            kinds.pop()
            index.pop()
            if path:
                path.pop()
            continue
        # a value starts here
        if kinds:
            path.append(pending_key if kinds[-1] == "obj" else str(index[-1]))  # type: ignore[arg-type]
        if path == tokens:
            return text.count("\n", 0, match.start()) + 1
        if tok in "{[":
            kinds.append("obj" if tok == "{" else "arr")
            index.append(0)
            expecting_key = tok == "{"
            if not kinds[:-1] and not path:
                continue
        elif path:
            path.pop()
    return None
