"""Small hand-made patients for the trend, CLI and plot tests (no Qt)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Specimen
from mgdesk.domain.units import MgUnit
from mgdesk.store import Records, open_database

START = dt.date(2020, 1, 1)
TODAY = dt.date(2023, 1, 1)
DEMO_TODAY = dt.date(2025, 12, 31)  # "today" of the demo clinic in tests, so they stay deterministic


def falling_patient(clinic_id: str = "P-FALL") -> PatientHistory:
    """0.90 mmol/L at metformin start, falling exactly 0.05 mmol/L per year; one result before start.

    Also a urine result (never drawn) and a borderline 1.7 mg/dL result.
    """
    results = [
        MagnesiumResult(dt.date(2019, 7, 1), Measurement(Decimal("0.95"), MgUnit.MMOL_L), "mmol/L"),
    ]
    for years in range(4):
        day = START + dt.timedelta(days=round(years * 365.25))
        value = Decimal("0.90") - Decimal("0.05") * years
        results.append(MagnesiumResult(day, Measurement(value, MgUnit.MMOL_L), "mmol/L"))
    results.append(MagnesiumResult(dt.date(2022, 6, 1), Measurement(Decimal("1.7"), MgUnit.MG_DL), "mg/dL"))
    results.append(
        MagnesiumResult(dt.date(2021, 3, 1), Measurement(Decimal("3.1"), MgUnit.MMOL_L), "mmol/L", Specimen.URINE)
    )
    courses = (
        MedicationCourse(DrugClass.METFORMIN, "metformin", START, dt.date(2020, 12, 31), Decimal(500)),
        MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2021, 1, 1), None, Decimal(1000)),
        MedicationCourse(DrugClass.PROTON_PUMP_INHIBITOR, "omeprazole", dt.date(2021, 6, 1), None, Decimal(20)),
    )
    return PatientHistory(Patient(clinic_id, name="Test Person"), courses, tuple(results))


def never_on_metformin(clinic_id: str = "P-DIET") -> PatientHistory:
    results = tuple(
        MagnesiumResult(dt.date(2021, m, 1), Measurement(Decimal("0.85"), MgUnit.MMOL_L), "mmol/L") for m in (1, 5, 9)
    )
    return PatientHistory(Patient(clinic_id), (), results)


def small_database(path: Path | str, *histories: PatientHistory) -> Path | str:
    histories = histories or (falling_patient(), never_on_metformin())
    with open_database(path) as database:
        records = Records(database)
        for history in histories:
            records.add_patient(history.patient)
        records.import_records(
            [(h.patient.clinic_id, r) for h in histories for r in h.results],
            [(h.patient.clinic_id, c) for h in histories for c in h.courses],
        )
    return path
