"""The naming rules of generator/naming.py: safe, readable, deterministic identifiers."""

from __future__ import annotations

import ast
import builtins
import importlib
import keyword
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import naming, pipeline
from generator.config import MAX_DERIVED_NAME, derive_defaults, load_config
from generator.emit.environment import RUNTIME_DIR
from generator.errors import ConfigError
from generator.filenames import PYTHON_MODULE_RESERVE, portable_stem
from generator.ir import model as ir
from generator.ir.build import CLIENT_MEMBERS, RESOURCE_MEMBERS
from generator.sdk.options import CALL_OPTION_NAMES

from .conftest import SPEC as LEONARDO_SPEC


@pytest.mark.parametrize(
    ("wire", "snake", "pascal", "upper"),
    [
        (
            "createLCMGeneration",
            "create_lcm_generation",
            "CreateLcmGeneration",
            "CREATE_LCM_GENERATION",
        ),
        ("userID", "user_id", "UserId", "USER_ID"),
        ("UserIDs", "user_ids", "UserIds", "USER_IDS"),
        ("HTTPServer", "http_server", "HttpServer", "HTTP_SERVER"),
        ("a.b-c@d e", "a_b_c_d_e", "ABCDE", "A_B_C_D_E"),
        ("ñame", "name", "Name", "NAME"),
        ("名前", "field", "Model", "VALUE"),
        ("", "field", "Model", "VALUE"),
        ("3d", "field_3d", "Model3d", "VALUE_3D"),
        ("class", "class_", "Class", "CLASS"),
        ("None", "none", "NoneModel", "NONE"),
        ("match", "match_", "Match", "MATCH"),
        ("type", "type_", "Type", "TYPE"),
        ("Any", "any", "AnyModel", "ANY"),
        ("ClassVar", "class_var", "ClassVarModel", "CLASS_VAR"),
        ("datetime", "datetime", "Datetime", "DATETIME"),
    ],
)
def test_conversions(wire: str, snake: str, pascal: str, upper: str) -> None:
    assert naming.snake(wire) == snake
    assert naming.pascal(wire) == pascal
    assert naming.upper_snake(wire) == upper


@pytest.mark.parametrize(
    "wire",
    ["self", "cls", "type", "list", "str", "isinstance", "frozenset", "property", "classmethod",
     "warnings", "additional_properties", "to_dict", "fields_set", "date", "datetime"],
)  # fmt: skip
def test_members_shadowing_what_generated_code_uses_get_an_underscore(wire: str) -> None:
    assert naming.member(wire) == naming.snake(wire).rstrip("_") + "_"


def test_collisions_after_snake_casing_keep_the_exact_one() -> None:
    assert naming.unique_members(["userId", "user_id", "UserID"]) == [
        "user_id_2",
        "user_id",
        "user_id_3",
    ]
    assert naming.unique_members(["a", "A", "a_"]) == ["a", "a_2", "a_3"]
    assert naming.unique_members(["x", "y"], taken={"x"}) == ["x_2", "y"]


def test_namespace_suffixes_class_names_without_underscore() -> None:
    space = naming.Namespace()
    assert [space.claim("Pet"), space.claim("Pet"), space.claim("Pet")] == ["Pet", "Pet2", "Pet3"]
    assert [space.claim("pet"), space.claim("pet")] == ["pet", "pet_2"]
    assert [space.claim("VALUE"), space.claim("VALUE")] == ["VALUE", "VALUE_2"]


def test_soft_keywords_do_not_depend_on_the_running_python() -> None:
    assert naming.snake("type") == "type_" and naming.snake("_") == "field"
    assert naming.snake("case") == "case_"


NAMES = st.text(st.characters(exclude_categories=()), max_size=20)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAMES, max_size=12, unique=True))
def test_any_names_give_unique_identifiers_deterministically(wires: list[str]) -> None:
    members = naming.unique_members(wires)
    assert len(set(members)) == len(wires)
    assert members == naming.unique_members(list(wires))
    for name in members:
        assert name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")
        assert name not in naming.RESERVED_MEMBERS
    classes = naming.Namespace()
    for wire in wires:
        cls = classes.claim(naming.pascal(wire))
        assert cls.isidentifier() and cls[0].isupper() and cls not in naming.RESERVED_CLASSES
        assert not keyword.iskeyword(cls)
        member = naming.upper_snake(wire)
        assert member.isidentifier() and member.isupper()


