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
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from mgdesk.domain.measurement import Measurement
from mgdesk.domain.messages import Message, Number, english
from mgdesk.domain.records import MagnesiumResult, Specimen

type MomentKey = tuple[Specimen, dt.date, dt.time | None]


def moment_key(result: MagnesiumResult) -> MomentKey:
    """Specimen, date and time of collection: results that differ here are never one sample."""
    return result.specimen, result.collected_on, result.collected_at


def ranges_overlap(a: Measurement, b: Measurement) -> bool:
    """Whether the values ``a`` and ``b`` may be the same, in mmol/L, given their written precision."""
    return _overlap(a.range_mmol_per_l(), b.range_mmol_per_l())


type _Range = tuple[Decimal, Decimal | None]


def _overlap(a: _Range, b: _Range) -> bool:
    """Whether two ranges in mmol/L overlap (ranges that only touch at an end do not)."""
    (a_low, a_high), (b_low, b_high) = a, b
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


type _Kept = Measurement | tuple[Measurement, int]  # a kept result: its measurement, and its stored id if any


@dataclass(slots=True)
class SampleIndex:
    """Results already kept, by patient and moment, to find a new result's sample among them.

    Only what decides a sample is held: the moment (specimen, date, time)
    as a key within the patient's own table, and each kept result's
    measurement with its stored id (a file's results share their
    measurement objects), not the whole record, so an import of a million
    rows keeps a small index.  A moment is kept as one small object
    (``_moment``: the shared date of a serum result without a time, else one
    integer), not a tuple per result: a million moments took 147 MB as
    tuples with the patient, under half of that so.  The kept result
    returned is rebuilt from those: its moment, measurement and id.
    """

    _by_patient: dict[Hashable, dict[Hashable, _Kept | list[_Kept]]] = field(default_factory=dict)
    # The range of each measurement object met, computed once: a file's results share a few hundred.
    # Keyed by id(); the value holds the measurement, so that id is not reused while the index lives.
    _ranges: dict[int, tuple[Measurement, _Range]] = field(default_factory=dict)

    def _range(self, measurement: Measurement) -> _Range:
        known = self._ranges.get(id(measurement))
        if known is None:
            known = self._ranges[id(measurement)] = (measurement, measurement.range_mmol_per_l())
        return known[1]

    def _table(self, patient: Hashable) -> dict[Hashable, _Kept | list[_Kept]]:
        table = self._by_patient.get(patient)
        if table is None:
            table = self._by_patient[patient] = {}
        return table

    def add(self, patient: Hashable, result: MagnesiumResult) -> None:
        moment = (patient, result.specimen, result.collected_on, result.collected_at)
        self.add_measurement(moment, result.measurement, result.id)

    def add_measurement(
        self,
        moment: tuple[Hashable, Specimen, dt.date, dt.time | None],
        measurement: Measurement,
        stored_id: int | None = None,
    ) -> None:
        """Keep a result given by its moment (patient, specimen, date, time), measurement and stored id."""
        table = self._table(moment[0])
        key = _moment(moment[1], moment[2], moment[3])
        entry: _Kept = measurement if stored_id is None else (measurement, stored_id)
        kept = table.get(key)
        if kept is None:
            table[key] = entry
        elif isinstance(kept, list):
            kept.append(entry)
        else:
            table[key] = [kept, entry]

    def keep_new(self, patient: Hashable, result: MagnesiumResult) -> MagnesiumResult | None:
        """Add ``result`` unless it is a sample already kept; return that kept result, or None when added."""
        moment = (patient, result.specimen, result.collected_on, result.collected_at)
        found = self.keep_new_measurement(moment, result.measurement, result.id)
        if found is None:
            return None
        return kept_result(result, *found)

    def keep_new_measurements(
        self,
        moments: Iterable[tuple[Hashable, Specimen, dt.date, dt.time | None]],
        measurements: Sequence[Measurement],
    ) -> list[tuple[int, tuple[Measurement, int | None]]]:
        """``keep_new_measurement`` for many new results in order: the positions that repeat a kept sample, with it.

        The usual row (a moment not met before) costs one lookup and one store.
        """
        by_patient = self._by_patient
        repeats: list[tuple[int, tuple[Measurement, int | None]]] = []
        for i, moment in enumerate(moments):
            patient, specimen, day, at = moment
            table = by_patient.get(patient)
            if table is None:
                table = by_patient[patient] = {}
            key = day if at is None and specimen is Specimen.SERUM else _moment(specimen, day, at)
            if key not in table:
                table[key] = measurements[i]
                continue
            kept = self.keep_new_measurement(moment, measurements[i])
            if kept is not None:
                repeats.append((i, kept))
        return repeats

    def keep_new_measurement(
        self,
        moment: tuple[Hashable, Specimen, dt.date, dt.time | None],
        measurement: Measurement,
        stored_id: int | None = None,
    ) -> tuple[Measurement, int | None] | None:
        """``keep_new`` for a result given by its moment (patient, specimen, date, time) and measurement.

        Returns the kept sample's measurement and stored id, or None when this
        one was added.  An import calls it once per row, so the usual case (a
        moment not met before) is one lookup and one store.
        """
        table = self._table(moment[0])
        key = _moment(moment[1], moment[2], moment[3])
        kept = table.get(key)
        entry: _Kept = measurement if stored_id is None else (measurement, stored_id)
        if kept is None:
            table[key] = entry
            return None
        ranges = self._ranges
        known = ranges.get(id(measurement))
        new_range = known[1] if known is not None else self._range(measurement)
        for found in kept if isinstance(kept, list) else (kept,):
            other, other_id = found if isinstance(found, tuple) else (found, None)
            known = ranges.get(id(other))
            if _overlap(known[1] if known is not None else self._range(other), new_range):
                return other, other_id
        if isinstance(kept, list):
            kept.append(entry)
        else:
            table[key] = [kept, entry]
        return None


_SPECIMEN_CODES = {specimen: code for code, specimen in enumerate(Specimen)}
_SPECIMEN_BITS = 3  # room for 8 specimens
_MICROSECONDS_A_DAY = 86_400_000_000


def _moment(specimen: Specimen, day: dt.date, at: dt.time | None) -> Hashable:
    """A moment (specimen, date, time) as one small object: equal exactly when the moments are.

    A serum result without a time (most lab files) is keyed by its date
    itself, an object a file's rows share; any other by one integer packing
    the date's ordinal, the time of day in microseconds plus one (0: no
    time) and the specimen's code, each in a range of its own (equal naive
    times are equal in every field but ``fold``, which equality ignores
    too); a time with a zone keeps the tuple.  A date is never equal to an
    integer or a tuple, so the three kinds never meet.
    """
    if at is None:
        if specimen is Specimen.SERUM:
            return day
        micro = 0
    elif at.tzinfo is None:
        micro = ((at.hour * 60 + at.minute) * 60 + at.second) * 1_000_000 + at.microsecond + 1
    else:
        return specimen, day, at
    packed = day.toordinal() * (_MICROSECONDS_A_DAY + 1) + micro
    return (packed << _SPECIMEN_BITS) | _SPECIMEN_CODES[specimen]


def kept_result(result: MagnesiumResult, measurement: Measurement, stored_id: int | None) -> MagnesiumResult:
    """The kept sample ``result`` repeats, rebuilt from what the index holds: its moment, measurement and id."""
    return MagnesiumResult(
        result.collected_on,
        measurement,
        str(measurement.unit),
        result.specimen,
        result.collected_at,
        id=stored_id,
    )


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
