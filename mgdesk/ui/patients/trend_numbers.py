"""The trend numbers beside the plot, each saying on hover how it was computed.

Shows a ``domain.trend.TrendSummary`` as label/value rows: results counted,
latest value (in the display unit, with its class as icon and words), time
since the last test, cumulative time on metformin, slope on metformin with its 95% interval, mean before
and after metformin, share below the threshold, projected crossing, the
falling alert and the re-test date.  Every value's tooltip is the domain's
``.how`` sentence; nothing is computed here but formatting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from mgdesk.domain.records import DAYS_PER_MONTH
from mgdesk.domain.trend import Latest, TrendSummary
from mgdesk.domain.units import MgUnit, factor
from mgdesk.ui.common.class_style import class_icon, class_short_words, shows_borderline
from mgdesk.ui.common.wording import local_number

KEYS = ("n", "latest", "since", "exposure", "slope", "means", "below", "crossing", "alert", "retest")


def tr(text: str) -> str:
    return QCoreApplication.translate("trend", text)


def _number(value: float, decimals: int) -> str:
    return local_number(f"{value:.{decimals}f}")


def _signed(value: float, decimals: int) -> str:
    return local_number(f"{value:+.{decimals}f}").replace("-", "\u2212")


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
    days = summary.days_since_last.value
    rows = [("n", tr("Results"), str(summary.n.value), summary.n.how)]
    if latest is None:
        latest_text = tr("none")
    else:
        c = latest.classification
        words = class_short_words(c.category) + (
            tr(", borderline") if shows_borderline(c.category, c.borderline) else ""
        )
        latest_text = tr("{value} {unit} ({words})\non {date}").format(
            value=local_number(c.shown(unit)), unit=unit, words=words, date=latest.date.isoformat()
        )
    rows.append(("latest", tr("Latest"), latest_text, summary.latest.how))
    if days is None:
        since = "\u2013"
    elif days >= 60:
        since = tr("{months} months").format(months=_number(days / DAYS_PER_MONTH, 0))
    else:
        since = tr("{days} days").format(days=days)
    rows.append(("since", tr("Since last test"), since, summary.days_since_last.how))
    exposure = summary.exposure
    if exposure.ever:
        months = exposure.total_days(summary.today) / DAYS_PER_MONTH
        off = summary.n_off_metformin
        text = tr("{months} months (cumulative)").format(months=_number(months, 0))
        if off:
            text += "\n" + tr("{n} result(s) off metformin").format(n=off)
        how = tr(
            "Days taken since the first start ({start}), summed over every course; days off the drug are not "
            "counted. Results taken off metformin are drawn hollow grey and left out of the slope and the "
            "'after' mean."
        ).format(start=exposure.first_start.isoformat() if exposure.first_start else "")
        rows.append(("exposure", tr("Time on metformin"), text, how))
    if fit is None:
        slope = tr("too few results") if summary.metformin_start else tr("never on metformin")
    else:
        slope = tr("{slope} {unit}/year\n95% CI {low} to {high}").format(
            slope=_signed(fit.slope * to_unit, 3),
            unit=unit,
            low=_signed(fit.slope_ci[0] * to_unit, 3),
            high=_signed(fit.slope_ci[1] * to_unit, 3),
        )
    rows.append(("slope", tr("Slope on metformin"), slope, summary.slope.how))
    if means is not None:
        after = "\u2013" if means.after is None else _number(means.after * to_unit, decimals)
        rows.append(
            (
                "means",
                tr("Mean before / after"),
                tr("{before} / {after} {unit}").format(
                    before=_number(means.before * to_unit, decimals), after=after, unit=unit
                ),
                summary.means.how,
            )
        )
    below = "\u2013" if fraction is None else local_number(f"{fraction * 100:.0f}") + " %"
    rows.append(("below", tr("Below threshold"), below, summary.fraction_below.how))
    rows.append(
        (
            "crossing",
            tr("Projected crossing"),
            tr("none") if crossing is None else crossing.isoformat(),
            summary.projected_crossing.how,
        )
    )
    alert = tr("\u25bc FALLING") if summary.falling_alert.value else tr("off")
    rows.append(("alert", tr("Falling alert"), alert, summary.falling_alert.how))
    overdue = retest is not None and retest <= summary.today
    retest_text = "\u2013" if retest is None else retest.isoformat() + (tr(" (overdue)") if overdue else "")
    rows.append(("retest", tr("Re-test due"), retest_text, summary.retest_due.how))
    return rows


class TrendNumbers(QWidget):
    """The numbers of one patient's trend, label and value per row, ``.how`` on hover.

    One row of widgets per key is made once; showing another patient only
    changes their texts and hides the rows it has no number for (rebuilding
    the rows on every patient relaid the whole window out).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(8, 8, 8, 8)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}  # the rows shown now
        self.labels: dict[str, QLabel] = {}
        self.setStyleSheet(
            'QLabel#numberValue[alert="true"] { color: #D55E00; font-weight: 700; }'
            " QLabel#numberLabel { color: palette(placeholder-text); }"
        )
        self._value_of: dict[str, QLabel] = {}
        self._label_of: dict[str, QLabel] = {}
        self._row_of: dict[str, int] = {}
        self.latest_icon = QLabel()
        self.latest_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._icon_key: tuple[object, bool] | None = None
        for key in KEYS:
            label = QLabel()
            label.setObjectName("numberLabel")
            value = QLabel()
            value.setObjectName("numberValue")
            value.setWordWrap(True)  # never cut a date or an interval off at the panel's edge
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field: QWidget = value
            if key == "latest":
                field = QWidget()
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(6)
                row.addWidget(self.latest_icon)
                row.addWidget(value, 1)
            self._row_of[key] = self.form.rowCount()
            self.form.addRow(label, field)
            self._value_of[key], self._label_of[key] = value, label
            self.form.setRowVisible(self._row_of[key], False)

    def set_summary(self, summary: TrendSummary | None, unit: MgUnit) -> None:
        self.values, self.labels = {}, {}
        shown: set[str] = set()
        if summary is not None:
            latest = summary.latest.value
            for key, label_text, value_text, how in number_rows(summary, unit):
                label, value = self._label_of[key], self._value_of[key]
                label.setText(label_text)
                value.setText(value_text)
                for widget in (label, value):
                    widget.setToolTip(how)
                value.setAccessibleDescription(how)
                alert = True if key == "alert" and summary.falling_alert.value else None
                if value.property("alert") != alert:
                    value.setProperty("alert", alert)
                    value.style().unpolish(value)
                    value.style().polish(value)
                if key == "latest":
                    self._show_latest_icon(latest, how)
                self.values[key], self.labels[key] = value, label
                shown.add(key)
        for key in KEYS:
            self.form.setRowVisible(self._row_of[key], key in shown)

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
