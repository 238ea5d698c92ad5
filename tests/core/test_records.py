"""Record values: drug classes, specimens, metformin time and dose on a date."""

import datetime as dt
from decimal import Decimal

import pytest

from mgdesk.domain.errors import InputError
from mgdesk.domain.exposure import months_on_metformin
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import (
    DrugClass,
    MagnesiumResult,
    MedicationCourse,
    Patient,
    Specimen,
    parse_dose,
    parse_drug_class,
    parse_specimen,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("metformin", DrugClass.METFORMIN),
        ("Metformin", DrugClass.METFORMIN),
        ("DPP-4 inhibitor", DrugClass.DPP4_INHIBITOR),
        ("dpp4", DrugClass.DPP4_INHIBITOR),
        ("proton-pump inhibitor", DrugClass.PROTON_PUMP_INHIBITOR),
        ("PPI", DrugClass.PROTON_PUMP_INHIBITOR),
        ("magnesium supplement", DrugClass.MAGNESIUM_SUPPLEMENT),
        ("loop_diuretic", DrugClass.LOOP_DIURETIC),
    ],
)
def test_drug_class_names(text: str, expected: DrugClass) -> None:
    assert parse_drug_class(text) is expected


def test_unknown_drug_class_lists_the_accepted_names() -> None:
    with pytest.raises(InputError, match="metformin"):
        parse_drug_class("aspirin")


def test_specimens() -> None:
    assert parse_specimen("") is Specimen.SERUM
    assert parse_specimen("Plasma") is Specimen.PLASMA
    assert parse_specimen("RBC") is Specimen.RED_CELL
    assert not parse_specimen("urine").is_serum_like
    with pytest.raises(InputError, match="serum"):
        parse_specimen("saliva")


COURSES = [
    MedicationCourse(DrugClass.METFORMIN, "metformin", D(2020, 1, 1), D(2020, 12, 31), Decimal(500)),
    MedicationCourse(DrugClass.METFORMIN, "metformin", D(2021, 1, 1), None, Decimal(1000)),
    MedicationCourse(DrugClass.PROTON_PUMP_INHIBITOR, "omeprazole", D(2019, 6, 1), None, Decimal(20)),
]


def test_months_on_metformin_are_negative_before_start() -> None:
    assert months_on_metformin(COURSES, D(2020, 1, 1)) == 0
    assert months_on_metformin(COURSES, D(2021, 1, 1)) == pytest.approx(12.0, abs=0.05)
    assert months_on_metformin(COURSES, D(2019, 7, 1)) == pytest.approx(-6.0, abs=0.1)
    assert months_on_metformin(COURSES[2:], D(2021, 1, 1)) is None


def test_invalid_records_are_refused() -> None:
    with pytest.raises(InputError):
        Patient(clinic_id="  ")
    with pytest.raises(InputError):
        MedicationCourse(DrugClass.INSULIN, "glargine", D(2020, 2, 1), D(2020, 1, 1))
    with pytest.raises(InputError):
        MedicationCourse(DrugClass.INSULIN, "glargine", D(2020, 2, 1), daily_dose_mg=Decimal(0))


def test_only_serum_and_plasma_are_on_the_trend() -> None:
    value = parse_measurement("2.0 mg/dL")
    assert MagnesiumResult(D(2021, 1, 1), value, "mg/dL", Specimen.PLASMA).on_serum_trend
    assert not MagnesiumResult(D(2021, 1, 1), value, "mg/dL", Specimen.URINE).on_serum_trend


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  ", None),
        ("1000", Decimal(1000)),
        ("1000 mg", Decimal(1000)),
        ("850mg/day", Decimal(850)),
        ("500 MG / d", Decimal(500)),
        ("2,5", Decimal("2.5")),
        ("12.5 mg", Decimal("12.5")),
    ],
)
def test_parse_dose_accepts_what_labs_and_people_write(text: str, expected: Decimal | None) -> None:
    assert parse_dose(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lots", "not a number of mg"),
        ("NaN", "not a number of mg"),
        ("Infinity", "not a number of mg"),
        ("1e3", "not a number of mg"),
        ("-500", "not a number of mg"),
        ("0", "greater than zero"),
        ("1,000", "ambiguous: write 1000"),
        ("1.000 mg", "ambiguous"),
        ("1 g", "not a number of mg"),
    ],
)
def test_parse_dose_refuses_anything_else_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_dose(text)
