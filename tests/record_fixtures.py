"""Helpers shared by the store tests: a result written as a lab would write it."""

import datetime as dt

from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult

MARCH_1 = dt.date(2024, 3, 1)


def result(text: str, day: dt.date = MARCH_1, **kw: object) -> MagnesiumResult:
    unit = text.rsplit(maxsplit=1)[-1]
    return MagnesiumResult(day, parse_measurement(text), unit, **kw)  # type: ignore[arg-type]
