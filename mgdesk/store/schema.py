"""The tables of the current schema, as SQLAlchemy Core metadata.

This describes the schema the newest migration produces; the migrations in
``migrations/versions`` are what actually create and change tables.  A test
checks the two agree.  Decimal numbers (doses) are kept as text so no
database rounds them; deleted rows stay, hidden, with when and why.  A
result's value is stored as written without its ``<``/``>`` qualifier, which
has a column of its own; every result and course remembers where it came
from (the import and file line, or "manual").  Every record has a
``version`` for optimistic locking between workstations.  The indexes of a
result's client ``uuid`` and lab identity leave out the rows that have none
(those of a CSV import, most rows), so an import writes no entries for them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    text,
)

metadata = MetaData()


def _soft_delete_columns() -> list[Column[object]]:
    return [
        Column("deleted_at", DateTime(timezone=True), nullable=True),
        Column("deleted_reason", Text, nullable=True),
    ]


def _version_column() -> Column[object]:
    """Counts the saved changes of a row: an edit names the version it started from (optimistic locking)."""
    return Column("version", Integer, nullable=False, server_default="1")


def _where(condition: str) -> dict[str, Any]:
    """The options of a partial index (only the rows meeting ``condition``), on SQLite and PostgreSQL alike."""
    return {"sqlite_where": text(condition), "postgresql_where": text(condition)}


imports = Table(
    "imports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("os_user", String(200), nullable=False),
    Column("workstation", String(200), nullable=False),
    Column("file_name", String(300), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("rows_added", Integer, nullable=False),
    Index("ix_imports_sha256", "sha256"),
)

# How a row got in: typed in the window, from a file import, or stored before schema 3.
ENTRY_MANUAL, ENTRY_IMPORT, ENTRY_LEGACY = "manual", "import", "legacy"


def _provenance_columns(table: str) -> list[Column[object]]:
    return [
        Column("import_id", Integer, ForeignKey("imports.id", name=f"fk_{table}_import"), nullable=True),
        Column("source_line", Integer, nullable=True),
        Column("entry", String(8), nullable=False, server_default=ENTRY_LEGACY),
    ]


patients = Table(
    "patients",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=True),
    Column("birth_year", Integer, nullable=True),
    Column("sex", String(1), nullable=True),
    Column("notes", Text, nullable=False, server_default=""),
    *_soft_delete_columns(),
    _version_column(),
    Index("ix_patients_name", "name"),
)

medication_courses = Table(
    "medication_courses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("patient_id", Integer, ForeignKey("patients.id"), nullable=False),
    Column("drug_class", String(40), nullable=False),
    Column("drug", String(200), nullable=False),
    Column("start", Date, nullable=False),
    Column("stop", Date, nullable=True),
    Column("daily_dose_mg", String(32), nullable=True),
    *_soft_delete_columns(),
    *_provenance_columns("medication_courses"),
    _version_column(),
    Index("ix_medication_courses_patient", "patient_id"),
)

mg_results = Table(
    "mg_results",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("patient_id", Integer, ForeignKey("patients.id"), nullable=False),
    Column("collected_on", Date, nullable=False),
    Column("collected_at", Time, nullable=True),
    Column("value_as_written", String(40), nullable=False),
    Column("unit_as_written", String(40), nullable=False),
    Column("unit", String(16), nullable=False),
    Column("specimen", String(16), nullable=False),
    Column("source", String(300), nullable=False),
    Column("lab", String(200), nullable=True),
    Column("comment", Text, nullable=False, server_default=""),
    *_soft_delete_columns(),
    Column("qualifier", String(1), nullable=False, server_default=""),
    Column("status", String(16), nullable=False, server_default="final"),
    Column("reference_range", String(100), nullable=True),
    Column("lab_flag", String(16), nullable=True),
    Column("lab_ref", String(300), nullable=True),
    *_provenance_columns("mg_results"),
    _version_column(),
    # Made by the workstation that entered the result, so a result sent twice is stored once.
    Column("uuid", String(36), nullable=True),
    Index("ix_mg_results_patient_date", "patient_id", "collected_on"),
    # Partial: the rows of a file import carry neither, and an import then writes no entry for them.
    Index("ix_mg_results_patient_lab_ref", "patient_id", "lab_ref", **_where("lab_ref IS NOT NULL")),
    Index("uq_mg_results_uuid", "uuid", unique=True, **_where("uuid IS NOT NULL")),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("result_id", Integer, ForeignKey("mg_results.id"), nullable=False),
    Column("reviewed_at", DateTime(timezone=True), nullable=False),
    Column("os_user", String(200), nullable=False),
    Column("comment", Text, nullable=False, server_default=""),
    *_soft_delete_columns(),
    Index("ix_reviews_result", "result_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("os_user", String(200), nullable=False),
    Column("action", String(16), nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("old_values", Text, nullable=True),
    Column("new_values", Text, nullable=True),
    Column("workstation", String(200), nullable=True),
    Column("db_role", String(200), nullable=True),
)
