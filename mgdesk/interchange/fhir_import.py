"""Reading FHIR R4 JSON (a Bundle, a single resource, or NDJSON bulk data) into domain records.

Every resource is validated with the ``fhir.resources`` models (R4B, whose
Patient, Observation, MedicationStatement and MedicationRequest are those of
R4); an invalid one is rejected with its place in the file, the element path
and the reason, and the others are read.  Numbers are read as written
(``Decimal``), so a value keeps its decimals.  Patients give the clinic
identifier (the first identifier of type MR, else the first, else the
resource id), name, birth year and sex; Observations with a magnesium LOINC
code give results (valueQuantity with its comparator or a valueString such as
"<0.4", effectiveDateTime or effectivePeriod.start, specimen, status,
interpretation and referenceRange); MedicationStatement and MedicationRequest
for a tracked drug class give courses with their daily dose when it can be
computed.  Other resources are counted and skipped.  A Bundle written by
mgdesk's own FHIR export (tagged so) is read back to the same records: the
lab's own flag and range travel in mgdesk extensions there, since its
interpretation and referenceRange are mgdesk's.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from mgdesk.domain.errors import InputError, MgdeskError
from mgdesk.domain.lab import (
    FHIR_STATUS,
    LOINC_SYSTEM,
    RXNORM_PRODUCT_STRENGTH_MG,
    RXNORM_SYSTEM,
    code_disagrees_with_unit,
    drug_class_from_codes,
    magnesium_code,
)
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import (
    MagnesiumResult,
    MedicationCourse,
    Patient,
    Sex,
    Specimen,
    parse_drug_class,
    parse_specimen,
)
from mgdesk.domain.units import parse_unit
from mgdesk.interchange.columns import ColumnMapping, FileKind
from mgdesk.interchange.csv_import import ParsedFile, Rejection
from mgdesk.interchange.dates import DateOrder
from mgdesk.interchange.text import FileFormatError

# Identifiers and extensions mgdesk writes into its own export (see fhir_export).
MGDESK = "urn:mgdesk:fhir"
CLINIC_ID_SYSTEM = f"{MGDESK}:clinic-id"
RESULT_ID_SYSTEM = f"{MGDESK}:result"
LAB_REF_SYSTEM = f"{MGDESK}:lab-ref"
COURSE_ID_SYSTEM = f"{MGDESK}:course"
EXPORT_TAG = {"system": MGDESK, "code": "export"}
EXT_SOURCE = f"{MGDESK}:source"
EXT_LAB_FLAG = f"{MGDESK}:lab-flag"
EXT_LAB_RANGE = f"{MGDESK}:lab-reference-range"
EXT_DRUG_CLASS = f"{MGDESK}:drug-class"
EXT_UNIT_AS_WRITTEN = f"{MGDESK}:unit-as-written"
EXT_PATIENT_NOTES = f"{MGDESK}:notes"
NOTE_AUTHOR = "mgdesk"  # a note mgdesk wrote about its own conclusion (borderline), not the lab's comment

FHIR_MAPPING = ColumnMapping(
    FileKind.RESULTS,
    {"patient": 0, "date": 1, "value": 2, "unit": 3, "specimen": 4},
    (
        "Patient.identifier / Observation.subject",
        "Observation.effective[x]",
        "Observation.value[x]",
        "valueQuantity.code",
        "Observation.code / specimen",
    ),
)
_GENDERS = {"female": Sex.FEMALE, "male": Sex.MALE, "other": Sex.OTHER}
_PERIODS_PER_DAY = {"d": Decimal(1), "h": Decimal(24), "wk": Decimal(1) / 7, "mo": Decimal(12) / Decimal("365.25")}
_READ = frozenset({"Patient", "Observation", "MedicationStatement", "MedicationRequest", "Specimen"})


@dataclass(frozen=True, slots=True)
class _Item:
    """One resource with where it is in the file (a line for NDJSON, an entry for a Bundle)."""

    line: int
    where: str
    resource: dict[str, Any]
    full_url: str


def looks_like_fhir(data: bytes) -> bool:
    """Whether a file starts like JSON (a FHIR resource or NDJSON)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def read_fhir(data: bytes, name: str) -> ParsedFile:
    """Read a FHIR JSON or NDJSON file; raises ``FileFormatError`` when it is not JSON at all."""
    parsed = ParsedFile(name, FileKind.RESULTS, FHIR_MAPPING, "", DateOrder.ISO_ONLY, format="fhir")
    items = [_Item(i.line, i.where, _without_nulls(i.resource), i.full_url) for i in _items(data, name, parsed)]
    _Reader(parsed, items).read()
    return parsed


