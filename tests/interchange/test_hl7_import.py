"""HL7 v2 ORU^R01 import: every rule of the reader, on hand-made magnesium messages and an ELR-style file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from mgdesk.domain.classify import classify
from mgdesk.domain.lab import flag_disagrees
from mgdesk.domain.records import ResultStatus, Sex, Specimen
from mgdesk.domain.units import MgUnit
from mgdesk.interchange import FileFormatError, PatientIdChoice, read_hl7
from mgdesk.interchange.hl7_import import parse_timestamp

DATA = Path(__file__).parent / "data"


def message(*segments: str, control: str = "M1", version: str = "2.5.1", msh: str = "MSH|^~\\&") -> str:
    header = f"{msh}|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|{control}|P|{version}"
    return "\r".join([header, *segments]) + "\r"


PID = "PID|1||H-1^^^HOSP^PI~P-7^^^CLINIC^MR||Doe^Jane^Q||19580412|F"
OBR = "OBR|1|ORD1|FIL1|24331-1^Panel^LN|||20240305081500"


def obx(
    set_id: int,
    code: str,
    value: str,
    unit: str,
    *,
    status: str = "F",
    when: str = "",
    vtype: str = "NM",
    ref: str = "",
    flag: str = "",
    sub: str = "",
) -> str:
    return f"OBX|{set_id}|{vtype}|{code}|{sub}|{value}|{unit}|{ref}|{flag}|||{status}|||{when}"


def read(text: str, **kw: object) -> object:
    return read_hl7(text.encode(), "test.hl7", **kw)  # type: ignore[arg-type]


def test_a_magnesium_result_with_everything_the_lab_wrote() -> None:
    parsed = read(
        message(
            PID,
            OBR,
            obx(
                1,
                "2601-3^Magnesium^LN",
                "0.680",
                "mmol/L^mmol/L^UCUM",
                ref="0.70-1.05",
                flag="L",
                when="20240305083000",
            ),
        )
    )
    assert parsed.rejected == []
    assert parsed.warnings == []
    [(clinic_id, result)] = parsed.results
    assert clinic_id == "P-7"  # the MR identifier, though a PI comes first
    assert result.measurement.value == Decimal("0.680")
    assert result.measurement.text == "0.680"
    assert result.measurement.unit is MgUnit.MMOL_L
    assert result.unit_as_written == "mmol/L"
    assert result.collected_on == dt.date(2024, 3, 5)
    assert result.collected_at == dt.time(8, 30)
    assert (result.reference_range, result.lab_flag, result.status) == ("0.70-1.05", "L", ResultStatus.FINAL)
    assert result.lab == "NORTH LAB"
    assert result.specimen is Specimen.SERUM
    assert result.lab_ref == "HL7:FIL1|2601-3|"
    patient = parsed.patients["P-7"]
    assert (patient.name, patient.birth_year, patient.sex) == ("Jane Doe", 1958, Sex.FEMALE)


def test_obr7_is_the_time_when_obx14_is_empty_and_sn_and_string_qualifiers_are_kept() -> None:
    parsed = read(
        message(
            PID,
            OBR,
            obx(1, "19123-9^Mg^LN", "<^0.5", "mg/dL", vtype="SN"),
            obx(2, "19123-9^Mg^LN", ">4.0", "mg/dl", vtype="ST", sub="2"),
        )
    )
    first, second = (r for _, r in parsed.results)
    assert first.collected_at == dt.time(8, 15)
    assert first.measurement.text == "<0.5"
    assert second.measurement.text == ">4.0"
    assert second.unit_as_written == "mg/dl"


def test_urine_and_red_cell_are_stored_with_their_specimen_and_other_tests_are_counted() -> None:
    parsed = read(
        message(
            PID,
            OBR,
            obx(1, "2598-1^Mg urine^LN", "3.1", "mmol/L"),
            obx(2, "2597-3^Mg RBC^LN", "2.1", "mmol/L"),
            obx(3, "2345-7^Glucose^LN", "5.5", "mmol/L"),
            obx(4, "2951-2^Sodium^LN", "140", "mmol/L"),
        )
    )
    assert [r.specimen for _, r in parsed.results] == [Specimen.URINE, Specimen.RED_CELL]
    assert not any(r.on_serum_trend for _, r in parsed.results)
    assert parsed.not_magnesium == 2
    assert parsed.rejected == []


def test_a_local_code_is_magnesium_only_once_mapped() -> None:
    text = message(PID, OBR, obx(1, "MG^Magnesium^L", "1.9", "mg/dL"))
    assert read(text).not_magnesium == 1
    mapped = read(text, local_codes={"MG^L": Specimen.SERUM})
    assert len(mapped.results) == 1
    assert mapped.not_magnesium == 0


def test_statuses_final_corrected_preliminary_cancelled() -> None:
    parsed = read(
        message(
            PID,
            OBR,
            obx(1, "2601-3^Mg^LN", "0.71", "mmol/L", status="C"),
            obx(2, "2601-3^Mg^LN", "0.72", "mmol/L", status="P", sub="2"),
            obx(3, "2601-3^Mg^LN", "0.73", "mmol/L", status="X", sub="3"),
            obx(4, "2601-3^Mg^LN", "0.74", "mmol/L", status="Q", sub="4"),
        )
    )
    assert [r.status for _, r in parsed.results] == [ResultStatus.CORRECTED, ResultStatus.PRELIMINARY]
    assert [w.reason for w in parsed.warnings] == ["message 1, OBX segment: result status X: cancelled, not stored"]
    assert len(parsed.rejected) == 1
    assert "OBX-11" in parsed.rejected[0].reason
    assert parsed.rejected[0].line == 7


def test_a_code_that_disagrees_with_its_unit_warns_and_the_unit_wins() -> None:
    parsed = read(message(PID, OBR, obx(1, "2601-3^Mg^LN", "1.8", "mg/dL")))
    [(_, result)] = parsed.results
    assert result.measurement.unit is MgUnit.MG_DL
    assert result.measurement.value == Decimal("1.8")
    assert "2601-3" in parsed.warnings[0].reason
    assert "own unit" in parsed.warnings[0].reason


def test_the_patient_identifier_kind_can_be_chosen() -> None:
    text = message(PID, OBR, obx(1, "2601-3^Mg^LN", "0.8", "mmol/L"))
    by_type = read(text, patient_id=PatientIdChoice.parse("PI"))
    by_authority = read(text, patient_id=PatientIdChoice.parse("@HOSP"))
    assert by_type.results[0][0] == "H-1"
    assert by_authority.results[0][0] == "H-1"
    missing = read(text, patient_id=PatientIdChoice.parse("SS"))
    assert missing.results == []
    assert "'SS'" in missing.rejected[0].reason
    first = read(message("PID|1||A-1^^^X^PI~B-2^^^Y^PN||Roe^Ann", OBR, obx(1, "2601-3^Mg^LN", "0.8", "mmol/L")))
    assert first.results[0][0] == "A-1"  # no MR: the first


def test_framing_batches_blank_lines_and_line_ends_are_all_read() -> None:
    one = message(PID, OBR, obx(1, "2601-3^Mg^LN", "0.81", "mmol/L"), control="A")
    two = message("PID|1||P-8^^^C^MR", OBR, obx(1, "2601-3^Mg^LN", "0.82", "mmol/L"), control="B")
    variants = [
        "\x0b" + one + "\x1c\r" + "\x0b" + two + "\x1c\r",  # MLLP framing
        "FHS|^~\\&\nBHS|^~\\&\n" + one.replace("\r", "\n") + "\n\n" + two.replace("\r", "\n") + "BTS|2\nFTS|1\n",
        one.replace("\r", "\r\n") + "\r\n" + two.replace("\r", "\r\n"),
    ]
    for text in variants:
        parsed = read(text)
        assert [(c, r.measurement.text) for c, r in parsed.results] == [("P-7", "0.81"), ("P-8", "0.82")], text
        assert parsed.rejected == []


def test_the_messages_own_delimiters_and_escapes_are_used() -> None:
    text = (
        message(
            "PID#1##P-9$$$CL$MR*P-10$$$X$PI##O'Brien\\T\\Co$Ann",
            "OBR#1#O#F",
            "OBX#1#NM#2601-3$Mg$LN##0.91#mmol/L#0.70\\S\\1.05#N###F###20240101",
            msh="MSH#$*\\@",
        )
        .replace("|", "#")
        .replace("ORU^R01", "ORU$R01")
    )
    parsed = read(text)
    assert parsed.rejected == []
    [(clinic_id, result)] = parsed.results
    assert clinic_id == "P-9"
    assert parsed.patients["P-9"].name == "Ann O'Brien@Co"
    assert result.reference_range == "0.70$1.05"  # \S\ is the message's component separator


def test_bad_parts_are_rejected_by_message_and_segment_and_the_rest_is_read() -> None:
    good = message(PID, OBR, obx(1, "2601-3^Mg^LN", "0.9", "mmol/L"), control="G")
    text = "\r".join(
        [
            "PID|stray",  # line 1: before any MSH
            good.rstrip("\r"),
            message("PID|1||", OBR, obx(1, "2601-3^Mg^LN", "0.9", "mmol/L"), control="NOID").rstrip("\r"),
            message(
                PID,
                OBR,
                obx(1, "2601-3^Mg^LN", "abc", "mmol/L"),
                obx(2, "2601-3^Mg^LN", "0.95", "furlongs"),
                obx(3, "2601-3^Mg^LN", "0.96", "mmol/L", sub="3"),
                control="MIX",
            ).rstrip("\r"),
            message(PID, control="ADT").replace("ORU^R01", "ADT^A01").rstrip("\r"),
        ]
    )
    parsed = read(text)
    assert [r.measurement.text for _, r in parsed.results] == ["0.9", "0.96"]
    reasons = {r.line: r.reason for r in parsed.rejected}
    assert reasons[1].startswith("segment 'PID' comes before any MSH")
    assert reasons[7] == "message 2, PID segment: PID-3 holds no patient identifier"
    assert reasons[13].startswith("message 3, OBX segment:")
    assert "not a value" in reasons[13]
    assert reasons[14].startswith("message 3, OBX segment: Unknown unit 'furlongs'")
    assert reasons[16] == "message 4, MSH segment: message type ADT^A01 is not a lab result (ORU^R01)"
    assert len(reasons) == 5


def test_obr7_missing_in_the_message_and_no_obx14_is_rejected() -> None:
    parsed = read(message(PID, "OBR|1|O|F", obx(1, "2601-3^Mg^LN", "0.9", "mmol/L")))
    assert parsed.results == []
    assert "no collection time" in parsed.rejected[0].reason


def test_a_file_with_no_message_is_refused() -> None:
    with pytest.raises(FileFormatError, match="no HL7 v2 message"):
        read("\r\n\r\n")


@pytest.mark.parametrize("version", ["2.3", "2.3.1", "2.4", "2.5", "2.5.1"])
def test_versions_23_to_251(version: str) -> None:
    parsed = read(message(PID, OBR, obx(1, "2601-3^Mg^LN", "0.9", "mmol/L"), version=version))
    assert len(parsed.results) == 1


def test_the_elr_style_v251_file() -> None:
    parsed = read_hl7((DATA / "elr_oru_r01_v251.hl7").read_bytes(), "elr.hl7")
    assert parsed.rejected == []
    assert parsed.not_magnesium == 3
    [(clinic_id, result)] = parsed.results
    assert clinic_id == "MRN-4711"
    assert result.measurement.text == "1.62"
    assert result.unit_as_written == "mg/dL"
    assert result.collected_on == dt.date(2024, 3, 10)
    assert result.collected_at == dt.time(7, 45)
    assert (result.reference_range, result.lab_flag) == ("1.7-2.4", "L")
    assert parsed.patients["MRN-4711"].name == "Maria Testpatient"


def test_timestamps() -> None:
    assert parse_timestamp("20240305") == (dt.date(2024, 3, 5), None)
    assert parse_timestamp("202403050815-0500") == (dt.date(2024, 3, 5), dt.time(8, 15))
    assert parse_timestamp("20240305081530.123") == (dt.date(2024, 3, 5), dt.time(8, 15, 30))
    for bad in ("2024", "20241305", "2024-03-05", "202403052561"):
        with pytest.raises(ValueError, match=r"HL7 date|real date"):
            parse_timestamp(bad)


def test_a_lab_flag_that_disagrees_with_mgdesks_class_is_told() -> None:
    parsed = read(
        message(
            PID,
            OBR,
            obx(1, "2601-3^Mg^LN", "0.75", "mmol/L", flag="L"),
            obx(2, "2601-3^Mg^LN", "0.65", "mmol/L", flag="L", sub="2"),
            obx(3, "19123-9^Mg^LN", "1.7", "mg/dL", flag="N", sub="3"),
        )
    )
    flags = [flag_disagrees(r.lab_flag, classify(r.measurement)) for _, r in parsed.results]
    # 0.75 is normal for mgdesk; 0.65 is low for both; 1.7 mg/dL straddles 0.70, so N is one of its sides.
    assert flags == [True, False, False]


def test_a_repeating_pid3_reports_the_identifier_kinds_it_offers() -> None:
    parsed = read(message(PID, OBR, obx(1, "2601-3^Magnesium^LN", "0.80", "mmol/L")))
    assert parsed.patient_id_kinds == {"PI@HOSP": 1, "MR@CLINIC": 1}  # type: ignore[attr-defined]
    single = read(message("PID|1||P-7^^^CLINIC^MR||Doe^Jane", OBR, obx(1, "2601-3^Magnesium^LN", "0.80", "mmol/L")))
    assert single.patient_id_kinds == {}  # type: ignore[attr-defined]


def test_a_local_code_named_magnesium_is_offered_not_read() -> None:
    parsed = read(
        message(
            PID,
            OBR,
            obx(1, "MG^Magnesium^L", "1.8", "mg/dL"),
            obx(2, "XMG1^Serum Mg^LOCAL", "0.8", "mmol/L"),
            obx(3, "2532-0^Magnesium^LN", "180", "U/L"),  # LDH miscoded: a LOINC code is never offered
            obx(4, "NA^Sodium^L", "140", "mmol/L"),
        )
    )
    assert parsed.results == []  # type: ignore[attr-defined]
    assert parsed.not_magnesium == 4  # type: ignore[attr-defined]
    assert parsed.unknown_codes == {"MG^L": 1, "XMG1^LOCAL": 1}  # type: ignore[attr-defined]
    mapped = read(
        message(PID, OBR, obx(1, "MG^Magnesium^L", "1.8", "mg/dL")),
        local_codes={"MG^L": Specimen.SERUM},
    )
    assert len(mapped.results) == 1  # type: ignore[attr-defined]
    assert mapped.unknown_codes == {}  # type: ignore[attr-defined]


def test_the_readers_caches_are_bounded_and_starting_afresh_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from mgdesk.interchange import hl7_import

    messages = "".join(
        message(
            f"PID|1||P-{n}^^^CLINIC^MR||Doe^Jane||1958041{n % 10}|F",
            f"OBR|1|ORD{n}|FIL{n}|24331-1^Panel^LN|||2024030{1 + n % 9}081500",
            obx(1, "2601-3^Magnesium^LN", f"0.{60 + n}", "mmol/L^mmol/L^UCUM", when=f"2024030{1 + n % 9}0{n % 10}15"),
            control=f"M{n}",
        )
        for n in range(30)
    )
    whole = read(messages)
    monkeypatch.setattr(hl7_import, "CACHE_LIMIT", 3)
    bounded = read(messages)
    assert len(whole.results) == 30  # type: ignore[attr-defined]
    assert bounded.results == whole.results  # type: ignore[attr-defined]
    assert bounded.patients == whole.patients  # type: ignore[attr-defined]
