"""The header row of a CSV file, read for choosing columns by hand, without copying the whole file.

``header_row`` reads only the lines the header can be on; it must give what
reading the whole text gives (the reference below), blank lines, quoted
names, line breaks and unreadable headers alike.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgdesk.interchange import FileFormatError, columns
from mgdesk.interchange.cells import restore
from mgdesk.interchange.columns import header_row
from mgdesk.interchange.text import decode, separator


def whole_text_header(data: bytes, name: str) -> list[str]:
    """The reading of the whole text that ``header_row`` replaced."""
    text = decode(data, name)
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(header_line, name), strict=True)
    try:
        for cells in reader:
            if "".join(cells).strip():
                return [restore(cell).strip() for cell in cells]
    except csv.Error as error:
        raise FileFormatError(code="csv-header-unreadable", name=name, detail=str(error)) from None
    raise FileFormatError(code="file-empty", name=name)


def outcome(read: object, data: bytes) -> object:
    try:
        return read(data, "lab.csv")  # type: ignore[operator]
    except FileFormatError as error:
        return (error.code, str(error))


_pieces = st.lists(
    st.sampled_from(["patient", "date", '"a,b"', '"two\nlines"', ",", ";", "\n", "\r\n", "\r", " ", '"'])
)


@given(_pieces, st.sampled_from([1, 7, 1 << 20]))
def test_the_header_is_what_the_whole_text_gives(pieces: list[str], room: int) -> None:
    data = "".join(pieces).encode("utf-8")
    expected = outcome(whole_text_header, data)
    default, columns._HEADER_ROOM = columns._HEADER_ROOM, room  # a part of a few characters, or of the file
    try:
        assert outcome(header_row, data) == expected
    finally:
        columns._HEADER_ROOM = default


def test_a_header_after_blank_lines_is_read_from_the_first_lines_only(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'\r\n\n"Patient ID";date;value\nP1;2024-01-05;0,68\n' + b"P2;2024-01-06;0,70\n" * 50
    assert header_row(data, "lab.csv") == ["Patient ID", "date", "value"]
    monkeypatch.setattr(columns, "_HEADER_ROOM", 40)  # only the first lines are read: the same header
    assert header_row(data, "lab.csv") == ["Patient ID", "date", "value"]
