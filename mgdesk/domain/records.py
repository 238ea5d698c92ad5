"""Patient records as plain values: patients, medication courses, Mg results.

These frozen dataclasses are what the store saves, interchange reads and
writes, and the window and trend maths show.  Database identities are
optional (``id`` is ``None`` until stored).  A dose change is a new course:
a patient's metformin dose on any date is the sum of the metformin courses
active that day.  Only serum and plasma results are ever classified against
serum bands or drawn on the serum trend.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from mgdesk.domain.errors import InputError
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.messages import Grouped, Message, Number, Quoted

DAYS_PER_MONTH = 365.25 / 12


class DrugClass(StrEnum):
    """Medication classes a clinic records; the value is the name shown and written."""

    METFORMIN = "metformin"
    SULFONYLUREA = "sulfonylurea"
    INSULIN = "insulin"
    DPP4_INHIBITOR = "DPP-4 inhibitor"
    SGLT2_INHIBITOR = "SGLT2 inhibitor"
    GLP1_AGONIST = "GLP-1 agonist"
    PROTON_PUMP_INHIBITOR = "proton-pump inhibitor"
    LOOP_DIURETIC = "loop diuretic"
    THIAZIDE_DIURETIC = "thiazide diuretic"
    MAGNESIUM_SUPPLEMENT = "magnesium supplement"
    OTHER = "other"


def _fold(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


_DRUG_CLASS_NAMES = (
    {_fold(c.value): c for c in DrugClass}
    | {_fold(c.name): c for c in DrugClass}
    | {
        "dpp4": DrugClass.DPP4_INHIBITOR,
        "sglt2": DrugClass.SGLT2_INHIBITOR,
        "glp1": DrugClass.GLP1_AGONIST,
        "ppi": DrugClass.PROTON_PUMP_INHIBITOR,
        "loop": DrugClass.LOOP_DIURETIC,
        "thiazide": DrugClass.THIAZIDE_DIURETIC,
        "magnesium": DrugClass.MAGNESIUM_SUPPLEMENT,
        "mgsupplement": DrugClass.MAGNESIUM_SUPPLEMENT,
    }
)


def parse_drug_class(text: str) -> DrugClass:
    """Map a written drug class ("DPP-4 inhibitor", "ppi", "Metformin") or raise InputError."""
    found = _DRUG_CLASS_NAMES.get(_fold(text))
    if found is None:
        names = ", ".join(c.value for c in DrugClass)
        raise InputError(code="drug-class-unknown", text=Quoted(text.strip()), accepted=names)
    return found


class Specimen(StrEnum):
    """Where the magnesium was measured."""

    SERUM = "serum"
    PLASMA = "plasma"
    URINE = "urine"
    RED_CELL = "red-cell"

    @property
    def is_serum_like(self) -> bool:
        """Serum and plasma: classified against serum bands, drawn on the trend."""
        return self in (Specimen.SERUM, Specimen.PLASMA)


_SPECIMEN_NAMES = {
    "serum": Specimen.SERUM,
    "ser": Specimen.SERUM,
    "plasma": Specimen.PLASMA,
    "plas": Specimen.PLASMA,
    "serumplasma": Specimen.SERUM,
    "serplas": Specimen.SERUM,
    "urine": Specimen.URINE,
    "ur": Specimen.URINE,
    "redcell": Specimen.RED_CELL,
    "redcells": Specimen.RED_CELL,
    "rbc": Specimen.RED_CELL,
    "erythrocyte": Specimen.RED_CELL,
    "erythrocytes": Specimen.RED_CELL,
}


def parse_specimen(text: str) -> Specimen:
    """Map a written specimen ("Serum", "RBC", "ser/plas") or raise InputError; empty means serum."""
    if not text.strip():
        return Specimen.SERUM
    found = _SPECIMEN_NAMES.get(_fold(text))
    if found is None:
        raise InputError(code="specimen-unknown", text=Quoted(text.strip()))
    return found


class ResultStatus(StrEnum):
    """A stored result's status as the lab reported it (HL7 v2 OBX-11, FHIR Observation.status)."""

    FINAL = "final"
    CORRECTED = "corrected"
    PRELIMINARY = "preliminary"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


@dataclass(frozen=True, slots=True)
class Patient:
    """A patient, known to the clinic by ``clinic_id`` (unique, required)."""

    clinic_id: str
    name: str | None = None
    birth_year: int | None = None
    sex: Sex | None = None
    notes: str = ""
    id: int | None = None
    # The stored row's version when it was read (optimistic locking); not part of the record's content.
    version: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.clinic_id.strip():
            raise InputError(code="clinic-id-missing")
        if self.birth_year is not None:
            check_birth_year(self.birth_year)


# A birth year before 1880 would make a living patient older than anyone has been.
EARLIEST_BIRTH_YEAR = 1880


