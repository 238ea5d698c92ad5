"""The converter: a value and a unit in, every unit and the class out, as you type.

Works with no database.  The value field takes a decimal point or comma and
a pasted "1,8 mg/dl" also sets the unit.  Invalid input is explained inline
under the field, never in a dialog.  The card shows the result in the three
usual units, plus mg/L or umol/L when the value was entered in one of those;
the numbers are titled as this result, so they are never read as the threshold.  Enter puts the conversion in this
session's history; the copy action puts a ready sentence for the clinical
note on the clipboard.  All conversion and classification is the domain's.

Only what the first frame shows is built before the window's first paint
(README, "Measured"): this module imports no more than Qt's widget classes
and the unit names.  The lab profile, classification, wording, class badge,
band table, history table and Qt's ``Qt`` namespace (~15 ms of CPU to build
its enums) come after it (``finish_start``) or with the first typed value,
which converts as soon as they are there: a value typed earlier waits in the
field, never lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain.units import DISPLAY_UNITS, MgUnit
from mgdesk.ui.common.look import Card, pad_entry, secondary, section_title, show_as_error, strong

if TYPE_CHECKING:  # imported after the first paint, or with the first typed value
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QTableView

    from mgdesk.domain.classify import Classification
    from mgdesk.domain.profile import LabProfile
    from mgdesk.ui.common.class_style import ClassBadge
    from mgdesk.ui.converter.history_model import HistoryModel


class ValueEdit(QLineEdit):
    """The value field; Esc clears it (the converter's "cancel")."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt  # after the first paint (module docstring)

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ConverterView(QWidget):
    """The Converter place of the main window."""

    result_changed = Signal(object)  # Classification | None
    unit_changed = Signal(object)  # MgUnit

    def __init__(
        self,
        profile: LabProfile | Callable[[], LabProfile],
        unit: MgUnit,
        parent: QWidget | None = None,
    ) -> None:
        """``profile`` may be a function that reads it: called when a value is first typed, or by ``finish_start``."""
        super().__init__(parent)
        self.setObjectName("converterView")
        self._profile: LabProfile | None = None
        self._read_profile: Callable[[], LabProfile] | None = None
        if callable(profile):
            self._read_profile = profile
        else:
            self._profile = profile
        self._result: Classification | None = None
        self._history: HistoryModel | None = None
        self._badge: ClassBadge | None = None
        self._finished = False
        self._build(unit)
        self.value_edit.textChanged.connect(self._on_text_changed)
        self.value_edit.returnPressed.connect(self.commit)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.copy_button.clicked.connect(self.copy_note)
        self.clear_history_button.clicked.connect(self.clear_history)
        # The band table needs the unit registry (pint, ~0.3 s to import), and
        # the history table and the field's clear button are not needed to
        # type: ``finish_start`` makes them after the window's first paint, so
        # the window shows at once (README, "Measured").
        self._show_result(None)

    @property
    def profile(self) -> LabProfile:
        """The lab profile the converter classifies against (read when first needed)."""
        if self._profile is None:
            assert self._read_profile is not None
            self._profile = self._read_profile()
        return self._profile

    # -- layout ---------------------------------------------------------------

    def _build(self, unit: MgUnit) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(24, 24, 24, 24)
        root.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(8)
        root.addLayout(left, 3)

        prompt = section_title(QLabel(QCoreApplication.translate("converter", "Serum &magnesium result")))
        prompt.setObjectName("sectionTitle")
        left.addWidget(prompt)
        entry = QHBoxLayout()
        entry.setSpacing(8)
        self.value_edit = ValueEdit()
        self.value_edit.setObjectName("valueEdit")
        self.value_edit.setPlaceholderText(QCoreApplication.translate("converter", "e.g. 1.8 or 1,8 mg/dL"))
        self.value_edit.setAccessibleName(QCoreApplication.translate("converter", "Magnesium value"))
        self.value_edit.setAccessibleDescription(
            QCoreApplication.translate(
                "converter", "Type or paste a value; a unit written after it also sets the unit."
            )
        )
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.value_edit.setFont(big)
        prompt.setBuddy(self.value_edit)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setAccessibleName(QCoreApplication.translate("converter", "Unit of the value"))
        self.unit_combo.setFont(big)
        for choice in MgUnit:
            self.unit_combo.addItem(str(choice), choice)
        self.unit_combo.setCurrentIndex(list(MgUnit).index(unit))
        pad_entry(self.value_edit, beside=self.unit_combo)
        entry.addWidget(self.value_edit, 1)
        entry.addWidget(self.unit_combo)
        left.addLayout(entry)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(QCoreApplication.translate("converter", "Input message"))
        left.addWidget(self.message_label)

        left.addSpacing(8)
        left.addWidget(self._build_card())
        left.addSpacing(16)
        self._build_reference(left)
        left.addStretch(1)
        self._build_history(root)
        self.setTabOrder(self.value_edit, self.unit_combo)
        self.setTabOrder(self.unit_combo, self.copy_button)

    def _build_card(self) -> QFrame:
        self.card = Card()
        self.card.setObjectName("resultCard")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(16, 16, 16, 16)
        card.setSpacing(8)
        badge_row = QHBoxLayout()
        self._badge_row = badge_row  # the class badge goes first, made with the first result
        self.code_label = secondary(QLabel())
        self.code_label.setObjectName("codeLabel")
        self.code_label.setAccessibleName(QCoreApplication.translate("converter", "Interpretation code"))
        badge_row.addWidget(self.code_label)
        badge_row.addStretch(1)
        card.addLayout(badge_row)

        values_title = QLabel(QCoreApplication.translate("converter", "This result in each unit"))
        values_title.setObjectName("valuesTitle")
        card.addWidget(values_title)
        card.addLayout(self._build_values())

        self.side_label = QLabel()
        self.side_label.setObjectName("sideLabel")
        self.side_label.setWordWrap(True)
        card.addWidget(self.side_label)
        self.borderline_label = QLabel()
        self.borderline_label.setObjectName("borderlineLabel")
        self.borderline_label.setWordWrap(True)
        card.addWidget(self.borderline_label)
        self.warning_label = strong(QLabel())
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(QCoreApplication.translate("converter", "Unit warnings"))
        card.addWidget(self.warning_label)
        footer = QHBoxLayout()
        self.profile_label = secondary(QLabel())
        self.profile_label.setObjectName("profileLabel")
        self.profile_label.setWordWrap(True)
        footer.addWidget(self.profile_label, 1)
        self.copy_button = QPushButton(QCoreApplication.translate("converter", "&Copy for note"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("converter", "Copy a sentence for the clinical note")
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate("converter", "Copy a ready sentence for the clinical note (Ctrl+Shift+C)")
        )
        footer.addWidget(self.copy_button)
        card.addLayout(footer)
        return self.card

    def _build_values(self) -> QGridLayout:
        values = QGridLayout()
        values.setHorizontalSpacing(32)
        values.setVerticalSpacing(0)
        self.value_labels: dict[MgUnit, QLabel] = {}
        self._value_captions: dict[MgUnit, QLabel] = {}
        huge = QFont(self.font())
        huge.setPointSizeF(huge.pointSizeF() * 2.2)
        huge.setWeight(QFont.Weight.DemiBold)
        # The usual units first; mg/L and umol/L follow, shown only when entered.
        units = [*DISPLAY_UNITS, *(u for u in MgUnit if u not in DISPLAY_UNITS)]
        for column, display_unit in enumerate(units):
            number = QLabel("–")
            number.setObjectName(f"value_{display_unit.name}")
            number.setFont(huge)
            number.setAccessibleName(
                QCoreApplication.translate("converter", "This result in {unit}").format(unit=display_unit)
            )
            caption = secondary(QLabel(str(display_unit)))
            caption.setObjectName("unitCaption")
            values.addWidget(number, 0, column)
            values.addWidget(caption, 1, column)
            self.value_labels[display_unit] = number
            self._value_captions[display_unit] = caption
            if display_unit not in DISPLAY_UNITS:
                number.hide()
                caption.hide()
        values.setColumnStretch(len(units), 1)
        if QGuiApplication.isRightToLeft():
            self._values_left_to_right()  # before the first paint: the only case where it shows
        return values

    def _values_left_to_right(self) -> None:
        """A value and its unit read left to right in every language; numbers can be selected with the mouse."""
        from PySide6.QtCore import Qt  # after the first paint in left-to-right languages (module docstring)

        for unit, number in self.value_labels.items():
            for label in (number, self._value_captions[unit]):
                label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def shown_units(self) -> list[MgUnit]:
        """The units whose value the card shows now, in order."""
        return [unit for unit, label in self.value_labels.items() if not label.isHidden()]

    def _build_reference(self, left: QVBoxLayout) -> None:
        reference_title = section_title(QLabel(QCoreApplication.translate("converter", "Threshold and bands")))
        reference_title.setObjectName("sectionTitle")
        left.addWidget(reference_title)
        self.threshold_label = QLabel()
        self.threshold_label.setObjectName("thresholdLabel")
        self.threshold_label.setWordWrap(True)
        left.addWidget(self.threshold_label)
        self.bands_box = QWidget()
        self.bands_box.setObjectName("bandsBox")
        self._bands_layout = left
        left.addWidget(self.bands_box)

    def _build_history(self, root: QHBoxLayout) -> None:
        right = QVBoxLayout()
        right.setSpacing(8)
        root.addLayout(right, 2)
        history_title = section_title(QLabel(QCoreApplication.translate("converter", "This session")))
        history_title.setObjectName("sectionTitle")
        right.addWidget(history_title)
        hint = QLabel(
            QCoreApplication.translate(
                "converter", "Press Enter to keep a conversion here. Kept in memory only, never saved."
            )
        )
        hint.setObjectName("hintLabel")
        secondary(hint)
        hint.setWordWrap(True)
        right.addWidget(hint)
        self._history_layout = right
        self._history_view: QTableView | None = None
        right.addStretch(1)  # the history table takes this place after the first paint
        self.clear_history_button = QPushButton(QCoreApplication.translate("converter", "Clear &history"))
        self.clear_history_button.setObjectName("clearHistoryButton")
        self.clear_history_button.setAccessibleName(
            QCoreApplication.translate("converter", "Clear this session's conversions")
        )
        at_end = QHBoxLayout()
        at_end.addStretch(1)
        at_end.addWidget(self.clear_history_button)
        right.addLayout(at_end)

    @property
    def history(self) -> HistoryModel:
        """The model of this session's conversions (made after the first paint, or when first asked for)."""
        if self._history is None:
            from mgdesk.ui.converter.history_model import HistoryModel

            self._history = HistoryModel()
        return self._history

    def clear_history(self) -> None:
        self.history.clear()

    @property
    def history_view(self) -> QTableView:
        """The table of this session's conversions (made after the first paint, or when first asked for)."""
        if self._history_view is None:
            from PySide6.QtWidgets import QSizePolicy, QTableView

            from mgdesk.ui.converter.history_model import fit_columns

            view = QTableView()
            view.setObjectName("historyView")
            view.setAccessibleName(QCoreApplication.translate("converter", "Conversions this session"))
            view.setModel(self.history)
            view.verticalHeader().hide()
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            fit_columns(view)  # values whole, the class elided at 960x540
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self._history_layout.takeAt(2)  # the stretch that kept its place
            self._history_layout.insertWidget(2, view, 1)
            view.show()  # at once, not in the next event (a child added to a shown widget waits for one)
            self.setTabOrder(self.copy_button, view)
            self._history_view = view
        return self._history_view

    @property
    def badge(self) -> ClassBadge:
        """The class badge of the result card (made with the first result, or when first asked for)."""
        if self._badge is None:
            from mgdesk.ui.common.class_style import ClassBadge

            badge = ClassBadge()
            badge.setObjectName("classBadge")
            badge.hide()
            self._badge_row.insertWidget(0, badge)
            self._badge = badge
        return self._badge

    def finish_start(self) -> None:
        """What the first frame can do without: the field's clear button, the history table, the band table.

        The window calls it once its first frame is on screen; the band table
        reads the profile and loads the unit registry (pint).
        """
        if self._finished:
            return
        self._finished = True
        self.value_edit.setClearButtonEnabled(True)
        self._values_left_to_right()
        _ = self.history_view
        self._show_reference()

    # -- state ----------------------------------------------------------------

    @property
    def result(self) -> Classification | None:
        return self._result

    @property
    def unit(self) -> MgUnit:
        return MgUnit(self.unit_combo.currentData())

    def set_unit(self, unit: MgUnit) -> None:
        self.unit_combo.setCurrentIndex(list(MgUnit).index(unit))
        pad_entry(self.value_edit, beside=self.unit_combo)

    def set_profile(self, profile: LabProfile) -> None:
        self._profile = profile
        self._show_reference()
        self._evaluate()

    def focus_value(self) -> None:
        self.value_edit.setFocus()  # Qt's OtherFocusReason
        self.value_edit.selectAll()

    def commit(self) -> None:
        """Enter: keep the current conversion in this session's history."""
        if self._result is not None:
            self.history.add(self._result)
            self.value_edit.selectAll()

    def copy_note(self) -> None:
        from mgdesk.ui.common.messages import clinical_note

        if self._result is None:
            self.message_label.setText(
                QCoreApplication.translate("converter", "Nothing to copy yet: enter a value first.")
            )
            return
        QGuiApplication.clipboard().setText(clinical_note(self._result))
        self.history.add(self._result)
        self.message_label.setText(
            QCoreApplication.translate("converter", "Copied: {note}").format(note=clinical_note(self._result))
        )

    # -- reactions ------------------------------------------------------------

    def _on_unit_changed(self, _index: int) -> None:
        self.unit_changed.emit(self.unit)
        self._evaluate()

    def _on_text_changed(self, text: str) -> None:
        from mgdesk.domain.measurement import split_value_unit

        # A unit typed or pasted after the number moves into the unit selector.
        split = split_value_unit(text)
        if split is not None:
            number, unit = split
            self.unit_combo.blockSignals(True)
            self.set_unit(unit)
            self.unit_combo.blockSignals(False)
            self.unit_changed.emit(unit)
            self.value_edit.blockSignals(True)
            self.value_edit.setText(number)
            self.value_edit.blockSignals(False)
        self._evaluate()

    def _evaluate(self) -> None:
        from mgdesk.domain.classify import classify
        from mgdesk.domain.errors import MgdeskError
        from mgdesk.domain.measurement import parse_measurement
        from mgdesk.ui.common.messages import error_sentence

        text = self.value_edit.text()
        result: Classification | None = None
        message = ""
        if text.strip():
            try:
                # A valid unit was already moved into the selector, so any unit
                # text left here is unknown and must be refused, not ignored.
                result = classify(parse_measurement(text, self.unit), self.profile)
            except MgdeskError as error:
                message = f"⚠ {error_sentence(error)}"
        self._result = result
        self.message_label.setText(message)
        show_as_error(self.message_label, bool(message))
        self._show_result(result)
        self.result_changed.emit(result)

    def _show_result(self, result: Classification | None) -> None:
        self.card.setEnabled(result is not None)
        self.copy_button.setEnabled(result is not None)
        if result is None:
            for unit, label in self.value_labels.items():
                label.setText("–")
                label.setVisible(unit in DISPLAY_UNITS)
                self._value_captions[unit].setVisible(unit in DISPLAY_UNITS)
            if self._badge is not None:
                self._badge.set_class(None, borderline=False, text="")
            self.code_label.clear()
            self.side_label.setText(
                QCoreApplication.translate("converter", "Type a value to see it in every unit, with its class.")
            )
            self.borderline_label.clear()
            self.warning_label.clear()
            self.warning_label.hide()
            self.borderline_label.hide()
            if self._profile is not None:
                self._show_profile_line()
            return
        from mgdesk.ui.common.class_style import badge_words
        from mgdesk.ui.common.messages import borderline_sentence, mix_up_sentences, threshold_side_sentence
        from mgdesk.ui.common.wording import local_number

        entered = result.measurement.unit
        for unit, label in self.value_labels.items():
            label.setText(local_number(result.shown(unit)))
            extra_shown = unit in DISPLAY_UNITS or unit is entered
            label.setVisible(extra_shown)
            self._value_captions[unit].setVisible(extra_shown)
        badge_text = badge_words(result.category, borderline=result.borderline)
        self.badge.set_class(result.category, borderline=result.borderline, text=badge_text)
        self.badge.setToolTip(self._class_reason(result))
        self.code_label.setText(
            QCoreApplication.translate("converter", "Interpretation code {code}").format(
                code=result.category.interpretation
            )
        )
        self.code_label.setToolTip(
            QCoreApplication.translate(
                "converter", "FHIR Observation.interpretation code (LL, L, N, H, HH; IND when it cannot tell)."
            )
        )
        self.side_label.setText(threshold_side_sentence(result))
        borderline = borderline_sentence(result)
        self.borderline_label.setText(borderline or "")
        self.borderline_label.setVisible(borderline is not None)
        warnings = mix_up_sentences(result)
        self.warning_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        self._show_profile_line()

    def _class_reason(self, result: Classification) -> str:
        from mgdesk.domain.classify import class_reason_message
        from mgdesk.ui.common.messages import render

        return render(class_reason_message(result))

    def _show_profile_line(self) -> None:
        profile = self.profile
        self.profile_label.setText(QCoreApplication.translate("converter", "Profile: {name}").format(name=profile.name))
        sources = "\n".join(f"• {text}" for text in profile.sources.values())
        self.profile_label.setToolTip(
            sources or QCoreApplication.translate("converter", "This profile names no sources.")
        )

    def _show_reference(self) -> None:
        from PySide6.QtCore import Qt

        from mgdesk.domain.profile import BAND_CATEGORIES
        from mgdesk.ui.common.class_style import class_icon, class_short_words
        from mgdesk.ui.common.wording import local_number, threshold_sentence

        profile = self.profile
        self.threshold_label.setText(
            QCoreApplication.translate("converter", "Hypomagnesemia below {threshold}").format(
                threshold=threshold_sentence(profile)
            )
        )
        self.threshold_label.setToolTip(profile.sources.get("hypomagnesemia_below", ""))
        # Rebuilt whole on a profile change: a fresh box, the old one deleted.
        box = QWidget()
        box.setObjectName("bandsBox")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self._bands_layout.replaceWidget(self.bands_box, box)
        self.bands_box.deleteLater()
        self.bands_box = box
        box.show()
        for column, unit in enumerate(DISPLAY_UNITS, start=1):
            header = secondary(QLabel(str(unit)))
            header.setObjectName("bandHeader")
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignRight)
        tables = {unit: profile.bands(unit) for unit in DISPLAY_UNITS}
        for row, category in enumerate(BAND_CATEGORIES, start=1):
            name = QLabel(class_short_words(category))
            name.setObjectName("bandName")
            icon = QLabel()
            icon.setPixmap(class_icon(category).pixmap(16, 16))
            icon.setAccessibleName(class_short_words(category))
            holder = QHBoxLayout()
            holder.setSpacing(8)
            holder.addWidget(icon)
            holder.addWidget(name)
            holder.addStretch(1)
            grid.addLayout(holder, row, 0)
            for column, unit in enumerate(DISPLAY_UNITS, start=1):
                cell = QLabel(local_number(tables[unit][row - 1].text()))
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(cell, row, column)
        self._show_profile_line()
