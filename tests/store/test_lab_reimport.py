"""Importing the same HL7 v2 or FHIR file again revives no result the user deleted or corrected.

As for a CSV file (``test_streamed_import``), each stored result remembers
the file's SHA-256 and its line (the HL7 segment, the FHIR entry), and a
second import of the same file leaves a deleted or corrected result as the
user left it, reporting its line.  Runs on both engines.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from mgdesk.domain.measurement import parse_measurement
from mgdesk.services import store_file
from mgdesk.store import Records

HL7 = "\r".join(
    [
        "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|M1|P|2.5.1",
        "PID|1||P-1^^^CLINIC^MR||Roe^Ann||19500101|F",
        "OBR|1|O1|F1|24331-1^Panel^LN|||20240305081500",
        "OBX|1|NM|2601-3^Mg^LN||0.62|mmol/L|||||F",  # line 4
        "OBR|2|O2|F2|24331-1^Panel^LN|||20240405081500",
        "OBX|1|NM|2601-3^Mg^LN||0.81|mmol/L|||||F",  # line 6
    ]
)


def fhir_bundle() -> str:
    def observation(value: str, day: str) -> dict[str, object]:
        return {
            "resource": {
                "resourceType": "Observation",
                "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "2601-3"}]},
                "subject": {"reference": "Patient/p1"},
                "effectiveDateTime": day,
                "valueQuantity": {"value": float(value), "unit": "mmol/L", "system": "http://unitsofmeasure.org"},
            }
        }

    patient = {
        "fullUrl": "Patient/p1",
        "resource": {"resourceType": "Patient", "id": "p1", "identifier": [{"value": "P-1"}]},
    }
    entries = [patient, observation("0.62", "2024-03-05"), observation("0.81", "2024-04-05")]
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries})


@pytest.mark.parametrize(("name", "text"), [("lab.hl7", HL7 + "\r"), ("lab.json", fhir_bundle())])
def test_a_lab_file_imported_again_revives_nothing(records: Records, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    first = store_file(records, path)
    assert first.imported == 2
    stored = {r.measurement.text: r for _, r in records.export_results()}
    made = records.provenance("mg_results", stored["0.62"].id)
    assert made.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    records.delete_result(stored["0.62"].id or 0, "wrong patient")
    records.edit_result(dataclasses.replace(stored["0.81"], measurement=parse_measurement("0.83 mmol/L")))
    again = store_file(records, path)
    assert (again.imported, len(again.previously_deleted), len(again.previously_corrected)) == (0, 1, 1)
    assert again.previously_deleted == (made.line,)
    assert [r.measurement.text for _, r in records.export_results()] == ["0.83"]
