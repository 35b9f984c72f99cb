"""`sdkgen release`: bump the SDK version by what changed since an older spec, record it, generate.

`release` is a command of its own rather than a `generate --bump` flag: `generate` stays a pure
function of its inputs (spec, `sdkgen.toml`, templates, changelog) that `check` can verify, and
`release` is the one command that edits inputs. It

1. diffs the old spec against the new one (`generator.changes.diff`, same rules and report);
2. sets `version = "..."` in the config beside the spec (`sdkgen.toml`, or `--config`), editing
   only that line: comments, order and quoting stay;
3. writes the changelog entry (version, date, breaking changes, other changes:
   `generator.changes.changelog`) at the top of `CHANGELOG.md` beside that config — the SDK's
   changelog source, next to its version;
4. generates; the package gets that file as its `CHANGELOG.md` (`package_files`).

If generating fails, the config and the changelog are restored.

Versions and idempotence: the base version is the one in the `sdkgen.toml` beside the *old* spec
when there is one (CI extracts both files from the base commit), otherwise the current one. The
target is the base bumped by the diff (`semver.implied_bump`). A current version already at or
above the target is kept (the release was made already, or someone bumped further by hand); and
an entry for that version is rewritten in place, keeping its date. Running `release` again for
the same old → new pair therefore changes nothing.

The entry's date is `--date`, else `SOURCE_DATE_EPOCH` (UTC) when set, else today: the same
inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from generator import config, pipeline
from generator.changes.changelog import add_entry, render_entry
from generator.changes.report import DiffReport
from generator.config import changelog_source, config_file, package_files
from generator.errors import ConfigError, SdkgenError

_SECTION = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_VERSION_LINE = re.compile(r"^(\s*version\s*=\s*)(\"[^\"\n]*\"|'[^'\n]*')(.*)$")


class ReleaseError(SdkgenError):
    """A release cannot be made as asked (no config to record the version in, bad date...)."""


@dataclass(frozen=True)
class Released:
    report: DiffReport
    previous_version: str  # in the config before the release
    version: str  # in the config now
    changelog: Path
    entry: str
    generated: pipeline.Generated

    def summary(self) -> str:
        report = self.report
        return (
            f"released {self.version} (was {self.previous_version}; {report.bump} bump from "
            f"{report.version}: {len(report.breaking)} breaking, {len(report.compatible)} "
            f"compatible); changelog: {self.changelog}"
        )


# -- pieces ------------------------------------------------------------------------------------


def release_date(value: str | None, environ: dict[str, str] | None = None) -> str:
    """`--date`, else `SOURCE_DATE_EPOCH` (UTC), else today, as YYYY-MM-DD."""
    env = os.environ if environ is None else environ
    if value:
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ReleaseError(f"--date {value!r} is not a date (YYYY-MM-DD)") from None
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date().isoformat()
        except (ValueError, OverflowError, OSError):
            raise ReleaseError(f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix time") from None
    return dt.date.today().isoformat()


def read_version(toml_text: str) -> str | None:
    """The `version` of the settings table (`[tool.sdkgen]` or the top level), as written."""
    index, _ = _version_line(toml_text.splitlines(keepends=True))
    if index < 0:
        return None
    match = _VERSION_LINE.match(toml_text.splitlines()[index])
    return match.group(2)[1:-1] if match else None


def set_version(toml_text: str, version: str) -> str:
    """`toml_text` with the settings table's `version` set (line edited or inserted)."""
    lines = toml_text.splitlines(keepends=True)
    index, insert_at = _version_line(lines)
    if index >= 0:
        line = lines[index]
        ending = line[len(line.rstrip("\r\n")) :]
        match = _VERSION_LINE.match(line.rstrip("\r\n"))
        assert match is not None
        quote = match.group(2)[0]
        lines[index] = f"{match.group(1)}{quote}{version}{quote}{match.group(3)}{ending}"
        return "".join(lines)
    if insert_at > 0 and not lines[insert_at - 1].endswith("\n"):
        lines[insert_at - 1] += "\n"
    lines.insert(insert_at, f'version = "{version}"\n')
    return "".join(lines)


