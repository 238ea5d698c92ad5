"""Reading and writing records in exchange formats (CSV today): pure and Qt-free.

Domain types in and out; nothing here opens a database.  A caller (the
command line, the window) reads a file into checked domain records with
``read_records_csv``, stores them through the store's bulk import, and writes
records back with ``write_results_csv`` / ``write_courses_csv``.
"""

from mgdesk.interchange.columns import FileKind
from mgdesk.interchange.csv_export import write_courses_csv, write_rejections_csv, write_results_csv
from mgdesk.interchange.csv_import import ParsedFile, Rejection, read_records_csv
from mgdesk.interchange.dates import DateOrder
from mgdesk.interchange.text import FileFormatError

__all__ = [
    "DateOrder",
    "FileFormatError",
    "FileKind",
    "ParsedFile",
    "Rejection",
    "read_records_csv",
    "write_courses_csv",
    "write_rejections_csv",
    "write_results_csv",
]
