"""``mgdesk import`` and ``mgdesk export``: thin callers of ``mgdesk.services``.

The store and interchange (SQLAlchemy, Alembic) are imported by the commands
that use them, so ``mgdesk convert`` starts as fast as before.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from mgdesk.cli.common import EXIT_OK

if TYPE_CHECKING:
    from mgdesk.domain.profile import LabProfile
    from mgdesk.services import ImportReport


def run_import(args: argparse.Namespace) -> int:
    from mgdesk.interchange import DateOrder
    from mgdesk.services import import_file, load_lab_settings, save_lab_settings

    order = DateOrder.DAY_FIRST if args.day_first else DateOrder.MONTH_FIRST if args.month_first else None
    settings = load_lab_settings()
    chosen = args.patient_id_type is not None or bool(args.map_code)
    if args.patient_id_type is not None:
        settings.patient_id_type = args.patient_id_type.strip()
    for mapping in args.map_code or ():
        settings.map_code(mapping)
    if chosen:
        save_lab_settings(settings)  # remembered for later imports
    report = import_file(
        args.file,
        args.db,
        order,
        file_format=args.format,
        settings=settings,
        use_remembered_mapping=not args.no_remembered_mapping,
    )
    if report.database_note:
        print(f"mgdesk import: warning: {report.database_note}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(import_text(report))
    return EXIT_OK


def import_text(report: ImportReport) -> str:
    """The plain ``mgdesk import`` summary, then one line per rejected row."""
    lines = [
        f"{report.name}: imported {report.imported} {report.kind}, skipped {report.duplicates} duplicates, "
        f"created {report.patients_created} patients, rejected {len(report.rejected)} rows."
    ]
    if report.previously_deleted or report.previously_corrected:
        lines.append(
            f"Left as you left them: {len(report.previously_deleted)} previously deleted, "
            f"{len(report.previously_corrected)} previously corrected (imported from this same file before)."
        )
    remembered = report.remembered_mapping
    if remembered is not None:
        columns = ", ".join(f"{field} = column {column + 1}" for field, column in sorted(remembered.columns.items()))
        lines.append(
            f"Columns read as mapped by hand on {remembered.made_on.isoformat()} for a file with the same header "
            f"({columns}); --no-remembered-mapping guesses them instead."
        )
    if report.format != "csv":
        lines[0] += (
            f" Not magnesium: {report.not_magnesium}. Replaced by corrected or final results: {report.replaced}."
        )
    lines += [f"  line {r.line}: {r.reason}" for r in report.rejected]
    lines += [f"  line {line}: same sample, not stored: {repeat.sentence()}" for line, repeat in report.same_sample]
    lines += [f"  line {line}: previously deleted, not imported again" for line in report.previously_deleted]
    lines += [f"  line {line}: previously corrected, not imported again" for line in report.previously_corrected]
    lines += [f"  line {w.line}: warning: {w.reason}" for w in report.warnings]
    return "\n".join(lines)


def run_export(args: argparse.Namespace) -> int:
    from mgdesk.services import export_csv, export_fhir
    from mgdesk.store import Records, open_database

    with open_database(args.db, create=False) as database:
        if args.format == "fhir":
            report = export_fhir(
                Records(database), args.out, patient=args.patient, profile=_profile(args), overwrite=args.force
            )
        else:
            report = export_csv(
                Records(database), args.out, patient=args.patient, medications=args.medications, overwrite=args.force
            )
    print(f"Wrote {report.count} {report.kind} to {report.out}.")
    return EXIT_OK


def _profile(args: argparse.Namespace) -> LabProfile | None:
    from mgdesk.domain.profile import load_profile

    return load_profile(args.profile) if args.profile is not None else None
