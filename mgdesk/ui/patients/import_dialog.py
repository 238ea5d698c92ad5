"""Importing a CSV, HL7 v2 or FHIR file: a preview with the field mapping, then progress, then a report.

The file is read and every row checked before anything is stored.  The
preview shows what kind of file it is, which column feeds which field, how
many rows are good and which are rejected (line and reason, savable as CSV),
the first results as they will be stored (value, unit and the domain's class
against the window's profile), how many new patients the import creates,
and lets the user say how year-last dates are written; mgdesk never guesses
between 03/04 readings.  A date the file does not order rejects only its own
row here, and choosing the order re-checks the file at once.  The import itself is one transaction in a
background thread with a cancellable progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain.classify import classify
from mgdesk.domain.errors import ImportCancelledError, MgdeskError
from mgdesk.domain.profile import LabProfile
from mgdesk.interchange import DateOrder, FileKind, ParsedFile, Rejection, write_rejections_csv
from mgdesk.interchange.columns import COURSE_FIELDS, RESULT_FIELDS
from mgdesk.services import ImportReport, store_parsed
from mgdesk.services import read_file as read_any_file
from mgdesk.store import Records
from mgdesk.ui.common.background import run_with_progress
from mgdesk.ui.common.class_style import class_short_words, shows_borderline
from mgdesk.ui.common.messages import error_sentence, reason_sentence, render
from mgdesk.ui.common.record_names import specimen_name
from mgdesk.ui.common.wording import local_date

SAME_SAMPLE_LINES = 5  # same-sample rows named in the summary; the rest are counted
FIRST_ROWS = 5  # results shown as they will be stored
_ORDERS = (
    (None, QT_TRANSLATE_NOOP("import", "as the file says (ISO dates, or a hint such as “date (dd/mm/yyyy)”)")),
    (DateOrder.DAY_FIRST, QT_TRANSLATE_NOOP("import", "day first: 03/04/2024 is 3 April")),
    (DateOrder.MONTH_FIRST, QT_TRANSLATE_NOOP("import", "month first: 03/04/2024 is 4 March")),
)


def read_file(
    parent: QWidget | None, path: Path, order: DateOrder | None, columns: dict[str, int] | None = None
) -> ParsedFile:
    return run_with_progress(
        parent,
        QCoreApplication.translate("import", "Checking {name}…").format(name=path.name),
        lambda progress, cancelled: read_any_file(
            path, order, progress=progress, cancelled=cancelled, refuse_undeclared_order=False, columns=columns
        ),
    )


class ImportPreview(QDialog):
    """What the file holds and how it will be read; Import stores it."""

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        records: Records | None = None,
        profile: LabProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.records = records  # to count the patients the import will create
        self.profile = profile  # the class of the first rows (the default profile if None)
        self.columns: dict[str, int] | None = None  # a CSV mapping chosen by hand; None: guessed
        self.setObjectName("importPreview")
        self.setWindowTitle(QCoreApplication.translate("import", "Import {name}").format(name=path.name))
        self.resize(760, 560)
        self.path = path
        self.parsed: ParsedFile | None = None
        self.order = QComboBox()
        self.order.setAccessibleName(QCoreApplication.translate("import", "How dates are written"))
        for order, text in _ORDERS:
            self.order.addItem(QCoreApplication.translate("import", str(text)), order)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("mappingTable")
        self.mapping.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("import", "Column in the file"),
                QCoreApplication.translate("import", "Read as"),
            ]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.first_rows = QTableWidget(0, 5)
        self.first_rows.setObjectName("firstRowsTable")
        self.first_rows.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("import", "Patient"),
                QCoreApplication.translate("import", "Date"),
                QCoreApplication.translate("import", "Value"),
                QCoreApplication.translate("import", "Unit"),
                QCoreApplication.translate("import", "Class"),
            ]
        )
        self.first_rows.horizontalHeader().setStretchLastSection(True)
        self.first_rows.verticalHeader().hide()
        self.rejected_table = QTableWidget(0, 2)
        self.rejected_table.setObjectName("rejectedTable")
        self.rejected_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("import", "Line"),
                QCoreApplication.translate("import", "Why it is not imported"),
            ]
        )
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        self.rejected_table.verticalHeader().hide()
        self.save_report = QPushButton(QCoreApplication.translate("import", "&Save rejection report…"))
        self.save_report.clicked.connect(self._save_report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("import", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("import", "&Dates"), self.order)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(QCoreApplication.translate("import", "Column mapping")))
        layout.addWidget(self.mapping, 1)
        layout.addWidget(QLabel(QCoreApplication.translate("import", "First rows as they will be stored")))
        layout.addWidget(self.first_rows, 1)
        layout.addWidget(QLabel(QCoreApplication.translate("import", "Rejected rows")))
        layout.addWidget(self.rejected_table, 1)
        layout.addWidget(self.save_report)
        layout.addWidget(self.buttons)
        self.order.currentIndexChanged.connect(self.reread)

    def reread(self) -> None:
        """Read and check the file again with the chosen date order."""
        try:
            self.parsed = read_file(self, self.path, self.order.currentData(), self.columns)
        except ImportCancelledError:
            self.parsed = None
            self.summary.setText(QCoreApplication.translate("import", "Checking was cancelled."))
        except MgdeskError as error:
            self.parsed = None
            self.summary.setText(f"⚠ {error_sentence(error)}")
        self._show()

    def _show(self) -> None:
        parsed = self.parsed
        self.import_button.setEnabled(parsed is not None and bool(parsed.results or parsed.courses))
        self.save_report.setEnabled(parsed is not None and bool(parsed.rejected))
        self.rejected_table.setRowCount(0)
        self.first_rows.setRowCount(0)
        if parsed is None:
            return  # the mapping stays, so a column chosen wrongly can be chosen again
        self.mapping.setRowCount(0)
        kind = (
            QCoreApplication.translate("import", "magnesium results")
            if parsed.kind is FileKind.RESULTS
            else QCoreApplication.translate("import", "medication courses")
        )
        good = len(parsed.results) + len(parsed.courses)
        summary = QCoreApplication.translate(
            "import", "{name}: {kind}. {good} rows can be imported, {bad} are rejected (below)."
        ).format(name=parsed.name, kind=kind, good=good, bad=len(parsed.rejected))
        if parsed.format != "csv":
            summary += " " + QCoreApplication.translate(
                "import", "{count} other results are not magnesium; {warnings} warnings."
            ).format(count=parsed.not_magnesium, warnings=len(parsed.warnings))
        if parsed.order_needed:
            summary += " " + QCoreApplication.translate(
                "import",
                "{count} rows have dates such as 03/04/2024 that read two ways: choose how dates are written above.",
            ).format(count=parsed.order_needed)
        new_patients = self._new_patients(parsed)
        if new_patients is not None:
            summary += " " + QCoreApplication.translate(
                "import", "%n new patient(s) will be created.", None, new_patients
            )
        self.summary.setText(summary)
        self._show_first_rows(parsed)
        if parsed.format == "csv":
            self._show_mapping_choices(parsed)
        else:
            for field, column in sorted(parsed.mapping.columns.items(), key=lambda item: item[1]):
                row = self.mapping.rowCount()
                self.mapping.insertRow(row)
                self.mapping.setItem(row, 0, QTableWidgetItem(parsed.mapping.headers[column]))
                self.mapping.setItem(row, 1, QTableWidgetItem(field))
        warnings = [
            Rejection(w.line, QCoreApplication.translate("import", "warning: {reason}").format(reason=w.reason))
            for w in parsed.warnings
        ]
        for rejection in [*parsed.rejected, *warnings][:500]:
            row = self.rejected_table.rowCount()
            self.rejected_table.insertRow(row)
            self.rejected_table.setItem(row, 0, QTableWidgetItem(str(rejection.line)))
            self.rejected_table.setItem(row, 1, QTableWidgetItem(reason_sentence(rejection.reason, rejection.message)))

    def _show_mapping_choices(self, parsed: ParsedFile) -> None:
        """One row per column of the file, with a list of fields; the current reading is selected."""
        fields = COURSE_FIELDS if parsed.kind is FileKind.MEDICATIONS else RESULT_FIELDS
        field_of = {column: field for field, column in parsed.mapping.columns.items()}
        for column, header in enumerate(parsed.mapping.headers):
            self.mapping.insertRow(column)
            self.mapping.setItem(column, 0, QTableWidgetItem(header))
            choice = QComboBox()
            choice.setAccessibleName(QCoreApplication.translate("import", "Read {header} as").format(header=header))
            choice.addItem(QCoreApplication.translate("import", "(not read)"), None)
            for field in fields:
                text = field
                if field == "value" and field_of.get(column) == "value" and parsed.mapping.value_unit:
                    text = QCoreApplication.translate(
                        "import", "value, in {unit} unless a unit column says otherwise"
                    ).format(unit=parsed.mapping.value_unit)
                choice.addItem(text, field)
            choice.setCurrentIndex(max(choice.findData(field_of.get(column)), 0))
            choice.currentIndexChanged.connect(self._mapping_chosen)
            self.mapping.setCellWidget(column, 1, choice)

    def mapping_choice(self, column: int) -> QComboBox:
        widget = self.mapping.cellWidget(column, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _mapping_chosen(self) -> None:
        """Read the file again with the columns as now chosen in the table."""
        chosen: dict[str, int] = {}
        for column in range(self.mapping.rowCount()):
            field = self.mapping_choice(column).currentData()
            if field is not None:
                if field in chosen:
                    self.parsed = None
                    self.summary.setText(
                        "⚠ "
                        + QCoreApplication.translate("import", "Two columns are read as {field}: choose one.").format(
                            field=field
                        )
                    )
                    self._show()
                    return
                chosen[field] = column
        self.columns = chosen
        self.reread()

    def _new_patients(self, parsed: ParsedFile) -> int | None:
        """How many of the file's patients the database does not hold yet; None without a database."""
        if self.records is None:
            return None
        ids = {clinic_id for clinic_id, _ in parsed.results} | {clinic_id for clinic_id, _ in parsed.courses}
        return sum(1 for clinic_id in ids if self.records.patient_by_clinic_id(clinic_id) is None)

    def _show_first_rows(self, parsed: ParsedFile) -> None:
        for clinic_id, result in parsed.results[:FIRST_ROWS]:
            if result.on_serum_trend:
                c = classify(result.measurement, self.profile)
                words = class_short_words(c.category)
                class_text = f"~ {words}" if shows_borderline(c.category, c.borderline) else words
            else:
                class_text = QCoreApplication.translate("import", "not classified ({specimen})").format(
                    specimen=specimen_name(result.specimen)
                )
            cells = (
                clinic_id,
                local_date(result.collected_on),
                result.measurement.text,
                str(result.measurement.unit),
                class_text,
            )
            row = self.first_rows.rowCount()
            self.first_rows.insertRow(row)
            for column, text in enumerate(cells):
                self.first_rows.setItem(row, column, QTableWidgetItem(text))

    def _save_report(self) -> None:
        if self.parsed is not None:
            save_rejections(self, self.parsed.rejected, self.path)


