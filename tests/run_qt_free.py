"""Run the non-GUI tests in a process where PySide6 and pyqtgraph cannot be imported.

This is the proof, beyond import-linter's static check, that the domain, the
store, interchange and the command line work with no Qt at all.
"""

from __future__ import annotations

import importlib.abc
import sys
from pathlib import Path

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")


class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.split(".", maxsplit=1)[0] in BLOCKED:
            raise ImportError(f"{fullname} is blocked in the Qt-free test job")


def main() -> int:
    sys.meta_path.insert(0, _Blocker())
    import pytest

    tests = Path(__file__).parent
    folders = [str(tests / name) for name in ("core", "store", "interchange") if (tests / name).is_dir()]
    # The pytest-qt settings in pyproject.toml are unknown without the plugin.
    quiet_ini = ["-W", "ignore:Unknown config option:pytest.PytestConfigWarning"]
    return pytest.main(["-p", "no:pytest-qt", *quiet_ini, "-q", *folders, *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
