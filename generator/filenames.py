"""File names every filesystem accepts: the one place where a generated path component is chosen.

Generated SDKs are checked out on Linux, macOS and Windows, so a name the spec drives (a model
module, a resource module and its docs directory, a model's docs page) must be valid on all of
them. A `Directory` hands out the stems of one output directory; the rules, in order:

1. Characters some filesystem refuses (`<>:"/\\|?*`, control characters, lone surrogates) become
   `_`, and a stem ending in a dot or a space gets `_` appended (Windows drops trailing dots and
   spaces).
2. Windows device names (`CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, also with the
   superscript digits `¹²³`, `CONIN$`, `CONOUT$`, `CLOCK$`) are refused by Windows in any case and
   whatever extension follows, so `_` follows the device name (`con` → `con_`, `nul.x` → `nul_.x`).
3. A stem whose name, with the longest suffix tools put beside it (`reserve` bytes: `.md`, or for
   a Python module its byte-code file `x.cpython-314.opt-2.pyc` and the temporary name importlib
   writes that under), would exceed 255 UTF-8 bytes — the limit of ext4, APFS, NTFS (in UTF-16
   units, never more than UTF-8 bytes) — is cut at a character boundary and ends in `_` and 10 hex
   digits of the SHA-256 of the whole stem: the same stem always gives the same name, and stems
   sharing a long prefix stay apart.
4. Within one directory, names are unique regardless of case and Unicode normalisation (macOS and
   Windows treat `Pet.md` and `pet.md` as one file): a taken stem gets `_2`, `_3`… (cut again by
   rule 3 when that makes it too long).

Every rule keeps a Python identifier an identifier, so module names go through here too. Names
from an `[A-Za-z0-9_]` stem of moderate length come back unchanged: only names that would break
somewhere change.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "MARKDOWN_RESERVE",
    "MAX_NAME_BYTES",
    "PYTHON_MODULE_RESERVE",
    "Directory",
    "is_device_name",
    "portable_stem",
]

MAX_NAME_BYTES = 255
"""Longest file name (one path component) on ext4, XFS, btrfs, APFS and NTFS, in UTF-8 bytes."""
HASH_DIGITS = 10
MARKDOWN_RESERVE = len(".md")
# A module `x` is `x.py` and, in `__pycache__`, `x.cpython-314.opt-2.pyc` (the longest cache tag of
# the Pythons the SDK supports, optimisation level 2), which importlib first writes under a
# temporary name: the path plus `.` and `id()` of a string (at most 20 digits).
PYTHON_MODULE_RESERVE = len(".cpython-314.opt-2.pyc") + len(".") + 20

# Lone surrogates (JSON allows them) cannot be encoded as a file name at all.
_REFUSED_CHARACTERS = re.compile('[<>:"/\\\\|?*\\x00-\\x1f\\x7f\\ud800-\\udfff]')
_DEVICE_NAMES = re.compile(r"(con|prn|aux|nul|(com|lpt)[0-9¹²³]|conin\$|conout\$|clock\$)")


def is_device_name(name: str) -> bool:
    """Whether Windows takes `name` for a device: a device name before the first dot, any case,
    trailing spaces ignored (`nul`, `NUL.txt`, `Com1.tar.gz`, `aux .md`)."""
    device = name.split(".", 1)[0].rstrip(" ")
    return _DEVICE_NAMES.fullmatch(device.casefold()) is not None


def portable_stem(stem: str, *, reserve: int = 0) -> str:
    """`stem` made valid on every filesystem with up to `reserve` bytes of suffix (rules 1–3)."""
    result = _REFUSED_CHARACTERS.sub("_", stem) or "_"
    if result.endswith((".", " ")):
        result += "_"
    if is_device_name(result):
        device, dot, extension = result.partition(".")
        result = f"{device}_{dot}{extension}"
    return _shortened(result, original=stem, budget=MAX_NAME_BYTES - reserve)


def _shortened(stem: str, *, original: str, budget: int) -> str:
    encoded = stem.encode("utf-8")
    if len(encoded) <= budget:
        return stem
    digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_DIGITS]
    tail = "_" + digest
    # Cut at a character boundary: an incomplete last character is dropped, not mangled.
    head = encoded[: budget - len(tail)].decode("utf-8", "ignore")
    head = head.rstrip(" .")  # a cut may end in a dot or space; the tail follows, keep it tidy
    return head + tail


def _fold(name: str) -> str:
    """The key under which case-insensitive filesystems (Windows, macOS) compare names."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


class Directory:
    """The file stems of one output directory, each valid everywhere and distinct in every case.

    `taken`: stems that must not be handed out (e.g. `__init__`); `reserve`: bytes of the longest
    suffix a stem of this directory gets (`MARKDOWN_RESERVE`, `PYTHON_MODULE_RESERVE`)."""

    def __init__(self, taken: Iterable[str] = (), *, reserve: int = 0) -> None:
        if not 0 <= reserve <= MAX_NAME_BYTES - 2 * HASH_DIGITS:
            raise ValueError(f"reserve {reserve} leaves no room for a name")
        self._taken = {_fold(name) for name in taken}
        self._reserve = reserve

    def claim(self, stem: str) -> str:
        """A stem for `stem` (rules 1–3), not yet handed out in any case (rule 4); taken now."""
        base = portable_stem(stem, reserve=self._reserve)
        name = base
        counter = 2
        while _fold(name) in self._taken:
            name = portable_stem(f"{base}_{counter}", reserve=self._reserve)
            counter += 1
        self._taken.add(_fold(name))
        return name

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _fold(name) in self._taken
