"""Table models for a patient's records: the patient list, results and courses.

Built as Vorta's archive table model is: column constants, a custom role
from ``UserRole + 1`` carrying the record itself, and ``set_rows`` inside
``beginResetModel``/``endResetModel``.  Display text is computed once per
``set_rows`` (classification and months on metformin come from the domain),
so scrolling never converts or classifies.  Urine and red-cell results are
shown but never classified against serum bands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from mgdesk.domain.classify import classify
from mgdesk.domain.exposure import MetforminExposure, MetforminPhase
from mgdesk.domain.lab import flag_disagrees
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import Category, LabProfile
from mgdesk.domain.records import MagnesiumResult, MedicationCourse, Patient, ResultStatus
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.class_style import class_icon, class_short_words, shows_borderline
from mgdesk.ui.common.record_names import drug_class_name, specimen_name
from mgdesk.ui.common.wording import local_date, local_number

ModelIndex = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# data() runs thousands of times per shown patient (painting, column sizing):
# plain ints compare faster than looking the enum members up on every call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RECORD = int(RecordRole)
_ROLES = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _ALIGNMENT, _RECORD})
_ICONS: dict[tuple[Category, bool], QIcon] = {}


def _class_icon(category: Category, borderline: bool) -> QIcon:
    """The class icon, painted once per class and borderline flag."""
    icon = _ICONS.get((category, borderline))
    if icon is None:
        icon = _ICONS[(category, borderline)] = class_icon(category, borderline=borderline)
    return icon


@dataclass(frozen=True, slots=True)
class _Row:
    record: object
    texts: tuple[str, ...]
    icon: QIcon | None = None
    tooltip: str = ""


class _RowsModel(QAbstractTableModel):
    """Rows of precomputed texts; subclasses name the columns and build the rows."""

    HEADERS: ClassVar[tuple[object, ...]] = ()  # QT_TRANSLATE_NOOP marks, translated in headerData
    ICON_COLUMN: ClassVar[int] = -1
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[_Row] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("records", str(self.HEADERS[section]))
                if 0 <= section < len(self.HEADERS)
                else None
            )
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        row, column = self._rows[number], index.column()
        if role == _DISPLAY:
            return row.texts[column]
        if role == _RECORD:
            return row.record
        if role == _DECORATION:
            return row.icon if column == self.ICON_COLUMN else None
        if role == _TOOLTIP:
            return (row.tooltip or None) if column == self.ICON_COLUMN else None
        return _RIGHT if column in self.RIGHT_ALIGNED else None

    def record_at(self, row: int) -> object:
        return self._rows[row].record

    def _reset(self, rows: list[_Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class PatientListModel(_RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("records", "Clinic ID"), QT_TRANSLATE_NOOP("records", "Name"))

    def set_patients(self, patients: Sequence[Patient]) -> None:
        self._reset([_Row(p, (p.clinic_id, p.name or "")) for p in patients])

    def row_of(self, patient_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r.record, "id", None) == patient_id), -1)


class ResultsModel(_RowsModel):
    COL_DATE, COL_VALUE, COL_UNIT, COL_MMOL, COL_CLASS, COL_MONTHS, COL_SPECIMEN, COL_SOURCE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("records", "Date"),
        QT_TRANSLATE_NOOP("records", "Value as written"),
        QT_TRANSLATE_NOOP("records", "Unit"),
        "mmol/L",  # a unit: never translated
        QT_TRANSLATE_NOOP("records", "Class"),
        QT_TRANSLATE_NOOP("records", "Cumulative months on metformin"),
        QT_TRANSLATE_NOOP("records", "Specimen"),
        QT_TRANSLATE_NOOP("records", "Source"),
    )
    ICON_COLUMN = COL_CLASS
    RIGHT_ALIGNED = frozenset({COL_VALUE, COL_MMOL, COL_MONTHS})

    def set_results(
        self, results: Sequence[MagnesiumResult], courses: Sequence[MedicationCourse], profile: LabProfile
    ) -> None:
        rows = []
        # Results repeat a few written values: their class cells are made once per value.
        class_cells: dict[tuple[object, ...], tuple[str, str, QIcon | None, str]] = {}
        exposure = MetforminExposure.of(courses)
        for result in reversed(results):  # newest first
            months = exposure.months(result.collected_on)
            months_text = local_number(f"{months:.1f}") if months is not None else "–"
            if exposure.phase(result.collected_on) is MetforminPhase.OFF:
                months_text = QCoreApplication.translate("records", "{months} (off)").format(months=months_text)
            when = local_date(result.collected_on)
            if result.status is ResultStatus.PRELIMINARY:
                when += " " + QCoreApplication.translate("records", "(preliminary)")
            if result.collected_at is not None:
                when += f" {result.collected_at:%H:%M}"
            if result.on_serum_trend:
                key = _written(result.measurement)
                cells = class_cells.get(key)
                if cells is None:
                    cells = class_cells[key] = _class_cells(result.measurement, profile)
                class_text, mmol, icon, tip = cells
                if flag_disagrees(result.lab_flag, classify(result.measurement, profile)):
                    class_text += " " + QCoreApplication.translate("records", "(lab: {flag})").format(
                        flag=result.lab_flag
                    )
                    tip += " " + QCoreApplication.translate(
                        "records", "The lab flagged it {flag}, which is not mgdesk's class against this profile."
                    ).format(flag=result.lab_flag)
            else:
                class_text, icon = QCoreApplication.translate("records", "not classified"), None
                mmol = "–"
                tip = QCoreApplication.translate(
                    "records", "{specimen} magnesium is not compared with serum bands."
                ).format(specimen=specimen_name(result.specimen))
            rows.append(
                _Row(
                    result,
                    (
                        when,
                        local_number(result.measurement.text),
                        result.unit_as_written,
                        mmol,
                        class_text,
                        months_text,
                        specimen_name(result.specimen),
                        result.source,
                    ),
                    icon,
                    tip,
                )
            )
        self._reset(rows)


def _written(measurement: Measurement) -> tuple[object, ...]:
    """A measurement as written: equal Decimals with other decimals (0.8, 0.80) stay apart."""
    return (measurement.value.as_tuple(), measurement.unit, measurement.qualifier)


def _class_cells(measurement: Measurement, profile: LabProfile) -> tuple[str, str, QIcon | None, str]:
    """Class words, mmol/L text, icon and tooltip of one serum/plasma measurement."""
    c = classify(measurement, profile)
    words = class_short_words(c.category)
    borderline = shows_borderline(c.category, c.borderline)
    class_text = f"~ {words}" if borderline else words
    tip = QCoreApplication.translate("records", "{words} ({code}) against the profile “{profile}”{borderline}.").format(
        words=words,
        code=c.category.interpretation,
        profile=profile.name,
        borderline=QCoreApplication.translate("records", ", borderline: its written precision straddles a band edge")
        if borderline
        else "",
    )
    if c.indeterminate:
        tip += " " + QCoreApplication.translate(
            "records", "It could be on either side of the hypomagnesemia threshold."
        )
    return class_text, local_number(c.shown(MgUnit.MMOL_L)), _class_icon(c.category, c.borderline), tip


class CoursesModel(_RowsModel):
    COL_CLASS, COL_DRUG, COL_START, COL_STOP, COL_DOSE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("records", "Drug class"),
        QT_TRANSLATE_NOOP("records", "Drug"),
        QT_TRANSLATE_NOOP("records", "Start"),
        QT_TRANSLATE_NOOP("records", "Stop"),
        QT_TRANSLATE_NOOP("records", "Daily dose (mg)"),
    )
    RIGHT_ALIGNED = frozenset({COL_DOSE})

    def set_courses(self, courses: Sequence[MedicationCourse]) -> None:
        self._reset(
            [
                _Row(
                    c,
                    (
                        drug_class_name(c.drug_class),
                        c.drug,
                        local_date(c.start),
                        local_date(c.stop) if c.stop else QCoreApplication.translate("records", "ongoing"),
                        local_number(f"{c.daily_dose_mg:f}") if c.daily_dose_mg is not None else "–",
                    ),
                )
                for c in courses
            ]
        )