def save_rejections(parent: QWidget, rejected: list[Rejection], source: Path) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("import", "Save rejection report"),
        str(source.with_name(f"{source.stem}-rejected.csv")),
        QCoreApplication.translate("import", "CSV (*.csv)"),
    )
    if name:
        try:
            write_rejections_csv(Path(name), rejected)
        except OSError as error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("import", "Not saved"),
                QCoreApplication.translate("import", "Cannot write {name}: {error}").format(name=name, error=error),
            )


def import_parsed(parent: QWidget | None, records: Records, parsed: ParsedFile) -> ImportReport:
    """Store a checked file in one transaction, in the background; may raise ImportCancelledError."""
    return run_with_progress(
        parent,
        QCoreApplication.translate("import", "Importing {name}…").format(name=parsed.name),
        lambda progress, cancelled: store_parsed(records, parsed, progress=progress, cancelled=cancelled),
    )


def report_text(report: ImportReport) -> str:
    text = QCoreApplication.translate(
        "import",
        "{imported} imported, {duplicates} duplicates skipped, {created} new patients, {rejected} rows rejected.",
    ).format(
        imported=report.imported,
        duplicates=report.duplicates,
        created=report.patients_created,
        rejected=len(report.rejected),
    )
    if report.previously_deleted or report.previously_corrected:
        text += " " + QCoreApplication.translate(
            "import",
            "Left as you left them: {deleted} previously deleted, {corrected} previously corrected (lines {lines}).",
        ).format(
            deleted=len(report.previously_deleted),
            corrected=len(report.previously_corrected),
            lines=", ".join(str(n) for n in sorted((*report.previously_deleted, *report.previously_corrected))[:20]),
        )
    lines = [
        QCoreApplication.translate("import", "Line {line}: {same_sample}; not stored.").format(
            line=line, same_sample=render(repeat.message())
        )
        for line, repeat in report.same_sample[:SAME_SAMPLE_LINES]
    ]
    if len(report.same_sample) > SAME_SAMPLE_LINES:
        lines.append(
            QCoreApplication.translate("import", "… and {n} more.").format(
                n=len(report.same_sample) - SAME_SAMPLE_LINES
            )
        )
    return "\n".join([text, *lines])
