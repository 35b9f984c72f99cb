"""Swap two directory entries in one atomic step: Linux `renameat2(RENAME_EXCHANGE)`.

Both names exist before and after; no moment exists at which either is missing or half of
one. Where the platform or the filesystem cannot (not Linux, a libc without `renameat2`, a
filesystem without RENAME_EXCHANGE support) `exchange` says so and the caller falls back.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP})

Renameat2 = Callable[[int, bytes, int, bytes, int], int]


def _renameat2() -> tuple[Renameat2, Callable[[], int]] | None:
    """libc's `renameat2` and ctypes' errno reader (ctypes imported only when swapping)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function, ctypes.get_errno


def exchange(first: Path, second: Path) -> bool:
    """Atomically swap `first` and `second` (both must exist); False when unsupported here."""
    found = _renameat2()
    if found is None:
        return False
    function, get_errno = found
    if (
        function(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
        == 0
    ):
        return True
    code = get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))
