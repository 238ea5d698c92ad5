"""The wheel build: setuptools as configured in pyproject.toml, plus mgdesk's compiled translations.

``build_py`` also compiles the ``.ts`` catalogues of ``resources/translations``
into ``.qm`` files with Qt's ``pyside6-lrelease`` (``packaging/translations.py
build``), so a plain ``pip install .`` ships them although they are never
committed.  An editable install compiles them in place, beside the sources.
"""

from __future__ import annotations

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        pipeline = runpy.run_path(str(HERE / "packaging" / "translations.py"))
        source = HERE / "resources" / "translations"
        out = source if self.editable_mode else Path(self.build_lib) / "mgdesk" / "resources" / "translations"
        pipeline["build"](folder=source, out=out)


setup(cmdclass={"build_py": BuildWithTranslations})
