"""The Patients place at the sizes clinics use: the plot stays the hero, and nothing is cut or overlaps.

At 1280x720, 1024x600 and 960x540 (1920x1080 at 200%), in the light and dark
palettes, on the synthetic demo clinic: the plot's data area is measured in
scene pixels, every visible widget is checked against its minimum size hint,
and the plot's text labels (threshold, metformin start, medication names) are
checked, by their scene bounding boxes, to stay inside their data area and
never to overlap, and the threshold label never to cover a result's marker,
on every demo patient.  Screenshots go to a temporary folder
or to ``MGDESK_SCREENSHOT_DIR``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QLineEdit, QSizePolicy, QWidget
from pytestqt.qtbot import QtBot
from test_screenshots import dark_palette

from mgdesk.domain.demo import demo_clinic
from mgdesk.services import clinic_histories
from mgdesk.store import create_demo_database
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.plots.trend_plot import MARKER_SIZE, TrendPlot
from mgdesk.ui.window import MainWindow

SIZES = [(1280, 720), (1024, 600), (960, 540)]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo-clinic.sqlite3")


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    yield request.param
    app.setPalette(before)


def open_window(qtbot: QtBot, demo_path: Path) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(demo_path)
    window.show_patients()
    return window


def resize(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2000)
    for _ in range(3):
        QApplication.processEvents()


def data_area(plot: TrendPlot) -> QRectF:
    rect: QRectF = plot.main.getViewBox().sceneBoundingRect()
    return rect


def squeezed_widgets(root: QWidget) -> list[str]:
    """Visible widgets smaller than their minimum size hint (text or controls cut), by name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget.parentWidget(), QAbstractScrollArea | QLineEdit):
            continue  # a scroll area's viewport, or a line edit's own clear button (Qt sizes it to the field)
        policy = widget.sizePolicy()
        hint = widget.minimumSizeHint()
        too_narrow = widget.width() < hint.width() and policy.horizontalPolicy() != QSizePolicy.Policy.Ignored
        too_low = widget.height() < hint.height() and policy.verticalPolicy() != QSizePolicy.Policy.Ignored
        if isinstance(widget, QLabel) and widget.wordWrap():
            too_narrow = False  # a wrapping label reflows; its hint is one long line
        if too_narrow or too_low:
            found.append(f"{type(widget).__name__}#{widget.objectName()} {widget.size().toTuple()} < {hint.toTuple()}")
    return found


def marker_boxes(plot: TrendPlot) -> list[QRectF]:
    """Each drawn result marker's box in scene pixels (markers keep their pixel size: ``MARKER_SIZE``)."""
    if plot.scatter is None or not plot.scatter.isVisible():
        return []
    box = plot.main.getViewBox()
    area = box.sceneBoundingRect()
    half = MARKER_SIZE / 2
    found = []
    for x, y in zip(plot.scatter.data["x"], plot.scatter.data["y"], strict=True):
        centre = box.mapViewToScene(QPointF(float(x), float(y)))
        marker = QRectF(centre.x() - half, centre.y() - half, MARKER_SIZE, MARKER_SIZE)
        if area.intersects(marker):
            found.append(marker)
    return found


def label_problems(plot: TrendPlot) -> list[str]:
    """Overlapping or escaping plot labels, by their scene bounding boxes."""
    main_area = plot.main.getViewBox().sceneBoundingRect()
    lanes_area = plot.lanes.getViewBox().sceneBoundingRect()
    boxes: list[tuple[str, QRectF, QRectF]] = []
    for name, line in (("threshold", plot.threshold_line), ("metformin start", plot._start_line)):
        if line is not None and line.isVisible() and line.label.isVisible():
            boxes.append((name, line.label.sceneBoundingRect(), main_area))
    for label in plot.lane_labels:
        boxes.append((label.toPlainText(), label.sceneBoundingRect(), lanes_area))
    problems = []
    if plot.threshold_line is not None and plot.threshold_line.label.isVisible():
        label = plot.threshold_line.label.sceneBoundingRect()
        for marker in marker_boxes(plot):
            overlap = label.intersected(marker)
            if overlap.width() > 0.5 and overlap.height() > 0.5:
                problems.append(f"the threshold label covers the marker at {marker.center().toTuple()}")
    for name, box, area in boxes:
        if not area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box):
            problems.append(f"{name!r} leaves its data area: {box.getCoords()} not in {area.getCoords()}")
    for i, (name, box, _) in enumerate(boxes):
        for other, other_box, _ in boxes[i + 1 :]:
            overlap = box.intersected(other_box)
            if overlap.width() > 0.5 and overlap.height() > 0.5:
                problems.append(f"{name!r} overlaps {other!r}")
    return problems


