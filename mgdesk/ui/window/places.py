"""The window's places: the sidebar, place switching, and the Patients and Clinic places built on first use.

Places (Converter, Patients, Clinic) are one keystroke apart (Ctrl+1, Ctrl+2,
Ctrl+3).  Patients and Clinic need numpy and pyqtgraph, so they are created
the first time they are shown, after the window is on screen (README,
"Measured").  The Clinic list is reloaded off the window's thread whenever
it is shown after the records changed.

The window's first frame lists the places' titles (``list_places``); their
shortcuts, the View menu's entries and the list's own drawing
(``place_list``) are added right after it (``finish_places``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QListWidget, QMainWindow, QScrollArea, QStackedWidget, QWidget

from mgdesk.domain.units import DISPLAY_UNITS, MgUnit

if TYPE_CHECKING:  # numpy and pyqtgraph load when the Clinic place is first shown
    from PySide6.QtWidgets import QMenu

    from mgdesk.domain.profile import LabProfile
    from mgdesk.ui.clinic.clinic_view import ClinicView
    from mgdesk.ui.common.settings import Settings
    from mgdesk.ui.converter.converter_view import ConverterView
    from mgdesk.ui.patients.patients_view import PatientsView
    from mgdesk.ui.patients.records_session import RecordsSession
    from mgdesk.ui.patients.trend_panel import TrendPanel


class PlaceStack(QStackedWidget):
    """The places, one shown at a time; each scrolls inside its own frameless area when the window is smaller.

    So the window can be made as small as a small screen needs (its minimum
    is this module's ``MINIMUM_SIZE``, not the sum of every place's widgets),
    and a place that cannot fit scrolls instead of being cut.  ``widget``,
    ``currentWidget`` and ``indexOf`` speak of the places, not their scroll
    areas.
    """

    def addWidget(self, widget: QWidget) -> int:  # noqa: N802 - Qt override
        area = QScrollArea()
        area.setObjectName(f"{widget.objectName() or 'place'}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return super().addWidget(area)

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt override
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt override
        return next((i for i in range(self.count()) if self.widget(i) is widget), -1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, 0)


MINIMUM_SIZE = QSize(780, 480)
NAV_GAP = 16  # pixels at least between a place's title and its shortcut
PLACE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3")  # Converter, Patients, Clinic


def is_demo(path: Path) -> bool:
    """Whether ``path`` is the synthetic demo clinic (the store names it ``demo-clinic.sqlite3``)."""
    return path.name.startswith("demo-clinic")


if TYPE_CHECKING:  # the mixin is only ever a base of MainWindow, a QMainWindow
    _Base = QMainWindow
else:
    _Base = object


class Places(_Base):
    """Navigation between the places, and the Patients and Clinic places built on first use."""

    settings: Settings
    profile: LabProfile
    session: RecordsSession
    converter: ConverterView
    places: PlaceStack
    nav: QListWidget
    view_menu: QMenu
    patients_host: QWidget
    clinic_host: QWidget
    clinic: ClinicView | None
    _patients: PatientsView | None
    _clinic_stale: bool
    _clinic_records: object | None  # the records the Clinic place last loaded (None: none yet)
    _place_keys: list[str]

    if TYPE_CHECKING:  # provided by the other bases of MainWindow

        def open_database_dialog(self) -> None: ...
        def new_database_dialog(self) -> None: ...

    def list_places(self, titles: list[str]) -> None:
        """The sidebar of the first frame: the places' titles, in a column already as wide as their shortcuts need.

        Their widgets are added by ``add_place`` (the Converter first), their
        shortcuts by ``finish_places``; the column keeps its width, so the
        converter beside it never moves.
        """
        for title in titles:
            self.nav.addItem(title)
        self._place_keys = list(PLACE_KEYS[: len(titles)])
        self._fit_nav()

    def add_place(self, widget: QWidget) -> None:
        """Put the widget of the next place listed in the sidebar in the window."""
        self.places.addWidget(widget)
        if self.places.count() == 1:
            self.nav.setCurrentRow(0)

    def finish_places(self) -> None:
        """Each place's shortcut in the sidebar and in the View menu (after the first frame)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        from mgdesk.ui.window.place_list import PlaceItemDelegate

        # Sized to its items: never scrolled sideways, which in a right-to-left
        # layout hid the shortcuts' first letters.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setItemDelegate(PlaceItemDelegate(self.nav))
        for index, shortcut in enumerate(self._place_keys):
            item = self.nav.item(index)
            title = item.text()
            item.setText(f"{title}\t{shortcut}")
            action = QAction(title, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.show_place(i))
            self.view_menu.addAction(action)

    def _fit_nav(self) -> None:
        """Make the sidebar as wide as its longest title, a gap and its widest shortcut (``place_list``)."""
        metrics = self.nav.fontMetrics()
        titles = [self.nav.item(row).text().partition("\t")[0] for row in range(self.nav.count())]
        title_width = max((metrics.horizontalAdvance(title) for title in titles), default=0)
        key_width = max((metrics.horizontalAdvance(key) for key in self._place_keys), default=0)
        self.nav.setFixedWidth(title_width + NAV_GAP + key_width + 2 * self.nav.frameWidth() + 24)

    def show_place(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        if self.places.widget(index) is self.converter:
            self.converter.focus_value()

    @property
    def patients(self) -> PatientsView:
        """The Patients place, created on first use."""
        if self._patients is None:
            from mgdesk.ui.patients.patients_view import PatientsView

            view = PatientsView(self.session, self.profile, lambda: self.converter.unit)
            view.setObjectName("patientsView")
            view.open_database_requested.connect(self.open_database_dialog)
            view.new_database_requested.connect(self.new_database_dialog)
            layout = self.patients_host.layout()
            assert layout is not None
            layout.addWidget(view)
            view.show()
            view.restore_layout(
                {name: state for name in ("patients", "patientDetail") if (state := self.settings.layout_state(name))}
            )
            view.trend_built.connect(self._restore_trend_choices)
            self._patients = view
        return self._patients

    def show_patients(self) -> PatientsView:
        """Go to the Patients place and return it."""
        view = self.patients
        self.show_place(self.places.indexOf(self.patients_host))
        return view

    def _on_place_changed(self, _index: int) -> None:
        if self.places.currentWidget() is self.patients_host:
            _ = self.patients  # built on first visit
        if self.places.currentWidget() is self.clinic_host and self._clinic_stale:
            self._refresh_clinic()

    def ensure_clinic(self) -> ClinicView:
        if self.clinic is None:
            from mgdesk.ui.clinic.clinic_view import ClinicView

            self.clinic = ClinicView()
            self.clinic.setObjectName("clinicView")
            self.clinic.patient_activated.connect(self.open_patient)
            self.clinic.review_requested.connect(self.review_result)
            self.clinic.waiting_changed.connect(self._show_waiting)
            self.clinic.restore_layout(
                {name: state for name in ("clinicTable", "clinic") if (state := self.settings.layout_state(name))}
            )
            layout = self.clinic_host.layout()
            assert layout is not None
            layout.addWidget(self.clinic)
            self.clinic.show()
        return self.clinic

    def _mark_clinic_stale(self, *_args: object) -> None:
        self._clinic_stale = True
        if self.places.currentWidget() is self.clinic_host:
            self._refresh_clinic()

    def _refresh_clinic(self) -> None:
        """Reload the clinic off the window's thread: its most urgent patients first, the whole list, then the plot."""
        clinic = self.ensure_clinic()
        if not self.session.is_open:
            self._clinic_records = None
            clinic.show_no_database(self.profile, dt.date.today())
            return
        from mgdesk.services import clinic_histories, clinic_latest

        records, database = self.session.records, self.session.database
        self._clinic_stale = False
        # Another database: its urgent patients first.  The same one after a
        # change: the list on screen stays until the new one replaces it.
        shown_before, self._clinic_records = self._clinic_records is records, records
        clinic.reviews = records.live_reviews()  # one small query; the list ranks waiting results first
        clinic.load_clinic(
            None if shown_before else lambda: clinic_latest(records, database),
            lambda: clinic_histories(records, database),
            self.profile,
            dt.date.today(),
        )

    def _show_waiting(self, count: int) -> None:
        """Name the number of results waiting for review in the navigation: 'Clinic (7)'."""
        index = self.places.indexOf(self.clinic_host)
        item = self.nav.item(index)
        title = (
            QCoreApplication.translate("main", "Clinic ({n})").format(n=count)
            if count
            else QCoreApplication.translate("main", "Clinic")
        )
        item.setText(f"{title}\t{self._place_keys[index]}")
        self._fit_nav()
        item.setToolTip(
            QCoreApplication.translate("main", "%n result(s) wait for a clinician's review", None, count)
            if count
            else QCoreApplication.translate("main", "Nothing waits for review")
        )

    def review_result(self, clinic_id: str, result_id: int) -> bool:
        """Ask for an optional comment and sign the result off as reviewed (undoable)."""
        from PySide6.QtWidgets import QInputDialog

        comment, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("main", "Mark reviewed"),
            QCoreApplication.translate(
                "main", "Sign off the latest result of {id} as reviewed by you ({user}).\nComment (optional):"
            ).format(id=clinic_id, user=self.session.records.os_user),
        )
        if not ok:
            return False
        return self.session.run(self.session.commands.review_result(clinic_id, result_id, comment))

    def _on_reviews_changed(self) -> None:
        if self.clinic is not None and self.session.is_open:
            self.clinic.set_reviews(self.session.records.live_reviews())

    def open_patient(self, clinic_id: str) -> None:
        patient = self.session.records.patient_by_clinic_id(clinic_id) if self.session.is_open else None
        if patient is None or patient.id is None:
            return
        self.show_patients().select_patient(patient.id)

    def _trend_panel(self) -> TrendPanel | None:
        from PySide6.QtWidgets import QMessageBox

        if self._patients is None or self._patients.record is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("main", "No patient"),
                QCoreApplication.translate("main", "Choose a patient first (Ctrl+2)."),
            )
            return None
        return self.patients.ensure_trend()

    def export_plot(self) -> None:
        if (panel := self._trend_panel()) is not None:
            panel.ask_export(".png")

    def patient_report(self) -> None:
        if (panel := self._trend_panel()) is not None:
            panel.ask_report()

    def print_report(self) -> None:
        if (panel := self._trend_panel()) is not None:
            panel.ask_print()

    def _restore_trend_choices(self, panel: TrendPanel) -> None:
        """Give a new trend panel the unit and time axis used last, and remember changes."""
        from mgdesk.ui.plots.trend_data import TimeAxis

        units = tuple(u.value for u in DISPLAY_UNITS)
        axes = tuple(a.value for a in TimeAxis)
        panel.set_unit(MgUnit(self.settings.choice("plot/unit", units)))
        panel.set_axis(TimeAxis(self.settings.choice("plot/axis", axes)))
        panel.unit_changed.connect(lambda unit: self.settings.set_choice("plot/unit", unit.value, units))
        panel.axis_changed.connect(lambda axis: self.settings.set_choice("plot/axis", axis.value, axes))

    def save_layout(self) -> None:
        """Write the splitters' and tables' states to the settings."""
        if self._patients is not None:
            for name, state in self._patients.save_layout().items():
                self.settings.set_layout_state(name, state)
        if self.clinic is not None:
            for name, state in self.clinic.save_layout().items():
                self.settings.set_layout_state(name, state)
