"""Dates and times in interchange files, and the rule that keeps 03/04 from being guessed.

ISO dates (2024-04-03, also 2024/04/03, optionally followed by a time) are
always read.  A date with the year last (03/04/2024, 03.04.2024, 03-04-2024)
is read only when the order is declared, by the user (``--day-first`` /
``--month-first``) or by the file (a date header such as
``date (dd/mm/yyyy)``): even 25/04/2024, unambiguous on its own, is refused
without it, so the answer never depends on which rows a file happens to hold.
The command line refuses a whole file whose order is needed but not given
(``ORDER_NEEDED``); the window's preview rejects only those rows
(the message ``date-order-not-chosen``) until the user chooses the order there.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

from mgdesk.domain.errors import InputError
from mgdesk.domain.messages import Message, Quoted
from mgdesk.domain.records import check_record_date


class DateOrder(Enum):
    """How a year-last date is read."""

    ISO_ONLY = "iso"
    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"


_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_YEAR_LAST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d+)$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$")

ORDER_NEEDED = (
    "{text!r} could be read day-first or month-first (03/04 is 3 April or March 4): run the import "
    "with --day-first or --month-first, name the column 'date (dd/mm/yyyy)', or write ISO dates (2024-04-03)"
)


def order_from_header(header: str) -> DateOrder | None:
    """The date order a header declares, as in ``date (dd/mm/yyyy)``; None if it declares none."""
    folded = re.sub(r"[^dmy]", "", header.lower().partition("(")[2] or header.lower().partition("[")[2])
    if folded.startswith("ddmm"):
        return DateOrder.DAY_FIRST
    if folded.startswith("mmdd"):
        return DateOrder.MONTH_FIRST
    return None


def is_year_last(text: str) -> bool:
    return _YEAR_LAST.match(text.strip().split(" ")[0].split("T")[0]) is not None


def parse_date_time(text: str, order: DateOrder) -> tuple[dt.date, dt.time | None]:
    """A date, with the time when the cell carries one ("2024-04-03 08:15"); raise InputError."""
    stripped = text.strip()
    if not stripped:
        raise InputError(code="date-empty")
    date_text, _, time_text = stripped.replace("T", " ", 1).partition(" ")
    day = parse_date(date_text, order)
    return day, parse_time(time_text) if time_text.strip() else None


def parse_date(text: str, order: DateOrder) -> dt.date:
    stripped = text.strip()
    year_last = False
    if match := _ISO.match(stripped):
        year, month, day = (int(g) for g in match.groups())
    elif match := _YEAR_LAST.match(stripped):
        if order is DateOrder.ISO_ONLY:
            raise InputError(code="date-order-not-chosen", text=Quoted(stripped))
        first, second, year_text = match.groups()
        if len(year_text) != 4:
            raise InputError(code="date-short-year", text=Quoted(stripped))
        year, year_last = int(year_text), True
        day, month = (int(first), int(second)) if order is DateOrder.DAY_FIRST else (int(second), int(first))
    else:
        raise InputError(code="date-not-a-date", text=Quoted(stripped))
    try:
        parsed = dt.date(year, month, day)
    except ValueError:
        if year_last:  # an ISO date reads one way only
            order_words = Message.of("order-" + order.value)
            raise InputError(code="date-not-real-read", text=Quoted(stripped), order=order_words) from None
        raise InputError(code="date-not-real", text=Quoted(stripped)) from None
    return check_record_date(parsed, "date")


def parse_time(text: str) -> dt.time:
    match = _TIME.match(text.strip())
    if match is None:
        raise InputError(code="time-not-a-time", text=Quoted(text.strip()))
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        raise InputError(code="time-not-real", text=Quoted(text.strip())) from None
