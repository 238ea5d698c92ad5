"""Update and build mgdesk's translations with Qt's own tools (resources/translations/README.md).

``update`` runs ``pyside6-lupdate`` over the window's code (``mgdesk/ui`` and
``mgdesk/app.py``) into one ``.ts`` catalogue per language in
``resources/translations/``: obsolete messages are dropped and no source
locations are written, so a catalogue changes only when a message does.  The
English catalogue holds only the plural (``%n``) messages, which English needs
for "1 day" / "2 days"; every other English text is its own source.
``build`` compiles every ``.ts`` into the ``.qm`` beside it with
``pyside6-lrelease`` (``.qm`` files are built, never committed).  Both tools
are part of the PySide6-Essentials wheel, so nothing outside Python is needed.

    python packaging/translations.py update    # after changing a string in the window
    python packaging/translations.py build     # before running from a checkout (dev.sh does it)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
# The languages translated in full (the .ts file name suffix), then English for its plural forms.
LANGUAGES = ("fr", "es", "pt_BR", "ar")
PLURALS_ONLY = "en"


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files whose strings the window shows."""
    return sorted([*(root / "mgdesk" / "ui").rglob("*.py"), root / "mgdesk" / "app.py"])


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"mgdesk_{language}.ts"


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``, from the running interpreter's environment first."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials (pip install -e .)")
    return found


def update(root: Path = ROOT, folder: Path = CATALOGUES) -> None:
    """Extract every translatable string into each language's catalogue, keeping existing translations."""
    files = [str(path.relative_to(root)) for path in sources(root)]
    for language in (*LANGUAGES, PLURALS_ONLY):
        command = [
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
        ]
        if language == PLURALS_ONLY:
            command.append("-pluralonly")
        command += ["-ts", str(catalogue(language, folder))]
        subprocess.run(command, cwd=root, check=True, capture_output=True)


def build(folder: Path = CATALOGUES, out: Path | None = None) -> list[Path]:
    """Compile each catalogue into a ``.qm`` (in ``out``, else beside it); return the files written.

    Each ``.qm`` is written beside its final name and renamed over it: a
    running mgdesk maps its catalogue into memory, and rewriting that file in
    place would pull the pages from under it.
    """
    written = []
    for ts in sorted(folder.glob("mgdesk_*.ts")):
        qm = (out or folder) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        partial = qm.with_name(qm.name + ".partial")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(partial)], check=True)
        os.replace(partial, qm)
        written.append(qm)
    return written


def main(argv: Sequence[str]) -> int:
    if list(argv) == ["update"]:
        update()
        return 0
    if list(argv) == ["build"]:
        build()
        return 0
    print("usage: python packaging/translations.py update|build", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
