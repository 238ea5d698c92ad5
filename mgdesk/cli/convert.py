"""``mgdesk convert``: one result in every unit with its class, as a line or JSON."""

from __future__ import annotations

import argparse
import json

from mgdesk.cli.common import EXIT_OK
from mgdesk.domain.classify import Classification, classify, side_message, warning_messages
from mgdesk.domain.errors import UnitError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.messages import Quoted, english
from mgdesk.domain.profile import LabProfile, default_profile, load_profile
from mgdesk.domain.units import DISPLAY_UNITS, MgUnit, parse_unit


def run_convert(args: argparse.Namespace) -> int:
    profile: LabProfile = load_profile(args.profile) if args.profile else default_profile()
    given_unit = parse_unit(args.unit) if args.unit is not None else None
    measurement = parse_measurement(args.value, given_unit)
    if given_unit is not None and measurement.unit is not given_unit:
        raise UnitError(code="unit-conflict", text=Quoted(args.value), unit=measurement.unit, given=given_unit)
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
    shown = " = ".join(f"{result.shown(unit)} {unit}" for unit in _units_shown(target) if unit is not measurement.unit)
    line = (
        f"{measurement.text} {measurement.unit} = {shown}: {result.category.label} "
        f"({result.category.interpretation}), {threshold_side(result)} [profile: {result.profile.name}]"
    )
    return "; ".join([line, *warning_sentences(result)])


def threshold_side(result: Classification) -> str:
    """'below the 0.70 mmol/L hypomagnesemia threshold', 'not below ...' or 'cannot tell whether below ...'."""
    return english(side_message(result))


def warning_sentences(result: Classification) -> list[str]:
    """Plain sentences for borderline and indeterminate values and unit mix-ups."""
    return [english(message) for message in warning_messages(result)]
