"""Any schema, any name, any text: the specs of tests/specs/schemas/ generate SDKs that import,
pass `ruff check` and `mypy --strict`, and whose models round-trip their payloads exactly.

The specs are generated once per module (`generated`); packages are imported in-process from
their `src/` directories (each spec has its own title, hence its own package name). `mypy` runs
once over all of them. The property test at the end builds specs out of arbitrary text.
"""

from __future__ import annotations

import builtins
import functools
import importlib
import inspect
import json
import re
import subprocess
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.errors import SpecError
from generator.ir import model as ir
from generator.output.format import ruff_binary
from generator.sdk.codec import annotation

from .conftest import UPSTREAM_SPEC
from .test_docs import assert_all_ran, run_examples

SPECS = Path(__file__).resolve().parent / "specs" / "schemas"

# spec (relative to SPECS) → generated with --lenient
CASES: dict[str, bool] = {
    "surface30.yaml": False,
    "surface31.yaml": False,
    "names.yaml": True,  # component names the OpenAPI schema forbids ("", 名前)
    "text.yaml": False,
    "lenient/unicode_regex.yaml": True,
    "lenient/string_boolean_default.yaml": True,
    "lenient/example_format.yaml": True,
    # shapes of real specs (tests/specs/schemas/realworld/), each once generating wrong code
    "realworld/jira_recursive_aliases.json": False,  # reduced from atlassian.com/jira.json
    "realworld/ipinfodb.com.json": True,  # as in the directory: no models, no operations
    "realworld/1forge.com.json": False,  # as in the directory: title starts with a digit
    "realworld/paged_no_body.yaml": False,
    "realworld/discriminator_outside_oneof.yaml": False,
    "realworld/enum_containers.yaml": False,
    "realworld/beyond_reference/anchors31.yaml": False,
    "realworld/collisions.yaml": False,
}
WITHOUT_MODELS = {"realworld/ipinfodb.com.json", "realworld/1forge.com.json"}
SENTINEL = "SDKGEN_PWNED"  # what the hostile text would set on `builtins` if it ever ran


@dataclass(frozen=True)
class Sdk:
    spec: str
    root: Path  # the package root (pyproject.toml, src/)
    package: str
    result: pipeline.Generated

    @property
    def src(self) -> Path:
        return self.root / "src"

    @property
    def models(self) -> ModuleType:
        return importlib.import_module(f"{self.package}.models")


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Sdk]]:
    out = tmp_path_factory.mktemp("schemas")
    result: dict[str, Sdk] = {}
    for spec, lenient in CASES.items():
        root = out / spec.replace("/", "_").removesuffix(".yaml").removesuffix(".json")
        generated = pipeline.generate(SPECS / spec, root, lenient=lenient)
        package = next((root / "src").iterdir()).name
        result[spec] = Sdk(spec, root, package, generated)
    paths = [str(sdk.src) for sdk in result.values()]
    sys.path[:0] = paths
    try:
        yield result
    finally:
        for path in paths:
            sys.path.remove(path)
        packages = {sdk.package for sdk in result.values()}
        for name in [n for n in sys.modules if n.split(".")[0] in packages]:
            del sys.modules[name]


def wire(value: Any) -> Any:
    """The JSON a value serialises to, read back: enums become their values, tuples lists."""
    return json.loads(json.dumps(value))