# -- one rule for names the SDK itself uses --------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(NAMES, max_size=8, unique=True),
    st.sets(st.sampled_from(sorted(CALL_OPTION_NAMES) + ["self", "content_type"]), max_size=4),
)
def test_names_the_sdk_reserves_get_the_trailing_underscore(
    wires: list[str], reserved: set[str]
) -> None:
    """An SDK name (`timeout`, `idempotency_key`) or a builtin (`any`) gets `_`, like a keyword;
    numbers only separate two names of the spec from each other."""
    names = naming.unique_members([*wires, *sorted(reserved)], reserved=reserved)
    assert not set(names) & (reserved | naming.BUILTIN_NAMES | naming.RESERVED_MEMBERS)
    assert len(set(names)) == len(names)
    for wire, name in zip([*wires, *sorted(reserved)], names, strict=True):
        plain = naming.member(wire)
        if plain in reserved and plain not in wires:
            assert name == plain + "_" or name.startswith(plain + "__"), (wire, name)


@pytest.mark.parametrize("builtin", ["any", "all", "filter", "format", "sum", "next", "input"])
def test_builtins_get_the_trailing_underscore_everywhere(builtin: str) -> None:
    assert naming.member(builtin) == builtin + "_"
    assert naming.unique_members([builtin]) == [builtin + "_"]
    assert naming.member("id") == "id"  # the documented exception


def test_builtin_names_are_exactly_the_builtins() -> None:
    site_added = {"copyright", "credits", "exit", "help", "license", "quit", "id"}
    actual = {n for n in dir(builtins) if n.islower() and not n.startswith("_")} - site_added
    assert actual - naming.BUILTIN_NAMES == set()  # a new builtin must be added to the list
    assert naming.BUILTIN_NAMES <= actual | {"aiter", "anext"}


def _public(cls: type) -> set[str]:
    return {n for n in dir(cls) if not n.startswith("_")}


def test_client_and_resource_members_cover_the_runtime_classes() -> None:
    base_client = importlib.import_module("leonardo_sdk._base_client")
    resource = importlib.import_module("leonardo_sdk._resource")
    client_members = _public(base_client.SyncAPIClient) | _public(base_client.AsyncAPIClient)
    assert client_members - CLIENT_MEMBERS == set()
    resource_members = _public(resource.SyncResource) | _public(resource.AsyncResource)
    generated = importlib.import_module("leonardo_sdk.resources.generation").GenerationResource
    resource_members |= _public(generated) - {op.name for op in _leonardo_operations()}
    resource_members -= {p for op in _leonardo_operations() if (p := _pager_name(op))}
    api, _, _ = pipeline.build_api(LEONARDO_SPEC)
    resource_members -= {w.name for r in api.resources for w in r.waiters}  # config-declared
    assert resource_members - RESOURCE_MEMBERS == set()


def _leonardo_operations() -> list[ir.Operation]:
    api, _, _ = pipeline.build_api(LEONARDO_SPEC)
    return list(api.operations)


def _pager_name(op: ir.Operation) -> str:
    return "iter_" + op.name.removeprefix("get_") if op.pagination else ""


def test_client_class_names_avoid_what_the_client_module_and_package_bind() -> None:
    package = importlib.import_module("leonardo_sdk")
    client_module = importlib.import_module("leonardo_sdk._client")
    bound = {n for n in [*vars(client_module), *package.__all__] if not n.startswith("_")}
    bound -= {"Leonardo", "AsyncLeonardo"}
    assert bound - naming.RESERVED_CLIENT_NAMES == set()
    for name in ("timeout", "mapping", "request hook", "endpoint", "not given"):
        chosen = naming.client_class(name)
        assert chosen.endswith("Client") and not naming.shadows_client_module_name(chosen)
    assert naming.client_class("pet store") == "PetStore"


