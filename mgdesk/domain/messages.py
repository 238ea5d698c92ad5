"""Typed messages: what the domain has to say, as a code and fields, and their English sentences.

Every sentence mgdesk shows about a result, a trend number or a refused input
is built from a ``Message``: a stable ``code`` (``"mix-up"``, ``"trend-slope"``,
``"unit-unknown"``) and ``fields`` (the value, unit, edge, date, count, or
another message it is made of).  The domain decides the numbers, already
written by the display rule (``domain.display``), so no surface rounds them
again; the sentence is built at the edge.  ``ENGLISH`` holds one template per
code and ``english`` fills it: the command line prints that, and its ``--json``
carries it, so both stay exactly as documented.  The window has its own
renderer (``mgdesk.ui.common.messages``), one translatable literal per code,
with the same placeholders, which writes the same numbers with the locale's
decimal mark.

How a field is written in English: a ``Message`` by its own template; a
``Decimal`` in plain notation (``f"{value:f}"``); a ``Number`` (a number as
written, with '.' as decimal mark) as it is; a date as ISO 8601, a date and
time as ``YYYY-MM-DD HH:MM``; a ``Category`` by its label; ``AnyOf`` as "a, b
or c" and ``AllOf`` as "a and b"; a ``Quoted`` text in quotes, as Python
writes it; anything else with ``str``.  A template given as a pair (one,
other) is chosen by the field ``n`` (1 or not).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from mgdesk.domain.units import ACCEPTED_UNITS_TEXT


class Number(str):
    """A number as written (digits, at most one '.', maybe a '<' or '>'): the window localises its decimal mark."""

    __slots__ = ()


class Grouped(int):
    """A large whole number, written with thousands separators ("1,000,000")."""

    __slots__ = ()


class Quoted(str):
    """Text the person typed or a file held, quoted when it is shown."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class AnyOf:
    """Alternatives, written "a, b or c"."""

    items: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    """Items that all apply, written "a and b"."""

    items: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Message:
    """What to say, as a stable code and the fields its sentence is made of."""

    code: str
    fields: Mapping[str, object] = field(default_factory=dict, hash=False)

    @staticmethod
    def of(code: str, **fields: object) -> Message:
        return Message(code, fields)

    def __str__(self) -> str:
        return english(self)


def number(value: Decimal | float, decimals: int) -> Decimal:
    """A float or exact value written with ``decimals`` decimals, as a field of a message."""
    return (
        Decimal(f"{value:.{decimals}f}") if isinstance(value, float) else value.quantize(Decimal(1).scaleb(-decimals))
    )


_ACCEPTED = "Accepted units: " + ACCEPTED_UNITS_TEXT

