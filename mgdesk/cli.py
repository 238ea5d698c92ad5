"""The command line: ``mgdesk convert``, ``import`` and ``export``.

Built on the same domain, store and interchange as the window, and never
imports Qt, so it starts fast and runs on machines with no display.  Invalid
input (or a file or database that cannot be used) exits with status 2 and one
line on stderr saying what is wrong and what is accepted; nothing is written
to stdout then.  ``import`` exits 0 once the file was read, even when some
rows were rejected: they are listed in its summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from mgdesk import __version__
from mgdesk.domain.classify import Classification, classify
from mgdesk.domain.errors import InputError, MgdeskError, RecordNotFoundError, UnitError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import LabProfile, default_profile, load_profile
from mgdesk.domain.units import DISPLAY_UNITS, MgUnit, parse_unit

if TYPE_CHECKING:
    from mgdesk.interchange import ParsedFile
    from mgdesk.store import ImportOutcome

EXIT_OK = 0
EXIT_BAD_INPUT = 2

COMMANDS = ("convert", "import", "export")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mgdesk", description="Serum magnesium: convert, classify, follow.")
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
    return parser


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the patient database file (default: mgdesk/mgdesk.sqlite3 in your user data folder)",
    )


def _add_import(commands: argparse._SubParsersAction[_Parser]) -> None:
    parser = commands.add_parser(
        "import",
        help="import magnesium results or medication courses from a CSV file",
        description="Import a CSV file of results (patient, date, value, unit, specimen, comment...) or of "
        "medication courses (patient, drug_class, drug, start, stop, dose); the kind is told by the header. "
        "Bad rows are rejected with their line number, duplicates skipped, unknown patients created; "
        "the import is one transaction.",
    )
    parser.add_argument("file", type=Path, help="the CSV file (comma, semicolon or tab separated)")
    _add_db_option(parser)
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true", help="read dates like 03/04/2024 as 3 April")
    order.add_argument("--month-first", action="store_true", help="read dates like 03/04/2024 as March 4")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _add_export(commands: argparse._SubParsersAction[_Parser]) -> None:
    parser = commands.add_parser(
        "export",
        help="export magnesium results (or medication courses) to a CSV file",
        description="Write results, or with --medications the medication courses, in the import format.",
    )
    _add_db_option(parser)
    parser.add_argument("--patient", metavar="ID", help="only this patient (clinic identifier)")
    parser.add_argument("--medications", action="store_true", help="export medication courses instead of results")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the CSV file to write")


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sub-command; return the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "convert":
            return _convert(args)
        if args.command == "import":
            return _import(args)
        if args.command == "export":
            return _export(args)
    except MgdeskError as error:
        print(f"mgdesk {args.command}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    raise AssertionError(f"unhandled command {args.command}")  # pragma: no cover


def _convert(args: argparse.Namespace) -> int:
    profile: LabProfile = load_profile(args.profile) if args.profile else default_profile()
    given_unit = parse_unit(args.unit) if args.unit is not None else None
    measurement = parse_measurement(args.value, given_unit)
    if given_unit is not None and measurement.unit is not given_unit:
        raise UnitError(f"{args.value!r} carries the unit {measurement.unit}, but {given_unit} was also given.")
    target = parse_unit(args.to_unit) if args.to_unit else None
    result = classify(measurement, profile)
    if args.json:
        print(json.dumps(conversion_json(result, target), ensure_ascii=False))
    else:
        print(conversion_line(result, target))
    return EXIT_OK


# The store and interchange (SQLAlchemy, Alembic) are imported by the commands
# that use them, so ``mgdesk convert`` starts as fast as before.


def _import(args: argparse.Namespace) -> int:
    from mgdesk.interchange import DateOrder, read_records_csv
    from mgdesk.store import Records, open_database

    order = DateOrder.DAY_FIRST if args.day_first else DateOrder.MONTH_FIRST if args.month_first else None
    parsed = read_records_csv(args.file, date_order=order)
    with open_database(args.db) as database:
        outcome = Records(database).import_records(parsed.results, parsed.courses)
    summary = import_json(parsed, outcome)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(import_text(parsed, summary))
    return EXIT_OK


def import_json(parsed: ParsedFile, outcome: ImportOutcome) -> dict[str, object]:
    """The ``import --json`` object (its keys are a documented interface)."""
    from mgdesk.interchange import Rejection

    rejected = [*parsed.rejected, *(Rejection(parsed.lines[i], reason) for i, reason in outcome.rejected)]
    rejected.sort(key=lambda r: r.line)
    return {
        "imported": outcome.imported,
        "duplicates": outcome.duplicates,
        "patients_created": outcome.patients_created,
        "rejected": [{"line": r.line, "reason": r.reason} for r in rejected],
    }


def import_text(parsed: ParsedFile, summary: dict[str, object]) -> str:
    what = "results" if parsed.results or not parsed.courses else "medication courses"
    rejected = summary["rejected"]
    assert isinstance(rejected, list)
    lines = [
        f"{parsed.name}: imported {summary['imported']} {what}, skipped {summary['duplicates']} duplicates, "
        f"created {summary['patients_created']} patients, rejected {len(rejected)} rows."
    ]
    lines += [f"  line {r['line']}: {r['reason']}" for r in rejected]
    return "\n".join(lines)


def _export(args: argparse.Namespace) -> int:
    from mgdesk.interchange import write_courses_csv, write_results_csv
    from mgdesk.store import Records, open_database

    with open_database(args.db) as database:
        records = Records(database)
        if args.patient is not None and records.patient_by_clinic_id(args.patient) is None:
            raise RecordNotFoundError(f"No patient with the clinic identifier {args.patient!r}.")
        try:
            if args.medications:
                courses = records.export_courses(args.patient)
                write_courses_csv(args.out, courses)
                count, what = len(courses), "medication courses"
            else:
                results = records.export_results(args.patient)
                write_results_csv(args.out, results)
                count, what = len(results), "results"
        except OSError as error:
            raise InputError(f"Cannot write {args.out}: {error.strerror or error}.") from None
    print(f"Wrote {count} {what} to {args.out}.")
    return EXIT_OK


def _units_shown(target: MgUnit | None) -> tuple[MgUnit, ...]:
    if target is None or target in DISPLAY_UNITS:
        return DISPLAY_UNITS
    return (*DISPLAY_UNITS, target)


def conversion_json(result: Classification, target: MgUnit | None = None) -> dict[str, object]:
    """The ``convert --json`` object (its keys are a documented interface)."""
    measurement = result.measurement
    return {
        "input": {"value": measurement.text, "unit": str(measurement.unit)},
        "values": {str(unit): result.shown(unit) for unit in _units_shown(target)},
        "mmol_per_l": float(result.mmol_per_l),
        "category": result.category.value,
        "interpretation": result.category.interpretation,
        "below_threshold": result.below_threshold,
        "borderline": result.borderline,
        "warnings": warning_sentences(result),
        "profile": result.profile.name,
    }


def conversion_line(result: Classification, target: MgUnit | None = None) -> str:
    """One readable line: the value in every display unit, its class and profile."""
    measurement = result.measurement
    threshold = result.profile.hypomagnesemia_below
    shown = " = ".join(f"{result.shown(unit)} {unit}" for unit in _units_shown(target) if unit is not measurement.unit)
    side = "below" if result.below_threshold else "not below"
    line = (
        f"{measurement.text} {measurement.unit} = {shown}: {result.category.label} "
        f"({result.category.interpretation}), {side} the {threshold:f} mmol/L "
        f"hypomagnesemia threshold [profile: {result.profile.name}]"
    )
    return "; ".join([line, *warning_sentences(result)])


def warning_sentences(result: Classification) -> list[str]:
    """Plain sentences for borderline values and unit mix-ups."""
    measurement = result.measurement
    sentences = []
    if result.borderline:
        low, high = result.range_mmol_per_l
        edges = " and ".join(sorted({f"{edge.mmol_per_l:.2f}" for edge in result.straddled_edges}))
        upper = f"{high:.2f}" if high is not None else "any higher value"
        sentences.append(
            f"borderline: {measurement.text} {measurement.unit} could be {low:.2f} to {upper} "
            f"mmol/L, on the {edges} mmol/L edge"
        )
    for mix_up in result.mix_ups:
        sentences.append(
            f"{measurement.text} {measurement.unit} is {result.category.label}; as "
            f"{measurement.text} {mix_up.unit} it would be {mix_up.mmol_per_l:.2f} mmol/L, "
            "normal - check the unit"
        )
    return sentences
