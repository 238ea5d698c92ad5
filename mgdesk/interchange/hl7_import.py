r"""Reading HL7 v2 ORU^R01 lab result messages (v2.3 to 2.5.1) into domain records.

A file holds one message or many: batches (FHS/BHS ... BTS/FTS), blank lines,
MLLP framing bytes (0x0B, 0x1C) and segments ended by CR, LF or CRLF are all
read.  Each message is parsed by python-hl7 with its own MSH-1/MSH-2
delimiters, so repeats and the escapes ``\F\ \S\ \T\ \R\ \E\`` follow
the message.  PID-3 gives the clinic identifier (the first of type MR, else
the first, unless the caller chose a type or assigning authority), PID-5/7/8
the name, birth year and sex; each OBX whose OBX-3 is a magnesium LOINC code
(or a local code the user mapped) becomes a ``MagnesiumResult`` with OBX-5/6
as written, OBX-14 (else OBR-7) as the collection time, OBX-7/8 as the lab's
range and flag and OBX-11 as its status (X, D and W results are not stored).
Other OBX segments are counted as "not magnesium".  Anything unreadable is
rejected by message and segment with its line in the file; the rest is read.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import hl7

from mgdesk.domain.errors import InputError, MgdeskError
from mgdesk.domain.lab import (
    HL7_STATUS,
    MAGNESIUM_LOINC,
    code_disagrees_with_unit,
    magnesium_code,
    names_magnesium,
)
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.records import MagnesiumResult, Patient, Sex, Specimen
from mgdesk.domain.units import parse_unit
from mgdesk.interchange.columns import ColumnMapping, FileKind
from mgdesk.interchange.csv_import import ParsedFile, Rejection
from mgdesk.interchange.dates import DateOrder
from mgdesk.interchange.text import FileFormatError, decode

MLLP_BYTES = str.maketrans("", "", "\x0b\x1c")
_ENVELOPE = frozenset({"FHS", "BHS", "BTS", "FTS"})
_SEGMENT_ID = re.compile(r"^[A-Z][A-Z0-9]{2}$")
_READ_SEGMENTS = frozenset({"MSH", "PID", "OBR"})
CACHE_LIMIT = 20_000  # texts each cache of the reader keeps (a few MB) before it starts afresh
_TS = re.compile(r"^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?(?:[+-]\d{4})?$")
_SEXES = {"F": Sex.FEMALE, "M": Sex.MALE, "O": Sex.OTHER, "A": Sex.OTHER, "X": Sex.OTHER}

# What the import preview shows as "mapping": where each field comes from.
HL7_MAPPING = ColumnMapping(
    FileKind.RESULTS,
    {"patient": 0, "date": 1, "value": 2, "unit": 3, "specimen": 4},
    ("PID-3", "OBX-14 / OBR-7", "OBX-5", "OBX-6", "OBX-3"),
)


@dataclass(frozen=True, slots=True)
class PatientIdChoice:
    """Which PID-3 identifier is the clinic identifier: a type (MR, PI...) and/or an assigning authority.

    Empty: the first identifier of type MR, else the first one.
    """

    id_type: str = ""
    authority: str = ""

    @classmethod
    def parse(cls, text: str) -> PatientIdChoice:
        """Read "MR", "PI@HOSP" or "@HOSP" (type, then assigning authority after "@")."""
        id_type, _, authority = text.strip().partition("@")
        return cls(id_type.strip(), authority.strip())

    @property
    def text(self) -> str:
        return f"{self.id_type}@{self.authority}" if self.authority else self.id_type


@dataclass(slots=True)
class _Segment:
    line: int
    text: str
    kind: str  # the segment name, text[:3]


@dataclass(slots=True)
class _Message:
    number: int
    segments: list[_Segment] = field(default_factory=list)


def looks_like_hl7(data: bytes) -> bool:
    """Whether a file starts like HL7 v2 (after MLLP bytes and blank lines): MSH, FHS or BHS."""
    head = data[:64].lstrip(b"\x0b\x1c\r\n \t\xef\xbb\xbf")
    return head[:3] in (b"MSH", b"FHS", b"BHS") and len(head) > 3


def read_hl7(
    data: bytes,
    name: str,
    *,
    patient_id: PatientIdChoice | None = None,
    local_codes: Mapping[str, Specimen] | None = None,
) -> ParsedFile:
    """Read every ORU^R01 message of an HL7 v2 file.

    ``local_codes`` maps a lab's own OBX-3 code (written ``CODE`` or
    ``CODE^SYSTEM``) to the specimen of the magnesium it measures.  Raises
    ``FileFormatError`` only when the file holds no message at all.
    """
    text = decode(data, name).translate(MLLP_BYTES)
    parsed = ParsedFile(name, FileKind.RESULTS, HL7_MAPPING, "|", DateOrder.ISO_ONLY, format="hl7")
    messages = _messages(text, parsed)
    if not messages and not parsed.rejected:
        raise FileFormatError(f"{name} holds no HL7 v2 message (no MSH segment).")
    reader = _MessageReader(parsed, patient_id or PatientIdChoice(), dict(local_codes or {}))
    for message in messages:
        reader.read(message)
    return parsed


def _usable_delimiters(msh: str) -> bool:
    """MSH-1 and the MSH-2 encoding characters: four or five distinct, none a letter, digit or space."""
    if len(msh) < 8:
        return False
    field = msh[3]
    encoding = msh[4 : msh.find(field, 4)] if msh.find(field, 4) > 0 else ""
    characters = field + encoding
    return (
        4 <= len(encoding) <= 5
        and len(set(characters)) == len(characters)
        and not any(ch.isalnum() or ch.isspace() for ch in characters)
    )


def _messages(text: str, parsed: ParsedFile) -> list[_Message]:
    """Split the file into messages of (line, segment) at each MSH; envelope segments are dropped."""
    messages: list[_Message] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, 1):
        segment = raw.strip()
        if not segment:
            continue
        kind = segment[:3]
        if kind in _ENVELOPE:
            continue
        if kind == "MSH":
            messages.append(_Message(len(messages) + 1))
        elif not messages:
            parsed.rejected.append(Rejection(number, f"segment {kind!r} comes before any MSH: not in a message"))
            continue
        messages[-1].segments.append(_Segment(number, segment, kind))
    return messages


class _MessageReader:
    def __init__(self, parsed: ParsedFile, choice: PatientIdChoice, local_codes: dict[str, Specimen]) -> None:
        self.parsed = parsed
        self.choice = choice
        self.local_codes = local_codes
        self.candidates = (*MAGNESIUM_LOINC, *{key.split("^", 1)[0] for key in local_codes})
        self.delimiters: dict[str, _Delimiters | None] = {}
        self.segment_kinds: set[str] = set()  # segment names already checked
        # An OBX worth reading names a magnesium code or a mapped local code (the letters as written), or
        # holds "mg" or "magnes" in any case: a superset of what domain.lab.MAGNESIUM_WORDS finds, tested without a
        # case-blind pattern (ten times slower); OBX-3 itself decides.
        self.wanted_codes = re.compile("|".join(re.escape(code) for code in self.candidates))
        # What the same text gave before (a batch repeats its patients, values and times).
        self.patients: dict[str, tuple[Patient, tuple[str, ...]] | str] = {}
        self.values: dict[str, tuple[Measurement, str] | MgdeskError] = {}
        self.times: dict[str, tuple[dt.date, dt.time | None] | MgdeskError] = {}
        self.specimens: dict[str, tuple[Specimen, str] | None] = {}
        self.headers: dict[str, str | _Refusal] = {}

    def reject(self, message: _Message, segment: _Segment, reason: str) -> None:
        where = f"message {message.number}, {segment.kind} segment"
        self.parsed.rejected.append(Rejection(segment.line, f"{where}: {reason}"))

    def warn(self, message: _Message, segment: _Segment, reason: str) -> None:
        where = f"message {message.number}, {segment.kind} segment"
        self.parsed.warnings.append(Rejection(segment.line, f"{where}: {reason}"))

    def read(self, message: _Message) -> None:
        msh = message.segments[0]
        delimiters = self._delimiters(msh.text)
        if delimiters is None:
            self.reject(message, msh, "MSH-1/MSH-2 do not give usable delimiters; the message was not read")
            return
        kinds = self.segment_kinds
        for segment in message.segments:
            kind = segment.kind
            if kind not in kinds:
                if not _SEGMENT_ID.match(kind):
                    self.reject(message, segment, "not an HL7 segment (it does not start with a segment name)")
                    return
                kinds.add(kind)
        message = self._wanted(message, delimiters.escape)
        try:
            _Oru(self, message, delimiters).read()
        except _MessageRejectedError as refused:
            self.reject(message, refused.segment, refused.reason)

    def _delimiters(self, msh: str) -> _Delimiters | None:
        """The parser for a message's MSH-1/MSH-2 delimiters (one per distinct set in the file); None if unusable."""
        end = msh.find(msh[3], 4) if len(msh) > 3 else -1
        header = msh[:end] if end > 0 else msh[:9]
        if header in self.delimiters:
            return self.delimiters[header]
        known = self.delimiters[header] = _Delimiters(header) if _usable_delimiters(msh) else None
        return known

    def _wanted(self, message: _Message, escape: str) -> _Message:
        """The message with only the segments the reader uses: MSH, PID, OBR, and OBX that may be magnesium.

        A lab panel is mostly other tests: an OBX whose text holds no
        magnesium code (nor a mapped local one), no word that may name
        magnesium and no escape sequence cannot have one in OBX-3, so it is
        counted as not magnesium without being read further.  Every kept OBX
        is still decided on its OBX-3 as python-hl7 parses it.
        """
        kept = []
        codes = self.wanted_codes
        for segment in message.segments:
            kind = segment.kind
            if kind == "OBX":
                text = segment.text
                folded = text.lower()
                if escape not in text and codes.search(text) is None and "mg" not in folded and "magnes" not in folded:
                    self.parsed.not_magnesium += 1
                    continue
            elif kind not in _READ_SEGMENTS:
                continue
            kept.append(segment)
        return _Message(message.number, kept)


