"""The patient trend drawn with pyqtgraph: magnesium over time above medication lanes.

Owns the drawing only (the data comes from ``trend_data`` and the domain):
the profile's bands shaded and named on the right axis, the hypomagnesemia
threshold as a labelled line in the display unit, every serum/plasma result
as a marker whose shape AND colour give its class (octagon = critical,
triangle down/up = low/high, circle = normal; Okabe-Ito colours from
``class_style``), borderline results hollow, results taken off metformin
hollow and grey, a hover text for each point, the fitted slope over
cumulative time on metformin as a dashed line, and under the plot,
on the same x axis, one lane per medication group with each course's drug
and dose.  Importing this module imports pyqtgraph (~0.7 s): windows import
it lazily, when a plot is first needed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.exposure import MetforminExposure
from mgdesk.domain.profile import BAND_CATEGORIES, Category, LabProfile
from mgdesk.domain.records import MedicationCourse
from mgdesk.domain.trend import TrendSummary
from mgdesk.domain.units import MgUnit, factor
from mgdesk.ui.common.class_style import CLASS_COLOUR, class_words, shows_borderline
from mgdesk.ui.common.messages import left_to_right, render
from mgdesk.ui.common.wording import local_date, local_number, threshold_value_text
from mgdesk.ui.plots.locale_axis import LocaleAxis
from mgdesk.ui.plots.trend_data import (
    Lane,
    LaneSpan,
    TimeAxis,
    TrendPoint,
    effective_axis,
    medication_lanes,
    plot_end,
    trend_points,
    x_of,
)

AXIS_WIDTH = 112  # both plots' left axes, so their data areas line up
RIGHT_AXIS_WIDTH = 84
METFORMIN_LANE = QColor("#0072B2")  # Okabe-Ito blue: not a class colour
OTHER_LANE = QColor("#56B4E9")  # Okabe-Ito sky blue
BAND_ALPHA = 38
MARKER_SIZE = 13
MIN_VIEW_WIDTH, MIN_VIEW_HEIGHT = 360, 200
LANE_PX = 28  # height of one medication lane
STACKED_LANE_PX = 40  # a lane with concurrent courses: room for two stacked labels
LANES_AXIS_PX = 42  # the lanes' bottom axis with its tick values and title
LABEL_PAD_PX = 6
# Where along the threshold line its label may sit (0 the left of the data area, 1 the right), tried in order.
THRESHOLD_LABEL_POSITIONS = tuple(i / 40 for i in range(41))
# Where across it, in label heights above the line's top (1: just above, 0: just below), tried in order:
# close to the line first, then further away a label height at a time, up to the edges of the data area
# (a level outside the area is skipped), so a patient whose results crowd the line still gets a free place.
THRESHOLD_LABEL_LEVELS = tuple(level for step in range(1, 16) for level in (float(step), float(1 - step)))
OFF_METFORMIN = QColor("#7F7F7F")  # grey: a result taken off metformin (never a class colour)


def lane_title(key: str) -> str:
    titles = {
        "metformin": QCoreApplication.translate("trend", "Metformin"),
        "diabetes": QCoreApplication.translate("trend", "Other diabetes"),
        "ppi": QCoreApplication.translate("trend", "PPI"),
        "diuretic": QCoreApplication.translate("trend", "Diuretic"),
        "magnesium": QCoreApplication.translate("trend", "Mg supplement"),
        "other": QCoreApplication.translate("trend", "Other"),
    }
    return titles[key]


def course_text(course: MedicationCourse) -> str:
    """'metformin 1000 mg/day' in the window's language, the dose in the locale; the drug alone with no dose."""
    if course.daily_dose_mg is None:
        return course.drug
    return QCoreApplication.translate("trend", "{drug} {dose} mg/day").format(
        drug=course.drug, dose=local_number(f"{course.daily_dose_mg.normalize():f}")
    )


