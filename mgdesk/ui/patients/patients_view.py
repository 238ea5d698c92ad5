"""The Patients place: search the list on the left, the chosen patient on the right.

On the right: who the patient is, a slot for the trend (plot, medication
lanes and the numbers, added by the trends view), the medication courses and
the results table.  Every change goes through the session as an undoable
command; deletes ask once for a reason and can be undone.  With no database
open the place says why and offers to open or create one; the converter
keeps working regardless.

On a shared database the place is live: what another workstation changed
is reloaded when it concerns the patient on screen (a new patient joins the
list), keeping the selected row.  When the clinic server cannot be reached
a banner says so in one line, and the last data read stays on screen, greyed
and marked "not current", until the server answers again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain.profile import LabProfile
from mgdesk.domain.records import MagnesiumResult, MedicationCourse, Patient
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.look import secondary
from mgdesk.ui.common.record_names import specimen_name
from mgdesk.ui.common.wording import local_date
from mgdesk.ui.patients.record_dialogs import CourseDialog, PatientDialog, ResultDialog
from mgdesk.ui.patients.record_models import CoursesModel, PatientListModel, ResultsModel
from mgdesk.ui.patients.records_session import RecordsSession

if TYPE_CHECKING:  # the store (SQLAlchemy) and the plot (pyqtgraph) load only when needed
    from mgdesk.domain.cohort import PatientHistory
    from mgdesk.store import Changes, Records
    from mgdesk.ui.patients.trend_panel import TrendPanel


class ElidedLabel(QLabel):
    """A one-line label that elides its text to its width; the whole text is on hover."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._full = ""
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 0))
        super().setText(shown)


LIST_WIDTH = 220
# Below this width of the place the patient list becomes a drawer (Ctrl+B), and
# below this height the records fold under the trend, so the plot keeps its size.
NARROW_WIDTH = 1000
SHORT_HEIGHT = 800


