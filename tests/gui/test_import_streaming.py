"""File > Import of a file of several parts: checked part by part, imported by the command line's path.

The window's preview counts the whole file without keeping its rows
(``check_file``) and the import is ``store_file``, read again part by part
in one transaction, so a file of more than ``CHUNK_ROWS`` rows must give the
command line's report and stored rows exactly, the preview's counts must be
the import's, and Cancel, pressed on the real progress dialog once a part
is stored, must store nothing (a cancelled check: ``test_checked_import``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from mgdesk.domain.records import Patient
from mgdesk.interchange import FileFormatError
from mgdesk.interchange.csv_import import CHUNK_ROWS
from mgdesk.services import ImportReport, import_file
from mgdesk.store import Records, open_database
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.import_dialog import ImportPreview, import_checked, report_text
from mgdesk.ui.window import MainWindow

ROWS = 2 * CHUNK_ROWS + 5_000  # three parts
PATIENTS = 400
STORED = "P-001"  # a patient the database holds before the import
BAD_LINES = [n + 2 for n in range(ROWS) if n % 4999 == 17]  # a bad value in every part


def lab_csv(path: Path, rows: int) -> Path:
    """``rows`` results of ``PATIENTS`` patients, one a day each; a bad value every 4,999 rows (in every part).

    The last line repeats the first row's sample in mg/dL (a same-sample
    repeat across parts).
    """
    lines = ["patient,date,value,unit,specimen"]
    start = dt.date(2015, 1, 1)
    for n in range(rows):
        value = "abc" if n % 4999 == 17 else f"{0.50 + (n % 50) / 100:.2f}"
        lines.append(f"P-{n % PATIENTS:03d},{start + dt.timedelta(days=n // PATIENTS)},{value},mmol/L,serum")
    lines.append(f"P-000,{start},1.22,mg/dL,serum")  # 0.50 mmol/L of line 2, in mg/dL
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert main.open_database(tmp_path / "clinic.sqlite3")
    main.session.records.add_patient(Patient(clinic_id=STORED))
    return main


def command_line_import(path: Path, database: Path) -> ImportReport:
    with open_database(database) as opened:
        Records(opened).add_patient(Patient(clinic_id=STORED))
    return import_file(path, database)


def stored(records: Records) -> list[tuple[str, dt.date, str, str]]:
    return [(c, r.collected_on, r.measurement.text, r.unit_as_written) for c, r in records.export_results()]


def provenance(records: Records) -> list[tuple[str, str, int | None]]:
    """File name, SHA-256 and line of every 997th stored result (each is one query)."""
    results = records.export_results()[::997]
    return [
        (p.file_name or "", p.sha256 or "", p.line)
        for p in (records.provenance("mg_results", r.id) for _, r in results)
    ]


def test_a_file_of_several_parts_imports_as_the_command_line_does(window: MainWindow, tmp_path: Path) -> None:
    path = lab_csv(tmp_path / "lab.csv", ROWS)
    summary = window.import_file(path, confirm=False)
    cli_db = tmp_path / "cli.sqlite3"
    cli = command_line_import(path, cli_db)
    assert summary == report_text(cli)
    assert (cli.imported, cli.duplicates, cli.patients_created) == (ROWS - len(BAD_LINES), 1, PATIENTS - 1)
    assert [r.line for r in cli.rejected] == BAD_LINES
    assert window.statusBar().currentMessage() == summary.splitlines()[0]
    records = window.session.records
    with open_database(cli_db) as opened:
        assert stored(records) == stored(Records(opened))
        assert provenance(records) == provenance(Records(opened))
    assert len(records.audit_log("imports")) == 1  # one import, audited once


def test_the_preview_counts_what_the_import_then_does(window: MainWindow, tmp_path: Path) -> None:
    path = lab_csv(tmp_path / "lab.csv", ROWS)
    records = window.session.records
    preview = ImportPreview(path, window, records=records, profile=window.profile)
    preview.reread()
    checked = preview.checked
    assert checked is not None
    rejected = len(BAD_LINES)
    assert f"{ROWS + 1 - rejected} rows can be imported, {rejected} are rejected" in preview.summary.text()
    assert f"{PATIENTS - 1} new patients will be created." in preview.summary.text()
    assert preview.rejected_table.rowCount() == rejected
    assert preview.first_rows.rowCount() == 5
    report = import_checked(window, records, preview)
    assert checked.rows == report.imported + report.duplicates
    assert checked.rejected == report.rejected
    assert checked.new_patients == report.patients_created
    assert report.as_json() == command_line_import(path, tmp_path / "cli.sqlite3").as_json()
    preview.close()


def press_cancel(window: MainWindow, label: str, after: int, pressed: list[int]) -> QTimer:
    """A timer that presses Cancel on the progress dialog whose text starts with ``label`` once it passed ``after``."""

    def look() -> None:
        for dialog in window.findChildren(QProgressDialog):
            if not pressed and dialog.labelText().startswith(label) and dialog.value() >= after:
                pressed.append(dialog.value())
                dialog.findChild(QPushButton).click()  # the dialog's own Cancel button

    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(5)
    return timer


def test_cancel_half_way_through_the_import_stores_nothing(window: MainWindow, tmp_path: Path) -> None:
    label, after = "Importing", CHUNK_ROWS  # pressed once a part is stored in the transaction
    rows = 6 * CHUNK_ROWS
    path = lab_csv(tmp_path / "big.csv", rows)
    pressed: list[int] = []
    timer = press_cancel(window, label, after, pressed)
    try:
        assert window.import_file(path, confirm=False) is None
    finally:
        timer.stop()
    assert pressed
    assert after <= pressed[0] < rows  # pressed while more was to come
    records = window.session.records
    assert records.export_results() == []
    assert [p.clinic_id for p in records.list_patients()] == [STORED]
    assert records.audit_log("imports") == []
    assert window.statusBar().currentMessage() == "Nothing of big.csv was stored."


def test_a_file_changed_after_the_preview_is_not_imported(window: MainWindow, tmp_path: Path) -> None:
    path = lab_csv(tmp_path / "lab.csv", 100)
    records = window.session.records
    preview = ImportPreview(path, window, records=records, profile=window.profile)
    preview.reread()
    assert "100 rows can be imported, 1 are rejected" in preview.summary.text()
    lab_csv(path, 120)  # the lab system wrote the file again meanwhile
    with pytest.raises(FileFormatError) as refused:
        import_checked(window, records, preview)
    assert refused.value.code == "file-changed"
    assert records.export_results() == []
    preview.close()
