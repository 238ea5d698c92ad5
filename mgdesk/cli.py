"""The command line: ``mgdesk convert``, ``import``, ``export``, ``trend``, ``plot`` and ``report``.

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
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Protocol

from mgdesk import __version__
from mgdesk.domain.classify import Classification, classify
from mgdesk.domain.errors import InputError, MgdeskError, RecordNotFoundError, UnitError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import LabProfile, default_profile, load_profile
from mgdesk.domain.units import DISPLAY_UNITS, MgUnit, parse_unit

if TYPE_CHECKING:
    from mgdesk.domain.cohort import PatientHistory
    from mgdesk.domain.trend import TrendSummary
    from mgdesk.interchange import ParsedFile
    from mgdesk.store import ImportOutcome

EXIT_OK = 0
EXIT_BAD_INPUT = 2

COMMANDS = ("convert", "import", "export", "trend", "plot", "report")
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
    ) -> None: ...


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
    _add_trend_commands(commands)
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
        parser.add_argument("--unit", default="mmol/L", help="the unit of the magnesium axis (default mmol/L)")
        parser.add_argument(
            "--axis", choices=AXES, default="date", help="time axis: calendar date or months on metformin"
        )


def main(argv: Sequence[str] | None = None, *, renderer: Renderer | None = None) -> int:
    """Run a sub-command; return the process exit status.

    ``renderer`` draws for ``plot`` and ``report``; without one they exit 2.
    """
    args = build_parser().parse_args(argv)
    try:
        if args.command == "convert":
            return _convert(args)
        if args.command == "import":
            return _import(args)
        if args.command == "export":
            return _export(args)
        if args.command == "trend":
            return _trend(args)
        if args.command in RENDER_COMMANDS:
            return _render(args, renderer)
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


def _load_history(args: argparse.Namespace) -> PatientHistory:
    from mgdesk.store import Records, open_database
    from mgdesk.store.histories import load_history

    with open_database(args.db) as database:
        return load_history(Records(database), args.patient)


def _profile_and_today(args: argparse.Namespace) -> tuple[LabProfile, dt.date]:
    profile = load_profile(args.profile) if args.profile else default_profile()
    return profile, args.today or dt.date.today()


def _trend(args: argparse.Namespace) -> int:
    from mgdesk.domain.trend import summarize, summary_json

    profile, today = _profile_and_today(args)
    history = _load_history(args)
    summary = summarize(history.courses, history.results, profile, today)
    if args.json:
        print(json.dumps(summary_json(summary), ensure_ascii=False))
    else:
        print(trend_text(history, summary))
    return EXIT_OK


def trend_text(history: PatientHistory, summary: TrendSummary) -> str:
    """The plain ``mgdesk trend`` output: one line per number, then how each was computed."""
    from mgdesk.domain.demo import is_synthetic

    latest = summary.latest.value
    fit = summary.slope.value
    means = summary.means.value
    fraction = summary.fraction_below.value
    threshold = f"{summary.profile.hypomagnesemia_below:f} mmol/L"
    title = history.patient.clinic_id + (" (synthetic demo patient)" if is_synthetic(history.patient) else "")
    rows: list[tuple[str, str, str]] = [("results", str(summary.n.value), summary.n.how)]
    if latest is None:
        rows.append(("latest", "none", summary.latest.how))
    else:
        measurement = latest.result.measurement
        side = "below" if latest.below_threshold else "not below"
        borderline = ", borderline" if latest.classification.borderline else ""
        rows.append(
            (
                "latest",
                f"{measurement.text} {measurement.unit} = {latest.classification.shown(MgUnit.MMOL_L)} mmol/L on "
                f"{latest.date.isoformat()}: {latest.classification.category.label}{borderline}, {side} {threshold}",
                summary.latest.how,
            )
        )
    days = summary.days_since_last.value
    rows.append(("since last test", "-" if days is None else f"{days} days", summary.days_since_last.how))
    slope = (
        "too few results"
        if fit is None
        else (f"{fit.slope:+.4f} mmol/L per year (95% CI {fit.slope_ci[0]:+.4f} to {fit.slope_ci[1]:+.4f})")
    )
    rows.append(("slope on metformin", slope if summary.metformin_start else "never on metformin", summary.slope.how))
    if means is not None:
        after = "-" if means.after is None else f"{means.after:.3f}"
        rows.append(
            (
                "mean before/after",
                f"{means.before:.3f} / {after} mmol/L (n = {means.n_before} / {means.n_after})",
                summary.means.how,
            )
        )
    rows.append(("below threshold", "-" if fraction is None else f"{fraction:.0%}", summary.fraction_below.how))
    crossing = summary.projected_crossing.value
    rows.append(
        ("projected crossing", "none" if crossing is None else crossing.isoformat(), summary.projected_crossing.how)
    )
    rows.append(("falling alert", "ON" if summary.falling_alert.value else "off", summary.falling_alert.how))
    retest = summary.retest_due.value
    rows.append(("re-test due", "-" if retest is None else retest.isoformat(), summary.retest_due.how))
    width = max(len(label) for label, _, _ in rows)
    lines = [f"{title} [profile: {summary.profile.name}, as of {summary.today.isoformat()}]"]
    lines += [f"  {label:<{width}}  {value}" for label, value, _ in rows]
    lines += ["", "How:"] + [f"  {label}: {how}" for label, _, how in rows]
    return "\n".join(lines)


def _render(args: argparse.Namespace, renderer: Renderer | None) -> int:
    suffixes = PLOT_SUFFIXES if args.command == "plot" else (".pdf",)
    if args.out.suffix.lower() not in suffixes:
        raise InputError(f"Cannot write {args.out}: the file name must end in {' or '.join(suffixes)}.")
    unit = parse_unit(args.unit)
    profile, today = _profile_and_today(args)
    history = _load_history(args)
    if renderer is None:
        raise InputError("drawing needs mgdesk's Qt renderer: run it as 'mgdesk " + args.command + "'.")
    renderer(args.command, history, profile, today, args.out, unit=unit, axis=args.axis)
    print(f"Wrote {args.out}.")
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
