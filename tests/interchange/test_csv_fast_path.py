"""The chunked, cached reader of results files agrees with a plain row-by-row reference."""

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from mgdesk.domain.records import MagnesiumResult, parse_specimen
from mgdesk.interchange import dates
from mgdesk.interchange.columns import map_columns
from mgdesk.interchange.csv_import import ParsedFile, _parse_value, _read_row, _ResultRows, _RowReader
from mgdesk.interchange.dates import DateOrder


class _Reference(_RowReader):
    """One row at a time with no cache: the reference the program's chunked reader must equal."""

    def read(self, line: int, cells: Sequence[str]) -> None:
        clinic_id = self.patient(cells)
        day, at = dates.parse_date_time(self.cell(cells, "date"), self.parsed.date_order)
        time_cell = self.cell(cells, "time")
        if time_cell:
            at = dates.parse_time(time_cell)
        measurement, unit_as_written = _parse_value(self.cell(cells, "value"), self.cell(cells, "unit"))
        result = MagnesiumResult(
            collected_on=day,
            measurement=measurement,
            unit_as_written=unit_as_written,
            specimen=parse_specimen(self.cell(cells, "specimen")),
            collected_at=at,
            source=self.cell(cells, "source") or f"CSV {self.parsed.name}",
            lab=self.cell(cells, "lab") or None,
            comment=self.cell(cells, "comment"),
        )
        self.parsed.results.append((clinic_id, result))
        self.parsed.lines.append(line)


HEADERS = ["patient", "date", "time", "value", "unit", "specimen", "source", "lab", "comment"]

# Good and bad cells of every column, so rows fail at every check and in every order.
CELLS = {
    "patient": ["P1", " P2 ", "", "  ", "'=P3", "P1"],
    "date": ["2024-01-05", " 2024-01-05 ", "2024-02-30", "25/04/2024", "03.04.2024 08:15", "", "x", "2024-1-5T09:30"],
    "time": ["", "08:15", "25:00", "8:5", "07:30:15", " 10:00 "],
    "value": ["0.70", "1,8", "<0.2", "> 2.5", "-1", "0", "1.2.3", "nan", "", "1.8 mg/dl", "99", "'-1", "1.80 mmol/L"],
    "unit": ["mmol/L", "mg/dl", "", "furlongs", "mEq/L", " umol/L ", "mM"],
    "specimen": ["", "serum", "Plasma", "RBC", "saliva", " urine "],
    "source": ["", "lab feed"],
    "lab": ["", "Lab A"],
    "comment": ["", "fasting", "'=cmd", "hé"],
}
row_cells = st.tuples(*(st.sampled_from(CELLS[h]) for h in HEADERS)).map(list)
# Short rows, long rows with blank or non-blank extra cells, and header orders that drop columns.
rows = st.lists(
    st.tuples(row_cells, st.integers(min_value=-3, max_value=2), st.sampled_from(["", " ", "x"])),
    max_size=30,
)
layouts = st.sampled_from([HEADERS, ["value", "patient", "date"], ["MRN", "Result", "Units", "Collected", "Comment"]])
orders = st.sampled_from(list(DateOrder))


def _body(layout: list[str], generated: list[tuple[list[str], int, str]]) -> list[tuple[int, list[str]]]:
    synonyms = {"mrn": "patient", "result": "value", "units": "unit", "collected": "date"}
    names = [synonyms.get(h.lower(), h.lower()) for h in layout]
    body = []
    for line, (cells, change, extra) in enumerate(generated, start=2):
        picked = [cells[HEADERS.index(n)] for n in names]
        if change < 0:
            picked = picked[: max(1, len(picked) + change)]
        else:
            picked += [extra] * change
        body.append((line, picked))
    return body


def _parsed(layout: list[str], order: DateOrder) -> ParsedFile:
    mapping = map_columns(layout, "lab.csv")
    return ParsedFile("lab.csv", mapping.kind, mapping, ",", order)


@settings(max_examples=300)
@given(layouts, rows, orders)
def test_chunked_reader_equals_row_by_row(
    layout: list[str], generated: list[tuple[list[str], int, str]], order: DateOrder
) -> None:
    body = _body(layout, generated)
    fast, plain = _parsed(layout, order), _parsed(layout, order)
    _ResultRows(fast).read_chunk([(line, list(cells)) for line, cells in body], len(layout))
    reader = _Reference(plain)
    for line, cells in body:
        _read_row(plain, reader, line, list(cells), len(layout))
    assert fast.all_results() == plain.results
    assert fast.lines == plain.lines
    assert fast.rejected == plain.rejected


def test_repeated_bad_cells_are_reported_on_every_line() -> None:
    parsed = _parsed(HEADERS, DateOrder.ISO_ONLY)
    row = ["P1", "2024-02-30", "", "0.7", "mmol/L", "", "", "", ""]
    _ResultRows(parsed).read_chunk([(2, list(row)), (3, list(row)), (4, ["P1", "2024-01-05", *row[2:]])], len(HEADERS))
    assert [r.line for r in parsed.rejected] == [2, 3]
    assert parsed.rejected[0].reason == parsed.rejected[1].reason
    assert parsed.lines == [4]
    assert [r.collected_on.day for _, r in parsed.all_results()] == [5]
