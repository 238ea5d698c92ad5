"""Fuzzing the three doors where outside text comes in: ``convert``, profile TOML and CSV import.

Properties (README, "What mgdesk promises about your data"): no exception
escapes but the project's own (which the command line turns into exit 2);
the exit status is 0 or 2 and nothing else; when it is 2 the database is
unchanged; and an import's totals equal the rows actually stored.  Bounded
by ``max_examples`` so the suite stays fast; the CI profile derandomises.
"""

from __future__ import annotations

import codecs
import json
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mgdesk.cli import main
from mgdesk.store import open_database

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:  # argparse: a usage error
        return int(stop.code or 0)


numbers = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["1.8", "1,8", "<0.2", ">2", "1e999999999", "1e-42", "0", "-1", "nan", ".5", "12.", "0.0000001"]),
    st.text(max_size=20),
)
units = st.one_of(
    st.sampled_from(["mg/dL", "mmol/L", "mEq/L", "mg/L", "umol/L", "µmol/L", "mM", "Mg/dL", "", "eq/L", "%"]),
    st.text(max_size=10),
)


@FUZZ
@given(value=numbers, unit=units, as_json=st.booleans())
@example(value="243050000000000000000000000", unit="mg/dL", as_json=False)  # once decimal.InvalidOperation
def test_convert_exits_0_or_2_and_raises_nothing(value: str, unit: str, as_json: bool) -> None:
    if "\x00" in value + unit:
        return  # no process can receive a NUL in its arguments
    argv = ["convert", "--", value] + ([unit] if unit else []) + (["--json"] if as_json else [])
    assert _run(argv) in (0, 2)


toml_numbers = st.one_of(
    st.sampled_from(
        ["0.40", "0.7", "2", "nan", "inf", "-inf", "1e99999999", "1e9999999", "1e-99999", "5", "0", "-1", "99999"]
    ),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    st.integers().map(str),
    st.sampled_from(["[[[[[]]]]]", "[" * 300 + "]" * 300, '"text"', "true", "{ a = 1 }"]),
)
profile_keys = st.sampled_from(
    [
        "critical_low_below",
        "low_below",
        "high_above",
        "critical_high_above",
        "hypomagnesemia_below",
        "retest_months_on_metformin",
        "retest_months_after_low",
    ]
)


@FUZZ
@given(
    numbers=st.dictionaries(profile_keys, toml_numbers, max_size=7),
    unit=st.sampled_from(["mmol/L", "mg/dL", "mEq/L", "furlongs"]),
    junk=st.text(max_size=30),
)
def test_profile_toml_exits_0_or_2_and_raises_nothing(numbers: dict[str, str], unit: str, junk: str) -> None:
    base = {"critical_low_below": "0.40", "low_below": "0.70", "high_above": "1.05", "critical_high_above": "2.00"}
    lines = ['name = "fuzz"', f'unit = "{unit}"'] + [f"{k} = {v}" for k, v in (base | numbers).items()]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.toml"
        path.write_text("\n".join(lines) + "\n" + junk.replace("\x00", ""), encoding="utf-8", errors="replace")
        assert _run(["convert", "1.8", "mg/dL", "--profile", str(path)]) in (0, 2)


cells = {
    "patient": st.one_of(st.sampled_from(["P1", "P2", "", "=cmd()", "Zoë", "P1 "]), st.text(max_size=8)),
    "date": st.one_of(
        st.sampled_from(["2024-01-02", "9999-12-31", "0001-01-01", "2024-02-30", "03/04/2024", "", "2024-01-02 08:15"]),
        st.dates().map(str),
        st.text(max_size=12),
    ),
    "value": numbers,
    "unit": units,
    "specimen": st.sampled_from(["serum", "urine", "rbc", "", "blood"]),
}


def _state(db: Path) -> tuple[tuple[str, int], ...]:
    raw = sqlite3.connect(db)
    try:
        tables = ("patients", "mg_results", "medication_courses", "audit_log", "imports")
        return tuple((t, raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables)
    finally:
        raw.close()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"
    with open_database(db):
        pass
    return db


@FUZZ
@given(
    rows=st.lists(st.fixed_dictionaries(cells), max_size=12),
    separator=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "mixed", "nul"]),
)
def test_csv_import_exits_0_or_2_and_totals_equal_rows_stored(
    fuzz_db: Path, capsys: pytest.CaptureFixture[str], rows: list[dict[str, str]], separator: str, encoding: str
) -> None:
    text = separator.join(cells) + "\n"
    text += "".join(separator.join(row[c].replace("\n", " ") for c in cells) + "\n" for row in rows)
    if encoding == "mixed":
        data = text.encode("utf-8", "replace") + "Zoë,2024-01-02,1.8,mg/dL\n".encode("cp1252")
    elif encoding == "nul":
        data = text.encode("utf-8", "replace") + b"\x00"
    elif encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le", "replace")
    else:
        data = text.encode(encoding, "replace")
    before = _state(fuzz_db)
    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "lab.csv"
        csv.write_bytes(data)
        capsys.readouterr()
        status = _run(["import", str(csv), "--db", str(fuzz_db), "--json"])
    after = _state(fuzz_db)
    out = capsys.readouterr().out
    assert status in (0, 2)
    if status == 2:
        assert after == before
        assert out == ""
        return
    report = json.loads(out)
    stored = dict(after)["mg_results"] - dict(before)["mg_results"]
    assert report["imported"] == stored
    added_imports = dict(after)["imports"] - dict(before)["imports"]
    assert added_imports == (1 if stored else 0)  # an import that adds nothing leaves no trace
    if stored:
        raw = sqlite3.connect(fuzz_db)
        try:
            (rows_added,) = raw.execute("SELECT rows_added FROM imports ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            raw.close()
        assert rows_added == stored  # the import's one audit entry tells the truth
