"""Time on metformin: cumulative exposure, the one rule every surface uses.

A patient's time on metformin on a date is the sum of the days they were
taking it up to that date: the metformin courses are merged first (two
courses taken together, or a dose step with no gap, count once) and days off
the drug add nothing.  Someone on metformin through 2015, off from 2016 to
2019 and back since 2020 has 48 months of exposure on 1 January 2023, not 96
(README, "How mgdesk decides").  Before the first start the time is the
calendar time to that start, negative, so earlier results stay on the
months axis.  Each date is in one ``MetforminPhase``: before the first start,
on metformin, or off it (a gap, or after the last stop); results off the drug
are shown but kept out of the on-metformin fit and means.  ``MetforminExposure``
holds the merged periods once per patient.  A course's stop day is a day
taken.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from mgdesk.domain.records import DAYS_PER_MONTH, DrugClass, MedicationCourse

DAYS_PER_YEAR = 365.25
TIME_MEANING = "cumulative time on metformin (days off the drug not counted)"


class MetforminPhase(StrEnum):
    """Where a date falls in a patient's metformin treatment."""

    BEFORE = "before"  # before the first metformin start
    ON = "on"  # taking metformin that day
    OFF = "off"  # after the first start but not taking it (a gap, or stopped)


@dataclass(frozen=True, slots=True)
class MetforminExposure:
    """The merged metformin periods of one patient: ``(start, stop)`` with ``stop`` inclusive, None if ongoing."""

    periods: tuple[tuple[dt.date, dt.date | None], ...] = ()

    @classmethod
    def of(cls, courses: Iterable[MedicationCourse]) -> MetforminExposure:
        """Merge the metformin courses among ``courses`` (overlapping or back-to-back ones become one period)."""
        spans = sorted(
            ((c.start, c.stop) for c in courses if c.drug_class is DrugClass.METFORMIN),
            key=lambda span: (span[0], span[1] or dt.date.max),
        )
        merged: list[tuple[dt.date, dt.date | None]] = []
        for start, stop in spans:
            if merged:
                last_start, last_stop = merged[-1]
                if last_stop is None:
                    continue  # an ongoing period already covers everything after it
                if start <= last_stop + dt.timedelta(days=1):
                    merged[-1] = (last_start, None if stop is None else max(stop, last_stop))
                    continue
            merged.append((start, stop))
        return cls(tuple(merged))

    @property
    def first_start(self) -> dt.date | None:
        """The day metformin was first started, or None if never."""
        return self.periods[0][0] if self.periods else None

    @property
    def ever(self) -> bool:
        return bool(self.periods)

    def phase(self, day: dt.date) -> MetforminPhase | None:
        """Before the first start, on, or off metformin on ``day``; None if never on it."""
        if not self.periods:
            return None
        if day < self.periods[0][0]:
            return MetforminPhase.BEFORE
        index = bisect.bisect_right(self.periods, day, key=lambda p: p[0]) - 1
        stop = self.periods[index][1]
        return MetforminPhase.ON if stop is None or day <= stop else MetforminPhase.OFF

    def taking(self, day: dt.date) -> bool:
        return self.phase(day) is MetforminPhase.ON

    def days(self, day: dt.date) -> int | None:
        """Days taken before ``day`` (the start day counts 0); negative calendar days before the first start."""
        if not self.periods:
            return None
        first = self.periods[0][0]
        if day < first:
            return (day - first).days
        total = 0
        for start, stop in self.periods:
            if start >= day:
                break
            end = day if stop is None else min(day, stop + dt.timedelta(days=1))
            total += (end - start).days
        return total

    def months(self, day: dt.date) -> float | None:
        """Cumulative months on metformin at ``day`` (365.25/12-day months); None if never on it."""
        days = self.days(day)
        return None if days is None else days / DAYS_PER_MONTH

    def years(self, day: dt.date) -> float | None:
        """Cumulative years on metformin at ``day`` (365.25-day years); None if never on it."""
        days = self.days(day)
        return None if days is None else days / DAYS_PER_YEAR

    def total_days(self, today: dt.date) -> int:
        """Days taken up to ``today`` (0 when never on metformin or not yet started)."""
        days = self.days(today)
        return max(days or 0, 0)

    def total_months(self, today: dt.date) -> float:
        """Cumulative months on metformin up to ``today`` (0 when never on it or not yet started)."""
        return self.total_days(today) / DAYS_PER_MONTH

    def day_at_years(self, years: float, today: dt.date) -> dt.date:
        """The date cumulative exposure reaches ``years``.

        Within the exposure so far, the day it was reached; beyond it, the
        date it will be reached if metformin is taken every day from
        ``today`` on (the projection assumes treatment continues).
        """
        target = round(years * DAYS_PER_YEAR)
        first = self.first_start
        if first is None:
            raise ValueError("Never on metformin: no time on metformin to place.")
        if target < 0:
            return first + dt.timedelta(days=target)
        reached = 0
        for start, stop in self.periods:
            if start > today:
                break
            end = today if stop is None else min(today, stop + dt.timedelta(days=1))
            length = (end - start).days
            if reached + length >= target:
                return start + dt.timedelta(days=target - reached)
            reached += length
        return today + dt.timedelta(days=target - reached)


def months_on_metformin(courses: Iterable[MedicationCourse], day: dt.date) -> float | None:
    """Cumulative months on metformin at ``day`` (negative before the first start); None if never on it."""
    return MetforminExposure.of(courses).months(day)
