"""Turning the bytes of an interchange file into text, and finding its separator.

UTF-8 with or without a byte-order mark, else Windows-1252 (what spreadsheets
on Windows save); anything else is refused with a message rather than read as
mojibake.  The separator (comma, semicolon or tab) is the one the header line
uses most, which is deterministic where ``csv.Sniffer`` guesses from content.
"""

from __future__ import annotations

import codecs

from mgdesk.domain.errors import InputError

SEPARATORS = (",", ";", "\t")


class FileFormatError(InputError):
    """The file cannot be read at all (encoding, header, separator, date order)."""


def decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise FileFormatError(f"{name} is not a text file (it contains NUL bytes); save it as CSV.")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as error:
            message = f"{name} says it is UTF-8 but is not: {error.reason} at byte {error.start}."
            raise FileFormatError(message) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise FileFormatError(f"{name} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8.") from None


def separator(header_line: str, name: str) -> str:
    counts = {sep: header_line.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    if counts[best] == 0:
        raise FileFormatError(
            f"{name}: the first line {header_line[:80]!r} has no comma, semicolon or tab between column names."
        )
    return best
