"""File names of generated output: valid on every filesystem, whatever names the spec has.

The rules are checked with an oracle written here from the filesystems' limits (255 bytes, the
Windows device names, names equal when case is ignored), not by calling `generator.filenames`
helpers again; then a spec with hostile names is generated end to end and its whole tree checked,
imported and link-checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.filenames import (
    MARKDOWN_RESERVE,
    MAX_NAME_BYTES,
    PYTHON_MODULE_RESERVE,
    Directory,
    is_device_name,
    portable_stem,
)

from .test_docs import link_problems

DEVICES = ["con", "prn", "aux", "nul", *(f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10))]
WINDOWS_REFUSED = set('<>:"/\\|?*') | {chr(c) for c in range(32)}

stems = st.text(min_size=0, max_size=400)
identifiers = st.from_regex(r"[a-z_][a-z0-9_]{0,300}", fullmatch=True)
reserves = st.sampled_from([0, MARKDOWN_RESERVE, PYTHON_MODULE_RESERVE])


def fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def assert_portable(name: str, reserve: int) -> None:
    assert len(name.encode("utf-8")) + reserve <= MAX_NAME_BYTES, name
    assert name and not name.endswith((".", " "))
    assert not set(name) & WINDOWS_REFUSED
    base = name.split(".")[0].rstrip(" ").casefold()
    assert base not in DEVICES


@settings(max_examples=500, deadline=None)
@given(stems, reserves)
def test_every_stem_becomes_a_portable_name(stem: str, reserve: int) -> None:
    name = portable_stem(stem, reserve=reserve)
    assert_portable(name, reserve)
    assert portable_stem(stem, reserve=reserve) == name  # deterministic


@settings(max_examples=300, deadline=None)
@given(identifiers, reserves)
def test_identifiers_stay_identifiers_short_safe_ones_unchanged(stem: str, reserve: int) -> None:
    name = portable_stem(stem, reserve=reserve)
    assert name.isidentifier()
    fits = len(stem) + reserve <= MAX_NAME_BYTES
    if fits and stem not in DEVICES:
        assert name == stem
    if not fits:
        # Shortened: a prefix of the stem is kept, so the name still says what it is.
        assert name[:100] == stem[:100]


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=250, max_size=300), st.text(min_size=1, max_size=5), st.text(max_size=5))
def test_long_stems_sharing_a_prefix_stay_apart(prefix: str, one: str, other: str) -> None:
    if one == other:
        return
    assert portable_stem(prefix + one) != portable_stem(prefix + other)


@given(st.sampled_from(DEVICES), st.sampled_from(["", ".py", ".md", ".tar.gz", " ", "  .txt"]))
def test_device_names_in_any_case_with_any_extension(device: str, extension: str) -> None:
    for spelled in (device, device.upper(), device.title()):
        assert is_device_name(spelled + extension)
        assert_portable(portable_stem(spelled + extension), 0)
    assert not is_device_name(device + "x") and not is_device_name("x" + device)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(stems, identifiers, st.sampled_from(DEVICES)), max_size=30), reserves)
def test_a_directory_never_hands_out_two_names_equal_in_any_case(
    wanted: list[str], reserve: int
) -> None:
    taken = ["__init__", "Annotations"]
    directory = Directory(taken, reserve=reserve)
    names = [directory.claim(stem) for stem in wanted]
    for name in names:
        assert_portable(name, reserve)
    folded = [fold(n) for n in names]
    assert len(set(folded)) == len(folded)
    assert not set(folded) & {fold(t) for t in taken}
    again = Directory(taken, reserve=reserve)
    assert [again.claim(stem) for stem in wanted] == names  # deterministic


# -- end to end ------------------------------------------------------------------------------

LONG = "Microsoft" + "VeryLongNestedInlineSchemaName" * 12  # ~370 characters, like MS Graph's


def hostile_names_spec() -> dict[str, object]:
    """Schema names far over 255 bytes (two sharing a long prefix), device names as schema and tag
    names, names differing only by case."""
    names = [
        LONG + "Alpha",
        LONG + "Beta",
        "Con",
        "NUL",
        "Aux",
        "com1",
        "Lpt9",
        "Prn",
        "pet",
        "Pet",
    ]
    schemas = {name: {"type": "object", "properties": {"id": {"type": "string"}}} for name in names}
    schemas[LONG + "Alpha"]["properties"]["other"] = {"$ref": f"#/components/schemas/{LONG}Beta"}
    operations = {}
    for index, (tag, schema) in enumerate(
        [("con", "Con"), ("NUL", "NUL"), (LONG, LONG + "Alpha"), ("pets", "pet"), ("Pets", "Pet")]
    ):
        operations[f"/things{index}"] = {
            "get": {
                "operationId": f"getThing{index}",
                "tags": [tag],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{schema}"}
                            }
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Names", "version": "1"},
        "servers": [{"url": "https://example.com"}],
        "paths": operations,
        "components": {"schemas": schemas},
    }


def test_hostile_names_generate_a_tree_valid_everywhere(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(hostile_names_spec()))
    out = tmp_path / "out"
    pipeline.generate(spec, out)
    by_directory: dict[Path, list[str]] = defaultdict(list)
    for path in out.rglob("*"):
        by_directory[path.parent].append(path.name)
        reserve = PYTHON_MODULE_RESERVE - len(".py") if path.suffix == ".py" else 0
        assert_portable(path.name, reserve)
    for names in by_directory.values():
        assert len({fold(n) for n in names}) == len(names), names
    models = out / "src" / "names_sdk" / "models"
    assert any(len(p.name) > 200 for p in models.iterdir())  # the long names were kept, shortened
    assert link_problems(out) == []
    # The shortened and renamed modules are the ones the package imports.
    program = (
        "import importlib, pkgutil, names_sdk, names_sdk.models as m\n"
        "for module in pkgutil.walk_packages(names_sdk.__path__, 'names_sdk.'):\n"
        "    importlib.import_module(module.name)\n"
        f"assert m.{LONG}Alpha.from_dict({{'other': {{'id': 'x'}}}}).other.id == 'x'\n"
        "for name in ('Con', 'Nul', 'Aux', 'Com1', 'Lpt9', 'Prn', 'Pet', 'Pet2'):\n"
        "    assert getattr(m, name).from_dict({'id': name}).id == name\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
