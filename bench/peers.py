"""The peers' virtual environments, created by the bench itself under `.cache/bench/venvs/`.

Each peer gets its own venv, installed from a fully pinned requirements file in
`bench/requirements/`; the project's own `.venv` is never touched. A venv is rebuilt only when its
requirements file changes (a stamp in the venv holds the file's hash).
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from _common import BENCH_DIR, CACHE, MAIN_PYTHON, ROOT, log

# The wheel is built exactly as the packaging test builds it (tests/wheel.py).
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))
from tests.wheel import build_wheel  # noqa: E402


@dataclass(frozen=True)
class Peer:
    name: str
    requirements: Path

    @property
    def venv(self) -> Path:
        return CACHE / "venvs" / self.name

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"


OPENAPI_PYTHON_CLIENT = Peer(
    "openapi-python-client", BENCH_DIR / "requirements" / "openapi-python-client.txt"
)
SPEAKEASY = Peer("leonardo-ai-sdk", BENCH_DIR / "requirements" / "leonardo-ai-sdk.txt")
OPENAPI_GENERATOR = Peer(
    "openapi-generator-cli", BENCH_DIR / "requirements" / "openapi-generator-cli.txt"
)


def ensure(peer: Peer) -> Peer:
    """Create or refresh the peer's venv so it holds exactly its pinned requirements."""
    digest = hashlib.sha256(peer.requirements.read_bytes()).hexdigest()
    stamp = peer.venv / ".bench-installed"
    if stamp.is_file() and stamp.read_text().strip() == digest and peer.python.exists():
        return peer
    log(f"bench: creating {peer.venv.relative_to(CACHE.parent.parent)} ({peer.requirements.name})")
    shutil.rmtree(peer.venv, ignore_errors=True)
    base = _base_python()
    _quiet([base, "-m", "venv", str(peer.venv)])
    pip = [str(peer.python), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    _quiet([*pip, "install", "-r", str(peer.requirements)])
    stamp.write_text(digest + "\n")
    return peer


def _quiet(command: list[str]) -> None:
    """Run a setup command, showing its output only when it fails."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}… failed:\n{done.stdout}{done.stderr}")


def _base_python() -> str:
    """The interpreter the main venv was made from, so every venv runs the same CPython build."""
    cfg = MAIN_PYTHON.parent.parent / "pyvenv.cfg"
    if cfg.is_file():
        for line in cfg.read_text().splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "executable" and Path(value.strip()).exists():
                return value.strip()
    return str(MAIN_PYTHON)


SDKGEN_VENV = CACHE / "venvs" / "sdkgen"


@functools.cache
def sdkgen_python() -> Path:
    """sdkgen as its users run it: a wheel of the working tree installed in a venv of its own
    (dependencies pinned by constraints.txt), not the project's editable dev venv, whose
    import-path hooks and extra packages would be timed too. The dependencies are installed again
    only when pyproject.toml or constraints.txt change; the wheel on every bench run."""
    python = SDKGEN_VENV / "bin" / "python"
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    inputs = (ROOT / "pyproject.toml").read_bytes() + (ROOT / "constraints.txt").read_bytes()
    digest = hashlib.sha256(inputs).hexdigest()
    stamp = SDKGEN_VENV / ".bench-installed"
    fresh = not (stamp.is_file() and stamp.read_text().strip() == digest and python.exists())
    if fresh:
        log("bench: creating .cache/bench/venvs/sdkgen (a wheel of this tree)")
        shutil.rmtree(SDKGEN_VENV, ignore_errors=True)
        _quiet([_base_python(), "-m", "venv", str(SDKGEN_VENV)])
    with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
        wheel = build_wheel(Path(scratch), str(MAIN_PYTHON))
        constraints = ["-c", str(ROOT / "constraints.txt")]
        if fresh:
            _quiet([*pip, "install", *constraints, str(wheel)])
            stamp.write_text(digest + "\n")
        else:
            _quiet([*pip, "install", "--no-deps", "--force-reinstall", str(wheel)])
    return python
