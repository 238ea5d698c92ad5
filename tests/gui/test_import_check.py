"""PySide6's per-import check, answered from the module file's bytes (``ui/common/import_check.py``).

The PySide6 mgdesk is locked to has the check; these tests fail if an
upgrade drops or renames it (then ``speed_up`` silently does nothing and the
README's start-up figures no longer hold), and they hold the replacement to
the original's answer for every kind of module.
"""

from __future__ import annotations

import json
import linecache
import subprocess
import sys
from pathlib import Path

import numpy.linalg._umath_linalg as compiled_extension

from mgdesk.ui.common import import_check


def _checks() -> tuple[object, object]:
    import_check.speed_up()
    feature = sys.modules["shibokensupport.feature"]
    faster = feature._mod_uses_pyside
    return faster, faster.original


def test_the_replacement_gives_pysides_own_answer_for_every_kind_of_module() -> None:
    import mgdesk.domain.units
    import mgdesk.ui
    import mgdesk.ui.common.look

    faster, original = _checks()
    # A module, a package whose __init__ names PySide6, the standard library, a built-in, a compiled one.
    modules = [mgdesk.ui.common.look, mgdesk.domain.units, mgdesk.ui, json, sys, compiled_extension]
    answers = [faster(module) for module in modules]  # type: ignore[operator]
    assert answers == [original(module) for module in modules]  # type: ignore[operator]
    assert answers == [True, False, True, False, False, False]


def test_no_module_of_the_standard_library_loaded_here_names_pyside6() -> None:
    faster, original = _checks()
    loaded = [m for name, m in list(sys.modules.items()) if name.partition(".")[0] in sys.stdlib_module_names]
    assert len(loaded) > 100
    assert [m.__name__ for m in loaded if original(m)] == []  # type: ignore[operator]
    assert not any(faster(m) for m in loaded)  # type: ignore[operator]


def test_a_module_imported_after_it_is_checked_without_reading_it_into_linecache(tmp_path: Path) -> None:
    _checks()
    module_file = tmp_path / "mgdesk_import_check_probe.py"
    module_file.write_text('"""A module that names PySide6 in its text."""\n')
    sys.path.insert(0, str(tmp_path))
    try:
        import mgdesk_import_check_probe  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("mgdesk_import_check_probe", None)
    assert mgdesk_import_check_probe.__file__ == str(module_file)
    assert sys.modules["shibokensupport.feature"].pyside_feature_dict["mgdesk_import_check_probe"] == 0
    assert str(module_file) not in linecache.cache  # PySide6's own check kept every module's lines there


def test_a_fresh_process_with_the_locked_pyside6_gets_the_replacement_once() -> None:
    code = "from mgdesk.ui.common.import_check import speed_up; import json;print(json.dumps([speed_up(), speed_up()]))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [True, False]
