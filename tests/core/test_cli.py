"""``mgdesk convert``: plain and JSON output, exit codes, errors on stderr."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mgdesk.cli import main

JSON_KEYS = {
    "input",
    "values",
    "mmol_per_l",
    "category",
    "interpretation",
    "below_threshold",
    "borderline",
    "warnings",
    "profile",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_has_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "1.8", "mg/dL", "--json")
    assert status == 0
    assert err == ""
    data = json.loads(out)
    assert set(data) == JSON_KEYS
    assert data["input"] == {"value": "1.8", "unit": "mg/dL"}
    assert data["values"] == {"mmol/L": "0.74", "mg/dL": "1.8", "mEq/L": "1.48"}
    assert data["mmol_per_l"] == pytest.approx(0.740588356)
    assert data["category"] == "normal"
    assert data["interpretation"] == "N"
    assert data["below_threshold"] is False
    assert data["borderline"] is False
    assert data["warnings"] == []
    assert data["profile"] == "mgdesk default (adult serum)"


def test_value_may_carry_its_unit_and_decimal_comma(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "1,70mg/dl", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["input"] == {"value": "1.70", "unit": "mg/dL"}
    assert data["values"]["mmol/L"] == "0.699"
    assert data["category"] == "low"
    assert data["below_threshold"] is True
    assert data["borderline"] is True  # 1.695-1.705 mg/dL is 0.6974-0.7015 mmol/L


def test_borderline_and_mix_up_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "convert", "1.7 mg/dL", "--json")
    assert json.loads(out)["borderline"] is True
    assert "0.68 to 0.72 mmol/L" in json.loads(out)["warnings"][0]
    _, out, _ = run(capsys, "convert", "2.0", "mmol/L", "--json")
    warnings = json.loads(out)["warnings"]
    assert any("as 2.0 mg/dL it would be 0.82 mmol/L, normal - check the unit" in w for w in warnings)


def test_to_adds_the_requested_unit(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "convert", "0.74", "mmol/L", "--to", "umol/L", "--json")
    assert json.loads(out)["values"]["umol/L"] == "740"
    _, out, _ = run(capsys, "convert", "0.74", "mmol/L", "--to", "umol/L")
    assert "740 umol/L" in out


def test_plain_output_is_one_readable_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "1.8", "mg/dL")
    assert status == 0
    assert out.count("\n") == 1
    assert "0.74 mmol/L" in out
    assert "normal (N)" in out
    assert "0.70 mmol/L" in out


def test_profile_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "lab.toml"
    path.write_text(
        'name = "Lab A"\ncritical_low_below = 0.4\nlow_below = 0.75\nhigh_above = 1.1\ncritical_high_above = 2\n',
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "convert", "0.74 mmol/L", "--profile", str(path), "--json")
    data = json.loads(out)
    assert data["profile"] == "Lab A"
    assert data["category"] == "low"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["convert", ""], "Enter a value"),
        (["convert", "abc", "mg/dL"], "is not a value"),
        (["convert", "nan", "mg/dL"], "not a number"),
        (["convert", "inf", "mg/dL"], "not a number"),
        (["convert", "0", "mg/dL"], "greater than zero"),
        (["convert", "1.8"], "Give the unit"),
        (["convert", "1.8", "Mg"], "Unknown unit"),
        (["convert", "50", "mmol/L"], "check the unit"),
        (["convert", "1.8 mg/dL", "mmol/L"], "also given"),
        (["convert", "1.8", "mg/dL", "--to", "g"], "Unknown unit"),
        (["convert", "1.8", "mg/dL", "--profile", "/nonexistent.toml"], "Cannot read profile"),
        (["convert"], "required"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_invalid_input_exits_2_with_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse's own usage errors
        status = exit_.code  # type: ignore[assignment]
    out, err = capsys.readouterr()
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err


def test_console_script_runs_as_a_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mgdesk", "convert", "1.8", "mg/dL", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["values"]["mmol/L"] == "0.74"


def test_command_line_does_not_import_qt() -> None:
    code = (
        "import sys; from mgdesk.__main__ import main; main(['convert','1.8','mg/dL']);"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','pyqtgraph','shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
