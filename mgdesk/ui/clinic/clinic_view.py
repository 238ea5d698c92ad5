"""The Clinic place: every patient on metformin in a worklist, the cohort plot and the treatment groups.

``ClinicView.set_clinic(histories, profile, today)`` takes every patient's
history (``store.histories.load_histories``); the list rows
(``cohort.clinic_rows``), then the alignment at metformin start with the
6-month medians, are computed on a worker thread while a busy bar shows (the
UI thread polls for the result, so no Qt object is touched off it), and a
newer request supersedes an older one.  ``load_clinic(load_latest,
load_histories, profile, today)`` is the fast way from a database, list
first: both loaders run on the worker; the first (each patient's courses and
latest collection day, about one row per patient) lists the critical and low
patients at once, in their final order (``services.urgent_worklist``); the
second (the exact histories, about a second for a big clinic) then gives the
whole list, and the cohort plot is drawn from the same histories.  Without
``load_latest`` (a reload of the clinic already shown) the list on screen
stays until the new one replaces it.  The treatment-group table (every
patient, whatever the filter) follows on the worker too, and is computed
again only for new histories or a new profile.  A co-medication filter (the
presets of ``cohort.COHORT_FILTERS``, e.g. metformin with a sulfonylurea)
narrows both the list and the plot.  Opening a row (Enter or double-click)
emits ``patient_activated(clinic_id)``.  pyqtgraph is imported only when the
first cohort is drawn.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QPoint, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain.cohort import (
    COHORT_FILTERS,
    AlignedCohort,
    BinMedians,
    ClinicRow,
    CoMedicationFilter,
    PatientHistory,
    align_cohort,
    bin_medians,
    clinic_rows,
    select,
)
from mgdesk.domain.demo import is_synthetic
from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.groups import GroupRow
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.records import Patient
from mgdesk.domain.units import MgUnit
from mgdesk.domain.worklist import Review
from mgdesk.services import WorklistItem, clinic_group_table, waiting_count
from mgdesk.ui.clinic.clinic_model import CLINIC_ID_ROLE, SORT_ROLE, STATE, ClinicTableModel
from mgdesk.ui.clinic.group_table import GroupTableView
from mgdesk.ui.common import collector
from mgdesk.ui.common.messages import error_sentence
from mgdesk.ui.patients.trend_panel import SYNTHETIC_BADGE_STYLE

if TYPE_CHECKING:
    from mgdesk.ui.clinic.cohort_plot import CohortPlot


POLL_MS = 15


def filter_name(which: CoMedicationFilter) -> str:
    names = {
        "all on metformin": QCoreApplication.translate("clinic", "All on metformin"),
        "metformin only": QCoreApplication.translate("clinic", "Metformin only (no other diabetes drug)"),
        "metformin with a sulfonylurea": QCoreApplication.translate("clinic", "Metformin with a sulfonylurea"),
        "metformin with a proton-pump inhibitor": QCoreApplication.translate(
            "clinic", "Metformin with a proton-pump inhibitor"
        ),
        "metformin with a magnesium supplement": QCoreApplication.translate(
            "clinic", "Metformin with a magnesium supplement"
        ),
    }
    return names.get(which.name, which.name)


@dataclass(frozen=True, slots=True)
class CohortResult:
    """The cohort plot's arrays for one request."""

    generation: int
    aligned: AlignedCohort
    medians: BinMedians


@dataclass(frozen=True, slots=True)
class RowsResult:
    """The list rows for one request (a trend summary per patient).

    ``latest_only``: summarized from each patient's latest collection day
    only, so only the head of the worklist is shown from them.
    """

    generation: int
    rows: list[ClinicRow]
    histories: Sequence[PatientHistory] | None = None  # what was loaded for it, kept for the next filter
    latest_only: bool = False


def compute_cohort(histories: Sequence[PatientHistory], which: CoMedicationFilter, generation: int) -> CohortResult:
    """Align the patients ``which`` selects at metformin start, with 6-month medians (no Qt: any thread)."""
    aligned = align_cohort(select(histories, which))
    return CohortResult(generation, aligned, bin_medians(aligned.months, aligned.mmol_per_l))


@dataclass(frozen=True, slots=True)
class GroupsResult:
    """The treatment-group table of every patient (not only the filtered list) for one clinic and profile."""

    histories: Sequence[PatientHistory]
    profile: LabProfile
    rows: list[GroupRow]


