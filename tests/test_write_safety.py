"""Output safety: links inside an output are never followed, a regeneration is all or nothing, and
what an interrupted run leaves is recovered (and said) by the next one.

Policies tested (docs/design.md, *write*):
- a symbolic link anywhere in an existing output (file, directory, dangling, the marker itself)
  is refused with exit 2 and one clear message, by `generate` and `check`, before anything is
  written; nothing behind it is read for writing, written or removed, the output stays as it was;
- the output path itself (or a parent) being a link is resolved once: the directory it points to
  is replaced, the link stays;
- the new tree replaces the old one in one step (an exchange, or two renames undone if stopped
  between them); unchanged files keep inode and mtime, directories keep their modes, tool caches
  are carried over;
- leftovers of an interrupted run (staging, assembled or swapped-out trees, a renamed-aside old
  tree) are recovered by the next run, which says so on stderr; a live run's are left alone.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.cli import main
from generator.errors import EXIT_BAD_INPUT, OutputError
from generator.output import exchange, workdirs, write
from generator.output.fork import ForkedCall
from generator.output.format import Formatter, FormattingStopped
from generator.output.workdirs import Role
from generator.output.write import (
    GENERATED_MARKER,
    STAGING_PREFIX,
    new_staging,
    stage_tree,
    sync_tree,
)

from .kill_support import tree_digest, wait_for_session_to_end
from .test_cli import MINIMAL
from .test_write import spec as tiny_spec

spec = tiny_spec  # the fixture: test_write's tiny spec, in a file of its own
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux behaviour")


@pytest.fixture(autouse=True)
def private_ram(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own RAM staging area and temporary directory (leftovers are exactly ours)."""
    ram = tmp_path / "shm"
    ram.mkdir()
    monkeypatch.setattr(write, "_MEMORY_FS", ram)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr("tempfile.tempdir", None)  # re-read TMPDIR
    return ram


def work_dirs(tmp_path: Path) -> list[Path]:
    """Work directories anywhere under the test's directory (beside outputs, RAM, tmp)."""
    return sorted(p for p in tmp_path.rglob(f"{STAGING_PREFIX}*"))


