"""Fuzzing the lab readers: mutated HL7 v2 messages and FHIR resources raise only mgdesk's own errors.

And an import that is refused leaves the database as it was.  Bounded:
a few hundred examples each, no deadline.
"""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgdesk.domain.errors import MgdeskError
from mgdesk.interchange import read_fhir, read_hl7
from mgdesk.services import import_file
from mgdesk.store import Records, open_database

HL7 = (
    "\r".join(
        [
            "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|M1|P|2.5.1",
            "PID|1||H-1^^^HOSP^PI~P-1^^^CLINIC^MR||Roe^Ann||19500101|F",
            "OBR|1|O1|F1|24331-1^Panel^LN|||20240305081500",
            "OBX|1|NM|19123-9^Mg^LN||1.62|mg/dL|1.7-2.4|L|||F",
            "OBX|2|SN|2601-3^Mg^LN|2|<^0.40|mmol/L|||||C|||20240306",
            "OBX|3|NM|2345-7^Glucose^LN||5.5|mmol/L|||||F",
        ]
    )
    + "\r"
)

FHIR: dict[str, Any] = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "fullUrl": "urn:uuid:1",
            "resource": {"resourceType": "Patient", "id": "p", "identifier": [{"value": "P-1"}], "birthDate": "1950"},
        },
        {
            "fullUrl": "urn:uuid:2",
            "resource": {
                "resourceType": "Observation",
                "id": "o",
                "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "2601-3"}]},
                "subject": {"reference": "urn:uuid:1"},
                "effectiveDateTime": "2024-03-05T08:00:00+01:00",
                "valueQuantity": {"value": 0.68, "comparator": "<", "unit": "mmol/L", "code": "mmol/L"},
                "referenceRange": [{"low": {"value": 0.7}}],
                "interpretation": [{"coding": [{"code": "L"}]}],
            },
        },
        {
            "fullUrl": "urn:uuid:3",
            "resource": {
                "resourceType": "MedicationStatement",
                "status": "active",
                "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "A10BA02"}]},
                "subject": {"reference": "urn:uuid:1"},
                "effectivePeriod": {"start": "2020-01-01"},
                "dosage": [
                    {
                        "timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}},
                        "doseAndRate": [{"doseQuantity": {"value": 500, "unit": "mg"}}],
                    }
                ],
            },
        },
    ],
}

_PIECES = st.sampled_from(
    [
        "|",
        "^",
        "~",
        "\\",
        "&",
        "\r",
        "\n",
        "\x0b",
        "\x1c",
        "MSH",
        "PID",
        "OBX",
        "OBR",
        "2601-3",
        "19123-9",
        "<",
        ">",
        "0",
        "9",
        ".",
        ",",
        "-",
        " ",
        "X",
        "é",
        "\x00",
        "FHS|^~\\&",
    ]
)


@st.composite
def mutated_text(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.one_of(_PIECES, st.text(max_size=4)))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        else:
            text = text[:at] + piece + text[at + len(piece) :]
    return text


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10**6)
    | st.text(max_size=12)
    | st.sampled_from(["2024-13-01", "<0.4", "mg/dL", "urn:uuid:1", "final", "entered-in-error", "2601-3"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


@st.composite
def mutated_resource(draw: st.DrawFn) -> Any:
    document: Any = copy.deepcopy(FHIR)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()):
            parent[path[-1]] = draw(_JSON_VALUES)
        elif isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
    return document


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(mutated_text(HL7))
def test_mutated_hl7_messages_raise_only_mgdesk_errors(text: str) -> None:
    try:
        parsed = read_hl7(text.encode("utf-8", "surrogatepass"), "fuzz.hl7")
    except MgdeskError:
        return
    assert len(parsed.results) + len(parsed.rejected) + parsed.not_magnesium + len(parsed.warnings) >= 0


@FUZZ
@given(mutated_resource())
def test_mutated_fhir_resources_raise_only_mgdesk_errors(document: Any) -> None:
    try:
        read_fhir(json.dumps(document).encode(), "fuzz.json")
    except MgdeskError:
        return


@FUZZ
@given(st.binary(max_size=200))
def test_any_bytes_raise_only_mgdesk_errors(data: bytes) -> None:
    for reader in (read_hl7, read_fhir):
        with contextlib.suppress(MgdeskError):
            reader(data, "fuzz")
        with contextlib.suppress(MgdeskError):
            reader(b"MSH|^~\\&|" + data, "fuzz")


def _snapshot(db: Path) -> tuple[object, ...]:
    with open_database(db) as opened:
        records = Records(opened)
        return (
            records.list_patients(),
            records.export_results(),
            records.export_courses(),
            len(records.audit_log()),
        )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(mutated_text(HL7).map(str.encode), mutated_resource().map(lambda d: json.dumps(d).encode())))
def test_a_refused_import_leaves_the_database_unchanged(tmp_path_factory: Any, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    db = folder / "db.sqlite3"
    seed = folder / "seed.hl7"
    seed.write_text(HL7, newline="")
    import_file(seed, db)
    before = _snapshot(db)
    path = folder / "mutated"
    path.write_bytes(data)
    try:
        report = import_file(path, db)
    except MgdeskError:
        assert _snapshot(db) == before
        return
    if report.imported == 0 and report.replaced == 0 and report.patients_created == 0:
        assert _snapshot(db) == before
