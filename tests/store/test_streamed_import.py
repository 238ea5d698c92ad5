"""A CSV file imported part by part: one transaction, one report, whatever the part size.

``services.store_file`` reads a CSV file in parts (``RecordStream.parts``)
inside the import's one transaction.  These tests make the parts two rows
long so that every rule that spans rows also spans parts: same-sample
repeats, new patients, rejections by line, rows previously deleted or
corrected, progress and cancel, and a fault found late in the file, which
must leave the database as it was.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgdesk.domain.errors import ImportCancelledError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.interchange import FileFormatError, csv_import, open_records_csv
from mgdesk.services import ImportReport, read_file, store_file, store_parsed
from mgdesk.store import Records, open_database, schema

LAB = (
    "patient,date,time,value,unit\n"
    "P-1,2024-01-02,08:00,0.74,mmol/L\n"  # line 2
    "P-2,2024-01-05,,0.81,mmol/L\n"  # line 3
    "P-3,2024-01-06,,abc,mg/dL\n"  # line 4: not a value
    "\n"  # line 5: blank
    "P-1,2024-01-02,08:00,1.80,mg/dL\n"  # line 6: the sample of line 2, in another unit
    "P-4,2024-02-01,,<0.40,mmol/L\n"  # line 7: a patient first named in the third part
    "P-2,2024-03-05,,0.70,mmol/L\n"  # line 8
)


@pytest.fixture
def two_row_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_import, "CHUNK_ROWS", 2)


def _counts(records: Records) -> tuple[int, int, int]:
    return len(records.list_patients()), len(records.export_results()), len(records.audit_log("imports"))


@pytest.mark.usefixtures("two_row_parts")
def test_a_file_in_parts_is_one_import_with_one_report(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    seen: list[tuple[int, int]] = []
    report = store_file(records, csv, progress=lambda done, total: seen.append((done, total)))
    assert (report.imported, report.duplicates, report.patients_created) == (4, 1, 3)
    assert [(r.line, r.reason.split(":")[0]) for r in report.rejected] == [(4, "'abc' is not a value")]
    ((line, repeat),) = report.same_sample
    assert (line, repeat.kept.measurement.text, repeat.duplicate.measurement.text) == (6, "0.74", "1.80")
    (entry,) = records.audit_log("imports")  # one import, audited once
    assert entry.new_values is not None
    assert entry.new_values["rows_added"] == 4
    lines = sorted(records.provenance("mg_results", r.id).line or 0 for _, r in records.export_results())
    assert lines == [2, 3, 7, 8]
    dones = [done for done, _ in seen]
    assert dones == sorted(dones)
    assert dones[-1] == 6  # every row read, blank lines aside
    assert all(done <= total for done, total in seen)


@pytest.mark.usefixtures("two_row_parts")
def test_a_broken_quote_in_the_last_part_stores_nothing(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB + 'P-5,2024-04-01,,"0.9,mmol/L\n', encoding="utf-8")
    stream = open_records_csv(csv)
    parts = stream.parts()
    assert next(parts).lines == [2, 3]  # the first part is read before the fault is reached
    before = _counts(records)
    with pytest.raises(FileFormatError, match="line 9"):
        store_file(records, csv)
    assert _counts(records) == before == (0, 0, 0)


@pytest.mark.usefixtures("two_row_parts")
def test_a_year_last_date_late_in_the_file_stores_nothing(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB + "P-5,04/01/2024,,0.9,mmol/L\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"line 9: .*04/01/2024"):
        store_file(records, csv)
    assert _counts(records) == (0, 0, 0)


@pytest.mark.usefixtures("two_row_parts")
def test_cancel_after_the_first_part_stores_nothing(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    done: list[int] = []
    with pytest.raises(ImportCancelledError):
        store_file(records, csv, progress=lambda d, _: done.append(d), cancelled=lambda: bool(done and done[-1]))
    assert done[-1] == 2
    assert _counts(records) == (0, 0, 0)


@pytest.mark.usefixtures("two_row_parts")
def test_a_reimport_in_parts_revives_nothing(records: Records, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    store_file(records, csv)
    stored = {r.measurement.text: r for _, r in records.export_results()}
    records.delete_result(stored["<0.40"].id or 0, "wrong patient")
    records.edit_result(dataclasses.replace(stored["0.70"], measurement=parse_measurement("0.72 mmol/L")))
    again = store_file(records, csv)
    assert (again.imported, again.previously_deleted, again.previously_corrected) == (0, (7,), (8,))
    assert again.duplicates == 3  # lines 2 and 3 are stored, line 6 repeats line 2's sample
    assert sorted(r.measurement.text for _, r in records.export_results()) == ["0.72", "0.74", "0.81"]


_rows = st.lists(
    st.tuples(
        st.sampled_from(["P-1", "P-2", "P-3", " P-2 ", ""]),
        st.sampled_from(["2024-01-02", "2024-01-03", "2024-02-30", "2024-1-3"]),
        st.sampled_from(["", "08:00", "25:00"]),
        st.sampled_from(["0.74", "0.740", "1.80", "1.8", "<0.40", "x", "", "1,48"]),
        st.sampled_from(["mmol/L", "mg/dL", "mEq/L", "", "g"]),
    ),
    max_size=12,
)


def _essentials(report: ImportReport) -> tuple[object, ...]:
    same = tuple((line, s.duplicate, s.kept.measurement, s.kept.collected_on) for line, s in report.same_sample)
    return (*dataclasses.astuple(dataclasses.replace(report, same_sample=())), same)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_rows, size=st.integers(1, 4))
def test_parts_of_any_size_report_as_the_whole_file_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, ...]], size: int
) -> None:
    monkeypatch.setattr(csv_import, "CHUNK_ROWS", size)
    body = "".join(",".join(f'"{c}"' if "," in c else c for c in row) + "\n" for row in rows)
    csv = tmp_path / "lab.csv"
    csv.write_text("patient,date,time,value,unit\n" + body, encoding="utf-8")
    reports = []
    for how in ("parts", "whole"):
        with open_database(tmp_path / f"{how}-{size}-{len(rows)}-{abs(hash(body))}.sqlite3") as opened:
            records = Records(opened)
            report = store_file(records, csv) if how == "parts" else store_parsed(records, read_file(csv))
            stored = [(c, r.measurement.text, r.collected_on) for c, r in records.export_results()]
            reports.append((_essentials(report), stored))
    assert reports[0] == reports[1]


def test_the_import_cache_is_the_import_s_alone(tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(LAB, encoding="utf-8")
    seen: list[int] = []
    with open_database(tmp_path / "db.sqlite3") as opened:
        with opened.reading() as conn:
            before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()

        def during(_done: int, _total: int) -> None:
            with opened.reading() as other:  # another connection keeps its own cache
                seen.append(other.exec_driver_sql("PRAGMA cache_size").scalar_one())

        store_file(Records(opened), csv, progress=during)
        with opened.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == before
    assert seen
    assert set(seen) == {before}


@pytest.mark.usefixtures("two_row_parts")
def test_a_server_stores_a_file_exactly_as_a_sqlite_file_does(tmp_path: Path, pg_url: str) -> None:
    """The server's COPY path and SQLite's executemany store the same rows, column by column."""
    csv = tmp_path / "lab.csv"
    csv.write_text(
        "patient,date,time,value,unit,specimen,source,lab,comment\n"
        'P-1,2024-01-02,08:00:07.25,0.74,mmol/L,serum,feed,Lab A,"tab\there, back\\slash"\n'
        'P-1,2024-01-02,08:00:07.25,1.80,mg/dL,,,,"two\nlines ✓"\n'  # the same sample: left out
        "P-2,2024-01-05,,<0.40,mmol/l,plasma,,,\n"
        "P-2,2024-01-05,,>2.5,mEq/L,urine,,,'=not a formula\n"  # a neutralised cell, restored
        "P-3,2024-01-06,23:59,1.7,mg/100mL,,,,\\N\n"
        "P-1,2024-01-03,,0.700,mM,,,,\n",
        encoding="utf-8",
    )
    stored = []
    for target in (tmp_path / "clinic.sqlite3", pg_url):
        with open_database(target) as db:
            report = store_file(Records(db), csv)
            assert (report.imported, report.duplicates, report.rejected) == (5, 1, ())
            with db.reading() as conn:
                stored.append(
                    {
                        table.name: [tuple(row) for row in conn.execute(table.select().order_by(table.c.id))]
                        for table in (schema.patients, schema.mg_results)
                    }
                )
    on_file, on_server = stored
    assert on_server == on_file
    assert [row[-1] for row in on_file["mg_results"]] == [None] * 5  # no uuid
    comments = [row[schema.mg_results.c.keys().index("comment")] for row in on_file["mg_results"]]
    assert comments == ["tab\there, back\\slash", "", "=not a formula", "\\N", ""]