def _plain_part(
    separator: str | None = None,
    sequence: Any = (),
    esc: str | None = None,
    separators: Any = None,
    factory: Any = None,
) -> list[Any]:
    """A segment, field, repetition or component as a plain list (see ``_PlainParts``)."""
    return list(sequence)


class _PlainParts(hl7.Factory):  # type: ignore[misc]
    """python-hl7's documented way to choose its containers: plain lists below the message.

    The reader walks the parsed tree by position (``_Oru.field``); building
    python-hl7's richer container objects for every part was over a third of
    the parsing time.
    """

    create_segment = staticmethod(_plain_part)
    create_field = staticmethod(_plain_part)
    create_repetition = staticmethod(_plain_part)
    create_component = staticmethod(_plain_part)


class _Delimiters:
    """One message's delimiters (MSH-1/MSH-2), and python-hl7 parsing fields with them, on demand.

    python-hl7 splits every field, repetition, component and subcomponent of
    a whole message, eagerly: about 70 library calls for an MSH, PID, OBR and
    one OBX, ten times the cost of reading a CSV row.  mgdesk reads about
    twenty fields of a message, so the segment is cut into its fields at the
    field separator (python-hl7's own first step, ``str.split``) and a field
    is handed to python-hl7 only when it is read and holds a repetition,
    component or subcomponent separator; a field with none is, for python-hl7
    too, its text as it stands.  The library's parse of a field is kept per
    text: a lab's codes, units, message types and patients' identifiers repeat
    from message to message.  Escapes are undone by the library's
    ``unescape`` with these delimiters, only in text that holds the escape
    character.
    """

    def __init__(self, header: str) -> None:
        self.header = header  # "MSH|^~\\&": segment name, MSH-1, MSH-2
        self.separator = header[3]
        encoding = header[4:]
        # python-hl7's field-level separators (its ParsePlan): repetition, component, subcomponent.
        self.structure = (encoding[1], encoding[0], encoding[3] if len(encoding) > 3 else "&")
        self.message: hl7.Message = hl7.parse(f"{header}{self.separator}", factory=_PlainParts)
        self.escape: str = self.message.esc
        self.parsed: dict[str, list[Any]] = {}

    def split(self, segment: str) -> list[Any]:
        """A segment's fields, numbered as python-hl7 numbers them (MSH-1 is the field separator itself)."""
        fields: list[Any] = segment.split(self.separator)
        if fields[0] == "MSH":
            fields.insert(1, self.separator)
        return fields

    def parse(self, text: str) -> list[Any]:
        """One field as python-hl7 parses it: repetitions of components of subcomponents."""
        known = self.parsed.get(text)
        if known is None:
            message = hl7.parse(f"{self.header}{self.separator}\rZZZ{self.separator}{text}", factory=_PlainParts)
            known = self.parsed[text] = list(message)[1][1]
            _bounded(self.parsed)
        return known

    def is_structured(self, text: str) -> bool:
        repetition, component, subcomponent = self.structure
        return repetition in text or component in text or subcomponent in text

    def unescape(self, text: str) -> str:
        with warnings.catch_warnings():
            # python-hl7 logs an unknown escape with the deprecated ``Logger.warn``; the
            # deprecation is the library's, not the message's, and must not stop an import.
            warnings.filterwarnings("ignore", "The 'warn' method is deprecated", DeprecationWarning)
            return str(self.message.unescape(text))


