"""Compare two .deb files member by member and file by file.

    python packaging/compare_debs.py FIRST.deb SECOND.deb

Reads both packages with the standard library only (ar archive, then the
control and data tar members), and reports whether the file lists are the
same and, for every file, whether its content hash (SHA-256), mode, owner and
time are the same; then whether the .deb files themselves are byte-identical.
Exit 0 when every file's content is the same; each difference is listed.
Used by `.ci/run` to check that two builds of one commit are reproducible.
"""

from __future__ import annotations

import hashlib
import io
import sys
import tarfile
from pathlib import Path


def ar_members(data: bytes) -> dict[str, bytes]:
    """Members of a Unix ar archive (the .deb container)."""
    if not data.startswith(b"!<arch>\n"):
        raise ValueError("not an ar archive")
    members: dict[str, bytes] = {}
    offset = 8
    while offset + 60 <= len(data):
        header = data[offset : offset + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        members[name] = data[offset + 60 : offset + 60 + size]
        offset += 60 + size + (size % 2)
    return members


def tar_entries(blob: bytes) -> dict[str, tuple[str, int, str, int]]:
    """Each entry's content hash (or link target), mode, owner and time."""
    entries: dict[str, tuple[str, int, str, int]] = {}
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:*") as archive:
        for member in archive:
            if member.isfile():
                extracted = archive.extractfile(member)
                assert extracted is not None
                content = hashlib.sha256(extracted.read()).hexdigest()
            elif member.issym() or member.islnk():
                content = "-> " + member.linkname
            else:
                content = "dir" if member.isdir() else f"type {member.type!r}"
            entries[member.name] = (content, member.mode, f"{member.uname}:{member.gname}", int(member.mtime))
    return entries


def compare(first: Path, second: Path) -> list[str]:
    """Differences between two packages, in words; empty when their files match."""
    problems: list[str] = []
    one, two = ar_members(first.read_bytes()), ar_members(second.read_bytes())
    if list(one) != list(two):
        problems.append(f"ar members differ: {list(one)} vs {list(two)}")
    for member in sorted(set(one) & set(two)):
        if not member.endswith((".tar", ".tar.xz", ".tar.gz", ".tar.zst")):
            if one[member] != two[member]:
                problems.append(f"{member} differs")
            continue
        a, b = tar_entries(one[member]), tar_entries(two[member])
        for name in sorted(set(a) ^ set(b)):
            problems.append(f"{member}: {name} only in {'the first' if name in a else 'the second'}")
        for name in sorted(set(a) & set(b)):
            if a[name][0] != b[name][0]:
                problems.append(f"{member}: {name}: content differs")
            elif a[name] != b[name]:
                problems.append(f"{member}: {name}: metadata differs {a[name][1:]} vs {b[name][1:]}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    first, second = Path(argv[0]), Path(argv[1])
    problems = compare(first, second)
    for problem in problems:
        print(f"reproducible: {problem}")
    files = sum(len(tar_entries(blob)) for name, blob in ar_members(first.read_bytes()).items() if ".tar" in name)
    identical = first.read_bytes() == second.read_bytes()
    print(
        f"reproducible: {files} entries compared, {len(problems)} differences; "
        f"the .deb files are {'byte-identical' if identical else 'not byte-identical'} "
        f"(sha256 {hashlib.sha256(first.read_bytes()).hexdigest()[:16]}"
        f"{'' if identical else ' vs ' + hashlib.sha256(second.read_bytes()).hexdigest()[:16]})"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