# One template per code: the English the command line prints.  The window's
# renderer has one translatable literal per code with the same placeholders.
ENGLISH: dict[str, str | tuple[str, str]] = {
    # -- a result and its class (domain.classify) --------------------------------
    "threshold": "{value} {unit}",
    "threshold-clinic": "{value} {unit} (clinic threshold; literature {literature} {unit})",
    "side-below": "below the {threshold} hypomagnesemia threshold",
    "side-not-below": "not below the {threshold} hypomagnesemia threshold",
    "side-cannot-tell": "cannot tell whether below the {threshold} hypomagnesemia threshold",
    "span-below": "any value below {bound} mmol/L",
    "span-above": "any value above {bound} mmol/L",
    "qualified-indeterminate": (
        "cannot tell: {value} {unit} is {span}, on both sides of the {threshold} threshold; it could be {classes}"
    ),
    "qualified-borderline": "borderline: {value} {unit} is {span}, classed {category}; it could be {classes}",
    "borderline": "borderline: {value} {unit} could be {low} to {high} mmol/L, on the {edges} mmol/L edge",
    "borderline-threshold": "borderline: {value} {unit} could be {low} to {high} mmol/L, on the {edges} mmol/L edge",
    "mix-up": (
        "{value} {unit} is {category}; as {value} {other_unit} it would be {mmol} mmol/L, normal - check the unit"
    ),
    "class-indeterminate": "{value} {unit} could be {classes}: on both sides of the threshold, so mgdesk cannot tell.",
    "class-band": "{mmol} mmol/L is in the band {band} mmol/L: {category} in the profile {profile}.",
    "class-borderline": "{category}, borderline",
    "note": "Serum Mg {value} {unit} ({details}; hypomagnesemia threshold {threshold})",
    "note-converted": "Serum Mg {value} {unit} = {mmol} mmol/L ({details}; hypomagnesemia threshold {threshold})",
    # -- a value as typed, pasted or imported (domain.measurement, domain.units) --
    "empty": "Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.",
    "too-long": "The entry is too long ({length} characters) for one value.",
    "not-a-number": (
        "{text} is not a value: write a number with a decimal point or comma (1.8 or 1,8), "
        "optionally followed by its unit."
    ),
    "exponent": (
        "{text} has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), "
        "optionally followed by its unit."
    ),
    "not-finite": "The value is not a number (NaN or infinity): enter a measured value.",
    "not-positive": "The value must be greater than zero.",
    "qualifier-unknown": "Unknown qualifier {qualifier}: use '<', '>' or nothing.",
    "unit-none": "No unit given. " + _ACCEPTED + ".",
    "unit-missing": "Give the unit of {text}. " + _ACCEPTED + ".",
    "unit-unknown": "Unknown unit {unit}. " + _ACCEPTED + ".",
    "unit-conflict": "{text} carries the unit {unit}, but {given} was also given.",
    "implausible": "{value} {unit} is above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.",
    "implausible-converted": (
        "{value} {unit} is {shown} mmol/L, above {limit_mmol_per_l} mmol/L, which no living patient has: "
        "check the unit."
    ),
    "implausible-far": (
        "{value} {unit} is far above {limit_mmol_per_l} mmol/L in any unit, which no living patient has: "
        "check the number and the unit."
    ),
    "too-small": (
        "{value} {unit} is below {limit_mmol_per_l} mmol/L, too small to show or to be a measured magnesium "
        "value: check the number and the unit."
    ),
    "located": "{where}: {reason}",
    # -- records: patients, courses, doses, dates, samples (domain.records, domain.samples) --
    "drug-class-unknown": "Unknown drug class {text}. Accepted: {accepted}.",
    "specimen-unknown": "Unknown specimen {text}. Accepted: serum, plasma, urine, red-cell.",
    "clinic-id-missing": "A patient needs a clinic identifier.",
    "birth-year-implausible": "Birth year {year} is not plausible: it must lie between {earliest} and {latest}.",
    "date-implausible": "The {what} {day} is not plausible: it must lie between {earliest} and tomorrow ({latest}).",
    "date-date": "date",
    "date-start-date": "start date",
    "date-stop-date": "stop date",
    "date-collection-date": "collection date",
    "course-stops-before-start": "The course of {drug} stops ({stop}) before it starts ({start}).",
    "dose-out-of-range": (
        "The daily dose of {drug} must be a number of mg greater than zero and below {limit} (one kilogram a day)."
    ),
    "dose-too-precise": "The daily dose of {drug} has more than three decimals of a mg.",
    "dose-not-a-number": "The daily dose {text} is not a number of mg per day (e.g. 1000 or 1000 mg).",
    "dose-ambiguous": (
        "The daily dose {text} is ambiguous: write {whole} without a thousands separator, or a decimal with one "
        "or two decimals."
    ),
    "dose-not-positive": "The daily dose {text} must be greater than zero.",
    "same-sample": "{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when})",
    "same-sample-other-unit": (
        "{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when}), reported in {unit} "
        "instead of {kept_unit}"
    ),
    # -- lab profile files (domain.profile): keys are TOML keys, never translated --------
    "profile-named": "Profile {name}: {reason}",
    "profile-located": "{origin}: {reason}",
    "profile-months-range": "{key} must be a whole number of months from 1 to {most}, not {value}.",
    "profile-months-whole": "{key} must be a whole number of months, not {value}.",
    "profile-retest-order": (
        "retest_months_after_low ({after_low}) must not be longer than retest_months_on_metformin "
        "({on_metformin}): a low result is re-tested sooner, not later."
    ),
    "profile-edges-finite": "every edge must be a finite number.",
    "profile-edges-positive": "every edge must be greater than zero.",
    "profile-threshold-too-high": "hypomagnesemia_below must be below {limit} mmol/L, which no living patient reaches.",
    "profile-edges-rise": "edges must rise: critical_low_below < low_below < high_above < critical_high_above.",
    "profile-missing": "missing {keys}.",
    "profile-not-a-number": "{key} must be a number, not {value}.",
    "profile-sources": "[sources] must be a table of texts.",
    "profile-no-name": "the profile needs a name.",
    "profile-edge-implausible": (
        "{key} = {value} {unit} is not plausible; a band edge lies between {low} and {high} mmol/L."
    ),
    "profile-threshold-between": (
        "hypomagnesemia_below must lie between critical_low_below and high_above ({low} to {high} mmol/L), "
        "not {value} mmol/L."
    ),
    "profile-too-large": "{key} is far too large to be plausible.",
    "profile-not-finite": "{key} must be a finite number, not {value}.",
    "profile-out-of-scale": "{key} is far too large or too small to be plausible.",
    "profile-not-a-file": "Cannot read profile {path}: it is not a regular file.",
    "profile-too-big": "Profile {path} is larger than {kb} KB; it cannot be a profile.",
    "profile-unreadable": "Cannot read profile {path}: {detail}",
    "profile-not-toml": "{origin} is not valid TOML: {detail}",
    "profile-too-deep": "{origin} is not a profile: its arrays or tables are nested too deep.",
    # -- the patient database (store) ------------------------------------------------
    "the-database": "the database",
    "db-folder-not-writable": "Cannot create {path}: its folder may not be written.",
    "db-not-a-file": "{path} is not a file, so it cannot be an mgdesk database.",
    "db-not-sqlite": (
        "{path} is not a database (it does not start like an SQLite file). It was left as it is; choose an mgdesk "
        "database, or a new file name to create one."
    ),
    "db-read-only": (
        "{path} is read-only. mgdesk needs to write to its database: make the file writable, or copy it to a "
        "folder of your own and open the copy."
    ),
    "db-journal-folder": ("The folder of {path} may not be written; SQLite needs to keep its journal beside the file."),
    "db-locked": (
        "Another program is using {where} and holds it locked; nothing was changed. Close the other program "
        "(or wait for it to finish) and try again."
    ),
    "db-disk-failing": "The disk holding {where} is full or failing ({detail}); nothing was changed.",
    "db-write-refused": "{where} may not be written (read-only file or folder); nothing was changed.",
    "db-not-sqlite-file": "{where} is not an SQLite database; it was left as it is.",
    "db-missing": "There is no database at {path}; nothing was created. Check --db, or import a file to start one.",
    "db-empty-file": (
        "There is an empty file at {path}; nothing was created. Check --db, or import a file to start one."
    ),
    "db-schema-too-new": (
        "This database was written by a newer mgdesk (schema {version}; this mgdesk knows up to {current}). It "
        "was left untouched: update mgdesk to open it."
    ),
    "server-address-invalid": "{text} is not a server address; write postgresql://user@host[:port]/database.",
    "server-address-password": (
        "A password in the server address would be stored and shown in plain text; mgdesk never keeps one. Put it "
        "in ~/.pgpass (or PGPASSWORD, or a pg_service.conf entry) and give postgresql://user@host/database."
    ),
    "server-address-no-database": (
        "Name the database in the server address: postgresql://user@host[:port]/database ({text})."
    ),
    "server-login": (
        "The clinic server refused the login to {where} ({detail}). Check the user name, and the password in "
        "~/.pgpass (or PGPASSWORD); the server's administrator grants access."
    ),
    "server-no-database": (
        "The clinic server has no such database ({detail}); check the address or ask its administrator."
    ),
    "server-known-down": "The clinic server could not be reached.",
    "server-clinic-id-taken": "Another workstation has just added a patient with this clinic identifier.",
    "server-unreachable": (
        "The clinic server cannot be reached ({where}: {detail}). Nothing was changed there. The converter keeps "
        "working; try again when the network or the server is back."
    ),
    # -- dates and times in imported files (interchange.dates) ------------------
    "date-empty": "the date is empty",
    "date-order-not-chosen": (
        "{text} could be read day-first or month-first (03/04 is 3 April or March 4): choose how dates are "
        "written, or write ISO dates (2024-04-03)"
    ),
    "date-short-year": "{text}: write the year with four digits",
    "date-not-a-date": "{text} is not a date: write it as 2024-04-03",
    "date-not-real": "{text} is not a real date",
    "date-not-real-read": "{text} is not a real date when read {order}",
    "order-day-first": "day-first",
    "order-month-first": "month-first",
    "time-not-a-time": "{text} is not a time: write it as 08:15",
    "time-not-real": "{text} is not a real time",
    # -- an import file's text and columns (interchange.text, interchange.columns) --
    "text-not-as-marked": "{name} says it is {label} but is not",
    "text-neither-encoding": "{name} is neither UTF-8 nor Windows-1252 text",
    "text-line-unreadable": "{what}: line {line} cannot be read ({reason}). Save it as CSV UTF-8.",
    "text-nul-byte": "{name} is not a text file (line {line} contains a NUL byte); save it as CSV.",
    "text-nul-character": "{name} is not a text file (line {line} contains a NUL character); save it as CSV.",
    "text-mixed-encodings": (
        "{name} mixes encodings: it is UTF-8, but line {line} is not (Windows-1252 text pasted in?). Save the "
        "whole file as CSV UTF-8."
    ),
    "text-no-separator": "{name}: the first line {header} has no comma, semicolon or tab between column names.",
    "file-kind-results": "results",
    "file-kind-medications": "medications",
    "columns-same-field": "{name}: two columns mean {field}: {headers}.",
    "columns-missing": (
        "{name}: not a {kind} file mgdesk can read: no column for {expected}. Columns found: {headers}. A "
        "results file needs patient, date, value (unit, specimen, comment optional); a medication file needs "
        "patient, drug_class, start (drug, stop, dose optional)."
    ),
    "mapping-unknown-field": "{name}: a {kind} file has no field {fields}.",
    "mapping-no-such-column": "{name}: the chosen mapping names a column the file does not have.",
    "mapping-column-twice": "{name}: one column cannot be read as two fields.",
    "mapping-choose": "{name}: choose a column for {fields}.",
    "file-empty": "{name} is empty.",
    "file-changed": "{name} has changed since it was checked; import it again to check what it holds now.",
    "csv-header-unreadable": "{name}: the header cannot be read ({detail}).",
    # -- HL7 v2 messages a lab file holds (interchange.hl7_import) -------------------
    "hl7-not-lab-result": "message type {kind} is not a lab result (ORU^R01)",
    "hl7-not-v2": "HL7 version {version} is not v2",
    # -- the lab import choices and the outbox (services.lab_codes, store.outbox) ------
    "lab-mapping-malformed": "{text}: write a lab code mapping as CODE=SPECIMEN or CODE^SYSTEM=SPECIMEN (MG=serum).",
    "lab-choices-not-saved": "Cannot remember the lab import choices in {path}: {detail}.",
    "outbox-unusable": "The outbox {path} cannot be used: {detail}.",
    # -- stored records (store.records) --------------------------------------------
    "kind-patient": "patient",
    "kind-medication-course": "medication course",
    "kind-result": "result",
    "kind-review": "review",
    "clinic-id-taken": "Another patient already has the clinic identifier {clinic_id}.",
    "clinic-id-taken-deleted": (
        "Another patient already has the clinic identifier {clinic_id} (a deleted patient: restore them instead)."
    ),
    "delete-reason-missing": "Say why the {kind} is deleted; the reason is kept with it.",
    "edit-conflict": (
        "This {kind} was changed by {changed_by}{where}{when} after you opened it. Your change was not saved; it "
        "is kept beside the current one, to re-apply or discard."
    ),
    "conflict-where": " on {workstation}",
    "conflict-when": " at {moment} UTC",
    # -- files written on request: exports, reports, copies (domain.files) --------
    "file-is-database": "{path} is the open patient database; mgdesk will not write over it.",
    "file-belongs-to-database": (
        "{path} belongs to the open patient database {database} (its journal or a backup); mgdesk will not write "
        "over it."
    ),
    "file-cannot-write": "Cannot write {path}: {detail}.",
    "file-not-regular": "{path} exists and is not a regular file; choose a file name.",
    "file-exists": "{path} exists already; give --force to replace it, or choose another name.",
    "file-no-folder": "Cannot write {path}: the folder {folder} does not exist.",
    "file-write-failed": "Cannot write {path}: {detail}; it was left as it was.",
    # -- the "how" of the trend numbers (domain.trend) ----------------------------
    "trend-count": "Counted {n} serum/plasma magnesium results.",
    "trend-count-excluded": (
        "Counted {n} serum/plasma magnesium results; {excluded} urine or red-cell results are not counted."
    ),
    "trend-no-result": "No serum/plasma result on file.",
    "trend-latest": (
        "The most recent serum/plasma result ({date}, {value} {unit}), classed on its exact value of "
        "{mmol} mmol/L against the profile {profile}."
    ),
    "trend-days-since": "Days from the latest result ({date}) to today ({today}).",
    "off-note": (
        "; {n} result taken off metformin is left out",
        "; {n} results taken off metformin are left out",
    ),
    "trend-slope-never": "Never on metformin: there is no time on metformin to fit a slope over.",
    "trend-slope-too-few": (
        "Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on "
        "metformin (first started {start}; {n} found{off_note})."
    ),
    "trend-slope": (
        "Ordinary least squares through {n} numeric serum/plasma results taken on metformin (x = cumulative "
        "years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- "
        "t({df} df) {t} x standard error {se}."
    ),
    "trend-exposure": "Since the first start ({start}): the cumulative time on metformin (days off the drug not "
    "counted).",
    "trend-means-never": "Never on metformin: no before/after comparison.",
    "trend-means-none-before": "No numeric serum/plasma result before metformin was started on {start}.",
    "trend-means": (
        "Arithmetic means in mmol/L of the {n_before} numeric serum/plasma results before the first metformin "
        "start ({start}) and the {n_after} taken on metformin{off_note}."
    ),
    "trend-below": (
        "The share of serum/plasma results below {threshold}: {below} of {n}; a '<' result counts only when its "
        "bound is at or below the threshold."
    ),
    "trend-below-none": "The share of serum/plasma results below {threshold}: 0 of 0.",
    "crossing-no-slope": "No slope, so no projection.",
    "crossing-not-significant": (
        "Not projected: the crossing of {threshold} is projected only when the slope is negative and its 95% "
        "interval excludes zero."
    ),
    "crossing-none": "No crossing.",
    "crossing-too-far": "Not projected: the fitted line reaches {threshold} more than {years} years from now.",
    "crossing-reached": "The fitted line already reached {threshold} at {x} cumulative years on metformin; "
    "first started {start}.",
    "crossing-ahead": (
        "The fitted line reaches {threshold} at {x} cumulative years on metformin (if it is taken every day "
        "from today); first started {start}."
    ),
    "alert-rule": (
        "the projected crossing is on or before {horizon} (today + {months} months) while the latest value is "
        "not below the threshold"
    ),
    "alert-off-no-crossing": "Off: no projected crossing; the alert is on when {rule}.",
    "alert-off-below": "Off: the latest value is already below the threshold; the alert is on when {rule}.",
    "alert-on": "On: {rule}.",
    "alert-off-later": "Off: the projected crossing is after {horizon}; the alert is on when {rule}.",
    "retest-first": "No serum/plasma result on file: a first test has been due since metformin was started.",
    "retest-no-rule": "No serum/plasma result on file and not on metformin: no re-test rule applies.",
    "retest-not-needed": (
        "The latest result is not low and the patient is not on metformin today: no re-test rule applies."
    ),
    "retest-after-low": (
        "Due {months} months after the latest result ({date}): the profile's re-test interval after a low result."
    ),
    "retest-after-indeterminate": (
        "Due {months} months after the latest result ({date}): it may be below the threshold, so the profile's "
        "re-test interval after a low result applies."
    ),
    "retest-on-metformin": (
        "Due {months} months after the latest result ({date}): the profile's re-test interval for a patient "
        "on metformin."
    ),
}


