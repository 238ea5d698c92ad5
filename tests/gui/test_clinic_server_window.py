"""The window on a clinic server: opened from a postgresql:// address, named in the status bar."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pg_server import free_port
from pytestqt.qtbot import QtBot

from mgdesk.domain.records import Patient
from mgdesk.ui.common.settings import Settings, settings_path
from mgdesk.ui.window import MainWindow


def test_the_window_opens_a_server_database_and_names_it(qtbot: QtBot, pg_url: str) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(pg_url)
    database = pg_url.rsplit("/", 1)[1]
    assert f"{database} on the clinic server 127.0.0.1:" in window.database_status.text()
    assert "mgdesk_test" in window.database_status.text()
    window.show_patients()
    assert window.session.run(window.session.commands.add_patient(Patient("P-001", name="Ada Example")))
    assert window.patients.patients.rowCount() == 1


def test_an_unreachable_server_keeps_the_converter_working(qtbot: QtBot) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert not window.open_database("postgresql://nurse@127.0.0.1:1/mgdesk")
    assert "cannot be reached" in (window.session.last_error or "")
    assert window.patients.pages.currentIndex() == 0


def test_connect_dialog_tries_the_server_before_keeping_it(qtbot: QtBot, pg_url: str) -> None:
    from mgdesk.ui.common.server_dialog import ServerDialog

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    port = free_port()  # nothing listens there
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database.setText("mgdesk")
    dialog.user.setText("nurse2")
    dialog.connect_button.click()
    assert dialog.address is None
    assert "cannot be reached" in dialog.status.text()
    assert dialog.result() != dialog.DialogCode.Accepted

    served = urlsplit(pg_url)
    assert served.port is not None
    dialog.port.setValue(served.port)
    dialog.database.setText(served.path.lstrip("/"))
    dialog.user.setText(served.username or "")
    dialog.connect_button.click()
    assert dialog.address == pg_url
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_address_is_kept_without_a_password_and_offered_again(qtbot: QtBot, pg_url: str) -> None:
    from mgdesk.ui.common.server_dialog import ServerDialog

    settings = Settings()
    settings.clinic_server = pg_url + "?sslmode=require"
    settings.sync()
    dialog = ServerDialog(last_address=Settings().clinic_server)
    qtbot.addWidget(dialog)
    served = urlsplit(pg_url)
    assert (dialog.host.text(), dialog.port.value()) == (served.hostname, served.port)
    assert dialog.sslmode.currentText() == "require"
    assert dialog.current_address() == pg_url + "?sslmode=require"
    assert "password" not in settings_path().read_text(encoding="utf-8").lower()


def test_file_copy_to_the_clinic_server_runs_in_the_window_and_is_verified(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    from mgdesk.store import Records, open_database

    source = tmp_path / "workstation.sqlite3"
    with open_database(source) as db:
        Records(db).add_patient(Patient("P-001", name="Ada Example"))
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_database(source)
    shown = window.copy_to_server_dialog(pg_url, confirm=False)
    assert shown is not None
    assert shown.startswith("Copied ")
    assert "verified" in shown
    assert "patients: 1 rows, checksum " in shown
    with open_database(pg_url) as db:
        assert [p.clinic_id for p in Records(db).list_patients()] == ["P-001"]
    # A second copy finds records there: refused unless merging, and merging refuses the shared clinic ID.
    refused = window.copy_to_server_dialog(pg_url, confirm=False)
    assert refused is not None
    assert "already holds records" in refused
    merged = window.copy_to_server_dialog(pg_url, confirm=False, merge=True)
    assert merged is not None
    assert "Nothing was copied" in merged
    window.session.close()
