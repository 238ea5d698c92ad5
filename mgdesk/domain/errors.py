"""The project's exception hierarchy.

One base class, ``MgdeskError``; each subclass also inherits the builtin it
resembles (as pint's ``errors.py`` does), so callers may catch either.  Every
message is written for the person at the keyboard: what is wrong and what is
accepted.
"""


class MgdeskError(Exception):
    """Base of every error mgdesk raises on purpose."""


class InputError(ValueError, MgdeskError):
    """A value typed, pasted or imported cannot be used as a magnesium result."""


class UnitError(InputError):
    """A unit is missing or not one of the supported magnesium units."""


class ImplausibleValueError(InputError):
    """A value converts to a concentration no living patient has."""


class ProfileError(ValueError, MgdeskError):
    """A lab profile file cannot be read or is inconsistent."""