def _table(name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Columns are sized once per new content, from the first rows only:
    # ResizeToContents re-measures every row on every repaint.
    header.setResizeContentsPrecision(40)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab and Shift+Tab leave the table instead of walking its cells
    return view


class PatientsView(QWidget):
    """The Patients place; needs a session, a profile and the converter's unit."""

    open_database_requested = Signal()
    new_database_requested = Signal()
    trend_built = Signal(object)  # TrendPanel, once, when first built

    def __init__(self, session: RecordsSession, profile: LabProfile, unit: Callable[[], MgUnit]) -> None:
        super().__init__()
        self.setObjectName("patientsView")
        self.session = session
        self._profile = profile
        self._unit = unit
        self.record: PatientHistory | None = None
        self.patients = PatientListModel()
        self.results = ResultsModel()
        self.courses = CoursesModel()
        self._build()
        session.patients_changed.connect(self._reload_list)
        session.patient_changed.connect(self._on_patient_changed)
        session.opened.connect(self._on_opened)
        session.closed.connect(self._on_closed)
        session.failed.connect(self._on_failed)
        session.live_changed.connect(self._on_live_changed)
        session.server_state.connect(self._on_server_state)
        self._read_at: dt.datetime | None = None  # when the data on screen was read
        self.search.textChanged.connect(self._reload_list)
        self.search.returnPressed.connect(self._select_first)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.list_view.activated.connect(self._on_list_activated)
        self._show_state()
        if session.is_open:  # built after the database was opened
            self._reload_list()
            self._show_record(None)

    # -- layout ---------------------------------------------------------------

    def _build(self) -> None:
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._build_closed_page())
        self.splitter = QSplitter()
        self.splitter.setObjectName("patientsSplitter")
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)  # closed by hiding it (Ctrl+B), never squeezed to nothing
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([LIST_WIDTH, 1000])
        open_page = QWidget()
        column = QVBoxLayout(open_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setContentsMargins(8, 4, 8, 4)
        self.offline_banner.setAutoFillBackground(True)
        self.offline_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.offline_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.offline_banner.hide()
        column.addWidget(self.offline_banner)
        column.addWidget(self.splitter, 1)
        self.pages.addWidget(open_page)
        self._list_width = LIST_WIDTH
        self._narrow: bool | None = None
        self._short: bool | None = None

    def _build_closed_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(24, 24, 24, 24)
        self.closed_label = QLabel()
        self.closed_label.setObjectName("closedLabel")
        self.closed_label.setWordWrap(True)
        box.addWidget(self.closed_label)
        row = QHBoxLayout()
        open_button = QPushButton(QCoreApplication.translate("patients", "&Open database…"))
        open_button.clicked.connect(self.open_database_requested)
        new_button = QPushButton(QCoreApplication.translate("patients", "&New database…"))
        new_button.clicked.connect(self.new_database_requested)
        row.addWidget(open_button)
        row.addWidget(new_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    def _build_list(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("patientListPanel")
        self.list_panel = panel
        box = QVBoxLayout(panel)
        box.setContentsMargins(8, 8, 4, 8)
        box.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(QCoreApplication.translate("patients", "Search by clinic ID or name (Ctrl+F)"))
        self.search.setAccessibleName(QCoreApplication.translate("patients", "Search patients"))
        self.search.setClearButtonEnabled(True)
        box.addWidget(self.search)
        self.list_view = _table("patientList", QCoreApplication.translate("patients", "Patients"))
        self.list_view.setModel(self.patients)
        self._row_actions(self.list_view, self.edit_patient, self.delete_patient)
        box.addWidget(self.list_view, 1)
        self.count_label = secondary(QLabel())
        self.count_label.setObjectName("hintLabel")
        box.addWidget(self.count_label)
        new_patient = QPushButton(QCoreApplication.translate("patients", "New &patient…"))
        new_patient.setObjectName("newPatientButton")
        new_patient.clicked.connect(self.new_patient)
        box.addWidget(new_patient)
        return panel

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(4)
        header = QHBoxLayout()
        self.list_button = QToolButton()
        self.list_button.setObjectName("patientListToggle")
        self.list_button.setText("\u2630")
        self.list_button.setAccessibleName(QCoreApplication.translate("patients", "Patient list"))
        self.list_button.setCheckable(True)
        self.list_button.setChecked(True)
        self.list_button.setToolTip(QCoreApplication.translate("patients", "Show or hide the patient list (Ctrl+B)"))
        self.list_button.toggled.connect(self.set_list_shown)
        header.addWidget(self.list_button)
        self.header_label = ElidedLabel()
        self.header_label.setObjectName("patientHeader")
        header.addWidget(self.header_label, 1)
        self.header = header  # the trend's unit, time and export controls join this row
        self.patient_button = QToolButton()
        self.patient_button.setObjectName("patientMenuButton")
        self.patient_button.setText(QCoreApplication.translate("patients", "P&atient"))
        self.patient_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.patient_button)
        self.edit_patient_button = menu.addAction(QCoreApplication.translate("patients", "&Edit patient…"))
        self.edit_patient_button.triggered.connect(self.edit_patient)
        self.delete_patient_button = menu.addAction(QCoreApplication.translate("patients", "&Delete patient…"))
        self.delete_patient_button.triggered.connect(self.delete_patient)
        self.patient_button.setMenu(menu)
        header.addWidget(self.patient_button)
        self.records_button = QToolButton()
        self.records_button.setObjectName("recordsToggle")
        self.records_button.setText("\u25a4")
        self.records_button.setAccessibleName(QCoreApplication.translate("patients", "Results and medications tables"))
        self.records_button.setCheckable(True)
        self.records_button.setChecked(True)
        self.records_button.setToolTip(
            QCoreApplication.translate("patients", "Show or hide the results and medications tables (Ctrl+Shift+B)")
        )
        self.records_button.toggled.connect(self.set_records_shown)
        header.addWidget(self.records_button)
        box.addLayout(header)
        # The trend (plot, lanes, numbers) over the records; the records fold away on short screens.
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.setObjectName("detailSplitter")
        trend_host = QWidget()
        self.trend_slot = QVBoxLayout(trend_host)  # the trend panel, built when a patient is first shown
        self.trend_slot.setContentsMargins(0, 0, 0, 0)
        self.trend: TrendPanel | None = None
        self.detail_splitter.addWidget(trend_host)
        self.detail_splitter.addWidget(self._build_records())
        self.detail_splitter.setCollapsible(0, False)
        self.detail_splitter.setCollapsible(1, False)  # folded by hiding it (Ctrl+Shift+B)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 1)
        box.addWidget(self.detail_splitter, 1)
        self.detail = panel
        return panel

    def _build_records(self) -> QWidget:
        self.records_tabs = QTabWidget()
        self.records_tabs.setObjectName("recordsTabs")
        self.records_tabs.setDocumentMode(True)
        self.results_view = _table("resultsTable", QCoreApplication.translate("patients", "Magnesium results"))
        self.results_view.setModel(self.results)
        self.results_view.doubleClicked.connect(self.edit_result)
        self.courses_view = _table("coursesTable", QCoreApplication.translate("patients", "Medication courses"))
        self.courses_view.setModel(self.courses)
        self.courses_view.doubleClicked.connect(self.edit_course)
        self._row_actions(self.results_view, self.edit_result, self.delete_result)
        self._row_actions(self.courses_view, self.edit_course, self.delete_course)
        for title, name, view, add, edit, delete in (
            (
                QCoreApplication.translate("patients", "Magnesium results"),
                "result",
                self.results_view,
                self.add_result,
                self.edit_result,
                self.delete_result,
            ),
            (
                QCoreApplication.translate("patients", "Medications"),
                "course",
                self.courses_view,
                self.add_course,
                self.edit_course,
                self.delete_course,
            ),
        ):
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(4)
            column.addLayout(self._section(title, name, add, edit, delete))
            column.addWidget(view, 1)
            self.records_tabs.addTab(page, title)
        return self.records_tabs

    def _row_actions(self, view: QTableView, edit: Callable[[], None], delete: Callable[[], None]) -> None:
        """A table's context menu (edit, delete, copy, open patient) and its keys, owned by that table alone."""
        for text, key, slot in (
            (QCoreApplication.translate("patients", "&Edit…"), QKeySequence(), edit),
            (QCoreApplication.translate("patients", "&Delete…"), QKeySequence(QKeySequence.StandardKey.Delete), delete),
            (
                QCoreApplication.translate("patients", "&Copy row"),
                QKeySequence(QKeySequence.StandardKey.Copy),
                lambda: self._copy_row(view),
            ),
            (QCoreApplication.translate("patients", "Show the &patient's trend"), QKeySequence(), self._focus_trend),
        ):
            action = QAction(text, view)
            if not key.isEmpty():
                action.setShortcut(key)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only while this table has focus
            action.triggered.connect(slot)
            view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _copy_row(self, view: QTableView) -> None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return
        model = view.model()
        cells = [str(model.index(rows[0].row(), c).data() or "") for c in range(model.columnCount())]
        QGuiApplication.clipboard().setText("\t".join(cells))

    def _focus_trend(self) -> None:
        if self.trend is not None:
            self.set_records_shown(self.records_shown())
            self.trend.setFocus()

    def _section(
        self, title: str, name: str, add: Callable[[], None], edit: Callable[[], None], delete: Callable[[], None]
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot, suffix in (
            (QCoreApplication.translate("patients", "Add…"), add, "Add"),
            (QCoreApplication.translate("patients", "Edit…"), edit, "Edit"),
            (QCoreApplication.translate("patients", "Delete…"), delete, "Delete"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}{suffix}Button")
            button.setAccessibleName(f"{text} {title}")
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    # -- state ----------------------------------------------------------------

    def ensure_trend(self) -> TrendPanel:
        """The trend panel (plot, lanes, numbers), created on first use."""
        if self.trend is None:
            from mgdesk.ui.patients.trend_panel import TrendPanel

            self.trend = TrendPanel(show_title=False)
            self.header.insertWidget(self.header.indexOf(self.patient_button), self.trend.controls)
            self.trend.controls.show()  # a widget moved to another parent is hidden until shown
            self.trend.setObjectName("trendPanel")
            self.trend_slot.addWidget(self.trend)
            self.trend.show()
            total = sum(self.detail_splitter.sizes())  # the records were sized before the trend existed
            records = max(total // 3, 140) if self.records_shown() else 0
            self.detail_splitter.setSizes([max(total - records, 0), records])
            self.trend_built.emit(self.trend)
        return self.trend

    # -- adapting to the screen ---------------------------------------------------

    def list_shown(self) -> bool:
        return not self.list_panel.isHidden()

    def set_list_shown(self, shown: bool) -> None:
        """Open or close the patient list (a drawer on narrow screens).

        A closed list is hidden, not squeezed to nothing, so it asks no room
        of a small window.
        """
        self.list_button.setChecked(shown)
        if shown == self.list_shown():
            return
        if not shown:
            self._list_width = self.splitter.sizes()[0] or self._list_width
        self.list_panel.setVisible(shown)
        if shown:
            total = sum(self.splitter.sizes())
            width = min(self._list_width, max(total // 3, 160))
            self.splitter.setSizes([width, max(total - width, 0)])
            self.search.setFocus()

    def toggle_list(self) -> None:
        self.set_list_shown(not self.list_shown())

    def records_shown(self) -> bool:
        return not self.records_tabs.isHidden()

    def set_records_shown(self, shown: bool) -> None:
        """Show or fold away (hide) the results and medications tables under the trend."""
        self.records_button.setChecked(shown)
        if shown == self.records_shown():
            return
        self.records_tabs.setVisible(shown)
        if shown:
            total = sum(self.detail_splitter.sizes())
            height = max(total // 3, 140)
            self.detail_splitter.setSizes([max(total - height, 0), height])
            self.records_tabs.currentWidget().setFocus()

    def toggle_records(self) -> None:
        self.set_records_shown(not self.records_shown())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._adapt()

    def _adapt(self) -> None:
        """On crossing into a narrow or short size, fold the list or the records away (and back)."""
        if not self.isVisible():  # sizes before the place is shown mean nothing
            return
        narrow, short = self.width() < NARROW_WIDTH, self.height() < SHORT_HEIGHT
        if narrow != self._narrow:
            self._narrow = narrow
            self.set_list_shown(not narrow)
        if short != self._short:
            self._short = short
            self.set_records_shown(not short)

    def save_layout(self) -> dict[str, QByteArray]:
        """The splitters' states, for the settings."""
        return {"patients": self.splitter.saveState(), "patientDetail": self.detail_splitter.saveState()}

    def restore_layout(self, states: dict[str, QByteArray]) -> None:
        """Restore the splitters saved by ``save_layout`` (missing or unreadable states are ignored)."""
        for key, splitter in (("patients", self.splitter), ("patientDetail", self.detail_splitter)):
            state = states.get(key)
            if state is not None:
                splitter.restoreState(state)
        self.list_button.setChecked(self.list_shown())
        self.records_button.setChecked(self.records_shown())

    def set_profile(self, profile: LabProfile) -> None:
        self._profile = profile
        self._show_record(self.record)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_state(self) -> None:
        if self.session.is_open:
            self.pages.setCurrentIndex(1)
            return
        reason = self.session.last_error or QCoreApplication.translate("patients", "Opening the patient database…")
        self.closed_label.setText(
            QCoreApplication.translate(
                "patients", "{reason}\n\nThe converter works without a database (Ctrl+1)."
            ).format(reason=reason)
        )
        self.pages.setCurrentIndex(0)

    def _on_opened(self, _path: str) -> None:
        self.record = None
        self._show_current(current=True)
        self._show_state()
        self._show_record(None)

    def _on_closed(self) -> None:
        """The user closed the database: nothing of it stays on screen."""
        self.record = None
        self.patients.set_patients([])
        self.closed_label.setText(
            QCoreApplication.translate(
                "patients",
                "No database is open. Open one (Ctrl+O) or create one (Ctrl+Shift+N)."
                "\n\nThe converter works without a database (Ctrl+1).",
            )
        )
        self.pages.setCurrentIndex(0)

    def _on_failed(self, message: str) -> None:
        if not self.session.is_open:
            self._show_state()
        else:
            QMessageBox.warning(self, QCoreApplication.translate("patients", "Not saved"), message)

    # -- live views and an unreachable server -------------------------------

    def _on_live_changed(self, changes: Changes) -> None:
        """Another workstation (or this one) changed records: reload what is on screen, if it is concerned."""
        if not self.session.is_open:
            return
        shown = self.record.patient.id if self.record is not None else None
        if changes.everything or any(self.patients.row_of(p) < 0 for p in changes.patients):
            self._reload_list()
        if shown is not None and (changes.everything or shown in changes.patients):
            self._load(shown, keep_selection=True)

    def _on_server_state(self, reachable: bool, _reason: str) -> None:
        self._show_current(current=reachable)
        if reachable and self.record is not None and self.record.patient.id is not None:
            self._load(self.record.patient.id, keep_selection=True)

    def _show_current(self, *, current: bool) -> None:
        """Mark what is on screen as current, or as the last data read from a server out of reach."""
        if current:
            self.offline_banner.hide()
        else:
            read_at = self._read_at.strftime("%H:%M") if self._read_at is not None else "?"
            self.offline_banner.setText(
                QCoreApplication.translate(
                    "PatientsView",
                    "⚠ The clinic server cannot be reached: showing what was read at {time}, not current. "
                    "Results you add are kept on this computer and sent when it is back.",
                ).format(time=read_at)
            )
            self.offline_banner.setToolTip(
                QCoreApplication.translate("PatientsView", "The converter works as usual (Ctrl+1).")
            )
            self.offline_banner.show()
        for view in (self.list_view, self.results_view, self.courses_view):
            view.setEnabled(current)
        if self.trend is not None:
            self.trend.setEnabled(current)
        self.search.setEnabled(current)

    @property
    def showing_current(self) -> bool:
        """Whether what is on screen was read from a reachable database (no "not current" banner)."""
        return self.offline_banner.isHidden()

    def _reload_list(self) -> None:
        if not self.session.is_open:
            return
        keep = self.record.patient.id if self.record else None
        patients = self.session.read(lambda records: records.list_patients(self.search.text()))
        if patients is None:  # the server is out of reach: the list read last stays
            return
        self.patients.set_patients(patients)
        self.list_view.resizeColumnsToContents()
        self.count_label.setText(QCoreApplication.translate("patients", "%n patient(s)", None, len(patients)))
        row = self.patients.row_of(keep)
        if row >= 0:
            self.list_view.selectRow(row)

    def _on_list_activated(self) -> None:
        if self._narrow:  # a drawer closes once a patient is chosen
            self.set_list_shown(False)
            self.detail.setFocus()

    def _select_first(self) -> None:
        if self.patients.rowCount() > 0:
            self.list_view.selectRow(0)
            self.list_view.setFocus()

    def select_patient(self, patient_id: int) -> None:
        row = self.patients.row_of(patient_id)
        if row < 0:
            self.search.clear()
            row = self.patients.row_of(patient_id)
        if row >= 0:
            # Not selectRow: in a right-to-left layout it selects nothing when
            # called before the table is painted (Qt 6.8-6.12, seen in Arabic).
            index = self.patients.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.list_view.selectionModel().setCurrentIndex(index, flags)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.list_view.selectionModel().selectedRows()
        if not rows:
            return
        patient = self.patients.record_at(rows[0].row())
        assert isinstance(patient, Patient)
        assert patient.id is not None
        self._load(patient.id)

    def _on_patient_changed(self, patient_id: int | None) -> None:
        if patient_id is None:
            return
        if self.record is None or self.record.patient.id != patient_id:
            self._reload_list()
            self.select_patient(patient_id)
        self._load(patient_id)

    def _load(self, patient_id: int, *, keep_selection: bool = False) -> None:
        from mgdesk.domain.errors import RecordNotFoundError

        def read(records: Records) -> PatientHistory | None:
            try:
                return records.patient_record(patient_id)
            except RecordNotFoundError:  # deleted (or its addition undone)
                return None

        selected = self._selected(self.results_view, self.results) if keep_selection else None
        record = self.session.read(read) if self.session.is_open else None
        if record is None and not self.session.online:
            return  # out of reach: the record read last stays, marked not current
        self._read_at = dt.datetime.now()
        self._show_record(record)
        if isinstance(selected, MagnesiumResult):
            for row in range(self.results.rowCount()):
                shown = self.results.record_at(row)
                if isinstance(shown, MagnesiumResult) and shown.id == selected.id:
                    self.results_view.selectRow(row)
                    break

    def _show_record(self, record: PatientHistory | None) -> None:
        self.record = record
        has = record is not None
        for widget in (self.patient_button, self.courses_view, self.results_view):
            widget.setEnabled(has)
        if record is None:
            self.header_label.setText(
                QCoreApplication.translate("patients", "Choose a patient on the left, or add one (Ctrl+N).")
            )
            self.courses.set_courses(())
            self.results.set_results((), (), self._profile)
            if self.trend is not None:
                self.trend.clear()
        else:
            p = record.patient
            details = [p.clinic_id]
            if p.name:
                details.append(p.name)
            if p.birth_year:
                details.append(QCoreApplication.translate("patients", "born {year}").format(year=p.birth_year))
            if p.sex:
                details.append(p.sex.value)
            text = " · ".join(details)
            if p.notes:
                text += f" \u2013 {p.notes}"
            self.header_label.setText(text)
            self.courses.set_courses(record.courses)
            self.results.set_results(record.results, record.courses, self._profile)
            self.courses_view.resizeColumnsToContents()
            self.results_view.resizeColumnsToContents()
            self.ensure_trend().set_patient(record, self._profile, dt.date.today())

    # -- actions --------------------------------------------------------------

    def _selected(self, view: QTableView, model: CoursesModel | ResultsModel) -> object | None:
        rows = view.selectionModel().selectedRows()
        return model.record_at(rows[0].row()) if rows else None

    def _ask_reason(self, what: str) -> str | None:
        reason, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("patients", "Delete {what}").format(what=what),
            QCoreApplication.translate(
                "patients",
                "Delete {what}? It is hidden, kept in the audit log, and Undo (Ctrl+Z) brings it back.\nReason:",
            ).format(what=what),
            text=QCoreApplication.translate("patients", "entered in error"),
        )
        return reason.strip() or QCoreApplication.translate("patients", "no reason given") if ok else None

    def new_patient(self) -> None:
        if not self.session.is_open:
            return
        dialog = PatientDialog(self)
        if dialog.exec() and isinstance(dialog.record, Patient):
            self.session.run(self.session.commands.add_patient(dialog.record))

    def edit_patient(self) -> None:
        if self.record is None:
            return
        dialog = PatientDialog(self, self.record.patient)
        if dialog.exec() and isinstance(dialog.record, Patient) and dialog.record != self.record.patient:
            self.session.run(self.session.commands.edit_patient(self.record.patient, dialog.record))

    def delete_patient(self) -> None:
        if self.record is None:
            return
        reason = self._ask_reason(
            QCoreApplication.translate("patients", "patient {id}").format(id=self.record.patient.clinic_id)
        )
        if reason is not None:
            self.session.run(self.session.commands.delete_patient(self.record.patient, reason))

    def _patient_id(self) -> int | None:
        return self.record.patient.id if self.record else None

    def add_course(self) -> None:
        patient_id = self._patient_id()
        if patient_id is None:
            return
        dialog = CourseDialog(self)
        if dialog.exec() and isinstance(dialog.record, MedicationCourse):
            self.session.run(self.session.commands.add_course(patient_id, dialog.record))

    def edit_course(self) -> None:
        patient_id, course = self._patient_id(), self._selected(self.courses_view, self.courses)
        if patient_id is None or not isinstance(course, MedicationCourse):
            return
        dialog = CourseDialog(self, course)
        if dialog.exec() and isinstance(dialog.record, MedicationCourse) and dialog.record != course:
            self.session.run(self.session.commands.edit_course(patient_id, course, dialog.record))

    def delete_course(self) -> None:
        patient_id, course = self._patient_id(), self._selected(self.courses_view, self.courses)
        if patient_id is None or not isinstance(course, MedicationCourse):
            return
        reason = self._ask_reason(
            QCoreApplication.translate("patients", "{drug} from {start}").format(
                drug=course.drug, start=local_date(course.start)
            )
        )
        if reason is not None:
            self.session.run(self.session.commands.delete_course(patient_id, course, reason))

    def add_result(self) -> None:
        patient_id = self._patient_id()
        if patient_id is None:
            return
        dialog = ResultDialog(self._profile, self._unit(), self)
        if (
            dialog.exec()
            and isinstance(dialog.record, MagnesiumResult)
            and self._confirm_not_duplicate(patient_id, dialog.record)
        ):
            self.session.add_result(patient_id, self.record.patient.clinic_id if self.record else "", dialog.record)

    def edit_result(self) -> None:
        patient_id, result = self._patient_id(), self._selected(self.results_view, self.results)
        if patient_id is None or not isinstance(result, MagnesiumResult):
            return
        dialog = ResultDialog(self._profile, self._unit(), self, result)
        if (
            dialog.exec()
            and isinstance(dialog.record, MagnesiumResult)
            and dialog.record != result
            and self._confirm_not_duplicate(patient_id, dialog.record)
        ):
            self.session.run(self.session.commands.edit_result(patient_id, result, dialog.record))

    def delete_result(self) -> None:
        patient_id, result = self._patient_id(), self._selected(self.results_view, self.results)
        if patient_id is None or not isinstance(result, MagnesiumResult):
            return
        what = QCoreApplication.translate("patients", "the result of {date} ({value} {unit})").format(
            date=local_date(result.collected_on), value=result.measurement.text, unit=result.measurement.unit
        )
        reason = self._ask_reason(what)
        if reason is not None:
            self.session.run(self.session.commands.delete_result(patient_id, result, reason))

    def _confirm_not_duplicate(self, patient_id: int, result: MagnesiumResult) -> bool:
        duplicate = self.session.read(lambda records: records.find_duplicate_result(patient_id, result))
        if duplicate is None:  # none stored (or the server is out of reach: the result goes to the outbox)
            return True
        when = local_date(duplicate.collected_on)
        if duplicate.collected_at is not None:
            when += f" {duplicate.collected_at:%H:%M}"
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("patients", "Same sample already stored"),
            QCoreApplication.translate(
                "patients",
                "This patient already has {value} {unit} ({specimen}, {when}). {new_value} {new_unit} at that "
                "time is the same sample within the written precision. Save it again anyway?",
            ).format(
                value=duplicate.measurement.text,
                unit=duplicate.measurement.unit,
                specimen=specimen_name(duplicate.specimen),
                when=when,
                new_value=result.measurement.text,
                new_unit=result.measurement.unit,
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save
