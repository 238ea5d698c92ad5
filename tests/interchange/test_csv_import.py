"""Reading results and medication CSV files: headers, separators, encodings, dates, rejections."""

import datetime as dt
from decimal import Decimal

import pytest

from mgdesk.domain.errors import ImportCancelledError
from mgdesk.domain.records import DrugClass, Specimen
from mgdesk.domain.units import MgUnit
from mgdesk.interchange import DateOrder, FileFormatError, FileKind, read_records_csv
from mgdesk.interchange.cells import neutralise, restore


def read(text: str, encoding: str = "utf-8", **kw: object):  # type: ignore[no-untyped-def]
    return read_records_csv(text.encode(encoding), name="lab.csv", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_synonyms_any_case_and_every_separator(sep: str) -> None:
    text = sep.join(["MRN", "Collected_At", "Result", "UNITS", "Specimen", "Comment"]) + "\n"
    text += sep.join(["P1", "2024-01-05", "0.68", "mmol/l", "plasma", "fasting"]) + "\n"
    parsed = read(text)
    assert parsed.kind is FileKind.RESULTS
    assert parsed.separator == sep
    ((clinic_id, result),) = parsed.results
    assert clinic_id == "P1"
    assert result.collected_on == dt.date(2024, 1, 5)
    assert result.measurement.text == "0.68"
    assert result.measurement.unit is MgUnit.MMOL_L
    assert result.unit_as_written == "mmol/l"
    assert result.specimen is Specimen.PLASMA
    assert result.comment == "fasting"
    assert result.source == "CSV lab.csv"


def test_decimal_comma_bom_and_windows_1252() -> None:
    text = "patient;date;value;unit;comment\nP1;2024-01-05;1,80;mg/dL;hémolysé\n"
    for data in (text.encode("utf-8-sig"), text.encode("cp1252"), text.encode("utf-8")):
        parsed = read_records_csv(data, name="x.csv")
        ((_, result),) = parsed.results
        assert result.measurement.value == Decimal("1.80")
        assert result.comment == "hémolysé"


def test_bad_rows_are_rejected_with_line_and_reason_the_rest_kept() -> None:
    text = (
        "patient,date,value,unit,specimen\n"
        "P1,2024-01-05,0.70,mmol/L,\n"
        "\n"
        ",2024-01-05,0.70,mmol/L,\n"
        "P1,2024-02-30,0.70,mmol/L,\n"
        "P1,2024-01-05,-1,mmol/L,\n"
        "P1,2024-01-05,0.7,furlongs,\n"
        "P1,2024-01-05,0.7,mmol/L,saliva\n"
        "P1,2024-01-05,1,8,mg/dL,serum\n"
        '"P2",2024-01-05,"<0,2",mmol/L,urine\n'
    )
    parsed = read(text)
    assert [r.line for r in parsed.rejected] == [4, 5, 6, 7, 8, 9]
    reasons = [r.reason for r in parsed.rejected]
    assert "no patient identifier" in reasons[0]
    assert "not a real date" in reasons[1]
    assert "greater than zero" in reasons[2]
    assert "Unknown unit" in reasons[3]
    assert "Unknown specimen" in reasons[4]
    assert "decimal comma" in reasons[5]
    assert parsed.lines == [2, 10]
    assert parsed.results[1][1].measurement.text == "<0.2"


def test_value_may_carry_its_unit_but_not_a_different_one() -> None:
    parsed = read("patient,date,value,unit\nP1,2024-01-05,1.8 mg/dl,\nP1,2024-01-05,1.8 mg/dL,mmol/L\n")
    assert parsed.results[0][1].unit_as_written == "mg/dl"
    assert "unit column says" in parsed.rejected[0].reason


def test_year_last_dates_need_a_declared_order() -> None:
    text = "patient,date,value\nP1,2024-01-05,1.8 mg/dL\nP1,25/04/2024,1.8 mg/dL\n"
    with pytest.raises(FileFormatError, match=r"line 3: '25/04/2024' could be read day-first or month-first"):
        read(text)
    assert read(text, date_order=DateOrder.DAY_FIRST).results[1][1].collected_on == dt.date(2024, 4, 25)
    parsed = read(text, date_order=DateOrder.MONTH_FIRST)
    assert "not a real date when read month-first" in parsed.rejected[0].reason


def test_the_file_may_declare_the_date_order_in_its_header() -> None:
    text = "patient,Date (DD.MM.YYYY),value\nP1,03.04.2024 08:15,1.8 mg/dL\n"
    ((_, result),) = read(text).results
    assert result.collected_on == dt.date(2024, 4, 3)
    assert result.collected_at == dt.time(8, 15)
    with pytest.raises(FileFormatError, match="says day-first"):
        read(text, date_order=DateOrder.MONTH_FIRST)


def test_medication_file_is_told_apart_by_its_header() -> None:
    text = (
        "patient,drug_class,drug,start,stop,dose\n"
        "P1,Metformin,Glucophage,2020-01-01,,1000 mg\n"
        "P1,ppi,,2021-01-01,2021-06-30,20\n"
        "P1,aspirin,x,2020-01-01,,\n"
        "P1,metformin,x,2020-01-01,2019-01-01,\n"
    )
    parsed = read(text)
    assert parsed.kind is FileKind.MEDICATIONS
    (_, first), (_, second) = parsed.courses
    assert (first.drug_class, first.drug, first.daily_dose_mg) == (DrugClass.METFORMIN, "Glucophage", Decimal(1000))
    assert (second.drug_class, second.drug, second.stop) == (
        DrugClass.PROTON_PUMP_INHIBITOR,
        "proton-pump inhibitor",
        dt.date(2021, 6, 30),
    )
    assert [r.line for r in parsed.rejected] == [4, 5]
    assert "Unknown drug class" in parsed.rejected[0].reason
    assert "stops" in parsed.rejected[1].reason


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"just one column\nx\n", "no comma, semicolon or tab"),
        (b"patient,when,amount\nP1,2024-01-01,1\n", "no column for date"),
        (b"\x00\x01binary", "not a text file"),
        (b'patient,date,value\nP1,2024-01-01,"1.8\n', "unclosed quote"),
        (b"\xef\xbb\xbfpatient,date,value\n\xff\n", "says it is UTF-8"),
        (b"patient,mrn,date,value\n", "two columns mean patient"),
    ],
)
def test_unreadable_files_say_why(data: bytes, message: str) -> None:
    with pytest.raises(FileFormatError, match=message):
        read_records_csv(data, name="x.csv")


def test_progress_and_cancel() -> None:
    text = "patient,date,value\n" + "P1,2024-01-05,1.8 mg/dL\n" * 5000
    seen: list[tuple[int, int]] = []
    read(text, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5000, 5000)
    with pytest.raises(ImportCancelledError):
        read(text, cancelled=lambda: True)


@pytest.mark.parametrize("cell", ["-", "=1+1", "+44", "@SUM(A1)", "\tx", "\rx", "'", "'-", "''=x", "plain", "'abc", ""])
def test_neutralised_cells_read_back_unchanged(cell: str) -> None:
    written = neutralise(cell)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(written) == cell


def test_a_hand_written_apostrophe_cell_is_kept() -> None:
    assert restore("'abc") == "'abc"
