"""`sdkgen diff` and `sdkgen release`: the SDK-visible diff of two specs, the bump, the changelog.

* one tiny spec pair per kind of change in `tests/diff_specs/<case>/{old,new}.yaml`, each with
  the exact entries it must produce;
* the real Leonardo pair (upstream 2024-08 → 2026-04), whole API and our eleven operations,
  golden-tested in `tests/golden_diff/` (`pytest --update-goldens` rewrites them) plus
  spot-checks of known changes;
* `release` (version line, changelog, package, idempotence) and `.ci/regenerate` in a temporary
  git repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.changes import diff, release
from generator.changes.change import Change, DiffError
from generator.changes.changelog import CHANGELOG_HEADER, add_entry
from generator.changes.report import DiffReport, Format, render, render_markdown, render_text
from generator.changes.semver import bump_version, implied_bump
from generator.cli import main
from generator.ir import model as ir

from .conftest import REFERENCE, REPO

CASES = Path(__file__).resolve().parent / "diff_specs"
GOLDEN = Path(__file__).resolve().parent / "golden_diff"
OLD_UPSTREAM = REFERENCE / "leonardo-openapi-upstream-2024-08.yaml"
NEW_UPSTREAM = REFERENCE / "leonardo-openapi-upstream-2026-04.json"
OUR_OPERATIONS = (
    "createGeneration",
    "createLCMGeneration",
    "createSVDMotionGeneration",
    "createTextureGeneration",
    "deleteGenerationById",
    "deleteTextureGenerationById",
    "getGenerationById",
    "getGenerationsByUserId",
    "performAlchemyUpscaleLCM",
    "performInpaintingLCM",
    "performInstantRefine",
)

Entry = tuple[str, bool, str]  # (kind, breaking, subject)


def entries(report: DiffReport) -> set[Entry]:
    return {(c.kind, c.breaking, c.subject) for c in report.changes}


def case_report(case: str) -> DiffReport:
    report, warnings = diff.diff_specs(CASES / case / "old.yaml", CASES / case / "new.yaml")
    assert warnings == ()
    return report


# -- one kind of change per case ---------------------------------------------------------------

EXPECTED: dict[str, set[Entry]] = {
    # The IR merges allOf: a property moved into a parent is the same field of the same class.
    "allof_move": set(),
    # Same shape, new class name: only received → compatible; sent (users build it) → breaking.
    "component_rename": {
        ("class-renamed", False, "Pet → Animal"),
        ("class-renamed", True, "Owner → Person"),
    },
    # Enum values added: compatible both ways (generated enums tolerate unknown values).
    "enum_values": {
        ("enum-value-added", False, "Color.BLUE"),
        ("enum-value-added", False, "Mood.CALM"),
    },
    # Enum values removed: the server rejects it / the member users name disappears.
    "enum_value_removed": {
        ("enum-value-removed", True, "Color.GREEN"),
        ("enum-value-removed", True, "Mood.SAD"),
    },
    "required_flip": {
        ("field-required", True, "default.create_pet(a=)"),
        ("field-optional", False, "default.create_pet(b=)"),
        ("field-added", True, "Owner.email"),  # a new required field of a request model
        ("field-added", False, "Owner.phone"),
        ("field-optional", True, "Pet.c"),  # a response attribute that may now be absent
        ("field-required", False, "Pet.d"),
    },
    "types": {
        ("field-type-widened", False, "default.create_pet(count=)"),  # int → float, sent
        ("field-type-narrowed", True, "default.create_pet(ratio=)"),  # float → int, sent
        ("field-type-narrowed", True, "default.create_pet(label=)"),  # str → enum, sent
        ("field-type-widened", False, "default.create_pet(tags=)"),  # list[int] → list[float]
        ("field-type-widened", True, "Pet.weight"),  # int → float, received
        ("field-type-narrowed", False, "Pet.label"),  # str → enum, received
        ("field-type-changed", True, "Pet.kind"),  # str → int
        ("field-type-widened", True, "Pet.extra"),  # str → Any, received
    },
    "nullability": {
        ("field-nullable", False, "default.create_pet(note=)"),
        ("field-non-nullable", True, "default.create_pet(name=)"),
        ("field-nullable", True, "Pet.nickname"),
        ("field-non-nullable", False, "Pet.age"),
    },
    "parameters": {
        ("parameter-removed", True, "default.list_pets(sort=)"),
        ("parameter-required", True, "default.list_pets(owner=)"),
        ("parameter-deprecated", False, "default.list_pets(legacy=)"),
        ("parameter-added", True, "default.list_pets(species=)"),
        ("parameter-added", False, "default.list_pets(q=)"),
        ("parameter-added", False, "default.list_pets(x_trace=)"),
    },
    "operations": {
        ("operation-removed", True, "pets.delete_pet"),
        ("operation-added", False, "pets.create_pet"),
        ("operation-moved", False, "pets.get_pet"),  # new path, same SDK method
        ("operation-renamed", True, "catalog.list_pets"),  # new tag: client.catalog.list_pets
    },
    "responses": {
        ("response-type-changed", True, "default.get_pet → 200"),  # Pet → list[Pet]
        ("error-removed", True, "default.get_pet → 404"),
        ("error-added", False, "default.get_pet → 500"),
        ("response-removed", True, "default.update_pet → 200"),  # now returns None
        ("response-added", False, "default.update_pet → 204"),
        ("response-added", True, "default.create_pet → 202"),  # return type widens to Pet | Job
        ("field-added", False, "Error.code"),  # the error model changed
    },
    "renames": {
        ("field-renamed", True, "Pet.nick"),  # removed + added in place, identical type
        ("field-renamed", True, "Pet.user_id_2"),  # same wire name userId, new Python name
        ("field-added", False, "Pet.user_id"),
        ("field-wire-name-changed", False, "default.create_pet(pet_name=)"),  # petName → pet_name
    },
    "unions": {
        ("field-type-widened", False, "default.create_pet(payload=)"),
        ("response-type-widened", True, "default.create_pet → 200"),
    },
    "union_variants": {
        ("response-type-changed", True, "default.create_pet → 200"),  # Cat | Dog → Cat | Bird
        ("class-renamed", True, "Dog → Hound"),  # same shape: paired, a class rename (sent)
    },
    "closed_model": {
        ("model-closed", True, "Owner"),  # sent: the constructor loses additional_properties=
        ("model-closed", False, "Pet"),  # only received
    },
    "recursive": {
        ("field-added", True, "Node.kind"),  # required, in the request direction
        ("field-added", False, "Node.kind"),  # the same model received
    },
}


def test_every_case_has_expectations() -> None:
    assert sorted(p.name for p in CASES.iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_case_reports_exactly_its_changes(case: str) -> None:
    assert entries(case_report(case)) == EXPECTED[case]


def test_identical_specs_report_nothing_and_imply_a_patch() -> None:
    spec = CASES / "types" / "new.yaml"
    report, _ = diff.diff_specs(spec, spec)
    assert report.changes == ()
    assert (report.bump, report.next_version) == ("patch", "0.1.1")
    assert "No SDK-visible changes." in render_text(report)


def test_changes_point_into_the_new_spec_or_the_old_for_removals() -> None:
    report = case_report("parameters")
    by_subject = {(c.kind, c.subject): c for c in report.changes}
    assert by_subject[("parameter-removed", "default.list_pets(sort=)")].source == (
        "/paths/~1pets/get/parameters/1"  # index 1 in the old spec
    )
    assert by_subject[("parameter-added", "default.list_pets(species=)")].source == (
        "/paths/~1pets/get/parameters/3"
    )
    enum = {c.subject: c for c in case_report("enum_value_removed").changes}
    assert enum["Color.GREEN"].source == "/components/schemas/Color"
    assert enum["Color.GREEN"].direction == "request"
    assert enum["Mood.SAD"].direction == "response"


def test_models_are_reported_once_per_direction_with_the_operations_using_them() -> None:
    report = case_report("recursive")
    node = [c for c in report.changes if c.subject == "Node.kind"]
    assert {c.direction for c in node} == {"request", "response"}
    assert all(c.operations == ("default.create_tree",) for c in node)


def test_only_operations_limits_the_comparison() -> None:
    old, new = CASES / "operations" / "old.yaml", CASES / "operations" / "new.yaml"
    report, _ = diff.diff_specs(old, new, only_operations=("getPet", "deletePet"))
    assert entries(report) == {
        ("operation-removed", True, "pets.delete_pet"),
        ("operation-moved", False, "pets.get_pet"),
    }
    with pytest.raises(DiffError, match="nope"):
        diff.diff_specs(old, new, only_operations=("getPet", "nope"))


# -- semver ------------------------------------------------------------------------------------


def _change(breaking: bool) -> Change:
    return Change("operations", "operation-added", breaking, "x.y", "", "")


@pytest.mark.parametrize(
    ("version", "breaking", "compatible", "bump", "next_version"),
    [
        ("1.4.2", True, True, "major", "2.0.0"),
        ("1.4.2", False, True, "minor", "1.5.0"),
        ("1.4.2", False, False, "patch", "1.4.3"),
        ("0.3.1", True, False, "minor", "0.4.0"),  # before 1.0 breaking bumps the minor
        ("0.3.1", False, True, "patch", "0.3.2"),
        ("0.3.1", False, False, "patch", "0.3.2"),
        ("2.0.0rc1", False, True, "minor", "2.1.0"),
        ("1", True, False, "major", "2.0.0"),
    ],
)
def test_implied_bump(
    version: str, breaking: bool, compatible: bool, bump: str, next_version: str
) -> None:
    changes = [_change(True)] * breaking + [_change(False)] * compatible
    assert implied_bump(changes, version) == bump
    assert bump_version(version, implied_bump(changes, version)) == next_version


def test_the_base_version_is_the_old_specs_config_when_there_is_one(tmp_path: Path) -> None:
    for side, version in (("old", "1.2.0"), ("new", "1.9.0")):
        (tmp_path / side).mkdir()
        shutil.copy(CASES / "enum_values" / f"{side}.yaml", tmp_path / side / "spec.yaml")
        (tmp_path / side / "sdkgen.toml").write_text(f'version = "{version}"\n')
    report, _ = diff.diff_specs(tmp_path / "old" / "spec.yaml", tmp_path / "new" / "spec.yaml")
    assert (report.version, report.bump, report.next_version) == ("1.2.0", "minor", "1.3.0")
    (tmp_path / "old" / "sdkgen.toml").unlink()
    report, _ = diff.diff_specs(tmp_path / "old" / "spec.yaml", tmp_path / "new" / "spec.yaml")
    assert (report.version, report.next_version) == ("1.9.0", "1.10.0")


# -- command line ------------------------------------------------------------------------------


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = str(CASES / "operations" / "old.yaml"), str(CASES / "operations" / "new.yaml")
    assert main(["diff", old, new]) == 0
    assert main(["diff", old, new, "--fail-on-breaking"]) == diff.EXIT_BREAKING
    compatible = [str(CASES / "enum_values" / f"{s}.yaml") for s in ("old", "new")]
    assert main(["diff", *compatible, "--fail-on-breaking"]) == 0
    capsys.readouterr()
    assert main(["diff", old, new, "--only-operations", "getPet,missingOne"]) == 2
    assert "unknown operationId(s) in neither spec: missingOne" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: [unclosed\n")
    assert main(["diff", old, str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sdkgen: error: ") and "invalid YAML" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exit_info:
        main(["diff", "--help"])
    assert exit_info.value.code == 0


def test_cli_formats(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = str(CASES / "responses" / "old.yaml"), str(CASES / "responses" / "new.yaml")
    capsys.readouterr()
    assert main(["diff", old, new, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["bump"] == "minor" and document["next_version"] == "0.2.0"
    assert document["breaking"] == 4 and document["compatible"] == 3
    assert document["counts"]["response-added"] == {"breaking": 1, "compatible": 1}
    assert main(["diff", old, new, "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("## SDK diff `old.yaml` → `new.yaml`")
    assert "### Responses (6, 4 breaking)" in markdown
    assert (
        "**Implied version bump: minor (0.1.0 → 0.2.0; breaking changes before 1.0)**" in markdown
    )
    assert main(["diff", old, new]) == 0
    text = capsys.readouterr().out
    assert text.rstrip().endswith(
        "Implied version bump: minor (0.1.0 → 0.2.0; breaking changes before 1.0)"
    )


def test_markdown_escapes_spec_text(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text((CASES / "enum_values" / "old.yaml").read_text())
    new.write_text(
        (CASES / "enum_values" / "old.yaml")
        .read_text()
        .replace("[red, green]", "[red, green, '<img src=x onerror=alert(1)> {{ secrets }} `x`']")
    )
    markdown = render_markdown(diff.diff_specs(old, new)[0])
    assert "<img" not in markdown and "{{" not in markdown


# -- the real pair: Leonardo upstream 2024-08 → 2026-04 ----------------------------------------


@pytest.fixture(scope="module")
def upstream() -> tuple[ir.Api, ir.Api]:
    if not (OLD_UPSTREAM.is_file() and NEW_UPSTREAM.is_file()):
        pytest.skip("the upstream reference specs are not available")
    old_api, _, _ = pipeline.build_api(OLD_UPSTREAM)
    new_api, _, _ = pipeline.build_api(NEW_UPSTREAM)
    return old_api, new_api


def upstream_report(upstream: tuple[ir.Api, ir.Api], scope: str) -> DiffReport:
    old_api, new_api = upstream
    only = OUR_OPERATIONS if scope == "generation" else ()
    # Neither reference file has an sdkgen.toml beside it: the derived default version applies.
    return diff.diff_apis(
        old_api, new_api, OLD_UPSTREAM.name, NEW_UPSTREAM.name, "0.1.0", only_operations=only
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
@pytest.mark.parametrize("scope", ["all", "generation"])
def test_upstream_report_matches_its_golden(
    upstream: tuple[ir.Api, ir.Api], scope: str, fmt: Format, update_goldens: bool
) -> None:
    suffix = {"text": "txt", "markdown": "md", "json": "json"}[fmt]
    golden = GOLDEN / f"upstream-2024-08-to-2026-04-{scope}.{suffix}"
    rendered = render(upstream_report(upstream, scope), fmt)
    if update_goldens:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8", newline="\n")
        return
    assert golden.is_file(), f"no golden {golden.name}: run pytest --update-goldens and review"
    message = f"{golden.name} differs: run pytest --update-goldens and review the diff"
    assert rendered == golden.read_text(encoding="utf-8"), message


def test_upstream_known_changes(upstream: tuple[ir.Api, ir.Api]) -> None:
    report = upstream_report(upstream, "all")
    found = {(c.kind, c.subject): c for c in report.changes}

    def get(kind: str, subject: str) -> Change:
        assert (kind, subject) in found, f"{kind} {subject} not reported"
        return found[(kind, subject)]

    # element_input.akUUID became required (and non-nullable): breaking, it is sent.
    ak_uuid = get("field-required", "ElementInput.ak_uuid")
    assert ak_uuid.breaking and ak_uuid.direction == "request"
    assert ak_uuid.source == "/components/schemas/element_input/properties/akUUID"
    assert ak_uuid.operations == ("image.create_generation",)
    assert get("field-non-nullable", "ElementInput.ak_uuid").breaking
    # New operations, e.g. the video endpoints.
    added = get("operation-added", "motion.create_text_to_video_generation")
    assert not added.breaking and added.source == "/paths/~1generations-text-to-video/post"
    assert sum(c.kind == "operation-added" for c in report.changes) == 18
    assert not any(c.kind == "operation-removed" for c in report.changes)
    # guidance_scale: integer → number in a request: widened, compatible.
    widened = get("field-type-widened", "image.create_generation(guidance_scale=)")
    assert not widened.breaking and "`int | None` → `float | None`" in widened.detail
    # The SVD motion response renamed its job property: the old attribute is gone.
    assert get("field-removed", "CreateSvdMotionGenerationResponse.sd_generation_job").breaking
    assert not get(
        "field-added", "CreateSvdMotionGenerationResponse.motion_svd_generation_job"
    ).breaking
    # New model values (sent and received): compatible; a pricing service dropped: breaking.
    phoenix = get("enum-value-added", "SdVersions.PHOENIX")
    assert not phoenix.breaking and phoenix.direction == "request+response"
    assert get("enum-value-removed", "PricingCalculatorServices.MOTION_GENERATION").breaking
    # sd_Version → sd_version on POST /models: same keyword for users, inline enum class now.
    assert not get("field-wire-name-changed", "models.create_model(sd_version=)").breaking
    assert get("class-replaced", "SdVersions → CreateModelRequestSdVersion").breaking
    assert (report.bump, report.next_version) == ("minor", "0.2.0")


def test_upstream_our_operations(upstream: tuple[ir.Api, ir.Api]) -> None:
    report = upstream_report(upstream, "generation")
    assert report.operation_counts == (11, 11)
    assert not any(c.group == "operations" for c in report.changes)
    ops = {op for c in report.changes for op in c.operations}
    assert "models.create_model" not in ops and "motion.create_text_to_video_generation" not in ops
    assert ("field-required", True, "ElementInput.ak_uuid") in entries(report)
    assert report.bump == "minor" and len(report.breaking) > 0


# -- release -----------------------------------------------------------------------------------

CONFIG = """\
# Names of the pets SDK. Keep this comment.
[tool.sdkgen]
dist_name = "pets-sdk"   # the PyPI name
version = "1.4.0"  # bumped by `sdkgen release`
client_name = "Pets"

