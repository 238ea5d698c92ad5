"""Sample identity: when two results are one blood draw, and which of a day's results is the latest.

One rule (README, "How mgdesk decides"): two results of the same patient are
the same sample when they have the same specimen, the same collection date,
the same collection time when either has one (08:00 and 14:00 are two
draws; 08:00 and no time are two as well, since nothing says they are one),
and value ranges in mmol/L that overlap, whatever unit each came in.  The
range is ``Measurement.range_mmol_per_l()``: half a unit of the last written
decimal either side, so "0.8" and "0.80" overlap, and 0.74 mmol/L, 1.80
mg/dL and 1.48 mEq/L are all one draw; ranges that only touch at an end do
not overlap (0.74 and 0.75 mmol/L are two readings).  ``SampleIndex`` finds
an earlier result of the same sample among many in one dictionary lookup
(ranges are compared only between results of one patient, specimen and
moment).  ``collection_order`` is the order "latest" is read from: by
collection date, then time (a result without a time counts as taken at the
start of its day), then entry order (stored id, then position).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from mgdesk.domain.measurement import Measurement
from mgdesk.domain.messages import Message, Number, english
from mgdesk.domain.records import MagnesiumResult, Specimen

type MomentKey = tuple[Specimen, dt.date, dt.time | None]


def moment_key(result: MagnesiumResult) -> MomentKey:
    """Specimen, date and time of collection: results that differ here are never one sample."""
    return result.specimen, result.collected_on, result.collected_at


def ranges_overlap(a: Measurement, b: Measurement) -> bool:
    """Whether the values ``a`` and ``b`` may be the same, in mmol/L, given their written precision."""
    a_low, a_high = a.range_mmol_per_l()
    b_low, b_high = b.range_mmol_per_l()
    return (b_high is None or a_low < b_high) and (a_high is None or b_low < a_high)


def same_sample(a: MagnesiumResult, b: MagnesiumResult) -> bool:
    """Whether two results of ONE patient are the same draw (see the module's rule)."""
    return moment_key(a) == moment_key(b) and ranges_overlap(a.measurement, b.measurement)


@dataclass(frozen=True, slots=True)
class SameSample:
    """A result not stored because it is a sample already kept: which one, and whether the unit differs."""

    index: int  # position of the duplicate in what was offered
    duplicate: MagnesiumResult
    kept: MagnesiumResult

    @property
    def unit_differs(self) -> bool:
        return self.duplicate.measurement.unit is not self.kept.measurement.unit

    def message(self) -> Message:
        """'1.80 mg/dL is the same sample as 0.74 mmol/L (serum, 2023-01-05 08:00), reported in mg/dL instead ...'."""
        kept, duplicate = self.kept, self.duplicate
        when: dt.date | dt.datetime = kept.collected_on
        if kept.collected_at is not None:
            when = dt.datetime.combine(kept.collected_on, kept.collected_at)
        return Message.of(
            "same-sample-other-unit" if self.unit_differs else "same-sample",
            value=Number(duplicate.measurement.text),
            unit=duplicate.measurement.unit,
            kept_value=Number(kept.measurement.text),
            kept_unit=kept.measurement.unit,
            specimen=kept.specimen,
            when=when,
        )

    def sentence(self) -> str:
        """The English of ``message`` (the command line's line)."""
        return english(self.message())


@dataclass(slots=True)
class SampleIndex:
    """Results already kept, by patient and moment, to find a new result's sample among them."""

    _by_moment: dict[tuple[Hashable, MomentKey], list[MagnesiumResult]] = field(default_factory=dict)

    def add(self, patient: Hashable, result: MagnesiumResult) -> None:
        self._by_moment.setdefault((patient, moment_key(result)), []).append(result)

    def keep_new(self, patient: Hashable, result: MagnesiumResult) -> MagnesiumResult | None:
        """Add ``result`` unless it is a sample already kept; return that kept result, or None when added."""
        key = (patient, moment_key(result))
        kept = self._by_moment.get(key)
        if kept is None:
            self._by_moment[key] = [result]
            return None
        found = next((k for k in kept if ranges_overlap(k.measurement, result.measurement)), None)
        if found is None:
            kept.append(result)
        return found


def collection_order(results: Sequence[MagnesiumResult]) -> list[MagnesiumResult]:
    """``results`` oldest first: by date, time (none = start of the day), then entry order; the last is the latest.

    Entry order is the stored id (an earlier entry has a smaller one), and
    the position in ``results`` for results not stored yet (after stored ones).
    """
    order = sorted(
        range(len(results)),
        key=lambda i: (
            results[i].collected_on,
            results[i].collected_at or dt.time.min,
            results[i].id is None,
            results[i].id or 0,
            i,
        ),
    )
    return [results[i] for i in order]
