"""A file checked before it is imported (``check_file``) counts what the import then does, in bounded memory.

The window's import preview shows ``check_file``'s counts and then imports
with ``store_file``, the command line's path.  A CSV file is checked part by
part, keeping no records, so these tests make the parts small and hold the
check to a whole-file read (``read_file``) and to what the import then
reports: rows, rejections by line, rows waiting for a date order, the first
results, new patients (a stored or deleted patient is not new).  The import
refuses a file changed since it was checked, and rejects only the rows of a
year-last date when told to (as the preview does), storing nothing on a
refusal or a cancel.  Each test that stores runs on both engines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgdesk.domain.errors import ImportCancelledError
from mgdesk.domain.records import Patient
from mgdesk.interchange import DateOrder, FileFormatError, csv_import
from mgdesk.services import FileCheck, check_file, read_file, store_file
from mgdesk.store import Records

LAB = (
    "patient,date,time,value,unit\n"
    "P-1,2024-01-02,08:00,0.74,mmol/L\n"  # line 2
    "P-2,2024-01-05,,0.81,mmol/L\n"  # line 3
    "P-3,2024-01-06,,abc,mg/dL\n"  # line 4: not a value
    "P-9,03/04/2024,,0.80,mmol/L\n"  # line 5: a year-last date, no order given
    "P-1,2024-01-02,08:00,1.80,mg/dL\n"  # line 6: the sample of line 2, in another unit
    "P-4,2024-02-01,,<0.40,mmol/L\n"  # line 7: a patient first named in the fourth part
    "P-5,2024-03-05,,0.70,mmol/L\n"  # line 8: a patient deleted from the database
    "P-2,2024-03-06,,0.72,mmol/L\n"  # line 9
)


@pytest.fixture
def two_row_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_import, "CHUNK_ROWS", 2)


def _counts(records: Records) -> tuple[int, int]:
    return len(records.export_results()), len(records.audit_log("imports"))


def _agrees_with_whole_read(check: FileCheck, path: Path, order: DateOrder | None) -> None:
    whole = read_file(path, order, refuse_undeclared_order=False)
    assert (check.results, check.courses) == (len(whole.results), len(whole.courses))
    assert check.rejected == tuple(whole.rejected)
    assert check.order_needed == whole.order_needed
    assert check.first_results == tuple(whole.results[:5])
    assert check.clinic_ids == {c.strip() for c, _ in [*whole.results, *whole.courses]}
    assert (check.kind, check.mapping, check.date_order, check.sha256) == (
        whole.kind,
        whole.mapping,
        whole.date_order,
        whole.sha256,
    )


@pytest.mark.usefixtures("two_row_parts")
def test_the_check_counts_what_the_import_then_does(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    records.add_patient(Patient(clinic_id="P-2"))
    deleted = records.add_patient(Patient(clinic_id="P-5"))
    records.delete_patient(deleted.id or 0, "entered twice")
    seen: list[tuple[int, int]] = []
    check = check_file(csv, records=records, progress=lambda done, total: seen.append((done, total)))
    _agrees_with_whole_read(check, csv, None)
    assert (check.rows, check.order_needed) == (6, 1)
    assert [r.line for r in check.rejected] == [4, 5]
    assert check.new_patients == 2  # P-1 and P-4: P-2 is stored, P-5 deleted, P-3 and P-9 have no importable row
    assert [done for done, _ in seen] == [2, 4, 6, 8]  # one report per part, every row counted
    assert _counts(records) == (0, 0)  # a check stores nothing

    report = store_file(records, csv, refuse_undeclared_order=False, sha256=check.sha256)
    assert check.rows == report.imported + report.duplicates + 1  # line 8 names a deleted patient
    assert [r.line for r in report.rejected] == [4, 5, 8]
    assert check.new_patients == report.patients_created


def test_a_check_in_one_part_or_many_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    whole = check_file(csv, DateOrder.DAY_FIRST)
    monkeypatch.setattr(csv_import, "CHUNK_ROWS", 3)
    assert check_file(csv, DateOrder.DAY_FIRST) == whole
    assert (whole.rows, whole.order_needed, whole.new_patients) == (7, 0, None)  # no database: not counted


_rows = st.lists(
    st.tuples(
        st.sampled_from(["P-1", "P-2", " P-2 ", ""]),
        st.sampled_from(["2024-01-02", "03/04/2024", "2024-02-30", "13/01/2024"]),
        st.sampled_from(["0.74", "1.8", "<0.40", "x", ""]),
        st.sampled_from(["mmol/L", "mg/dL", "", "g"]),
    ),
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_rows, size=st.integers(1, 4), order=st.sampled_from([None, DateOrder.DAY_FIRST]))
def test_a_check_in_parts_agrees_with_the_whole_file_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, ...]], size: int, order: DateOrder | None
) -> None:
    monkeypatch.setattr(csv_import, "CHUNK_ROWS", size)
    csv = tmp_path / "lab.csv"
    csv.write_text("patient,date,value,unit\n" + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    _agrees_with_whole_read(check_file(csv, order), csv, order)


def test_an_hl7_file_is_checked_whole_with_its_choices(tmp_path: Path) -> None:
    hl7 = tmp_path / "lab.hl7"
    segments = [
        "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|M1|P|2.5.1",
        "PID|1||H-1^^^HOSP^PI~P-7^^^CLINIC^MR||Doe^Jane||19580412|F",
        "OBR|1|ORD1|FIL1|24331-1^Panel^LN|||20240305081500",
        "OBX|1|NM|2601-3^Magnesium^LN||0.80|mmol/L||N|||F",
        "OBX|2|NM|MG^Magnesium^L||1.8|mg/dL||N|||F",
        "OBX|3|NM|2345-7^Glucose^LN||5.5|mmol/L|||||F",
    ]
    hl7.write_text("\r".join(segments) + "\r", newline="")
    check = check_file(hl7)
    whole = read_file(hl7)
    assert check.format == "hl7"
    assert (check.rows, check.not_magnesium, check.rejected) == (1, whole.not_magnesium, tuple(whole.rejected))
    assert check.patient_id_kinds == {"MR@CLINIC": 1, "PI@HOSP": 1}
    assert check.unknown_codes == {"MG^L": 1}
    assert check.clinic_ids == {"P-7"}


@pytest.mark.usefixtures("two_row_parts")
def test_a_file_changed_since_its_check_is_refused_and_nothing_stored(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    check = check_file(csv, records=records)
    csv.write_text(LAB + "P-6,2024-04-01,,0.9,mmol/L\n", encoding="utf-8")
    with pytest.raises(FileFormatError) as refused:
        store_file(records, csv, refuse_undeclared_order=False, sha256=check.sha256)
    assert refused.value.code == "file-changed"
    assert str(refused.value) == "lab.csv has changed since it was checked; import it again to check what it holds now."
    assert _counts(records) == (0, 0)


@pytest.mark.usefixtures("two_row_parts")
def test_a_year_last_date_rejects_only_its_row_when_asked(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"line 5: .*03/04/2024"):
        store_file(records, csv)  # the command line's rule: the whole file waits for --day-first
    assert _counts(records) == (0, 0)
    report = store_file(records, csv, refuse_undeclared_order=False)
    assert [r.line for r in report.rejected] == [4, 5]
    assert (report.imported, report.duplicates) == (5, 1)


@pytest.mark.usefixtures("two_row_parts")
def test_a_cancelled_check_says_so(tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    done: list[int] = []
    with pytest.raises(ImportCancelledError):
        check_file(csv, progress=lambda d, _: done.append(d), cancelled=lambda: bool(done))
    assert done == [2]  # stopped after the first part
