"""The use cases both faces run: import, export, a patient's trend and the clinic.

The command line (``mgdesk.cli``) and the window (``mgdesk.ui``) call these
functions and only format what they return; neither builds a store query or
merges import results itself.  Nothing here imports Qt or writes SQL.
"""

from mgdesk.services.clinic import clinic_histories, cohort_overview
from mgdesk.services.connecting import check_server
from mgdesk.services.copying import copy_to
from mgdesk.services.entering import Entered, enter_result, send_waiting
from mgdesk.services.exporting import ExportReport, export_csv
from mgdesk.services.importing import ImportReport, import_file, read_file, store_parsed
from mgdesk.services.trends import PatientTrend, patient_trend

__all__ = [
    "Entered",
    "ExportReport",
    "ImportReport",
    "PatientTrend",
    "check_server",
    "clinic_histories",
    "cohort_overview",
    "copy_to",
    "enter_result",
    "export_csv",
    "import_file",
    "patient_trend",
    "read_file",
    "send_waiting",
    "store_parsed",
]
