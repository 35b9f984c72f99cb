"""User-owned files through killed regenerations: real `sdkgen generate` runs towards a changed
spec, SIGKILLed or SIGTERMed at random moments (tests/kill_support.py), never lose or alter a
file of `_custom/`, and the rest of the output is always the old or the new tree."""

from __future__ import annotations

import os
import random
import signal
import subprocess
from pathlib import Path

import yaml

from generator.output.write import read_tree

from .conftest import SPEC
from .kill_support import Campaign, wait_for_session_to_end

OWNED = "src/leonardo_sdk/_custom/notes.py"
KILLS = int(os.environ.get("SDKGEN_CUSTOM_KILLS", "6"))


def _generated_part(root: Path) -> dict[str, bytes]:
    return {p: data for p, data in read_tree(root).items() if "/_custom/" not in p}


def test_killed_regenerations_keep_owned_files(tmp_path: Path) -> None:
    old_spec = tmp_path / "old" / "leonardo.yaml"
    new_spec = tmp_path / "new" / "leonardo.yaml"
    for spec in (old_spec, new_spec):
        spec.parent.mkdir()
        (spec.parent / "sdkgen.toml").write_text((SPEC.parent / "sdkgen.toml").read_text())
    old_spec.write_text(SPEC.read_text())
    data = yaml.safe_load(SPEC.read_text())
    del data["components"]["schemas"]["Generation"]["properties"]["seed"]
    new_spec.write_text(yaml.safe_dump(data, sort_keys=False))

    campaign = Campaign((old_spec, new_spec), tmp_path / "out", tmp_path / "work", seed=16)
    try:
        references = []
        for number, spec in enumerate((old_spec, new_spec)):
            campaign.out = tmp_path / f"reference-{number}"
            campaign.complete(spec)
            references.append(_generated_part(campaign.out))
        assert references[0] != references[1]
        campaign.out = tmp_path / "out"
        campaign.complete(old_spec)
        owned = campaign.out / OWNED
        owned.parent.mkdir()
        mine = b"# hand-written\nANSWER = 42\n"
        owned.write_bytes(mine)
        duration, _ = campaign.complete(new_spec)
        rng = random.Random(16)
        current = 1
        for index in range(KILLS):
            target = 1 - current
            process = campaign.start((old_spec, new_spec)[target], forked=False)
            number = rng.choice([signal.SIGKILL, signal.SIGTERM])
            delay = rng.uniform(0, duration * 1.1)
            try:
                process.wait(timeout=delay)
            except subprocess.TimeoutExpired:  # still running: the kill lands mid-run
                process.send_signal(number)
            process.communicate()
            assert not wait_for_session_to_end(process.pid)
            outcome = f"#{index} {number.name} after {delay:.2f}s"
            assert owned.read_bytes() == mine, outcome
            assert _generated_part(campaign.out) in references, outcome
            campaign.complete((old_spec, new_spec)[target])
            assert owned.read_bytes() == mine, outcome
            assert _generated_part(campaign.out) == references[target], outcome
            current = target
    finally:
        campaign.close()