[other]
version = "9.9.9"
"""


def make_release_dirs(tmp_path: Path, case: str, version: str = "1.4.0") -> tuple[Path, Path]:
    """spec/pets.yaml (+ sdkgen.toml) from the case's new spec; base/ holds the old one."""
    spec_dir, base = tmp_path / "spec", tmp_path / "base"
    spec_dir.mkdir()
    base.mkdir()
    shutil.copy(CASES / case / "new.yaml", spec_dir / "pets.yaml")
    shutil.copy(CASES / case / "old.yaml", base / "pets.yaml")
    config = CONFIG.replace('"1.4.0"', f'"{version}"')
    (spec_dir / "sdkgen.toml").write_text(config)
    (base / "sdkgen.toml").write_text(config)
    return spec_dir / "pets.yaml", base / "pets.yaml"


def test_release_bumps_records_and_generates(tmp_path: Path) -> None:
    spec, old = make_release_dirs(tmp_path, "required_flip")
    out = tmp_path / "out"
    args = ["release", str(spec), "--from", str(old), "-o", str(out), "--date", "2026-04-01"]
    assert main(args) == 0
    config = (spec.parent / "sdkgen.toml").read_text()
    expected = CONFIG.replace('version = "1.4.0"  # bumped', 'version = "2.0.0"  # bumped')
    assert config == expected, "only the version line of [tool.sdkgen] changes"
    changelog = (spec.parent / "CHANGELOG.md").read_text()
    assert changelog.startswith(CHANGELOG_HEADER + "\n## 2.0.0 (2026-04-01)\n")
    assert "### Breaking changes\n\n- `default.create_pet(a=)`: optional → required" in changelog
    assert "### Other changes\n\n- `default.create_pet(b=)`: required → optional" in changelog
    assert (out / "CHANGELOG.md").read_text() == changelog
    assert 'version = "2.0.0"' in (out / "pyproject.toml").read_text()
    # Again, for the same old → new: the release is there already; nothing changes.
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main([*args[:-2], "--date", "2026-05-05"]) == 0
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_release_of_compatible_changes_prepends_a_minor_entry(tmp_path: Path) -> None:
    spec, old = make_release_dirs(tmp_path, "enum_values")
    (spec.parent / "CHANGELOG.md").write_text(
        CHANGELOG_HEADER + "\n## 1.4.0 (2026-01-01)\n\n- First release.\n"
    )
    crlf = CONFIG.replace("\n", "\r\n").encode()
    (spec.parent / "sdkgen.toml").write_bytes(crlf)
    result = release.release(spec, old, tmp_path / "out", date="2026-04-01")
    assert (result.previous_version, result.version) == ("1.4.0", "1.5.0")
    assert (spec.parent / "sdkgen.toml").read_bytes() == crlf.replace(b'"1.4.0"', b'"1.5.0"')
    changelog = (spec.parent / "CHANGELOG.md").read_text()
    assert changelog.index("## 1.5.0 (2026-04-01)") < changelog.index("## 1.4.0 (2026-01-01)")
    assert "### Breaking changes" not in result.entry
    assert '- `Color.BLUE` (request): value `"blue"` added (`enum-value-added`)' in result.entry


