"""The release's version and changelog agree.

The version lives only in `mgdesk/__init__.py`; CHANGELOG.md (Keep a
Changelog) must describe it as its newest release, under an Unreleased
section for the work that follows.
"""

import re
from pathlib import Path

import mgdesk

ROOT = Path(__file__).resolve().parents[2]


def test_the_newest_changelog_release_is_the_package_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.MULTILINE)
    assert headings[0] == ("Unreleased", "")
    version, date = headings[1]
    assert version == mgdesk.__version__, (
        f"CHANGELOG.md's newest release is {version}, mgdesk says {mgdesk.__version__}"
    )
    assert date, "a released version carries its date (YYYY-MM-DD)"
    sections = set(re.findall(r"^### (\w+)$", text, re.MULTILINE))
    assert sections <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def test_the_version_is_written_in_one_place() -> None:
    pattern = re.compile(r"""__version__\s*=\s*["']""")
    homes = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "mgdesk").rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert homes == ["mgdesk/__init__.py"]
