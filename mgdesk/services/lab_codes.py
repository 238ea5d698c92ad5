"""The user's remembered lab-import choices: local test codes, the patient identifier kind, CSV column mappings.

A lab may send magnesium under its own code ("MG^LOCAL") instead of LOINC;
the user maps such a code once to the specimen it measures, and which PID-3
identifier (type and/or assigning authority) is the clinic identifier.  A
CSV column mapping the user made by hand is kept per header signature (the
file's header row, normalised), with the day it was made, so the next file
from the same lab maps itself.  All are kept in a small JSON file in the
user's data folder (``lab-import.json``), shared by the window and the
command line; it holds column names and codes, never patient data.  Only
what the user chose is written; a file that cannot be read is set aside
(renamed ``.unreadable``) and the defaults are used, as for the window's
settings.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mgdesk.domain.errors import InputError
from mgdesk.domain.records import Specimen, parse_specimen
from mgdesk.store.paths import app_data_folder

SETTINGS_FILE_NAME = "lab-import.json"


def header_signature(headers: Sequence[str]) -> str:
    """A CSV header row as remembered: each name lower-cased with its spaces collapsed, tab-joined."""
    return "\t".join(" ".join(header.lower().split()) for header in headers)


@dataclass(frozen=True, slots=True)
class RememberedMapping:
    """A column mapping the user made (field to column position) and the day it was made."""

    columns: dict[str, int]
    made_on: dt.date


@dataclass(slots=True)
class LabImportSettings:
    """Local OBX-3 codes (``CODE`` or ``CODE^SYSTEM``) mapped to a specimen, the PID-3 choice, CSV mappings."""

    local_codes: dict[str, Specimen] = field(default_factory=dict)
    patient_id_type: str = ""  # "MR", "PI@HOSP", "@HOSP"; empty: MR, else the first
    csv_mappings: dict[str, RememberedMapping] = field(default_factory=dict)  # by header signature

    def remembered_mapping(self, headers: Sequence[str]) -> RememberedMapping | None:
        """The mapping made for a file with this header row, or None."""
        return self.csv_mappings.get(header_signature(headers))

    def remember_mapping(self, headers: Sequence[str], columns: dict[str, int], today: dt.date) -> None:
        self.csv_mappings[header_signature(headers)] = RememberedMapping(dict(columns), today)

    def forget_mapping(self, headers: Sequence[str]) -> None:
        self.csv_mappings.pop(header_signature(headers), None)

    def map_code(self, text: str) -> None:
        """Remember ``CODE[^SYSTEM]=SPECIMEN`` (e.g. ``MG^LOCAL=serum``); raise InputError."""
        code, sign, specimen = text.partition("=")
        if not sign or not code.strip():
            raise InputError(f"{text!r}: write a lab code mapping as CODE=SPECIMEN or CODE^SYSTEM=SPECIMEN (MG=serum).")
        self.local_codes[code.strip()] = parse_specimen(specimen or "?")


def settings_path() -> Path:
    return app_data_folder() / SETTINGS_FILE_NAME


def load_lab_settings(path: Path | None = None) -> LabImportSettings:
    """The remembered choices (defaults when none were saved or the file is unreadable)."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        codes = {str(k): parse_specimen(str(v)) for k, v in dict(data.get("local_codes", {})).items()}
        mappings = {
            str(signature): RememberedMapping(
                {str(f): int(c) for f, c in dict(saved["columns"]).items()}, dt.date.fromisoformat(saved["made_on"])
            )
            for signature, saved in dict(data.get("csv_mappings", {})).items()
        }
        return LabImportSettings(codes, str(data.get("patient_id_type", "")), mappings)
    except FileNotFoundError:
        return LabImportSettings()
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        with contextlib.suppress(OSError):
            path.replace(path.with_name(path.name + ".unreadable"))
        return LabImportSettings()


def save_lab_settings(settings: LabImportSettings, path: Path | None = None) -> None:
    """Write the choices atomically (a temporary file renamed over the old one)."""
    path = path or settings_path()
    data: dict[str, object] = {}
    if settings.local_codes:
        data["local_codes"] = {code: specimen.value for code, specimen in sorted(settings.local_codes.items())}
    if settings.patient_id_type:
        data["patient_id_type"] = settings.patient_id_type
    if settings.csv_mappings:
        data["csv_mappings"] = {
            signature: {"columns": saved.columns, "made_on": saved.made_on.isoformat()}
            for signature, saved in sorted(settings.csv_mappings.items())
        }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        raise InputError(f"Cannot remember the lab import choices in {path}: {error.strerror or error}.") from None
