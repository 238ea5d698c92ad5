"""packaging/compare_debs.py finds every difference between two packages.

`.ci/run` builds the same commit twice and compares the two .deb files with
it; these tests build small packages in memory (an ar archive holding tar
members, as dpkg-deb writes them) and check that a changed file, a missing
file and a changed time are each reported, and identical packages are not.
"""

from __future__ import annotations

import importlib.util
import io
import sys
import tarfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def compare_debs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mgdesk_compare_debs", ROOT / "packaging" / "compare_debs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def tar_xz(files: dict[str, tuple[bytes, int]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:xz") as archive:
        for name, (content, mtime) in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mtime = mtime
            info.mode = 0o644
            archive.addfile(info, io.BytesIO(content))
    return out.getvalue()


def deb(path: Path, files: dict[str, tuple[bytes, int]]) -> Path:
    members = {"debian-binary": b"2.0\n", "control.tar.xz": tar_xz({"./control": (b"Package: x\n", 1)})}
    members["data.tar.xz"] = tar_xz(files)
    blob = b"!<arch>\n"
    for name, content in members.items():
        header = f"{name:<16}{0:<12}{0:<6}{0:<6}{'100644':<8}{len(content):<10}`\n".encode("ascii")
        blob += header + content + (b"\n" if len(content) % 2 else b"")
    path.write_bytes(blob)
    return path


def test_identical_packages_have_no_differences(tmp_path: Path) -> None:
    files = {"./opt/mgdesk/mgdesk": (b"\x7fELF...", 1700000000)}
    module = compare_debs()
    assert module.compare(deb(tmp_path / "a.deb", files), deb(tmp_path / "b.deb", files)) == []


def test_each_difference_is_reported(tmp_path: Path) -> None:
    first = {
        "./opt/mgdesk/mgdesk": (b"one", 1700000000),
        "./opt/mgdesk/gone.txt": (b"x", 1700000000),
        "./opt/mgdesk/when.txt": (b"same", 1700000000),
    }
    second = {
        "./opt/mgdesk/mgdesk": (b"two", 1700000000),
        "./opt/mgdesk/when.txt": (b"same", 1700000099),
    }
    module = compare_debs()
    problems = module.compare(deb(tmp_path / "a.deb", first), deb(tmp_path / "b.deb", second))
    assert problems == [
        "data.tar.xz: ./opt/mgdesk/gone.txt only in the first",
        "data.tar.xz: ./opt/mgdesk/mgdesk: content differs",
        "data.tar.xz: ./opt/mgdesk/when.txt: metadata differs (420, ':', 1700000000) vs (420, ':', 1700000099)",
    ]
