"""The patient trend: what is drawn (data and ranges, not pixels), hover texts, lanes, the panel."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from trend_fixtures import DEMO_TODAY, START, TODAY, falling_patient, never_on_metformin

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import Category, default_profile
from mgdesk.domain.records import DAYS_PER_MONTH, DrugClass, MagnesiumResult, MedicationCourse, Patient
from mgdesk.domain.units import MgUnit
from mgdesk.ui.patients.trend_panel import TrendPanel
from mgdesk.ui.plots.trend_data import SECONDS_PER_DAY, TimeAxis, medication_lanes
from mgdesk.ui.plots.trend_plot import OCTAGON, OFF_METFORMIN, TrendPlot


@pytest.fixture
def panel(qtbot: QtBot) -> TrendPanel:
    widget = TrendPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 520)
    widget.set_patient(falling_patient(), default_profile(), TODAY)
    return widget


def plot_of(panel: TrendPanel) -> TrendPlot:
    assert panel.plot is not None
    return panel.plot


def epoch_seconds(day: dt.date) -> float:
    return (day - dt.date(1970, 1, 1)).days * SECONDS_PER_DAY


def test_only_serum_points_are_drawn_at_their_dates(panel: TrendPanel) -> None:
    plot = plot_of(panel)
    assert plot.scatter is not None
    x, y = plot.scatter.getData()
    assert len(x) == 6  # the urine result is left out
    assert x[0] == epoch_seconds(dt.date(2019, 7, 1))
    assert y[:5] == pytest.approx([0.95, 0.90, 0.85, 0.80, 0.6994], abs=1e-4)


def test_display_unit_converts_values_threshold_and_axis_label(panel: TrendPanel) -> None:
    panel.set_unit(MgUnit.MG_DL)
    plot = plot_of(panel)
    assert plot.scatter is not None
    assert plot.threshold_line is not None
    _, y = plot.scatter.getData()
    assert y[1] == pytest.approx(0.90 * 2.4305)
    assert plot.threshold_line.value() == pytest.approx(1.70135)
    assert "1.71 mg/dL" in plot.threshold_line.label.format  # the first 2-decimal value not below
    assert "mg/dL" in plot.main.getAxis("left").labelText
    low, high = plot.main.viewRange()[1]
    assert low < 1.70 < high
    assert low < min(y)
    assert max(y) < high


def test_months_axis_puts_results_before_start_at_negative_months(panel: TrendPanel) -> None:
    panel.set_axis(TimeAxis.MONTHS)
    plot = plot_of(panel)
    assert plot.scatter is not None
    x, _ = plot.scatter.getData()
    assert x[0] == pytest.approx((dt.date(2019, 7, 1) - START).days / DAYS_PER_MONTH)
    assert x[0] < 0
    assert x[1] == 0
    left, right = plot.main.viewRange()[0]
    assert left < x[0]
    assert right > x[-1]
    assert plot.lanes.viewRange()[0] == pytest.approx([left, right])  # lanes share the time axis


def test_never_on_metformin_falls_back_to_dates(qtbot: QtBot) -> None:
    panel = TrendPanel(axis=TimeAxis.MONTHS)
    qtbot.addWidget(panel)
    panel.set_patient(never_on_metformin(), default_profile(), TODAY)
    plot = plot_of(panel)
    assert plot.axis is TimeAxis.DATE
    assert plot.fit_curve is None
    assert plot.lane_data == []


def test_markers_carry_class_by_shape_and_borderline_is_hollow(panel: TrendPanel) -> None:
    plot = plot_of(panel)
    assert plot.scatter is not None
    spots = plot.scatter.points()
    borderline = [p for p in plot.points if p.classification.borderline]
    assert [p.result.measurement.text for p in borderline] == ["1.7"]
    index = plot.points.index(borderline[0])
    assert borderline[0].classification.category is Category.LOW
    assert spots[index].symbol() == "t"  # low: a downward triangle
    assert spots[index].brush().style() == Qt.BrushStyle.NoBrush  # hollow
    normal = next(i for i, p in enumerate(plot.points) if p.classification.category is Category.NORMAL)
    assert spots[normal].symbol() == "o"
    assert spots[normal].brush().style() == Qt.BrushStyle.SolidPattern


def test_critical_results_are_octagons(qtbot: QtBot) -> None:
    plot = TrendPlot()
    qtbot.addWidget(plot)
    history = next(h for h in demo_clinic(DEMO_TODAY) if h.results)
    plot.show_trend(history, default_profile(), TODAY)
    from mgdesk.ui.plots.trend_plot import SYMBOL

    assert SYMBOL[Category.CRITICAL_LOW] is OCTAGON
    assert SYMBOL[Category.CRITICAL_HIGH] is OCTAGON
    assert SYMBOL[Category.HIGH] == "t1"


def test_hover_text_tells_date_value_class_time_and_medications(panel: TrendPanel) -> None:
    plot = plot_of(panel)
    index = next(i for i, p in enumerate(plot.points) if p.result.measurement.text == "1.7")
    text = plot.point_text(plot.points[index])
    assert "2022-06-01" in text
    assert "1.7 mg/dL" in text
    assert "0.699 mmol/L" in text
    assert "borderline" in text
    assert "months on metformin" in text
    assert "metformin 1000 mg/day" in text
    assert "omeprazole 20 mg/day" in text


def test_lanes_show_dose_steps_and_other_medication(panel: TrendPanel) -> None:
    plot = plot_of(panel)
    assert [lane.key for lane in plot.lane_data] == ["metformin", "ppi"]
    metformin = plot.lane_data[0]
    assert [s.label for s in metformin.spans] == ["metformin 500 mg/day", "metformin 1000 mg/day"]
    assert metformin.spans[-1].ongoing
    # Each name sits in its bar, elided to fit it; the whole name is on hover.
    assert [label.toolTip() for label in plot.lane_labels] == [
        "metformin 500 mg/day",
        "metformin 1000 mg/day",
        "omeprazole 20 mg/day",
    ]
    for label in plot.lane_labels:
        shown = label.toPlainText()
        assert shown == label.toolTip() or (shown.endswith("\u2026") and label.toolTip().startswith(shown[:-1]))
    assert plot.lane_labels[-1].toPlainText() == "omeprazole 20 mg/day"
    ticks = plot.lanes.getAxis("left")._tickLevels[0]
    assert [t[1] for t in ticks] == ["Metformin", "PPI"]


def test_open_courses_run_to_the_end_given() -> None:
    lanes = medication_lanes(falling_patient().courses, dt.date(2024, 1, 1))
    assert lanes[0].spans[-1].stop == dt.date(2024, 1, 1)


def test_fitted_slope_is_drawn_over_time_on_metformin(panel: TrendPanel) -> None:
    plot = plot_of(panel)
    assert plot.fit_curve is not None
    x, y = plot.fit_curve.getData()
    assert x[0] == epoch_seconds(START)
    assert y[1] < y[0]
    assert "Ordinary least squares" in plot.fit_curve.toolTip()


def test_numbers_beside_the_plot_explain_themselves(panel: TrendPanel) -> None:
    numbers = panel.numbers
    assert numbers.values["n"].text() == "6"
    assert numbers.values["n"].toolTip().startswith("Counted 6 serum/plasma")
    assert "0.75 mmol/L" in numbers.values["latest"].text()
    assert "\u22120.060 mmol/L/year" in numbers.values["slope"].text()
    assert numbers.values["alert"].property("alert") is True
    assert "projected crossing" in numbers.values["alert"].toolTip()


def test_synthetic_label_only_for_demo_patients(panel: TrendPanel, qtbot: QtBot) -> None:
    assert panel.synthetic.isHidden()
    panel.set_patient(demo_clinic(DEMO_TODAY)[0], default_profile(), TODAY)
    assert not panel.synthetic.isHidden()
    assert "SYNTHETIC" in panel.synthetic.text()


def test_redraw_after_a_new_result_replaces_the_points(panel: TrendPanel) -> None:
    history = falling_patient()
    extra = history.results[1].__class__(dt.date(2023, 1, 2), history.results[1].measurement, "mmol/L")
    panel.set_patient(
        type(history)(history.patient, history.courses, (*history.results, extra)), default_profile(), TODAY
    )
    plot = plot_of(panel)
    assert plot.scatter is not None
    x, _ = plot.scatter.getData()
    assert len(x) == 7
    assert np.count_nonzero(x == epoch_seconds(dt.date(2023, 1, 2))) == 1


def test_panel_module_does_not_import_pyqtgraph() -> None:
    code = (
        "import sys; import mgdesk.ui.patients.trend_panel, mgdesk.ui.clinic.clinic_view; "
        "sys.exit(1 if 'pyqtgraph' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_numbers_tell_time_honestly() -> None:
    from mgdesk.domain.trend import summarize
    from mgdesk.ui.patients.trend_numbers import number_rows

    history = falling_patient()
    last = max(r.collected_on for r in history.results)
    # Years after the last result: the re-test is overdue, the crossing already in the past.
    today = dt.date(last.year + 3, last.month, min(last.day, 28))
    summary = summarize(history.courses, history.results, default_profile(), today)
    rows = {key: value for key, _label, value, _how in number_rows(summary, MgUnit.MMOL_L)}
    assert rows["since"].startswith("3 years")
    assert rows["retest"].startswith("overdue by ")
    crossing = summary.projected_crossing.value
    assert crossing is not None
    assert crossing <= today
    assert rows["crossing"] == f"already reached (about {crossing.year:04d}-{crossing.month:02d})"


def gap_patient() -> PatientHistory:
    """On metformin through 2015, off 2016-2019 (two results), back on since 2020."""
    courses = (
        MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2015, 1, 1), dt.date(2015, 12, 31), Decimal(1000)),
        MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1), None, Decimal(1000)),
    )
    values = {
        dt.date(2014, 6, 1): "0.95",
        dt.date(2015, 6, 1): "0.88",
        dt.date(2015, 12, 1): "0.84",
        dt.date(2017, 1, 1): "0.97",
        dt.date(2019, 1, 1): "0.99",
        dt.date(2020, 6, 1): "0.86",
        dt.date(2021, 6, 1): "0.80",
        dt.date(2022, 6, 1): "0.76",
    }
    results = tuple(MagnesiumResult(day, Measurement(Decimal(v), MgUnit.MMOL_L), "mmol/L") for day, v in values.items())
    return PatientHistory(Patient("P-GAP"), courses, results)


def test_results_off_metformin_are_hollow_grey_said_on_hover_and_not_fitted(qtbot: QtBot, tmp_path: Path) -> None:
    widget = TrendPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 520)
    widget.set_patient(gap_patient(), default_profile(), dt.date(2023, 1, 1))
    plot = plot_of(widget)
    off = [i for i, p in enumerate(plot.points) if p.off_metformin]
    assert [plot.points[i].day.year for i in off] == [2017, 2019]
    assert plot.scatter is not None
    spots = plot.scatter.points()
    for i, spot in enumerate(spots):
        grey = spot.pen().color().name() == OFF_METFORMIN.name() and spot.brush().style() == Qt.BrushStyle.NoBrush
        assert grey == (i in off)
    text = plot.point_text(plot.points[off[0]])
    assert "Off metformin" in text
    assert "after 12.0 cumulative months on it" in text
    assert "not in the fit" in text
    on_text = plot.point_text(plot.points[-1])
    assert "41.0 cumulative months on metformin" in on_text  # 12 + 29 months, not 89
    assert plot.fit_curve is not None
    fit_x, _ = plot.fit_curve.getData()
    off_x = {epoch_seconds(plot.points[i].day) for i in off}
    assert not off_x & set(fit_x.tolist())
    # The months axis is cumulative: the off results sit at 12 months, the last at 41.
    widget.set_axis(TimeAxis.MONTHS)
    x, _ = plot.scatter.getData()
    assert x[off[0]] == pytest.approx(12.0, abs=0.05)
    assert x[-1] == pytest.approx(41.0, abs=0.05)
    assert "Cumulative months" in plot.lanes.getAxis("bottom").labelText
    widget.set_axis(TimeAxis.DATE)
    widget.grab().save(str(tmp_path / "off-metformin.png"))
    widget.set_axis(TimeAxis.MONTHS)
    widget.grab().save(str(tmp_path / "off-metformin-months.png"))