@pytest.fixture
def revised_spec(tmp_path: Path) -> Path:
    """Another version of `spec`: different files (a renamed schema, a new operation)."""
    path = tmp_path / "revised.yaml"
    text = MINIMAL.replace("Thing", "Gadget").replace("getThing", "getGadget")
    path.write_text(
        text.replace("id: {type: string}", "id: {type: string}\n        n: {type: integer}")
    )
    return path


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A directory outside every output, with files a link may point at."""
    place = tmp_path / "outside"
    (place / "sub").mkdir(parents=True)
    (place / "victim.py").write_text("precious = True\n")
    (place / "sub" / "other.txt").write_text("keep me\n")
    return place


def generated(spec: Path, out: Path) -> Path:
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    return out


# -- links inside an output are refused ------------------------------------------------------------


def _plant_dir_link(out: Path, outside: Path) -> Path:
    victim = next(p for p in sorted(out.rglob("*")) if p.is_dir() and any(p.iterdir()))
    for child in sorted(victim.iterdir()):
        (outside / "sub" / child.name).write_text("behind the link\n")
    os.rename(victim, out.parent / "moved-away")
    victim.symlink_to(outside / "sub", target_is_directory=True)
    return victim


def _plant_file_link(out: Path, outside: Path) -> Path:
    victim = out / "README.md"
    victim.unlink()
    victim.symlink_to(outside / "victim.py")
    return victim


def _plant_stray_link(out: Path, outside: Path) -> Path:
    victim = out / "src" / "stray.py"  # not generated: a sync would remove it
    victim.symlink_to(outside / "victim.py")
    return victim


def _plant_dangling_link(out: Path, outside: Path) -> Path:
    victim = out / "docs" / "nowhere.md"
    victim.symlink_to(outside / "does-not-exist.md")
    return victim


def _plant_marker_link(out: Path, outside: Path) -> Path:
    victim = out / "pyproject.toml"
    (outside / "pyproject.toml").write_bytes(victim.read_bytes())
    victim.unlink()
    victim.symlink_to(outside / "pyproject.toml")
    return victim


@pytest.mark.parametrize(
    "plant",
    [
        _plant_dir_link,
        _plant_file_link,
        _plant_stray_link,
        _plant_dangling_link,
        _plant_marker_link,
    ],
    ids=["directory", "generated-file", "stray-file", "dangling", "marker"],
)
@pytest.mark.parametrize("command", ["generate", "check"])
def test_a_link_inside_the_output_is_refused_and_nothing_behind_it_changes(
    plant: object,
    command: str,
    spec: Path,
    revised_spec: Path,
    outside: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = generated(spec, tmp_path / "out")
    link = plant(out, outside)  # type: ignore[operator]
    before_out, before_outside = tree_digest(out), tree_digest(outside)
    capsys.readouterr()
    assert main([command, str(revised_spec), "-o", str(out)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("sdkgen: error: "), err
    assert f"{link} is a symbolic link" in err or "not generated by sdkgen" in err, err
    assert tree_digest(out) == before_out and tree_digest(outside) == before_outside
    assert work_dirs(tmp_path) == []


@given(
    picks=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=4),
    kinds=st.lists(st.sampled_from(["file", "dir", "dangling"]), min_size=4, max_size=4),
)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_links_anywhere_are_refused_by_the_write_stage(
    picks: list[int], kinds: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Any set of entries of an output replaced by links (to a file, a directory, nowhere): the
    sync refuses before writing; the output and what the links point to are unchanged."""
    base = tmp_path_factory.mktemp("layout")
    outside = base / "outside"
    outside.mkdir()
    (outside / "target.txt").write_text("outside\n")
    out = base / "out"
    old = {
        "pyproject.toml": f"# {GENERATED_MARKER}\n",
        "a.txt": "a\n",
        "pkg/b.py": "b = 1\n",
        "pkg/sub/c.py": "c = 2\n",
        "docs/d.md": "# d\n",
    }
    staging = new_staging(out)
    stage_tree(old, staging.root)
    staging.add(old)
    sync_tree(staging)
    entries = sorted(p for p in out.rglob("*") if p.name != "pyproject.toml")
    for pick, kind in zip(picks, kinds, strict=False):
        victim = entries[pick % len(entries)]
        if not os.path.lexists(victim) or not victim.parent.is_dir() or victim.parent.is_symlink():
            continue
        if victim.is_dir() and not victim.is_symlink():
            os.rename(victim, base / f"aside-{pick}")
        elif os.path.lexists(victim):
            victim.unlink()
        target = {"file": outside / "target.txt", "dir": outside, "dangling": outside / "none"}
        victim.symlink_to(target[kind])
    before_out, before_outside = tree_digest(out), tree_digest(outside)
    new = {key: value.upper() for key, value in old.items()}
    new["pyproject.toml"] = old["pyproject.toml"]
    staging = new_staging(out)
    stage_tree(new, staging.root)
    staging.add(new)
    try:
        with pytest.raises(OutputError, match="is a symbolic link"):
            sync_tree(staging)
    finally:
        staging.remove()
    assert tree_digest(out) == before_out and tree_digest(outside) == before_outside


def test_links_in_tool_caches_are_carried_over_as_links(
    spec: Path, revised_spec: Path, outside: Path, tmp_path: Path
) -> None:
    out = generated(spec, tmp_path / "out")
    cache = out / "src" / "tiny_sdk" / "__pycache__"
    cache.mkdir()
    (cache / "real.pyc").write_bytes(b"\0pyc")
    (cache / "link.pyc").symlink_to(outside / "victim.py")
    before_outside = tree_digest(outside)
    generated(revised_spec, out)
    assert (cache / "link.pyc").is_symlink() and (cache / "real.pyc").read_bytes() == b"\0pyc"
    assert os.readlink(cache / "link.pyc") == str(outside / "victim.py")
    assert tree_digest(outside) == before_outside


def test_a_hard_link_to_an_outside_file_is_never_written_through(
    spec: Path, revised_spec: Path, outside: Path, tmp_path: Path
) -> None:
    out = generated(spec, tmp_path / "out")
    (out / "README.md").unlink()
    os.link(outside / "victim.py", out / "README.md")  # the next run rewrites the README
    generated(revised_spec, out)
    assert (outside / "victim.py").read_text() == "precious = True\n"
    assert (out / "README.md").stat().st_ino != (outside / "victim.py").stat().st_ino


