"""Load stage: read a spec file (YAML or JSON), guard against hostile documents, resolve `$ref`s.

Nothing here interprets OpenAPI; it turns bytes into plain Python data plus a way to follow
references across files and to say on which line a JSON pointer sits.

Guards, each a `SpecError` naming file, line (where known) and JSON pointer:

- bytes: larger than `MAX_FILE_BYTES`, not UTF-8 (a BOM is accepted), empty;
- syntax: a `.json` file (or text starting with `{`) is parsed as JSON, anything else as YAML 1.2
  (safe loader, only `true`/`false` are booleans, timestamps stay strings);
- shape: the document is an object; nesting deeper than `MAX_DEPTH` is refused with the pointer
  where it happens — JSON is measured before `json.loads` (which recurses) sees it, YAML is built
  from libyaml's parser events without recursion (its composer recurses in C and would crash the
  process on input nested ~100,000 deep); YAML aliases may not expand to more than `MAX_NODES`
  nodes (alias bombs), nest deeper than `MAX_DEPTH` through aliases, nor contain themselves;
- references: every `$ref` of every reachable document resolves (remote URLs are refused), and
  no chain of `$ref`s loops without reaching a value (`A` → `B` → `A`);
- reference roots: a `$ref` reads only files inside the spec's own folder tree, or inside a
  folder the user allowed (`ref_roots`: `--allow-ref-root`, `allow_ref_roots` in sdkgen.toml),
  judged on the real path (symlinks followed) after percent-decoding; absolute paths and `file:`
  URLs are judged the same way, Windows-style paths, control characters, twice-encoded
  separators and other schemes are refused as written (see `Spec.referenced_path`);
- data loss: a key twice in one mapping (YAML or JSON), and YAML tags outside JSON's data model
  (`!!binary`, `!!timestamp`, `!!set`, `!!omap`, `!!python/...`, custom `!tags`).

Cost is linear in the size of the input (a 50 MB JSON spec loads in a few seconds); locating a
line is lazy, for messages only: success paths never scan the text for lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from generator.errors import Location, SpecError

MAX_DEPTH = 256
"""Deepest nesting of objects/arrays accepted; real specs stay far below (GitHub's: ~30)."""

MAX_NODES = 5_000_000
"""Most nodes a document may expand to once YAML aliases are followed (alias bombs)."""

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Largest spec file read (GitHub's REST API description, the largest known, is ~12 MB)."""


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
    for token in tokens:
        text = str(token)
        if "~" in text or "/" in text:
            text = _pointer_escape(text)
        pointer = f"{pointer}/{text}"
    return pointer


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
    _yaml_tree: Any = field(default=None, repr=False)
    # JSON: member offsets of the containers messages looked into, by container offset.
    _json_members: dict[int, dict[str, int]] = field(default_factory=dict, repr=False)
    _anchors: dict[str, str] | None = field(default=None, repr=False)

    def anchor(self, name: str) -> str | None:
        """Pointer of the schema declaring `$anchor` (or `$dynamicAnchor`) `name`, if one does:
        OpenAPI 3.1 refs like `#pet` name a schema that way. Indexed on first use."""
        if self._anchors is None:
            self._anchors = _anchors_of(self.data)
        return self._anchors.get(name)

    def line_of(self, pointer: str) -> int | None:
        """1-based line where the value at `pointer` starts, or None when it cannot be told."""
        if pointer not in self._lines:
            try:
                self._lines[pointer] = self._locate(pointer)
            except Exception:  # locating is best effort: a message without a line is still useful
                self._lines[pointer] = None
        return self._lines[pointer]

    def _locate(self, pointer: str) -> int | None:
        tokens = split_pointer(pointer)
        if not tokens:
            return 1
        if self.is_json:
            return _locate_json_line(self.text, tokens, self._json_members)
        if self._yaml_tree is None:  # composed once per document, on the first message
            self._yaml_tree = yaml.compose(self.text, Loader=_YamlLoader)
        return _locate_yaml_line(self._yaml_tree, tokens)

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


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_WINDOWS_DRIVE = re.compile(r"[A-Za-z]:")
_UNSAFE_PATH_CHAR = re.compile(r"[\x00-\x1f\x7f]")
_STILL_ENCODED = re.compile(r"%(?:2[eEfF]|5[cC]|00)")  # `.`, `/`, `\`, NUL encoded twice
_REMOTE_SCHEMES = ("http", "https")


def _quoted(text: str) -> str:
    """`text` in quotes as written (backslashes too), escaped only if it could break the line."""
    return f"'{text}'" if text.isprintable() else repr(text)


class Spec:
    """The root document plus every file reached through `$ref`, loaded on demand.

    `ref_roots`: folders besides the root document's own whose files `$ref`s may read.
    """

    def __init__(self, root: SourceDocument, ref_roots: Sequence[Path] = ()) -> None:
        self.root = root
        self._documents: dict[Path, SourceDocument] = {root.path: root}
        self._paths: dict[tuple[Path, str], Path] = {}  # (file, file part of a $ref) → real path
        self.ref_roots = tuple(dict.fromkeys([root.path.parent, *(r.resolve() for r in ref_roots)]))

    @property
    def documents(self) -> list[SourceDocument]:
        return list(self._documents.values())

    def referenced_path(
        self, file_part: str, ref: str, base: Path, where: Callable[[], Location]
    ) -> Path:
        """The real path of the file that the file part (`file_part`) of `ref`, written in the
        file `base`, names; refused unless it lies inside one of `ref_roots`. `where` locates
        the `$ref` (called only for an error: it scans the text for the line)."""

        def refuse(reason: str) -> SpecError:
            return SpecError(f"$ref {_quoted(ref)} {reason}", where())

        if _WINDOWS_DRIVE.match(file_part) or "\\" in file_part:
            raise refuse("is a Windows-style path: a $ref is a URI reference, with `/` separators")
        scheme = _SCHEME.match(file_part)
        if file_part.startswith("//") or scheme and scheme.group()[:-1].lower() in _REMOTE_SCHEMES:
            raise refuse("is remote: remote $ref is not supported (download it first)")
        if scheme and scheme.group()[:-1].lower() == "file":
            parts = urlsplit(file_part)
            if parts.netloc not in ("", "localhost"):
                raise refuse(f"names another host ({parts.netloc}): remote $ref is not supported")
            text = unquote(parts.path)
        elif scheme:
            raise refuse(f"has an unsupported scheme {scheme.group()!r} (only relative paths)")
        else:
            text = unquote(file_part)
        if _UNSAFE_PATH_CHAR.search(text) or "\\" in text:
            raise refuse("decodes to a path with a control character or a backslash")
        if _STILL_ENCODED.search(text):
            raise refuse("is percent-encoded twice (`%25`): write the path once encoded")
        try:
            target = (base.parent / text).resolve()  # an absolute `text` replaces the folder
        except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, say
            raise refuse(f"cannot be followed: {exc}") from None
        if not any(target.is_relative_to(root) for root in self.ref_roots):
            allowed = ", ".join(str(root) for root in self.ref_roots)
            raise refuse(
                f"leads outside the folders the spec may read ({allowed}): it names {target}; "
                "allow its folder with --allow-ref-root DIR or allow_ref_roots in sdkgen.toml"
            )
        return target

    def document(self, path: Path, ref: str, where: Callable[[], Location]) -> SourceDocument:
        """The document at `path` (a real path from `referenced_path`), read on first use."""
        if path not in self._documents:
            if not path.is_file():
                raise SpecError(
                    f"$ref points to a file that does not exist: {_quoted(ref)} ({path})", where()
                )
            self._documents[path] = read_document(path)
        return self._documents[path]

    def resolve(self, ref: object, base: SourceDocument, at: str) -> RefTarget:
        """Follow one `$ref` (found in `base` at pointer `at`) to its target.

        The referrer's line is looked up only when something is wrong (it costs a scan).
        """
        if not isinstance(ref, str):
            raise SpecError("$ref must be a string", base.location(at))
        file_part, _, fragment = ref.partition("#")
        document = base
        if file_part:

            def where() -> Location:
                return base.location(at)

            path = self._paths.get((base.path, file_part))
            if path is None:
                path = self.referenced_path(file_part, ref, base.path, where)
                self._paths[base.path, file_part] = path
            document = self.document(path, ref, where)
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            anchored = document.anchor(pointer)
            if anchored is None:
                raise SpecError(
                    f"$ref fragment is neither a JSON pointer nor a declared $anchor: {ref}",
                    base.location(at),
                )
            pointer = anchored
        value: Any = document.data
        walked = ""
        for token in split_pointer(pointer):
            walked = join_pointer(walked, token)
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                raise SpecError(
                    f"$ref target does not exist: {ref} (no {walked})", base.location(at)
                )
        return RefTarget(document, pointer, value)

    def resolve_chain(
        self, value: Any, base: SourceDocument, at: str
    ) -> tuple[Any, SourceDocument, str]:
        """Follow `$ref` after `$ref` until a value that is not a reference (iteratively)."""
        seen: set[tuple[str, str]] = set()
        start = (base, at)
        while isinstance(value, dict) and "$ref" in value:
            target = self.resolve(value["$ref"], base, join_pointer(at, "$ref"))
            if target.key in seen:
                raise SpecError(
                    "$ref cycle that never reaches a schema", start[0].location(start[1])
                )
            seen.add(target.key)
            value, base, at = target.value, target.document, target.pointer
        return value, base, at


def load_spec(path: Path, ref_roots: Sequence[Path] = ()) -> Spec:
    """Read the root document of a spec and every file it references; check every `$ref`.

    `$ref`s may read files in the spec's folder tree and in `ref_roots` (see `Spec`)."""
    spec = Spec(read_document(path.resolve()), ref_roots)
    check_references(spec)
    return spec


def check_references(spec: Spec) -> None:
    """Resolve every `$ref` of every reachable document once, so a dangling one is reported
    where it is written (file, line, pointer) before anything else reads the spec; and follow
    every chain of references (`A` → `B` → …) so that one looping without ever reaching a value
    is reported as such instead of sending later stages into endless recursion."""
    pending = [spec.root]
    checked: set[Path] = set()
    terminates: set[tuple[str, str]] = set()  # targets known to end in a value
    while pending:
        document = pending.pop()
        if document.path in checked:
            continue
        checked.add(document.path)
        for pointer, ref in _iter_refs(document.data):
            target = spec.resolve(ref, document, pointer)
            if target.document.path not in checked:
                pending.append(target.document)
            chain: list[RefTarget] = []
            on_chain: set[tuple[str, str]] = set()
            while (
                target.key not in terminates
                and isinstance(target.value, dict)
                and "$ref" in target.value
            ):
                if target.key in on_chain:
                    first = [t.key for t in chain].index(target.key)
                    loop = " → ".join(_ref_name(spec, t) for t in [*chain[first:], target])
                    raise SpecError(
                        f"$ref cycle that never reaches a schema: {loop}",
                        document.location(pointer),
                    )
                on_chain.add(target.key)
                chain.append(target)
                target = spec.resolve(
                    target.value["$ref"], target.document, join_pointer(target.pointer, "$ref")
                )
                if target.document.path not in checked:
                    pending.append(target.document)
            terminates.update(on_chain)
            terminates.add(target.key)


def _ref_name(spec: Spec, target: RefTarget) -> str:
    prefix = "" if target.document is spec.root else target.document.path.name
    return f"{prefix}#{target.pointer}"


_Path = tuple[str | int, "_Path"] | None
"""A JSON pointer as a linked list of tokens (last token first): cheap to extend, joined only for
messages — a walk over millions of nodes must not build a string per node."""


def _pointer(path: _Path) -> str:
    tokens: list[str | int] = []
    while path is not None:
        tokens.append(path[0])
        path = path[1]
    return join_pointer("", *reversed(tokens))


def _iter_refs(data: Any) -> Iterator[tuple[str, object]]:
    """(pointer of the `$ref` key, its value) for every reference in a document, in order."""
    stack: list[tuple[Any, _Path]] = [(data, None)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            # A property *named* "$ref" (a key of `properties`) is not a reference.
            is_reference = "$ref" in node and not (path is not None and path[0] == "properties")
            if is_reference:
                yield _pointer(("$ref", path)), node["$ref"]
            for key, value in reversed(node.items()):
                if isinstance(value, (dict, list)) and not (is_reference and key == "$ref"):
                    stack.append((value, (key, path)))
        elif isinstance(node, list):
            for index in range(len(node) - 1, -1, -1):
                if isinstance(node[index], (dict, list)):
                    stack.append((node[index], (index, path)))


def _anchors_of(data: Any) -> dict[str, str]:
    """`$anchor` and `$dynamicAnchor` names of a document → pointer of the schema declaring
    them; the first declaration wins (a plain `$anchor` before a dynamic one of the same name)."""
    anchors: dict[str, str] = {}
    dynamic: dict[str, str] = {}
    stack: list[tuple[Any, _Path]] = [(data, None)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            if not (path is not None and path[0] == "properties"):  # keys there are names
                for keyword, found in (("$anchor", anchors), ("$dynamicAnchor", dynamic)):
                    name = node.get(keyword)
                    if isinstance(name, str):
                        found.setdefault(name, _pointer(path))
            for key, value in reversed(node.items()):
                if isinstance(value, (dict, list)):
                    stack.append((value, (key, path)))
        elif isinstance(node, list):
            for index in range(len(node) - 1, -1, -1):
                if isinstance(node[index], (dict, list)):
                    stack.append((node[index], (index, path)))
    return {**dynamic, **anchors}


def read_document(path: Path) -> SourceDocument:
    where = Location(str(path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpecError(
                f"the file is {size / 2**20:,.0f} MiB; sdkgen reads specs up to "
                f"{MAX_FILE_BYTES // 2**20} MiB",
                where,
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read the file: {exc.strerror or exc}", where) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(
            f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8",
            Location(str(path), line=line),
        ) from None
    del raw
    if not text.strip():
        raise SpecError("the file is empty", where)
    is_json = path.suffix.lower() == ".json" or text.lstrip().startswith("{")
    if is_json:
        _check_depth_json(text, path)
        data, shared = _parse_json(text, path), False  # JSON keys are strings, nothing shared
    else:
        data, shared = _parse_yaml(text, path)
    document = SourceDocument(path, text, data, is_json)
    _check_shape(document, shared)
    return document


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_JSON_STRUCTURE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]')


def _check_depth_json(text: str, path: Path) -> None:
    """Refuse JSON nested deeper than `MAX_DEPTH` before `json.loads` (which recurses) sees it.

    The depth is measured at C speed (strings removed, then a running sum over the brackets);
    only a document that is too deep is scanned again, token by token, to name the pointer.
    """
    brackets = _NOT_BRACKETS.sub("", _JSON_STRING.sub("", text))
    if not brackets or max(accumulate(map(_BRACKET_STEP.__getitem__, brackets))) <= MAX_DEPTH + 1:
        return
    for event, match, stack in _scan_json(text):
        if event == "open" and len(stack) > MAX_DEPTH:
            line = text.count("\n", 0, match.start()) + 1
            raise _too_deep(path, [frame.key for frame in stack], line)


class _JsonFrame:
    """An open object or array while `_scan_json` walks the text."""

    __slots__ = ("is_object", "key", "expecting_key", "keys")

    def __init__(self, is_object: bool) -> None:
        self.is_object = is_object
        self.key: str | int = "" if is_object else 0  # current member's key, or array index
        self.expecting_key = is_object
        self.keys: set[str] = set()  # keys read so far (filled by the duplicate search)


def _scan_json(text: str) -> Iterator[tuple[str, re.Match[str], list[_JsonFrame]]]:
    """Walk JSON text token by token, knowing the pointer at each step: yields `("open", match,
    stack)` before a container is entered and `("key", match, stack)` once the key of an object
    member is read (`stack[-1].key`). Slow (Python per token): only to locate an error."""
    stack: list[_JsonFrame] = []
    for match in _JSON_STRUCTURE.finditer(text):
        tok = match.group()
        if tok in "{[":
            yield "open", match, stack
            stack.append(_JsonFrame(tok == "{"))
        elif tok in "}]":
            if stack:
                stack.pop()
        elif tok == ",":
            if stack and stack[-1].is_object:
                stack[-1].expecting_key = True
            elif stack:
                stack[-1].key = int(stack[-1].key) + 1
        elif tok == ":":
            if stack:
                stack[-1].expecting_key = False
        elif stack and stack[-1].is_object and stack[-1].expecting_key:
            stack[-1].key = json.loads(tok)
            yield "key", match, stack


def _too_deep(path: Path, pointer: list[Any], line: int | None) -> SpecError:
    return SpecError(
        f"the document nests deeper than {MAX_DEPTH} levels",
        Location(str(path), join_pointer("", *pointer), line),
    )


def _duplicate_key(path: Path, pointer: list[Any], line: int | None) -> SpecError:
    return SpecError(
        f"duplicate key {pointer[-1]!r} in a mapping: the second value would silently replace "
        "the first (merge them or rename one)",
        Location(str(path), join_pointer("", *pointer), line),
    )


class _DuplicateJsonKey(Exception):
    """Raised from inside `json` by `_unique_keys`; `_locate_duplicate_json` then says where."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`object_pairs_hook` refusing an object with a key twice. The dict is built in C and only
    the lengths are compared: GitHub's 13 MB spec parses in ~0.63 s instead of ~0.52 s without a
    hook; a Python loop over the keys costs ~0.65 s (docs/design.md, "Security of the generator").
    """
    members = dict(pairs)
    if len(members) != len(pairs):
        raise _DuplicateJsonKey
    return members


_JSON_DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys)


def _locate_duplicate_json(text: str, path: Path) -> SpecError:
    """The error for the first key that appears twice in one object of `text` (which has one)."""
    for event, match, stack in _scan_json(text):
        if event == "key":
            frame = stack[-1]
            key = str(frame.key)
            if key in frame.keys:
                line = text.count("\n", 0, match.start()) + 1
                return _duplicate_key(path, [f.key for f in stack], line)
            frame.keys.add(key)
    return SpecError("duplicate key in a JSON object", Location(str(path)))  # pragma: no cover


def _parse_json(text: str, path: Path) -> Any:
    try:
        return _JSON_DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise SpecError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", Location(str(path), line=exc.lineno)
        ) from None
    except _DuplicateJsonKey:
        raise _locate_duplicate_json(text, path) from None
    except RecursionError:  # pragma: no cover - _check_depth_json bounds the nesting first
        raise _too_deep(path, [], None) from None


# -- YAML --------------------------------------------------------------------------------------


class _Resolver(yaml.resolver.Resolver):
    """Plain-scalar resolution of `_YamlLoader` (YAML 1.2 booleans, no timestamps)."""

    yaml_implicit_resolvers = _YamlLoader.yaml_implicit_resolvers


_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_MERGE_KEY = object()  # the current key of a mapping frame is `<<`
_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
# Explicit scalar tags whose values JSON has too; any other (`!!binary`, `!!timestamp`, `!!set`,
# `!!omap`, `!!python/...`, `!custom`) would give a value later stages cannot hold, or none.
_JSON_SCALAR_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null")}
_YAML_TAG_PREFIX = "tag:yaml.org,2002:"


def _tag_error(tag: str) -> str:
    shown = "!!" + tag[len(_YAML_TAG_PREFIX) :] if tag.startswith(_YAML_TAG_PREFIX) else tag
    return (
        f"unsupported tag {shown}: YAML tags outside JSON's data model are refused (an OpenAPI "
        "document holds only strings, numbers, booleans, null, mappings and sequences); remove "
        "the tag or quote the value"
    )


def _yaml_pointer(stack: list[_Frame]) -> list[Any]:
    """Tokens of the pointer to the node being read (a key: the mapping holding it)."""
    tokens = [frame.key for frame in stack[:-1]]
    if stack and not (stack[-1].is_map and stack[-1].expecting_key):
        tokens.append(stack[-1].key)
    return ["<<" if token is _MERGE_KEY else token for token in tokens]


class _Frame:
    __slots__ = ("value", "is_map", "key", "expecting_key", "merges", "line")

    def __init__(self, value: Any, is_map: bool, line: int) -> None:
        self.value = value
        self.is_map = is_map
        self.key: Any = 0 if not is_map else None  # current key, or index in a sequence
        self.expecting_key = is_map
        self.merges: list[Any] = []
        self.line = line


def _parse_yaml(text: str, path: Path) -> tuple[Any, bool]:
    """Build the document from libyaml's parser events (iterative, unlike its composer, which
    recurses in C and crashes on very deep input), with the safe loader's semantics: plain
    scalars resolved as `_YamlLoader` does, anchors/aliases, `<<` merge keys. Mapping keys are
    their text as written (YAML would read `200:` as an int and `True:` as a boolean). Returns
    the data and whether an alias shared a collection (`_check_shape` then measures it)."""
    resolve: Any = _Resolver().resolve
    constructor = yaml.constructor.SafeConstructor()
    anchors: dict[str, Any] = {}
    stack: list[_Frame] = []
    root: list[Any] = []
    documents = 0
    shared = False

    def fail(message: str, mark: Any, pointer: list[Any] | None = None) -> SpecError:
        line = mark.line + 1 if mark is not None else None
        where = Location(str(path), join_pointer("", *pointer) if pointer else "", line)
        return SpecError(message if pointer is not None else f"invalid YAML: {message}", where)

    def attach(
        value: Any, mark: Any, *, is_merge: bool = False, complete: bool = True, raw: Any = None
    ) -> None:
        if not stack:
            root.append(value)
            return
        frame = stack[-1]
        if not frame.is_map:
            frame.value.append(value)
            frame.key += complete  # a collection moves the index on when it ends
        elif frame.expecting_key:
            if isinstance(value, (dict, list)):
                raise fail("a mapping key must be a scalar", mark)
            # A key is text as written (`200`, `True`, `1.10`), not its YAML value.
            key = _MERGE_KEY if is_merge else raw if raw is not None else _key_text(value)
            if key in frame.value:  # merged keys are added at the end: only explicit ones here
                raise _duplicate_key(path, [*[f.key for f in stack[:-1]], key], mark.line + 1)
            frame.key = key
            frame.expecting_key = False
        else:
            if frame.key is _MERGE_KEY:
                frame.merges.append(value)  # a collection may still be filling: expanded at end
            else:
                frame.value[frame.key] = value
            frame.expecting_key = True

    try:
        for event in yaml.parse(text, Loader=_YamlLoader):
            mark: Any = event.start_mark
            if isinstance(event, yaml.ScalarEvent):
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve(yaml.ScalarNode, event.value, event.implicit)
                if tag == _MERGE and stack and stack[-1].is_map and stack[-1].expecting_key:
                    attach(None, mark, is_merge=True)
                    continue
                if tag in (_STR, _MERGE, "tag:yaml.org,2002:value"):
                    value: Any = event.value
                elif tag in _JSON_SCALAR_TAGS:
                    end: Any = event.end_mark
                    node = yaml.ScalarNode(tag, event.value, mark, end, event.style)
                    try:
                        value = constructor.yaml_constructors[tag](constructor, node)
                    except (ValueError, TypeError, yaml.YAMLError) as exc:
                        message = f"{event.value!r} is not a valid {tag}: {exc}"
                        raise fail(message, mark, _yaml_pointer(stack)) from None
                else:
                    raise fail(_tag_error(tag), mark, _yaml_pointer(stack))
                if event.anchor is not None:
                    anchors[event.anchor] = value
                attach(value, mark, raw=event.value)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if event.tag not in _COLLECTION_TAGS:
                    raise fail(_tag_error(str(event.tag)), mark, _yaml_pointer(stack))
                if len(stack) > MAX_DEPTH:
                    raise _too_deep(path, [f.key for f in stack], mark.line + 1)
                is_map = isinstance(event, yaml.MappingStartEvent)
                collection: Any = {} if is_map else []
                if event.anchor is not None:
                    anchors[event.anchor] = collection
                attach(collection, mark, complete=False)
                stack.append(_Frame(collection, is_map, mark.line + 1))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frame = stack.pop()
                if stack and not stack[-1].is_map:
                    stack[-1].key += 1
                if frame.merges:  # explicit keys win; among merged maps, the first one wins
                    merged_maps = [
                        m
                        for value in frame.merges
                        for m in (value if isinstance(value, list) else [value])
                    ]
                    if not all(isinstance(m, dict) for m in merged_maps):
                        raise fail("a `<<` merge key needs a mapping or a list of mappings", mark)
                    frame.merges = merged_maps
                    own = dict(frame.value)
                    frame.value.clear()
                    for merged in reversed(frame.merges):
                        frame.value.update(merged)
                    frame.value.update(own)
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in anchors:
                    raise fail(f"undefined alias *{event.anchor}", mark)
                value = anchors[event.anchor]
                shared = shared or isinstance(value, (dict, list))
                attach(value, mark)
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise fail("more than one document in the file (`---`)", mark)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "unreadable YAML"
        raise fail(problem, mark) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", Location(str(path))) from None
    return (root[0] if root else None), shared


def _key_text(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


def _check_shape(document: SourceDocument, shared: bool = True) -> None:
    """Reject non-objects, alias bombs, self-referencing aliases and absurd nesting, naming where.

    Without shared objects (JSON, YAML without aliases) the text's own nesting was already
    bounded before parsing, so only the top-level type is checked.
    """
    data = document.data
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "null"
        raise SpecError(
            f"the document must be a mapping (an object), not {kind}", document.location("")
        )
    if not shared:
        return
    sizes: dict[int, int] = {}
    heights: dict[int, int] = {}  # nesting levels below a finished object
    on_path: set[int] = set()
    # Iterative post-order walk; sizes and heights are memoised per object so that shared
    # aliases count in full (nodes and depth) without being walked twice.
    stack: list[tuple[Any, _Path, int, bool]] = [(data, None, 0, False)]
    while stack:
        node, path, depth, done = stack.pop()
        if done:
            on_path.discard(id(node))
            children = [c for _, c in _children(node) if isinstance(c, (dict, list))]
            sizes[id(node)] = len(node) + 1 + sum(sizes[id(c)] - 1 for c in children)
            heights[id(node)] = max((heights[id(c)] + 1 for c in children), default=0)
            if sizes[id(node)] > MAX_NODES:
                raise SpecError(
                    f"the document expands to more than {MAX_NODES:,} nodes (YAML alias bomb?)",
                    document.location(_pointer(path)),
                )
            continue
        if id(node) in sizes:
            if depth + heights[id(node)] > MAX_DEPTH:
                raise SpecError(
                    f"the document nests deeper than {MAX_DEPTH} levels (through YAML aliases)",
                    document.location(_pointer(path)),
                )
            continue
        if depth > MAX_DEPTH:
            raise SpecError(
                f"the document nests deeper than {MAX_DEPTH} levels",
                document.location(_pointer(path)),
            )
        if id(node) in on_path:
            raise SpecError("a YAML alias refers to itself", document.location(_pointer(path)))
        on_path.add(id(node))
        stack.append((node, path, depth, True))
        for token, child in _children(node):
            if isinstance(child, (dict, list)):
                stack.append((child, (token, path), depth + 1, False))


def _children(node: Any) -> Iterator[tuple[str | int, Any]]:
    if isinstance(node, dict):
        return iter(node.items())
    if isinstance(node, list):
        return iter(enumerate(node))
    return iter(())


def _locate_yaml_line(node: Any, tokens: list[str]) -> int | None:
    for token in tokens:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if str(k.value) == token), None)
        elif (
            isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value)
        ):
            node = node.value[int(token)]
        else:
            return None
        if node is None:
            return None
    return int(node.start_mark.line) + 1


_JSON_WS = re.compile(r"[ \t\r\n]*")


def _locate_json_line(
    text: str, tokens: list[str], members: dict[int, dict[str, int]]
) -> int | None:
    """Line where the value at `tokens` starts: walks down the path through the containers'
    member offsets, each container scanned once per document (`members`, by its offset) — so
    thousands of messages on one huge single-line spec cost a few scans of it, not one each."""
    pos = _after_space(text, 0)
    for token in tokens:
        if pos not in members:
            members[pos] = _json_members(text, pos)
        if pos < len(text) and text[pos] == "[":
            token = str(int(token)) if token.isdigit() else ""
        found = members[pos].get(token)
        if found is None:
            return None
        pos = found
    return text.count("\n", 0, pos) + 1


def _after_space(text: str, pos: int) -> int:
    return _JSON_WS.match(text, pos).end()  # type: ignore[union-attr]


def _json_members(text: str, pos: int) -> dict[str, int]:
    """Offset where each member of the container starting at `pos` starts, by key (an array's by
    index): one scan, skipping every member's subtree. The first of duplicate keys is kept."""
    members: dict[str, int] = {}
    if pos >= len(text) or text[pos] not in "{[":
        return members
    is_object = text[pos] == "{"
    if not is_object:
        first = _after_space(text, pos + 1)
        if first < len(text) and text[first] != "]":
            members["0"] = first
    depth = 0
    index = 0
    expecting_key = is_object
    key: str | None = None
    for match in _JSON_STRUCTURE.finditer(text, pos + 1):
        tok = match.group()
        if depth > 0:  # inside a member's subtree: only track its nesting
            if tok in "{[":
                depth += 1
            elif tok in "}]":
                depth -= 1
            continue
        if tok in "}]":
            break
        if is_object and expecting_key and tok.startswith('"'):
            key = json.loads(tok) if "\\" in tok else tok[1:-1]
            expecting_key = False
        elif is_object and tok == ":":
            if key is not None:
                members.setdefault(key, _after_space(text, match.end()))
        elif tok == ",":
            expecting_key = is_object
            if not is_object:
                index += 1
                members.setdefault(str(index), _after_space(text, match.end()))
        elif tok in "{[":
            depth += 1
    return members
