"""The converter driven through its real widgets, checked by what a user reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mgdesk.domain.units import MgUnit
from mgdesk.ui.window import MainWindow


def shown(window: MainWindow, unit: MgUnit) -> str:
    return window.converter.value_labels[unit].text()


def test_value_field_has_focus_on_start(window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.converter.value_edit


def test_typing_converts_at_once(qtbot: QtBot, window: MainWindow) -> None:
    converter = window.converter
    converter.set_unit(MgUnit.MG_DL)
    qtbot.keyClicks(converter.value_edit, "1,8")
    assert shown(window, MgUnit.MMOL_L) == "0.74"
    assert shown(window, MgUnit.MG_DL) == "1.8"
    assert shown(window, MgUnit.MEQ_L) == "1.48"
    assert converter.badge.text() == "Normal"
    assert not converter.badge.is_outlined()
    assert converter.code_label.text() == "Interpretation code N"
    assert "Not below the hypomagnesemia threshold of 0.70 mmol/L" in converter.side_label.text()
    assert "mgdesk default (adult serum)" in converter.profile_label.text()


def test_pasted_value_with_unit_sets_the_unit(qtbot: QtBot, window: MainWindow) -> None:
    converter = window.converter
    converter.set_unit(MgUnit.MMOL_L)
    QGuiApplication.clipboard().setText("1,8 mg/dl")
    converter.value_edit.setFocus()
    qtbot.keyClick(converter.value_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert converter.unit is MgUnit.MG_DL
    assert converter.value_edit.text() == "1,8"
    assert shown(window, MgUnit.MMOL_L) == "0.74"
    assert window.unit_actions[MgUnit.MG_DL].isChecked()


def test_low_value_is_low_with_words_and_code(qtbot: QtBot, window: MainWindow) -> None:
    window.converter.set_unit(MgUnit.MMOL_L)
    qtbot.keyClicks(window.converter.value_edit, "0.55")
    assert window.converter.badge.text() == "Low (hypomagnesemia)"
    assert window.converter.code_label.text() == "Interpretation code L"
    assert "Below the hypomagnesemia threshold" in window.converter.side_label.text()


def test_borderline_says_why(qtbot: QtBot, window: MainWindow) -> None:
    window.converter.set_unit(MgUnit.MG_DL)
    qtbot.keyClicks(window.converter.value_edit, "1.7")
    converter = window.converter
    assert converter.badge.is_outlined()
    assert converter.badge.text().startswith("~ ")
    assert "1.7 mg/dL could be 0.68 to 0.72 mmol/L: on the 0.70 mmol/L threshold" in converter.borderline_label.text()
    assert shown(window, MgUnit.MMOL_L) == "0.699"  # never "0.70" beside "low"


def test_unit_mix_up_warning_shows_beside_the_value(qtbot: QtBot, window: MainWindow) -> None:
    window.converter.set_unit(MgUnit.MMOL_L)
    qtbot.keyClicks(window.converter.value_edit, "2.0")
    text = window.converter.warning_label.text()
    assert "2.0 mmol/L is high; as 2.0 mg/dL it would be 0.82 mmol/L, normal - check the unit." in text
    assert window.converter.warning_label.isVisibleTo(window)


def test_invalid_input_is_explained_inline(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.converter.value_edit, "abc")
    assert "is not a value" in window.converter.message_label.text()
    assert shown(window, MgUnit.MMOL_L) == "–"
    assert not window.converter.copy_button.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox | QDialog) and w.isVisible()]


def test_unknown_text_after_the_number_is_refused_not_ignored(qtbot: QtBot, window: MainWindow) -> None:
    window.converter.set_unit(MgUnit.MMOL_L)
    qtbot.keyClicks(window.converter.value_edit, "0,7x")
    assert "Unknown unit 'x'" in window.converter.message_label.text()
    assert shown(window, MgUnit.MMOL_L) == "–"
    assert window.converter.result is None


def test_implausible_value_says_check_the_unit(qtbot: QtBot, window: MainWindow) -> None:
    window.converter.set_unit(MgUnit.MMOL_L)
    qtbot.keyClicks(window.converter.value_edit, "74")
    assert "check the unit" in window.converter.message_label.text()


def test_copy_puts_the_note_sentence_on_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    window.converter.set_unit(MgUnit.MG_DL)
    qtbot.keyClicks(window.converter.value_edit, "1.8")
    window.copy_note_action.trigger()
    assert QGuiApplication.clipboard().text() == (
        "Serum Mg 1.8 mg/dL = 0.74 mmol/L (normal; hypomagnesemia threshold 0.70 mmol/L)"
    )
    assert window.copy_note_action.shortcut().toString() == "Ctrl+Shift+C"


def test_enter_keeps_the_conversion_in_history_and_it_can_be_cleared(qtbot: QtBot, window: MainWindow) -> None:
    history = window.converter.history
    window.converter.set_unit(MgUnit.MMOL_L)
    qtbot.keyClicks(window.converter.value_edit, "0.65")
    qtbot.keyClick(window.converter.value_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.converter.value_edit, "0.91")
    qtbot.keyClick(window.converter.value_edit, Qt.Key.Key_Return)
    assert history.rowCount() == 2
    assert history.data(history.index(0, history.COL_ENTERED)) == "0.91 mmol/L"
    assert history.data(history.index(1, history.COL_CLASS)) == "low"
    window.converter.clear_history_button.click()
    assert history.rowCount() == 0


def test_escape_clears_the_value(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.converter.value_edit, "0.65")
    qtbot.keyClick(window.converter.value_edit, Qt.Key.Key_Escape)
    assert window.converter.value_edit.text() == ""


def test_unit_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.converter.value_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.converter.unit is MgUnit.MMOL_L
    qtbot.keyClick(window.converter.value_edit, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.converter.unit is MgUnit.UMOL_L
    assert window.unit_actions[MgUnit.UMOL_L].isChecked()


def test_threshold_is_visible_in_all_three_units(window: MainWindow) -> None:
    # 1.70 mg/dL is 0.6994 mmol/L, below the threshold: at two decimals the threshold is 1.71 mg/dL.
    assert "0.70 mmol/L = 1.71 mg/dL = 1.40 mEq/L" in window.converter.threshold_label.text()


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    converter = window.converter
    for widget in (
        converter.value_edit,
        converter.unit_combo,
        converter.copy_button,
        converter.history_view,
        converter.clear_history_button,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_every_menu_action_with_a_shortcut_shows_it(window: MainWindow) -> None:
    shortcuts = [
        action.shortcut().toString()
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        for action in menu.actions()
        if not action.isSeparator()
    ]
    assert {"Ctrl+1", "Ctrl+Shift+C", "Alt+1", "Alt+5", "Ctrl+U", "Ctrl+Q"} <= set(shortcuts)


def test_critical_low_differs_from_low_by_shape_and_words(qtbot: QtBot, window: MainWindow) -> None:
    converter = window.converter
    converter.set_unit(MgUnit.MMOL_L)
    qtbot.keyClicks(converter.value_edit, "0.55")
    assert converter.badge.text() == "Low (hypomagnesemia)"
    assert not converter.badge.is_critical_shape()
    low_image = converter.badge.grab().toImage()
    converter.value_edit.clear()
    qtbot.keyClicks(converter.value_edit, "0.30")
    assert converter.badge.text() == "CRITICAL LOW"
    assert converter.badge.is_critical_shape()
    assert converter.code_label.text() == "Interpretation code LL"
    critical_image = converter.badge.grab().toImage()
    # The pill of low leaves its top-left corner empty; the critical box fills it.
    assert (
        low_image.pixelColor(3, 3).alpha() < 128 or low_image.pixelColor(3, 3) == converter.palette().window().color()
    )
    assert critical_image.pixelColor(3, 3).red() < 100  # the black frame of the square corner


def test_mg_per_l_and_umol_per_l_are_shown_when_entered(qtbot: QtBot, window: MainWindow) -> None:
    converter = window.converter
    converter.set_unit(MgUnit.MMOL_L)
    qtbot.keyClicks(converter.value_edit, "0.74")
    assert converter.shown_units() == [MgUnit.MMOL_L, MgUnit.MG_DL, MgUnit.MEQ_L]
    converter.value_edit.clear()
    qtbot.keyClicks(converter.value_edit, "18 mg/L")
    assert converter.unit is MgUnit.MG_L
    assert converter.shown_units() == [MgUnit.MMOL_L, MgUnit.MG_DL, MgUnit.MEQ_L, MgUnit.MG_L]
    assert shown(window, MgUnit.MG_L) == "18"
    assert shown(window, MgUnit.MG_DL) == "1.8"
    converter.value_edit.clear()
    converter.set_unit(MgUnit.UMOL_L)
    qtbot.keyClicks(converter.value_edit, "740")
    assert converter.shown_units() == [MgUnit.MMOL_L, MgUnit.MG_DL, MgUnit.MEQ_L, MgUnit.UMOL_L]
    assert shown(window, MgUnit.UMOL_L) == "740"
    assert shown(window, MgUnit.MMOL_L) == "0.740"  # the display rule keeps 740's resolution
    converter.value_edit.clear()
    assert converter.shown_units() == [MgUnit.MMOL_L, MgUnit.MG_DL, MgUnit.MEQ_L]