@dataclass(frozen=True, slots=True)
class _Refusal:
    """Why a message is not read, kept for the next message with the same text."""

    reason: str


class _MessageRejectedError(Exception):
    def __init__(self, segment: _Segment, reason: str) -> None:
        super().__init__(reason)
        self.segment = segment
        self.reason = reason


class _Oru:
    """One parsed ORU^R01 message: its patient, then its OBR/OBX groups."""

    def __init__(self, reader: _MessageReader, message: _Message, delimiters: _Delimiters) -> None:
        self.reader = reader
        self.message = message
        self.delimiters = delimiters
        self.parts = [delimiters.split(segment.text) for segment in message.segments]

    def _tree(self, index: int, text: str) -> list[Any]:
        """python-hl7's parse of a field that has structure (repetitions, components, subcomponents)."""
        try:
            return self.delimiters.parse(text)
        except (hl7.ParseException, ValueError, IndexError, AssertionError) as error:  # python-hl7 asserts too
            segment = self.message.segments[index]
            raise _MessageRejectedError(segment, f"cannot be parsed ({error}); the message was not read") from None

    def field(self, index: int, number: int, repeat: int = 1, component: int = 1) -> str:
        """A field's component (its first subcomponent), unescaped with the message's own delimiters.

        '' when absent.  A field without structure is one repetition of one
        component, its text; any other is walked in python-hl7's tree the way
        its ``extract_field`` does, without its per-call bookkeeping.
        """
        fields = self.parts[index]
        if number >= len(fields):
            return ""
        value: Any = fields[number]
        delimiters = self.delimiters
        repetition, component_separator, subcomponent = delimiters.structure
        if (repetition in value or component_separator in value or subcomponent in value) and (index or number > 2):
            value = self._tree(index, value)
            for position in (repeat, component, 1):
                if isinstance(value, str):
                    if position != 1:
                        return ""
                    break
                if position > len(value):
                    return ""
                value = value[position - 1]
            value = str(value)
        elif repeat != 1 or component != 1:
            return ""
        if delimiters.escape in value:
            value = delimiters.unescape(value)
        return str(value).strip()

    def repeats(self, index: int, number: int) -> int:
        """How many repetitions a field has (0 when the segment ends before it)."""
        fields = self.parts[index]
        if number >= len(fields):
            return 0
        text = fields[number]
        return len(self._tree(index, text)) if self.delimiters.is_structured(text) else 1

    def read(self) -> None:
        segments = self.message.segments
        msh = segments[0]
        header = self.parts[0]
        key = "\x00".join(header[number] if number < len(header) else "" for number in (4, 9, 12))
        known = self.reader.headers.get(key)
        if known is None:
            known = self.reader.headers[key] = self._header()
            _bounded(self.reader.headers)
        if isinstance(known, _Refusal):
            raise _MessageRejectedError(msh, known.reason)
        lab = known or None
        control = self.field(0, 10)
        pid_at = next((i for i, s in enumerate(segments) if s.kind == "PID"), None)
        if pid_at is None:
            raise _MessageRejectedError(msh, "no PID segment: the results cannot be given to a patient")
        clinic_id = self._patient(pid_at)
        order_time = ""
        order_ref = ""
        for index, segment in enumerate(segments):
            if segment.kind == "OBR":
                order_time = self.field(index, 7)
                order_ref = self.field(index, 3) or self.field(index, 2)
            elif segment.kind == "OBX":
                try:
                    self._observation(index, clinic_id, order_time, order_ref, lab, control)
                except MgdeskError as error:
                    self.reader.reject(self.message, segment, str(error))

    def _header(self) -> str | _Refusal:
        """MSH-4 (the lab), once MSH-9 and MSH-12 say this is an ORU^R01 of HL7 v2; else why not."""
        kind = f"{self.field(0, 9, 1, 1)}^{self.field(0, 9, 1, 2)}"
        if kind != "ORU^R01":
            named = kind.strip("^") or "(none)"
            return _Refusal(f"message type {named} is not a lab result (ORU^R01)")
        version = self.field(0, 12)
        if version and not version.startswith("2."):
            return _Refusal(f"HL7 version {version!r} is not v2")
        return self.field(0, 4)

    def _patient(self, pid_at: int) -> str:
        """The clinic identifier PID-3 gives; the patient PID-5/7/8 describe is kept for the import to create.

        A lab's batch names the same patients again and again: the outcome for
        the same PID-3, PID-5, PID-7 and PID-8 text is worked out once.
        """
        fields = self.parts[pid_at]
        key = "\x00".join(str(fields[number]) if number < len(fields) else "" for number in (3, 5, 7, 8))
        known = self.reader.patients.get(key)
        if known is None:
            try:
                known = self.reader.patients[key] = self._read_patient(pid_at)
            except _MessageRejectedError as refused:
                known = self.reader.patients[key] = refused.reason
            _bounded(self.reader.patients)
        if isinstance(known, str):
            raise _MessageRejectedError(self.message.segments[pid_at], known)
        patient, kinds = known
        self.reader.parsed.patients.setdefault(patient.clinic_id, patient)
        if len(kinds) > 1:
            seen = self.reader.parsed.patient_id_kinds
            for kind in kinds:
                seen[kind] = seen.get(kind, 0) + 1
        return patient.clinic_id

    def _read_patient(self, pid_at: int) -> tuple[Patient, tuple[str, ...]]:
        segment = self.message.segments[pid_at]
        identifiers = []
        for repeat in range(1, max(self.repeats(pid_at, 3), 1) + 1):
            value = self.field(pid_at, 3, repeat, 1)
            if value:
                authority = self.field(pid_at, 3, repeat, 4)
                identifiers.append((value, self.field(pid_at, 3, repeat, 5).upper(), authority))
        if not identifiers:
            raise _MessageRejectedError(segment, "PID-3 holds no patient identifier")
        kinds = tuple(dict.fromkeys(PatientIdChoice(id_type, authority).text for _, id_type, authority in identifiers))
        choice = self.reader.choice
        chosen: str | None
        if choice.id_type or choice.authority:
            chosen = next(
                (
                    value
                    for value, id_type, authority in identifiers
                    if (not choice.id_type or id_type == choice.id_type.upper())
                    and (not choice.authority or authority == choice.authority)
                ),
                None,
            )
            if chosen is None:
                raise _MessageRejectedError(segment, f"PID-3 has no identifier of the chosen kind {choice.text!r}")
        else:
            chosen = next((value for value, id_type, _ in identifiers if id_type == "MR"), identifiers[0][0])
        family, given = self.field(pid_at, 5, 1, 1), self.field(pid_at, 5, 1, 2)
        name = " ".join(part for part in (given, family) if part) or None
        birth = self.field(pid_at, 7)
        birth_year = int(birth[:4]) if len(birth) >= 4 and birth[:4].isdigit() else None
        sex = _SEXES.get(self.field(pid_at, 8).upper()[:1])
        try:
            patient = Patient(chosen.strip(), name=name, birth_year=birth_year, sex=sex)
        except InputError as error:
            raise _MessageRejectedError(segment, str(error)) from None
        return patient, kinds

    def _specimen(self, index: int) -> tuple[Specimen, str] | None:
        """The specimen the OBX-3 code names (with the code), or None when it is not magnesium.

        Worked out once per OBX-3 text: a lab sends the same few codes.
        """
        fields = self.parts[index]
        text = fields[3] if len(fields) > 3 else ""
        if text not in self.reader.specimens:
            self.reader.specimens[text] = self._read_specimen(index)
            _bounded(self.reader.specimens)
        return self.reader.specimens[text]

    def _read_specimen(self, index: int) -> tuple[Specimen, str] | None:
        codes = [
            (self.field(index, 3, 1, 1), self.field(index, 3, 1, 3)),
            (self.field(index, 3, 1, 4), self.field(index, 3, 1, 6)),
        ]
        for code, system in codes:
            if code and system.upper() in ("LN", "LOINC", ""):
                found = magnesium_code(code)
                if found is not None:
                    return found.specimen, code
        local = self.reader.local_codes
        for code, system in codes:
            for key in (f"{code}^{system}", code):
                if code and key in local:
                    return local[key], key
        return None

    def _observation(  # noqa: PLR0917 - the OBR context of one OBX
        self, index: int, clinic_id: str, order_time: str, order_ref: str, lab: str | None, control: str
    ) -> None:
        found = self._specimen(index)
        if found is None:
            self.reader.parsed.not_magnesium += 1
            code, name, system = self.field(index, 3, 1, 1), self.field(index, 3, 1, 2), self.field(index, 3, 1, 3)
            if names_magnesium(code, system, name):
                key = f"{code}^{system}" if system else code
                unknown = self.reader.parsed.unknown_codes
                unknown[key] = unknown.get(key, 0) + 1
            return
        specimen, code = found
        segment = self.message.segments[index]
        status_code = self.field(index, 11).upper()
        if status_code not in HL7_STATUS:
            raise InputError(f"OBX-11 result status {status_code or '(empty)'!r} is not F, C, P or X")
        status = HL7_STATUS[status_code]
        if status is None:
            self.reader.warn(self.message, segment, f"result status {status_code}: cancelled, not stored")
            return
        fields = self.parts[index]
        key = "\x00".join(str(fields[number]) if number < len(fields) else "" for number in (2, 5, 6))
        valued = self.reader.values.get(key)
        if valued is None:
            valued = self.reader.values[key] = _attempt(self._value, index)
            _bounded(self.reader.values)
        if isinstance(valued, MgdeskError):
            raise valued
        measurement, unit_text = valued
        magnesium = magnesium_code(code)
        if magnesium is not None and code_disagrees_with_unit(magnesium, measurement.unit):
            self.reader.warn(
                self.message,
                segment,
                f"LOINC {code} does not match the unit {unit_text!r}; the value was read in its own unit",
            )
        when = self.field(index, 14) or order_time
        if not when:
            raise InputError("no collection time (neither OBX-14 nor OBR-7)")
        timed = self.reader.times.get(when)
        if timed is None:
            timed = self.reader.times[when] = _attempt(parse_timestamp, when)
            _bounded(self.reader.times)
        if isinstance(timed, MgdeskError):
            raise timed
        day, at = timed
        flag = self.field(index, 8) or None
        reference = self.field(index, 7) or None
        sub_id = self.field(index, 4)
        lab_ref = f"HL7:{order_ref}|{code}|{sub_id}" if order_ref else None
        result = MagnesiumResult(
            collected_on=day,
            measurement=measurement,
            unit_as_written=unit_text,
            specimen=specimen,
            collected_at=at,
            source=f"HL7 {self.reader.parsed.name} {control}".strip(),
            lab=lab,
            status=status,
            reference_range=reference[:100] if reference else None,
            lab_flag=flag[:16] if flag else None,
            lab_ref=lab_ref[:300] if lab_ref else None,
        )
        self.reader.parsed.results.append((clinic_id, result))
        self.reader.parsed.lines.append(segment.line)

    def _value(self, index: int) -> tuple[Measurement, str]:
        unit_text = self.field(index, 6, 1, 1) or self.field(index, 6, 1, 2)
        if not unit_text:
            raise InputError("OBX-6 gives no unit")
        unit = parse_unit(unit_text)
        if self.field(index, 2).upper() == "SN":
            comparator, number = self.field(index, 5, 1, 1), self.field(index, 5, 1, 2)
            if self.field(index, 5, 1, 3) or self.field(index, 5, 1, 4):
                raise InputError("OBX-5 is a range (SN with two numbers), not one result")
            text = f"{_qualifier(comparator)}{number}"
        else:
            text = self.field(index, 5)
            if self.repeats(index, 5) > 1:
                raise InputError("OBX-5 repeats: more than one value for one result")
        if not text:
            raise InputError("OBX-5 holds no value")
        qualifier = text[:2] if text[:2] in ("<=", ">=") else ""
        if qualifier:
            text = qualifier[0] + text[2:]
        measurement = parse_measurement(text, unit)
        if measurement.unit is not unit:
            raise InputError(f"OBX-5 {text!r} carries another unit than OBX-6 {unit_text!r}")
        return measurement, unit_text


