"""Bad input, through the command line: one clear message naming the file, the line where it is
known and the JSON pointer; exit code 2; the output directory untouched. Plus the loader's
bounds (alias bombs, deep nesting, huge files) and its reading of YAML, JSON and `$ref`s."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.errors import SpecError
from generator.output.write import read_tree
from generator.spec import load

GOOD = """\
openapi: 3.1.0
info: {title: Good, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"""


def _bomb(levels: int = 12) -> str:
    lines = ["openapi: 3.1.0", 'info: {title: x, version: "1"}', "paths: {}", "a0: &a0 [lol, lol]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _deep_yaml(depth: int) -> str:
    lines = ["openapi: 3.1.0", 'info: {title: x, version: "1"}', "paths: {}", "components:"]
    lines += ["  schemas:", "    Deep:"]
    indent = "      "
    for _ in range(depth):
        lines += [indent + "type: object", indent + "properties:", indent + "  x:"]
        indent += "    "
    return "\n".join([*lines, indent + "type: string"]) + "\n"


def _deep_json(depth: int) -> str:
    schema = '{"type": "object", "properties": {"x": ' * depth + '{"type": "string"}' + "}}" * depth
    head = '{"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {}'
    return head + ', "components": {"schemas": {"Deep": ' + schema + "}}}"


DEEP_POINTER = "/components/schemas/Deep" + "/properties/x" * 100

# name → (file name, content, fragments the one error line must contain)
BAD: dict[str, tuple[str, str | bytes, list[str]]] = {
    "invalid_yaml": ("spec.yaml", "openapi: 3.1.0\ninfo: [unclosed\n", ["invalid YAML", ":3"]),
    "invalid_json": ("spec.json", '{"openapi": "3.1.0",\n "info": }', ["invalid JSON", ":2"]),
    "yaml_in_a_json_file": ("spec.json", GOOD, ["invalid JSON", ":1"]),
    "not_utf8": (
        "spec.yaml",
        b"openapi: 3.1.0\ninfo: {title: \"caf\xe9\", version: '1'}\n",
        ["not UTF-8", "byte 0xe9", ":2"],
    ),
    "empty": ("spec.yaml", "  \n\n", ["the file is empty"]),
    "a_list": ("spec.yaml", "- just\n- a list\n", ["must be a mapping", "not list"]),
    "a_scalar": ("spec.json", '"openapi"', ["must be a mapping", "not str"]),
    "null": ("spec.yaml", "~\n", ["must be a mapping", "not null"]),
    "missing_openapi": (
        "spec.yaml",
        "info: {title: x, version: '1'}\npaths: {}\n",
        ["no `openapi`"],
    ),
    "swagger1": (  # Swagger 2.0 generates (issue 17); older versions are refused
        "spec.yaml",
        "swagger: '1.2'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        ["unsupported Swagger version '1.2'", "Swagger 2.0", ":1 at /swagger"],
    ),
    "openapi_2_x": (
        "spec.yaml",
        "openapi: 2.5.0\ninfo: {title: x, version: '1'}\npaths: {}\n",
        ["unsupported OpenAPI version '2.5.0'", ":1 at /openapi"],
    ),
    "dangling_ref": (
        "spec.yaml",
        GOOD.replace('schemas/Thing"}', 'schemas/Nope"}'),
        [
            "$ref target does not exist: #/components/schemas/Nope",
            ":12 at /paths/~1things/get/responses/200/content/application~1json/schema/$ref",
        ],
    ),
    "dangling_file_ref": (
        "spec.yaml",
        GOOD.replace("#/components/schemas/Thing", "missing.yaml#/Thing"),
        ["$ref points to a file that does not exist", "missing.yaml", ":12 at /paths/"],
    ),
    "remote_ref": (
        "spec.yaml",
        GOOD.replace("#/components/schemas/Thing", "https://example.com/s.yaml#/Thing"),
        ["remote $ref is not supported", ":12 at /paths/"],
    ),
    "ref_cycle": (
        "spec.yaml",
        GOOD.replace(
            "    Thing:\n",
            '    A: {$ref: "#/components/schemas/B"}\n    B: {$ref: "#/components/schemas/A"}\n'
            "    Thing:\n",
        ),
        [
            "$ref cycle that never reaches a schema",
            "#/components/schemas/B → #/components/schemas/A",
        ],
    ),
    "ref_to_itself": (
        "spec.yaml",
        GOOD + '    Self: {$ref: "#/components/schemas/Self"}\n',
        ["$ref cycle that never reaches a schema", ":19 at /components/schemas/Self/$ref"],
    ),
    "alias_bomb": ("spec.yaml", _bomb(), ["more than 5,000,000 nodes", "alias bomb", ":"]),
    "alias_loop": (
        "spec.yaml",
        GOOD + "x: &loop [*loop]\n",
        ["alias refers to itself", ":19 at /x/0"],
    ),
    "unknown_tag": ("spec.yaml", GOOD + "x: !python/object:os.system echo\n", ["unsupported tag"]),
    "two_documents": ("spec.yaml", GOOD + "---\nmore: 1\n", ["more than one document", ":19"]),
    "deep_yaml": (
        "spec.yaml",
        _deep_yaml(3000),
        ["nests deeper than 256 levels", ":388 at " + DEEP_POINTER],
    ),
    "deep_json": ("spec.json", _deep_json(3000), ["nests deeper than 256 levels", DEEP_POINTER]),
    "deep_flow_yaml": (
        "spec.yaml",
        "openapi: 3.1.0\nx: " + "[" * 100_000 + "]" * 100_000 + "\n",
        ["nests deeper than 256 levels", ":2 at /x/0/0/0"],
    ),
}


@pytest.fixture
def existing_output(tmp_path: Path) -> Path:
    spec = tmp_path / "good.yaml"
    spec.write_text(GOOD)
    out = tmp_path / "out"
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_clear_error_exit_2_and_no_output(
    name: str, tmp_path: Path, existing_output: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file_name, content, fragments = BAD[name]
    spec = tmp_path / "in" / file_name
    spec.parent.mkdir()
    if isinstance(content, bytes):
        spec.write_bytes(content)
    else:
        spec.write_text(content, encoding="utf-8")
    before = read_tree(existing_output)
    capsys.readouterr()
    # Hostile inputs are refused by counting work (nodes, depth, bytes), not by a clock: a
    # regression to exponential behaviour shows as the run never finishing, not a flaky bound.
    assert main(["generate", str(spec), "-o", str(existing_output)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sdkgen: error: ") and err.count("\n") == 1, err[:2000]
    assert "Traceback" not in err and str(spec) in err
    for fragment in fragments:
        assert fragment in err, err[:2000]
    assert read_tree(existing_output) == before
    assert not list(existing_output.parent.glob(".sdkgen-*")), "staging directory left behind"


def test_every_bad_input_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    for name, (file_name, content, _) in BAD.items():
        spec = tmp_path / name / file_name
        spec.parent.mkdir()
        if isinstance(content, bytes):
            spec.write_bytes(content)
        else:
            spec.write_text(content, encoding="utf-8")
        out = tmp_path / name / "out"
        assert main(["generate", str(spec), "-o", str(out)]) == 2, name
        assert not out.exists(), name


# -- bounds ------------------------------------------------------------------------------------


def test_a_50_mb_spec_loads_in_bounded_time(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "description": "A thing. " * 20,
        "required": ["id"],
        "properties": {f"field{j}": {"type": "string", "description": "d" * 40} for j in range(30)},
    }
    schemas = {f"Thing{i}": schema for i in range(17_000)}
    paths = {
        f"/things{i}": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/Thing{i}"}
                            }
                        },
                    }
                }
            }
        }
        for i in range(17_000)
    }
    spec = tmp_path / "big.json"
    text = json.dumps(
        {"openapi": "3.1.0", "info": {"title": "Big", "version": "1"}, "paths": paths}
        | {"components": {"schemas": schemas}}
    )
    spec.write_text(text)
    assert spec.stat().st_size > 50 * 2**20
    loaded = load.load_spec(spec)  # its speed is measured by bench/, not asserted here
    assert len(loaded.root.data["components"]["schemas"]) == 17_000


def test_a_file_over_the_size_limit_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(GOOD)
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 100)
    with pytest.raises(SpecError, match="sdkgen reads specs up to"):
        load.load_spec(spec)


def test_alias_bomb_is_refused_in_bounded_time_and_memory() -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        _expect_error(_bomb(30), "alias bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 2**20  # 2**30 nodes once expanded: refused without expanding them


def test_depth_through_aliases_counts(tmp_path: Path) -> None:
    lines = ["openapi: 3.1.0", "a0: &a0 [x]"] + [f"a{i}: &a{i} [*a{i - 1}]" for i in range(1, 300)]
    _expect_error("\n".join(lines) + "\n", "nests deeper than 256 levels")


def _expect_error(text: str, fragment: str) -> None:
    with pytest.raises(SpecError) as info:
        data, shared = load._parse_yaml(text, Path("x.yaml"))
        load._check_shape(load.SourceDocument(Path("x.yaml"), text, data, False), shared)
    assert fragment in str(info.value), str(info.value)


# -- reading -----------------------------------------------------------------------------------


def test_yaml_is_read_as_yaml_1_2_with_merge_keys_and_text_keys(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "base: &base {a: 1, b: 2}\n"
        "merged: {<<: *base, b: 3}\n"
        "words: [yes, no, on, off, 2024-01-01, 0x1F, 1_000, ~, true, False]\n"
        "200: ok\n"
        "True: key\n"
    )
    data = load.load_spec(spec).root.data
    assert data["merged"] == {"a": 1, "b": 3}
    assert data["words"] == ["yes", "no", "on", "off", "2024-01-01", 31, 1000, None, True, False]
    assert data["200"] == "ok" and data["True"] == "key"


def test_json_is_parsed_as_json(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.1.0", "yes": "yes", "date": "2024-01-01", "n": 1e400}')
    data = load.load_spec(spec).root.data
    assert data["yes"] == "yes" and data["date"] == "2024-01-01"


def test_refs_into_other_files_resolve_relative_to_their_file(tmp_path: Path) -> None:
    (tmp_path / "parts" / "deeper").mkdir(parents=True)
    (tmp_path / "parts" / "pet.yaml").write_text(
        "Pet:\n  type: object\n  properties:\n    tag: {$ref: 'deeper/tag.json#/Tag'}\n"
    )
    (tmp_path / "parts" / "deeper" / "tag.json").write_text('{"Tag": {"type": "string"}}')
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\nx: {$ref: 'parts/pet.yaml#/Pet'}\n")
    loaded = load.load_spec(spec)
    assert {d.path.name for d in loaded.documents} == {"spec.yaml", "pet.yaml", "tag.json"}
    value, document, pointer = loaded.resolve_chain(
        {"$ref": "deeper/tag.json#/Tag"}, loaded.documents[1], "/Pet"
    )
    assert value == {"type": "string"} and document.path.name == "tag.json" and pointer == "/Tag"


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_line_of_a_pointer(tmp_path: Path, suffix: str) -> None:
    data = {"openapi": "3.1.0", "a": {"b": [1, {"c/d": {"e~f": [None, "x"]}}], "z": 2}}
    spec = tmp_path / f"spec{suffix}"
    if suffix == ".json":
        spec.write_text(json.dumps(data, indent=2))
    else:
        import yaml

        spec.write_text(yaml.safe_dump(data, sort_keys=False))
    document = load.load_spec(spec).root
    lines = spec.read_text().splitlines()
    line = document.line_of("/a/b/1/c~1d/e~0f/1")
    assert line is not None and "x" in lines[line - 1]
    key = document.line_of("/a/b/1/c~1d/e~0f")
    assert key is not None and "e~f" in lines[key - 1 - (suffix == ".yaml")]
    z = document.line_of("/a/z")
    assert z is not None and "z" in lines[z - 1]
    assert document.line_of("/a/nope") is None and document.line_of("") == 1


def test_loading_does_not_scan_for_lines_on_success(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.json"
    refs = {f"R{i}": {"$ref": "#/components/schemas/T"} for i in range(500)}
    spec.write_text(json.dumps({"openapi": "3.1.0", "components": {"schemas": refs | {"T": {}}}}))

    def fail(*_: object) -> None:
        raise AssertionError("a line was looked up although nothing is wrong")

    monkeypatch.setattr(load, "_locate_json_line", fail)
    load.load_spec(spec)


# -- input that would lose data (duplicate keys, YAML tags outside JSON) ----------------------


def _run_bad(
    spec: Path, capsys: pytest.CaptureFixture[str], *options: str, command: str = "generate"
) -> str:
    """Run `sdkgen <command>` on `spec`, expect exit 2 with one error line; that line."""
    out = spec.parent / "out"
    capsys.readouterr()
    argv = [command, str(spec), *options] + (["-o", str(out)] if command != "validate" else [])
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("sdkgen: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert not out.exists()
    return err


# (file name, text, line, pointer) of a document with a key twice; the line is the second one's.
DUPLICATES = {
    "yaml_path": (
        "spec.yaml",
        GOOD.replace("components:\n", "  /things:\n    post: {}\ncomponents:\n"),
        13,
        "/paths/~1things",
    ),
    "yaml_top_level": ("spec.yaml", GOOD + "info: {title: Again, version: '2'}\n", 19, "/info"),
    "yaml_flow_mapping": (
        "spec.yaml",
        GOOD.replace("id: {type: string}", "id: {type: string, type: integer}"),
        18,
        "/components/schemas/Thing/properties/id/type",
    ),
    "yaml_same_text_other_quotes": (
        "spec.yaml",
        GOOD.replace(
            '        "200":\n', '        "200":\n          description: a\n        200:\n'
        ),
        10,
        "/paths/~1things/get/responses/200",
    ),
    "yaml_in_a_list": (
        "spec.yaml",
        GOOD + "tags:\n  - name: a\n    description: x\n    name: b\n",
        22,
        "/tags/0/name",
    ),
    "json_path": (
        "spec.json",
        '{"openapi": "3.1.0",\n "paths": {\n  "/pets": {},\n  "/pets": {"get": {}}}}',
        4,
        "/paths/~1pets",
    ),
    "json_escaped_spelling": (
        "spec.json",
        '{"openapi": "3.1.0", "info": {"title": "x",\n "\\u0074itle": "y"}}',
        2,
        "/info/title",
    ),
    "json_in_a_list": (
        "spec.json",
        '{"openapi": "3.1.0", "tags": [{"name": "a"},\n {"name": "b", "name": "c"}]}',
        2,
        "/tags/1/name",
    ),
}


@pytest.mark.parametrize("name", sorted(DUPLICATES))
def test_a_key_twice_in_a_mapping_is_a_located_error(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file_name, text, line, pointer = DUPLICATES[name]
    spec = tmp_path / file_name
    spec.write_text(text, encoding="utf-8")
    err = _run_bad(spec, capsys)
    assert f"{spec}:{line} at {pointer}: duplicate key" in err, err


def test_yaml_merge_keys_are_not_duplicates(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\nbase: &b {a: 1, b: 2}\nm: {<<: *b, b: 3}\nn: {<<: [*b], a: 0}\n"
    )
    data = load.load_spec(spec).root.data
    assert data["m"] == {"a": 1, "b": 3} and data["n"] == {"a": 0, "b": 2}


_KEY = st.text("abcxyz", min_size=1, max_size=3)
_TREE = st.recursive(
    st.dictionaries(_KEY, st.integers(0, 9), min_size=1, max_size=3),
    lambda children: st.dictionaries(_KEY, children, min_size=1, max_size=3),
    max_leaves=12,
)


def _yaml_block(tree: dict[str, object], indent: str = "") -> list[str]:
    lines: list[str] = []
    for key, value in tree.items():
        if isinstance(value, dict):
            lines += [f"{indent}{key}:", *_yaml_block(value, indent + "  ")]
        else:
            lines.append(f"{indent}{key}: {value}")
    return lines


@settings(max_examples=60, deadline=None)
@given(tree=_TREE, data=st.data(), as_json=st.booleans())
def test_any_key_written_twice_is_reported_where_the_second_one_is(
    tree: dict[str, object],
    data: st.DataObject,
    as_json: bool,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    mappings: list[list[str]] = [[]]  # the path of every mapping of the tree
    stack: list[tuple[list[str], dict[str, object]]] = [([], tree)]
    while stack:
        path, node = stack.pop()
        for key, value in node.items():
            if isinstance(value, dict):
                mappings.append([*path, key])
                stack.append(([*path, key], value))
    path = data.draw(st.sampled_from(mappings))
    node = tree
    for token in path:
        child = node[token]
        assert isinstance(child, dict)
        node = child
    key = data.draw(st.sampled_from(sorted(node)))
    node["DUP"] = 0  # last in its mapping, then spelled as `key`: the second `key` there
    document = {"openapi": "3.1.0", "x": tree}
    text = json.dumps(document, indent=1) if as_json else "\n".join(_yaml_block(document)) + "\n"
    second = next(i for i, line in enumerate(text.splitlines(), 1) if "DUP" in line)
    text = text.replace("DUP", key)
    spec = tmp_path_factory.mktemp("dup") / ("spec.json" if as_json else "spec.yaml")
    spec.write_text(text)
    with pytest.raises(SpecError) as info:
        load.load_spec(spec)
    assert "duplicate key" in info.value.message
    assert info.value.location.pointer == load.join_pointer("", "x", *path, key)
    assert info.value.location.line == second
    # without the second one, the same document loads
    del node["DUP"]
    spec.write_text(json.dumps(document) if as_json else "\n".join(_yaml_block(document)))
    assert load.load_spec(spec).root.data == document


OUTSIDE_JSON_TAGS = [
    "!!binary aGVsbG8=",
    "!!timestamp 2001-12-14t21:59:43.10-05:00",
    "!!set {a, b}",
    "!!omap [{a: 1}, {b: 2}]",
    "!!pairs [{a: 1}]",
    "!!python/object/apply:os.system [echo hi]",
    "!!python/name:os.system",
    "!!python/tuple [1, 2]",
    "!custom value",
    "!custom {a: 1}",
    "!<tag:example.com,2000:thing> [1]",
]


# where the tagged node goes: (YAML under x-data, line of the tagged node, its pointer)
TAG_PLACES = {
    "value": ("x-data:\n  tagged: {}\n", 20, "/x-data/tagged"),
    "list_item": ("x-data:\n  - plain\n  - {}\n", 21, "/x-data/1"),
    "nested": ("x-data:\n  a:\n    - b: {}\n", 21, "/x-data/a/0/b"),
}


@pytest.mark.parametrize("tagged", OUTSIDE_JSON_TAGS)
@pytest.mark.parametrize("place", sorted(TAG_PLACES))
def test_yaml_tags_outside_json_are_a_located_error(
    tagged: str, place: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template, line, pointer = TAG_PLACES[place]
    spec = tmp_path / "spec.yaml"
    spec.write_text(GOOD + template.format(tagged))
    err = _run_bad(spec, capsys)
    assert f"{spec}:{line} at {pointer}: unsupported tag " in err, err
    assert "outside JSON's data model" in err


@pytest.mark.parametrize("tagged", ["!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!custom k"])
def test_a_tagged_mapping_key_is_a_located_error(
    tagged: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(GOOD + f"x-data:\n  {tagged}: 1\n")
    err = _run_bad(spec, capsys, command="validate")
    assert f"{spec}:20 at /x-data: unsupported tag " in err, err


def test_explicit_tags_of_json_values_are_read_as_such(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "values: [!!str 123, !!int '7', !!float 1, !!bool true, !!null '']\n"
        "map: !!map {a: !!seq [1]}\n"
    )
    data = load.load_spec(spec).root.data
    assert data["values"] == ["123", 7, 1.0, True, None]
    assert data["map"] == {"a": [1]}


# -- `$ref`s stay inside the spec's folder tree --------------------------------------------------

SECRET = "TOP-SECRET-CONTENT"
OUTSIDE_SCHEMA = (
    f"X:\n  type: object\n  description: {SECRET}\n  properties:\n    a: {{type: string}}\n"
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """project/spec/ (the spec's folder, with sub/ and two symlinks) and project/outside/."""
    project = tmp_path / "project"
    (project / "spec" / "sub").mkdir(parents=True)
    (project / "outside").mkdir()
    (project / "outside" / "x.yaml").write_text(OUTSIDE_SCHEMA)
    (project / "spec" / "sub" / "x.yaml").write_text(OUTSIDE_SCHEMA.replace(SECRET, "inside"))
    (project / "spec" / "link.yaml").symlink_to(project / "outside" / "x.yaml")
    (project / "spec" / "linkdir").symlink_to(project / "outside", target_is_directory=True)
    (project / "spec" / "inlink.yaml").symlink_to(project / "spec" / "sub" / "x.yaml")
    return project


def _spec_with_ref(project: Path, ref: str) -> Path:
    spec = project / "spec" / "api.yaml"
    spec.write_text(GOOD.replace('"#/components/schemas/Thing"', json.dumps(ref)))
    return spec


REF_POINTER = "/paths/~1things/get/responses/200/content/application~1json/schema/$ref"
OUTSIDE_REFS = {
    "parent": "../outside/x.yaml#/X",
    "parent_no_fragment": "../outside/x.yaml",
    "deep_parent": "sub/../../outside/x.yaml#/X",
    "absolute": "{project}/outside/x.yaml#/X",
    "etc_passwd": "/etc/passwd",
    "file_url": "file://{project}/outside/x.yaml#/X",
    "file_url_localhost": "file://localhost{project}/outside/x.yaml#/X",
    "file_url_upper": "FILE:///etc/passwd",
    "file_url_other_host": "file://evil.example/etc/passwd",
    "percent_dots": "%2e%2e/outside/x.yaml#/X",
    "percent_upper_dots_and_slash": "%2E%2E%2Foutside%2Fx.yaml#/X",
    "percent_mixed": ".%2E/outside/x.yaml#/X",
    "percent_twice": "%252e%252e%252foutside%252fx.yaml#/X",
    "nul": "x.yaml%00.json#/X",
    "control": "sub/x%0a.yaml#/X",
    "symlinked_file": "link.yaml#/X",
    "symlinked_folder": "linkdir/x.yaml#/X",
    "windows_backslashes": "..\\outside\\x.yaml#/X",
    "windows_encoded_backslashes": "..%5Coutside%5Cx.yaml#/X",
    "windows_drive": "C:\\Windows\\win.ini",
    "windows_drive_slash": "c:/outside/x.yaml#/X",
    "windows_unc": "\\\\server\\share\\x.yaml",
    "network_path": "//evil.example/x.yaml#/X",
    "http": "http://127.0.0.1:9/x.yaml#/X",
    "https": "HTTPS://example.com/x.yaml#/X",
    "other_scheme": "ftp://example.com/x.yaml#/X",
    "data_url": "data:application/json,{{}}",
    "urn": "urn:example:x",
}


@pytest.mark.parametrize("name", sorted(OUTSIDE_REFS))
def test_a_ref_that_leaves_the_spec_folder_is_a_located_error(
    name: str, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = OUTSIDE_REFS[name].format(project=tree)
    spec = _spec_with_ref(tree, ref)
    err = _run_bad(spec, capsys)
    # names the spec file, the line and pointer of the `$ref`, and the `$ref` as written
    assert f"{spec}:12 at {REF_POINTER}: $ref '{ref}' " in err, err
    assert SECRET not in err


@pytest.mark.parametrize("command", ["generate", "validate", "check"])
def test_every_command_keeps_refs_inside(
    command: str, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_with_ref(tree, "../outside/x.yaml#/X")
    err = _run_bad(spec, capsys, command=command)
    assert "leads outside the folders the spec may read" in err and "--allow-ref-root" in err


def test_diff_keeps_refs_inside(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tree / "spec" / "old.yaml"
    old.write_text(GOOD)
    new = _spec_with_ref(tree, "../outside/x.yaml#/X")
    assert main(["diff", str(old), str(new)]) == 2
    err = capsys.readouterr().err
    assert f"{new}:12 at {REF_POINTER}" in err and SECRET not in err


def test_a_file_inside_that_refers_outside_is_refused_where_it_says_so(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    part = tree / "spec" / "sub" / "part.yaml"
    part.write_text("P:\n  $ref: '../../outside/x.yaml#/X'\n")
    spec = _spec_with_ref(tree, "sub/part.yaml#/P")
    err = _run_bad(spec, capsys)
    assert f"{part}:2 at /P/$ref: $ref '../../outside/x.yaml#/X' leads outside" in err, err


@pytest.mark.parametrize(
    "ref", ["sub/x.yaml#/X", "./sub/../sub/x.yaml#/X", "inlink.yaml#/X", "sub%2Fx.yaml#/X"]
)
def test_refs_inside_the_folder_tree_resolve(ref: str, tree: Path) -> None:
    spec = _spec_with_ref(tree, ref)
    loaded = load.load_spec(spec)
    assert {d.path for d in loaded.documents} == {spec, tree / "spec" / "sub" / "x.yaml"}


def _model_doc(out: Path) -> str:
    return "\n".join(p.read_text() for p in out.rglob("*.md"))


def test_allow_ref_root_widens_the_tree(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec_with_ref(tree, "../outside/x.yaml#/X")
    out = tree / "out"
    root = str(tree / "outside")
    assert main(["generate", str(spec), "-o", str(out), "--allow-ref-root", root]) == 0
    assert SECRET in _model_doc(out)  # the widened root's file is read
    assert main(["validate", str(spec), "--allow-ref-root", root]) == 0
    assert main(["check", str(spec), "-o", str(out), "--allow-ref-root", root]) == 0
    # a symlink into the allowed folder, and an absolute path into it, are allowed too
    for ref in ("linkdir/x.yaml#/X", f"{tree}/outside/x.yaml#/X"):
        spec = _spec_with_ref(tree, ref)
        assert main(["validate", str(spec), "--allow-ref-root", root]) == 0, ref
    # repeatable: each option adds a folder; another folder does not help
    spec = _spec_with_ref(tree, "../outside/x.yaml#/X")
    other = tree / "spec" / "sub"
    assert main(["validate", str(spec), "--allow-ref-root", str(other)]) == 2
    both = ["--allow-ref-root", str(other), "--allow-ref-root", root]
    assert main(["validate", str(spec), *both]) == 0
    capsys.readouterr()


def test_allow_ref_roots_in_sdkgen_toml_are_relative_to_it(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_with_ref(tree, "../outside/x.yaml#/X")
    monkeypatch.chdir(tree / "spec" / "sub")  # not where the toml is
    (tree / "spec" / "sdkgen.toml").write_text('[tool.sdkgen]\nallow_ref_roots = ["../outside"]\n')
    assert main(["validate", str(spec)]) == 0
    # --config elsewhere: relative to that file
    config = tree / "outside" / "conf.toml"
    config.write_text('allow_ref_roots = ["."]\n')
    (tree / "spec" / "sdkgen.toml").unlink()
    assert main(["validate", str(spec), "--config", str(config)]) == 0
    assert main(["validate", str(spec)]) == 2
    capsys.readouterr()


@pytest.mark.parametrize(
    ("toml", "fragment"),
    [
        ('allow_ref_roots = ["../nowhere"]', "is not a directory"),
        ('allow_ref_roots = "../outside"', "must be a list of folder paths"),
        ("allow_ref_roots = [1]", "must be a list of folder paths"),
    ],
)
def test_bad_allow_ref_roots_are_config_errors(
    toml: str, fragment: str, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_with_ref(tree, "sub/x.yaml#/X")
    (tree / "spec" / "sdkgen.toml").write_text(toml + "\n")
    err = _run_bad(spec, capsys)
    assert "sdkgen.toml" in err and "allow_ref_roots" in err and fragment in err, err


def test_an_allowed_root_that_does_not_exist_is_an_error(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_with_ref(tree, "sub/x.yaml#/X")
    err = _run_bad(spec, capsys, "--allow-ref-root", str(tree / "nowhere"))
    assert "--allow-ref-root" in err and "is not a directory" in err


@pytest.mark.parametrize("name", ["http", "https", "file_url_other_host", "network_path"])
def test_widening_to_everything_still_refuses_remote_refs(
    name: str, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_with_ref(tree, OUTSIDE_REFS[name])
    err = _run_bad(spec, capsys, "--allow-ref-root", "/")
    assert "remote $ref is not supported" in err


_SEGMENTS = ["..", ".", "sub", "linkdir", "outside", "spec", "%2e%2e", "%2E.", ".%2e", "x"]


@settings(max_examples=150, deadline=None)
@given(
    segments=st.lists(st.sampled_from(_SEGMENTS), max_size=6),
    separator=st.sampled_from(["/", "%2F", "%2f"]),
    leaf=st.sampled_from(["x.yaml", "link.yaml", "inlink.yaml", "api.yaml"]),
)
def test_a_relative_ref_loads_exactly_when_its_real_target_is_inside(
    segments: list[str], separator: str, leaf: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Any spelling of a relative path: the loader reads the file if and only if its real path
    (os.path.realpath after one percent-decoding) lies in the spec's folder tree."""
    from urllib.parse import unquote

    project = tmp_path_factory.getbasetemp() / "ref-tree"
    if not project.exists():
        (project / "spec" / "sub").mkdir(parents=True)
        (project / "outside").mkdir()
        for folder in (project / "spec", project / "spec" / "sub", project / "outside"):
            (folder / "x.yaml").write_text(OUTSIDE_SCHEMA)
        (project / "spec" / "link.yaml").symlink_to(project / "outside" / "x.yaml")
        (project / "spec" / "sub" / "inlink.yaml").symlink_to(project / "spec" / "x.yaml")
        (project / "spec" / "linkdir").symlink_to(project / "outside")
    ref_path = separator.join([*segments, leaf])
    spec_dir = os.path.realpath(project / "spec")
    target = os.path.realpath(os.path.join(spec_dir, unquote(ref_path)))
    inside = os.path.commonpath([spec_dir, target]) == spec_dir
    spec = project / "spec" / "api.yaml"
    fragment = "" if leaf == "api.yaml" else "#/X"
    spec.write_text(GOOD.replace('"#/components/schemas/Thing"', json.dumps(ref_path + fragment)))
    if inside and os.path.isfile(target):
        loaded = load.load_spec(spec)
        assert {str(d.path) for d in loaded.documents} <= {str(spec), target}
        return
    with pytest.raises(SpecError) as info:
        load.load_spec(spec)
    expected = "leads outside" if not inside else "does not exist"
    assert expected in info.value.message, (ref_path, info.value.message)
