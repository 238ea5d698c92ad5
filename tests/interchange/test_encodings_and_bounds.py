"""One encoding per file, NUL bytes refused, non-regular files refused, every cell and date bounded."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from mgdesk.cli import main
from mgdesk.domain.errors import InputError
from mgdesk.domain.records import DrugClass, MedicationCourse
from mgdesk.interchange import read_records_csv
from mgdesk.interchange.text import FileFormatError
from mgdesk.services import read_file

HEADER = "patient,name,date,value,unit\n"


def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_the_first_bad_line() -> None:
    data = (HEADER + "P1,Zoë,2024-01-02,1.8,mg/dL\n").encode() + "P2,Zoë,2024-01-03,1.8,mg/dL\n".encode("cp1252")
    with pytest.raises(FileFormatError, match="mixes encodings: it is UTF-8, but line 3 is not"):
        read_records_csv(data, name="mixed.csv")


def test_a_windows_1252_file_is_read_as_one() -> None:
    data = (HEADER + "P1,Zoë,2024-01-02,1.8,mg/dL\nP2,Zoë,2024-01-03,1.9,mg/dL\n").encode("cp1252")
    parsed = read_records_csv(data, name="ansi.csv")
    assert [c for c, _ in parsed.results] == ["P1", "P2"]


def test_a_byte_windows_1252_leaves_undefined_is_refused_by_line() -> None:
    data = (HEADER + "P1,Zo,2024-01-02,1.8,mg/dL\n").encode("cp1252") + b"P2,\x81,2024-01-03,1.8,mg/dL\n"
    with pytest.raises(FileFormatError, match="line 3 cannot be read"):
        read_records_csv(data, name="odd.csv")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_unicode_files_with_a_byte_order_mark_are_read(codec: str) -> None:
    text = HEADER + "P1,Zoë,2024-01-02,1.8,mg/dL\n"
    boms = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}
    data = boms.get(codec, b"") + text.encode(codec)
    parsed = read_records_csv(data, name="unicode.csv")
    assert [(c, r.measurement.text) for c, r in parsed.results] == [("P1", "1.8")]


def test_nul_bytes_anywhere_refuse_the_file() -> None:
    rows = "".join(f"P{n},x,2024-01-02,1.8,mg/dL\n" for n in range(400))
    data = (HEADER + rows).encode() + b"P9,a\x00b,2024-01-02,1.8,mg/dL\n"
    assert len(data) > 4096
    with pytest.raises(FileFormatError, match="line 402 contains a NUL byte"):
        read_records_csv(data, name="nul.csv")
    with pytest.raises(FileFormatError, match="NUL character"):
        read_records_csv(codecs.BOM_UTF16_LE + (HEADER + "P1,a\x00,2024-01-02,1.8,mg/dL\n").encode("utf-16-le"))


def test_devices_pipes_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="not a regular file"):
        read_records_csv(Path("/dev/zero"))
    with pytest.raises(FileFormatError, match="not a regular file"):
        read_records_csv(tmp_path)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    done: list[BaseException] = []

    def read() -> None:
        try:
            read_records_csv(fifo)
        except BaseException as error:
            done.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO must not wait for a writer"
    assert isinstance(done[0], FileFormatError)


def test_an_overlong_cell_refuses_the_file_before_parsing() -> None:
    data = (HEADER + "P1,x,2024-01-02," + "1" * 5000 + ",mg/dL\n").encode()
    with pytest.raises(FileFormatError, match="line 2: a cell is longer than"):
        read_records_csv(data)


def test_huge_doses_are_rejected_by_line_not_stored() -> None:
    text = "patient,drug_class,drug,start,stop,dose\n" + "".join(
        f"P1,metformin,metformin,2020-01-0{n + 1},,{dose}\n"
        for n, dose in enumerate(("1e999999999", "1e99999999999", "1e9999999", "850", "0.0001"))
    )
    parsed = read_records_csv(text.encode())
    assert [c.daily_dose_mg for _, c in parsed.courses] == [Decimal(850)]
    assert [r.line for r in parsed.rejected] == [2, 3, 4, 6]
    with pytest.raises(InputError, match="below 1,000,000"):
        MedicationCourse(DrugClass.METFORMIN, "m", dt.date(2020, 1, 1), daily_dose_mg=Decimal("1e9"))


@pytest.mark.parametrize("day", ["9999-12-31", "2999-12-31", "0001-01-01", "1899-12-31"])
def test_implausible_collection_dates_are_rejected_by_line(day: str) -> None:
    parsed = read_records_csv((HEADER + f"P1,x,{day},1.8,mg/dL\nP1,x,2024-01-02,1.8,mg/dL\n").encode())
    assert len(parsed.results) == 1
    assert [r.line for r in parsed.rejected] == [2]
    assert "not plausible" in parsed.rejected[0].reason


def test_tomorrow_is_accepted_for_a_clock_a_little_off() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    parsed = read_records_csv((HEADER + f"P1,x,{tomorrow.isoformat()},1.8,mg/dL\n").encode())
    assert len(parsed.results) == 1


def test_every_import_path_refuses_devices_pipes_and_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.hl7"
    os.mkfifo(fifo)
    db = tmp_path / "db.sqlite3"
    for path in (Path("/dev/zero"), tmp_path, fifo):
        with pytest.raises(FileFormatError, match="not a regular file"):
            read_file(path)
        assert main(["import", str(path), "--db", str(db)]) == 2
        assert "not a regular file" in capsys.readouterr().err
    assert not db.exists()
