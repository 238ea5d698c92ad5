"""``mgdesk convert``: one result in every unit with its class, as a line or JSON."""

from __future__ import annotations

import argparse
import json

from mgdesk.cli.common import EXIT_OK
from mgdesk.domain.classify import Classification, classify
from mgdesk.domain.display import shown_range
from mgdesk.domain.errors import UnitError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import Category, LabProfile, default_profile, load_profile
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
    shown = " = ".join(f"{result.shown(unit)} {unit}" for unit in _units_shown(target) if unit is not measurement.unit)
    line = (
        f"{measurement.text} {measurement.unit} = {shown}: {result.category.label} "
        f"({result.category.interpretation}), {threshold_side(result)} [profile: {result.profile.name}]"
    )
    return "; ".join([line, *warning_sentences(result)])


def threshold_side(result: Classification) -> str:
    """'below the 0.70 mmol/L hypomagnesemia threshold', 'not below ...' or 'cannot tell whether below ...'."""
    side = {True: "below", False: "not below", None: "cannot tell whether below"}[result.below_threshold]
    return f"{side} the {result.profile.threshold_words()} hypomagnesemia threshold"


def _class_list(categories: tuple[Category, ...]) -> str:
    labels = [category.label for category in categories]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def warning_sentences(result: Classification) -> list[str]:
    """Plain sentences for borderline and indeterminate values and unit mix-ups."""
    measurement = result.measurement
    written = f"{measurement.text} {measurement.unit}"
    profile = result.profile
    sentences = []
    if measurement.qualifier and result.borderline:
        bound = result.shown(MgUnit.MMOL_L)[1:]
        span = f"any value {'below' if measurement.qualifier == '<' else 'above'} {bound} mmol/L"
        if result.indeterminate:
            sentences.append(
                f"cannot tell: {written} is {span}, on both sides of the {profile.threshold_words()} "
                f"threshold; it could be {_class_list(result.possible)}"
            )
        else:
            sentences.append(
                f"borderline: {written} is {span}, classed {result.category.label}; "
                f"it could be {_class_list(result.also_possible)}"
            )
    elif result.borderline:
        low, high = result.range_mmol_per_l
        edges = sorted({edge.mmol_per_l: edge.key for edge in result.straddled_edges}.items())
        shown_low, shown_high = shown_range(low, high, MgUnit.MMOL_L, tuple(value for value, _ in edges))
        edge_words = " and ".join(f"{profile.shown_edge(key, MgUnit.MMOL_L):f}" for _, key in edges)
        sentences.append(
            f"borderline: {written} could be {shown_low} to {shown_high} mmol/L, on the {edge_words} mmol/L edge"
        )
    for mix_up in result.mix_ups:
        sentences.append(
            f"{written} is {result.category.label}; as {measurement.text} {mix_up.unit} it would be "
            f"{mix_up.shown} mmol/L, normal - check the unit"
        )
    return sentences
