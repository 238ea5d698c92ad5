"""The cohort plot: every metformin patient on cumulative time on metformin, the bin medians strong.

Draws a ``domain.cohort.AlignedCohort`` as ONE faint curve item whose
``connect`` array breaks the line between patients (2,000 patients stay one
item, not 2,000), and the ``BinMedians`` (median per 6-month bin) as a
strong line with markers, in the display unit, with the hypomagnesemia
threshold labelled and a line at metformin start (month 0).  Importing this
module imports pyqtgraph: ``clinic_view`` imports it lazily.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mgdesk.domain.cohort import AlignedCohort, BinMedians
from mgdesk.domain.profile import Category, LabProfile
from mgdesk.domain.units import MgUnit, factor
from mgdesk.ui.common.class_style import CLASS_COLOUR
from mgdesk.ui.common.wording import threshold_value_text
from mgdesk.ui.plots.locale_axis import LocaleAxis

MEDIAN_COLOUR = QColor("#0072B2")  # Okabe-Ito blue: not a class colour


class CohortPlot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right in every language
        self.view = pg.PlotWidget(axisItems={"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")})
        self.view.setAccessibleName(QCoreApplication.translate("clinic", "Cohort plot"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.plot: pg.PlotItem = self.view.getPlotItem()
        # Scene items follow the application's direction, not the widget's.
        self.plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.setLabel(
            "bottom", QCoreApplication.translate("clinic", "Cumulative months on metformin (time off not counted)")
        )
        self.plot.hideButtons()
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        self.view.setBackground(self.palette().color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen(pg.mkPen(ink))
            self.plot.getAxis(name).setPen(pg.mkPen(ink))
        faint = QColor(ink)
        faint.setAlpha(45)
        self.patients_curve = pg.PlotDataItem(pen=pg.mkPen(faint, width=1))
        self.median_curve = pg.PlotDataItem(
            pen=pg.mkPen(MEDIAN_COLOUR, width=3), symbol="o", symbolSize=7, symbolBrush=MEDIAN_COLOUR, symbolPen=None
        )
        self.median_curve.setToolTip(
            QCoreApplication.translate(
                "clinic",
                "Median of all results in each 6-month bin of cumulative time on metformin; "
                "results taken off it are left out",
            )
        )
        self.threshold_line = pg.InfiniteLine(
            angle=0,
            pen=pg.mkPen(CLASS_COLOUR[Category.LOW].darker(130), width=2, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={"position": 0.02, "anchors": [(0, 0), (0, 0)], "color": ink},
        )
        self.start_line = pg.InfiniteLine(
            pos=0,
            angle=90,
            pen=pg.mkPen(MEDIAN_COLOUR, width=1, style=Qt.PenStyle.DotLine),
            label=QCoreApplication.translate("clinic", "metformin start"),
            labelOpts={"position": 0.95, "anchors": [(0, 0), (0, 0)], "color": ink},
        )
        self.plot.addItem(self.patients_curve)
        self.plot.addItem(self.median_curve)
        self.plot.addItem(self.threshold_line, ignoreBounds=True)
        self.plot.addItem(self.start_line, ignoreBounds=True)
        self.patients_curve.setClipToView(True)  # after adding it (architecture.md)
        # What each line means, in the plot's top right corner.
        self.legend = pg.LegendItem(offset=(-10, 10), labelTextColor=ink, brush=pg.mkBrush(self._legend_fill()))
        self.legend.setParentItem(self.plot.getViewBox())
        legend_faint = QColor(ink)
        legend_faint.setAlpha(110)  # the patients' lines are fainter still; a sample must stay visible
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen(legend_faint, width=1)),
            QCoreApplication.translate("clinic", "one patient (faint)"),
        )
        self.legend.addItem(self.median_curve, QCoreApplication.translate("clinic", "median per 6 months on metformin"))
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen(CLASS_COLOUR[Category.LOW].darker(130), width=2, style=Qt.PenStyle.DashLine)),
            QCoreApplication.translate("clinic", "hypomagnesemia threshold"),
        )

    def _legend_fill(self) -> QColor:
        fill = QColor(self.palette().color(QPalette.ColorRole.Base))
        fill.setAlpha(220)
        return fill

    def show_cohort(self, aligned: AlignedCohort, medians: BinMedians, profile: LabProfile, unit: MgUnit) -> None:
        to_unit = float(factor(MgUnit.MMOL_L, unit))
        y = aligned.mmol_per_l * to_unit
        self.patients_curve.setData(aligned.months, y, connect=aligned.connect)
        self.median_curve.setData(medians.middle, medians.median * to_unit)
        threshold = float(profile.hypomagnesemia_below) * to_unit
        self.threshold_line.setValue(threshold)
        self.threshold_line.label.setFormat(
            QCoreApplication.translate("clinic", "hypomagnesemia below {value}").format(
                value=threshold_value_text(profile, unit)
            )
        )
        self.plot.setLabel("left", QCoreApplication.translate("clinic", "Serum Mg ({unit})").format(unit=unit))
        if y.size:
            low = min(float(np.percentile(y, 0.5)), threshold)
            high = max(float(np.percentile(y, 99.5)), threshold)
            pad = (high - low) * 0.08
            self.plot.setYRange(low - pad, high + pad, padding=0)
            self.plot.setXRange(float(aligned.months.min()), float(aligned.months.max()), padding=0.02)
