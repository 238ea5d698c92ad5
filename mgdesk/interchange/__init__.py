"""Reading and writing records in exchange formats (CSV, HL7 v2, FHIR R4): pure and Qt-free.

Domain types in and out; nothing here opens a database.  A caller (the
command line, the window) reads a file into checked domain records with
``read_records_csv`` (or part by part with ``open_records_csv``, for an import
in bounded memory), stores them through the store's bulk import, and writes
records back with ``write_results_csv`` / ``write_courses_csv``.  Lab
messages are read by ``read_hl7`` (HL7 v2 ORU^R01) and ``read_fhir`` (FHIR R4
JSON / NDJSON) into the same ``ParsedFile``; ``fhir_bundle`` writes records
as a FHIR R4 Bundle.
"""

from mgdesk.interchange.columns import FileKind
from mgdesk.interchange.csv_export import write_courses_csv, write_rejections_csv, write_results_csv
from mgdesk.interchange.csv_import import (
    ParsedFile,
    RecordStream,
    Rejection,
    open_records_csv,
    read_bounded,
    read_records_csv,
)
from mgdesk.interchange.dates import DateOrder
from mgdesk.interchange.fhir_export import PatientBundle, bundle_json
from mgdesk.interchange.fhir_export import bundle as fhir_bundle
from mgdesk.interchange.fhir_import import looks_like_fhir, read_fhir
from mgdesk.interchange.hl7_import import PatientIdChoice, looks_like_hl7, read_hl7
from mgdesk.interchange.text import FileFormatError

__all__ = [
    "DateOrder",
    "FileFormatError",
    "FileKind",
    "ParsedFile",
    "PatientBundle",
    "PatientIdChoice",
    "RecordStream",
    "Rejection",
    "bundle_json",
    "fhir_bundle",
    "looks_like_fhir",
    "looks_like_hl7",
    "open_records_csv",
    "read_bounded",
    "read_fhir",
    "read_hl7",
    "read_records_csv",
    "write_courses_csv",
    "write_rejections_csv",
    "write_results_csv",
]
