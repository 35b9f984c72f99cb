"""Bad input, through the command line: one clear message naming the file, the line where it is
known and the JSON pointer; exit code 2; the output directory untouched. Plus the loader's
bounds (alias bombs, deep nesting, huge files) and its reading of YAML, JSON and `$ref`s."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import load
from generator.cli import main
from generator.errors import SpecError
from generator.write import read_tree

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
    "swagger2": (
        "spec.yaml",
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        ["Swagger 2.0 is not supported", "swagger2openapi", ":1 at /swagger"],
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
