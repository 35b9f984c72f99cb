"""Format stage: ruff (import order, unused imports, then the formatter) over generated Python."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import OutputError


def ruff_binary() -> str:
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - ruff is a dependency of sdkgen
        return "ruff"
    return str(find_ruff_bin())


def format_tree(root: Path) -> None:
    """Format every .py file under `root` in place with the settings of its pyproject.toml."""
    ruff = ruff_binary()
    steps = [
        [
            ruff,
            "check",
            "--quiet",
            "--no-cache",
            "--fix",
            "--select",
            "I001,F401,RUF022,RUF023",
            "--exit-zero",
            ".",
        ],
        [ruff, "format", "--quiet", "--no-cache", "."],
    ]
    for command in steps:
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise OutputError(
                f"formatting the generated code failed ({' '.join(command[1:3])}): "
                f"{done.stderr.strip() or done.stdout.strip()}"
            )


if __name__ == "__main__":  # pragma: no cover
    format_tree(Path(sys.argv[1]))
