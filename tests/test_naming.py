"""The naming rules of generator/naming.py: safe, readable, deterministic identifiers."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import naming


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
