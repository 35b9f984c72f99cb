"""What users write type-checks against the committed Leonardo SDK: the scripts of
`tests/usercode/` (errors, raw and streamed responses, pagination, async, models built from
strings, client options) and every ```python example of the generated README and docs pages,
under `mypy --strict`, and under `pyright --strict` when the pinned pyright is installed in
`.cache/pyright` (`make pyright`; the test says so when it is not)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GENERATED, REPO
from .docs_support import fenced_blocks, markdown_files

USERCODE = Path(__file__).resolve().parent / "usercode"
SOURCE = GENERATED / "src"


def _examples() -> dict[str, str]:
    """Every python example of the generated docs, by a file name saying where it is from."""
    found: dict[str, str] = {}
    for page in markdown_files(GENERATED):
        stem = "_".join(page.relative_to(GENERATED).with_suffix("").parts).replace("-", "_")
        for line, source in fenced_blocks(page.read_text(encoding="utf-8"), "python"):
            found[f"example_{stem}_{line}.py"] = source
    return found


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user scripts and the docs' examples, each as its own module in one directory."""
    root = tmp_path_factory.mktemp("usercode")
    for script in USERCODE.glob("*.py"):
        shutil.copy(script, root / script.name)
    for name, source in _examples().items():
        (root / name).write_text(source, encoding="utf-8")
    return root


def test_there_is_user_code_for_each_feature(scripts: Path) -> None:
    names = {p.name for p in scripts.glob("*.py")}
    expected = {"errors.py", "raw_and_streaming.py", "pagination.py", "async_usage.py"}
    assert expected | {"models_from_strings.py", "options.py"} <= names
    assert len([n for n in names if n.startswith("example_README")]) >= 8
    # one per operation (11), the iter_ twin's, the waiter's
    assert len([n for n in names if n.startswith("example_docs_sdks")]) == 13


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": str(SOURCE), "PYTHONPATH": str(SOURCE)}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_user_code_passes_mypy_strict(scripts: Path) -> None:
    files = sorted(p.name for p in scripts.glob("*.py"))
    done = _run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(scripts / ".mypy"), *files],
        scripts,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"no issues found in {len(files)} source files" in done.stdout


def _pyright() -> Path | None:
    root = REPO / ".cache" / "pyright"
    candidates = [root / "node_modules" / ".bin" / "pyright", *sorted(root.glob("**/bin/pyright"))]
    for candidate in candidates:
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def test_user_code_passes_pyright_strict(scripts: Path) -> None:
    pyright = _pyright()
    if pyright is None:
        pytest.skip("pyright is not installed under .cache/pyright (make pyright)")
    config = scripts / "pyrightconfig.json"
    config.write_text(
        '{"typeCheckingMode": "strict", "pythonVersion": "3.10",'
        f' "extraPaths": ["{SOURCE}"], "venvPath": "{REPO}", "venv": ".venv"}}',
        encoding="utf-8",
    )
    done = _run([str(pyright), "--project", str(config)], scripts)
    assert done.returncode == 0, done.stdout + done.stderr


def test_models_built_from_strings_hold_enum_members() -> None:
    """The model script runs as written (it needs no server): strings become members."""
    done = _run([sys.executable, str(USERCODE / "models_from_strings.py")], USERCODE)
    assert done.returncode == 0, done.stderr
    from leonardo_sdk.models import ControlnetInput, ControlnetInputInitImageType

    given = ControlnetInput(init_image_type="UPLOADED", strength_type=None)
    assert given.init_image_type is ControlnetInputInitImageType.UPLOADED
    assert given.strength_type is None and given.fields_set == {"init_image_type", "strength_type"}
    assert given.to_dict() == {"initImageType": "UPLOADED", "strengthType": None}
    novel = ControlnetInput(init_image_type="SOMETHING_NEW").init_image_type
    assert isinstance(novel, ControlnetInputInitImageType) and novel == "SOMETHING_NEW"
