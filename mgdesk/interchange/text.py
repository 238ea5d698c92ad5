"""Turning the bytes of an interchange file into text, and finding its separator.

One encoding per file: UTF-8, UTF-16 or UTF-32 with a byte-order mark,
else UTF-8, else Windows-1252 (what spreadsheets on Windows save); a file not
valid in the encoding decided for it (a mix of encodings) is refused naming
its first bad line rather than read as mojibake.  The separator (comma, semicolon or tab) is the one the header line
uses most, which is deterministic where ``csv.Sniffer`` guesses from content.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from mgdesk.domain.errors import InputError

SEPARATORS = (",", ";", "\t")


class FileFormatError(InputError):
    """The file cannot be read at all (encoding, header, separator, date order)."""


# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# A well-formed UTF-8 sequence of two to four bytes (RFC 3629, section 4).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def decode(data: bytes, name: str) -> str:
    """The file's text, in ONE encoding decided for the whole file, or ``FileFormatError``.

    A byte-order mark decides (UTF-8, UTF-16 or UTF-32: Excel's "Unicode
    text" is UTF-16).  Without one: UTF-8 if the file is valid UTF-8; else,
    if it holds any UTF-8 sequence for a non-ASCII letter, it is a UTF-8 file
    with bad lines (a mix of encodings) and is refused naming the first bad
    line; else Windows-1252, refused at the first byte that code page leaves
    undefined.  A NUL character anywhere refuses the file: no text file holds
    one, and stored it would make the export unreadable.
    """
    return decoded(data, name).text


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and the encoding decided for it: ``data[skip:]`` decodes with ``codec`` to ``text``."""

    text: str
    codec: str
    skip: int  # the byte-order mark's length


def decoded(data: bytes, name: str) -> Decoded:
    """What ``decode`` decides, with the codec and the mark's length (a streaming reader decodes again in pieces)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec, f"{name} says it is {label} but is not")
            return Decoded(_checked(text, name), codec, len(bom))
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise FileFormatError(f"{name} is not a text file (line {line} contains a NUL byte); save it as CSV.")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError as error:
        if _UTF8_MULTIBYTE.search(data) is not None:
            line = data.count(b"\n", 0, error.start) + 1
            raise FileFormatError(
                f"{name} mixes encodings: it is UTF-8, but line {line} is not (Windows-1252 text pasted in?). "
                "Save the whole file as CSV UTF-8."
            ) from None
    return Decoded(_strict(data, "cp1252", f"{name} is neither UTF-8 nor Windows-1252 text"), "cp1252", 0)


def _strict(data: bytes, codec: str, what: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(codec, errors="replace").count("\n") + 1
        raise FileFormatError(f"{what}: line {line} cannot be read ({error.reason}). Save it as CSV UTF-8.") from None


def _checked(text: str, name: str) -> str:
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise FileFormatError(f"{name} is not a text file (line {line} contains a NUL character); save it as CSV.")
    return text


def separator(header_line: str, name: str) -> str:
    counts = {sep: header_line.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    if counts[best] == 0:
        raise FileFormatError(
            f"{name}: the first line {header_line[:80]!r} has no comma, semicolon or tab between column names."
        )
    return best
