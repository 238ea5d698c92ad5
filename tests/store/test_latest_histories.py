"""Each patient's latest collection day read in one grouped query, and the worklist head it gives.

``load_latest_histories`` must hold every patient's latest serum result (the
one ``trend.summarize`` picks from the whole history), on both engines; the
critical and low patients it lists first (``services.urgent_worklist``) must
be exactly the head of the whole worklist, in the same order.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from trend_fixtures import DEMO_TODAY, TODAY, falling_patient, never_on_metformin, small_database

from mgdesk.domain.cohort import PatientHistory, clinic_rows
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Specimen
from mgdesk.domain.trend import summarize
from mgdesk.domain.units import MgUnit
from mgdesk.domain.worklist import Review, WorkState
from mgdesk.services import build_worklist, urgent_worklist
from mgdesk.store import Records, load_histories, load_latest_histories, open_database
from mgdesk.store.demo_database import create_demo_database


def _result(day: dt.date, text: str, specimen: Specimen = Specimen.SERUM, at: dt.time | None = None) -> MagnesiumResult:
    measurement = Measurement(Decimal(text), MgUnit.MMOL_L)
    return MagnesiumResult(day, measurement, "mmol/L", specimen, collected_at=at)


def low_then_urine() -> PatientHistory:
    """Low serum on the last serum day (two draws, the later one lower), then a urine result and a red-cell one."""
    day = dt.date(2022, 6, 1)
    results = (
        _result(dt.date(2021, 6, 1), "0.85"),
        _result(day, "0.72", at=dt.time(8, 0)),
        _result(day, "0.61", at=dt.time(14, 0)),
        _result(day + dt.timedelta(days=20), "3.1", Specimen.URINE),
        _result(day + dt.timedelta(days=40), "2.0", Specimen.RED_CELL),
    )
    courses = (MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1), None, Decimal(1000)),)
    return PatientHistory(Patient("P-LOW"), courses, results)


def critical_with_deleted_latest() -> PatientHistory:
    results = (_result(dt.date(2022, 3, 1), "0.35"), _result(dt.date(2022, 9, 1), "0.90"))
    courses = (MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1), None, Decimal(500)),)
    return PatientHistory(Patient("P-CRIT"), courses, results)


def test_the_latest_day_holds_each_patients_latest_serum_result(database_target: Path | str) -> None:
    path = small_database(
        database_target, low_then_urine(), critical_with_deleted_latest(), falling_patient(), never_on_metformin()
    )
    profile = default_profile()
    with open_database(path) as database:
        records = Records(database)
        crit = records.patient_by_clinic_id("P-CRIT")
        assert crit is not None
        assert crit.id is not None
        stored = records.patient_record(crit.id).results
        latest = max(stored, key=lambda r: r.collected_on)
        assert latest.id is not None
        records.delete_result(latest.id, "wrong patient")  # the 0.35 mmol/L result is the latest again
        whole = load_histories(records)
        heads = load_latest_histories(records, database)
        gone = records.add_patient(Patient("P-GONE"))
        assert gone.id is not None
        records.add_result(gone.id, _result(dt.date(2022, 1, 1), "0.3"))
        records.delete_patient(gone.id, "test")
        assert [h.patient.clinic_id for h in load_latest_histories(records, database)] == [
            h.patient.clinic_id for h in heads
        ]
    assert [h.patient.clinic_id for h in heads] == [h.patient.clinic_id for h in whole]
    by_id = {h.patient.clinic_id: h for h in heads}
    assert [r.measurement.text for r in by_id["P-LOW"].results] in (["0.72", "0.61"], ["0.61", "0.72"])
    assert [r.measurement.text for r in by_id["P-CRIT"].results] == ["0.35"]
    for full, head in zip(whole, heads, strict=True):
        assert head.courses == full.courses
        serum = [r for r in full.results if r.on_serum_trend]
        last_day = max((r.collected_on for r in serum), default=None)
        assert sorted(r.id or 0 for r in head.results) == sorted(r.id or 0 for r in serum if r.collected_on == last_day)
        expected = summarize(full.courses, full.results, profile, TODAY).latest.value
        got = summarize(head.courses, head.results, profile, TODAY).latest.value
        assert got == expected
    rows = clinic_rows(heads, profile, TODAY)
    urgent = urgent_worklist(rows, {})
    assert [(i.row.clinic_id, i.state) for i in urgent] == [("P-CRIT", WorkState.CRITICAL), ("P-LOW", WorkState.LOW)]
    assert all(not i.trend_known for i in urgent)


def test_the_urgent_head_is_the_whole_worklists_head_on_the_demo_clinic(tmp_path: Path) -> None:
    path = create_demo_database(tmp_path / "demo.sqlite3", today=DEMO_TODAY)
    profile = default_profile()
    with open_database(path) as database:
        records = Records(database)
        whole = clinic_rows(load_histories(records), profile, DEMO_TODAY)
        heads = clinic_rows(load_latest_histories(records, database), profile, DEMO_TODAY)
    # One low patient already reviewed: reviewed patients come after the waiting ones of their state.
    first_low = next(item for item in build_worklist(whole, {}) if item.state is WorkState.LOW)
    assert first_low.result_id is not None
    reviews = {first_low.result_id: Review(first_low.result_id, dt.datetime(2025, 12, 1, tzinfo=dt.UTC), "nurse1")}
    full = build_worklist(whole, reviews)
    head = urgent_worklist(heads, reviews)
    expected = [item for item in full if item.state in (WorkState.CRITICAL, WorkState.LOW)]
    assert len(head) >= 10  # the demo clinic has enough urgent patients to matter
    assert full[: len(expected)] == expected  # critical and low patients lead the whole list
    assert [(i.row.clinic_id, i.state, i.needs_review, i.review, i.result_id) for i in head] == [
        (i.row.clinic_id, i.state, i.needs_review, i.review, i.result_id) for i in expected
    ]
    assert [i.row.summary.retest_due.value for i in head] == [i.row.summary.retest_due.value for i in expected]
