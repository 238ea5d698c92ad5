"""Importing a lab or records file: read, store in one transaction, report.

``read_file`` checks a file into domain records without touching a
database; ``store_parsed`` stores them and merges what the reader and the
store each rejected into one report with file line numbers, which both the
command line and the window's import dialog show, with the rows left out as
"same sample" repeats of a result already kept (``domain.samples``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mgdesk.domain.samples import SameSample
from mgdesk.interchange import DateOrder, ParsedFile, Rejection, read_records_csv

if TYPE_CHECKING:
    from mgdesk.store import Records


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one import did; ``as_json`` is the documented ``import --json`` object."""

    name: str
    kind: str  # "results" or "medication courses"
    imported: int
    duplicates: int
    patients_created: int
    rejected: tuple[Rejection, ...]
    same_sample: tuple[tuple[int, SameSample], ...] = ()  # (file line, the sample it repeats), counted in duplicates

    def as_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "patients_created": self.patients_created,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "same_sample": [
                {
                    "line": line,
                    "value": repeat.duplicate.measurement.text,
                    "unit": str(repeat.duplicate.measurement.unit),
                    "kept_value": repeat.kept.measurement.text,
                    "kept_unit": str(repeat.kept.measurement.unit),
                    "unit_differs": repeat.unit_differs,
                    "reason": repeat.sentence(),
                }
                for line, repeat in self.same_sample
            ],
        }


def read_file(path: Path, date_order: DateOrder | None = None) -> ParsedFile:
    """Read and check a file; raises the interchange's own errors for a file it cannot use."""
    return read_records_csv(path, date_order=date_order)


def store_parsed(
    records: Records,
    parsed: ParsedFile,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Store a checked file in one transaction and report every rejection by file line."""
    outcome = records.import_records(list(parsed.results), list(parsed.courses), progress=progress, cancelled=cancelled)
    stored = [Rejection(parsed.lines[index], reason) for index, reason in outcome.rejected]
    rejected = tuple(sorted([*parsed.rejected, *stored], key=lambda r: r.line))
    kind = "results" if parsed.results or not parsed.courses else "medication courses"
    return ImportReport(
        name=parsed.name,
        kind=kind,
        imported=outcome.imported,
        duplicates=outcome.duplicates,
        patients_created=outcome.patients_created,
        rejected=rejected,
        same_sample=tuple((parsed.lines[repeat.index], repeat) for repeat in outcome.same_sample),
    )


def import_file(path: Path, database: Path | str | None, date_order: DateOrder | None = None) -> ImportReport:
    """Read ``path`` and store it in ``database`` (a file, a server URL; the default file when None)."""
    from mgdesk.store import Records, open_database

    parsed = read_file(path, date_order)
    with open_database(database) as opened:
        return store_parsed(Records(opened), parsed)
