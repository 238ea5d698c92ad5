"""Many magnesium results as parallel columns: how a file's part travels from its reader to the store.

A CSV file of 100,000 results would otherwise become 100,000 ``MagnesiumResult``
objects, each built and taken apart again within a second, when every value
it holds is one of a few hundred texts the reader parsed once.  A
``ResultColumns`` keeps one list per field instead (the clinic identifier
first), all of one length; ``result(i)`` builds the record of one row when
one is needed (a repeat of a sample to report, a lab identity to replace),
``pairs()`` all of them, and ``of(pairs)`` makes columns from records (lab
messages, records typed in).  The lab's fields (status, reference range,
flag, identity) are None as a whole when no row has one, which is what a CSV
file gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from mgdesk.domain.measurement import Measurement
from mgdesk.domain.records import MagnesiumResult, ResultStatus, Specimen


@dataclass(slots=True)
class ResultColumns:
    """Results as columns (see the module); row ``i`` of every list is one result."""

    clinic_ids: list[str]
    collected_on: list[dt.date]
    measurements: list[Measurement]
    units_as_written: list[str]
    specimens: list[Specimen]
    collected_at: list[dt.time | None]
    sources: list[str]
    labs: list[str | None]
    comments: list[str]
    # None: every row has the default (final; no range, flag or lab identity).
    statuses: list[ResultStatus] | None = None
    reference_ranges: list[str | None] | None = None
    lab_flags: list[str | None] | None = None
    lab_refs: list[str | None] | None = None

    def __len__(self) -> int:
        return len(self.clinic_ids)

    def result(self, i: int) -> MagnesiumResult:
        """The record of row ``i``."""
        return MagnesiumResult(
            self.collected_on[i],
            self.measurements[i],
            self.units_as_written[i],
            self.specimens[i],
            self.collected_at[i],
            self.sources[i],
            self.labs[i],
            self.comments[i],
            status=ResultStatus.FINAL if self.statuses is None else self.statuses[i],
            reference_range=None if self.reference_ranges is None else self.reference_ranges[i],
            lab_flag=None if self.lab_flags is None else self.lab_flags[i],
            lab_ref=None if self.lab_refs is None else self.lab_refs[i],
        )

    def pairs(self) -> list[tuple[str, MagnesiumResult]]:
        """Every row as (clinic identifier, record), in order."""
        return [(clinic_id, self.result(i)) for i, clinic_id in enumerate(self.clinic_ids)]

    def extend(self, more: ResultColumns) -> None:
        """Add the rows of ``more`` after these."""
        count, added = len(self), len(more)
        self.clinic_ids += more.clinic_ids
        self.collected_on += more.collected_on
        self.measurements += more.measurements
        self.units_as_written += more.units_as_written
        self.specimens += more.specimens
        self.collected_at += more.collected_at
        self.sources += more.sources
        self.labs += more.labs
        self.comments += more.comments
        self.statuses = _joined(self.statuses, more.statuses, count, added, ResultStatus.FINAL)
        self.reference_ranges = _joined(self.reference_ranges, more.reference_ranges, count, added, None)
        self.lab_flags = _joined(self.lab_flags, more.lab_flags, count, added, None)
        self.lab_refs = _joined(self.lab_refs, more.lab_refs, count, added, None)

    @property
    def has_lab_refs(self) -> bool:
        return self.lab_refs is not None and any(ref is not None for ref in self.lab_refs)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, MagnesiumResult]]) -> ResultColumns:
        """The columns of (clinic identifier, record) pairs; the lab's fields kept only where some row has one."""
        listed = list(pairs)
        results = [r for _, r in listed]
        statuses = [r.status for r in results]
        ranges = [r.reference_range for r in results]
        flags = [r.lab_flag for r in results]
        refs = [r.lab_ref for r in results]
        return cls(
            [c for c, _ in listed],
            [r.collected_on for r in results],
            [r.measurement for r in results],
            [r.unit_as_written for r in results],
            [r.specimen for r in results],
            [r.collected_at for r in results],
            [r.source for r in results],
            [r.lab for r in results],
            [r.comment for r in results],
            statuses=statuses if any(s is not ResultStatus.FINAL for s in statuses) else None,
            reference_ranges=ranges if any(x is not None for x in ranges) else None,
            lab_flags=flags if any(x is not None for x in flags) else None,
            lab_refs=refs if any(x is not None for x in refs) else None,
        )


def _joined[T](ours: list[T] | None, more: list[T] | None, count: int, added: int, default: T) -> list[T] | None:
    """Two optional columns of ``count`` and ``added`` rows as one (None when neither is given)."""
    if ours is None and more is None:
        return None
    return (ours if ours is not None else [default] * count) + (more if more is not None else [default] * added)
