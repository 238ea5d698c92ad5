"""One truth for a remembered CSV mapping: ``mgdesk import`` reads a file as the window's preview does.

The window's import preview remembers a column mapping made by hand per
header row (``lab-import.json``); the rule that looks it up lives in
``mgdesk.services`` (``remembered_columns``), and both faces apply it.  The
same file is imported from the real window (preview, Import) and from the
command line into two databases, and the stored rows, exported the same way,
must be the same; the command line says which mapping it used and how not
to use it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mgdesk.cli import main
from mgdesk.services import export_csv, load_lab_settings
from mgdesk.store import Records, open_database
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.import_dialog import ImportPreview
from mgdesk.ui.window import MainWindow

# Column names no guess reads (a German lab), so only a mapping made by hand imports the file.
UNGUESSABLE = (
    "Kennung;Entnahme;Ergebnis;Einheit\nP1;2024-01-05;0,68;mmol/L\nP2;2024-01-06;1,7;mg/dL\nP2;2024-02-06;1,9;mg/dL\n"
)


def stored_rows(database: Path, out: Path) -> list[str]:
    with open_database(database, create=False) as opened:
        export_csv(Records(opened), out)
    return out.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main_window = MainWindow(Settings())
    qtbot.addWidget(main_window)
    assert main_window.open_database(tmp_path / "window.sqlite3")
    return main_window


def map_by_hand(window: MainWindow, path: Path) -> None:
    """The user maps the columns in the window's preview and imports: the mapping is remembered."""
    preview = ImportPreview(path, window, records=window.session.records, profile=window.profile)
    preview.reread()
    assert preview.parsed is None  # cannot be guessed
    for column, field in enumerate(["patient", "date", "value", "unit"]):
        choice = preview.mapping_choice(column)
        choice.setCurrentIndex(choice.findData(field))
    assert preview.parsed is not None
    preview.accept()
    assert load_lab_settings().remembered_mapping(["Kennung", "Entnahme", "Ergebnis", "Einheit"]) is not None


def test_the_command_line_imports_with_the_mapping_the_window_remembered(
    window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "labor-januar.csv"
    first.write_text(UNGUESSABLE, encoding="utf-8")
    map_by_hand(window, first)
    second = tmp_path / "labor-februar.csv"  # the next file from the same lab
    second.write_text(UNGUESSABLE.replace("0,68", "0,66"), encoding="utf-8")

    summary = window.import_file(second, confirm=False)  # the window: preview (remembered mapping), Import
    assert summary is not None
    assert main(["import", str(second), "--db", str(tmp_path / "cli.sqlite3")]) == 0
    said = capsys.readouterr().out
    assert "imported 3 results" in said
    assert "mapped by hand on" in said
    assert "patient = column 1" in said
    assert "--no-remembered-mapping" in said

    window_rows = stored_rows(tmp_path / "window.sqlite3", tmp_path / "window.csv")
    cli_rows = stored_rows(tmp_path / "cli.sqlite3", tmp_path / "cli.csv")
    assert len(cli_rows) == 4  # the header and the three results
    assert cli_rows == window_rows


def test_the_command_line_says_the_mapping_in_json_and_can_leave_it_out(
    window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "labor.csv"
    path.write_text(UNGUESSABLE, encoding="utf-8")
    map_by_hand(window, path)
    capsys.readouterr()
    assert main(["import", str(path), "--db", str(tmp_path / "a.sqlite3"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == 3
    assert report["remembered_mapping"]["columns"] == {"patient": 0, "date": 1, "value": 2, "unit": 3}
    # Told not to: the columns are guessed, which this header does not allow; nothing is created.
    assert main(["import", str(path), "--db", str(tmp_path / "b.sqlite3"), "--no-remembered-mapping"]) != 0
    assert "column" in capsys.readouterr().err.lower()
    assert not (tmp_path / "b.sqlite3").exists()