def test_release_without_sdk_visible_change_is_a_patch(tmp_path: Path) -> None:
    spec, old = make_release_dirs(tmp_path, "allof_move", version="0.3.0")
    result = release.release(spec, old, tmp_path / "out", date="2026-04-01")
    assert result.version == "0.3.1"
    assert "No SDK-visible changes" in result.entry


def test_package_files_come_only_from_beside_a_config(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    (tmp_path / "CHANGELOG.md").write_text("# The repository's own changelog\n")
    assert release.package_files(spec) == {}
    (tmp_path / "sdkgen.toml").write_text('version = "1.0.0"\n')
    assert release.package_files(spec) == {"CHANGELOG.md": "# The repository's own changelog\n"}


def test_release_date_is_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    assert release.release_date("2026-04-01") == "2026-04-01"
    assert release.release_date(None, {"SOURCE_DATE_EPOCH": "1775001600"}) == "2026-04-01"
    with pytest.raises(release.ReleaseError):
        release.release_date("April 1st")
    with pytest.raises(release.ReleaseError):
        release.release_date(None, {"SOURCE_DATE_EPOCH": "soon"})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert release.release_date(None) == "1970-01-01"


def test_release_restores_inputs_when_generation_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, old = make_release_dirs(tmp_path, "enum_values")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("not generated")
    before = (spec.parent / "sdkgen.toml").read_text()
    assert main(["release", str(spec), "--from", str(old), "-o", str(precious)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert (spec.parent / "sdkgen.toml").read_text() == before
    assert not (spec.parent / "CHANGELOG.md").exists()


def test_release_needs_a_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, old = make_release_dirs(tmp_path, "enum_values")
    (spec.parent / "sdkgen.toml").unlink()
    assert main(["release", str(spec), "--from", str(old), "-o", str(tmp_path / "o")]) == 2
    assert "no config file to record the version in" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('version = "1.0.0"\n', 'version = "2.0.0"\n'),
        ("version='1.0.0'  # note\r\n", "version='2.0.0'  # note\r\n"),
        ('name = "x"\n', 'version = "2.0.0"\nname = "x"\n'),
        ("[tool.sdkgen]\nname = 'x'", "[tool.sdkgen]\nversion = \"2.0.0\"\nname = 'x'"),
        (
            '[tool.sdkgen]\n[other]\nversion = "5"\n',
            '[tool.sdkgen]\nversion = "2.0.0"\n[other]\nversion = "5"\n',
        ),
        (
            'version = "0.1"\n[table]\nversion = "7"\n',
            'version = "2.0.0"\n[table]\nversion = "7"\n',
        ),
    ],
)
def test_set_version_edits_only_the_settings_version(before: str, after: str) -> None:
    assert release.set_version(before, "2.0.0") == after
    assert release.read_version(after) == "2.0.0"


def test_an_entry_for_the_same_version_is_replaced_keeping_its_date() -> None:
    changelog = add_entry(None, "## 1.1.0 (2026-01-01)\n\n- old text\n")
    changelog = add_entry(changelog, "## 1.2.0 (2026-02-01)\n\n- two\n")
    replaced = add_entry(changelog, "## 1.1.0 (2026-03-03)\n\n- new text\n")
    assert "## 1.1.0 (2026-01-01)\n\n- new text\n" in replaced and "old text" not in replaced
    assert replaced.index("## 1.2.0") < replaced.index("## 1.1.0")


def test_check_is_clean_after_a_release(tmp_path: Path) -> None:
    spec, old = make_release_dirs(tmp_path, "enum_values")
    release.release(spec, old, tmp_path / "out", date="2026-04-01")
    assert pipeline.check(spec, tmp_path / "out") == ""


# -- .ci/regenerate ----------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


def _regenerate(repo: Path, **env: str) -> subprocess.CompletedProcess[str]:
    sdkgen = Path(sys.executable).parent / "sdkgen"
    variables = {
        **os.environ,
        "SPEC": "spec/pets.yaml",
        "OUT": "out/pets-sdk",
        "SDKGEN": str(sdkgen) if sdkgen.is_file() else f"{sys.executable} -m generator",
        "TEST_CMD": "test -s out/pets-sdk/CHANGELOG.md",
        "SOURCE_DATE_EPOCH": "1775001600",  # 2026-04-01
        **env,
    }
    return subprocess.run(
        ["bash", str(repo / ".ci" / "regenerate")],
        cwd=repo,
        env=variables,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def ci_repo(tmp_path: Path) -> Path:
    """A git repository with the regenerate script and two commits of a spec: old, then new."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy(REPO / ".ci" / "regenerate", repo / ".ci" / "regenerate")
    (repo / "spec").mkdir()
    shutil.copy(CASES / "required_flip" / "old.yaml", repo / "spec" / "pets.yaml")
    (repo / "spec" / "sdkgen.toml").write_text(CONFIG)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "ci@example.com")
    _git(repo, "config", "user.name", "CI")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "old spec")
    shutil.copy(CASES / "required_flip" / "new.yaml", repo / "spec" / "pets.yaml")
    _git(repo, "commit", "-q", "-am", "new spec")
    return repo


def test_ci_regenerate_reports_bumps_and_regenerates(ci_repo: Path) -> None:
    done = _regenerate(ci_repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "== SDK diff: spec/pets.yaml at HEAD~1" in done.stdout
    assert "Implied version bump: major (1.4.0 → 2.0.0; breaking changes)" in done.stdout
    assert "sdkgen: released 2.0.0 (was 1.4.0; major bump from 1.4.0" in done.stdout
    assert 'version = "2.0.0"  # bumped' in (ci_repo / "spec" / "sdkgen.toml").read_text()
    changelog = (ci_repo / "spec" / "CHANGELOG.md").read_text()
    assert "## 2.0.0 (2026-04-01)" in changelog
    assert (ci_repo / "out" / "pets-sdk" / "CHANGELOG.md").read_text() == changelog
    # Committed, then run again (another CI run, another day): nothing changes.
    _git(ci_repo, "add", ".")
    _git(ci_repo, "commit", "-q", "-m", "release 2.0.0")
    again = _regenerate(ci_repo, BASE_REF="HEAD~2", SOURCE_DATE_EPOCH="1777777777")
    assert again.returncode == 0, again.stdout + again.stderr
    assert _git(ci_repo, "status", "--porcelain") == ""


def test_ci_regenerate_without_a_spec_change_does_not_bump(ci_repo: Path) -> None:
    done = _regenerate(ci_repo, BASE_REF="HEAD", TEST_CMD="true")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "spec unchanged since HEAD: regenerate without a version bump" in done.stdout
    assert 'version = "1.4.0"' in (ci_repo / "spec" / "sdkgen.toml").read_text()
    assert not (ci_repo / "spec" / "CHANGELOG.md").exists()


def test_ci_regenerate_exit_status(ci_repo: Path) -> None:
    assert _regenerate(ci_repo, TEST_CMD="exit 3").returncode == 3
    assert _regenerate(ci_repo, FAIL_ON_BREAKING="1").returncode == diff.EXIT_BREAKING
    (ci_repo / "spec" / "pets.yaml").write_text("openapi: 3.1.0\ninfo: [unclosed\n")
    broken = _regenerate(ci_repo)
    assert broken.returncode == 2 and "invalid YAML" in broken.stderr