def _version_line(lines: list[str]) -> tuple[int, int]:
    """(index of the version line or -1, index just after the table header), for the table
    holding the settings: `[tool.sdkgen]` when the file has it, else the top level."""
    headers = [m.group(1).strip() for m in map(_SECTION.match, lines) if m is not None]
    wanted = "tool.sdkgen" if "tool.sdkgen" in headers else ""
    current = ""
    start = 0
    for i, line in enumerate(lines):
        header = _SECTION.match(line)
        if header is not None:
            current = header.group(1).strip()
            if current == wanted:
                start = i + 1
            continue
        if current == wanted and _VERSION_LINE.match(line.rstrip("\r\n")):
            return i, start
    return -1, start


# -- the command -------------------------------------------------------------------------------


def release(
    spec_path: Path,
    old_spec: Path,
    out_dir: Path,
    *,
    config_path: Path | None = None,
    lenient: bool = False,
    date: str | None = None,
) -> Released:
    toml_path = config_file(spec_path, config_path)
    if not toml_path.is_file():
        raise ReleaseError(
            f"{toml_path}: no config file to record the version in (create it with a "
            '`version = "..."` line)'
        )
    # imported here: the diff builds both specs (the whole pipeline), only `release` needs it
    from generator.changes import diff, semver

    when = release_date(date)
    report, warnings = diff.diff_specs(old_spec, spec_path, lenient=lenient, new_config=config_path)
    del warnings  # the build warnings are the generate step's to report
    toml_before = _read(toml_path)
    current = read_version(toml_before) or config.derive_defaults("")["version"]
    target = report.next_version
    version = current if semver.version_key(current) >= semver.version_key(target) else target
    entry = render_entry(report, version, when)
    changelog_path = changelog_source(spec_path, config_path)
    changelog_before = _read(changelog_path) if changelog_path.is_file() else None
    changelog_after = add_entry(changelog_before, entry)
    toml_after = set_version(toml_before, version)
    try:
        _write(toml_path, toml_after, toml_before)
        _write(changelog_path, changelog_after, changelog_before)
        written = config.load_config(spec_path, config_path, "").version
        if written != version:
            raise ConfigError(f"{toml_path}: could not set version {version!r} (read {written!r})")

        def add_package_files(staging: Path) -> None:
            for relative, content in package_files(spec_path, config_path).items():
                (staging / relative).write_text(content, encoding="utf-8", newline="\n")

        generated = pipeline.generate(
            spec_path, out_dir, config_path, lenient, on_staged=add_package_files
        )
    except BaseException:
        _restore(toml_path, toml_before)
        _restore(changelog_path, changelog_before)
        raise
    return Released(report, current, version, changelog_path, entry, generated)


def _read(path: Path) -> str:
    """The text as stored: line endings kept (CRLF stays CRLF)."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReleaseError(f"{path}: not UTF-8 text: {exc}") from None


def _write(path: Path, text: str, before: str | None) -> None:
    if text != before:
        path.write_bytes(text.encode("utf-8"))


def _restore(path: Path, before: str | None) -> None:
    if before is None:
        path.unlink(missing_ok=True)
    elif not path.is_file() or _read(path) != before:
        path.write_bytes(before.encode("utf-8"))


def main(args: argparse.Namespace) -> int:
    """`sdkgen release` (arguments parsed by `generator.cli`)."""
    result = release(
        args.spec,
        args.old_spec,
        args.output,
        config_path=args.config,
        lenient=args.lenient,
        date=args.date,
    )
    for warning in result.generated.warnings:
        print(f"sdkgen: warning: {warning}", file=sys.stderr)
    print(f"sdkgen: {result.summary()}")
    print(f"sdkgen: {result.generated.summary()}")
    return 0