def _octagon() -> QPainterPath:
    """A stop-sign octagon centred on 0, 0 with unit size (pyqtgraph symbol space)."""
    a, b = 0.5, 0.207
    points = [(-b, -a), (b, -a), (a, -b), (a, b), (b, a), (-b, a), (-a, b), (-a, -b)]
    path = QPainterPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.closeSubpath()
    return path


OCTAGON = _octagon()
# pyqtgraph's 't' points down, 't1' points up.
SYMBOL: dict[Category, object] = {
    Category.CRITICAL_LOW: OCTAGON,
    Category.LOW: "t",
    Category.NORMAL: "o",
    Category.HIGH: "t1",
    Category.CRITICAL_HIGH: OCTAGON,
    Category.INDETERMINATE: "d",  # a qualified result on both sides of the threshold: grey diamond
}


def symbol_of(point: TrendPoint) -> object:
    return SYMBOL[point.classification.category]


def _faded(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


class TrendPlot(QWidget):
    """Magnesium over time with the profile's bands, and medication lanes on the same x axis.

    Every item is built once, in the constructor, and ``show_trend`` only
    feeds it new data (``setData``, ``setRegion``, ``setValue``) and shows or
    hides it: building pyqtgraph items per patient cost more than drawing them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Time runs left to right in every language, right-to-left ones included.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setAccessibleName(QCoreApplication.translate("trend", "Magnesium trend plot"))
        # Never squeezed to nothing: pyqtgraph cannot place its labels in a zero-size view.
        self.view.setMinimumSize(MIN_VIEW_WIDTH, MIN_VIEW_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.main: pg.PlotItem = self.view.addPlot(
            row=0, col=0, axisItems={"left": LocaleAxis("left"), "right": LocaleAxis("right")}
        )
        self.lanes: pg.PlotItem = self.view.addPlot(row=1, col=0)
        # The scene's items take the application's direction, not the widget's: set it on each plot too.
        for item in (self.view.ci, self.main, self.lanes):
            item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.view.ci.layout.setRowStretchFactor(0, 4)
        self.view.ci.layout.setRowStretchFactor(1, 1)
        self.view.ci.setSpacing(2)
        self.lanes.setXLink(self.main)
        for plot in (self.main, self.lanes):
            plot.showAxis("right")
            plot.getAxis("left").setWidth(AXIS_WIDTH)
            plot.getAxis("right").setWidth(RIGHT_AXIS_WIDTH)
            plot.setMouseEnabled(x=True, y=False)
            plot.hideButtons()
        self.main.getAxis("left").enableAutoSIPrefix(False)
        self.main.getAxis("right").enableAutoSIPrefix(False)
        self.lanes.getAxis("right").setStyle(showValues=False, tickLength=0)
        self.lanes.getAxis("left").setStyle(tickLength=0)
        self.lanes.setMenuEnabled(False)
        self.lanes.getViewBox().sigResized.connect(self.place_lane_labels)
        self.lanes.getViewBox().sigXRangeChanged.connect(self.place_lane_labels)
        self.main.getViewBox().sigResized.connect(self.place_threshold_label)
        self.main.getViewBox().sigXRangeChanged.connect(self.place_threshold_label)
        self.points: list[TrendPoint] = []
        self.axis = TimeAxis.DATE
        self.unit = MgUnit.MMOL_L
        self.profile: LabProfile | None = None
        self.exposure = MetforminExposure()
        self.bands: list[tuple[Category, float, float]] = []
        self._band_texts: dict[Category, str] = {}
        self.lane_data: list[Lane] = []
        self._brushes = {c: QBrush(colour) for c, colour in CLASS_COLOUR.items()}
        self._no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self._hollow_pens = {c: pg.mkPen(colour, width=2.5) for c, colour in CLASS_COLOUR.items()}
        self._off_pen = pg.mkPen(OFF_METFORMIN, width=2.5)
        self._lane_brushes = {
            True: QBrush(_faded(METFORMIN_LANE, 170)),
            False: QBrush(_faded(OTHER_LANE, 150)),
        }
        self._palette_key: tuple[int, int] | None = None
        self._axis_kind: TimeAxis | None = None
        self._left_label = ""
        self._build_items()
        self._apply_palette()
        self.clear()

    # -- items, built once ----------------------------------------------------

    def _build_items(self) -> None:
        self._regions: dict[Category, pg.LinearRegionItem] = {}
        for category in BAND_CATEGORIES:
            alpha = BAND_ALPHA if category is not Category.NORMAL else BAND_ALPHA // 2
            region = pg.LinearRegionItem(
                (0.0, 1.0), orientation="horizontal", movable=False, brush=_faded(CLASS_COLOUR[category], alpha)
            )
            for line in region.lines:
                line.setPen(pg.mkPen(None))
            region.setZValue(-20)
            self.main.addItem(region, ignoreBounds=True)
            self._regions[category] = region
        self._threshold = pg.InfiniteLine(
            pos=0.0,
            angle=0,
            pen=pg.mkPen(CLASS_COLOUR[Category.LOW].darker(130), width=2, style=Qt.PenStyle.DashLine),
            label="",
            # Above the line, at the left to start with; ``place_threshold_label`` moves it off the markers.
            labelOpts={"position": 0.01, "anchors": [(0, 1), (0, 1)], "color": self._ink()},
        )
        self._threshold.setZValue(-10)
        self.main.addItem(self._threshold, ignoreBounds=True)
        self._line = pg.PlotDataItem([], [], pen=pg.mkPen(_faded(self._ink(), 110), width=1.5))
        self.main.addItem(self._line)
        self._line.setClipToView(True)  # after adding it (architecture.md); the scatter has no such option
        self._scatter = pg.ScatterPlotItem(
            size=MARKER_SIZE,
            hoverable=True,
            tip=self._tip,
            # On screen the markers are stamped from pyqtgraph's pre-drawn atlas
            # (one pixmap draw for all points: opening a patient paints ~200);
            # exports draw each as a path (``vector_markers``).
        )
        self.main.addItem(self._scatter)
        self._start_line = pg.InfiniteLine(
            pos=0.0,
            angle=90,
            pen=pg.mkPen(_faded(METFORMIN_LANE, 200), width=1.5, style=Qt.PenStyle.DotLine),
            label=QCoreApplication.translate("trend", "metformin started"),
            labelOpts={"position": 0.97, "anchors": [(0, 0), (0, 0)], "color": self._ink()},
        )
        self._start_line.setZValue(-5)
        self.main.addItem(self._start_line, ignoreBounds=True)
        self._fit = pg.PlotDataItem([], [], pen=pg.mkPen(self._ink(), width=2, style=Qt.PenStyle.DashLine))
        self.main.addItem(self._fit)
        self._bars = pg.BarGraphItem(x0=[], x1=[], y0=[], height=0.7, brushes=[], pen=pg.mkPen(None))
        self.lanes.addItem(self._bars)
        self._label_pool: list[pg.TextItem] = []
        self._lane_texts: list[tuple[pg.TextItem, str, float, float, float]] = []
        # What is shown now (None when hidden); tests and exports read these.
        self.scatter: pg.ScatterPlotItem | None = None
        self.line: pg.PlotDataItem | None = None
        self.fit_curve: pg.PlotDataItem | None = None
        self.threshold_line: pg.InfiniteLine | None = None
        self.lane_bars: pg.BarGraphItem | None = None
        self.lane_labels: list[pg.TextItem] = []

    @contextlib.contextmanager
    def vector_markers(self) -> Iterator[None]:
        """Inside this block the markers are drawn one by one as paths, so SVG and PDF stay vector."""
        self._scatter.setExportMode(True, {"antialias": True})
        try:
            yield
        finally:
            self._scatter.setExportMode(False)

    # -- colours --------------------------------------------------------------

    def _ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _apply_palette(self, *, force: bool = False) -> None:
        """Colour the axes and the ink-coloured items; only when the palette changed (or ``force``)."""
        base = self.palette().color(QPalette.ColorRole.Base)
        ink = self._ink()
        key = (base.rgba(), ink.rgba())
        if key == self._palette_key and not force:
            return
        self._palette_key = key
        self.view.setBackground(base)
        for plot in (self.main, self.lanes):
            for name in ("left", "bottom", "right"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(_faded(ink, 140)))
                axis.setTextPen(pg.mkPen(ink))
        self._outline = pg.mkPen(base, width=1.5)
        self._line.setPen(pg.mkPen(_faded(ink, 110), width=1.5))
        self._fit.setPen(pg.mkPen(ink, width=2, style=Qt.PenStyle.DashLine))
        self._threshold.label.setColor(ink)
        self._start_line.label.setColor(ink)
        self._bars.setOpts(pen=pg.mkPen(base))
        for label in self._label_pool:
            label.setColor(ink)

    # -- drawing --------------------------------------------------------------

    def clear(self) -> None:
        """Show no patient: every item hidden and emptied."""
        self._hide_all()
        for item in (*self._regions.values(), self._threshold):
            item.hide()
        self._line.setData([], [])
        self._scatter.clear()

    def _hide_all(self) -> None:
        """Hide what only some patients have; the bands and the threshold line stay (every patient has them)."""
        for item in (self._line, self._scatter, self._start_line, self._fit, self._bars, *self._label_pool):
            item.hide()
        self.points, self.lane_data, self.lane_labels = [], [], []
        self.scatter = self.line = self.fit_curve = self.threshold_line = self.lane_bars = None

    def show_trend(
        self,
        history: PatientHistory,
        profile: LabProfile,
        today: dt.date,
        *,
        unit: MgUnit = MgUnit.MMOL_L,
        axis: TimeAxis = TimeAxis.DATE,
        summary: TrendSummary | None = None,
    ) -> None:
        """Draw ``history`` in ``unit`` against ``axis`` (months fall back to dates when never on metformin)."""
        self._hide_all()
        self._apply_palette()
        self.profile, self.unit = profile, unit
        self.exposure = MetforminExposure.of(history.courses)
        self.axis = effective_axis(axis, self.exposure)
        self._set_time_axis()
        self.points = trend_points(history, profile, unit)
        end = plot_end(history, today)
        first = min([p.day for p in self.points] + [c.start for c in history.courses] + [end])
        self._draw_bands(profile, unit)
        self._draw_points()
        self._draw_metformin_start()
        if summary is not None:
            self._draw_fit(summary)
        self.lane_data = medication_lanes(history.courses, end)
        self._draw_lanes()
        self._set_ranges(first, end, profile)
        # The lanes' height may have changed: lay the plots out now, so the
        # labels are placed against the final data areas, not the last patient's.
        self.view.ci.layout.activate()
        laid_out = all(p.getViewBox().width() >= 2 and p.getViewBox().height() >= 2 for p in (self.main, self.lanes))
        if laid_out:
            for plot in (self.main, self.lanes):  # their view transforms, as pyqtgraph would before painting
                plot.getViewBox().updateMatrix()
        self.place_lane_labels()
        for line in (self._threshold, self._start_line):  # what pyqtgraph would do before the next paint
            if laid_out and line.isVisible():
                line.label.updateTransform(force=True)
                line.label.updatePosition()
                line.label.updateTextPos()
        if laid_out:
            self.place_threshold_label()

    def x_at(self, day: dt.date) -> float:
        return x_of(day, self.axis, self.exposure)

    def _set_time_axis(self) -> None:
        if self.axis is not self._axis_kind:  # new axis items only when the kind of axis changes
            self._axis_kind = self.axis
            if self.axis is TimeAxis.DATE:
                bottom = pg.DateAxisItem(orientation="bottom", utcOffset=0)
                lanes_bottom = pg.DateAxisItem(orientation="bottom", utcOffset=0)
            else:
                bottom = LocaleAxis(orientation="bottom")
                lanes_bottom = LocaleAxis(orientation="bottom")
            self.main.setAxisItems({"bottom": bottom})
            self.lanes.setAxisItems({"bottom": lanes_bottom})
            bottom.setStyle(showValues=False)
            bottom.setHeight(6)
            if self.axis is TimeAxis.MONTHS:  # calendar years need no title; the height goes to the plot
                lanes_bottom.setLabel(
                    QCoreApplication.translate("trend", "Cumulative months on metformin (time off not counted)")
                )
            self._apply_palette(force=True)
        label = QCoreApplication.translate("trend", "Serum Mg ({unit})").format(unit=self.unit)
        if label != self._left_label:
            self._left_label = label
            self.main.getAxis("left").setLabel(label)

    def _edges(self, profile: LabProfile, unit: MgUnit) -> dict[str, float]:
        to_unit = factor(MgUnit.MMOL_L, unit)
        return {
            "critical_low": float(profile.critical_low_below * to_unit),
            "low": float(profile.low_below * to_unit),
            "high": float(profile.high_above * to_unit),
            "critical_high": float(profile.critical_high_above * to_unit),
            "threshold": float(profile.hypomagnesemia_below * to_unit),
        }

    def _draw_bands(self, profile: LabProfile, unit: MgUnit) -> None:
        edges = self._edges(profile, unit)
        far = edges["critical_high"] * 10
        self.bands = [
            (Category.CRITICAL_LOW, 0.0, edges["critical_low"]),
            (Category.LOW, edges["critical_low"], edges["low"]),
            (Category.NORMAL, edges["low"], edges["high"]),
            (Category.HIGH, edges["high"], edges["critical_high"]),
            (Category.CRITICAL_HIGH, edges["critical_high"], far),
        ]
        for category, low, high in self.bands:
            region = self._regions[category]
            if tuple(region.getRegion()) != (low, high):
                region.setRegion((low, high))
            region.show()
        text = QCoreApplication.translate("trend", "hypomagnesemia below {value}").format(
            value=threshold_value_text(profile, unit)
        )
        self._band_texts = {band.category: left_to_right(local_number(band.text())) for band in profile.bands(unit)}
        # Shown before it is changed: a hidden line's label ignores changes of value and text.
        self._threshold.show()
        self._threshold.setValue(edges["threshold"])
        if self._threshold.label.format != text:
            self._threshold.label.setFormat(text)
        self.threshold_line = self._threshold

    def _draw_points(self) -> None:
        if not self.points:
            return
        xs = [self.x_at(p.day) for p in self.points]
        ys = [p.value for p in self.points]
        self._line.setData(xs, ys)
        self._line.show()
        self.line = self._line
        brushes, pens = [], []
        for point in self.points:
            category = point.classification.category
            if point.off_metformin:
                brushes.append(self._no_brush)
                pens.append(self._off_pen)
            elif shows_borderline(category, point.classification.borderline):
                brushes.append(self._no_brush)
                pens.append(self._hollow_pens[category])
            else:
                brushes.append(self._brushes[category])
                pens.append(self._outline)
        self._scatter.setData(
            x=xs,
            y=ys,
            symbol=[symbol_of(p) for p in self.points],
            brush=brushes,
            pen=pens,
            data=list(range(len(self.points))),
        )
        self._scatter.show()
        self.scatter = self._scatter

    def _tip(self, x: float, y: float, data: int) -> str:
        return self.point_text(self.points[data])

    def point_text(self, point: TrendPoint) -> str:
        """Date, value as written, value in the display unit, class, months on metformin, medications."""
        c = point.classification
        written = f"{local_number(point.result.measurement.text)} {point.result.unit_as_written}"
        lines = [
            local_date(point.day),
            QCoreApplication.translate("trend", "As written: {written}").format(written=written),
        ]
        if point.result.measurement.unit is not self.unit:
            lines.append(
                QCoreApplication.translate("trend", "= {value} {unit}").format(
                    value=local_number(c.shown(self.unit)), unit=self.unit
                )
            )
        words = class_words(c.category)
        if shows_borderline(c.category, c.borderline):
            words = QCoreApplication.translate(
                "trend", "{words}, borderline (its precision cannot tell the side of a band edge)"
            ).format(words=words)
        lines.append(words)
        if point.months_on_metformin is not None:
            months = local_number(f"{point.months_on_metformin:.1f}")
            if point.off_metformin:
                lines.append(
                    QCoreApplication.translate(
                        "trend", "Off metformin (after {months} cumulative months on it): not in the fit"
                    ).format(months=months)
                )
            else:
                lines.append(
                    QCoreApplication.translate("trend", "{months} cumulative months on metformin").format(months=months)
                )
        taken = ", ".join(course_text(m) for m in point.medications) or QCoreApplication.translate(
            "trend", "none recorded"
        )
        lines.append(QCoreApplication.translate("trend", "Taking: {medications}").format(medications=taken))
        return "\n".join(lines)

    def _draw_metformin_start(self) -> None:
        start = self.exposure.first_start
        if start is None:
            return
        self._start_line.show()  # before the move, so its label follows (see the threshold line)
        self._start_line.setValue(self.x_at(start))

    def _draw_fit(self, summary: TrendSummary) -> None:
        fit = summary.slope.value
        days = sorted({p.day for p in self.points if self.exposure.taking(p.day)})
        if fit is None or not days:
            return
        to_unit = float(factor(MgUnit.MMOL_L, self.unit))
        # Through every on-metformin day: on the date axis the line is flat across a gap.
        years = [self.exposure.years(d) or 0.0 for d in days]
        self._fit.setData([self.x_at(d) for d in days], [fit.at(y) * to_unit for y in years])
        self._fit.setToolTip(render(summary.slope.how))
        self._fit.show()
        self.fit_curve = self._fit

    def _lane_label(self, index: int) -> pg.TextItem:
        while len(self._label_pool) <= index:
            label = pg.TextItem("", color=self._ink(), anchor=(0, 0.5))
            # Never part of the lanes' auto range: its ranges are set explicitly, and measuring a
            # label before the plot is laid out inverts a singular transform.
            self.lanes.addItem(label, ignoreBounds=True)
            self._label_pool.append(label)
        return self._label_pool[index]

    def _draw_lanes(self) -> None:
        ticks = []
        x0, x1, y0, brushes = [], [], [], []
        self._lane_texts = []
        self._any_stacked = False
        for row, lane in enumerate(self.lane_data):
            ticks.append((-row, lane_title(lane.key)))
            # Courses that overlap in time (two diuretics at once) take a second line in the lane.
            line_ends: list[dt.date] = []
            placed: list[tuple[LaneSpan, int]] = []
            for span in sorted(lane.spans, key=lambda s: s.start):
                line = next((i for i, end in enumerate(line_ends) if span.start > end), len(line_ends))
                if line == len(line_ends):
                    line_ends.append(span.stop)
                else:
                    line_ends[line] = span.stop
                placed.append((span, line))
            stacked = len(line_ends) > 1
            self._any_stacked = self._any_stacked or stacked
            for span, line in placed:
                x0.append(self.x_at(span.start))
                x1.append(self.x_at(span.stop + dt.timedelta(days=1)))
                y0.append(-row - 0.35)
                brushes.append(self._lane_brushes[lane.key == "metformin"])
                if line > 1:
                    continue  # a third concurrent course: its bar shows, the hover text of the lane names it
                label = self._lane_label(len(self._lane_texts))
                label.setToolTip(course_text(span.course))
                y = -row + ((0.22 if line == 0 else -0.22) if stacked else 0.0)
                self._lane_texts.append((label, course_text(span.course), x0[-1], x1[-1], y))
        self.lanes.getAxis("left").setTicks([ticks or [(0, QCoreApplication.translate("trend", "No medication"))], []])
        if x0:
            self._bars.setOpts(x0=x0, x1=x1, y0=y0, brushes=brushes)
            self._bars.show()
            self.lane_bars = self._bars
        rows = max(len(self.lane_data), 1)
        axis_px = LANES_AXIS_PX if self.axis is TimeAxis.MONTHS else LANES_AXIS_PX - 18
        height = rows * (STACKED_LANE_PX if self._any_stacked else LANE_PX) + axis_px
        self.lanes.setMinimumHeight(height)
        self.lanes.setMaximumHeight(height)
        self.lanes.setYRange(-rows + 0.5, 0.5, padding=0)
        self.place_lane_labels()

    def place_threshold_label(self) -> None:
        """Put the threshold's label where it covers no result's marker nor the metformin-start label.

        Tried in order: just above the line, just below it, then one label
        height further up or down at a time, each at positions from the left to
        the right of the data area (the label's anchor follows its position,
        so it never runs past the right axis); the first place inside the
        data area that touches nothing wins, else the one that covers the
        fewest markers.  The places are computed from two measured ones (the
        label's size and the line's span in scene pixels), so trying many
        costs little.  Called again when the view is resized or panned, like
        the medication names.
        """
        line = self._threshold
        box = self.main.getViewBox()
        if not line.isVisible() or box.width() < 2 or box.height() < 2:
            return
        box.updateMatrix()
        area = box.sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
        first = self._threshold_label_at(0.0, 0.0)  # its left at the line's left end, its top on the line
        last = self._threshold_label_at(1.0, 0.0)
        width, height = first.width(), first.height()
        span = last.left() - first.left() + width  # the line's length inside the view, in scene pixels
        lefts, rights, tops, bottoms = self._marker_boxes()
        if self._start_line.isVisible():
            other = self._start_line.label.sceneBoundingRect()
            lefts, rights = np.append(lefts, other.left()), np.append(rights, other.right())
            tops, bottoms = np.append(tops, other.top()), np.append(bottoms, other.bottom())
        positions = np.array(THRESHOLD_LABEL_POSITIONS)
        candidate_lefts = (first.left() + positions * (span - width))[:, np.newaxis]  # one row per position
        across = (np.minimum(rights, candidate_lefts + width) - np.maximum(lefts, candidate_lefts)) > 0.5
        best: tuple[int, float, float] | None = None
        for above in THRESHOLD_LABEL_LEVELS:
            top = first.top() - above * height
            if top < area.top() or top + height > area.bottom():
                continue
            level = (np.minimum(bottoms, top + height) - np.maximum(tops, top)) > 0.5
            covered = np.count_nonzero(across & level, axis=1)  # markers covered at each position
            at = int(np.argmin(covered))  # the first position with the fewest
            if best is None or covered[at] < best[0]:
                best = (int(covered[at]), float(positions[at]), above)
            if best[0] == 0:
                break
        self._threshold_label_at(*(best[1:] if best is not None else (0.01, 1.0)))

    def _threshold_label_at(self, position: float, above: float) -> QRectF:
        """Move the threshold label (``above``: label heights above the line, 0 just below it); its scene box."""
        label = self._threshold.label
        # Its anchor moves along with it (pyqtgraph picks one of the two by the line's side of the view).
        label.anchors = [pg.Point(position, above), pg.Point(position, above)]
        label.orthoPos = position
        label.updatePosition()
        label.updateTransform(force=True)
        rect: QRectF = label.sceneBoundingRect()
        return rect

    def _marker_boxes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The result markers' boxes in scene pixels: left, right, top and bottom edges (markers keep their size)."""
        if self.scatter is None or not self.points:
            empty = np.empty(0)
            return empty, empty, empty, empty
        to_scene = self.main.getViewBox().childGroup.sceneTransform()  # view -> scene: scale and shift
        x, y = self._scatter.data["x"], self._scatter.data["y"]
        scene_x = to_scene.m11() * x + to_scene.m21() * y + to_scene.dx()
        scene_y = to_scene.m12() * x + to_scene.m22() * y + to_scene.dy()
        half = MARKER_SIZE / 2
        return scene_x - half, scene_x + half, scene_y - half, scene_y + half

    def place_lane_labels(self) -> None:
        """Put each course's name inside the visible part of its bar, elided to fit, the full name on hover.

        Called again whenever the view is resized or panned, so a name is
        never cut by an axis nor runs into the next course's name.
        """
        box = self.lanes.getViewBox()
        if box.width() < 2 or box.height() < 2:  # not laid out yet: placed again when it is resized
            return
        box.updateMatrix()  # after a resize pyqtgraph updates it only when painting; the sizes below need it now
        texts = self._lane_texts
        left, right = box.viewRange()[0]
        per_px = box.viewPixelSize()[0] if box.width() > 0 else 0.0
        shown: list[pg.TextItem] = []
        for label, full, start, stop, y in texts:
            a, b = max(start, left), min(stop, right)
            room = (b - a) / per_px - 2 * LABEL_PAD_PX if per_px > 0 else 0.0
            metrics = QFontMetricsF(label.textItem.font())
            room -= 2 * label.textItem.document().documentMargin()
            text = metrics.elidedText(full, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
            if len(text) < 4 and text != full:  # a lone ellipsis names nothing: leave it to the hover text
                label.hide()
                continue
            if label.toPlainText() != text:
                label.setText(text)
            label.setPos(a + LABEL_PAD_PX * per_px / 2, y)
            label.show()
            label.updateTransform(force=True)  # pyqtgraph waits for the next paint; its box is needed now
            shown.append(label)
        for label in self._label_pool:
            if label not in shown:
                label.hide()
        self.lane_labels = shown

    def _set_ranges(self, first: dt.date, end: dt.date, profile: LabProfile) -> None:
        edges = self._edges(profile, self.unit)
        values = [p.value for p in self.points] + [edges["threshold"], edges["low"], edges["high"]]
        low, high = min(values), max(values)
        pad = (high - low) * 0.12
        self.main.setYRange(max(low - pad, 0.0), high + pad, padding=0)
        span = max((end - first).days, 30)
        margin = dt.timedelta(days=round(span * 0.03))
        self.main.setXRange(self.x_at(first - margin), self.x_at(end + margin), padding=0)
        self.refresh_band_names()

    def refresh_band_names(self) -> None:
        """Name each band visible in the y range on the right axis."""
        (y_low, y_high) = self.main.viewRange()[1]
        names = {
            Category.CRITICAL_LOW: QCoreApplication.translate("trend", "critical low"),
            Category.LOW: QCoreApplication.translate("trend", "low"),
            Category.NORMAL: QCoreApplication.translate("trend", "normal"),
            Category.HIGH: QCoreApplication.translate("trend", "high"),
            Category.CRITICAL_HIGH: QCoreApplication.translate("trend", "critical high"),
        }
        ticks = []
        for category, low, high in self.bands:
            a, b = max(low, y_low), min(high, y_high)
            if b - a > (y_high - y_low) * 0.05:
                # The band's name over its ends as the band table shows them (LabProfile.bands).
                ticks.append(((a + b) / 2, f"{names[category]}\n{self._band_texts.get(category, '')}"))
        self.main.getAxis("right").setTicks([ticks, []])
