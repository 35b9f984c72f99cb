"""Shared fixtures: paths of this checkout and the `--update-goldens` switch."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "spec" / "leonardo-generation.yaml"
GENERATED = REPO / "generated" / "leonardo-sdk"
REFERENCE = REPO / "tests" / "reference"
UPSTREAM_SPEC = REFERENCE / "leonardo-openapi-upstream-2026-04.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/*/expected from the generator instead of comparing",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
