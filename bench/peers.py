"""The peers' virtual environments, created by the bench itself under `.cache/bench/venvs/`.

Each peer gets its own venv, installed from a fully pinned requirements file in
`bench/requirements/`; the project's own `.venv` is never touched. A venv is rebuilt only when its
requirements file changes (a stamp in the venv holds the file's hash).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from _common import BENCH_DIR, CACHE, MAIN_PYTHON, log


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
