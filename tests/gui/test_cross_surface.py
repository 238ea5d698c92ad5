"""One result, one answer on every surface.

Hypothesis writes results as labs do (every unit, 0 to 3 decimals, with or
without a ``<``/``>`` qualifier) and checks that ``mgdesk convert --json``, the
converter view, the patient's results table, ``trend --json`` (latest), the
Clinic list row and the report's text all give the same class, FHIR
interpretation, side of the threshold, borderline state and shown mmol/L.
Each surface is read as a person or a program reads it: JSON keys, label
texts, model data, report HTML.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from decimal import Decimal
from html import escape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mgdesk.cli import main
from mgdesk.domain.classify import classify
from mgdesk.domain.cohort import PatientHistory, clinic_rows
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import Category, LabProfile, default_profile, load_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient
from mgdesk.domain.trend import summary_json
from mgdesk.domain.units import MgUnit, convert
from mgdesk.services.trends import trend_of
from mgdesk.ui.clinic.clinic_model import CLASS, LATEST, ClinicTableModel
from mgdesk.ui.common.class_style import class_short_words, class_words
from mgdesk.ui.converter.converter_view import ConverterView
from mgdesk.ui.patients.record_models import ResultsModel
from mgdesk.ui.report.patient_report import body_html

TODAY = dt.date(2025, 6, 1)
DRAWN = dt.date(2025, 5, 1)
CLINIC_PROFILE = (
    'name = "clinic own"\nunit = "mg/dL"\ncritical_low_below = 1.0\nlow_below = 1.6\nhigh_above = 2.6\n'
    "critical_high_above = 5.0\nhypomagnesemia_below = 1.66\n"
)


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[LabProfile, Path | None]]:
    path = tmp_path_factory.mktemp("profile") / "clinic.toml"
    path.write_text(CLINIC_PROFILE, encoding="utf-8")
    return {"default": (default_profile(), None), "clinic": (load_profile(path), path)}


@st.composite
def lab_values(draw: st.DrawFn) -> tuple[Decimal, MgUnit]:
    """A value as a lab writes it: 0.05 to 3.5 mmol/L in any unit, the unit's usual decimals give or take one."""
    unit = draw(st.sampled_from(list(MgUnit)))
    mmol = draw(st.decimals(min_value=Decimal("0.05"), max_value=Decimal("3.5"), places=4))
    decimals = max(0, unit.usual_decimals + draw(st.integers(min_value=-1, max_value=1)))
    value = convert(mmol, MgUnit.MMOL_L, unit).quantize(Decimal(1).scaleb(-decimals))
    return (value if value > 0 else Decimal(1).scaleb(-decimals)), unit


def convert_json(text: str, unit: MgUnit, profile_path: Path | None) -> dict[str, object]:
    args = ["convert", text, str(unit), "--json"]
    if profile_path is not None:
        args += ["--profile", str(profile_path)]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(args) == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def side_words(below: bool | None) -> str:
    return {True: "Below the", False: "Not below the", None: "Cannot tell whether below"}[below]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lab_values(), st.sampled_from(["", "<", ">"]), st.sampled_from(["default", "clinic"]))
@example((Decimal("0.70"), MgUnit.MMOL_L), "<", "default")
@example((Decimal("0.8"), MgUnit.MMOL_L), "<", "default")
@example((Decimal("1.05"), MgUnit.MMOL_L), ">", "default")
@example((Decimal("2.00"), MgUnit.MMOL_L), ">", "default")
@example((Decimal("1.70"), MgUnit.MG_DL), "", "default")
@example((Decimal("1.7"), MgUnit.MG_DL), "<", "clinic")
def test_every_surface_gives_the_same_answer(
    qtbot: object,
    profiles: dict[str, tuple[LabProfile, Path | None]],
    lab_value: tuple[Decimal, MgUnit],
    qualifier: str,
    which: str,
) -> None:
    value, unit = lab_value
    profile, profile_path = profiles[which]
    measurement = Measurement(value, unit, qualifier)
    text = measurement.text
    expected = classify(measurement, profile)
    category, below = expected.category, expected.below_threshold
    borderline = expected.borderline
    shows_borderline = borderline and category is not Category.INDETERMINATE
    mmol = expected.shown(MgUnit.MMOL_L)
    short = class_short_words(category)

    # convert --json
    data = convert_json(text, unit, profile_path)
    assert (data["category"], data["interpretation"]) == (category.value, category.interpretation)
    assert (data["below_threshold"], data["borderline"]) == (below, borderline)
    assert data["values"]["mmol/L"] == mmol  # type: ignore[index]

    # the converter view
    view = ConverterView(profile, unit)
    view.value_edit.setText(text)
    words = class_words(category).upper() if category.interpretation in ("LL", "HH") else class_words(category)
    assert view.badge.text() == (f"~ {words} (borderline)" if shows_borderline else words)
    assert view.badge.is_critical_shape() is (category.interpretation in ("LL", "HH"))
    assert view.badge.is_outlined() is shows_borderline
    assert f"code {category.interpretation}" in view.code_label.text()
    assert view.side_label.text().startswith(side_words(below))
    assert view.value_labels[MgUnit.MMOL_L].text() == mmol
    view.deleteLater()

    # the patient's results table
    result = MagnesiumResult(DRAWN, measurement, str(unit))
    table = ResultsModel()
    table.set_results([result], [], profile)
    assert table.data(table.index(0, ResultsModel.COL_CLASS)) == (f"~ {short}" if shows_borderline else short)
    assert table.data(table.index(0, ResultsModel.COL_MMOL)) == mmol
    assert f"({category.interpretation})" in str(table.data(table.index(0, ResultsModel.COL_CLASS), 3))

    # trend --json, latest
    metformin = MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1))
    history = PatientHistory(Patient("P1"), (metformin,), (result,))
    summary = trend_of(history, profile, TODAY).summary
    latest = summary_json(summary)["latest"]
    assert isinstance(latest, dict)
    assert (latest["category"], latest["below_threshold"], latest["borderline"]) == (category.value, below, borderline)
    assert latest["value"] == text

    # the Clinic list row
    (row,) = clinic_rows([history], profile, TODAY)
    clinic = ClinicTableModel()
    clinic.set_rows([row], MgUnit.MMOL_L, TODAY)
    assert clinic.data(clinic.index(0, LATEST)) == mmol
    assert clinic.data(clinic.index(0, CLASS)) == short + (", borderline" if shows_borderline else "")

    # the report's text
    html = body_html(history, summary, MgUnit.MMOL_L, made_at=dt.datetime(2025, 6, 1, 9), made_by="t", max_rows=None)
    row_words = short + (", borderline" if shows_borderline else "")
    shown = escape(mmol)
    assert f"<td>{shown}</td><td><img src='mgdesk-class:{category.value}" in html
    assert f"{row_words}</td></tr>" in html
    assert f"{shown} mmol/L ({row_words})" in html
