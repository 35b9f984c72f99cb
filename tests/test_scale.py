"""What keeps huge specs linear: locating messages in a JSON spec.

MS Graph beta is one 47 MB line of JSON with thousands of warnings; each warning's line used to be
found by scanning the text from the start (time ∝ warnings × size). Lines are now found through
each container's member offsets, computed once per container. Checked here for correctness
against an oracle (markers in a pretty-printed document) and for the number of container scans.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.spec import load

KEYS = st.text(alphabet='abc/~ "\\é{}[],:', min_size=0, max_size=4)


def _documents() -> st.SearchStrategy[Any]:
    leaves = st.none()  # replaced by unique markers below
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
        max_leaves=25,
    )


def _mark(value: Any, pointer: str, found: dict[str, str]) -> Any:
    """The document with every leaf a unique marker string; `found`: pointer → marker."""
    if isinstance(value, dict):
        return {
            key: _mark(item, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}", found)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_mark(item, f"{pointer}/{index}", found) for index, item in enumerate(value)]
    marker = f"LEAF-{len(found)}"
    found[pointer] = marker
    return marker


@settings(max_examples=150, deadline=None)
@given(_documents(), st.booleans())
def test_json_lines_match_where_the_value_is(
    tmp_path_factory: pytest.TempPathFactory, shape: Any, compact: bool
) -> None:
    markers: dict[str, str] = {}
    body = _mark(shape, "/x", markers)
    spec = tmp_path_factory.mktemp("lines") / "spec.json"
    text = json.dumps({"openapi": "3.1.0", "x": body}, indent=None if compact else 1)
    spec.write_text(text, encoding="utf-8")
    document = load.load_spec(spec).root
    lines = text.split("\n")
    for pointer, marker in markers.items():
        line = document.line_of(pointer)
        assert line is not None, pointer
        assert f'"{marker}"' in lines[line - 1], (pointer, line)
        assert document.line_of(pointer + "/missing") is None


def test_each_container_is_scanned_once_however_many_lookups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = 2000
    schemas = {f"S{i}": {"type": "object", "x-extra": [i, {"deep": [i]}]} for i in range(count)}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "components": {"schemas": schemas}}))
    document = load.load_spec(spec).root
    scans: list[int] = []
    original = load._json_members

    def counting(text: str, pos: int) -> dict[str, int]:
        scans.append(pos)
        return original(text, pos)

    monkeypatch.setattr(load, "_json_members", counting)
    for i in range(count):
        assert document.line_of(f"/components/schemas/S{i}/x-extra/1/deep/0") == 1
        assert document.line_of(f"/components/schemas/S{i}/type") == 1
    assert len(scans) == len(set(scans))  # no container twice
    # root, components, schemas, then per schema: itself, x-extra, its object, deep.
    assert len(scans) == 3 + 4 * count
