"""The clinic list model (checked by qtmodeltester), sorting, opening a patient, the cohort plot."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from trend_fixtures import DEMO_TODAY, TODAY, falling_patient, never_on_metformin

from mgdesk.domain.cohort import (
    ALL_METFORMIN,
    COHORT_FILTERS,
    METFORMIN_WITH_SULFONYLUREA,
    PatientHistory,
    align_cohort,
    clinic_rows,
    select,
)
from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.groups import GroupRow
from mgdesk.domain.profile import LabProfile, default_profile
from mgdesk.domain.units import MgUnit
from mgdesk.domain.worklist import WorkState
from mgdesk.services import build_worklist
from mgdesk.store import Records, open_database
from mgdesk.store.demo_database import create_demo_database
from mgdesk.store.histories import load_histories, load_latest_histories
from mgdesk.ui.clinic.clinic_model import (
    ALERT,
    CLASS,
    CLINIC_ID_ROLE,
    LATEST,
    PATIENT,
    SLOPE,
    STATE,
    ClinicTableModel,
    state_words,
)
from mgdesk.ui.clinic.clinic_view import ClinicView
from mgdesk.ui.common import collector

DEMO = demo_clinic(DEMO_TODAY)


def test_model_passes_qtmodeltester(qtmodeltester: object) -> None:
    model = ClinicTableModel()
    model.set_rows(clinic_rows(DEMO[:60], default_profile(), DEMO_TODAY), MgUnit.MMOL_L, DEMO_TODAY)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_cells_show_words_icons_and_explanations() -> None:
    model = ClinicTableModel()
    model.set_rows(
        clinic_rows([falling_patient(), never_on_metformin()], default_profile(), TODAY), MgUnit.MG_DL, TODAY
    )
    assert model.rowCount() == 1  # never on metformin: not listed
    assert model.data(model.index(0, PATIENT)) == "P-FALL"
    assert model.data(model.index(0, LATEST)) == "1.82"  # 0.75 mmol/L in mg/dL, by the display rule
    assert model.data(model.index(0, CLASS)) == "normal"
    assert not model.data(model.index(0, CLASS), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(0, SLOPE)).startswith("\u2212")
    assert model.data(model.index(0, ALERT)) == "\u25bc falling"
    assert "Ordinary least squares" in model.data(model.index(0, SLOPE), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(LATEST, Qt.Orientation.Horizontal) == "Latest (mg/dL)"


@pytest.fixture
def view(qtbot: QtBot) -> ClinicView:
    widget = ClinicView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitSignal(widget.computed, timeout=20_000):
        widget.set_clinic(DEMO, default_profile(), DEMO_TODAY)
    return widget


def test_lists_patients_on_metformin_and_sorts_by_value(view: ClinicView) -> None:
    expected = clinic_rows(DEMO, default_profile(), DEMO_TODAY)
    assert view.proxy.rowCount() == len(expected) == 166
    view.table.sortByColumn(LATEST, Qt.SortOrder.AscendingOrder)
    ids = [view.proxy.data(view.proxy.index(r, 0), CLINIC_ID_ROLE) for r in range(view.proxy.rowCount())]
    by_value = {row.clinic_id: row.latest_mmol_per_l for row in expected}
    values = [by_value[i] for i in ids]
    assert values == sorted(values)
    assert not view.synthetic.isHidden()
    assert view.count_label.text() == "166 patients"


def test_enter_on_a_row_opens_the_patient(view: ClinicView, qtbot: QtBot) -> None:
    view.table.setFocus()
    view.table.selectRow(3)
    view.table.setCurrentIndex(view.proxy.index(3, 0))
    expected = view.proxy.data(view.proxy.index(3, 0), CLINIC_ID_ROLE)
    with qtbot.waitSignal(view.patient_activated, timeout=2000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_cohort_plot_is_one_curve_with_breaks_and_the_medians(view: ClinicView) -> None:
    plot = view.cohort_plot
    assert plot is not None
    aligned = align_cohort(select(DEMO, ALL_METFORMIN))
    x, y = plot.patients_curve.getData()
    assert len(x) == len(aligned.months)
    assert np.allclose(y, aligned.mmol_per_l)
    assert plot.patients_curve.opts["connect"].sum() == len(aligned.months) - len(aligned.patients)
    mx, _my = plot.median_curve.getData()
    assert np.all(np.diff(mx) == 6)  # 6-month bins, centred
    low, high = plot.plot.viewRange()[1]
    assert low < 0.70 < high


def test_filter_by_co_medication_narrows_list_and_plot(view: ClinicView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.filter_combo.setCurrentIndex(2)
    assert view.current_filter() is METFORMIN_WITH_SULFONYLUREA
    chosen = select(DEMO, METFORMIN_WITH_SULFONYLUREA)
    assert view.proxy.rowCount() == len(clinic_rows(chosen, default_profile(), DEMO_TODAY)) == 92
    assert view.cohort_plot is not None
    x, _ = view.cohort_plot.patients_curve.getData()
    assert len(x) == len(align_cohort(chosen).months)


def test_a_newer_request_supersedes_an_older_one(qtbot: QtBot) -> None:
    widget = ClinicView()
    qtbot.addWidget(widget)
    widget.set_clinic(DEMO, default_profile(), DEMO_TODAY)
    with qtbot.waitSignal(widget.computed, timeout=20_000):
        widget.set_clinic(DEMO[:100], default_profile(), dt.date(2025, 6, 30))
    qtbot.wait(200)  # the first result, if it arrives late, must not replace the second
    assert widget.proxy.rowCount() == len(clinic_rows(DEMO[:100], default_profile(), dt.date(2025, 6, 30)))


def test_a_view_shut_down_while_computing_turns_automatic_collection_back_on(qtbot: QtBot) -> None:
    held = collector.pause_count()  # pauses of other windows still open in this process
    widget = ClinicView()
    qtbot.addWidget(widget)
    widget.set_clinic(DEMO, default_profile(), DEMO_TODAY)  # the list and plot of the whole demo clinic, pending
    assert collector.pause_count() == held + 1
    widget.shutdown()  # as the window's close does: no poll will come to end the pause
    assert collector.pause_count() == held
    qtbot.wait(300)  # nothing computed after the shutdown reaches the view
    assert widget.proxy.rowCount() == 0


def test_load_clinic_lists_the_urgent_patients_first_then_all_then_draws_the_plot(qtbot: QtBot, tmp_path: Path) -> None:
    path = create_demo_database(tmp_path / "demo.sqlite3", today=DEMO_TODAY)
    widget = ClinicView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    calls: list[str] = []
    with open_database(path) as database:
        records = Records(database)

        def load_latest() -> list[PatientHistory]:
            calls.append("latest")
            return load_latest_histories(records, database)

        def load_exact() -> list[PatientHistory]:
            calls.append("histories")
            return load_histories(records)

        order: list[str] = []
        heads: list[list[tuple[str, ...]]] = []

        def on_reset() -> None:
            order.append("head" if widget.model.latest_only else "list")
            if widget.model.latest_only:
                heads.append(_cells(widget, (PATIENT, STATE, SLOPE, ALERT)))

        widget.model.modelReset.connect(on_reset)
        widget.list_shown.connect(lambda: order.append("first screen"))
        widget.cohort_shown.connect(lambda: order.append("plot"))
        with qtbot.waitSignal(widget.computed, timeout=30_000):
            widget.load_clinic(load_latest, load_exact, default_profile(), DEMO_TODAY)
        assert calls == ["latest", "histories"]
        histories = load_histories(records)
        chosen = select(histories, ALL_METFORMIN)
        full = build_worklist(clinic_rows(chosen, default_profile(), DEMO_TODAY), {})
        urgent = [item for item in full if item.state in (WorkState.CRITICAL, WorkState.LOW)]
        # The head shown first is exactly the critical and low patients of the whole list, in its order;
        # only their slope and alert wait for every result.
        pending = ("computing\u2026", "\u2026")
        assert heads == [[(item.row.clinic_id, state_words(item.state), *pending) for item in urgent]]
        screen = widget._rows_on_screen()
        announced = "head" if len(urgent) >= screen else "list"
        assert order == [
            "head",
            *(["first screen"] if announced == "head" else []),
            "list",
            *(["first screen"] if announced == "list" else []),
            "plot",
        ]
        assert not widget.synthetic.isHidden()
        assert not widget.model.latest_only
        # The whole list: the services' worklist of the same clinic, state by state, in its order.
        assert _cells(widget, (PATIENT, STATE)) == [(item.row.clinic_id, state_words(item.state)) for item in full]
        assert widget.proxy.rowCount() == len(clinic_rows(chosen, default_profile(), DEMO_TODAY))
        assert widget.cohort_plot is not None
        x, y = widget.cohort_plot.patients_curve.getData()
        aligned = align_cohort(chosen)
        assert np.allclose(x, aligned.months)
        assert np.allclose(y, aligned.mmol_per_l)
        with qtbot.waitSignal(widget.computed, timeout=30_000):
            widget.filter_combo.setCurrentIndex(2)  # a new filter reuses what was loaded
        assert calls == ["latest", "histories"]
        narrowed = select(histories, METFORMIN_WITH_SULFONYLUREA)
        assert widget.proxy.rowCount() == len(clinic_rows(narrowed, default_profile(), DEMO_TODAY))
        x, _ = widget.cohort_plot.patients_curve.getData()
        assert len(x) == len(align_cohort(narrowed).months)


def test_a_reload_without_the_latest_loader_keeps_the_list_until_the_new_one(qtbot: QtBot, tmp_path: Path) -> None:
    path = create_demo_database(tmp_path / "demo.sqlite3", today=DEMO_TODAY)
    widget = ClinicView()
    qtbot.addWidget(widget)
    with open_database(path) as database:
        records = Records(database)
        with qtbot.waitSignal(widget.computed, timeout=30_000):
            widget.load_clinic(
                lambda: load_latest_histories(records, database),
                lambda: load_histories(records),
                default_profile(),
                DEMO_TODAY,
            )
        before = widget.proxy.rowCount()
        resets: list[bool] = []
        widget.model.modelReset.connect(lambda: resets.append(widget.model.latest_only))
        with qtbot.waitSignal(widget.computed, timeout=30_000):
            widget.load_clinic(None, lambda: load_histories(records), default_profile(), DEMO_TODAY)
        assert resets == [False]  # never the shorter head in between
        assert widget.proxy.rowCount() == before


def _cells(widget: ClinicView, columns: tuple[int, ...]) -> list[tuple[str, ...]]:
    proxy = widget.proxy
    return [tuple(str(proxy.index(r, c).data()) for c in columns) for r in range(proxy.rowCount())]


def test_group_table_is_computed_off_the_window_thread_and_kept_across_filters(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mgdesk.services import clinic_group_table
    from mgdesk.ui.clinic import clinic_view

    threads: list[threading.Thread] = []
    release = threading.Event()  # the table waits on the worker until the test has seen "computing"

    def recording(histories: Sequence[PatientHistory], profile: LabProfile) -> list[GroupRow]:
        threads.append(threading.current_thread())
        release.wait(30)
        return clinic_group_table(histories, profile)  # the real computation, only its thread recorded

    monkeypatch.setattr(clinic_view, "clinic_group_table", recording)
    view = ClinicView()
    qtbot.addWidget(view)
    done: list[bool] = []
    view.computed.connect(lambda: done.append(True))
    view.set_clinic(DEMO, default_profile(), DEMO_TODAY)
    groups = view.groups
    assert groups.table.rowCount() == 0
    assert not groups.export_button.isEnabled()
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    # The list is shown while the group table is still being computed.
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 166, timeout=20_000)
    assert not groups.status.isHidden()
    assert groups.status.text() == "Computing the treatment groups\u2026"
    assert groups.table.rowCount() == 0
    assert not done
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert groups.status.isHidden()
    assert groups.table.rowCount() == 6
    assert groups.export_button.isEnabled()
    assert groups.rows == clinic_group_table(DEMO, default_profile())
    assert threads[0] is not threading.main_thread()
    # A filter narrows the list and the plot, not the table of every patient: not computed again.
    computed_before, rows_before = len(threads), groups.rows
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.filter_combo.setCurrentIndex(COHORT_FILTERS.index(METFORMIN_WITH_SULFONYLUREA))
    assert len(threads) == computed_before
    assert groups.rows is rows_before
    assert groups.status.isHidden()
