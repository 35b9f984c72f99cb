"""Shared fixtures: paths of this checkout and the `--update-goldens` switch."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "spec" / "leonardo-generation.yaml"
GENERATED = REPO / "generated" / "leonardo-sdk"
REFERENCE = REPO / "tests" / "reference"
UPSTREAM_SPEC = REFERENCE / "leonardo-openapi-upstream-2026-04.json"

# The goldens hold generated SDKs with their own tests (run by tests/test_generated_tests.py in
# a process of their own, with the SDK importable), not tests of this project.
collect_ignore_glob = ["golden/*/expected/*"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/*/expected from the generator instead of comparing",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