def test_runtime_imports_only_the_stdlib_and_the_named_dependencies() -> None:
    """What `shadows_imported_module` checks a package name against is complete."""
    imported: set[str] = set()
    for source in RUNTIME_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                imported.add(node.module.split(".")[0])
    assert imported and all(naming.shadows_imported_module(m) for m in imported), imported


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("package_name", "json", "would shadow a module the generated SDK imports"),
        ("package_name", "httpx", "would shadow a module the generated SDK imports"),
        ("client_name", "SyncAPIClient", "would shadow a name the generated client module"),
        ("client_name", "APIClient", "would shadow a name"),  # its Async twin is the base class
        ("client_name", "Mapping", "would shadow a name"),
    ],
)
def test_config_names_that_would_shadow_are_refused(
    tmp_path: Path, setting: str, value: str, message: str
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n")
    (tmp_path / "sdkgen.toml").write_text(f'{setting} = "{value}"\n')
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(spec, None, "T")
    assert str(tmp_path / "sdkgen.toml") in str(caught.value)


def test_names_from_a_title_are_valid_and_never_blame_a_missing_file(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    for title in ("1Forge Finance APIs", "2", "Mapping", "json", "httpx", "", "123 456"):
        config = load_config(spec, None, title)
        assert config.package_name.isidentifier() and not config.package_name[0].isdigit()
        assert not naming.shadows_imported_module(config.package_name)
        assert config.client_name.isidentifier() and config.env_prefix[0].isalpha()
        assert not naming.shadows_client_module_name(config.client_name)
    assert load_config(spec, None, "1Forge Finance APIs").package_name == (
        "api_1_forge_finance_apis_sdk"
    )


@pytest.mark.parametrize(
    ("title", "package", "client"),
    [
        ("Docker Engine API", "docker_engine_sdk", "DockerEngine"),
        (
            "Swagger Petstore - OpenAPI 3.0",
            "swagger_petstore_open_3_0_sdk",
            "SwaggerPetstoreOpen30",
        ),
        ("API", "api_sdk", "Api"),
        ("CON", "con_sdk", "Con"),  # `_sdk` keeps a derived name clear of the device names
        # prose: whole words while the name stays within 100 characters, the first word cut
        ("word " * 30, "_".join(["word"] * 20) + "_sdk", "Word" * 20),
        ("x" * 300, "x" * 100 + "_sdk", "X" + "x" * 99),
    ],
)
def test_names_derived_from_titles(title: str, package: str, client: str) -> None:
    derived = derive_defaults(title)
    assert (derived["package_name"], derived["client_name"]) == (package, client)
    assert derived["dist_name"] == package.replace("_", "-")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_title_derives_names_load_config_accepts(title: str) -> None:
    """Whatever a spec's title says, the derived names pass every check a configured name must
    pass (identifier, no shadowing, a folder name every file system takes) and stay short."""
    config = load_config(Path("/nonexistent/spec.yaml"), None, title)
    assert len(config.package_name) <= MAX_DERIVED_NAME + len("_sdk")
    assert portable_stem(config.package_name, reserve=PYTHON_MODULE_RESERVE) == config.package_name


@pytest.mark.parametrize(
    ("value", "message"),
    [("con", "not a folder name every file system accepts"), ("a" * 250, "too long")],
)
def test_configured_package_names_every_file_system_refuses_are_refused(
    tmp_path: Path, value: str, message: str
) -> None:
    spec = tmp_path / "spec.yaml"
    (tmp_path / "sdkgen.toml").write_text(f'package_name = "{value}"\n')
    with pytest.raises(ConfigError, match=message):
        load_config(spec, None, "T")


@pytest.mark.parametrize("module", ["resources.generation", "models.generation", "_client"])
def test_class_names_avoid_what_generated_modules_import(module: str) -> None:
    """Every class-like name a generated module imports (not one of the API's own types) is
    one a model or resource class can never take."""
    namespace = vars(importlib.import_module(f"leonardo_sdk.{module}"))
    api_types = set(importlib.import_module("leonardo_sdk.models").__all__)
    imported = {  # constants (`NOT_GIVEN`) are upper case, which no PascalCase name is
        name
        for name, value in namespace.items()
        if name[:1].isupper()
        and not name.isupper()
        and getattr(value, "__module__", None) != f"leonardo_sdk.{module}"
    }
    assert imported - api_types <= naming.RESERVED_CLASSES
