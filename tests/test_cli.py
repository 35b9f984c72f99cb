"""The command line on good and bad input: exit codes, one clear message, untouched output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.output.write import read_tree

from .conftest import REPO, SPEC

MINIMAL = """\
openapi: 3.1.0
info: {title: Tiny, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
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


@pytest.fixture
def existing_output(tmp_path: Path) -> Path:
    spec = tmp_path / "good.yaml"
    spec.write_text(MINIMAL)
    out = tmp_path / "out"
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    return out


BAD_INPUTS = {
    "dangling_ref": (
        MINIMAL.replace("#/components/schemas/Thing", "#/components/schemas/Nope"),
        [
            "$ref target does not exist",
            "#/components/schemas/Nope",
            ":14 at /paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref",
        ],
    ),
    "invalid_yaml": ("openapi: 3.1.0\ninfo: [unclosed\n", ["invalid YAML", ":3"]),
    "empty": ("", ["the file is empty"]),
    "not_a_mapping": ("- just\n- a list\n", ["must be a mapping"]),
    "swagger1": (  # Swagger 2.0 generates (issue 17); older versions are refused
        "swagger: '1.2'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        ["unsupported Swagger version '1.2'", "Swagger 2.0"],
    ),
    "missing_openapi": ("info: {title: x, version: '1'}\npaths: {}\n", ["no `openapi` field"]),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_exits_2_with_one_clear_error_and_leaves_output_alone(
    name: str, tmp_path: Path, existing_output: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = BAD_INPUTS[name]
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(text)
    before = read_tree(existing_output)
    capsys.readouterr()
    assert main(["generate", str(spec), "-o", str(existing_output)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sdkgen: error: ") and "Traceback" not in err
    assert str(spec) in err
    for fragment in expected:
        assert fragment in err, err
    assert read_tree(existing_output) == before
    assert not list(existing_output.parent.glob(".sdkgen-*")), "staging directory left behind"


def test_error_is_printed_without_traceback_by_the_real_process(tmp_path: Path) -> None:
    spec = tmp_path / "broken.json"
    spec.write_text('{"openapi": "3.1.0", "info": ')
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "invalid JSON" in done.stderr and ":1" in done.stderr
    assert not (tmp_path / "o").exists()


def test_a_reader_that_goes_away_ends_the_process_quietly(tmp_path: Path) -> None:
    """`sdkgen generate … | head -0`: the output is complete, and no BrokenPipeError traceback."""
    out = tmp_path / "o"
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is printed
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert read_tree(out) == read_tree(REPO / "generated" / "leonardo-sdk")


def test_generated_process_flushes_its_summary_before_leaving(tmp_path: Path) -> None:
    """The process leaves without interpreter teardown: what it printed must still arrive."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sdkgen: generated 11 operations")


def test_invalid_openapi_stops_with_located_problems_unless_lenient(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "invalid.yaml"
    spec.write_text(MINIMAL.replace("description: ok\n", "descriptio: ok\n"))
    assert main(["generate", str(spec), "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "not valid OpenAPI" in err and "/paths/~1things~1{id}/get/responses/200" in err
    assert main(["generate", str(spec), "-o", str(tmp_path / "o"), "--lenient"]) == 0
    assert "warning" in capsys.readouterr().err
    assert (tmp_path / "o" / "src" / "tiny_sdk" / "_client.py").is_file()


def test_refuses_to_overwrite_a_directory_it_did_not_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "good.yaml"
    spec.write_text(MINIMAL)
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine")
    assert main(["generate", str(spec), "-o", str(precious)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert (precious / "notes.txt").read_text() == "mine"


def test_regenerating_rewrites_no_unchanged_file(existing_output: Path, tmp_path: Path) -> None:
    spec = tmp_path / "good.yaml"
    stamps = {p: p.stat().st_mtime_ns for p in existing_output.rglob("*") if p.is_file()}
    assert main(["generate", str(spec), "-o", str(existing_output)]) == 0
    assert {p: p.stat().st_mtime_ns for p in existing_output.rglob("*") if p.is_file()} == stamps


def test_check_reports_drift_with_exit_1(
    existing_output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "good.yaml"
    assert main(["check", str(spec), "-o", str(existing_output)]) == 0
    client = next(existing_output.rglob("_client.py"))
    client.write_text(client.read_text() + "# hand edit\n")
    capsys.readouterr()
    assert main(["check", str(spec), "-o", str(existing_output)]) == 1
    err = capsys.readouterr().err
    assert "differs: src/tiny_sdk/_client.py" in err and "-# hand edit" in err


def test_committed_output_matches_the_generator() -> None:
    """Drift test: generated/ is exactly what the spec and templates produce now."""
    assert main(["check", str(SPEC), "-o", str(REPO / "generated" / "leonardo-sdk")]) == 0


@pytest.mark.parametrize("command", ["generate", "validate", "check"])
def test_help_of_each_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: sdkgen " + command in capsys.readouterr().out


def test_validate_reports_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SPEC)]) == 0
    assert "11 operations" in capsys.readouterr().out