def _bounded(cache: dict[Any, Any]) -> None:
    """Start a cache afresh when it holds ``CACHE_LIMIT`` texts: its memory stays bounded, whatever the file."""
    if len(cache) >= CACHE_LIMIT:
        cache.clear()


def _attempt[T](parse: Callable[..., T], *args: object) -> T | MgdeskError:
    """What ``parse(*args)`` returns, or the error it raises (kept in a cache, raised for each segment)."""
    try:
        return parse(*args)
    except MgdeskError as error:
        return error.with_traceback(None)  # keep no frames alive from the cache


def _qualifier(comparator: str) -> str:
    comparator = comparator.strip()
    if comparator in ("", "=", "<", ">"):
        return comparator.strip("=")
    if comparator in ("<=", ">="):
        return comparator[0]
    raise InputError(f"OBX-5 comparator {comparator!r} is not <, >, <=, >= or =")


def parse_timestamp(text: str) -> tuple[dt.date, dt.time | None]:
    """An HL7 v2 TS/DTM (YYYYMMDD[HHMM[SS[.S]]][+ZZZZ]) as the lab's wall-clock date and time.

    The time-zone offset is not applied: the time stays as the lab wrote it,
    as a typed or CSV result's does.
    """
    match = _TS.match(text.strip())
    if match is None or match[3] is None:
        raise InputError(f"{text!r} is not an HL7 date and time (YYYYMMDD[HHMM[SS]])")
    year, month, day, hour, minute, second = (int(part) if part else None for part in match.groups())
    try:
        date = dt.date(year or 0, month or 0, day or 0)
        at = dt.time(hour, minute or 0, second or 0) if hour is not None else None
    except ValueError:
        raise InputError(f"{text!r} is not a real date and time") from None
    return date, at
