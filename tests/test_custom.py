"""Customization that survives regeneration (docs/customization.md), end to end: the acceptance
test of issue 16 — generate, add a hand-written method, a client hook and a README section
through the documented mechanisms, change the spec (an operation added, a field removed),
regenerate — every custom line is still there and in effect, the drift check is clean, the
removed field is gone. The hand-written code runs in a fresh interpreter against an
`httpx.MockTransport`, so "in effect" means called, not merely present."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from generator import pipeline
from generator.output.write import read_tree

from .conftest import SPEC

README_OVERRIDE = """\
{% include "builtin/package/README.md.jinja" %}

## Support

Write to support@example.com; this section is hand-written (templates/package/README.md.jinja).
"""

# A method mixed into the Generation resource and a hook registered at client construction.
CUSTOM_GENERATION = '''\
"""Hand-written: kept across regenerations."""

from __future__ import annotations

from typing import Any


class GenerationResourceCustom:
    def generation_status(self: Any, generation_id: str) -> str:
        """The status of one generation, or "missing"."""
        found = self.get_generation_by_id(generation_id).generations_by_pk
        return str(found.status.value) if found and found.status else "missing"
'''

CUSTOM_CLIENT = '''\
"""Hand-written: every request of the client carries a tracing header."""

from __future__ import annotations

from typing import Any

import httpx


def _trace(request: httpx.Request) -> None:
    request.headers["X-Trace"] = "custom-hook"


class LeonardoCustom:
    def __init__(self, **kwargs: Any) -> None:
        kwargs["before_request"] = [*kwargs.get("before_request", ()), _trace]
        super().__init__(**kwargs)
'''

# Run in a fresh interpreter with the generated `src` first on the path.
PROBE = """\
import json
import httpx
from leonardo_sdk import Leonardo

seen = []

def answer(request):
    seen.append(request)
    body = {"generations_by_pk": {"id": "g1", "status": "COMPLETE"}}
    return httpx.Response(200, json=body)

