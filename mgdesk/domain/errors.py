"""The project's exception hierarchy.

One base class, ``MgdeskError``; each subclass also inherits the builtin it
resembles (as pint's ``errors.py`` does), so callers may catch either.  Every
error is a typed value: a ``code`` (what went wrong, e.g. ``"unit-unknown"``)
and ``fields`` (the value, unit, edge or text it is about), together its
``message`` (``domain.messages``), from which the edge builds its sentence
(the window in the user's language).  ``str(error)`` is the English sentence
of that message, written for the person at the keyboard (what is wrong and
what is accepted): what the command line prints.  An error raised with an
English text of its own and a code without a template keeps that text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mgdesk.domain.messages import Message


class MgdeskError(Exception):
    """Base of every error mgdesk raises on purpose: an English message, a code and its fields."""

    code: str = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **fields: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.fields: Mapping[str, object] = fields

    @property
    def message(self) -> Message:
        """What went wrong as a typed message (its code and fields)."""
        from mgdesk.domain.messages import Message  # messages reads units, which raise these errors

        return Message(self.code, self.fields)

    def __str__(self) -> str:
        from mgdesk.domain.messages import ENGLISH, english

        if self.code in ENGLISH:
            return english(self.message)
        return super().__str__()


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


class ServerUnreachableError(StoreError, ConnectionError):
    """The clinic's database server cannot be reached (network, server stopped); nothing was changed."""


class ServerLoginError(StoreError, PermissionError):
    """The clinic's database server refused the login (role, password or permissions)."""


class WriteContentionError(StoreError):
    """Other workstations kept changing the same records; the change was tried several times, then given up."""


class NetworkFolderError(DatabaseReadOnlyError):
    """An SQLite file on a network folder, where SQLite's locking is unsafe: opened read-only at most."""


class EditConflictError(StoreError):
    """Someone else saved the record after this editor read it; this editor's change was not saved.

    Carries both versions so the person can re-apply their change or discard
    it: ``mine`` is what they tried to save, ``theirs`` what is stored now,
    and ``changed_by`` / ``workstation`` / ``changed_at`` say who saved
    ``theirs``, where and when (from the audit log).
    """

    def __init__(
        self,
        kind: str,
        mine: object,
        theirs: object,
        *,
        changed_by: str,
        workstation: str | None,
        changed_at: dt.datetime | None,
    ) -> None:
        self.kind = kind
        self.mine = mine
        self.theirs = theirs
        self.changed_by = changed_by
        self.workstation = workstation
        self.changed_at = changed_at
        from mgdesk.domain.messages import Message  # messages reads units, which raise these errors

        super().__init__(
            code="edit-conflict",
            kind=Message.of("kind-" + kind.replace(" ", "-")),
            changed_by=changed_by,
            where="" if not workstation else Message.of("conflict-where", workstation=workstation),
            when="" if changed_at is None else Message.of("conflict-when", moment=changed_at),
        )
