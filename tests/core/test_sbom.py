"""Every component the bundle carries has its licence text (packaging/sbom.py).

The bundle's bill of materials is made at build time from what PyInstaller
really collected; these tests check the same functions on this environment:
each of mgdesk's run-time dependencies (what the bundle carries) yields a
licence text, Qt's is the LGPL, files are traced to the distribution that
installed them, and the check of an installed bundle fails when a text is
missing.  packaging/test_packages.sh runs the same check on the installed .deb.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def sbom_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mgdesk_sbom", ROOT / "packaging" / "sbom.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def runtime_closure() -> set[str]:
    """mgdesk's run-time dependencies and theirs, by canonical name (no extras)."""
    sbom = sbom_module()
    seen: set[str] = set()
    todo = ["mgdesk"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for text in metadata.requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(sbom.canonical(requirement.name))
    return seen - {"mgdesk"}


def test_every_run_time_dependency_has_a_licence_text() -> None:
    sbom = sbom_module()
    closure = runtime_closure()
    assert {"pyside6-essentials", "shiboken6", "numpy", "pint", "pyqtgraph", "sqlalchemy", "alembic"} <= closure
    missing = [name for name in sorted(closure) if not sbom.licence_files(metadata.distribution(name))]
    assert not missing, f"no licence text for {missing}: add it to resources/licenses and SHIPPED_TEXTS"


def test_qt_is_shipped_with_the_lgpl() -> None:
    sbom = sbom_module()
    texts = sbom.licence_files(metadata.distribution("PySide6-Essentials"))
    assert any("GNU LESSER GENERAL PUBLIC LICENSE" in path.read_text(encoding="utf-8") for path in texts)


def test_bundled_files_are_traced_to_their_distribution() -> None:
    sbom = sbom_module()
    pint_file = Path(str(metadata.distribution("pint").locate_file("pint/__init__.py"))).resolve()
    stranger = Path("/nonexistent/libstranger.so")
    found, left = sbom.bundled_distributions({pint_file, stranger})
    assert set(found) == {"pint"}
    assert found["pint"].version == metadata.version("pint")
    assert left == {stranger}


def test_the_installed_bundle_check_fails_on_a_missing_text(tmp_path: Path) -> None:
    sbom = sbom_module()
    components = [
        {"name": "pyside6-essentials", "version": "6.12.0", "licenses": [{"license": {"id": "LGPL-3.0-only"}}]},
        {"name": "pint", "version": "0.26.2", "licenses": [{"license": {"id": "BSD-3-Clause"}}]},
    ]
    (tmp_path / "sbom.cdx.json").write_text(json.dumps({"components": components}), encoding="utf-8")
    qt = tmp_path / "licenses" / "pyside6-essentials"
    qt.mkdir(parents=True)
    (qt / "LGPL-3.0.txt").write_text((ROOT / "resources" / "licenses" / "LGPL-3.0.txt").read_text(encoding="utf-8"))
    assert sbom.check(tmp_path) == ["pint: no licence text in licenses/pint/"]
    components[1]["properties"] = [{"name": "mgdesk:licence-texts", "value": "licenses/elsewhere/"}]
    (tmp_path / "sbom.cdx.json").write_text(json.dumps({"components": components}), encoding="utf-8")
    assert sbom.check(tmp_path) == ["pint: no licence text in licenses/elsewhere/"]
    del components[1]["properties"]
    (tmp_path / "sbom.cdx.json").write_text(json.dumps({"components": components}), encoding="utf-8")
    (tmp_path / "licenses" / "pint").mkdir()
    (tmp_path / "licenses" / "pint" / "LICENSE").write_text("BSD 3-Clause License\n", encoding="utf-8")
    assert sbom.check(tmp_path) == []
