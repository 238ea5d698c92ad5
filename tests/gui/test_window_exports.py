"""File > Export results, medications and FHIR from the window: the open patient only, or every patient.

The two modal questions (which patients, which file) are answered by
replacing the static dialog functions; the export itself is real and its
file is read back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mgdesk.store import create_demo_database
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow


def answer(monkeypatch: pytest.MonkeyPatch, out: Path, *, only_this_patient: bool) -> None:
    button = QMessageBox.StandardButton.Yes if only_this_patient else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: button)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(out), ""))


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo-clinic.sqlite3")


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert main.open_database(demo_path)
    record = main.session.records.patient_by_clinic_id("DEMO-0182")
    assert record is not None
    assert record.id is not None
    main.show_patients().select_patient(record.id)
    return main


def test_results_of_the_open_patient_only(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "one.csv"
    answer(monkeypatch, out, only_this_patient=True)
    window.export_results()
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert rows
    assert all("DEMO-0182" in row for row in rows)


def test_every_patient_as_fhir(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    answer(monkeypatch, out, only_this_patient=False)
    window.export_fhir()
    bundle = json.loads(out.read_text(encoding="utf-8"))
    patients = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert len(patients) > 1


def test_nothing_is_asked_without_a_database(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.session.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: shown.append(title))
    answer(monkeypatch, tmp_path / "never.csv", only_this_patient=True)
    main.export_medications()
    assert shown == ["No database"]
    assert not (tmp_path / "never.csv").exists()
