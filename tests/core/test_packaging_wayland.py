"""The .deb depends on every system library the bundled Wayland platform plugin links to.

PySide6-Essentials ships Qt's Wayland client (``platforms/libqwayland.so``,
``libQt6WaylandClient`` and the shell, decoration and graphics plugins), and
PyInstaller bundles it; Qt picks it on a Wayland desktop session.  The
bundle leaves out system libraries that a Depends package provides
(``packaging/mgdesk.spec``), and the build machine may not have the Wayland
libraries at all, so without them in Depends the plugin cannot load on a
clinic's Wayland desktop.  This test reads each client file's ``DT_NEEDED``
entries from its ELF dynamic section (no ``readelf``: a Python reader) and
checks that every system library it names comes from a package in
``packaging/linux/control.in``'s Depends.
"""

from __future__ import annotations

import importlib.metadata
import re
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The Debian 12 package of each system library the Wayland client files link to.
DEBIAN_PACKAGE = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
}

PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_NEEDED, DT_STRTAB = 0, 1, 5


def needed(path: Path) -> list[str]:
    """The ``DT_NEEDED`` names of a 64-bit little-endian ELF file (what ``readelf -d`` lists as NEEDED)."""
    data = path.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", f"{path} is not a 64-bit little-endian ELF"
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads: list[tuple[int, int, int]] = []  # (virtual address, file offset, size in the file)
    dynamic: tuple[int, int] | None = None
    for index in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + index * phentsize
        )
        if p_type == PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    assert dynamic is not None, f"{path} has no dynamic section"
    entries = [struct.unpack_from("<qQ", data, dynamic[0] + at) for at in range(0, dynamic[1], 16)]
    strtab = next(value for tag, value in entries if tag == DT_STRTAB)
    table = next(offset + strtab - vaddr for vaddr, offset, size in loads if vaddr <= strtab < vaddr + size)
    names = []
    for tag, value in entries:
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            end = data.index(b"\0", table + value)
            names.append(data[table + value : end].decode("ascii"))
    return names


def depends() -> set[str]:
    control = (ROOT / "packaging" / "linux" / "control.in").read_text(encoding="utf-8")
    match = re.search(r"^Depends:(.*)$", control, re.MULTILINE)
    assert match is not None
    return {
        re.split(r"[\s(]", alternative.strip())[0] for item in match[1].split(",") for alternative in item.split("|")
    }


def wayland_client_files() -> list[Path]:
    """Qt's Wayland client files in the installed PySide6 (the ones PyInstaller bundles)."""
    qt = Path(str(importlib.metadata.distribution("PySide6-Essentials").locate_file("PySide6/Qt")))
    files = [qt / "plugins" / "platforms" / "libqwayland.so"]
    files += sorted((qt / "lib").glob("libQt6WaylandClient.so*")) + sorted((qt / "lib").glob("libQt6WlShell*.so*"))
    for folder in ("wayland-shell-integration", "wayland-decoration-client", "wayland-graphics-integration-client"):
        files += sorted((qt / "plugins" / folder).glob("*.so"))
    return [file for file in files if file.is_file()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built on Linux")
def test_the_deb_depends_on_the_wayland_plugins_libraries() -> None:
    files = wayland_client_files()
    names = {file.name for file in files}
    assert "libqwayland.so" in names, "PySide6 no longer ships the Wayland platform plugin: review the Depends"
    unused = (ROOT / "packaging" / "mgdesk.spec").read_text(encoding="utf-8")
    assert '"platforms/libqwayland"' not in unused, "the bundle leaves Wayland out: then it needs no Depends for it"
    missing: dict[str, set[str]] = {}
    for file in files:
        for library in needed(file):
            if library.startswith("libQt6"):
                continue  # bundled with PySide6
            package = DEBIAN_PACKAGE.get(library)
            assert package is not None, f"{file.name} links to {library}: name its Debian package in this test"
            if package not in depends():
                missing.setdefault(package, set()).add(file.name)
    assert not missing, f"add to Depends in packaging/linux/control.in: {missing}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files")
def test_needed_reads_what_a_library_links_to() -> None:
    """The ELF reader itself, on the Wayland platform plugin (readelf -d lists these NEEDED entries)."""
    plugin = next(file for file in wayland_client_files() if file.name == "libqwayland.so")
    assert {"libQt6WaylandClient.so.6", "libwayland-client.so.0", "libc.so.6"} <= set(needed(plugin))
