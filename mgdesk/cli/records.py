"""``mgdesk import`` and ``mgdesk export``: thin callers of ``mgdesk.services``.

The store and interchange (SQLAlchemy, Alembic) are imported by the commands
that use them, so ``mgdesk convert`` starts as fast as before.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from mgdesk.cli.common import EXIT_OK

if TYPE_CHECKING:
    from mgdesk.services import ImportReport


def run_import(args: argparse.Namespace) -> int:
    from mgdesk.interchange import DateOrder
    from mgdesk.services import import_file

    order = DateOrder.DAY_FIRST if args.day_first else DateOrder.MONTH_FIRST if args.month_first else None
    report = import_file(args.file, args.db, order)
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
    lines += [f"  line {r.line}: {r.reason}" for r in report.rejected]
    lines += [f"  line {line}: same sample, not stored: {repeat.sentence()}" for line, repeat in report.same_sample]
    return "\n".join(lines)


def run_export(args: argparse.Namespace) -> int:
    from mgdesk.services import export_csv
    from mgdesk.store import Records, open_database

    with open_database(args.db) as database:
        report = export_csv(Records(database), args.out, patient=args.patient, medications=args.medications)
    print(f"Wrote {report.count} {report.kind} to {report.out}.")
    return EXIT_OK
