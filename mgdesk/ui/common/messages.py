"""The window's renderer of typed messages: one translatable sentence per message code.

The domain says what it has to say as a ``domain.messages.Message`` (a code
and fields); this module turns it into a sentence in the user's language.
Each code has one literal, ``QCoreApplication.translate("Messages", ...)``,
so ``pyside6-lupdate`` extracts them all, with the same ``{placeholders}`` as
the English template the command line prints (a test holds the two sets
equal).  Counts use Qt's plural forms (``%n``).  Fields are written here with
the locale: numbers keep the decimals the domain's display rule chose and
only take the locale's decimal mark, dates take its short format, classes
their translated words.  Units, FHIR codes and JSON keys are never
translated.  ``local_number`` and ``local_date`` live here, the one place the
window localises a number or a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from mgdesk.domain.classify import (
    Classification,
    borderline_message,
    mix_up_messages,
    note_message,
    side_message,
)
from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.messages import AllOf, AnyOf, Grouped, Message, Number, Quoted
from mgdesk.domain.profile import Category
from mgdesk.domain.records import Specimen
from mgdesk.ui.common.class_style import class_short_words
from mgdesk.ui.common.record_names import specimen_name


def local_number(text: str) -> str:
    """A number written with '.' rewritten with the locale's decimal mark, and its sign as the locale writes it.

    A signed number gets the mark the locale writes before its sign: Arabic
    with the digits 0-9 writes a left-to-right mark there (CLDR), without
    which a right-to-left line lays "-0.053" out as "0.053-".
    """
    locale = QLocale()
    text = text.replace(".", locale.decimalPoint())
    if text[:1] in ("-", "+", "\N{MINUS SIGN}"):
        text = locale.negativeSign()[:-1] + text
    return text


def left_to_right(text: str) -> str:
    """``text`` kept in left-to-right order inside right-to-left text (Unicode LRE ... PDF).

    A range such as "0.70-1.05" (with an en dash) in an Arabic window would
    otherwise be laid out by the Unicode bidirectional algorithm as
    "1.05-0.70": the dash
    between two numbers takes the right-to-left direction around it.  In a
    left-to-right language the marks change nothing.
    """
    return f"\u202a{text}\u202c"


def local_date(day: dt.date) -> str:
    """A date in the user's locale's short format, always with a four-digit year.

    With no locale set (the C locale) dates are written as ISO 8601, which no
    reader can take for another day.
    """
    return QLocale().toString(QDate(day.year, day.month, day.day), local_date_pattern())


def local_date_pattern() -> str:
    """The Qt date pattern of ``local_date``, also used by the dialogs' date fields (``QDateEdit``)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def local_date_time(moment: dt.datetime) -> str:
    """A date and a time of day (hours and minutes) in the user's locale."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    if QLocale().language() == QLocale.Language.C:
        time = f"{moment:%H:%M}"
    return f"{local_date(moment.date())} {time}"


# One literal per code of ``domain.messages.ENGLISH``; each takes the count
# ``n`` (the field "n", 0 when the message has none) for Qt's plural forms.
TEMPLATES: dict[str, Callable[[int], str]] = {
    "threshold": lambda n: QCoreApplication.translate("Messages", "{value} {unit}"),
    "threshold-clinic": lambda n: QCoreApplication.translate(
        "Messages", "clinic threshold {value} {unit}; literature {literature} {unit}"
    ),
    "side-below": lambda n: QCoreApplication.translate(
        "Messages", "Below the hypomagnesemia threshold of {threshold}."
    ),
    "side-not-below": lambda n: QCoreApplication.translate(
        "Messages", "Not below the hypomagnesemia threshold of {threshold}."
    ),
    "side-cannot-tell": lambda n: QCoreApplication.translate(
        "Messages", "Cannot tell whether below the hypomagnesemia threshold of {threshold}."
    ),
    "span-below": lambda n: QCoreApplication.translate("Messages", "any value below {bound} mmol/L"),
    "span-above": lambda n: QCoreApplication.translate("Messages", "any value above {bound} mmol/L"),
    "qualified-indeterminate": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} is {span}, on both sides of the hypomagnesemia threshold of {threshold}: cannot tell. "
        "It could be {classes}.",
    ),
    "qualified-borderline": lambda n: QCoreApplication.translate(
        "Messages", "{value} {unit} is {span}: classed {category}, it could be {classes}."
    ),
    "borderline": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L edge. "
        "Its written precision cannot tell which side.",
    ),
    "borderline-threshold": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L threshold. "
        "Its written precision cannot tell which side.",
    ),
    "mix-up": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} is {category}; as {value} {other_unit} it would be {mmol} mmol/L, normal - check the unit.",
    ),
    "class-indeterminate": lambda n: QCoreApplication.translate(
        "Messages", "{value} {unit} could be {classes}: on both sides of the threshold, so mgdesk cannot tell."
    ),
    "class-band": lambda n: QCoreApplication.translate(
        "Messages", "{mmol} mmol/L is in the band {band} mmol/L: {category} in the profile {profile}."
    ),
    "class-borderline": lambda n: QCoreApplication.translate("Messages", "{category}, borderline"),
    "note": lambda n: QCoreApplication.translate(
        "Messages", "Serum Mg {value} {unit} ({details}; hypomagnesemia threshold {threshold})"
    ),
    "note-converted": lambda n: QCoreApplication.translate(
        "Messages", "Serum Mg {value} {unit} = {mmol} mmol/L ({details}; hypomagnesemia threshold {threshold})"
    ),
    "empty": lambda n: QCoreApplication.translate("Messages", "Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L."),
    "too-long": lambda n: QCoreApplication.translate(
        "Messages", "The entry is too long ({length} characters) for one value."
    ),
    "not-a-number": lambda n: QCoreApplication.translate(
        "Messages",
        "{text} is not a value: write a number with a decimal point or comma (1.8 or 1,8), "
        "optionally followed by its unit.",
    ),
    "exponent": lambda n: QCoreApplication.translate(
        "Messages",
        "{text} has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), "
        "optionally followed by its unit.",
    ),
    "not-finite": lambda n: QCoreApplication.translate(
        "Messages", "The value is not a number (NaN or infinity): enter a measured value."
    ),
    "not-positive": lambda n: QCoreApplication.translate("Messages", "The value must be greater than zero."),
    "qualifier-unknown": lambda n: QCoreApplication.translate(
        "Messages", "Unknown qualifier {qualifier}: use '<', '>' or nothing."
    ),
    "unit-none": lambda n: QCoreApplication.translate(
        "Messages",
        "No unit given. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), "
        "umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).",
    ),
    "unit-missing": lambda n: QCoreApplication.translate(
        "Messages",
        "Give the unit of {text}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, "
        "mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).",
    ),
    "unit-unknown": lambda n: QCoreApplication.translate(
        "Messages",
        "Unknown unit {unit}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), "
        "umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).",
    ),
    "unit-conflict": lambda n: QCoreApplication.translate(
        "Messages", "{text} carries the unit {unit}, but {given} was also given."
    ),
    "implausible": lambda n: QCoreApplication.translate(
        "Messages", "{value} {unit} is above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit."
    ),
    "implausible-converted": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} is {shown} mmol/L, above {limit_mmol_per_l} mmol/L, which no living patient has: "
        "check the unit.",
    ),
    "implausible-far": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} is far above {limit_mmol_per_l} mmol/L in any unit, which no living patient has: "
        "check the number and the unit.",
    ),
    "too-small": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} is below {limit_mmol_per_l} mmol/L, too small to show or to be a measured magnesium "
        "value: check the number and the unit.",
    ),
    "located": lambda n: QCoreApplication.translate("Messages", "{where}: {reason}"),
    "drug-class-unknown": lambda n: QCoreApplication.translate(
        "Messages", "Unknown drug class {text}. Accepted: {accepted}."
    ),
    "specimen-unknown": lambda n: QCoreApplication.translate(
        "Messages", "Unknown specimen {text}. Accepted: serum, plasma, urine, red-cell."
    ),
    "clinic-id-missing": lambda n: QCoreApplication.translate("Messages", "A patient needs a clinic identifier."),
    "birth-year-implausible": lambda n: QCoreApplication.translate(
        "Messages", "Birth year {year} is not plausible: it must lie between {earliest} and {latest}."
    ),
    "date-implausible": lambda n: QCoreApplication.translate(
        "Messages", "The {what} {day} is not plausible: it must lie between {earliest} and tomorrow ({latest})."
    ),
    "date-date": lambda n: QCoreApplication.translate("Messages", "date"),
    "date-start-date": lambda n: QCoreApplication.translate("Messages", "start date"),
    "date-stop-date": lambda n: QCoreApplication.translate("Messages", "stop date"),
    "date-collection-date": lambda n: QCoreApplication.translate("Messages", "collection date"),
    "course-stops-before-start": lambda n: QCoreApplication.translate(
        "Messages", "The course of {drug} stops ({stop}) before it starts ({start})."
    ),
    "dose-out-of-range": lambda n: QCoreApplication.translate(
        "Messages",
        "The daily dose of {drug} must be a number of mg greater than zero and below {limit} (one kilogram a day).",
    ),
    "dose-too-precise": lambda n: QCoreApplication.translate(
        "Messages", "The daily dose of {drug} has more than three decimals of a mg."
    ),
    "dose-not-a-number": lambda n: QCoreApplication.translate(
        "Messages", "The daily dose {text} is not a number of mg per day (e.g. 1000 or 1000 mg)."
    ),
    "dose-ambiguous": lambda n: QCoreApplication.translate(
        "Messages",
        "The daily dose {text} is ambiguous: write {whole} without a thousands separator, or a decimal with one "
        "or two decimals.",
    ),
    "dose-not-positive": lambda n: QCoreApplication.translate(
        "Messages", "The daily dose {text} must be greater than zero."
    ),
    "same-sample": lambda n: QCoreApplication.translate(
        "Messages", "{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when})"
    ),
    "same-sample-other-unit": lambda n: QCoreApplication.translate(
        "Messages",
        "{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when}), reported in {unit} "
        "instead of {kept_unit}",
    ),
    "profile-named": lambda n: QCoreApplication.translate("Messages", "Profile {name}: {reason}"),
    "profile-located": lambda n: QCoreApplication.translate("Messages", "{origin}: {reason}"),
    "profile-months-range": lambda n: QCoreApplication.translate(
        "Messages", "{key} must be a whole number of months from 1 to {most}, not {value}."
    ),
    "profile-months-whole": lambda n: QCoreApplication.translate(
        "Messages", "{key} must be a whole number of months, not {value}."
    ),
    "profile-retest-order": lambda n: QCoreApplication.translate(
        "Messages",
        "retest_months_after_low ({after_low}) must not be longer than retest_months_on_metformin "
        "({on_metformin}): a low result is re-tested sooner, not later.",
    ),
    "profile-edges-finite": lambda n: QCoreApplication.translate("Messages", "every edge must be a finite number."),
    "profile-edges-positive": lambda n: QCoreApplication.translate("Messages", "every edge must be greater than zero."),
    "profile-threshold-too-high": lambda n: QCoreApplication.translate(
        "Messages", "hypomagnesemia_below must be below {limit} mmol/L, which no living patient reaches."
    ),
    "profile-edges-rise": lambda n: QCoreApplication.translate(
        "Messages", "edges must rise: critical_low_below < low_below < high_above < critical_high_above."
    ),
    "profile-missing": lambda n: QCoreApplication.translate("Messages", "missing {keys}."),
    "profile-not-a-number": lambda n: QCoreApplication.translate("Messages", "{key} must be a number, not {value}."),
    "profile-sources": lambda n: QCoreApplication.translate("Messages", "[sources] must be a table of texts."),
    "profile-no-name": lambda n: QCoreApplication.translate("Messages", "the profile needs a name."),
    "profile-edge-implausible": lambda n: QCoreApplication.translate(
        "Messages", "{key} = {value} {unit} is not plausible; a band edge lies between {low} and {high} mmol/L."
    ),
    "profile-threshold-between": lambda n: QCoreApplication.translate(
        "Messages",
        "hypomagnesemia_below must lie between critical_low_below and high_above ({low} to {high} mmol/L), "
        "not {value} mmol/L.",
    ),
    "profile-too-large": lambda n: QCoreApplication.translate("Messages", "{key} is far too large to be plausible."),
    "profile-not-finite": lambda n: QCoreApplication.translate(
        "Messages", "{key} must be a finite number, not {value}."
    ),
    "profile-out-of-scale": lambda n: QCoreApplication.translate(
        "Messages", "{key} is far too large or too small to be plausible."
    ),
    "profile-not-a-file": lambda n: QCoreApplication.translate(
        "Messages", "Cannot read profile {path}: it is not a regular file."
    ),
    "profile-too-big": lambda n: QCoreApplication.translate(
        "Messages", "Profile {path} is larger than {kb} KB; it cannot be a profile."
    ),
    "profile-unreadable": lambda n: QCoreApplication.translate("Messages", "Cannot read profile {path}: {detail}"),
    "profile-not-toml": lambda n: QCoreApplication.translate("Messages", "{origin} is not valid TOML: {detail}"),
    "profile-too-deep": lambda n: QCoreApplication.translate(
        "Messages", "{origin} is not a profile: its arrays or tables are nested too deep."
    ),
    "the-database": lambda n: QCoreApplication.translate("Messages", "the database"),
    "db-folder-not-writable": lambda n: QCoreApplication.translate(
        "Messages", "Cannot create {path}: its folder may not be written."
    ),
    "db-not-a-file": lambda n: QCoreApplication.translate(
        "Messages", "{path} is not a file, so it cannot be an mgdesk database."
    ),
    "db-not-sqlite": lambda n: QCoreApplication.translate(
        "Messages",
        "{path} is not a database (it does not start like an SQLite file). It was left as it is; choose an "
        "mgdesk database, or a new file name to create one.",
    ),
    "db-read-only": lambda n: QCoreApplication.translate(
        "Messages",
        "{path} is read-only. mgdesk needs to write to its database: make the file writable, or copy it to a "
        "folder of your own and open the copy.",
    ),
    "db-journal-folder": lambda n: QCoreApplication.translate(
        "Messages", "The folder of {path} may not be written; SQLite needs to keep its journal beside the file."
    ),
    "db-locked": lambda n: QCoreApplication.translate(
        "Messages",
        "Another program is using {where} and holds it locked; nothing was changed. Close the other program "
        "(or wait for it to finish) and try again.",
    ),
    "db-disk-failing": lambda n: QCoreApplication.translate(
        "Messages", "The disk holding {where} is full or failing ({detail}); nothing was changed."
    ),
    "db-write-refused": lambda n: QCoreApplication.translate(
        "Messages", "{where} may not be written (read-only file or folder); nothing was changed."
    ),
    "db-not-sqlite-file": lambda n: QCoreApplication.translate(
        "Messages", "{where} is not an SQLite database; it was left as it is."
    ),
    "db-missing": lambda n: QCoreApplication.translate(
        "Messages",
        "There is no database at {path}; nothing was created. Open another database, or import a file to start one.",
    ),
    "db-empty-file": lambda n: QCoreApplication.translate(
        "Messages",
        "There is an empty file at {path}; nothing was created. Open another database, or import a file to start one.",
    ),
    "db-schema-too-new": lambda n: QCoreApplication.translate(
        "Messages",
        "This database was written by a newer mgdesk (schema {version}; this mgdesk knows up to {current}). "
        "It was left untouched: update mgdesk to open it.",
    ),
    "server-address-invalid": lambda n: QCoreApplication.translate(
        "Messages", "{text} is not a server address; write postgresql://user@host[:port]/database."
    ),
    "server-address-password": lambda n: QCoreApplication.translate(
        "Messages",
        "A password in the server address would be stored and shown in plain text; mgdesk never keeps one. Put it "
        "in ~/.pgpass (or PGPASSWORD, or a pg_service.conf entry) and give postgresql://user@host/database.",
    ),
    "server-address-no-database": lambda n: QCoreApplication.translate(
        "Messages", "Name the database in the server address: postgresql://user@host[:port]/database ({text})."
    ),
    "server-login": lambda n: QCoreApplication.translate(
        "Messages",
        "The clinic server refused the login to {where} ({detail}). Check the user name, and the password in "
        "~/.pgpass (or PGPASSWORD); the server's administrator grants access.",
    ),
    "server-no-database": lambda n: QCoreApplication.translate(
        "Messages", "The clinic server has no such database ({detail}); check the address or ask its administrator."
    ),
    "server-known-down": lambda n: QCoreApplication.translate("Messages", "The clinic server could not be reached."),
    "server-clinic-id-taken": lambda n: QCoreApplication.translate(
        "Messages", "Another workstation has just added a patient with this clinic identifier."
    ),
    "server-unreachable": lambda n: QCoreApplication.translate(
        "Messages",
        "The clinic server cannot be reached ({where}: {detail}). Nothing was changed there. The converter keeps "
        "working; try again when the network or the server is back.",
    ),
    "date-empty": lambda n: QCoreApplication.translate("Messages", "the date is empty"),
    "date-order-not-chosen": lambda n: QCoreApplication.translate(
        "Messages",
        "{text} could be read day-first or month-first (03/04 is 3 April or March 4): choose how dates are "
        "written, or write ISO dates (2024-04-03)",
    ),
    "date-short-year": lambda n: QCoreApplication.translate("Messages", "{text}: write the year with four digits"),
    "date-not-a-date": lambda n: QCoreApplication.translate("Messages", "{text} is not a date: write it as 2024-04-03"),
    "date-not-real": lambda n: QCoreApplication.translate("Messages", "{text} is not a real date"),
    "date-not-real-read": lambda n: QCoreApplication.translate(
        "Messages", "{text} is not a real date when read {order}"
    ),
    "order-day-first": lambda n: QCoreApplication.translate("Messages", "day-first"),
    "order-month-first": lambda n: QCoreApplication.translate("Messages", "month-first"),
    "time-not-a-time": lambda n: QCoreApplication.translate("Messages", "{text} is not a time: write it as 08:15"),
    "time-not-real": lambda n: QCoreApplication.translate("Messages", "{text} is not a real time"),
    "text-not-as-marked": lambda n: QCoreApplication.translate("Messages", "{name} says it is {label} but is not"),
    "text-neither-encoding": lambda n: QCoreApplication.translate(
        "Messages", "{name} is neither UTF-8 nor Windows-1252 text"
    ),
    "text-line-unreadable": lambda n: QCoreApplication.translate(
        "Messages", "{what}: line {line} cannot be read ({reason}). Save it as CSV UTF-8."
    ),
    "text-nul-byte": lambda n: QCoreApplication.translate(
        "Messages", "{name} is not a text file (line {line} contains a NUL byte); save it as CSV."
    ),
    "text-nul-character": lambda n: QCoreApplication.translate(
        "Messages", "{name} is not a text file (line {line} contains a NUL character); save it as CSV."
    ),
    "text-mixed-encodings": lambda n: QCoreApplication.translate(
        "Messages",
        "{name} mixes encodings: it is UTF-8, but line {line} is not (Windows-1252 text pasted in?). Save the "
        "whole file as CSV UTF-8.",
    ),
    "text-no-separator": lambda n: QCoreApplication.translate(
        "Messages", "{name}: the first line {header} has no comma, semicolon or tab between column names."
    ),
    "file-kind-results": lambda n: QCoreApplication.translate("Messages", "results"),
    "file-kind-medications": lambda n: QCoreApplication.translate("Messages", "medications"),
    "columns-same-field": lambda n: QCoreApplication.translate(
        "Messages", "{name}: two columns mean {field}: {headers}."
    ),
    "columns-missing": lambda n: QCoreApplication.translate(
        "Messages",
        "{name}: not a {kind} file mgdesk can read: no column for {expected}. Columns found: {headers}. A "
        "results file needs patient, date, value (unit, specimen, comment optional); a medication file needs "
        "patient, drug_class, start (drug, stop, dose optional).",
    ),
    "mapping-unknown-field": lambda n: QCoreApplication.translate(
        "Messages", "{name}: a {kind} file has no field {fields}."
    ),
    "mapping-no-such-column": lambda n: QCoreApplication.translate(
        "Messages", "{name}: the chosen mapping names a column the file does not have."
    ),
    "mapping-column-twice": lambda n: QCoreApplication.translate(
        "Messages", "{name}: one column cannot be read as two fields."
    ),
    "mapping-choose": lambda n: QCoreApplication.translate("Messages", "{name}: choose a column for {fields}."),
    "file-empty": lambda n: QCoreApplication.translate("Messages", "{name} is empty."),
    "file-changed": lambda n: QCoreApplication.translate(
        "Messages", "{name} has changed since it was checked; import it again to check what it holds now."
    ),
    "csv-header-unreadable": lambda n: QCoreApplication.translate(
        "Messages", "{name}: the header cannot be read ({detail})."
    ),
    "hl7-not-lab-result": lambda n: QCoreApplication.translate(
        "Messages", "message type {kind} is not a lab result (ORU^R01)"
    ),
    "hl7-not-v2": lambda n: QCoreApplication.translate("Messages", "HL7 version {version} is not v2"),
    "lab-mapping-malformed": lambda n: QCoreApplication.translate(
        "Messages", "{text}: write a lab code mapping as CODE=SPECIMEN or CODE^SYSTEM=SPECIMEN (MG=serum)."
    ),
    "lab-choices-not-saved": lambda n: QCoreApplication.translate(
        "Messages", "Cannot remember the lab import choices in {path}: {detail}."
    ),
    "outbox-unusable": lambda n: QCoreApplication.translate("Messages", "The outbox {path} cannot be used: {detail}."),
    "kind-patient": lambda n: QCoreApplication.translate("Messages", "patient"),
    "kind-medication-course": lambda n: QCoreApplication.translate("Messages", "medication course"),
    "kind-result": lambda n: QCoreApplication.translate("Messages", "result"),
    "kind-review": lambda n: QCoreApplication.translate("Messages", "review"),
    "clinic-id-taken": lambda n: QCoreApplication.translate(
        "Messages", "Another patient already has the clinic identifier {clinic_id}."
    ),
    "clinic-id-taken-deleted": lambda n: QCoreApplication.translate(
        "Messages",
        "Another patient already has the clinic identifier {clinic_id} (a deleted patient: restore them instead).",
    ),
    "delete-reason-missing": lambda n: QCoreApplication.translate(
        "Messages", "Say why the {kind} is deleted; the reason is kept with it."
    ),
    "edit-conflict": lambda n: QCoreApplication.translate(
        "Messages",
        "This {kind} was changed by {changed_by}{where}{when} after you opened it. Your change was not saved; it "
        "is kept beside the current one, to re-apply or discard.",
    ),
    "conflict-where": lambda n: QCoreApplication.translate("Messages", " on {workstation}"),
    "conflict-when": lambda n: QCoreApplication.translate("Messages", " at {moment} UTC"),
    "file-is-database": lambda n: QCoreApplication.translate(
        "Messages", "{path} is the open patient database; mgdesk will not write over it."
    ),
    "file-belongs-to-database": lambda n: QCoreApplication.translate(
        "Messages",
        "{path} belongs to the open patient database {database} (its journal or a backup); mgdesk will not write "
        "over it.",
    ),
    "file-cannot-write": lambda n: QCoreApplication.translate("Messages", "Cannot write {path}: {detail}."),
    "file-not-regular": lambda n: QCoreApplication.translate(
        "Messages", "{path} exists and is not a regular file; choose a file name."
    ),
    "file-exists": lambda n: QCoreApplication.translate(
        "Messages", "{path} exists already; replace it, or choose another name."
    ),
    "file-no-folder": lambda n: QCoreApplication.translate(
        "Messages", "Cannot write {path}: the folder {folder} does not exist."
    ),
    "file-write-failed": lambda n: QCoreApplication.translate(
        "Messages", "Cannot write {path}: {detail}; it was left as it was."
    ),
    "trend-count": lambda n: QCoreApplication.translate(
        "Messages", "Counted %n serum/plasma magnesium result(s).", None, n
    ),
    "trend-count-excluded": lambda n: QCoreApplication.translate(
        "Messages",
        "Counted %n serum/plasma magnesium result(s); {excluded} urine or red-cell results are not counted.",
        None,
        n,
    ),
    "trend-no-result": lambda n: QCoreApplication.translate("Messages", "No serum/plasma result on file."),
    "trend-latest": lambda n: QCoreApplication.translate(
        "Messages",
        "The most recent serum/plasma result ({date}, {value} {unit}), classed on its exact value of "
        "{mmol} mmol/L against the profile {profile}.",
    ),
    "trend-days-since": lambda n: QCoreApplication.translate(
        "Messages", "Days from the latest result ({date}) to today ({today})."
    ),
    "off-note": lambda n: QCoreApplication.translate(
        "Messages", "; %n result(s) taken off metformin left out", None, n
    ),
    "trend-exposure": lambda n: QCoreApplication.translate(
        "Messages",
        "Days taken since the first start ({start}), summed over every course; days off the drug are not "
        "counted. Results taken off metformin are drawn hollow grey and left out of the slope and the "
        "'after' mean.",
    ),
    "trend-slope-never": lambda n: QCoreApplication.translate(
        "Messages", "Never on metformin: there is no time on metformin to fit a slope over."
    ),
    "trend-slope-too-few": lambda n: QCoreApplication.translate(
        "Messages",
        "Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on "
        "metformin (first started {start}; %n found{off_note}).",
        None,
        n,
    ),
    "trend-slope": lambda n: QCoreApplication.translate(
        "Messages",
        "Ordinary least squares through %n numeric serum/plasma result(s) taken on metformin (x = cumulative "
        "years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- "
        "t({df} df) {t} x standard error {se}.",
        None,
        n,
    ),
    "trend-means-never": lambda n: QCoreApplication.translate(
        "Messages", "Never on metformin: no before/after comparison."
    ),
    "trend-means-none-before": lambda n: QCoreApplication.translate(
        "Messages", "No numeric serum/plasma result before metformin was started on {start}."
    ),
    "trend-means": lambda n: QCoreApplication.translate(
        "Messages",
        "Arithmetic means in mmol/L of the {n_before} numeric serum/plasma results before the first metformin "
        "start ({start}) and the {n_after} taken on metformin{off_note}.",
    ),
    "trend-below": lambda n: QCoreApplication.translate(
        "Messages",
        "The share of serum/plasma results below {threshold}: {below} of %n; a '<' result counts only when its "
        "bound is at or below the threshold.",
        None,
        n,
    ),
    "trend-below-none": lambda n: QCoreApplication.translate(
        "Messages", "The share of serum/plasma results below {threshold}: 0 of 0."
    ),
    "crossing-no-slope": lambda n: QCoreApplication.translate("Messages", "No slope, so no projection."),
    "crossing-not-significant": lambda n: QCoreApplication.translate(
        "Messages",
        "Not projected: the crossing of {threshold} is projected only when the slope is negative and its 95% "
        "interval excludes zero.",
    ),
    "crossing-none": lambda n: QCoreApplication.translate("Messages", "No crossing."),
    "crossing-too-far": lambda n: QCoreApplication.translate(
        "Messages", "Not projected: the fitted line reaches {threshold} more than {years} years from now."
    ),
    "crossing-reached": lambda n: QCoreApplication.translate(
        "Messages",
        "The fitted line already reached {threshold} at {x} cumulative years on metformin; first started {start}.",
    ),
    "crossing-ahead": lambda n: QCoreApplication.translate(
        "Messages",
        "The fitted line reaches {threshold} at {x} cumulative years on metformin (if it is taken every day "
        "from today); first started {start}.",
    ),
    "alert-rule": lambda n: QCoreApplication.translate(
        "Messages",
        "the projected crossing is on or before {horizon} (today + {months} months) while the latest value is "
        "not below the threshold",
    ),
    "alert-off-no-crossing": lambda n: QCoreApplication.translate(
        "Messages", "Off: no projected crossing; the alert is on when {rule}."
    ),
    "alert-off-below": lambda n: QCoreApplication.translate(
        "Messages", "Off: the latest value is already below the threshold; the alert is on when {rule}."
    ),
    "alert-on": lambda n: QCoreApplication.translate("Messages", "On: {rule}."),
    "alert-off-later": lambda n: QCoreApplication.translate(
        "Messages", "Off: the projected crossing is after {horizon}; the alert is on when {rule}."
    ),
    "retest-first": lambda n: QCoreApplication.translate(
        "Messages", "No serum/plasma result on file: a first test has been due since metformin was started."
    ),
    "retest-no-rule": lambda n: QCoreApplication.translate(
        "Messages", "No serum/plasma result on file and not on metformin: no re-test rule applies."
    ),
    "retest-not-needed": lambda n: QCoreApplication.translate(
        "Messages", "The latest result is not low and the patient is not on metformin today: no re-test rule applies."
    ),
    "retest-after-low": lambda n: QCoreApplication.translate(
        "Messages",
        "Due {months} months after the latest result ({date}): the profile's re-test interval after a low result.",
    ),
    "retest-after-indeterminate": lambda n: QCoreApplication.translate(
        "Messages",
        "Due {months} months after the latest result ({date}): it may be below the threshold, so the profile's "
        "re-test interval after a low result applies.",
    ),
    "retest-on-metformin": lambda n: QCoreApplication.translate(
        "Messages",
        "Due {months} months after the latest result ({date}): the profile's re-test interval for a patient "
        "on metformin.",
    ),
}


def template(code: str, fields: Mapping[str, object]) -> str:
    """The translated template of ``code`` (its plural form chosen by the field ``n``), placeholders unfilled."""
    count = fields.get("n", 0)
    return TEMPLATES[code](count if isinstance(count, int) else 0)


def render(message: Message) -> str:
    """The sentence of ``message`` in the user's language, its numbers and dates in the user's locale."""
    fields = message.fields
    return template(message.code, fields).format_map({key: field_text(value) for key, value in fields.items()})


def field_text(value: object) -> str:
    """One field as the window writes it."""
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, Quoted):
        return QLocale().quoteString(str(value), QLocale.QuotationStyle.AlternateQuotation)
    if isinstance(value, Number):
        return local_number(str(value))
    if isinstance(value, Decimal):
        return local_number(f"{value:f}")
    if isinstance(value, dt.datetime):
        return local_date_time(value)
    if isinstance(value, dt.date):
        return local_date(value)
    if isinstance(value, Category):
        return class_short_words(value)
    if isinstance(value, Specimen):
        return specimen_name(value)
    if isinstance(value, Grouped):
        return QLocale().toString(int(value))
    if isinstance(value, AnyOf):
        words = [field_text(item) for item in value.items]
        if len(words) == 1:
            return words[0]
        return QCoreApplication.translate("Messages", "{first} or {last}").format(
            first=", ".join(words[:-1]), last=words[-1]
        )
    if isinstance(value, AllOf):
        return QCoreApplication.translate("Messages", " and ").join(field_text(item) for item in value.items)
    return str(value)


def reason_sentence(reason: str, message: Message | None) -> str:
    """Why a row or record was refused: its message in the user's language, else the English reason."""
    return reason if message is None or message.code not in TEMPLATES else render(message)


def error_sentence(error: MgdeskError) -> str:
    """The sentence for a typed error; an error whose code has no template keeps its own English text."""
    return render(error.message) if error.code in TEMPLATES else str(error)


def threshold_side_sentence(result: Classification) -> str:
    """'Below the hypomagnesemia threshold of 0.70 mmol/L.', 'Not below ...' or 'Cannot tell whether below ...'."""
    return render(side_message(result))


def borderline_sentence(result: Classification) -> str | None:
    """Why a result is borderline or indeterminate (the range it could be in), or None."""
    message = borderline_message(result)
    return None if message is None else render(message)


def mix_up_sentences(result: Classification) -> list[str]:
    """'2.0 mmol/L is high; as 2.0 mg/dL it would be 0.82 mmol/L, normal - check the unit.', one per unit."""
    return [render(message) for message in mix_up_messages(result)]


def clinical_note(result: Classification) -> str:
    """The sentence the copy action puts on the clipboard for the clinical note."""
    return render(note_message(result))