def compute_groups(histories: Sequence[PatientHistory], profile: LabProfile) -> GroupsResult:
    """The group table of ``histories`` (no Qt: any thread); a filter change does not change it."""
    return GroupsResult(histories, profile, clinic_group_table(histories, profile))


def compute_rows(
    histories: Sequence[PatientHistory],
    which: CoMedicationFilter,
    profile: LabProfile,
    today: dt.date,
    generation: int,
    latest_only: bool = False,
) -> RowsResult:
    """The clinic list rows of the patients ``which`` selects (no Qt: any thread)."""
    return RowsResult(generation, clinic_rows(select(histories, which), profile, today), latest_only=latest_only)


def load_rows(
    load: Callable[[], Sequence[PatientHistory]],
    which: CoMedicationFilter,
    profile: LabProfile,
    today: dt.date,
    generation: int,
    latest_only: bool = False,
) -> RowsResult:
    """Load histories (no Qt: any thread) and compute the list rows from them."""
    histories = load()
    return RowsResult(generation, clinic_rows(select(histories, which), profile, today), histories, latest_only)


class ClinicView(QWidget):
    patient_activated = Signal(str)
    review_requested = Signal(str, int)  # clinic id, result id
    waiting_changed = Signal(int)  # how many results wait for review
    list_shown = Signal()  # the list's first screen of rows is final (the most urgent, or all)
    cohort_shown = Signal()  # the cohort plot is drawn (it comes after the list)
    computed = Signal()  # the list, the cohort plot and the group table are all shown

    def __init__(self, parent: QWidget | None = None, *, unit: MgUnit = MgUnit.MMOL_L) -> None:
        super().__init__(parent)
        self.unit = unit
        self.histories: Sequence[PatientHistory] = ()
        self.profile: LabProfile | None = None
        # With load_clinic: the loaders, and what they gave (None until loaded).
        self._load_latest: Callable[[], Sequence[PatientHistory]] | None = None
        self._load_histories: Callable[[], Sequence[PatientHistory]] | None = None
        self._latest: Sequence[PatientHistory] | None = None  # each patient's latest collection day
        self._loading_latest = False
        self._histories_loaded = True
        self._loading_histories = False
        self._source_generation = 0
        self.today = dt.date.today()
        self.reviews: dict[int, Review] = {}
        self.cohort_plot: CohortPlot | None = None
        self._generation = 0
        # What the current request still waits for ("list", "plot"), and
        # whether its first screen of rows was announced (list_shown).
        self._waiting: set[str] = set()
        self._list_announced = False
        # The group table depends on the histories and the profile only: the
        # pair it shows (or is being computed for), so a filter change keeps it.
        self._groups_for: tuple[Sequence[PatientHistory], LabProfile] | None = None
        self._groups_pending = False
        self._paused_gc = False
        # Pure-Python work on a plain worker thread; the UI thread polls for the
        # result, so no Qt object is ever touched from the worker.
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mgdesk-clinic")
        self._pending: list[concurrent.futures.Future[CohortResult | RowsResult | GroupsResult]] = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)

        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(QCoreApplication.translate("clinic", "Co-medication filter"))
        for which in COHORT_FILTERS:
            self.filter_combo.addItem(filter_name(which))
        filter_label = QLabel(QCoreApplication.translate("clinic", "&Patients:"))
        filter_label.setBuddy(self.filter_combo)
        self.count_label = QLabel()
        self._empty_text: str | None = None  # what an empty list says instead of "0 patients"
        self.synthetic = QLabel(QCoreApplication.translate("clinic", "SYNTHETIC \u2013 demo clinic"))
        self.synthetic.setStyleSheet(SYNTHETIC_BADGE_STYLE)
        self.synthetic.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(QCoreApplication.translate("clinic", "Computing the clinic list"))
        self.busy.hide()
        top = QHBoxLayout()
        for widget in (filter_label, self.filter_combo, self.synthetic):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.busy)
        self.review_button = QPushButton(QCoreApplication.translate("clinic", "Mark &reviewed\u2026"))
        self.review_button.setObjectName("reviewButton")
        self.review_button.setToolTip(
            QCoreApplication.translate(
                "clinic", "Sign off the selected patient's latest result as reviewed by you, with an optional comment"
            )
        )
        self.review_button.clicked.connect(self.request_review)
        top.addWidget(self.review_button)

        self._build_table()
        self.plot_holder = QWidget()
        QVBoxLayout(self.plot_holder).setContentsMargins(0, 0, 0, 0)
        self.groups = GroupTableView()
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("clinicTabs")
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.addTab(self.plot_holder, QCoreApplication.translate("clinic", "C&ohort plot"))
        self.bottom_tabs.addTab(self.groups, QCoreApplication.translate("clinic", "Treatment &groups (Peters 2013)"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_changed)

    def _build_table(self) -> None:
        self.model = ClinicTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)  # the worklist's order: most urgent first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed starting widths: sizing to contents measures every row (seconds for 2,000 patients).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        em = self.fontMetrics().horizontalAdvance("0")
        for column, chars in enumerate((11, 13, 13, 11, 17, 18, 9, 26, 24)):
            self.table.setColumnWidth(column, em * chars)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(QCoreApplication.translate("clinic", "Patients on metformin"))
        self.table.activated.connect(self._on_activated)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)

    # -- API -----------------------------------------------------------------------

    def set_clinic(self, histories: Sequence[PatientHistory], profile: LabProfile, today: dt.date) -> None:
        """Show these patients (those on metformin today are listed), computed off the UI thread."""
        self.histories, self.profile, self.today = histories, profile, today
        self._load_latest = self._load_histories = self._latest = None
        self._histories_loaded, self._loading_histories, self._loading_latest = True, False, False
        self._source_generation = self._generation + 1
        self._show_synthetic([h.patient for h in histories])
        self._start()

    def show_no_database(self, profile: LabProfile, today: dt.date) -> None:
        """No database is open: an empty list and plot that say so (a load under way is superseded)."""
        self._empty_text = QCoreApplication.translate(
            "clinic", "No database open: open one with File > Open database (Ctrl+O)."
        )
        self.count_label.setText(self._empty_text)
        self.set_clinic((), profile, today)

    def load_clinic(
        self,
        load_latest: Callable[[], Sequence[PatientHistory]] | None,
        load_histories: Callable[[], Sequence[PatientHistory]],
        profile: LabProfile,
        today: dt.date,
    ) -> None:
        """Load and show a clinic, list first: its most urgent patients from ``load_latest``, then all.

        Both are called on the worker thread (they must not touch Qt), in that
        order, and each only once: a filter change reuses what they returned.
        ``load_latest`` gives each patient's courses and latest collection day
        (``store.load_latest_histories``); None when the clinic on screen is
        being reloaded, whose list then stays until the new one is ready.
        """
        self.histories, self.profile, self.today = (), profile, today
        self._empty_text = None
        self._load_latest, self._load_histories, self._latest = load_latest, load_histories, None
        self._histories_loaded, self._loading_histories, self._loading_latest = False, False, False
        self._source_generation = self._generation + 1  # results of older requests came from another source
        self._start()

    def save_layout(self) -> dict[str, QByteArray]:
        """The list's column widths and sort order, and the splitter, for the settings."""
        return {"clinicTable": self.table.horizontalHeader().saveState(), "clinic": self.splitter.saveState()}

    def restore_layout(self, states: dict[str, QByteArray]) -> None:
        """Restore what ``save_layout`` gave (missing states are left as they are)."""
        header = self.table.horizontalHeader()
        if (state := states.get("clinicTable")) is not None and header.restoreState(state):
            self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if (state := states.get("clinic")) is not None:
            self.splitter.restoreState(state)

    def _show_synthetic(self, patients: Sequence[Patient]) -> None:
        self.synthetic.setVisible(bool(patients) and all(is_synthetic(p) for p in patients))

    def set_unit(self, unit: MgUnit) -> None:
        self.unit = unit
        self._start()

    def current_filter(self) -> CoMedicationFilter:
        return COHORT_FILTERS[max(self.filter_combo.currentIndex(), 0)]

    def ensure_plot(self) -> CohortPlot:
        if self.cohort_plot is None:
            from mgdesk.ui.clinic.cohort_plot import CohortPlot

            self.cohort_plot = CohortPlot()
            layout = self.plot_holder.layout()
            assert layout is not None
            layout.addWidget(self.cohort_plot)
            height = max(self.splitter.height(), 400)
            self.splitter.setSizes([height * 11 // 20, height * 9 // 20])
        return self.cohort_plot

    # -- work --------------------------------------------------------------------

    def _start(self) -> None:
        if self.profile is None:
            return
        self._generation += 1
        self.busy.show()
        which, generation = self.current_filter(), self._generation
        self._waiting = {"list", "plot"}
        self._list_announced = False
        if self._histories_loaded:
            self._submit(compute_rows, list(self.histories), which, self.profile, self.today, generation)
            self._submit(compute_cohort, list(self.histories), which, generation)
            return
        # Loading: the most urgent patients from their latest results first
        # (cheap), then every history; the plot follows the whole list.
        if self._latest is not None:
            self._submit(compute_rows, self._latest, which, self.profile, self.today, generation, True)
            self._submit_histories()
        elif self._load_latest is not None:
            if not self._loading_latest:
                self._loading_latest = True
                self._submit(load_rows, self._load_latest, which, self.profile, self.today, generation, True)
            # The histories are read once the head is painted (_keep_loaded): the
            # worker then does not compete with the first screen for the interpreter.
        else:
            self._submit_histories()

    def shutdown(self) -> None:
        """Drop the work not started and wait for the job running, if any (the window is closing).

        The automatic collection this view paused is turned back on here, on
        the window's thread once no job runs (``_submit``): no poll will come
        to do it.  The wait is at most one job (a whole list: ~1.5 s for
        2,000 patients, README "Measured"), which leaving the program would
        wait for too.
        """
        self._poll.stop()
        self._pending.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._paused_gc:
            self._paused_gc = False
            collector.resume(generation=1)

    def _submit_histories(self) -> None:
        """Start reading every history for the current request, unless read or being read."""
        if self._histories_loaded or self._loading_histories or self._load_histories is None or self.profile is None:
            return  # being read for an older request: its histories start this one's list (_keep_loaded)
        self._loading_histories = True
        which, generation = self.current_filter(), self._generation
        self._submit(load_rows, self._load_histories, which, self.profile, self.today, generation)

    def _submit(self, work: Callable[..., CohortResult | RowsResult | GroupsResult], *args: object) -> None:
        """Run ``work(*args)`` on the worker; its result arrives in ``_on_computed``.

        Python's cycle collector runs in whichever thread allocates: on the
        worker it would destroy unreachable Qt objects off the UI thread (Qt
        warns "Timers cannot be started from another thread").  It is paused
        whenever a job is pending, whoever submitted it, and run again here,
        on the UI thread, once none is (``_on_poll``).
        """
        if not self._paused_gc:
            collector.pause()
            self._paused_gc = True
        self._pending.append(self._pool.submit(work, *args))
        self._poll.start()

    def _on_poll(self) -> None:
        while self._pending and self._pending[0].done():
            try:
                result = self._pending.pop(0).result()
            except MgdeskError as error:  # the database went away or could not be read
                self._pending.clear()
                self._groups_for, self._groups_pending = None, False
                self.busy.hide()
                self.count_label.setText(
                    QCoreApplication.translate("clinic", "Clinic not loaded: {error}").format(
                        error=error_sentence(error)
                    )
                )
                break
            self._on_computed(result)
        if not self._pending:
            self._poll.stop()
            if self._paused_gc:
                self._paused_gc = False
                # After the paint of what just arrived, and only the young
                # generations (what was allocated while paused): a full
                # collection walks every object of the program (~0.2 s with a
                # 2,000-patient clinic loaded) and would hold the first screen.
                QTimer.singleShot(0, lambda: collector.resume(generation=1))

    def _on_computed(self, result: CohortResult | RowsResult | GroupsResult) -> None:
        if isinstance(result, GroupsResult):
            self._on_groups(result)
            return
        if result.generation < self._source_generation:
            return  # from a clinic shown before the current one
        if isinstance(result, RowsResult) and result.histories is not None and self._keep_loaded(result):
            return
        if result.generation != self._generation or self.profile is None:
            return  # superseded by a newer request
        if isinstance(result, CohortResult):
            self.ensure_plot().show_cohort(result.aligned, result.medians, self.profile, self.unit)
            self._waiting.discard("plot")
            self.cohort_shown.emit()
        elif result.latest_only:
            if self._histories_loaded or "list" not in self._waiting:
                return  # the whole list is already shown
            self._show_rows(result.rows, latest_only=True)
        else:
            self._show_rows(result.rows, latest_only=False)
            self._waiting.discard("list")
            if result.histories is not None:  # loaded just now: the plot follows the whole list
                self._submit(compute_cohort, list(self.histories), self.current_filter(), self._generation)
            self._start_groups()
        self._maybe_done()

    def _keep_loaded(self, result: RowsResult) -> bool:
        """Keep what a loader gave, even for a superseded request (the newer one needs it too).

        True when a newer request waited for these histories and was started again.
        """
        assert result.histories is not None
        if result.latest_only:
            self._loading_latest = False
            if self._latest is None:
                self._latest = result.histories
                self._show_synthetic([h.patient for h in result.histories])
            # Queued behind the paint of the head, which _on_computed is about to show.
            QTimer.singleShot(0, self._submit_histories)
        elif not self._histories_loaded:
            self.histories, self._histories_loaded, self._loading_histories = result.histories, True, False
            self._load_latest = self._load_histories = self._latest = None
            self._show_synthetic([h.patient for h in result.histories])
            if result.generation != self._generation:
                self._start()  # a newer request waited for these histories
                return True
        return False

    def _show_rows(self, rows: list[ClinicRow], *, latest_only: bool) -> None:
        """Show the list (or its head, from the latest results only) and say when its first screen is final."""
        if not latest_only:
            self.model.set_rows(rows, self.unit, self.today, self.reviews)
            empty = self._empty_text if not rows else None
            self.count_label.setText(empty or QCoreApplication.translate("clinic", "%n patient(s)", None, len(rows)))
        elif rows:
            self.model.set_rows(rows, self.unit, self.today, self.reviews, latest_only=True)
            self.count_label.setText(
                QCoreApplication.translate(
                    "clinic",
                    "%n critical or low patient(s) first; reading every result\u2026",
                    None,
                    self.model.rowCount(),
                )
            )
        self.waiting_changed.emit(waiting_count(self.model.items()))
        if not self._list_announced and (not latest_only or self.model.rowCount() >= self._rows_on_screen()):
            self._list_announced = True
            self.list_shown.emit()

    def _rows_on_screen(self) -> int:
        """How many rows the list shows at once (its first screen)."""
        return max(1, self.table.viewport().height() // max(1, self.table.verticalHeader().defaultSectionSize()))

    def _maybe_done(self) -> None:
        if not self._waiting and not self._groups_pending:
            self.busy.hide()
            self.computed.emit()

    def _start_groups(self) -> None:
        """Compute the group table on the worker, unless it is shown (or coming) for these histories and profile."""
        if self.profile is None:
            return
        wanted = (self.histories, self.profile)
        if self._groups_for is not None and self._groups_for[0] is wanted[0] and self._groups_for[1] == wanted[1]:
            return
        self._groups_for = wanted
        self._groups_pending = True
        self.groups.show_computing()
        self._submit(compute_groups, self.histories, self.profile)

    def _on_groups(self, result: GroupsResult) -> None:
        current = self._groups_for
        if current is None or result.histories is not current[0] or result.profile != current[1]:
            return  # for a clinic or profile no longer shown; the current one is on its way
        self._groups_pending = False
        self.groups.set_rows(result.rows)
        self._maybe_done()

    def set_reviews(self, reviews: dict[int, Review]) -> None:
        """New review states (a review given or undone): the list re-ranks, the count updates."""
        self.reviews = dict(reviews)
        self.model.set_reviews(self.reviews)
        self.waiting_changed.emit(waiting_count(self.model.items()))

    def selected_item(self) -> WorklistItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    def request_review(self) -> None:
        """Ask to review the selected patient's latest result (the window asks for the comment)."""
        item = self.selected_item()
        if item is None or item.result_id is None:
            return
        self.review_requested.emit(item.row.clinic_id, item.result_id)

    def _on_context_menu(self, position: QPoint) -> None:
        item = self.selected_item()
        if item is None:
            return
        menu = QMenu(self)
        open_action = menu.addAction(QCoreApplication.translate("clinic", "&Open patient"))
        open_action.triggered.connect(lambda: self.patient_activated.emit(item.row.clinic_id))
        review = menu.addAction(QCoreApplication.translate("clinic", "Mark &reviewed\u2026"))
        review.setEnabled(item.result_id is not None)
        review.triggered.connect(self.request_review)
        copy = menu.addAction(QCoreApplication.translate("clinic", "&Copy row"))
        copy.triggered.connect(self._copy_row)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _copy_row(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        cells = [str(self.proxy.index(index.row(), c).data() or "") for c in range(self.proxy.columnCount())]
        QGuiApplication.clipboard().setText("\t".join(cells))

    def _on_filter_changed(self, _: int) -> None:
        self._start()

    def _on_activated(self, index: QModelIndex) -> None:
        clinic_id = self.proxy.data(index, CLINIC_ID_ROLE)
        if clinic_id:
            self.patient_activated.emit(str(clinic_id))
