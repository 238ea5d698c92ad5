"""``mgdesk trend``, ``plot`` and ``report``: one patient's trend as text, JSON or drawn."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from mgdesk.cli.common import EXIT_OK, profile_and_today
from mgdesk.domain.errors import InputError
from mgdesk.domain.files import check_target
from mgdesk.domain.messages import Message, english
from mgdesk.domain.units import MgUnit, parse_unit

if TYPE_CHECKING:
    from mgdesk.cli import Renderer
    from mgdesk.domain.cohort import PatientHistory
    from mgdesk.domain.trend import TrendSummary

PLOT_SUFFIXES = (".png", ".svg", ".pdf")


def run_trend(args: argparse.Namespace) -> int:
    from mgdesk.domain.trend import summary_json
    from mgdesk.services import patient_trend

    profile, today = profile_and_today(args)
    trend = patient_trend(args.db, args.patient, profile, today)
    if args.json:
        print(json.dumps(summary_json(trend.summary), ensure_ascii=False))
    else:
        print(trend_text(trend.history, trend.summary))
    return EXIT_OK


def trend_text(history: PatientHistory, summary: TrendSummary) -> str:
    """The plain ``mgdesk trend`` output: one line per number, then how each was computed."""
    from mgdesk.domain.demo import is_synthetic
    from mgdesk.domain.trend import exposure_message

    latest = summary.latest.value
    fit = summary.slope.value
    means = summary.means.value
    fraction = summary.fraction_below.value
    threshold = summary.profile.threshold_words()
    title = history.patient.clinic_id + (" (synthetic demo patient)" if is_synthetic(history.patient) else "")
    rows: list[tuple[str, str, Message]] = [("results", str(summary.n.value), summary.n.how)]
    if latest is None:
        rows.append(("latest", "none", summary.latest.how))
    else:
        measurement = latest.result.measurement
        side = {True: "below", False: "not below", None: "cannot tell whether below"}[latest.below_threshold]
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
        else (
            f"{fit.slope:+.4f} mmol/L per cumulative year on metformin "
            f"(95% CI {fit.slope_ci[0]:+.4f} to {fit.slope_ci[1]:+.4f})"
        )
    )
    rows.append(("slope on metformin", slope if summary.metformin_start else "never on metformin", summary.slope.how))
    exposure_how = exposure_message(summary)
    if exposure_how is not None:
        months = summary.exposure.total_months(summary.today)
        off = summary.n_off_metformin
        rows.append(
            (
                "time on metformin",
                f"{months:.1f} cumulative months"
                + (f"; {off} result{'s' if off != 1 else ''} taken off metformin" if off else ""),
                exposure_how,
            )
        )
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
    lines += ["", "How:"] + [f"  {label}: {english(how)}" for label, _, how in rows]
    return "\n".join(lines)


def run_render(args: argparse.Namespace, renderer: Renderer | None) -> int:
    from mgdesk.services import patient_trend

    suffixes = PLOT_SUFFIXES if args.command == "plot" else (".pdf",)
    if args.out.suffix.lower() not in suffixes:
        raise InputError(f"Cannot write {args.out}: the file name must end in {' or '.join(suffixes)}.")
    unit = parse_unit(args.unit)
    check_target(args.out, overwrite=args.force)  # refuse before any work
    profile, today = profile_and_today(args)
    history = patient_trend(args.db, args.patient, profile, today).history
    if renderer is None:
        raise InputError("drawing needs mgdesk's Qt renderer: run it as 'mgdesk " + args.command + "'.")
    renderer(args.command, history, profile, today, args.out, unit=unit, axis=args.axis, overwrite=args.force)
    print(f"Wrote {args.out}.")
    return EXIT_OK
