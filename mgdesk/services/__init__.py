"""The use cases both faces run: import, export, a patient's trend and the clinic.

The command line (``mgdesk.cli``) and the window (``mgdesk.ui``) call these
functions and only format what they return; neither builds a store query or
merges import results itself.  Nothing here imports Qt or writes SQL.
"""

from mgdesk.services.checking import FileCheck, check_file
from mgdesk.services.clinic import clinic_histories, clinic_latest
from mgdesk.services.connecting import check_server
from mgdesk.services.copying import copy_to
from mgdesk.services.entering import Entered, enter_result, send_waiting
from mgdesk.services.exporting import ExportReport, export_csv, export_fhir
from mgdesk.services.groups import clinic_group_table, export_group_table, group_table_csv
from mgdesk.services.importing import (
    FORMATS,
    ImportReport,
    detect_format,
    import_file,
    read_file,
    remembered_columns,
    store_file,
    store_parsed,
)
from mgdesk.services.lab_codes import (
    LabImportSettings,
    RememberedMapping,
    header_signature,
    load_lab_settings,
    save_lab_settings,
)
from mgdesk.services.trends import PatientTrend, patient_trend
from mgdesk.services.worklist import WorklistItem, build_worklist, urgent_worklist, waiting_count

__all__ = [
    "FORMATS",
    "Entered",
    "ExportReport",
    "FileCheck",
    "ImportReport",
    "LabImportSettings",
    "PatientTrend",
    "RememberedMapping",
    "WorklistItem",
    "build_worklist",
    "check_file",
    "check_server",
    "clinic_group_table",
    "clinic_histories",
    "clinic_latest",
    "copy_to",
    "detect_format",
    "enter_result",
    "export_csv",
    "export_fhir",
    "export_group_table",
    "group_table_csv",
    "header_signature",
    "import_file",
    "load_lab_settings",
    "patient_trend",
    "read_file",
    "remembered_columns",
    "save_lab_settings",
    "send_waiting",
    "store_file",
    "store_parsed",
    "urgent_worklist",
    "waiting_count",
]