def same(a: Any, b: Any) -> bool:
    """Equal as JSON, with JSON types: `1`, `1.0` and `true` differ; key order does not matter."""
    a, b = wire(a), wire(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def round_trip(model: Any, payload: dict[str, Any]) -> Any:
    parsed = model.from_dict(payload)
    assert same(parsed.to_dict(), payload), (parsed.to_dict(), payload)
    assert same(model.from_dict(parsed.to_dict()).to_dict(), payload)
    return parsed


# -- every spec generates, imports, lints and type-checks --------------------------------------


@pytest.mark.parametrize("spec", sorted(CASES))
def test_spec_generates_and_imports_without_running_spec_text(
    sdks: dict[str, Sdk], spec: str
) -> None:
    sdk = sdks[spec]
    assert not hasattr(builtins, SENTINEL)
    models = sdk.models
    client = importlib.import_module(sdk.package)
    for name in models.__all__:
        getattr(models, name)  # every lazily imported model module loads
    assert client.__name__ == sdk.package
    assert not hasattr(builtins, SENTINEL), "generated code executed text from the spec"
    assert bool(sdk.result.api.models or sdk.result.api.enums) is (spec not in WITHOUT_MODELS)


def test_generated_packages_pass_ruff_check(sdks: dict[str, Sdk]) -> None:
    for sdk in sdks.values():
        package = sdk.src / sdk.package
        done = subprocess.run(
            [ruff_binary(), "check", "--no-cache", "."],
            cwd=package,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"{sdk.spec}:\n{done.stdout}{done.stderr}"


def test_generated_packages_pass_mypy_strict(sdks: dict[str, Sdk], tmp_path: Path) -> None:
    """One mypy run over every generated package (each its own top-level package)."""
    targets = [str(sdk.src / sdk.package) for sdk in sdks.values()]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10"]
        + ["--cache-dir", str(tmp_path / "mypy-cache"), *targets],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- OpenAPI 3.0 surface ---------------------------------------------------------------------

PET = {
    "id": 7,
    "name": "Rex",
    "nickname": None,
    "password": "s3cret",
    "status": "lost",
    "maybeStatus": None,
    "level": 2,
    "born": "2020-02-29",
    "seen": "2024-01-02T03:04:05Z",
    "uuid": "0b8f2a0c-6a51-4f1e-8d1e-6c1f5a2b3c4d",
    "photo": "aGVsbG8=",
    "raw": "\u00ff binary text",
    "weight": 1.5,
    "count": 3,
    "big": 9007199254740993,
    "oldName": "Rexy",
    "tags": ["a", "b"],
    "anything": [1, "x", None, {"a": []}],
    "meta": {"k": {"n": 1}},
    "freeform": {},
    "scores": {"math": 1},
    "owners": {"a": {"name": "Ann", "unexpected": True}},
    "nothing": None,
    "matrix": [[1.0, 2.5]],
    "flag": False,
    "shape": {"kind": "sq", "side": 2},
    "color": None,
    "unknownField": {"kept": [1, 2]},
}


def test_30_model_round_trips_and_is_typed(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface30.yaml"].models
    pet = round_trip(m.Pet, PET)
    assert isinstance(pet.status, m.Status) and pet.status.value == "lost"  # unknown enum kept
    assert pet.status.name == "UNKNOWN" and pet.level is m.Level.VALUE_2
    assert pet.born == date(2020, 2, 29)
    assert pet.seen == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert pet.photo == b"hello" and pet.raw == "\u00ff binary text".encode()
    assert pet.big == 9007199254740993 and isinstance(pet.weight, float)
    assert isinstance(pet.owners["a"], m.Owner)
    assert pet.owners["a"].additional_properties == {"unexpected": True}  # kept, even if closed
    assert isinstance(pet.shape, m.Square) and pet.shape.side == 2
    assert pet.additional_properties == {"unknownField": {"kept": [1, 2]}}
    assert {"nickname", "color", "maybe_status"} <= pet.fields_set  # explicit nulls are "set"


def test_30_omitted_stays_omitted_and_null_stays_null(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface30.yaml"].models
    minimal = {"id": 1, "name": "a", "status": "sold"}  # writeOnly `password` absent: fine
    pet = round_trip(m.Pet, minimal)
    assert pet.password is None and pet.nickname is None and "nickname" not in pet.fields_set
    with_null = round_trip(m.Pet, {**minimal, "nickname": None})
    assert "nickname" in with_null.to_dict()
    with pytest.raises(ValueError, match="^id: required property is missing$"):
        m.Pet.from_dict({"name": "a", "status": "sold"})  # readOnly id: every response has it


def test_30_read_only_write_only_and_deprecated_in_the_constructor(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface30.yaml"].models
    params = inspect.signature(m.Pet).parameters
    assert params["id"].default is not inspect.Parameter.empty  # readOnly: not required
    assert params["password"].default is inspect.Parameter.empty  # writeOnly: required to send
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pet = m.Pet(name="a", password="p", status=m.Status.SOLD)
    assert same(pet.to_dict(), {"name": "a", "password": "p", "status": "sold"})
    with pytest.warns(DeprecationWarning, match=r"Pet\.old_name is deprecated"):
        m.Pet(name="a", password="p", status="sold", old_name="x")
    with pytest.warns(DeprecationWarning, match="OldThing is deprecated"):
        m.OldThing(a="x")
    doc = inspect.getdoc(m.Pet) or ""
    assert doc.startswith("A pet.\n\nAttributes:\n")
    assert "    id: Read-only: set by the server" in doc
    source = inspect.getsource(m.Pet)
    assert "Deprecated: setting it emits a DeprecationWarning." in source
    assert "Read-only" in source and "Write-only" in source and "Default: 1.5" in source


def test_30_additional_properties_typed_true_and_false(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface30.yaml"].models
    labels = round_trip(m.Labels, {"en": "hi", "fr": "salut"})
    assert labels.additional_properties == {"fr": "salut"}
    stamped = round_trip(m.Stamped, {"at": "2024-01-01T00:00:00Z", "b": "2024-05-06T07:08:09Z"})
    assert stamped.additional_properties["b"] == datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    built = m.Stamped(additional_properties={"c": datetime(2020, 1, 1, tzinfo=timezone.utc)})
    assert built.to_dict() == {"c": "2020-01-01T00:00:00Z"}
    assert "additional_properties" not in inspect.signature(m.Owner).parameters  # false: closed
    assert "additional_properties" in inspect.signature(m.Pet).parameters  # absent: open
    assert annotation(_field(sdks["surface30.yaml"], "Pet", "meta").type) == "dict[str, Any]"
    assert annotation(_field(sdks["surface30.yaml"], "Pet", "scores").type) == "dict[str, int]"


def test_30_discriminator_with_mapping_and_nullable_enum(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface30.yaml"].models
    base = {"id": 1, "name": "a", "status": "sold"}
    circle = m.Pet.from_dict({**base, "shape": {"kind": "circle", "radius": 1.5}}).shape
    assert isinstance(circle, m.Circle)
    # an unknown tag falls back to the documented order: required keys decide
    square = m.Pet.from_dict({**base, "shape": {"kind": "new", "side": 1}}).shape
    assert isinstance(square, m.Square)
    color = round_trip(m.Pet, {**base, "color": "red"}).color
    assert color is m.NullableColor.RED
    assert annotation(_field(sdks["surface30.yaml"], "Pet", "color").type) == "NullableColor | None"
    partner = _field(sdks["surface30.yaml"], "Pet", "partner")  # $ref + nullable + description
    assert annotation(partner.type) == "Owner | None"
    assert partner.description == "Siblings of a $ref, as many 3.0 specs write them."
    assert round_trip(m.Pet, {**base, "partner": None}).partner is None


def assert_field_types(sdk: Sdk, model: str, expected: dict[str, str]) -> None:
    """The annotation of each field (by wire name) of `model` is spelled as expected."""
    for wire_name, spelled in expected.items():
        assert annotation(_field(sdk, model, wire_name).type) == spelled, wire_name


def _field(sdk: Sdk, model: str, wire_name: str) -> ir.Field:
    named = sdk.result.api.named(model)
    assert isinstance(named, ir.Model)
    return next(f for f in named.fields if f.wire_name == wire_name)


# -- OpenAPI 3.1 surface ---------------------------------------------------------------------

HOLDER = {
    "owner": {"name": "o"},
    "maybe": None,
    "multi": 3,
    "fixed": "v1",
    "fixedNumber": 3,
    "fixedNull": None,
    "tagged": {"label": "t"},
    "extended": {"label": "e", "extra": 1},
    "nullableTag": None,
    "mixed": ["red", 1, True, None],
    "flags": [True, False],
    "ratio": 0.5,
    "external": {
        "name": "p",
        "owner": {"email": "a@b.c"},
        "friend": {"label": "f"},
        "kind": "wild",
    },
    "externalOwner": {"email": "x@y.z"},
    "sample": "a",
    "limits": {"x-a": 1},
    "tree": [[], [[]]],
    "json": {"a": [1, 2.5, "s", True, None, {"b": None}]},
    "animals": [
        {"species": "Cat", "id": "1"},
        {"species": "Dog", "id": "2", "barks": True},
        {"species": "Cow", "id": "3", "barks": False},
    ],
    "things": [
        "abc",
        5,
        5.5,
        True,
        {"id": "1", "species": "x"},
        {"id": "1", "species": "y", "barks": False},
        {"label": "l"},
        [1, 2],
        "2024-01-01T00:00:00Z",
        "on",
    ],
    "a": {"b": {"a": {"b": {}}, "many": [{}]}},
    "short": "abc",
    "loose": {"must": [1, {"any": "value"}]},
    "nested": {"deeper": {"deepest": [{"leaf": True}]}},
}


def test_31_model_round_trips_and_is_typed(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface31.yaml"].models
    holder = round_trip(m.Holder, HOLDER)
    assert isinstance(holder.owner, m.HolderOwner) and isinstance(holder.extended, m.HolderExtended)
    assert isinstance(holder.tagged, m.Tag) and holder.extended.extra == 1
    assert holder.extended.label == "e"  # $ref with `properties` beside it: merged
    assert isinstance(holder.external, m.Pet) and isinstance(holder.external.friend, m.Tag)
    assert holder.external.kind is m.Kind.WILD  # enum from a JSON file referenced by the YAML one
    assert isinstance(holder.external_owner, m.PetOwner)
    assert holder.ratio is m.HolderRatio.VALUE_0_5
    assert holder.tree == [[], [[]]] and holder.json["a"][5] == {"b": None}
    assert isinstance(holder.a.b.a, m.A) and isinstance(holder.a.b.many[0], m.A)
    assert isinstance(holder.nested.deeper.deepest[0], m.HolderNestedDeeperDeepestItem)
    assert holder.loose.must == [1, {"any": "value"}]  # required without a schema: Any, required
    assert inspect.signature(m.Loose).parameters["must"].default is inspect.Parameter.empty


def test_31_types_of_the_surface(sdks: dict[str, Sdk]) -> None:
    sdk = sdks["surface31.yaml"]
    expected = {
        "maybe": "str | None",
        "multi": "str | int",
        "fixed": 'Literal["v1"]',
        "fixedNumber": "Literal[3]",
        "fixedNull": "None",
        "nullableTag": "Tag | None",
        "mixed": 'list[Literal["red", 1, True] | None]',
        "flags": "list[bool]",
        "limits": "dict[str, int]",
        "tree": "Tree",
        "json": "JsonValue",
        "short": "str",
        "externalOwner": "PetOwner",
    }
    assert_field_types(sdk, "Holder", expected)
    aliases = {a.name: annotation(a.type) for a in sdk.result.api.aliases}
    assert aliases["Tree"] == "list[Tree]"
    assert (
        aliases["JsonValue"] == "str | float | bool | list[JsonValue] | dict[str, JsonValue] | None"
    )
    cat = sdk.result.api.named("Cat")
    assert isinstance(cat, ir.Model) and cat.bases == ("Base",)
    assert [f.wire_name for f in cat.fields] == ["id", "createdAt", "species", "meows"]
    tagged = _field(sdk, "Holder", "tagged")
    assert tagged.description == "A ref with a description beside it."
    assert tagged.examples == ({"label": "x"},) and _field(sdk, "Holder", "sample").examples == (
        "a",
        "b",
    )
    # a ref into a nested property and the property itself are one type
    owner_response = next(op for op in sdk.result.api.operations if op.name == "get_owner")
    assert owner_response.return_type == _field(sdk, "Holder", "owner").type


def test_31_recursion_self_mutual_and_through_aliases(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface31.yaml"].models
    node = round_trip(
        m.Node,
        {"value": 1, "children": [{"value": "x", "children": []}], "parent": {"value": "p"}},
    )
    assert isinstance(node.children[0], m.Node) and isinstance(node.parent, m.Node)
    assert node.children[0].value == "x"
    deep: dict[str, Any] = {}
    for _ in range(100):
        deep = {"children": [deep]}
    round_trip(m.Node, deep)
    holder = m.Holder.from_dict({"json": [[[[None]]], {"x": {"y": [1]}}]})
    assert holder.json == [[[[None]]], {"x": {"y": [1]}}]
    with pytest.raises(ValueError, match=r"^tree\[0\]\[0\]: expected list, got str$"):
        m.Holder.from_dict({"tree": [["not a list"]]})  # a recursive alias checks its items


def test_31_discriminator_without_mapping_and_the_union_order(sdks: dict[str, Sdk]) -> None:
    m = sdks["surface31.yaml"].models
    holder = m.Holder.from_dict(HOLDER)
    animals = holder.animals
    assert [type(a) for a in animals] == [m.Cat, m.Dog, m.Dog]  # tag, tag, unknown tag → keys
    things = holder.things
    kinds = [type(t) for t in things]
    assert kinds == [str, int, float, bool, m.Cat, m.Dog, m.Tag, list, datetime, m.Status]
    assert things[-1] is m.Status.ON
    contents = m.Holder.from_dict(
        {
            "contents": [
                [{"label": "a"}],
                {"species": "kitty", "id": "1"},
                {"species": "Dog", "id": "2", "barks": True},
            ]
        }
    ).contents
    assert isinstance(contents[0][0], m.Tag)  # not an object: decoded by its JSON type
    assert [type(c) for c in contents[1:]] == [m.Cat, m.Dog]  # mapped tag, implicit tag
    assert sdks["surface31.yaml"].result.warnings == ()


# -- names -----------------------------------------------------------------------------------


def test_names_are_python_and_wire_names_are_kept(sdks: dict[str, Sdk]) -> None:
    sdk = sdks["names.yaml"]
    m = sdk.models
    weird = sdk.result.api.named("Weird")
    assert isinstance(weird, ir.Model)
    names = {f.wire_name: f.name for f in weird.fields}
    assert names["class"] == "class_" and names["from"] == "from_" and names["type"] == "type_"
    assert (
        names["list"] == "list_"
        and names["self"] == "self_"
        and names["isinstance"] == "isinstance_"
    )
    assert (names["user_id"], names["userId"], names["UserID"]) == (
        "user_id",
        "user_id_2",
        "user_id_3",
    )
    assert names["3d"] == "field_3d" and names["ñame"] == "name" and names["a.b"] == "a_b"
    assert names["a-b"] == "a_b_2" and names["@type"] == "type__2" and names["$ref"] == "ref"
    assert names[""] == "field_2" and names["名前"] == "field_3" and names["_"] == "field"
    assert names["additional_properties"] == "additional_properties_"
    for name in names.values():
        assert name.isidentifier() and not name.startswith("_")
    payload = {wire_name: wire_name for wire_name in names}
    payload |= {"id": 1, "int": 2, "true": True, "list": ["x"], "datetime": "2024-01-01T00:00:00Z"}
    payload |= {"True": False}  # a boolean property too: scalars are checked
    payload |= {"date": "2024-01-01", "weird_enum": "a b", "int_enum": -1, "any_model": {"x": "1"}}
    payload |= {"enum_model": "b", "datetime_model": {}, "import_module": {"m": "m"}}
    payload |= {"mapping_model": {"k": "v"}}
    parsed = round_trip(m.Weird, payload)
    assert parsed.class_ == "class" and parsed.field_2 == "" and parsed.type__2 == "@type"
    assert parsed.weird_enum is m.WeirdEnum.A_B and parsed.int_enum is m.IntEnum.MINUS_1
    classes = {c for c in m.__all__}
    assert {"AnyModel", "EnumModel", "MappingModel", "Datetime", "ClassVarModel"} <= classes
    assert {
        "BaseModelModel",
        "NotGivenModel",
        "NoneModel",
        "LiteralModel",
        "TypeAliasModel",
    } <= classes
    assert {"Pet", "Pet2", "Pet3", "Model", "Model2", "MyDottedNameV2", "ImportModule"} <= classes
    modules = {p.stem for p in (sdk.src / sdk.package / "models").glob("*.py")}
    assert "import_module" not in modules and "annotations" not in modules
    values = [member.value for member in m.WeirdEnum]
    assert values == ["", "a b", "A B", "1", "-1", "class", "ñ", "名", "x.y", "X_Y", "None", "NONE"]
    assert [member.value for member in m.IntEnum] == [-1, 0, 1, 100]


def test_names_spec_reports_what_lenient_let_through(sdks: dict[str, Sdk]) -> None:
    warnings_text = "\n".join(sdks["names.yaml"].result.warnings)
    assert "'' does not match" in warnings_text and "(invalid OpenAPI, --lenient)" in warnings_text


# -- text ------------------------------------------------------------------------------------


def test_hostile_text_round_trips(sdks: dict[str, Sdk]) -> None:
    m = sdks["text.yaml"].models
    note = sdks["text.yaml"].result.api.named("Note")
    assert isinstance(note, ir.Model)
    payload: dict[str, Any] = {f.wire_name: f.wire_name for f in note.fields}
    payload |= {"back\\slash": 42, "mood": '"""', "defaults": {'"""': ["{{", "}}"]}}
    parsed = round_trip(m.Note, payload)
    assert parsed.mood is m.Mood.VALUE
    expected_values = [
        '"""', "'''", "\\", "{{ x }}", "{% if %}", "line\nbreak", "|pipe|", "<b>html</b>",
        "\x00nul", "\U0001f600 emoji", "\\N{BULLET}", "f'{x}'",
        "__import__('builtins').__setattr__('SDKGEN_PWNED', 1)",
        "\"; __import__('builtins').SDKGEN_PWNED = 1; \"",
    ]  # fmt: skip
    assert [member.value for member in m.Mood] == expected_values
    assert set(m.Note._wire_names.values()) == {f.wire_name for f in note.fields}
    doc = inspect.getdoc(m.Note) or ""
    # the description, then the fields (issue 15's Attributes:), each as the spec wrote it
    assert doc.startswith("Ends with a backslash \\\n\nAttributes:\n")
    assert not hasattr(builtins, SENTINEL)


def test_lenient_real_world_faults_generate(sdks: dict[str, Sdk]) -> None:
    for spec, fragment in {
        "lenient/unicode_regex.yaml": "is not a 'regex'",
        "lenient/string_boolean_default.yaml": "'false' is not of type 'boolean'",
        "lenient/example_format.yaml": "is not valid under any of the given schemas",
    }.items():
        sdk = sdks[spec]
        assert any(fragment in w for w in sdk.result.warnings), sdk.result.warnings
        assert sdk.result.api.operations
    m = sdks["lenient/string_boolean_default.yaml"].models
    assert round_trip(m.Settings, {"enabled": True}).enabled is True
    events = sdks["lenient/example_format.yaml"].models
    round_trip(events.Event, {"id": 1, "at": "2024-01-01T00:00:00Z", "day": "2024-01-01"})


# -- shapes of real specs ---------------------------------------------------------------------


def test_jira_aliases_inside_recursive_groups_decode(sdks: dict[str, Sdk]) -> None:
    """A named anyOf inside a cycle of models (Jira's JqlQueryClause ↔ CompoundClause) shares the
    models' module; the module imports `TypeAlias` (ruff F821 before)."""
    sdk = sdks["realworld/jira_recursive_aliases.json"]
    m = sdk.models
    clause = {
        "clauses": [
            {"field": {"name": "status"}, "operand": {"value": "Done"}, "operator": "="},
            {"clauses": [], "operator": "or"},
        ],
        "operator": "and",
    }
    compound = round_trip(m.CompoundClause, clause)
    assert isinstance(compound.clauses[0], m.FieldValueClause)
    assert isinstance(compound.clauses[1], m.CompoundClause)
    simple = {"nodeType": "simple", "type": "x"}
    condition = {"nodeType": "compound", "operator": "AND", "conditions": [simple]}
    decoded = m.WorkflowCompoundCondition.from_dict(condition)
    assert isinstance(decoded.conditions[0], m.WorkflowSimpleCondition)
    alias_modules = {a.module for a in sdk.result.api.aliases}
    model_modules = {x.module for x in sdk.result.api.models}
    assert alias_modules & model_modules, "the reduced spec must keep an alias among its models"


def test_specs_without_models_or_operations_and_digit_titles(sdks: dict[str, Sdk]) -> None:
    empty = sdks["realworld/ipinfodb.com.json"]  # title "" and no paths
    assert not empty.result.api.resources and not empty.result.api.models
    assert "TYPE_CHECKING" not in (empty.src / empty.package / "models" / "__init__.py").read_text()
    forge = sdks["realworld/1forge.com.json"]  # "1Forge Finance APIs"
    assert forge.package == "api_1_forge_finance_apis_sdk"
    client = importlib.import_module(forge.package)
    assert client.Api1ForgeFinanceApis.__name__ == "Api1ForgeFinanceApis"


def _client(sdk: Sdk, handler: Any) -> Any:
    package = importlib.import_module(sdk.package)
    base = importlib.import_module(f"{sdk.package}._base_client").SyncAPIClient
    (client_class,) = (
        c
        for c in map(package.__dict__.get, package.__all__)
        if isinstance(c, type) and issubclass(c, base)
    )
    return client_class(
        server_url="https://paged.example.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def search(request: httpx.Request) -> httpx.Response:
    """Pages of `limit` integers counting from `offset`, three in all; the other parameters must
    arrive as the caller gave them."""
    params = request.url.params
    assert (params["page"], params["start"], params["size"], params["fetch"]) == (
        "7",
        "s",
        "z",
        "f",
    )
    offset, limit = int(params["offset"]), int(params["limit"])
    return httpx.Response(200, json=list(range(offset, min(offset + limit, 3))))


def test_pagination_over_operations_that_may_answer_without_a_body(sdks: dict[str, Sdk]) -> None:
    sdk = sdks["realworld/paged_no_body.yaml"]
    pages: dict[tuple[str, str], httpx.Response] = {
        ("/things", "0"): httpx.Response(200, json={"items": ["a", "b"]}),
        ("/things", "2"): httpx.Response(204),
        ("/raw", "0"): httpx.Response(200, json=["x", "y"]),
        ("/raw", "2"): httpx.Response(202),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/search":
            return search(request)
        return pages[(request.url.path, request.url.params["offset"])]

    client = _client(sdk, handler)
    assert list(client.default.iter_things(limit=2)) == ["a", "b"]
    found = client.default.iter_search(limit=2, page=7, start="s", size="z", fetch="f")
    assert list(found) == [0, 1, 2]
    assert list(client.default.iter_raw(limit=2)) == ["x", "y"]
    assert client.default.list_things(offset=2, limit=2) is None


def test_discriminator_mapping_outside_the_one_of_decodes(sdks: dict[str, Sdk]) -> None:
    sdk = sdks["realworld/discriminator_outside_oneof.yaml"]
    m = sdk.models
    lizard = round_trip(m.Holder, {"pet": {"kind": "lizard", "scales": 3}}).pet
    assert isinstance(lizard, m.Lizard) and lizard.scales == 3
    assert isinstance(m.Holder.from_dict({"pet": {"kind": "cat"}}).pet, m.Cat)
    assert annotation(_field(sdk, "Holder", "pet").type) == "Cat | Dog | Lizard"
    assert any("outside the oneOf (Lizard)" in w for w in sdk.result.warnings)
    assert any("mapping entry ignored" in w and "gecko.yml" in w for w in sdk.result.warnings)
    gecko = m.Holder.from_dict({"pet": {"kind": "gecko", "barks": False}}).pet  # unknown tag
    assert isinstance(gecko, m.Dog)  # decoded by the documented order: Dog has `barks`


@pytest.mark.parametrize(
    "payload",
    [
        {"mixed": "a"}, {"mixed": {"x": 1}}, {"mixed": [1, 2]}, {"typedString": ["b"]},
        {"objects": {"y": 2}}, {"arrays": [3]}, {"listOfEnum": [{"q": 1}, "p"]},
        {"shape": {"sides": 5}}, {"shape": "square"}, {"mixed": {"unlisted": True}},
    ],
)  # fmt: skip
def test_enum_values_that_are_objects_or_arrays_decode(
    sdks: dict[str, Sdk], payload: dict[str, Any]
) -> None:
    m = sdks["realworld/enum_containers.yaml"].models
    holder = round_trip(m.Holder, payload)
    (value,) = (getattr(holder, name) for name in holder.fields_set)
    assert same(value, next(iter(payload.values())))
    if isinstance(value, str):
        assert isinstance(value, (m.HolderMixed, m.Shape))


def test_enum_with_containers_is_typed_as_enum_or_container(sdks: dict[str, Sdk]) -> None:
    scalar_enum_or_container = {
        "mixed": "HolderMixed | dict[str, Any] | list[Any]",
        "objects": "dict[str, Any]",
        "listOfEnum": "list[HolderListOfEnumItem | dict[str, Any]]",
        "shape": "Shape | dict[str, Any]",
    }
    assert_field_types(sdks["realworld/enum_containers.yaml"], "Holder", scalar_enum_or_container)


def test_31_anchor_and_dynamic_refs_resolve(sdks: dict[str, Sdk]) -> None:
    m = sdks["realworld/beyond_reference/anchors31.yaml"].models
    pet = round_trip(m.Pet, {"name": "a", "friend": {"name": "b", "friend": {"name": "c"}}})
    assert isinstance(pet.friend, m.Pet) and isinstance(pet.friend.friend, m.Pet)
    tree = round_trip(m.Tree, {"value": 1, "children": [{"value": 2, "children": []}]})
    assert isinstance(tree.children[0], m.Tree)
    # a discriminator's implicit tags are the names of the targets, however they are referenced
    assert isinstance(m.Pets.from_dict({"one": {"kind": "Pet", "name": "p"}}).one, m.Pet)
    assert isinstance(m.Pets.from_dict({"one": {"kind": "Tree", "name": "t"}}).one, m.Tree)


def test_an_unknown_anchor_is_one_located_error(tmp_path: Path) -> None:
    spec = (
        (SPECS / "realworld" / "beyond_reference" / "anchors31.yaml")
        .read_text()
        .replace('"#pet"}}}}', '"#pets"}}}}')
    )
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    with pytest.raises(SpecError, match="neither a JSON pointer nor a declared \\$anchor: #pets"):
        pipeline.build_api(path)


@pytest.mark.parametrize(
    "spec",
    ["realworld/collisions.yaml", "realworld/ipinfodb.com.json", "realworld/1forge.com.json"],
)
def test_first_examples_work_without_an_absolute_server_url(
    sdks: dict[str, Sdk], spec: str, tmp_path: Path
) -> None:
    """A relative server (`/api`) or none: every example passes `server_url=` and runs."""
    sdk = sdks[spec]
    outcomes = run_examples(sdk.root, sdk.result.api, tmp_path, pythonpath=sdk.src)
    assert_all_ran(outcomes)
    absolute = any("://" in server.url for server in sdk.result.api.servers[:1])
    clients = [  # every example creating a client, but the one showing `server_url=` itself
        o.example.source
        for o in outcomes
        if re.search(r"\w+\(", o.example.source) and "before_request" not in o.example.source
    ]
    assert clients and all(("server_url=" in source) is not absolute for source in clients)


def test_a_client_without_a_usable_server_url_says_to_pass_one(sdks: dict[str, Sdk]) -> None:
    sdk = sdks["realworld/collisions.yaml"]
    package = importlib.import_module(sdk.package)
    client = package.Collisions(http_client=httpx.Client(transport=httpx.MockTransport(_unused)))
    with pytest.raises(ValueError, match=r"server URL '/api' is relative: pass server_url="):
        client.is_closed_.with_raw_response_()


def _unused(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent without a server URL: {request.url}")


def test_names_that_collide_with_the_sdk_or_builtins_get_one_underscore(
    sdks: dict[str, Sdk],
) -> None:
    sdk = sdks["realworld/collisions.yaml"]
    package = importlib.import_module(sdk.package)
    client_class = package.Collisions
    for resource in ("close_", "is_closed_", "with_options_", "httpx_"):
        assert isinstance(inspect.getattr_static(client_class, resource), functools.cached_property)
    assert callable(client_class.close) and isinstance(client_class.is_closed, property)
    resource = importlib.import_module(f"{sdk.package}.resources.close").CloseResource
    parameters = set(inspect.signature(resource.any_).parameters)
    spec_names = {"idempotency_key_", "timeout_", "all_", "extra_headers_", "filter_", "list_"}
    sdk_options = {"idempotency_key", "timeout", "extra_headers", "max_retries"}
    assert spec_names | {"max_retries_"} | sdk_options <= parameters
    method = inspect.signature(resource.any_)
    assert "id" in method.parameters  # the one builtin kept
    thing = round_trip(
        sdk.models.Thing, {"id": "1", "any": True, "all": False, "sum": 2, "format": "f"}
    )
    assert (thing.any_, thing.all_, thing.sum_, thing.format_) == (True, False, 2, "f")
    # class names clear of what the modules import: the model `Query`, the tag `sync`
    assert sdk.result.api.named("QueryModel") is not None
    assert {r.class_name for r in sdk.result.api.resources} >= {"SyncResource2", "CloseResource"}
    assert annotation(_field(sdk, "QueryModel", "limit").type) == "float | None"
    query = round_trip(sdk.models.QueryModel, {"text": "q", "limit": 3})
    assert type(query.limit) is int  # annotated float (PEP 484), decoded as sent


# -- the upstream Leonardo spec --------------------------------------------------------------


@pytest.mark.skipif(not UPSTREAM_SPEC.is_file(), reason="the upstream Leonardo spec is not here")
def test_upstream_leonardo_spec_types_every_response_and_warns_nothing() -> None:
    api, _, warnings_found = pipeline.build_api(UPSTREAM_SPEC)
    assert warnings_found == ()
    declared = [
        (op.name, r.status, r.type)
        for op in api.operations
        for r in (*op.responses, *op.errors)
        if r.kind == "json"
    ]
    assert len(declared) >= 58
    untyped = [(name, status) for name, status, t in declared if t is None]
    untyped += [(n, s) for n, s, t in declared if t and re.search(r"\bAny\b", annotation(t))]
    assert untyped == []


# -- property: arbitrary text never breaks the generated code --------------------------------

HOSTILE = [
    '"""',
    "'''",
    "\\",
    "{{ x }}",
    "{% raw %}",
    "\n",
    "|",
    "<b>",
    "\x00",
    "\ud800",
    "\u2028",
    '"""; __import__(\'builtins\').SDKGEN_PWNED = 1; """',
    "'; __import__('builtins').SDKGEN_PWNED = 1; '",
    "\n__import__('builtins').SDKGEN_PWNED = 1\n",
]
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=12)
TEXT = st.one_of(
    ANY_TEXT, st.sampled_from(HOSTILE), st.lists(st.sampled_from(HOSTILE)).map("".join)
)
EXAMPLES_RUN: list[int] = []


@st.composite
def hostile_specs(draw: st.DrawFn) -> dict[str, Any]:
    """A spec with two objects whose property names, descriptions, titles, defaults, patterns
    and examples, and an enum whose values, are arbitrary text (many per example: batching)."""
    names = draw(st.lists(TEXT, min_size=1, max_size=10, unique=True))
    values = draw(st.lists(TEXT, min_size=1, max_size=10, unique=True))

    def prop() -> dict[str, Any]:
        return {
            "type": "string",
            "description": draw(TEXT),
            "title": draw(TEXT),
            "default": draw(TEXT),
            "pattern": draw(TEXT),
            "example": draw(TEXT),
        }

    other = draw(TEXT).strip()
    other = other if other not in ("", "Box", "Mood") else "Other"
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hypothesis", "version": "1", "description": draw(TEXT)},
        "paths": {},
        "components": {
            "schemas": {
                "Box": {
                    "type": "object",
                    "description": draw(TEXT),
                    "required": names[:1],
                    "properties": {name: prop() for name in names}
                    | {"mood": {"$ref": "#/components/schemas/Mood"}},
                },
                "Mood": {"type": "string", "description": draw(TEXT), "enum": values},
                other: {
                    "title": draw(TEXT),
                    "type": "object",
                    "properties": {draw(TEXT): {"type": "integer", "description": draw(TEXT)}},
                },
            }
        },
    }


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=hostile_specs())
def test_arbitrary_text_generates_code_that_compiles_imports_and_round_trips(
    spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    number = len(EXAMPLES_RUN)
    EXAMPLES_RUN.append(number)
    root = tmp_path_factory.mktemp("hypothesis")
    spec_path = root / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="ascii")  # \u-escaped: surrogates survive
    package = f"hypothesis_{number}_sdk"
    (root / "sdkgen.toml").write_text(
        f'package_name = "{package}"\ndist_name = "hypothesis-{number}-sdk"\n'
    )
    result = pipeline.generate(spec_path, root / "out", lenient=True)
    src = root / "out" / "src"
    for path in (src / package).rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    sys.path.insert(0, str(src))
    try:
        models = importlib.import_module(f"{package}.models")
        box, mood = models.Box, models.Mood
        assert not hasattr(builtins, SENTINEL), "generated code executed text from the spec"
        names = list(spec["components"]["schemas"]["Box"]["properties"])
        assert list(box._wire_names.values()) == names
        assert [member.value for member in mood] == spec["components"]["schemas"]["Mood"]["enum"]
        values = spec["components"]["schemas"]["Mood"]["enum"]
        payload: dict[str, Any] = {name: name for name in names if name != "mood"}
        payload["mood"] = values[-1]
        if "\x00unknown" not in names:
            payload["\x00unknown"] = values
        parsed = box.from_dict(payload)
        assert parsed.to_dict() == payload and parsed.mood is mood(values[-1])
        for named in result.api.models:
            getattr(models, named.name)
    finally:
        sys.path.remove(str(src))
        for name in [n for n in sys.modules if n.split(".")[0] == package]:
            del sys.modules[name]


def test_zz_report_the_number_of_hypothesis_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print(f"\nhypothesis: {len(EXAMPLES_RUN)} generated SDKs of arbitrary text")