def _json(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def _items(data: bytes, name: str, parsed: ParsedFile) -> Iterator[_Item]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileFormatError(f"{name} is not UTF-8 text, which FHIR JSON must be.") from None
    try:
        document = _json(text)
    except (json.JSONDecodeError, RecursionError) as whole_error:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        if len(lines) < 2:
            raise FileFormatError(f"{name} is not JSON: {whole_error}.") from None
        yield from _ndjson(lines, parsed)
        return
    if not isinstance(document, dict):
        raise FileFormatError(f"{name} is JSON but not a FHIR resource (an object with resourceType).")
    if document.get("resourceType") == "Bundle":
        from fhir.resources.R4B.bundle import Bundle

        entries = document.get("entry", [])
        if document.get("type") not in ("collection", "transaction", "batch", "searchset", "transaction-response"):
            raise FileFormatError(f"{name}: a Bundle of type {document.get('type')!r} is not read.")
        shell = {k: v for k, v in document.items() if k != "entry"}
        try:
            Bundle.model_validate(shell)
        except ValueError as error:
            raise FileFormatError(f"{name}: the Bundle is not valid FHIR: {_first_error(error)}.") from None
        if not isinstance(entries, list):
            raise FileFormatError(f"{name}: Bundle.entry is not a list.")
        for number, entry in enumerate(entries, 1):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            where = f"entry {number}"
            if not isinstance(resource, dict):
                parsed.rejected.append(Rejection(number, f"{where}: no resource"))
                continue
            full_url = entry.get("fullUrl", "")
            yield _Item(number, where, resource, full_url if isinstance(full_url, str) else "")
        return
    yield _Item(1, "the resource", document, "")


def _ndjson(lines: list[tuple[int, str]], parsed: ParsedFile) -> Iterator[_Item]:
    for number, line in lines:
        try:
            resource = _json(line)
        except (json.JSONDecodeError, RecursionError) as error:
            reason = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
            parsed.rejected.append(Rejection(number, f"line {number}: not JSON ({reason})"))
            continue
        if not isinstance(resource, dict):
            parsed.rejected.append(Rejection(number, f"line {number}: not a FHIR resource"))
            continue
        yield _Item(number, f"line {number}", resource, "")


_SHAPE_ERRORS = (TypeError, AttributeError, KeyError, IndexError, ValueError, ArithmeticError)


def _without_nulls(node: Any) -> Any:
    """The JSON without null values (FHIR forbids them; the models would let some through)."""
    if isinstance(node, dict):
        return {k: _without_nulls(v) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [_without_nulls(v) for v in node if v is not None]
    return node


def _first_error(error: Exception) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            path = ".".join(str(part) for part in first.get("loc", ()))
            return f"{path}: {first.get('msg', '')}" if path else str(first.get("msg", ""))
        except (IndexError, TypeError, ValueError):
            pass
    return str(error).splitlines()[0]


def _validate(resource: dict[str, Any]) -> None:
    """Validate with the R4B model of the resource's type; raise InputError with path and reason."""
    from fhir.resources.R4B import get_fhir_model_class

    model = get_fhir_model_class(str(resource["resourceType"]))
    try:
        model.model_validate(resource)
    except (ValueError, TypeError, RecursionError) as error:
        raise InputError(f"{resource['resourceType']}.{_first_error(error)}") from None


def _codings(concept: Any) -> list[tuple[str, str]]:
    if not isinstance(concept, dict):
        return []
    return [
        (str(c.get("system", "")), str(c.get("code", "")))
        for c in concept.get("coding", [])
        if isinstance(c, dict) and c.get("code")
    ]


def _extension(resource: Mapping[str, Any], url: str) -> str | None:
    for extension in resource.get("extension", []) or []:
        if isinstance(extension, dict) and extension.get("url") == url and "valueString" in extension:
            return str(extension["valueString"])
    return None


def _is_mgdesk_export(resource: Mapping[str, Any]) -> bool:
    tags = (resource.get("meta") or {}).get("tag", [])
    return any(isinstance(t, dict) and t.get("system") == MGDESK and t.get("code") == "export" for t in tags)


def _moment(text: str) -> tuple[dt.date, dt.time | None]:
    """A FHIR date or dateTime as the local wall-clock date and time (an offset is applied)."""
    if len(text) <= 10:
        if len(text) < 10:
            raise InputError(f"the date {text!r} has no day")
        return dt.date.fromisoformat(text), None
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.date(), moment.time()


class _Reader:
    def __init__(self, parsed: ParsedFile, items: list[_Item]) -> None:
        self.parsed = parsed
        self.items = items
        self.patients: dict[str, str] = {}  # reference ("Patient/x", fullUrl) -> clinic id
        self.specimens: dict[str, Specimen] = {}  # reference -> specimen

    def reject(self, item: _Item, reason: str | MgdeskError) -> None:
        if isinstance(reason, MgdeskError):
            self.parsed.rejected.append(Rejection.of_error(item.line, reason, item.where))
        else:
            self.parsed.rejected.append(Rejection(item.line, f"{item.where}: {reason}"))

    def warn(self, item: _Item, reason: str) -> None:
        self.parsed.warnings.append(Rejection(item.line, f"{item.where}: {reason}"))

    def read(self) -> None:
        valid = [item for item in self.items if self._valid(item)]
        # Patients and specimens first: observations and medications refer to them.
        self._each(valid, {"Patient": self._patient, "Specimen": self._specimen_resource})
        self._each(
            valid,
            {
                "Observation": self._observation,
                "MedicationStatement": self._medication,
                "MedicationRequest": self._medication,
            },
        )

    def _valid(self, item: _Item) -> bool:
        kind = item.resource.get("resourceType")
        if not isinstance(kind, str):
            self.reject(item, "no resourceType")
            return False
        if kind not in _READ:
            self.parsed.not_magnesium += 1
            return False
        try:
            _validate(item.resource)
        except MgdeskError as error:
            self.reject(item, f"invalid FHIR: {error}")
            return False
        return True

    def _each(self, items: list[_Item], readers: Mapping[str, Callable[[_Item], None]]) -> None:
        for item in items:
            reader = readers.get(item.resource["resourceType"])
            if reader is None:
                continue
            try:
                reader(item)
            except MgdeskError as error:
                self.reject(item, error)
            except _SHAPE_ERRORS as error:
                # Validation passed, but an element the reader relies on is not what FHIR
                # says it must be (the models accept some such): refused, never guessed.
                self.reject(item, f"an element has an unexpected shape ({type(error).__name__}: {error})")

    def _references(self, item: _Item) -> list[str]:
        resource = item.resource
        refs = [f"{resource['resourceType']}/{resource.get('id', '')}"] if resource.get("id") else []
        return [*refs, item.full_url] if item.full_url else refs

    def _patient(self, item: _Item) -> None:
        resource = item.resource
        identifiers = [i for i in resource.get("identifier", []) if isinstance(i, dict) and i.get("value")]

        def is_mr(identifier: dict[str, Any]) -> bool:
            return any(code == "MR" for _, code in _codings(identifier.get("type")))

        chosen = next((i for i in identifiers if i.get("system") == CLINIC_ID_SYSTEM), None)
        chosen = chosen or next((i for i in identifiers if is_mr(i)), None) or (identifiers[0] if identifiers else None)
        clinic_id = str(chosen["value"]) if chosen else str(resource.get("id", ""))
        if not clinic_id.strip():
            raise InputError("the Patient has neither an identifier nor an id")
        names = [n for n in resource.get("name", []) if isinstance(n, dict)]
        name = None
        if names:
            first = names[0]
            name = first.get("text") or " ".join([*first.get("given", []), first.get("family", "")]).strip() or None
        birth = str(resource.get("birthDate", ""))
        birth_year = int(birth[:4]) if birth[:4].isdigit() else None
        patient = Patient(
            clinic_id.strip(),
            name=name,
            birth_year=birth_year,
            sex=_GENDERS.get(str(resource.get("gender", ""))),
            notes=_extension(resource, EXT_PATIENT_NOTES) or "",
        )
        self.parsed.patients.setdefault(patient.clinic_id, patient)
        for reference in self._references(item):
            self.patients[reference] = patient.clinic_id

    def _specimen_resource(self, item: _Item) -> None:
        concept = item.resource.get("type") or {}
        text = str(concept.get("text") or next((str(c.get("display", "")) for c in concept.get("coding", [])), ""))
        try:
            specimen = parse_specimen(text)
        except InputError:
            return
        for reference in self._references(item):
            self.specimens[reference] = specimen

    def _subject(self, item: _Item, key: str = "subject") -> str:
        subject = item.resource.get(key) or {}
        reference = str(subject.get("reference", ""))
        if reference in self.patients:
            return self.patients[reference]
        identifier = subject.get("identifier") or {}
        if identifier.get("value"):
            return str(identifier["value"]).strip()
        if reference:
            raise InputError(f"the subject {reference!r} is not a Patient in this file")
        raise InputError("no subject: the result cannot be given to a patient")

    def _observation(self, item: _Item) -> None:
        resource = item.resource
        codes = [code for system, code in _codings(resource.get("code")) if system in (LOINC_SYSTEM, "")]
        magnesium = next((found for code in codes if (found := magnesium_code(code)) is not None), None)
        if magnesium is None:
            self.parsed.not_magnesium += 1
            return
        status_text = str(resource.get("status", ""))
        if status_text not in FHIR_STATUS:
            raise InputError(f"Observation.status {status_text!r} is not final, amended, corrected or preliminary")
        status = FHIR_STATUS[status_text]
        if status is None:
            self.warn(item, f"status {status_text}: not stored")
            return
        clinic_id = self._subject(item)
        measurement, unit_text = self._value(resource)
        if code_disagrees_with_unit(magnesium, measurement.unit):
            self.warn(item, f"LOINC {magnesium.code} does not match the unit {unit_text!r}; read in its own unit")
        when = resource.get("effectiveDateTime") or (resource.get("effectivePeriod") or {}).get("start")
        if not when:
            raise InputError("no effectiveDateTime or effectivePeriod.start: when was it collected?")
        try:
            day, at = _moment(str(when))
        except ValueError:
            raise InputError(f"the collection time {when!r} is not a date and time") from None
        ours = _is_mgdesk_export(resource)
        result = MagnesiumResult(
            collected_on=day,
            measurement=measurement,
            unit_as_written=_extension(resource, EXT_UNIT_AS_WRITTEN) or unit_text,
            specimen=self._specimen(resource, magnesium.specimen),
            collected_at=at,
            source=_extension(resource, EXT_SOURCE) or f"FHIR {self.parsed.name}",
            lab=(resource.get("performer") or [{}])[0].get("display") if resource.get("performer") else None,
            comment="\n".join(
                str(n.get("text", ""))
                for n in resource.get("note", [])
                if isinstance(n, dict) and not (ours and n.get("authorString") == NOTE_AUTHOR)
            ),
            status=status,
            reference_range=_extension(resource, EXT_LAB_RANGE) if ours else _range_text(resource),
            lab_flag=_extension(resource, EXT_LAB_FLAG) if ours else _flag(resource),
            lab_ref=self._lab_ref(resource),
        )
        self.parsed.results.append((clinic_id, result))
        self.parsed.lines.append(item.line)

    def _specimen(self, resource: Mapping[str, Any], by_code: Specimen) -> Specimen:
        reference = resource.get("specimen") or {}
        if reference.get("reference") in self.specimens:
            return self.specimens[reference["reference"]]
        display = str(reference.get("display", ""))
        if display:
            try:
                return parse_specimen(display)
            except InputError:
                pass
        return by_code

    @staticmethod
    def _lab_ref(resource: Mapping[str, Any]) -> str | None:
        identifiers = [i for i in resource.get("identifier", []) if isinstance(i, dict) and i.get("value")]
        lab = next((i for i in identifiers if i.get("system") == LAB_REF_SYSTEM), None)
        if lab is not None:
            return str(lab["value"])[:300]
        if identifiers and identifiers[0].get("system") != RESULT_ID_SYSTEM:
            return f"{identifiers[0].get('system', '')}|{identifiers[0]['value']}"[:300]
        if resource.get("id") and not _is_mgdesk_export(resource):
            return f"Observation/{resource['id']}"[:300]
        return None

    @staticmethod
    def _value(resource: Mapping[str, Any]) -> tuple[Any, str]:
        quantity = resource.get("valueQuantity")
        if isinstance(quantity, dict):
            value = quantity.get("value")
            if not isinstance(value, Decimal | int):
                raise InputError("valueQuantity has no value")
            unit_text = str(quantity.get("code") or quantity.get("unit") or "")
            if not unit_text:
                raise InputError("valueQuantity has no unit")
            unit = parse_unit(unit_text)
            comparator = str(quantity.get("comparator", ""))
            text = f"{comparator[:1]}{Decimal(value):f}"
            measurement = parse_measurement(text, unit)
            return measurement, str(quantity.get("unit") or unit_text)
        written = resource.get("valueString")
        if isinstance(written, str):
            measurement = parse_measurement(written.replace("<=", "<").replace(">=", ">"))
            return measurement, measurement.unit.value
        if "dataAbsentReason" in resource:
            raise InputError("no value (dataAbsentReason)")
        raise InputError("no valueQuantity or valueString")

    def _medication(self, item: _Item) -> None:
        resource = item.resource
        if resource.get("status") in ("entered-in-error", "cancelled", "not-taken", "draft"):
            self.warn(item, f"status {resource.get('status')}: not stored")
            return
        concept = resource.get("medicationCodeableConcept") or {}
        codings = _codings(concept)
        text = str(concept.get("text") or next((str(c.get("display", "")) for c in concept.get("coding", [])), ""))
        written_class = _extension(resource, EXT_DRUG_CLASS)
        drug_class = parse_drug_class(written_class) if written_class else drug_class_from_codes(codings, text)
        if drug_class is None:
            try:
                drug_class = parse_drug_class(text)
            except InputError:
                self.parsed.not_magnesium += 1
                return
        clinic_id = self._subject(item)
        start, stop = self._period(resource)
        course = MedicationCourse(
            drug_class=drug_class,
            drug=text or drug_class.value,
            start=start,
            stop=stop,
            daily_dose_mg=self._daily_dose(resource, codings),
        )
        self.parsed.courses.append((clinic_id, course))
        self.parsed.lines.append(item.line)

    @staticmethod
    def _period(resource: Mapping[str, Any]) -> tuple[dt.date, dt.date | None]:
        period = resource.get("effectivePeriod") or (resource.get("dispenseRequest") or {}).get("validityPeriod") or {}
        start_text = period.get("start") or resource.get("effectiveDateTime") or resource.get("authoredOn")
        if not start_text:
            raise InputError("no start date (effectivePeriod.start, effectiveDateTime or authoredOn)")
        try:
            start = _moment(str(start_text))[0]
            stop = _moment(str(period["end"]))[0] if period.get("end") else None
        except ValueError:
            raise InputError(f"the dates {start_text!r} / {period.get('end')!r} are not dates") from None
        return start, stop

    @staticmethod
    def _daily_dose(resource: Mapping[str, Any], codings: list[tuple[str, str]]) -> Decimal | None:
        """Mg per day from the first dosage: dose x frequency per period, tablets x product strength."""
        dosages = resource.get("dosage") or resource.get("dosageInstruction") or []
        if not dosages or not isinstance(dosages[0], dict):
            return None
        dosage = dosages[0]
        dose_and_rate = dosage.get("doseAndRate") or [{}]
        quantity = dose_and_rate[0].get("doseQuantity") if isinstance(dose_and_rate[0], dict) else None
        repeat = (dosage.get("timing") or {}).get("repeat") or {}
        if not isinstance(quantity, dict) or not isinstance(quantity.get("value"), Decimal | int):
            return None
        unit = str(quantity.get("code") or quantity.get("unit") or "").lower()
        amount = Decimal(quantity["value"])
        if unit in ("tab", "tablet", "tablets", "{tbl}", "{tablet}"):
            strength = next(
                (
                    RXNORM_PRODUCT_STRENGTH_MG[c]
                    for s, c in codings
                    if s == RXNORM_SYSTEM and c in RXNORM_PRODUCT_STRENGTH_MG
                ),
                None,
            )
            if strength is None:
                return None
            amount *= strength
        elif unit != "mg":
            return None
        try:
            frequency = Decimal(repeat.get("frequency", 1))
            period = Decimal(repeat.get("period", 1))
            per_day = _PERIODS_PER_DAY[str(repeat.get("periodUnit", "d"))]
            daily = amount * frequency * per_day / period
        except (KeyError, InvalidOperation, ArithmeticError):
            return None
        return daily if daily > 0 else None


def _range_text(resource: Mapping[str, Any]) -> str | None:
    ranges = [r for r in resource.get("referenceRange", []) if isinstance(r, dict)]
    if not ranges:
        return None
    first = ranges[0]
    if first.get("text"):
        return str(first["text"])[:100]
    low, high = first.get("low") or {}, first.get("high") or {}
    unit = low.get("unit") or high.get("unit") or ""
    low_text = f"{Decimal(low['value']):f}" if "value" in low else ""
    high_text = f"{Decimal(high['value']):f}" if "value" in high else ""
    return f"{low_text}-{high_text} {unit}".strip()[:100] or None


def _flag(resource: Mapping[str, Any]) -> str | None:
    for concept in resource.get("interpretation", []):
        for _, code in _codings(concept):
            return code[:16]
    return None