def template(code: str, fields: Mapping[str, object]) -> str:
    """The English template of ``code``, the plural one when the field ``n`` is not 1."""
    chosen = ENGLISH[code]
    if isinstance(chosen, tuple):
        return chosen[0] if fields.get("n") == 1 else chosen[1]
    return chosen


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a template fills."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def english(message: Message) -> str:
    """The English sentence of ``message``."""
    fields = message.fields
    return template(message.code, fields).format_map({key: english_field(value) for key, value in fields.items()})


def english_field(value: object) -> str:
    """One field as the English sentence writes it."""
    for kind, write in _ENGLISH_WRITERS:
        if isinstance(value, kind):
            return write(value)
    if isinstance(value, Enum) and hasattr(value, "label"):  # a Category (profile.py reads this module)
        return str(value.label)
    return str(value)


def _any_of(value: AnyOf) -> str:
    words = [english_field(item) for item in value.items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


# Checked in order: a datetime is also a date, a Quoted text also a str.
_ENGLISH_WRITERS: tuple[tuple[type, Callable[[Any], str]], ...] = (
    (Message, english),
    (Quoted, lambda value: repr(str(value))),
    (Decimal, lambda value: f"{value:f}"),
    (Grouped, lambda value: f"{value:,}"),
    (dt.datetime, lambda value: f"{value:%Y-%m-%d %H:%M}"),
    (dt.date, lambda value: value.isoformat()),
    (AnyOf, _any_of),
    (AllOf, lambda value: " and ".join(english_field(item) for item in value.items)),
)
