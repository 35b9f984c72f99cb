"""The write stage and the forked docs render: what reaches the output, and what never does.

A cold output gets the staged tree by one rename; an existing one only the changed files (moved in,
unchanged files keep inode and mtime); a foreign directory is never touched; a failure anywhere,
including in the forked docs process, leaves the output as it was, no staging directory and no
child process behind.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import main
from generator.emit import code as render
from generator.emit import docs
from generator.errors import EXIT_BAD_INPUT, Location, OutputError, SdkgenError, SpecError
from generator.output import write
from generator.output.fork import ForkedCall, ForwardedError
from generator.output.format import format_files, ruff_targets
from generator.output.write import (
    GENERATED_MARKER,
    STAGING_PREFIX,
    Staging,
    compare_staged,
    new_staging,
    read_tree,
    stage_tree,
    sync_tree,
)

from .test_cli import MINIMAL

CAN_FORK = "fork" in multiprocessing.get_all_start_methods()
needs_fork = pytest.mark.skipif(not CAN_FORK, reason="no fork start method on this platform")


@pytest.fixture(autouse=True)
def private_ram(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The RAM staging area of these tests is their own (others may use /dev/shm meanwhile)."""
    ram = tmp_path / "shm"
    ram.mkdir()
    monkeypatch.setattr(write, "_MEMORY_FS", ram)
    return ram


def staging_dirs(*parents: Path) -> list[Path]:
    """Staging directories left in any of `parents` (and the RAM staging area)."""
    places = [*parents, write._MEMORY_FS]
    return [p for place in places if place.is_dir() for p in place.glob(f"{STAGING_PREFIX}*")]


def child_pids() -> set[int]:
    """Children of this process, zombies included (Linux); empty where /proc cannot tell. Other
    tests of the same worker may have long-lived children (a mock server): compare sets."""
    listing = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if not listing.is_file():
        return set()
    return {int(pid) for pid in listing.read_text().split()}


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(MINIMAL)
    return path


