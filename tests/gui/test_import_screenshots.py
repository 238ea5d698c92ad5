"""Screenshots of the import preview at the three window sizes mgdesk is designed for.

A CSV file that maps itself from a remembered mapping, and an HL7 v2 batch
whose PID-3 repeats and whose lab sends magnesium under its own code.  The
preview is sized as it opens over a window of that size; each picture is
checked to be real and to fit, with no widget squeezed below its minimum.
Written to a temporary folder, or to ``MGDESK_SCREENSHOT_DIR`` (README).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_import_choices import NOTE_AS_UNIT, hl7_file
from test_layout import squeezed_widgets
from test_screenshots import shot_dir  # noqa: F401 - the fixture

from mgdesk.services import load_lab_settings, save_lab_settings
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.import_dialog import ImportPreview
from mgdesk.ui.window import MainWindow

SIZES = [(1280, 720), (1024, 600), (960, 540)]


def shoot(qtbot: QtBot, folder: Path, path: Path, name: str, size: tuple[int, int]) -> ImportPreview:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    assert window.open_database(path.with_name("clinic.sqlite3"))
    preview = ImportPreview(path, window, records=window.session.records, profile=window.profile)
    preview.fit_to(size)
    preview.reread()
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.wait(20)
    assert preview.width() <= size[0]
    assert preview.height() <= size[1]
    assert squeezed_widgets(preview) == []
    shot = folder / f"import-preview-{name}-{size[0]}x{size[1]}.png"
    assert preview.grab().save(str(shot))
    image_ok(shot)
    return preview


def image_ok(path: Path) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert image.width() >= 600
    assert image.height() >= 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 8, "the picture is (nearly) blank"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_csv_with_a_remembered_mapping(qtbot: QtBot, shot_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:  # noqa: F811
    settings = load_lab_settings()
    settings.remember_mapping(
        ["patient", "date", "value", "note"], {"patient": 0, "date": 1, "value": 2, "unit": 3}, dt.date(2026, 11, 2)
    )
    save_lab_settings(settings)
    path = tmp_path / "north-lab.csv"
    path.write_text(NOTE_AS_UNIT + "P2,2024-02-01,1.62,mg/dL\nP3,2024-02-02,0.58,mmol/L\n")
    preview = shoot(qtbot, shot_dir, path, "csv", size)
    assert not preview.remembered_box.isHidden()
    assert "4 rows can be imported" in preview.summary.text()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_hl7_with_the_patient_id_choice(qtbot: QtBot, shot_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:  # noqa: F811
    path = hl7_file(
        tmp_path / "north-lab.hl7",
        "OBX|1|NM|2601-3^Magnesium^LN||0.68|mmol/L|0.70-1.05|L|||F",
        "OBX|2|NM|MG^Magnesium^L||1.8|mg/dL||N|||F",
        "OBX|3|NM|NA^Sodium^L||140|mmol/L||N|||F",
    )
    preview = shoot(qtbot, shot_dir, path, "hl7", size)
    assert preview.form.isRowVisible(preview.patient_id)
    assert list(preview.code_choices) == ["MG^L"]
