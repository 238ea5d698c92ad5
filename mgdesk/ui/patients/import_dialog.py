"""Importing a CSV, HL7 v2 or FHIR file: a preview with the field mapping, then progress, then a report.

The file is read and every row checked before anything is stored.  The
preview shows what kind of file it is, which column feeds which field, how
many rows are good and which are rejected (line and reason, savable as CSV),
the first results as they will be stored (value, unit and the domain's class
against the window's profile), how many new patients the import creates,
and lets the user say how year-last dates are written; mgdesk never guesses
between 03/04 readings.  A date the file does not order rejects only its own
row here, and choosing the order re-checks the file at once.  A CSV file
whose columns cannot be guessed opens with every column to choose by hand; a
mapping made by hand is remembered for files with the same header row (and
can be forgotten).  For HL7 v2 the preview offers the PID-3 identifier kind
when PID-3 repeats, and a lab's own code that names magnesium to map; every
choice re-checks the file at once and is remembered when the file is
imported (``mgdesk.services.lab_codes``).  The import itself is one
transaction in a background thread with a cancellable progress bar.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
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
from mgdesk.domain.records import Specimen
from mgdesk.interchange import DateOrder, FileKind, ParsedFile, Rejection, write_rejections_csv
from mgdesk.interchange.columns import COURSE_FIELDS, RESULT_FIELDS
from mgdesk.services import (
    ImportReport,
    LabImportSettings,
    RememberedMapping,
    detect_format,
    load_lab_settings,
    remembered_columns,
    save_lab_settings,
    store_parsed,
)
from mgdesk.services import read_file as read_any_file
from mgdesk.store import Records
from mgdesk.ui.common.background import run_with_progress
from mgdesk.ui.common.class_style import class_short_words, shows_borderline
from mgdesk.ui.common.messages import error_sentence, reason_sentence, render
from mgdesk.ui.common.record_names import specimen_name
from mgdesk.ui.common.wording import local_date

SAME_SAMPLE_LINES = 5  # same-sample rows named in the summary; the rest are counted
FIRST_ROWS = 5  # results shown as they will be stored
PREVIEW_SIZE = (760, 600)  # the preview's size where the screen has room
_ORDERS = (
    (None, QT_TRANSLATE_NOOP("import", "as the file says (ISO dates, or a hint such as “date (dd/mm/yyyy)”)")),
    (DateOrder.DAY_FIRST, QT_TRANSLATE_NOOP("import", "day first: 03/04/2024 is 3 April")),
    (DateOrder.MONTH_FIRST, QT_TRANSLATE_NOOP("import", "month first: 03/04/2024 is 4 March")),
)


# Every field a column can be read as when the file's kind could not be told from its header.
ANY_FIELDS = (*RESULT_FIELDS, *(field for field in COURSE_FIELDS if field not in RESULT_FIELDS))


def read_file(
    parent: QWidget | None,
    path: Path,
    order: DateOrder | None,
    columns: dict[str, int] | None = None,
    settings: LabImportSettings | None = None,
) -> ParsedFile:
    return run_with_progress(
        parent,
        QCoreApplication.translate("import", "Checking {name}…").format(name=path.name),
        lambda progress, cancelled: read_any_file(
            path,
            order,
            progress=progress,
            cancelled=cancelled,
            refuse_undeclared_order=False,
            columns=columns,
            settings=settings,
        ),
    )


def file_format(path: Path) -> str | None:
    """csv, hl7 or fhir, told by the start of the file; None when it cannot be read."""
    try:
        with path.open("rb") as file:
            return detect_format(file.read(65536))
    except OSError:
        return None


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
        self.columns: dict[str, int] | None = None  # a CSV mapping chosen by hand or remembered; None: guessed
        self.lab = load_lab_settings()  # remembered choices; changed here, saved when the file is imported
        self.format = file_format(path)
        self.headers: list[str] | None = None  # a CSV file's header row, once read
        self.remembered: RememberedMapping | None = None  # the mapping in use came from an earlier file
        self.hand_mapped = False  # the user chose columns in this preview
        self.lab_changed = False  # the user chose a PID-3 kind or mapped a lab code in this preview
        self.id_kinds: dict[str, int] = {}  # PID-3 identifier kinds seen (text, messages)
        self.offered_codes: dict[str, int] = {}  # lab codes that name magnesium (code, results)
        self.setObjectName("importPreview")
        self.setWindowTitle(QCoreApplication.translate("import", "Import {name}").format(name=path.name))
        screen = self.screen().availableGeometry().size()
        self.fit_to((screen.width(), screen.height()))
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
        self.remembered_note = QLabel()
        self.remembered_note.setObjectName("rememberedMapping")
        self.forget_button = QPushButton(QCoreApplication.translate("import", "&Forget this mapping"))
        self.forget_button.setObjectName("forgetMapping")
        self.forget_button.clicked.connect(self._forget_mapping)
        remembered_row = QHBoxLayout()
        remembered_row.setContentsMargins(0, 0, 0, 0)
        remembered_row.addWidget(self.remembered_note, 1)
        remembered_row.addWidget(self.forget_button)
        self.remembered_box = QWidget()
        self.remembered_box.setLayout(remembered_row)
        self.remembered_box.hide()
        self.patient_id = QComboBox()
        self.patient_id.setObjectName("patientIdChoice")
        self.patient_id.setAccessibleName(
            QCoreApplication.translate("import", "Which PID-3 identifier is the clinic ID")
        )
        self.patient_id.currentIndexChanged.connect(self._patient_id_chosen)
        self.code_choices: dict[str, QComboBox] = {}  # a lab code offered to map, and its choice (a form row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("import", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("import", "&Dates"), self.order)
        self.form.addRow(QCoreApplication.translate("import", "&Patient ID (PID-3)"), self.patient_id)
        self.form.setRowVisible(self.patient_id, False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(QCoreApplication.translate("import", "Column mapping")))
        layout.addWidget(self.remembered_box)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(QLabel(QCoreApplication.translate("import", "First rows as they will be stored")))
        layout.addWidget(self.first_rows, 1)
        self.rejected_title = QLabel(QCoreApplication.translate("import", "Rejected rows"))
        layout.addWidget(self.rejected_title)
        layout.addWidget(self.rejected_table, 1)
        layout.addWidget(self.save_report)
        layout.addWidget(self.buttons)
        self.order.currentIndexChanged.connect(self.reread)

    def fit_to(self, available: tuple[int, int]) -> None:
        """Open at a comfortable size that fits ``available`` (a small screen: 1024x600, 960x540)."""
        width, height = available
        self.resize(min(PREVIEW_SIZE[0], width - 32), min(PREVIEW_SIZE[1], height - 32))

    def reread(self) -> None:
        """Read and check the file again with the chosen date order, columns and lab choices."""
        if self.format == "csv" and self.headers is None:
            self._use_remembered_mapping()
        try:
            self.parsed = read_file(self, self.path, self.order.currentData(), self.columns, self.lab)
        except ImportCancelledError:
            self.parsed = None
            self.summary.setText(QCoreApplication.translate("import", "Checking was cancelled."))
        except MgdeskError as error:
            self.parsed = None
            self.summary.setText(f"⚠ {error_sentence(error)}")
            if self.format == "csv" and self.headers and self.mapping.rowCount() == 0:
                # The columns could not be guessed: the user chooses them, and each choice re-checks.
                self.summary.setText(
                    "⚠ "
                    + QCoreApplication.translate(
                        "import",
                        "mgdesk cannot tell which columns hold the patient, the date and the value. "
                        "Choose what each column holds below; the file is checked again after each choice.",
                    )
                    + "\n"
                    + error_sentence(error)
                )
                self._show_mapping_choices(self.headers, self.columns or {}, ANY_FIELDS, "")
        self._show()

    def _use_remembered_mapping(self) -> None:
        """Read the header row; a mapping made earlier for the same header is used (and shown as such)."""
        try:
            self.headers, remembered = remembered_columns(self.path, self.lab)
        except MgdeskError:
            self.headers = []
            return
        if remembered is not None and self.columns is None:
            self.remembered = remembered
            self.columns = dict(remembered.columns)

    def _forget_mapping(self) -> None:
        """Forget the mapping remembered for this header row and guess the columns again."""
        if self.headers:
            self.lab.forget_mapping(self.headers)
            self._save_lab()
        self.remembered = None
        self.columns = None
        self.hand_mapped = False
        self.mapping.setRowCount(0)
        self.reread()

    def _patient_id_chosen(self) -> None:
        chosen = self.patient_id.currentData()
        if chosen is None or chosen == self.lab.patient_id_type:
            return
        self.lab.patient_id_type = chosen
        self.lab_changed = True
        self.reread()

    def _code_chosen(self, code: str, choice: QComboBox) -> None:
        specimen = choice.currentData()
        if specimen is None:
            self.lab.local_codes.pop(code, None)
        else:
            self.lab.local_codes[code] = Specimen(specimen)
        self.lab_changed = True
        self.reread()

    def accept(self) -> None:
        """Import: first remember the choices made in this preview for the next file."""
        parsed = self.parsed
        if self.hand_mapped and parsed is not None and parsed.format == "csv" and self.columns:
            self.lab.remember_mapping(parsed.mapping.headers, self.columns, dt.date.today())
            self.lab_changed = True
        if self.lab_changed:
            self._save_lab()
        super().accept()

    def _save_lab(self) -> None:
        try:
            save_lab_settings(self.lab)
        except MgdeskError as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("import", "Choices not remembered"), error_sentence(error)
            )

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
                "%n row(s) have dates such as 03/04/2024 that read two ways: choose how dates are written above.",
                None,
                parsed.order_needed,
            )
        new_patients = self._new_patients(parsed)
        if new_patients is not None:
            summary += " " + QCoreApplication.translate(
                "import", "%n new patient(s) will be created.", None, new_patients
            )
        self.summary.setText(summary)
        self._show_first_rows(parsed)
        self._show_remembered()
        self._show_lab_choices(parsed)
        if parsed.format == "csv":
            fields = COURSE_FIELDS if parsed.kind is FileKind.MEDICATIONS else RESULT_FIELDS
            field_of = parsed.mapping.columns
            self._show_mapping_choices(list(parsed.mapping.headers), field_of, tuple(fields), parsed.mapping.value_unit)
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
        listed = [*parsed.rejected, *warnings]
        # Nothing rejected: one line says so, and the room goes to the mapping and the first rows.
        self.rejected_table.setVisible(bool(listed))
        self.save_report.setVisible(bool(listed))
        self.rejected_title.setText(
            QCoreApplication.translate("import", "Rejected rows")
            if listed
            else QCoreApplication.translate("import", "Rejected rows: none, every row can be imported.")
        )
        for rejection in listed[:500]:
            row = self.rejected_table.rowCount()
            self.rejected_table.insertRow(row)
            self.rejected_table.setItem(row, 0, QTableWidgetItem(str(rejection.line)))
            self.rejected_table.setItem(row, 1, QTableWidgetItem(reason_sentence(rejection.reason, rejection.message)))

    def _show_mapping_choices(
        self, headers: list[str], columns: dict[str, int], fields: tuple[str, ...], value_unit: str
    ) -> None:
        """One row per column of the file, with a list of fields; the current reading is selected."""
        self.mapping.setRowCount(0)
        field_of = {column: field for field, column in columns.items()}
        for column, header in enumerate(headers):
            self.mapping.insertRow(column)
            self.mapping.setItem(column, 0, QTableWidgetItem(header))
            choice = QComboBox()
            choice.setAccessibleName(QCoreApplication.translate("import", "Read {header} as").format(header=header))
            choice.addItem(QCoreApplication.translate("import", "(not read)"), None)
            for field in fields:
                text = field
                if field == "value" and field_of.get(column) == "value" and value_unit:
                    text = QCoreApplication.translate(
                        "import", "value, in {unit} unless a unit column says otherwise"
                    ).format(unit=value_unit)
                choice.addItem(text, field)
            choice.setCurrentIndex(max(choice.findData(field_of.get(column)), 0))
            choice.currentIndexChanged.connect(self._mapping_chosen)
            self.mapping.setCellWidget(column, 1, choice)

    def _show_remembered(self) -> None:
        remembered = self.remembered
        self.remembered_box.setVisible(remembered is not None)
        if remembered is not None:
            self.remembered_note.setText(
                QCoreApplication.translate(
                    "import", "Mapping remembered from {date} (a file with the same columns)."
                ).format(date=local_date(remembered.made_on))
            )

    def _show_lab_choices(self, parsed: ParsedFile) -> None:
        """HL7 v2: the PID-3 identifier kind when PID-3 repeats, and lab codes that name magnesium."""
        for kind, count in parsed.patient_id_kinds.items():
            self.id_kinds[kind] = max(count, self.id_kinds.get(kind, 0))
        for code, count in parsed.unknown_codes.items():
            self.offered_codes[code] = max(count, self.offered_codes.get(code, 0))
        self.form.setRowVisible(self.patient_id, bool(self.id_kinds))
        if self.id_kinds and self.patient_id.count() != len(self.id_kinds) + 1:
            self.patient_id.blockSignals(True)
            self.patient_id.clear()
            self.patient_id.addItem(
                QCoreApplication.translate("import", "the first of type MR, else the first (default)"), ""
            )
            for kind, count in sorted(self.id_kinds.items()):
                id_type, _, authority = kind.partition("@")
                text = (
                    QCoreApplication.translate(
                        "import", "type {type}, assigned by {authority} (%n message(s))", None, count
                    )
                    if authority
                    else QCoreApplication.translate("import", "type {type} (%n message(s))", None, count)
                ).format(type=id_type or "?", authority=authority)
                self.patient_id.addItem(text, kind)
            self.patient_id.setCurrentIndex(max(self.patient_id.findData(self.lab.patient_id_type), 0))
            self.patient_id.blockSignals(False)
        for code, count in sorted(self.offered_codes.items()):
            if code not in self.code_choices:
                self._add_code_row(code, count)

    def _add_code_row(self, code: str, count: int) -> None:
        choice = QComboBox()
        choice.setAccessibleName(QCoreApplication.translate("import", "Map lab code {code}").format(code=code))
        choice.addItem(QCoreApplication.translate("import", "not magnesium (not imported)"), None)
        choice.addItem(QCoreApplication.translate("import", "= serum magnesium"), Specimen.SERUM.value)
        choice.addItem(QCoreApplication.translate("import", "= urine magnesium"), Specimen.URINE.value)
        choice.addItem(QCoreApplication.translate("import", "= red-cell magnesium"), Specimen.RED_CELL.value)
        mapped = self.lab.local_codes.get(code)
        choice.setCurrentIndex(max(choice.findData(mapped.value if mapped else None), 0))
        choice.currentIndexChanged.connect(lambda _index: self._code_chosen(code, choice))
        choice.setToolTip(
            QCoreApplication.translate(
                "import",
                "The lab sends these results under its own code, and its name says magnesium. "
                "Choose what it measures to import them; the choice is remembered for the next file.",
            )
        )
        label = QLabel(
            QCoreApplication.translate("import", "Lab code {code} (%n result(s))", None, count).format(code=code)
        )
        label.setToolTip(choice.toolTip())
        self.code_choices[code] = choice
        self.form.addRow(label, choice)

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
        self.hand_mapped = True
        self.remembered = None
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
            QCoreApplication.translate("import", "… and %n more.", None, len(report.same_sample) - SAME_SAMPLE_LINES)
        )
    return "\n".join([text, *lines])