@pytest.fixture
def forked_docs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Render the docs in a child process even for the tiny spec."""
    if not CAN_FORK:
        pytest.skip("no fork start method on this platform")
    monkeypatch.setattr(pipeline, "FORK_DOCS_MIN_OPERATIONS", 0)
    before = child_pids()
    yield
    assert child_pids() <= before, "a child process was left behind"


def staged(out: Path, files: dict[str, str], rewritten: tuple[str, ...] = ()) -> Staging:
    staging = new_staging(out)
    stage_tree(files, staging.root)
    staging.add(files)
    staging.remember(files, rewritten)
    return staging


def marked(files: dict[str, str]) -> dict[str, str]:
    return {"pyproject.toml": f"# {GENERATED_MARKER}\n", **files}


def stamps(root: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }


# -- sync_tree ---------------------------------------------------------------------------------


def test_cold_output_is_the_staged_tree_renamed_into_place(tmp_path: Path) -> None:
    out = tmp_path / "out"
    staging = staged(out, marked({"a/b.txt": "b\n", "c.txt": "c\n"}))
    if not staging.on_output_filesystem():  # staged in RAM: copied beside the output first
        staging.move_beside_output()
    inode = staging.root.stat().st_ino
    diff = sync_tree(staging)
    assert diff.added == ("a/b.txt", "c.txt", "pyproject.toml") and not diff.changed
    assert out.stat().st_ino == inode, "the output should be the staging directory, renamed"
    assert read_tree(out) == {
        "a/b.txt": b"b\n",
        "c.txt": b"c\n",
        "pyproject.toml": f"# {GENERATED_MARKER}\n".encode(),
    }
    assert staging_dirs(tmp_path) == []


def test_cold_output_from_ram_staging_is_copied_beside_then_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ram = write._MEMORY_FS  # e.g. the output was deleted after staging chose RAM for it
    monkeypatch.setattr(write, "staging_parent", lambda out: ram)
    monkeypatch.setattr(Staging, "on_output_filesystem", lambda self: False)
    out = tmp_path / "parent" / "out"
    staging = staged(out, marked({"x/y.py": "y = 1\n"}))
    assert staging.root.parent == ram
    sync_tree(staging)
    staging.remove()
    assert read_tree(out)["x/y.py"] == b"y = 1\n"
    assert list(ram.iterdir()) == [] and staging_dirs(out.parent) == []


def test_empty_existing_output_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o750)
    staging = staged(out, marked({"f.txt": "f\n"}))
    sync_tree(staging)
    staging.remove()
    assert out.stat().st_mode & 0o777 == 0o750
    assert (out / "f.txt").read_text() == "f\n"


def test_new_output_directory_gets_normal_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    reference = tmp_path / "reference"
    reference.mkdir()
    staging = staged(out, marked({"f.txt": "f\n"}))
    sync_tree(staging)
    assert out.stat().st_mode & 0o777 == reference.stat().st_mode & 0o777


@pytest.mark.parametrize("same_filesystem", [True, False], ids=["renamed", "copied"])
def test_existing_output_gets_only_changed_added_and_removed_files(
    same_filesystem: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Staging, "on_output_filesystem", lambda self: same_filesystem)
    out = tmp_path / "out"
    first = marked(
        {
            "same.txt": "same\n",
            "edit.txt": "old\n",
            "resize.txt": "short\n",
            "gone/only.txt": "bye\n",
            "keep/gone.txt": "bye\n",
            "keep/stay.txt": "stay\n",
        }
    )
    sync_tree(staged(out, first))
    (out / "keep" / "__pycache__").mkdir()
    (out / "keep" / "__pycache__" / "stay.pyc").write_bytes(b"\0")
    before = stamps(out)
    second = {
        **{k: v for k, v in first.items() if not k.endswith("gone.txt") and "gone/" not in k},
        "edit.txt": "new\n",  # same size, other bytes
        "resize.txt": "much longer\n",
        "fresh/new.txt": "new\n",
    }
    staging = staged(out, second, rewritten=("edit.txt",))  # compared from disk, as if formatted
    diff = sync_tree(staging)
    staging.remove()
    assert diff.changed == ("edit.txt", "resize.txt")
    assert diff.added == ("fresh/new.txt",)
    assert diff.removed == ("gone/only.txt", "keep/gone.txt")
    after = stamps(out)
    for unchanged in ("same.txt", "keep/stay.txt", "pyproject.toml", "keep/__pycache__/stay.pyc"):
        assert after[unchanged] == before[unchanged], unchanged
    assert after["edit.txt"] != before["edit.txt"]
    assert (out / "edit.txt").read_text() == "new\n"
    assert not (out / "gone").exists() and (out / "keep").is_dir()
    assert {k: v.decode() for k, v in read_tree(out).items() if "__pycache__" not in k} == second
    assert staging_dirs(tmp_path) == []


def test_compare_reports_drift_without_touching_the_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync_tree(staged(out, marked({"a.txt": "a\n", "b.txt": "b\n"})))
    before = stamps(out)
    staging = staged(out, marked({"a.txt": "A\n", "c.txt": "c\n"}))
    diff = compare_staged(staging)
    staging.remove()
    assert (diff.added, diff.changed, diff.removed) == (("c.txt",), ("a.txt",), ("b.txt",))
    assert stamps(out) == before


def test_foreign_directory_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    staging = staged(out, marked({"notes.txt": "generated"}))
    with pytest.raises(OutputError, match="refusing to overwrite"):
        sync_tree(staging)
    staging.remove()
    assert read_tree(out) == {"notes.txt": b"mine"}


def test_a_file_in_place_of_the_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("a file")
    staging = staged(out, marked({"a.txt": "a"}))
    with pytest.raises(OutputError, match="not a directory"):
        sync_tree(staging)
    staging.remove()
    assert out.read_text() == "a file"


# -- generate through the CLI: paths --------------------------------------------------------------


def test_output_whose_parents_do_not_exist_yet(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "er" / "out"
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    assert (out / "src" / "tiny_sdk" / "_client.py").is_file()
    assert staging_dirs(out.parent) == []


def test_output_given_as_a_relative_path(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["generate", str(spec), "-o", "rel/out"]) == 0
    assert (tmp_path / "rel" / "out" / "pyproject.toml").is_file()
    before = stamps(tmp_path / "rel" / "out")
    assert main(["generate", str(spec), "-o", "rel/out"]) == 0
    assert stamps(tmp_path / "rel" / "out") == before
    assert main(["check", str(spec), "-o", "rel/out"]) == 0
    assert staging_dirs(tmp_path, tmp_path / "rel") == []


def test_output_under_a_symlinked_parent(spec: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert main(["generate", str(spec), "-o", str(link / "out")]) == 0
    assert link.is_symlink() and (real / "out" / "pyproject.toml").is_file()
    before = stamps(real / "out")
    assert main(["generate", str(spec), "-o", str(link / "out")]) == 0
    assert stamps(real / "out") == before
    assert staging_dirs(real, tmp_path) == []


def test_output_that_is_a_symlink_to_an_empty_directory(spec: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "out").symlink_to(real, target_is_directory=True)
    assert main(["generate", str(spec), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out").is_symlink() and (real / "pyproject.toml").is_file()


# -- the forked docs process ----------------------------------------------------------------------


@needs_fork
def test_forked_docs_give_the_same_output_as_inline(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.generate(spec, tmp_path / "inline")
    monkeypatch.setattr(pipeline, "FORK_DOCS_MIN_OPERATIONS", 0)
    children = child_pids()
    parent = os.getpid()
    rendered_in: list[int] = []
    original = docs.render_docs

    def spying(*args: object, **kwargs: object) -> dict[str, str]:
        rendered_in.append(os.getpid())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docs, "render_docs", spying)
    result = pipeline.generate(spec, tmp_path / "forked")
    assert read_tree(tmp_path / "forked") == read_tree(tmp_path / "inline")
    assert rendered_in == []  # only the child called it: the parent's list stayed empty
    assert os.getpid() == parent and result.diff.added
    assert child_pids() <= children


def test_no_change_rerun_with_forked_docs_rewrites_nothing(
    spec: Path, tmp_path: Path, forked_docs: None
) -> None:
    out = tmp_path / "out"
    pipeline.generate(spec, out)
    before = stamps(out)
    result = pipeline.generate(spec, out)
    assert result.diff.empty and stamps(out) == before
    assert pipeline.check(spec, out) == ""


def _failing_docs(error: BaseException) -> object:
    def render_docs(*args: object, **kwargs: object) -> dict[str, str]:
        raise error

    return render_docs


@pytest.mark.parametrize(
    ("error", "fragment"),
    [
        (SpecError("bad example", Location("spec.yaml", "/paths", 3)), "spec.yaml:3 at /paths"),
        (OutputError("disk full"), "disk full"),
        (RecursionError("deep"), "nests too deeply"),
    ],
)
def test_failure_in_the_docs_child_is_one_clear_error_and_changes_nothing(
    error: BaseException,
    fragment: str,
    spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    forked_docs: None,
) -> None:
    out = tmp_path / "out"
    monkeypatch.setattr(pipeline, "FORK_DOCS_MIN_OPERATIONS", 10**9)
    assert main(["generate", str(spec), "-o", str(out)]) == 0  # inline, unaffected
    monkeypatch.setattr(pipeline, "FORK_DOCS_MIN_OPERATIONS", 0)
    spec.write_text(MINIMAL.replace("Tiny", "Tiny2"))
    before = stamps(out)
    monkeypatch.setattr(docs, "render_docs", _failing_docs(error))
    capsys.readouterr()
    assert main(["generate", str(spec), "-o", str(out)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.startswith("sdkgen: error: ") and err.count("\n") == 1 and fragment in err, err
    assert stamps(out) == before
    assert staging_dirs(tmp_path) == []


def test_a_bug_in_the_docs_child_surfaces_with_its_traceback(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_docs: None
) -> None:
    monkeypatch.setattr(docs, "render_docs", _failing_docs(KeyError("oops")))
    with pytest.raises(RuntimeError, match="KeyError: 'oops'") as raised:
        pipeline.generate(spec, tmp_path / "out")
    assert "Traceback" in str(raised.value)
    assert not (tmp_path / "out").exists() and staging_dirs(tmp_path) == []


def test_a_docs_child_that_dies_is_replaced_by_rendering_inline(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_docs: None
) -> None:
    pipeline.generate(spec, tmp_path / "reference")
    parent = os.getpid()
    original = docs.render_docs

    def dies_in_child(*args: object, **kwargs: object) -> dict[str, str]:
        if os.getpid() != parent:
            os._exit(9)  # like the out-of-memory killer: no answer at all
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docs, "render_docs", dies_in_child)
    pipeline.generate(spec, tmp_path / "out")
    assert read_tree(tmp_path / "out") == read_tree(tmp_path / "reference")


def test_a_failure_while_the_docs_child_runs_kills_it_and_cleans_up(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked_docs: None
) -> None:
    def slow_docs(*args: object, **kwargs: object) -> dict[str, str]:
        import time

        time.sleep(60)
        return {}

    def failing_render(*args: object, **kwargs: object) -> dict[str, str]:
        raise OutputError("code render failed")

    monkeypatch.setattr(docs, "render_docs", slow_docs)
    monkeypatch.setattr(render, "render_package", failing_render)
    with pytest.raises(OutputError, match="code render failed"):
        pipeline.generate(spec, tmp_path / "out")
    assert not (tmp_path / "out").exists() and staging_dirs(tmp_path) == []


# -- ForkedCall ----------------------------------------------------------------------------------


def _double(x: int) -> int:
    return 2 * x


def _raise(error: BaseException) -> None:
    raise error


@needs_fork
def test_forked_call_returns_the_value_and_reaps_the_child() -> None:
    children = child_pids()
    call = ForkedCall(_double, 21)
    assert call.result() == 42
    assert child_pids() <= children


@needs_fork
def test_forked_call_keeps_sdkgen_errors_message_and_exit_code() -> None:
    class Odd(SdkgenError):
        exit_code = 7

        def __init__(self, what: str, where: int) -> None:
            super().__init__(f"{what} at {where}")

    with pytest.raises(ForwardedError) as raised:
        ForkedCall(_raise, Odd("thing", 3)).result()
    assert str(raised.value) == "thing at 3" and raised.value.exit_code == 7
    with pytest.raises(OutputError, match="plain"):  # picklable: its own type comes back
        ForkedCall(_raise, OutputError("plain")).result()


@needs_fork
def test_forked_call_cancel_kills_and_reaps() -> None:
    import time

    children = child_pids()
    call = ForkedCall(time.sleep, 60)
    assert child_pids() > children
    call.cancel()
    assert child_pids() <= children


# -- format ----------------------------------------------------------------------------------------


def test_ruff_targets_are_what_a_directory_walk_would_pick() -> None:
    paths = ["src/p/a.py", "docs/x.md", "pyproject.toml", "dist/b.py", "docs/venv/README.md"]
    assert ruff_targets(paths, frozenset({".py", ".md"})) == ["docs/x.md", "src/p/a.py"]


def test_format_files_formats_listed_python_and_markdown_only(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n")
    ugly = "import sys\nimport os\nx = os.sep\n"
    (tmp_path / "a.py").write_text(ugly)
    (tmp_path / "unlisted.py").write_text(ugly)
    (tmp_path / "r.md").write_text("# T\n\n```python\nx   =  1\n```\n")
    formatted = format_files(tmp_path, ["a.py", "r.md", "pyproject.toml"])
    assert formatted == ["a.py", "r.md"]
    assert (tmp_path / "a.py").read_text() == "import os\n\nx = os.sep\n"
    assert (tmp_path / "unlisted.py").read_text() == ugly
    assert "x = 1" in (tmp_path / "r.md").read_text()


def test_cold_output_is_staged_beside_it_an_existing_one_in_ram(
    tmp_path: Path, private_ram: Path
) -> None:
    out = tmp_path / "out"
    assert write.staging_parent(out) == tmp_path
    out.mkdir()
    assert write.staging_parent(out) == tmp_path  # empty: still cold
    (out / "pyproject.toml").write_text(GENERATED_MARKER)
    assert write.staging_parent(out) == private_ram


@pytest.mark.parametrize(
    "path, picked",
    [
        ("a.py", True),
        ("src/p/a.py", True),
        ("docs/x.md", True),
        ("a.b.py", True),
        ("a..py", True),
        (".md", False),  # a hidden file named ".md" has no suffix
        ("dir/.py", False),
        ("noext", False),
        ("x.", False),
        ("src/a.PY", False),
        ("venv/a.py", False),
        ("x/venv/b.md", False),
        ("venv.py", True),  # only directories are excluded
    ],
)
def test_ruff_target_edge_cases(path: str, picked: bool) -> None:
    assert ruff_targets([path], frozenset({".py", ".md"})) == ([path] if picked else [])