client = Leonardo(bearer_auth="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
print(json.dumps({
    "status": client.generation.generation_status("g1"),
    "path": seen[-1].url.path,
    "trace": seen[-1].headers.get("X-Trace"),
    "mro": [c.__name__ for c in type(client.generation).__mro__],
}))
"""


def _probe(out: Path) -> dict[str, object]:
    import json

    env = {**os.environ, "PYTHONPATH": str(out / "src")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _project(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the Leonardo spec and config, the config naming a templates folder."""
    project = tmp_path / "project"
    (project / "templates" / "package").mkdir(parents=True)
    spec = project / "leonardo.yaml"
    spec.write_text(SPEC.read_text())
    config = (SPEC.parent / "sdkgen.toml").read_text()
    (project / "sdkgen.toml").write_text(
        config.replace("[tool.sdkgen]\n", '[tool.sdkgen]\ntemplates = "templates"\n', 1)
    )
    (project / "templates" / "package" / "README.md.jinja").write_text(README_OVERRIDE)
    return project, spec


def _change_spec(spec: Path) -> None:
    """Add an operation, remove the `seed` field of Generation."""
    data = yaml.safe_load(spec.read_text())
    data["paths"]["/generations/{id}/variations"] = {
        "get": {
            "operationId": "listVariations",
            "tags": ["Generation"],
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok"}},
        }
    }
    del data["components"]["schemas"]["Generation"]["properties"]["seed"]
    spec.write_text(yaml.safe_dump(data, sort_keys=False))


def test_custom_code_and_readme_survive_a_spec_change(tmp_path: Path) -> None:
    project, spec = _project(tmp_path)
    out = tmp_path / "sdk"
    pipeline.generate(spec, out)
    readme = (out / "README.md").read_text()
    assert "## Support" in readme and "## Installation" in readme  # built-in and added

    custom = out / "src" / "leonardo_sdk" / "_custom"
    custom.mkdir()
    (custom / "__init__.py").write_text("")
    (custom / "generation.py").write_text(CUSTOM_GENERATION)
    (custom / "client.py").write_text(CUSTOM_CLIENT)
    mine = {p: data for p, data in read_tree(out).items() if "/_custom/" in p}
    assert len(mine) == 3
    # The user's files are not drift, before or after the generator mixes them in.
    assert pipeline.check(spec, out) != ""  # the mixins are not in the generated code yet
    first = pipeline.generate(spec, out)
    assert set(first.diff.changed) == {
        "src/leonardo_sdk/_client.py",
        "src/leonardo_sdk/resources/generation.py",
    }
    assert not first.diff.removed
    assert pipeline.check(spec, out) == ""
    before = _probe(out)
    assert before["status"] == "COMPLETE" and before["trace"] == "custom-hook"
    assert before["mro"][:2] == ["GenerationResource", "GenerationResourceCustom"]

    _change_spec(spec)
    second = pipeline.generate(spec, out)
    assert not second.warnings
    tree = read_tree(out)
    assert {p: data for p, data in tree.items() if "/_custom/" in p} == mine  # every line
    assert pipeline.check(spec, out) == ""
    after = _probe(out)
    assert after == before  # still in effect
    resource = tree["src/leonardo_sdk/resources/generation.py"].decode()
    assert "def list_variations(" in resource  # the operation added
    model = tree["src/leonardo_sdk/models/generation.py"].decode()
    assert "seed" not in model and "status: JobStatus" in model  # the field removed, not more
    assert "## Support" in tree["README.md"].decode()


def test_a_mixin_of_a_removed_resource_is_reported_and_kept(tmp_path: Path) -> None:
    project, spec = _project(tmp_path)
    out = tmp_path / "sdk"
    pipeline.generate(spec, out)
    custom = out / "src" / "leonardo_sdk" / "_custom"
    custom.mkdir()
    orphan = custom / "billing.py"
    orphan.write_text("class Ok:\n    pass\n\n\nclass BillingResourceCustom:\n    pass\n")
    done = pipeline.generate(spec, out)
    assert [w for w in done.warnings if "BillingResourceCustom" in w] == [
        f"{orphan}:5: custom class BillingResourceCustom extends no generated class "
        "BillingResource (was it removed from the spec?); the file is kept but the class is "
        "not used"
    ]
    assert orphan.read_text().startswith("class Ok:")
    assert pipeline.check(spec, out) == ""


def test_owned_files_outside_custom_and_generated_paths_the_user_took_over(
    tmp_path: Path,
) -> None:
    """`custom_paths` may name any path: a folder of examples, or a generated file the user
    takes over (written once, never again: `.genignore`)."""
    project, spec = _project(tmp_path)
    config = project / "sdkgen.toml"
    config.write_text(
        config.read_text().replace(
            "[tool.sdkgen]\n", '[tool.sdkgen]\ncustom_paths = ["examples/", "README.md"]\n', 1
        )
    )
    out = tmp_path / "sdk"
    pipeline.generate(spec, out)
    assert (out / "README.md").is_file()  # absent: written as a starting point
    (out / "README.md").write_text("# my own readme\n")
    (out / "examples" / "deep").mkdir(parents=True)
    (out / "examples" / "deep" / "run.py").write_text("print('mine')\n")
    (out / "examples" / "empty").mkdir()
    _change_spec(spec)  # the generated tree changes: a new tree is swapped in
    done = pipeline.generate(spec, out)
    assert done.diff.changed and "README.md" not in done.diff.changed
    assert (out / "README.md").read_text() == "# my own readme\n"
    assert (out / "examples" / "deep" / "run.py").read_text() == "print('mine')\n"
    assert (out / "examples" / "empty").is_dir()
    assert pipeline.check(spec, out) == ""
    # Not owned any more: the same files are drift again, and the next generate removes them.
    config.write_text(config.read_text().replace('"examples/", "README.md"', ""))
    drift = pipeline.check(spec, out)
    assert "not generated any more: examples/deep/run.py" in drift
    assert "differs: README.md" in drift


def test_runtime_override_and_extra_files(tmp_path: Path) -> None:
    project, spec = _project(tmp_path)
    templates = project / "templates"
    (templates / "runtime").mkdir()
    runtime = pipeline.__file__ and Path(pipeline.__file__).parent.parent / "templates/runtime"
    version_hook = (runtime / "_types.py").read_text() + "\nCUSTOM_RUNTIME = True\n"
    (templates / "runtime" / "_types.py").write_text(version_hook)
    (templates / "extra").mkdir()
    (templates / "extra" / "CONTRIBUTING.md.jinja").write_text(
        "# Contributing to {{ config.dist_name }}\n\n{{ api.operations | length }} operations.\n"
    )
    out = tmp_path / "sdk"
    pipeline.generate(spec, out)
    assert (out / "src/leonardo_sdk/_types.py").read_text().endswith("CUSTOM_RUNTIME = True\n")
    assert (out / "CONTRIBUTING.md").read_text() == (
        "# Contributing to leonardo-sdk\n\n11 operations.\n"
    )
    assert pipeline.check(spec, out) == ""


def test_a_broken_extra_template_names_its_file_and_line(tmp_path: Path) -> None:
    import pytest

    from generator.errors import TemplateError

    project, spec = _project(tmp_path)
    (project / "templates" / "extra").mkdir()
    broken = project / "templates" / "extra" / "NOTES.md.jinja"
    broken.write_text("fine\n{{ config.no_such_setting }}\n")
    with pytest.raises(TemplateError) as caught:
        pipeline.generate(spec, tmp_path / "sdk")
    assert "extra/NOTES.md.jinja" in str(caught.value) and ":2" in str(caught.value)
    assert not (tmp_path / "sdk").exists()


def test_custom_paths_and_packaging_settings_are_checked(tmp_path: Path) -> None:
    import pytest

    from generator import config
    from generator.errors import ConfigError

    spec = tmp_path / "api.yaml"
    spec.write_text(SPEC.read_text())
    cases = {
        'custom_paths = ["../outside/"]': "must be a relative path inside the output",
        'custom_paths = "src/"': "custom_paths must be a list",
        'urls = {Home = "ftp://x"}': "urls must be a table",
        'classifiers = ["Not a classifier"]': "classifiers must be a list of trove classifiers",
        'license = "MIT; rm -rf"': "is not an SPDX expression",
        'templates = "missing"': "is not a directory",
    }
    for line, message in cases.items():
        (tmp_path / "sdkgen.toml").write_text(textwrap.dedent(line) + "\n")
        with pytest.raises(ConfigError, match=message):
            config.load_config(spec, None, "Leonardo")
    (tmp_path / "sdkgen.toml").write_text("")
    defaults = config.load_config(spec, None, "Leonardo")
    assert defaults.custom_paths == ("src/leonardo_sdk/_custom/",)
