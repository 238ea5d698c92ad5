"""How long ago the operating system started this process, in milliseconds.

``--smoke-test`` and the start-up benchmark report ``startup_ms`` from the
process start as the OS recorded it, not from the first Python line, so the
interpreter's own start and every import are counted.  Linux reads
``/proc/self/stat`` (10 ms resolution), Windows asks ``GetProcessTimes``;
elsewhere the time this module was first imported is the best we have.
"""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.monotonic()


def process_age_ms() -> float:
    """Milliseconds since this process was started by the operating system."""
    if sys.platform.startswith("linux"):
        return _linux_age_ms()
    if sys.platform == "win32":
        return _windows_age_ms()
    return (time.monotonic() - _IMPORTED_AT) * 1000


def _linux_age_ms() -> float:
    with open("/proc/self/stat", encoding="ascii") as stat:
        # The command name (field 2) may hold spaces; fields after ')' are fixed.
        fields = stat.read().rsplit(")", 1)[1].split()
    start_ticks = int(fields[19])  # field 22: starttime, clock ticks after boot
    with open("/proc/uptime", encoding="ascii") as uptime:
        up_seconds = float(uptime.read().split()[0])
    ticks_per_second = os.sysconf("SC_CLK_TCK")
    return max(0.0, (up_seconds - start_ticks / ticks_per_second) * 1000)


def _windows_age_ms() -> float:  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    creation, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.GetProcessTimes(
        kernel32.GetCurrentProcess(),
        ctypes.byref(creation),
        ctypes.byref(exited),
        ctypes.byref(kernel),
        ctypes.byref(user),
    )
    now = wintypes.FILETIME()
    kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def as_int(value: wintypes.FILETIME) -> int:
        return (value.dwHighDateTime << 32) | value.dwLowDateTime

    return (as_int(now) - as_int(creation)) / 10_000  # 100 ns units
