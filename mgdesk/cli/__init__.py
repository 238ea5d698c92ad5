"""The command line: ``mgdesk convert``, ``import``, ``export``, ``trend``, ``plot``, ``report`` and ``db copy``.

Built on the same domain, store and interchange as the window, and never
imports Qt, so it starts fast and runs on machines with no display.  ``plot``
and ``report`` draw with the window's Qt code: this module parses their
arguments and loads the patient, then hands the drawing to a ``Renderer``
passed in by the caller (``mgdesk.__main__`` passes ``mgdesk.render_cli``'s),
so the layering stays "the command line never imports the window".  Invalid
input (or a file or database that cannot be used) exits with status 2 and one
line on stderr saying what is wrong and what is accepted; nothing is written
to stdout then.  ``import`` exits 0 once the file was read, even when some
rows were rejected: they are listed in its summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Protocol

from mgdesk import __version__
from mgdesk.cli.convert import conversion_json, conversion_line, run_convert, warning_sentences
from mgdesk.cli.database import run_db
from mgdesk.cli.records import import_text, run_export, run_import
from mgdesk.cli.trend import run_render, run_trend, trend_text
from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.units import MgUnit
from mgdesk.window_options import database_target

if TYPE_CHECKING:
    from mgdesk.domain.cohort import PatientHistory

from mgdesk.cli.common import EXIT_BAD_INPUT, EXIT_OK

RENDER_COMMANDS = ("plot", "report")
PLOT_SUFFIXES = (".png", ".svg", ".pdf")
AXES = ("date", "months")


class Renderer(Protocol):
    """Draws a plot or report of one patient to ``out`` (raises MgdeskError on failure)."""

    def __call__(
        self,
        command: str,
        history: PatientHistory,
        profile: LabProfile,
        today: dt.date,
        out: Path,
        *,
        unit: MgUnit,
        axis: str,
        overwrite: bool,
    ) -> None: ...


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from mgdesk.window_options import window_help

    parser = _Parser(
        prog="mgdesk",
        description="Serum magnesium: convert, classify, follow.",
        epilog=window_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mgdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    convert = commands.add_parser(
        "convert",
        help="convert and classify one magnesium result",
        description="Convert a serum magnesium result between mg/dL, mg/L, mmol/L, umol/L "
        "and mEq/L (molar mass 24.305 g/mol, charge 2) and classify it.",
    )
    convert.add_argument("value", help='the value, optionally with its unit: 1.8, "1,8 mg/dL", 0.74mmol/L')
    convert.add_argument("unit", nargs="?", help="the unit, when VALUE does not carry one")
    convert.add_argument("--to", dest="to_unit", help="also show the value in this unit")
    convert.add_argument("--profile", type=Path, help="a lab profile TOML file (default: mgdesk's own)")
    convert.add_argument("--json", action="store_true", help="print one JSON object")
    _add_import(commands)
    _add_export(commands)
    _add_trend_commands(commands)
    _add_db_commands(commands)
    return parser


def _add_db_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    db = commands.add_parser("db", help="database tasks: copy a workstation's database to the clinic server")
    tasks = db.add_subparsers(dest="task", required=True, parser_class=_Parser)
    copy = tasks.add_parser(
        "copy",
        help="copy a database (usually a workstation's file) into another (usually the clinic server)",
        description="Copy every patient, medication course, result and audit entry, with their ids, in one "
        "transaction, then check every table's row count and checksum on the target. A target that already "
        "holds records is refused unless --merge is given.",
    )
    copy.add_argument("--from", dest="source", type=database_target, required=True, metavar="PATH|URL")
    copy.add_argument("--to", dest="target", type=database_target, required=True, metavar="URL|PATH")
    copy.add_argument("--merge", action="store_true", help="add to a target that already holds records")
    copy.add_argument("--json", action="store_true", help="print one JSON object")


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=database_target,
        metavar="PATH|URL",
        help="the patient database: a file (default: mgdesk/mgdesk.sqlite3 in your user data folder) or a clinic "
        "server, postgresql://user@host[:port]/database (the password from ~/.pgpass or PGPASSWORD)",
    )


def _add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists (never the open database)")


def _add_import(commands: argparse._SubParsersAction[_Parser]) -> None:
    parser = commands.add_parser(
        "import",
        help="import magnesium results or medication courses from CSV, HL7 v2 or FHIR",
        description="Import HL7 v2 ORU^R01 messages, FHIR R4 JSON/NDJSON, or a CSV file of results "
        "(patient, date, value, unit, specimen, comment...) or of "
        "medication courses (patient, drug_class, drug, start, stop, dose); the kind is told by the header. "
        "Bad rows are rejected with their line number, duplicates skipped, unknown patients created; "
        "the import is one transaction.",
    )
    parser.add_argument(
        "file", type=Path, help="the file: CSV (comma, semicolon or tab separated), HL7 v2 ORU^R01, FHIR JSON or NDJSON"
    )
    _add_db_option(parser)
    parser.add_argument(
        "--format", choices=("csv", "hl7", "fhir"), help="read the file as this format (default: told by its content)"
    )
    parser.add_argument(
        "--patient-id-type",
        metavar="TYPE[@AUTHORITY]",
        help="HL7 v2: which PID-3 identifier is the clinic ID (MR, PI@HOSP, @HOSP; remembered; empty: MR, else first)",
    )
    parser.add_argument(
        "--map-code",
        action="append",
        metavar="CODE[^SYSTEM]=SPECIMEN",
        help="HL7 v2: a lab's own OBX-3 code for magnesium, e.g. MG^LOCAL=serum (remembered; may repeat)",
    )
    parser.add_argument(
        "--no-remembered-mapping",
        action="store_true",
        help="CSV: guess the columns instead of using the mapping the window's import preview remembered "
        "for a file with the same header row",
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true", help="read dates like 03/04/2024 as 3 April")
    order.add_argument("--month-first", action="store_true", help="read dates like 03/04/2024 as March 4")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _add_export(commands: argparse._SubParsersAction[_Parser]) -> None:
    parser = commands.add_parser(
        "export",
        help="export magnesium results (or medication courses) to CSV, or everything as FHIR",
        description="Write results, or with --medications the medication courses, in the import format; "
        "or with --format fhir a FHIR R4 Bundle (collection) of patients, results and courses.",
    )
    _add_db_option(parser)
    parser.add_argument("--patient", metavar="ID", help="only this patient (clinic identifier)")
    parser.add_argument("--medications", action="store_true", help="export medication courses instead of results")
    parser.add_argument(
        "--format",
        choices=("csv", "fhir"),
        default="csv",
        help="csv (the import format) or fhir (a FHIR R4 Bundle of patients, results and courses)",
    )
    parser.add_argument("--profile", type=Path, help="FHIR: the lab profile for interpretation and ranges")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file to write")
    _add_force_option(parser)


def _iso_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _add_patient_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--patient", metavar="ID", required=True, help="the patient's clinic identifier")
    _add_db_option(parser)
    parser.add_argument("--profile", type=Path, help="a lab profile TOML file (default: mgdesk's own)")
    parser.add_argument("--today", type=_iso_day, metavar="YYYY-MM-DD", help="compute as of this day (default: today)")


def _add_trend_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    trend = commands.add_parser(
        "trend",
        help="one patient's magnesium trend numbers",
        description="Number of results, latest value, slope over time on metformin with its 95%% interval, "
        "share below the threshold, projected crossing of 0.70 mmol/L, falling alert and re-test due date.",
    )
    _add_patient_options(trend)
    trend.add_argument("--json", action="store_true", help="print one JSON object")
    for name, what, suffixes in (
        ("plot", "the patient's trend plot with medication lanes", "FILE.png, FILE.svg or FILE.pdf"),
        ("report", "a one-page PDF patient report", "FILE.pdf"),
    ):
        parser = commands.add_parser(name, help=f"draw {what}", description=f"Draw {what} into {suffixes}.")
        _add_patient_options(parser)
        parser.add_argument("--out", type=Path, required=True, metavar="FILE", help=f"the file to write: {suffixes}")
        _add_force_option(parser)
        parser.add_argument("--unit", default="mmol/L", help="the unit of the magnesium axis (default mmol/L)")
        parser.add_argument(
            "--axis", choices=AXES, default="date", help="time axis: calendar date or months on metformin"
        )


def main(argv: Sequence[str] | None = None, *, renderer: Renderer | None = None) -> int:
    """Run a sub-command; return the process exit status.

    ``renderer`` draws for ``plot`` and ``report``; without one they exit 2.
    """
    args = build_parser().parse_args(argv)
    runners = {"convert": run_convert, "import": run_import, "export": run_export, "trend": run_trend, "db": run_db}
    try:
        if args.command in RENDER_COMMANDS:
            return run_render(args, renderer)
        if args.command in runners:
            return runners[args.command](args)
    except MgdeskError as error:
        print(f"mgdesk {args.command}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    raise AssertionError(f"unhandled command {args.command}")  # pragma: no cover


__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_OK",
    "Renderer",
    "build_parser",
    "conversion_json",
    "conversion_line",
    "import_text",
    "main",
    "trend_text",
    "warning_sentences",
]
