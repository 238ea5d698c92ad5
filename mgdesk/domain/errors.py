"""The project's exception hierarchy.

One base class, ``MgdeskError``; each subclass also inherits the builtin it
resembles (as pint's ``errors.py`` does), so callers may catch either.  Every
error is a typed value: a ``code`` (what went wrong, e.g. ``"unit-unknown"``)
and ``fields`` (the value, unit, edge or text it is about), from which the
edge builds its sentence (the window in the user's language); the English
message, written for the person at the keyboard (what is wrong and what is
accepted), is what the command line prints.
"""

from collections.abc import Mapping


class MgdeskError(Exception):
    """Base of every error mgdesk raises on purpose: an English message, a code and its fields."""

    code: str = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **fields: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.fields: Mapping[str, object] = fields


class InputError(MgdeskError, ValueError):
    """A value typed, pasted or imported cannot be used as a magnesium result."""


class UnitError(InputError):
    """A unit is missing or not one of the supported magnesium units."""


class ImplausibleValueError(InputError):
    """A value converts to a concentration no living patient has."""


class ProfileError(MgdeskError, ValueError):
    """A lab profile file cannot be read or is inconsistent."""


class OutputFileError(InputError):
    """A file cannot be written where asked (it is the open database, exists, or the disk refused)."""


class ImportCancelledError(MgdeskError):
    """The person cancelled an import; nothing of it was kept."""


class StoreError(MgdeskError):
    """The patient database cannot be opened, read or written as asked."""


class DatabaseMissingError(StoreError):
    """A command that only reads was given a database file that does not exist."""


class DatabaseLockedError(StoreError):
    """Another program holds the database; nothing was changed."""


class DatabaseReadOnlyError(StoreError):
    """The database file (or its folder) may not be written."""


class DatabaseCorruptError(StoreError):
    """The file is an SQLite database whose contents are damaged."""


class NotADatabaseError(StoreError):
    """The file exists but is not an mgdesk database at all."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer mgdesk; it is left untouched."""


class RecordNotFoundError(StoreError, LookupError):
    """No stored patient, course or result has the given identity."""


class DuplicatePatientError(StoreError, ValueError):
    """Another patient already has this clinic identifier."""
