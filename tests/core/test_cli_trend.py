"""``mgdesk trend``, and the argument and data checks of ``plot`` and ``report`` (no Qt here)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from trend_fixtures import TODAY, small_database

from mgdesk.cli import main
from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.units import MgUnit

TREND_KEYS = {
    "n",
    "latest",
    "slope_mmol_per_l_per_year",
    "slope_ci95",
    "fraction_below",
    "projected_crossing",
    "falling_alert",
    "retest_due",
    "time_on_metformin",
    "results_off_metformin",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return small_database(tmp_path / "clinic.sqlite3")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_trend_json_has_exactly_the_summary_keys(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "trend", "--patient", "P-FALL", "--db", str(db), "--today", TODAY.isoformat(), "--json"
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert set(data) == TREND_KEYS
    assert data["n"] == 6  # the urine result is not counted
    # 0.90 falling 0.05 per year, plus the 1.7 mg/dL (0.6994) point: steeper than -0.05.
    assert data["slope_mmol_per_l_per_year"] < -0.05
    assert data["latest"]["value"] == "0.75"
    assert data["latest"]["category"] == "normal"
    # Falling line, interval below zero, crossing within 12 months, latest still normal: alert.
    assert data["slope_ci95"][1] < 0
    assert data["projected_crossing"] == "2023-05-05"
    assert data["falling_alert"] is True
    assert data["fraction_below"] == pytest.approx(1 / 6, abs=1e-4)  # the 1.7 mg/dL = 0.6994 mmol/L result


def test_trend_plain_output_says_how(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "trend", "--patient", "P-FALL", "--db", str(db), "--today", "2023-01-01")
    assert status == 0
    assert out.startswith("P-FALL [profile: mgdesk default (adult serum), as of 2023-01-01]")
    assert "slope on metformin" in out
    assert "Ordinary least squares" in out
    assert "synthetic" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ("trend", "--patient", "nobody"),
        ("plot", "--patient", "nobody", "--out", "x.png"),
        ("report", "--patient", "nobody", "--out", "x.pdf"),
    ],
)
def test_unknown_patient_exits_2_with_one_line(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    status, out, err = run(capsys, *argv, "--db", str(db))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "nobody" in err


def test_unreadable_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "not.sqlite3"
    bad.write_text("hello, not a database")
    status, out, err = run(capsys, "trend", "--patient", "P-FALL", "--db", str(bad))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1


@pytest.mark.parametrize(("command", "name"), [("plot", "x.gif"), ("report", "x.png")])
def test_wrong_output_suffix_exits_2(db: Path, capsys: pytest.CaptureFixture[str], command: str, name: str) -> None:
    status, _, err = run(capsys, command, "--patient", "P-FALL", "--db", str(db), "--out", name)
    assert status == 2
    assert "must end in" in err


def test_plot_hands_the_loaded_patient_to_the_renderer(db: Path, tmp_path: Path) -> None:
    calls: list[tuple[str, str, MgUnit, str, dt.date]] = []

    def renderer(
        command: str,
        history: PatientHistory,
        profile: LabProfile,
        today: dt.date,
        out: Path,
        *,
        unit: MgUnit,
        axis: str,
        overwrite: bool,
    ) -> None:
        assert not overwrite  # no --force given
        calls.append((command, history.patient.clinic_id, unit, axis, today))

    argv = ["plot", "--patient", "P-FALL", "--db", str(db), "--out", str(tmp_path / "p.svg"), "--unit", "mg/dl"]
    assert main([*argv, "--axis", "months", "--today", "2022-02-02"], renderer=renderer) == 0
    assert calls == [("plot", "P-FALL", MgUnit.MG_DL, "months", dt.date(2022, 2, 2))]


def test_plot_without_a_renderer_exits_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "plot", "--patient", "P-FALL", "--db", str(db), "--out", "p.png")
    assert status == 2
    assert "renderer" in err
