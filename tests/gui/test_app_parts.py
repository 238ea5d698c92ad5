"""Settings, crash reporting, font, About dialog, history model, smoke test, no network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mgdesk import __version__
from mgdesk.domain.classify import classify
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.about import AboutNumbersDialog, about_html
from mgdesk.ui.common.crash import CrashReporter, setup_logging
from mgdesk.ui.common.fonts import register_bundled_font
from mgdesk.ui.common.settings import DEFAULT_UNIT, Settings, settings_path
from mgdesk.ui.converter.history_model import HistoryModel
from mgdesk.ui.window import MainWindow


def test_last_unit_persists_and_defaults_are_not_written(qtbot: QtBot) -> None:
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    assert first.converter.unit is DEFAULT_UNIT
    first.converter.set_unit(MgUnit.MMOL_L)
    first.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.converter.unit is MgUnit.MMOL_L
    again.converter.set_unit(DEFAULT_UNIT)
    again.settings.sync()
    assert "unit" not in settings_path().read_text(encoding="utf-8")


def test_settings_live_in_the_temporary_home(isolated_user_folders: Path) -> None:
    assert str(settings_path()).startswith(str(isolated_user_folders))


def test_corrupt_settings_file_is_set_aside(qtbot: QtBot) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"[converter]\nunit=\xff\xfe\x00garbage\n[[[\n")
    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.converter.unit is DEFAULT_UNIT
    aside = list(path.parent.glob(f"{path.name}.corrupt-*"))
    assert aside or not path.exists() or "garbage" not in path.read_text("latin-1")


def test_unknown_unit_in_settings_is_ignored(qtbot: QtBot) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[converter]\nunit=furlongs\n", encoding="utf-8")
    assert Settings().last_unit is DEFAULT_UNIT


def test_unusable_profile_in_settings_falls_back_to_default(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("name = ", encoding="utf-8")
    settings = Settings()
    settings.profile_path = broken
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.profile == default_profile()
    assert "not usable" in window.statusBar().currentMessage()


def test_loading_a_clinic_profile_names_it_everywhere(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "lab.toml"
    path.write_text(
        'name = "Lab B"\nunit = "mg/dL"\ncritical_low_below = 1.0\nlow_below = 1.6\nhigh_above = 2.6\n'
        "critical_high_above = 5.0\n",
        encoding="utf-8",
    )
    assert window.load_profile_file(path)
    assert "Lab B" in window.converter.profile_label.text()
    assert "Lab B" in window.profile_status.text()
    assert Settings().profile_path == path


def test_crash_reporter_logs_every_error_and_shows_one_dialog(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log_path = tmp_path / "mgdesk.log"
    reporter = CrashReporter(log_path)
    for _ in range(3):
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            reporter(RuntimeError, error, error.__traceback__)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog"]
    assert len(dialogs) == 1
    assert isinstance(dialogs[0], QMessageBox)
    assert str(log_path) in dialogs[0].text()
    assert reporter.count == 3
    assert sum("RuntimeError: boom" in record.getMessage() for record in caplog.records) == 3
    dialogs[0].close()


def test_log_file_is_in_the_users_data_folder(isolated_user_folders: Path) -> None:
    import logging
    import stat

    path = setup_logging()
    try:
        assert str(path).startswith(str(isolated_user_folders))
        logging.getLogger("mgdesk.test").error("written to the log file")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "written to the log file" in path.read_text(encoding="utf-8")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the log may name patients
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_bundled_font_is_registered(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    family = register_bundled_font(app)
    assert family == "Inter"
    assert "Inter" in QFontDatabase.families()
    assert app.font().family() == "Inter"


def test_about_the_numbers_has_constants_sources_version_licences() -> None:
    page = about_html(default_profile())
    for text in ("24.305 g/mol", "Gommers", "0.70 mmol/L = 1.71 mg/dL = 1.40 mEq/L", "LGPL-3.0", __version__, "Inter"):
        assert text in page


def test_about_dialog_opens_from_help_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.show_about_numbers()
    dialog = window.findChild(AboutNumbersDialog, "aboutNumbersDialog")
    assert dialog is not None
    assert dialog.isVisible()
    assert "24.305" in dialog.browser.toPlainText()


def test_history_model_passes_qtmodeltester(qtmodeltester: object) -> None:
    model = HistoryModel()
    for text in ("1.8 mg/dL", "0.55 mmol/L", "1.7 mg/dL"):
        model.add(classify(parse_measurement(text)))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3


def test_history_keeps_at_most_max_rows() -> None:
    model = HistoryModel()
    for hundredths in range(60, 60 + HistoryModel.MAX_ROWS + 5):
        model.add(classify(parse_measurement(f"0.{hundredths:02d} mmol/L" if hundredths < 100 else "1.00 mmol/L")))
    assert model.rowCount() <= HistoryModel.MAX_ROWS


@pytest.mark.parametrize("scale", ["1", "2"])
def test_smoke_test_prints_one_json_line(isolated_user_folders: Path, scale: str) -> None:
    import os

    done = subprocess.run(
        [sys.executable, "-m", "mgdesk", "--smoke-test"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=dict(os.environ, QT_SCALE_FACTOR=scale),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert set(report) == {"ok", "startup_ms", "python", "qt"}
    assert 0 < report["startup_ms"] < 60_000


def test_started_window_installs_the_log_file_and_crash_reporter_after_its_first_paint(
    isolated_user_folders: Path,
) -> None:
    # They wait for the converter's first paint (start-up time), but must not be forgotten.
    import os

    code = (
        "import json, sys; from mgdesk.app import main; status = main(['--smoke-test']);"
        "from mgdesk.ui.common.crash import CrashReporter, log_folder;"
        "print(json.dumps({'status': status, 'reporter': isinstance(sys.excepthook, CrashReporter),"
        "'log': (log_folder() / 'mgdesk.log').is_file()}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, env=dict(os.environ)
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"status": 0, "reporter": True, "log": True}


def test_converter_history_table_is_made_after_the_first_paint(qtbot: QtBot) -> None:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    converter = main.converter
    assert converter._history_view is None  # not needed to type: made after the first paint
    assert converter._history is None
    assert not converter.value_edit.isClearButtonEnabled()
    main.show()
    qtbot.waitUntil(lambda: converter._history_view is not None, timeout=10_000)
    assert converter.value_edit.isClearButtonEnabled()
    assert converter.history_view.model() is converter.history
    assert converter.history_view.isVisible()
    assert converter.copy_button.nextInFocusChain() is converter.history_view  # Tab order as before


class _NetworkUsedError(AssertionError):
    pass


def test_window_opens_no_network_connection(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise _NetworkUsedError("mgdesk tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.keyClicks(main.converter.value_edit, "1.8 mg/dL")
    main.show_about_numbers()
    assert main.converter.value_labels[MgUnit.MMOL_L].text() == "0.74"
    # ... and opens a database and plots a patient's trend.
    import datetime as dt

    from mgdesk.domain.records import MagnesiumResult, Patient

    assert main.open_database(tmp_path / "offline.sqlite3")
    session = main.session
    session.run(session.commands.add_patient(Patient("NET-1")))
    patient = session.records.patient_by_clinic_id("NET-1")
    assert patient is not None
    assert patient.id is not None
    for day, text in ((dt.date(2022, 1, 1), "0.85 mmol/L"), (dt.date(2023, 1, 1), "1.9 mg/dL")):
        measurement = parse_measurement(text)
        session.run(session.commands.add_result(patient.id, MagnesiumResult(day, measurement, str(measurement.unit))))
    main.show_patients().select_patient(patient.id)
    trend = main.patients.trend
    assert trend is not None
    assert trend.plot is not None
    trend.export(tmp_path / "offline.svg")
    assert (tmp_path / "offline.svg").stat().st_size > 0


def test_no_display_gets_a_clear_message_not_a_crash() -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "mgdesk"], capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 2
    assert "no display found" in done.stderr
    assert "Traceback" not in done.stderr
