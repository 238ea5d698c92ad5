"""Who is at the keyboard, as the operating system says: the audit log's "who" and "from where".

The user name comes from the operating system's own account records
(``pwd`` for the process's real user id on POSIX, ``GetUserNameW`` on
Windows), never from ``$USER`` or ``%USERNAME%``, which anyone can set.  The
workstation is the machine's network name.  Both are computed once per
process.
"""

from __future__ import annotations

import functools
import os
import platform


@functools.cache
def os_user() -> str:
    """The login name of the user running mgdesk ("uid 1234" when the system has no name for it)."""
    if os.name == "nt":  # pragma: no cover - Windows
        return _windows_user()
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid with no entry (containers): the number is still the truth
        return f"uid {uid}"


def _windows_user() -> str:  # pragma: no cover - Windows
    import ctypes
    from ctypes import wintypes

    size = wintypes.DWORD(257)
    buffer = ctypes.create_unicode_buffer(size.value)
    if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):  # type: ignore[attr-defined]
        return "unknown"
    return buffer.value


@functools.cache
def workstation() -> str:
    """The machine's network name ("unknown" when it has none)."""
    return platform.node() or "unknown"
