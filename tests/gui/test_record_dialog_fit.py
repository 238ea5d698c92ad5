"""The add/edit result dialog fits its content, labels are real buddies, an error is shown once."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit
from mgdesk.ui.patients.record_dialogs import CourseDialog, ResultDialog


def test_live_conversion_and_warnings_are_never_cut(qtbot: QtBot) -> None:
    dialog = ResultDialog(default_profile(), MgUnit.MMOL_L)
    qtbot.addWidget(dialog)
    dialog.show()
    for text in ("0.2", "1.7 mg/dL", "2.0 mmol/L"):
        dialog.value.setText(text)
        qtbot.wait(1)
        live = dialog.live
        assert live.height() >= live.heightForWidth(live.width()), text
        assert live.geometry().bottom() < dialog.height()
    assert "check the unit" in dialog.live.text()  # the longest case: two mix-up sentences, all visible


def test_labels_with_a_mnemonic_have_a_buddy(qtbot: QtBot) -> None:
    for dialog in (ResultDialog(default_profile(), MgUnit.MMOL_L), CourseDialog()):
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()


def test_a_value_error_is_shown_once(qtbot: QtBot) -> None:
    dialog = ResultDialog(default_profile(), MgUnit.MMOL_L)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.value.setText("abc")
    dialog.accept()
    assert dialog.result() == 0
    assert "\u26a0" in dialog.live.text()
    assert dialog.error_label.text() == ""
