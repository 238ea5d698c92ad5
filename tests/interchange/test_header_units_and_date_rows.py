"""A value header that names its unit ("Magnesium (mmol/L)"), and dates whose order is not yet chosen."""

import datetime as dt

import pytest

from mgdesk.domain.units import MgUnit
from mgdesk.interchange import DateOrder, FileFormatError, read_records_csv


def read(text: str, **kw: object):  # type: ignore[no-untyped-def]
    return read_records_csv(text.encode(), name="lab.csv", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Magnesium (mmol/L)", MgUnit.MMOL_L),
        ("Mg [mg/dL]", MgUnit.MG_DL),
        ("serum magnesium (mEq/L)", MgUnit.MEQ_L),
        ("Result (mg/dl)", MgUnit.MG_DL),
    ],
)
def test_a_value_header_names_the_unit_of_every_row(header: str, unit: MgUnit) -> None:
    parsed = read(f"patient,date,{header}\nP1,2024-01-05,0.68\nP1,2024-01-06,0.91\n")
    assert parsed.mapping.header_of("value") == header
    assert [r.measurement.unit for _, r in parsed.results] == [unit, unit]
    assert [r.measurement.text for _, r in parsed.results] == ["0.68", "0.91"]
    assert parsed.rejected == []


def test_a_unit_column_overrides_the_header_and_a_value_may_not_contradict_it() -> None:
    parsed = read(
        "patient,date,Magnesium (mmol/L),unit\nP1,2024-01-05,0.68,\nP1,2024-01-06,1.8,mg/dL\nP1,2024-01-07,1.8 mg/dL,\n"
    )
    assert [(r.measurement.unit, r.unit_as_written) for _, r in parsed.results] == [
        (MgUnit.MMOL_L, "mmol/L"),
        (MgUnit.MG_DL, "mg/dL"),
    ]
    assert [r.line for r in parsed.rejected] == [4]
    assert "the column header says 'mmol/L'" in parsed.rejected[0].reason


def test_a_hint_that_is_no_unit_declares_nothing() -> None:
    parsed = read("patient,date,Magnesium (serum)\nP1,2024-01-05,0.68\nP1,2024-01-06,0.68 mmol/L\n")
    assert parsed.mapping.value_unit == ""
    assert [r.line for r in parsed.rejected] == [2]
    assert "unit" in parsed.rejected[0].reason.lower()
    assert parsed.results[0][1].measurement.unit is MgUnit.MMOL_L


def test_two_value_columns_are_still_refused() -> None:
    with pytest.raises(FileFormatError, match="two columns mean value"):
        read("patient,date,Mg (mmol/L),result\nP1,2024-01-05,0.68,0.68\n")


AMBIGUOUS = "patient,date,value\nP1,2024-01-05,1.8 mg/dL\nP1,03/04/2024,1.8 mg/dL\nP2,13/04/2024,0.7 mmol/L\n"


def test_the_command_line_rule_still_refuses_the_whole_file() -> None:
    with pytest.raises(FileFormatError, match=r"line 3: '03/04/2024' could be read .* --day-first or --month-first"):
        read(AMBIGUOUS)


def test_the_preview_rule_rejects_only_the_rows_that_need_an_order() -> None:
    parsed = read(AMBIGUOUS, refuse_undeclared_order=False)
    assert [r.collected_on for _, r in parsed.results] == [dt.date(2024, 1, 5)]
    assert [r.line for r in parsed.rejected] == [3, 4]
    assert all("choose how dates are written" in r.reason for r in parsed.rejected)
    assert "--day-first" not in parsed.rejected[0].reason
    assert parsed.order_needed == 2
    day_first = read(AMBIGUOUS, refuse_undeclared_order=False, date_order=DateOrder.DAY_FIRST)
    assert [r.collected_on for _, r in day_first.results][1:] == [dt.date(2024, 4, 3), dt.date(2024, 4, 13)]
    assert (day_first.rejected, day_first.order_needed) == ([], 0)
    month_first = read(AMBIGUOUS, refuse_undeclared_order=False, date_order=DateOrder.MONTH_FIRST)
    assert [r.collected_on for _, r in month_first.results][1:] == [dt.date(2024, 3, 4)]
    assert [r.line for r in month_first.rejected] == [4]
    assert "not a real date when read month-first" in month_first.rejected[0].reason
