"""``mgdesk convert``: one result in every unit with its class, as a line or JSON."""

from __future__ import annotations

import argparse
import json

from mgdesk.cli.common import EXIT_OK
from mgdesk.domain.classify import Classification, classify
from mgdesk.domain.errors import UnitError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import LabProfile, default_profile, load_profile
from mgdesk.domain.units import DISPLAY_UNITS, MgUnit, parse_unit


def run_convert(args: argparse.Namespace) -> int:
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
