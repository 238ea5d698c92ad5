"""PySide6's check of every imported module, given the same answer from the file's bytes.

When PySide6 is imported it replaces Python's ``__import__``, and after each
module imported from then on it asks whether that module uses PySide6, for
its opt-in ``from __feature__ import snake_case, true_property`` switch
(which mgdesk does not use).  It answers by reading the module's whole
source through ``inspect.getsource``: decoded, split into lines and kept in
``linecache`` for the life of the process.  That doubles the cost of every
import after Qt's: the window's first frame imports about 30 modules after
it, and the Patients and Clinic places hundreds (numpy, pyqtgraph,
SQLAlchemy, pint), and its first use checks every module already loaded.
``speed_up`` replaces the check with one that gives the same answers sooner:
no for a module of Python's standard library, else whether the file's bytes
hold the same text, ``PySide6``; a module without a ``.py`` file (built in,
or only compiled) still gets PySide6's own answer.
It changes nothing when the PySide6 in use has no such check (README,
"Measured").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARK = "PySide6"  # the text PySide6's own check looks for in a module's source


def _from_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        if module.__name__.partition(".")[0] in sys.stdlib_module_names:
            return False  # the standard library never names PySide6 (a test checks every module loaded)
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return MARK.encode() in source.read()
        except OSError:
            return original(module)

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def speed_up() -> bool:
    """Give PySide6's per-import check its answer from the file's bytes; return whether it was replaced."""
    import PySide6.QtCore  # noqa: F401 - the check is installed with QtCore

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or hasattr(original, "original"):
        return False
    feature._mod_uses_pyside = _from_bytes(original)  # type: ignore[union-attr]
    return True
