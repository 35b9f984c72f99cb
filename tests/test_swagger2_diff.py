"""`sdkgen diff` across a migration from Swagger 2.0 to OpenAPI 3.0: the same small API written in
both forms (tests/specs/swagger2/diff/) reports nothing; with one real change, only that change;
a change found in the 2.0 spec points into the 2.0 file (`/definitions/…`, not the converted
`/components/schemas/…`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.changes import diff
from generator.cli import main

DIFF = Path(__file__).parent / "specs" / "swagger2" / "diff"
OLD = DIFF / "pets-2.0.yaml"


def test_the_same_api_in_2_0_and_3_0_reports_no_change() -> None:
    report, warnings = diff.diff_specs(OLD, DIFF / "pets-3.0.yaml")
    assert report.changes == ()
    assert report.operation_counts == (5, 5)
    assert warnings == ()
    report, _ = diff.diff_specs(DIFF / "pets-3.0.yaml", OLD)
    assert report.changes == ()


def test_one_real_change_is_the_only_change_reported() -> None:
    report, _ = diff.diff_specs(OLD, DIFF / "pets-3.0-changed.yaml")
    [change] = report.changes
    assert (change.kind, change.subject, change.breaking) == (
        "parameter-added",
        "pets.list_pets(species=)",
        False,
    )


def test_changes_in_the_2_0_spec_point_into_the_2_0_file(tmp_path: Path) -> None:
    # the 3.0 form without Pet's `born`: going to the 2.0 spec adds it, found in /definitions
    text = (DIFF / "pets-3.0.yaml").read_text(encoding="utf-8")
    older = tmp_path / "older.yaml"
    older.write_text(text.replace("            born: {type: string, format: date-time}\n", ""))
    report, _ = diff.diff_specs(older, OLD)
    assert report.changes
    sources = {c.source for c in report.changes}
    assert all(s.startswith("/definitions/Pet") for s in sources), sources


def test_the_cli_diffs_2_0_against_3_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(DIFF / "pets-3.0.yaml")]) == 0
    assert "No SDK-visible changes." in capsys.readouterr().out