def check_birth_year(year: int, today: dt.date | None = None) -> int:
    """``year`` if it can be a living patient's birth year (1880 to this year), else ``InputError``."""
    latest = (today or dt.date.today()).year
    if not EARLIEST_BIRTH_YEAR <= year <= latest:
        raise InputError(code="birth-year-implausible", year=year, earliest=EARLIEST_BIRTH_YEAR, latest=latest)
    return year


# Not a clinical limit: a bound that keeps a mistyped dose (1e999999999) from being
# written out as a billion digits.  No drug is taken by the kilogram a day.
MAX_DAILY_DOSE_MG = 1_000_000

# Record dates: nothing mgdesk keeps was collected or started before 1900, and
# nothing after tomorrow (a day of slack for a clock that is a little off).
EARLIEST_RECORD_DATE = dt.date(1900, 1, 1)


RECORD_DATES = ("date", "start date", "stop date", "collection date")


def check_record_date(day: dt.date, what: str, today: dt.date | None = None) -> dt.date:
    """``day`` if it can be the date of a result or course (1900-01-01 to tomorrow), else ``InputError``.

    ``what`` is one of ``RECORD_DATES``; the message names it by the code ``date-<what>``.
    """
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    if not EARLIEST_RECORD_DATE <= day <= latest:
        raise InputError(
            code="date-implausible",
            what=Message.of("date-" + what.replace(" ", "-")),
            day=day,
            earliest=EARLIEST_RECORD_DATE,
            latest=latest,
        )
    return day


@dataclass(frozen=True, slots=True)
class MedicationCourse:
    """One drug taken from ``start`` to ``stop`` (inclusive; open if None) at one daily dose."""

    drug_class: DrugClass
    drug: str
    start: dt.date
    stop: dt.date | None = None
    daily_dose_mg: Decimal | None = None
    id: int | None = None
    # The stored row's version when it was read (optimistic locking); not part of the record's content.
    version: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.stop is not None and self.stop < self.start:
            raise InputError(code="course-stops-before-start", drug=self.drug, stop=self.stop, start=self.start)
        dose = self.daily_dose_mg
        if dose is not None and not (dose.is_finite() and 0 < dose < MAX_DAILY_DOSE_MG):
            raise InputError(code="dose-out-of-range", drug=self.drug, limit=Grouped(MAX_DAILY_DOSE_MG))
        if dose is not None and dose != dose.quantize(Decimal("0.001")):
            raise InputError(code="dose-too-precise", drug=self.drug)

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.stop is None or day <= self.stop)


@dataclass(frozen=True, slots=True)
class MagnesiumResult:
    """A magnesium result as the lab reported it."""

    collected_on: dt.date
    measurement: Measurement
    unit_as_written: str
    specimen: Specimen = Specimen.SERUM
    collected_at: dt.time | None = None
    source: str = "typed"
    lab: str | None = None
    comment: str = ""
    id: int | None = None
    # What the lab reported beside the value (HL7 v2 OBX-11/7/8, FHIR status,
    # referenceRange, interpretation) and its own identity of the result
    # (used to let a corrected or final result replace an earlier one).
    status: ResultStatus = ResultStatus.FINAL
    reference_range: str | None = None
    lab_flag: str | None = None
    lab_ref: str | None = None
    # The stored row's version when it was read (optimistic locking); not part of the record's content.
    version: int | None = field(default=None, compare=False)

    @property
    def on_serum_trend(self) -> bool:
        """Whether this result belongs on the serum trend (serum or plasma)."""
        return self.specimen.is_serum_like


_DOSE_RE = re.compile(r"^(?P<number>\d+(?:[.,]\d+)?)\s*(?:mg)?\s*(?:/\s*(?:day|d))?$", re.IGNORECASE)
_THOUSANDS_RE = re.compile(r"^\d{1,3}[.,]\d{3}$")


def parse_dose(text: str) -> Decimal | None:
    """A daily dose in mg as typed or written in a file ("1000", "1000 mg", "850mg/day", "2,5"); None if empty.

    Raises ``InputError`` for anything else, including "1,000" or "1.000",
    which could be a thousands separator or a decimal mark: mgdesk never
    guesses between 1 mg and 1000 mg.
    """
    stripped = text.strip()
    if not stripped:
        return None
    match = _DOSE_RE.match(stripped)
    if match is None:
        raise InputError(code="dose-not-a-number", text=Quoted(stripped))
    number = match["number"]
    if _THOUSANDS_RE.match(number):
        raise InputError(
            code="dose-ambiguous", text=Quoted(stripped), whole=Number(number.replace(",", "").replace(".", ""))
        )
    dose = Decimal(number.replace(",", "."))
    if dose <= 0:
        raise InputError(code="dose-not-positive", text=Quoted(stripped))
    return dose


def active_courses(courses: Iterable[MedicationCourse], day: dt.date) -> list[MedicationCourse]:
    """Courses being taken on ``day``."""
    return [c for c in courses if c.active_on(day)]