def test_window_can_be_made_small() -> None:
    window = MainWindow(Settings())
    try:
        assert window.minimumWidth() <= 800
        assert window.minimumHeight() <= 500
        window.show()
        window.resize(800, 500)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (800, 500)
    finally:
        window.close()
        window.deleteLater()


def test_patients_place_gives_the_plot_the_room(qtbot: QtBot, demo_path: Path, palette: str) -> None:
    window = open_window(qtbot, demo_path)
    view = window.patients
    record = window.session.records.patient_by_clinic_id("DEMO-0182")
    assert record is not None
    assert record.id is not None
    view.select_patient(record.id)
    assert view.trend is not None
    plot = view.trend.plot
    assert plot is not None
    folder = Path(os.environ.get("MGDESK_SCREENSHOT_DIR") or qtbot_tmp(window))
    for width, height in SIZES:
        resize(qtbot, window, (width, height))
        area = data_area(plot)
        if width >= 1280:
            right_of_list = view.detail.width()
            assert view.list_shown()
            assert area.width() >= 0.55 * right_of_list, (width, area.width(), right_of_list)
            assert area.height() >= 300, (width, area.height())
        else:
            assert not view.list_shown(), "the list becomes a drawer on a narrow screen"
            assert area.width() >= 480, (width, area.width())
            assert area.height() >= 220, (width, area.height())
        assert squeezed_widgets(view) == [], (width, height)
        assert label_problems(plot) == [], (width, height)
        path = folder / f"patients-{width}x{height}-{palette}.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (width, height)
    # The drawer opens on Ctrl+B's action and closes once a patient is chosen.
    view.toggle_list()
    assert view.list_shown()
    view.list_view.activated.emit(view.list_view.currentIndex())
    assert not view.list_shown()


def qtbot_tmp(window: MainWindow) -> Path:
    folder = Path(window.session.path.parent if window.session.path else ".") / "shots"
    folder.mkdir(exist_ok=True)
    return folder


def test_plot_labels_never_overlap_nor_leave_the_plot_on_any_demo_patient(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    view = window.patients
    histories = clinic_histories(window.session.records)  # every patient, read once, drawn by the real panel
    assert len(histories) == len(demo_clinic(dt.date.today()))  # the whole demo clinic, not a sample
    first = histories[0].patient.id
    assert first is not None
    view.select_patient(first)
    trend = view.trend
    assert trend is not None
    today = dt.date.today()
    problems: list[str] = []
    for size in SIZES:
        resize(qtbot, window, size)
        for history in histories:
            trend.set_patient(history, window.profile, today)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # the window's layout settles
            assert trend.plot is not None
            trend.plot.view.scene().prepareForPaint()  # what pyqtgraph does before painting: measured as seen
            problems += [f"{size} {history.patient.clinic_id}: {p}" for p in label_problems(trend.plot)]
    assert problems == [], "\n".join(problems)


def test_splitters_and_plot_choices_are_saved(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    resize(qtbot, window, (1280, 720))
    view = window.patients
    view.splitter.setSizes([300, 900])
    record = window.session.records.patient_by_clinic_id("DEMO-0001")
    assert record is not None
    assert record.id is not None
    view.select_patient(record.id)
    assert view.trend is not None
    view.trend.axis_combo.setCurrentIndex(1)
    view.trend.unit_combo.setCurrentIndex(1)
    saved_unit = view.trend.unit
    width = view.splitter.sizes()[0]
    window.close()
    again = open_window(qtbot, demo_path)
    resize(qtbot, again, (1280, 720))
    assert abs(again.patients.splitter.sizes()[0] - width) <= 2
    again.patients.select_patient(record.id)
    trend = again.patients.trend
    assert trend is not None
    assert trend.axis_combo.currentIndex() == 1
    assert trend.unit == saved_unit
