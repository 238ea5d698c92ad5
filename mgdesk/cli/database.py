"""``mgdesk db copy``: move a workstation's database to the clinic server, verified table by table."""

from __future__ import annotations

import argparse
import json

from mgdesk.cli.common import EXIT_OK


def run_db(args: argparse.Namespace) -> int:
    from mgdesk.services import copy_to

    report = copy_to(args.source, args.target, merge=args.merge)
    if args.json:
        print(
            json.dumps(
                {
                    "source": report.source,
                    "target": report.target,
                    "merged": report.merged,
                    "tables": [{"table": t.table, "rows": t.rows, "sha256": t.checksum} for t in report.tables],
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    print(f"Copied {report.source} to {report.target}; every table checked (rows, SHA-256):")
    for check in report.tables:
        print(f"  {check.table}: {check.rows} rows, {check.checksum[:16]}")
    return EXIT_OK