def test_the_output_given_as_a_link_is_resolved_and_stays_a_link(
    spec: Path, revised_spec: Path, tmp_path: Path
) -> None:
    real = generated(spec, tmp_path / "real")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    generated(revised_spec, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert generated(revised_spec, tmp_path / "reference")
    assert tree_digest(real) == tree_digest(tmp_path / "reference")
    assert main(["check", str(revised_spec), "-o", str(link)]) == 0
    assert work_dirs(tmp_path) == []


# -- the swap --------------------------------------------------------------------------------------


def stamps(root: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }


@pytest.mark.parametrize("atomic_exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_changing_run_gives_the_new_tree_and_keeps_what_did_not_change(
    atomic_exchange: bool,
    spec: Path,
    revised_spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not atomic_exchange:
        monkeypatch.setattr(write, "exchange", lambda first, second: False)
    out = generated(spec, tmp_path / "out")
    (out / "src").chmod(0o750)
    out.chmod(0o705)
    cache = out / ".mypy_cache" / "3.11"
    cache.mkdir(parents=True)
    (cache / "x.json").write_text("{}")
    before = stamps(out)
    generated(revised_spec, out)
    reference = generated(revised_spec, tmp_path / "reference")
    (reference / "src").chmod(0o750)
    reference.chmod(0o705)
    after = stamps(out)
    assert after.pop(".mypy_cache/3.11/x.json") == before[".mypy_cache/3.11/x.json"]
    shutil.rmtree(out / ".mypy_cache")
    assert tree_digest(out) == tree_digest(reference)  # modes included
    unchanged = [p for p in after if p in before and after[p][0] == before[p][0]]
    assert any(after[p][0] != before[p][0] for p in after if p in before), "nothing rewritten?"
    assert unchanged, "some files do not depend on the spec: they keep inode and mtime"
    for path in unchanged:
        assert after[path] == before[path]
    assert work_dirs(tmp_path) == []


def test_a_no_change_run_writes_nothing(spec: Path, tmp_path: Path) -> None:
    out = generated(spec, tmp_path / "out")
    inode, before = out.stat().st_ino, stamps(out)
    result = pipeline.generate(spec, out)
    assert result.diff.empty and stamps(out) == before and out.stat().st_ino == inode


@linux_only
def test_exchange_swaps_two_directories(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y").write_text("b")
    if not exchange.exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("this filesystem cannot exchange")
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["y"]
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["x"]
    with pytest.raises(FileNotFoundError):
        exchange.exchange(tmp_path / "a", tmp_path / "missing")


def test_a_swap_by_renames_stopped_half_way_puts_the_old_tree_back(
    spec: Path, revised_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = generated(spec, tmp_path / "out")
    before = tree_digest(out)

    def interrupted(assembled: Path, out_dir: Path, aside: Path) -> None:
        os.rename(out_dir, aside)
        raise KeyboardInterrupt  # Ctrl-C between the two renames

    monkeypatch.setattr(write, "exchange", lambda first, second: False)
    monkeypatch.setattr(write, "_swap_by_renames", interrupted)
    assert main(["generate", str(revised_spec), "-o", str(out)]) == 130
    assert tree_digest(out) == before and work_dirs(tmp_path) == []


# -- recovery --------------------------------------------------------------------------------------


def leftover(parent: Path, role: Role, name: str, files: dict[str, str]) -> Path:
    """A work directory as a killed run leaves it (unlocked)."""
    path = parent / workdirs.work_name(role, name)
    for relative, text in files.items():
        (path / relative).parent.mkdir(parents=True, exist_ok=True)
        (path / relative).write_text(text)
    return path


def test_the_next_run_removes_leftovers_and_says_so_once(
    spec: Path,
    revised_spec: Path,
    tmp_path: Path,
    private_ram: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = generated(spec, tmp_path / "out")
    leftover(private_ram, Role.STAGE, "out", {"a.py": "staged"})
    leftover(tmp_path, Role.NEXT, "out", {"src/b.py": "half assembled"})
    leftover(tmp_path, Role.PREV, "out", {"pyproject.toml": "an old tree"})  # output exists
    leftover(tmp_path, Role.STAGE, "other-output", {"c.py": "another run's, dead too"})
    decoy = tmp_path / ".sdkgen-notours"
    decoy.mkdir()
    capsys.readouterr()
    assert main(["generate", str(revised_spec), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("recovered from an interrupted run") == 1, err
    assert "removed 4 leftover work directories" in err, err
    assert work_dirs(tmp_path) == [decoy]
    capsys.readouterr()
    assert main(["generate", str(revised_spec), "-o", str(out)]) == 0
    assert "recovered" not in capsys.readouterr().err


def test_a_killed_swap_by_renames_is_undone_by_the_next_run(
    spec: Path, revised_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = generated(spec, tmp_path / "out")
    before = tree_digest(out)
    # As a SIGKILL between the two renames leaves it: the old tree aside, the new one assembled.
    new = generated(revised_spec, tmp_path / "new")
    aside = tmp_path / workdirs.work_name(Role.PREV, "out")
    os.rename(out, aside)
    os.rename(new, tmp_path / workdirs.work_name(Role.NEXT, "out"))
    capsys.readouterr()
    assert main(["check", str(spec), "-o", str(out)]) == 1  # check changes nothing
    assert not out.exists()
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"recovered from an interrupted run: restored {out} from {aside.name}" in err, err
    assert tree_digest(out) == before and work_dirs(tmp_path) == []


def test_a_live_runs_work_directories_are_left_alone(tmp_path: Path, private_ram: Path) -> None:
    live = workdirs.create(private_ram, Role.STAGE, "out")
    live_prev = workdirs.create(tmp_path, Role.PREV, "out")  # output missing, but not dead
    try:
        assert write.recover(tmp_path / "out") is None
        assert live.made.is_dir() and live_prev.made.is_dir() and not (tmp_path / "out").exists()
    finally:
        live.remove()
        live_prev.remove()
    assert work_dirs(tmp_path) == []


def test_a_link_named_like_a_work_directory_is_not_followed(tmp_path: Path, outside: Path) -> None:
    (tmp_path / workdirs.work_name(Role.STAGE, "out")).symlink_to(outside)
    assert write.recover(tmp_path / "out") is None
    assert (outside / "victim.py").is_file()


# -- signals and children --------------------------------------------------------------------------


def _interrupt_after(seconds: float) -> None:
    def handler(number: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)


@linux_only
def test_an_interrupted_wait_for_a_forked_call_kills_the_child() -> None:
    call = ForkedCall(time.sleep, 60)
    pid = call._process.pid
    assert pid is not None
    _interrupt_after(0.2)
    try:
        with pytest.raises(KeyboardInterrupt):
            call.result()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()


def test_a_stopped_formatter_kills_ruff_and_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = tmp_path / "slow-ruff"
    marker = tmp_path / "started"
    # Written beside and renamed: the marker exists only once it holds the pid (a plain `>`
    # creates it empty first, and the test could read it before `echo` wrote).
    slow.write_text(
        f"#!/bin/sh\necho $$ > {marker}.part && mv {marker}.part {marker}\nexec sleep 60\n"
    )
    slow.chmod(0o755)
    monkeypatch.setattr("generator.output.format.ruff_binary", lambda: str(slow))
    (tmp_path / "a.py").write_text("x = 1\n")
    formatter = Formatter()
    errors: list[BaseException] = []

    def format_in_thread() -> None:
        try:
            formatter.format(tmp_path, ["a.py"])
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=format_in_thread)
    thread.start()
    while not marker.exists():
        time.sleep(0.01)
    formatter.stop()
    thread.join(timeout=30)
    assert not thread.is_alive() and len(errors) == 1 and isinstance(errors[0], FormattingStopped)
    pid = int(marker.read_text())
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()


CHILD_HOLDER = """
import sys, time
from generator.output.fork import ForkedCall, end_children_with_this_process
from generator.output.format import Formatter
import threading
end_children_with_this_process()
call = ForkedCall(time.sleep, 120)
root = sys.argv[1]
threading.Thread(target=Formatter().format, args=(root, ["a.py"]), daemon=True).start()
print("ready", flush=True)
time.sleep(120)
"""


@linux_only
def test_children_die_with_a_sigkilled_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forked call and a ruff run (here a slow stand-in) of a process killed by SIGKILL."""
    slow = tmp_path / "slow-ruff"
    slow.write_text("#!/bin/sh\nexec sleep 120\n")
    slow.chmod(0o755)
    (tmp_path / "a.py").write_text("x = 1\n")
    launcher = (
        f"import generator.output.format as f; f.ruff_binary = lambda: {str(slow)!r}\n"
        + CHILD_HOLDER
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", launcher, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert parent.stdout is not None and parent.stdout.readline() == "ready\n"
    deadline = time.monotonic() + 30
    from .kill_support import session_processes

    while len(session_processes(parent.pid)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)  # parent, forked call, slow ruff
    assert len(session_processes(parent.pid)) >= 3, session_processes(parent.pid)
    parent.kill()
    parent.wait()
    assert wait_for_session_to_end(parent.pid) == []
