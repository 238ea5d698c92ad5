"""The trend numbers under the plot, each saying on hover how it was computed.

Shows a ``domain.trend.TrendSummary`` as label/value rows: results counted,
latest value (in the display unit, with its class as icon and words), time
since the last test, cumulative time on metformin, slope on metformin with its 95% interval, mean before
and after metformin, share below the threshold, projected crossing, the
falling alert and the re-test date.  Every value's tooltip is the domain's
``.how`` sentence; nothing is computed here but formatting.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from mgdesk.domain.timing import RetestState, crossing_reached, retest_state, span_between
from mgdesk.domain.trend import Latest, TrendSummary, exposure_message
from mgdesk.domain.units import MgUnit, factor
from mgdesk.ui.common.class_style import class_icon, class_short_words, shows_borderline
from mgdesk.ui.common.messages import render
from mgdesk.ui.common.state_icons import alert_text_colour, clock_icon
from mgdesk.ui.common.wording import local_date, local_number, month_text, span_text

KEYS = ("n", "latest", "since", "exposure", "slope", "means", "below", "crossing", "alert", "retest")


def _number(value: float, decimals: int) -> str:
    return local_number(f"{value:.{decimals}f}")


def _signed(value: float, decimals: int) -> str:
    return local_number(f"{value:+.{decimals}f}").replace("-", "\u2212")


def _crossing_text(crossing: dt.date | None, today: dt.date) -> str:
    """'about 2027-04', or 'already reached (about 2025-06)' when the projected date is past."""
    if crossing is None:
        return QCoreApplication.translate("trend", "none")
    if crossing_reached(crossing, today):
        return QCoreApplication.translate("trend", "already reached (about {month})").format(month=month_text(crossing))
    return QCoreApplication.translate("trend", "about {month}").format(month=month_text(crossing))


def _retest_text(retest: dt.date | None, today: dt.date) -> str:
    """The re-test date, saying 'overdue by 1 year 2 months' or 'due within a month' when so."""
    if retest is None:
        return "\u2013"
    state = retest_state(retest, today)
    if state is RetestState.OVERDUE:
        late = span_text(span_between(retest, today))
        return QCoreApplication.translate("trend", "overdue by {span} (due {date})").format(
            span=late, date=local_date(retest)
        )
    if state is RetestState.DUE_SOON:
        return QCoreApplication.translate("trend", "{date} (due within a month)").format(date=local_date(retest))
    return local_date(retest)


def number_rows(summary: TrendSummary, unit: MgUnit) -> list[tuple[str, str, str, str]]:
    """(key, label, value text, how) for each number, in display order."""
    to_unit = float(factor(MgUnit.MMOL_L, unit))
    decimals = 2
    latest = summary.latest.value
    fit = summary.slope.value
    means = summary.means.value
    fraction = summary.fraction_below.value
    crossing = summary.projected_crossing.value
    retest = summary.retest_due.value
    rows = [("n", QCoreApplication.translate("trend", "Results"), str(summary.n.value), render(summary.n.how))]
    if latest is None:
        latest_text = QCoreApplication.translate("trend", "none")
    else:
        c = latest.classification
        words = class_short_words(c.category) + (
            QCoreApplication.translate("trend", ", borderline") if shows_borderline(c.category, c.borderline) else ""
        )
        latest_text = QCoreApplication.translate("trend", "{value} {unit} ({words}) on {date}").format(
            value=local_number(c.shown(unit)), unit=unit, words=words, date=local_date(latest.date)
        )
    rows.append(("latest", QCoreApplication.translate("trend", "Latest"), latest_text, render(summary.latest.how)))
    since = "\u2013" if latest is None else span_text(span_between(latest.date, summary.today))
    rows.append(
        ("since", QCoreApplication.translate("trend", "Since last test"), since, render(summary.days_since_last.how))
    )
    exposure = summary.exposure
    if exposure.ever:
        months = exposure.total_months(summary.today)
        off = summary.n_off_metformin
        text = QCoreApplication.translate("trend", "{months} months (cumulative)").format(months=_number(months, 0))
        if off:
            text += "\n" + QCoreApplication.translate("trend", "%n result(s) off metformin", None, off)
        how = exposure_message(summary)
        rows.append(
            (
                "exposure",
                QCoreApplication.translate("trend", "Time on metformin"),
                text,
                "" if how is None else render(how),
            )
        )
    if fit is None:
        slope = (
            QCoreApplication.translate("trend", "too few results")
            if summary.metformin_start
            else QCoreApplication.translate("trend", "never on metformin")
        )
    else:
        slope = QCoreApplication.translate("trend", "{slope} {unit}/year (95% CI {low} to {high})").format(
            slope=_signed(fit.slope * to_unit, 3),
            unit=unit,
            low=_signed(fit.slope_ci[0] * to_unit, 3),
            high=_signed(fit.slope_ci[1] * to_unit, 3),
        )
    rows.append(("slope", QCoreApplication.translate("trend", "Slope on metformin"), slope, render(summary.slope.how)))
    if means is not None:
        after = "\u2013" if means.after is None else _number(means.after * to_unit, decimals)
        rows.append(
            (
                "means",
                QCoreApplication.translate("trend", "Mean before / after"),
                QCoreApplication.translate("trend", "{before} / {after} {unit}").format(
                    before=_number(means.before * to_unit, decimals), after=after, unit=unit
                ),
                render(summary.means.how),
            )
        )
    below = "\u2013" if fraction is None else local_number(f"{fraction * 100:.0f}") + " %"
    rows.append(
        ("below", QCoreApplication.translate("trend", "Below threshold"), below, render(summary.fraction_below.how))
    )
    crossing_text = _crossing_text(crossing, summary.today)
    rows.append(
        (
            "crossing",
            QCoreApplication.translate("trend", "Projected crossing"),
            crossing_text,
            render(summary.projected_crossing.how),
        )
    )
    alert = (
        QCoreApplication.translate("trend", "\u25bc FALLING")
        if summary.falling_alert.value
        else QCoreApplication.translate("trend", "off")
    )
    rows.append(
        ("alert", QCoreApplication.translate("trend", "Falling alert"), alert, render(summary.falling_alert.how))
    )
    retest_text = _retest_text(retest, summary.today)
    rows.append(
        ("retest", QCoreApplication.translate("trend", "Re-test due"), retest_text, render(summary.retest_due.how))
    )
    return rows


class TrendNumbers(QWidget):
    """The numbers of one patient's trend, label and value per cell, ``.how`` on hover.

    Laid out as a grid under the plot that reflows with the width: as many
    label/value columns as fit (``COLUMN_WIDTH`` each), so the plot keeps the
    width and the numbers cost only a few lines of height.  One pair of
    widgets per key is made once; showing another patient only changes their
    texts and hides the ones it has no number for, which keep their place:
    each number stays where the eye found it.  The panel never gets shorter
    while its width holds the same columns (a value wrapped onto two lines
    for one patient keeps the room for the next), so the plot above is not
    resized, and painted again, each time another patient is opened.
    """

    COLUMN_WIDTH = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 8, 4)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}  # the numbers shown now
        self.labels: dict[str, QLabel] = {}
        self._value_of: dict[str, QLabel] = {}
        self._label_of: dict[str, QLabel] = {}
        self._field_of: dict[str, QWidget] = {}
        self._columns = 0
        self._shown: list[str] = []
        self._held = 0  # the tallest the panel has been at its current columns
        self.latest_icon = QLabel()
        self.latest_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retest_icon = QLabel()
        self.retest_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._icon_key: tuple[object, bool] | None = None
        for key in KEYS:
            label = QLabel()
            label.setObjectName("numberLabel")
            value = QLabel()
            value.setObjectName("numberValue")
            value.setWordWrap(True)  # never cut a date or an interval off at the panel's edge
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field: QWidget = value
            icon = {"latest": self.latest_icon, "retest": self.retest_icon}.get(key)
            if icon is not None:
                field = QWidget()
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(6)
                row.addWidget(icon)
                row.addWidget(value, 1)
            for widget in (label, field):
                widget.setParent(self)
                policy = widget.sizePolicy()
                policy.setRetainSizeWhenHidden(True)  # a number a patient lacks leaves its place empty
                widget.setSizePolicy(policy)
                widget.hide()
            self._value_of[key], self._label_of[key], self._field_of[key] = value, label, field
        self._apply_colours()

    def _apply_colours(self) -> None:
        alert = alert_text_colour(self.palette()).name()
        self.setStyleSheet(
            f'QLabel#numberValue[alert="true"] {{ color: {alert}; font-weight: 700; }}'
            " QLabel#numberLabel { color: palette(window-text); }"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def columns_for(self, width: int) -> int:
        return max(1, min(3, width // self.COLUMN_WIDTH))

    def _place(self, *, force: bool = False) -> None:
        columns = self.columns_for(self.width())
        if columns == self._columns and not force:
            return
        self._columns = columns
        self._held = 0
        self.setMinimumHeight(0)
        for key in KEYS:
            self.grid.removeWidget(self._label_of[key])
            self.grid.removeWidget(self._field_of[key])
        for index, key in enumerate(KEYS):
            row, column = divmod(index, columns)
            self.grid.addWidget(self._label_of[key], row, 2 * column, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self._field_of[key], row, 2 * column + 1, Qt.AlignmentFlag.AlignTop)
        for column in range(6):
            self.grid.setColumnStretch(column, 1 if column % 2 and column < 2 * columns else 0)

    def set_summary(self, summary: TrendSummary | None, unit: MgUnit) -> None:
        self.values, self.labels = {}, {}
        shown: list[str] = []
        if summary is not None:
            latest = summary.latest.value
            for key, label_text, value_text, how in number_rows(summary, unit):
                label, value = self._label_of[key], self._value_of[key]
                label.setText(label_text)
                value.setText(value_text)
                for widget in (label, value):
                    widget.setToolTip(how)
                value.setAccessibleDescription(how)
                overdue = key == "retest" and retest_state(summary.retest_due.value, summary.today) is (
                    RetestState.OVERDUE
                )
                alert = True if (key == "alert" and summary.falling_alert.value) or overdue else None
                if value.property("alert") != alert:
                    value.setProperty("alert", alert)
                    value.style().unpolish(value)
                    value.style().polish(value)
                if key == "latest":
                    self._show_latest_icon(latest, how)
                if key == "retest":
                    self.retest_icon.setVisible(overdue)
                    if overdue:
                        self.retest_icon.setPixmap(clock_icon(18).pixmap(18, 18))
                        self.retest_icon.setToolTip(how)
                self.values[key], self.labels[key] = value, label
                shown.append(key)
        self._shown = shown
        for key in KEYS:
            self._label_of[key].setVisible(key in shown)
            self._field_of[key].setVisible(key in shown)
        self._hold_height()

    def _hold_height(self) -> None:
        """Keep the panel at least as tall as it has been at these columns (see the class text)."""
        grid = self.grid
        needed = grid.totalHeightForWidth(self.width()) if grid.hasHeightForWidth() else grid.totalSizeHint().height()
        if needed > self._held:
            self._held = needed
            self.setMinimumHeight(needed)

    def _show_latest_icon(self, latest: Latest | None, how: str) -> None:
        if latest is None:
            self.latest_icon.hide()
            return
        c = latest.classification
        key = (c.category, c.borderline)
        if key != self._icon_key:
            self._icon_key = key
            self.latest_icon.setPixmap(class_icon(c.category, borderline=c.borderline, size=20).pixmap(20, 20))
        self.latest_icon.setToolTip(how)
        self.latest_icon.show()
