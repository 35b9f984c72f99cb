"""Generator configuration: the names of the SDK to produce, and where the spec may read.

Read from `sdkgen.toml` beside the spec (or `--config FILE`): a `[tool.sdkgen]` table or a bare
top level. Anything not given is derived from the spec's `info.title`, so any spec generates.
`allow_ref_roots` (folders, relative to the config file) is read before the spec is loaded, by
`ref_roots`: `$ref`s may read files there besides the spec's own folder tree.

Customization (docs/customization.md): `templates` (a folder of replacement templates, relative
to the config file, like `--templates`) and `custom_paths` (paths of the output the user owns:
never written, never deleted, ignored by `sdkgen check`). Packaging metadata for the generated
`pyproject.toml`: `license` (an SPDX expression), `urls` (a table: label → URL), `classifiers`.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import tomllib

from generator import naming
from generator.errors import ConfigError
from generator.filenames import PYTHON_MODULE_RESERVE, portable_stem

CONFIG_FILE_NAME = "sdkgen.toml"
REF_ROOTS_SETTING = "allow_ref_roots"
"""The one setting that is not a `GeneratorConfig` field: the loader needs it before the spec."""


@dataclass(frozen=True)
class GeneratorConfig:
    dist_name: str  # PyPI distribution name: "leonardo-sdk"
    package_name: str  # import name: "leonardo_sdk"
    version: str  # of the generated package
    client_name: str  # "Leonardo" (the async twin is "Async" + this)
    env_prefix: str  # "LEONARDO": LEONARDO_API_KEY, LEONARDO_LOG, LEONARDO_SERVER_URL
    default_resource: str = "default"  # resource for operations without a tag
    description: str = ""
    # Tags like "repos/issues" or "repos.issues" become nested resources: client.repos.issues
    nested_resources: bool = False
    # `[pagination.<operationId>]`: the paging of operations whose names follow no convention
    # (sdk/paging.py `declared`), by operationId.
    pagination: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, compare=False)
    # `[waiters.<method>]`: methods polling an operation until it reports a final state.
    waiters: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, compare=False)
    templates: str = ""  # replacement templates folder (absolute once loaded), "" for none
    # Output paths the user owns ("dir/" for a folder): see `output.write`, `default_custom_paths`
    custom_paths: tuple[str, ...] = ()
    license: str = ""  # SPDX license expression of the generated package: "MIT"
    urls: tuple[tuple[str, str], ...] = ()  # [project.urls] of the generated package, in order
    classifiers: tuple[str, ...] = ()  # trove classifiers added to the generated ones
    # Not a setting: the user's mixins found in the output (`emit.custom`), class → module
    mixins: tuple[tuple[str, str], ...] = ()

    def mixin(self, class_name: str) -> str:
        """The `_custom` module whose `<class_name>Custom` the generated class mixes in, or ''."""
        return dict(self.mixins).get(class_name, "")


CUSTOM_DIR = "_custom"
"""The package's folder of hand-written code (`src/<package>/_custom/`), owned by the user unless
`custom_paths` says otherwise; its modules supply the mixins of `emit.custom`."""


def default_custom_paths(package_name: str) -> tuple[str, ...]:
    return (f"src/{package_name}/{CUSTOM_DIR}/",)


TITLE_NOISE = frozenset({"api", "openapi", "spec"})
"""Title words that say what a spec is, not what it describes: "Docker Engine API" names
docker_engine. (Changing these renames the package of every spec without `package_name`.)"""

MAX_DERIVED_NAME = 100
"""Most characters of the name derived from a title (before `_sdk`): a title is prose, and a long
one must not make a package folder past the file system's name limit (255 bytes). Generous, so
that no name a shorter title gave before the limit existed changes."""

MAX_DIST_NAME = 150
"""Longest distribution name: its wheel, `<name>-<version>-py3-none-any.whl`, stays a valid file
name (255 bytes) with room for the version."""


def title_words(title: str) -> list[str]:
    """The words of a title that name the API, kept whole while the name stays within
    `MAX_DERIVED_NAME` ("1Forge Finance APIs" → api, 1, forge, finance, apis)."""
    kept = [w for w in naming.words(title) if w not in TITLE_NOISE] or ["api"]
    if kept[0][0].isdigit():  # "1Forge Finance APIs": an identifier cannot start so
        kept.insert(0, "api")
    short = [kept[0][:MAX_DERIVED_NAME]]
    for word in kept[1:]:
        if len("_".join(short)) + 1 + len(word) > MAX_DERIVED_NAME:
            break
        short.append(word)
    return short


def derive_defaults(title: str) -> dict[str, str]:
    """Names derived from a spec title: "Docker Engine API" → docker-engine-sdk, DockerEngine…"""
    base = "_".join(title_words(title))
    return {
        "dist_name": base.replace("_", "-") + "-sdk",
        "package_name": base + "_sdk",
        "version": "0.1.0",
        "client_name": naming.client_class(base),
        "env_prefix": base.upper(),
    }


def _read_table(spec_path: Path, config_path: Path | None) -> tuple[Path, dict[str, Any]]:
    """The config file to use and its settings (empty when there is none beside the spec)."""
    path = config_path or spec_path.parent / CONFIG_FILE_NAME
    if not path.is_file():
        if config_path is not None:
            raise ConfigError(f"{config_path}: no such config file")
        return path, {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    settings: dict[str, Any] = table.get("tool", {}).get("sdkgen", table)
    return path, settings


def load_config(spec_path: Path, config_path: Path | None, spec_title: str) -> GeneratorConfig:
    values: dict[str, Any] = derive_defaults(spec_title)
    path, table = _read_table(spec_path, config_path)
    known = {f.name for f in fields(GeneratorConfig)} - {"mixins"}
    unknown = sorted(set(table) - known - {REF_ROOTS_SETTING})
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s): {', '.join(unknown)}")
    values.update((k, v) for k, v in table.items() if k in known)
    if not isinstance(values.get("nested_resources", False), bool):
        raise ConfigError(f"{path}: nested_resources must be true or false")
    tables: dict[str, Any] = {
        name: _tables(path, name, values.pop(name, {})) for name in TABLE_SETTINGS
    }
    structured = {name: values.pop(name) for name in _STRUCTURED if name in values}
    settings: dict[str, Any] = {k: v if isinstance(v, bool) else str(v) for k, v in values.items()}
    settings.update(_structured_settings(structured, path, str(settings["package_name"])))
    if settings.get("templates"):
        settings["templates"] = str((path.parent / settings["templates"]).resolve())
    config = GeneratorConfig(**settings, **tables)
    # Names derived from the title are always valid; a message must not blame a missing file.
    _check(config, str(path) if path.is_file() else f"names derived from the title {spec_title!r}")
    return config


TABLE_SETTINGS = ("pagination", "waiters")
"""Settings that are tables of tables (one per operation or method), kept as TOML gave them."""


def _tables(path: Path, name: str, value: object) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{path}: {name} must be a table of tables ([{name}.<name>])")
    return {str(key): dict(entry) for key, entry in value.items()}


_STRUCTURED = ("custom_paths", "urls", "classifiers")
"""Settings that are lists or tables, not strings."""


def _structured_settings(table: dict[str, Any], path: Path, package_name: str) -> dict[str, Any]:
    """`custom_paths`, `urls`, `classifiers` checked and made hashable (tuples)."""
    settings: dict[str, Any] = {}
    custom = table.get("custom_paths", list(default_custom_paths(package_name)))
    if not isinstance(custom, list) or not all(isinstance(item, str) for item in custom):
        raise ConfigError(f"{path}: custom_paths must be a list of paths in the output")
    for item in custom:
        parts = item.rstrip("/").split("/")
        if not item.strip("/") or item.startswith("/") or ".." in parts or "\\" in item:
            raise ConfigError(
                f"{path}: custom_paths: {item!r} must be a relative path inside the output"
            )
    settings["custom_paths"] = tuple(custom)
    urls = table.get("urls", {})
    if not isinstance(urls, dict) or not all(
        isinstance(v, str) and re.fullmatch(r"https?://\S+", v) for v in urls.values()
    ):
        raise ConfigError(f'{path}: urls must be a table of label = "https://..."')
    settings["urls"] = tuple((str(k), v) for k, v in urls.items())
    classifiers = table.get("classifiers", [])
    if not isinstance(classifiers, list) or not all(
        isinstance(c, str) and " :: " in c for c in classifiers
    ):
        raise ConfigError(f"{path}: classifiers must be a list of trove classifiers")
    settings["classifiers"] = tuple(classifiers)
    return settings


def ref_roots(
    spec_path: Path, config_path: Path | None, extra: Sequence[Path] = ()
) -> tuple[Path, ...]:
    """Folders besides the spec's own whose files its `$ref`s may read: `allow_ref_roots` of
    the config (relative to the config file) and `extra` (`--allow-ref-root`, relative to the
    working directory). Each must be an existing directory."""
    path, table = _read_table(spec_path, config_path)
    listed = table.get(REF_ROOTS_SETTING, [])
    if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
        raise ConfigError(f"{path}: {REF_ROOTS_SETTING} must be a list of folder paths")
    roots = [(path.parent / item, f"{path}: {REF_ROOTS_SETTING}") for item in listed]
    roots += [(Path(item), "--allow-ref-root") for item in extra]
    for root, origin in roots:
        if not root.is_dir():
            raise ConfigError(f"{origin}: {root} is not a directory")
    return tuple(root.resolve() for root, _ in roots)


def _check(config: GeneratorConfig, source: str) -> None:
    if not config.package_name.isidentifier():
        raise ConfigError(
            f"{source}: package_name {config.package_name!r} is not a Python identifier"
        )
    if portable_stem(config.package_name, reserve=PYTHON_MODULE_RESERVE) != config.package_name:
        raise ConfigError(
            f"{source}: package_name {config.package_name!r} is not a folder name every file "
            "system accepts (a Windows device name, or too long); choose another name"
        )
    if naming.shadows_imported_module(config.package_name):
        raise ConfigError(
            f"{source}: package_name {config.package_name!r} would shadow a module the generated "
            "SDK imports (standard library or a dependency); choose another name"
        )
    if not config.client_name.isidentifier():
        raise ConfigError(
            f"{source}: client_name {config.client_name!r} is not a Python identifier"
        )
    if naming.shadows_client_module_name(config.client_name) or keyword.iskeyword(
        config.client_name
    ):
        raise ConfigError(
            f"{source}: client_name {config.client_name!r} would shadow a name the generated "
            "client module or package uses; choose another name"
        )
    if len(config.dist_name) > MAX_DIST_NAME or not re.fullmatch(
        r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?", config.dist_name
    ):
        raise ConfigError(
            f"{source}: dist_name {config.dist_name!r} is not a valid distribution name "
            f"(letters, digits, `.`, `_`, `-`; at most {MAX_DIST_NAME} characters)"
        )
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)*([abc]|rc)?[0-9]*", config.version):
        raise ConfigError(f"{source}: version {config.version!r} is not a PEP 440 version")
    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", config.env_prefix):
        raise ConfigError(f"{source}: env_prefix {config.env_prefix!r} must be UPPER_SNAKE")
    # An SPDX expression: identifiers, `AND`/`OR`/`WITH`, parentheses (PEP 639 `license`).
    if config.license and not re.fullmatch(r"[A-Za-z0-9.+\-() ]+", config.license):
        raise ConfigError(f"{source}: license {config.license!r} is not an SPDX expression")
    if config.templates and not Path(config.templates).is_dir():
        raise ConfigError(f"{source}: templates {config.templates!r} is not a directory")


# Files kept beside the config (the pipeline stages them; `release` writes the changelog). They
# live here, not in release, so that the pipeline does not import release (which imports it).
CHANGELOG_NAME = "CHANGELOG.md"


def config_file(spec_path: Path, config_path: Path | None = None) -> Path:
    return config_path if config_path is not None else spec_path.parent / CONFIG_FILE_NAME


def changelog_source(spec_path: Path, config_path: Path | None = None) -> Path:
    """The SDK's changelog: `CHANGELOG.md` beside its config."""
    return config_file(spec_path, config_path).parent / CHANGELOG_NAME


def package_files(spec_path: Path, config_path: Path | None = None) -> dict[str, str]:
    """Files of the generated package kept with its config: `CHANGELOG.md`, when there is one
    beside an existing config file (a spec without `sdkgen.toml` — say, at a repository root —
    never picks up an unrelated changelog). For the pipeline's staging, so that `generate` and
    `check` include it too, not only `release`."""
    source = changelog_source(spec_path, config_path)
    if not config_file(spec_path, config_path).is_file() or not source.is_file():
        return {}
    return {CHANGELOG_NAME: source.read_text(encoding="utf-8")}
