"""Every patient's serum/plasma magnesium as numpy arrays, for the cohort plot.

``load_cohort_points`` reads the live numeric serum and plasma results of all
live patients in one query and returns them as a ``domain.cohort.CohortPoints``
(patient index, days since 1970, mmol/L as float), never building a domain
object per result: the cohort plot of 2,000 patients x 40 results needs only
floats, and building 80,000 exact ``MagnesiumResult`` values took seconds.
Dates become day numbers in SQL (``julianday`` on SQLite, date subtraction on
PostgreSQL); a value becomes
``float(value_as_written) * factor(unit, mmol/L)``, the same arithmetic as
``cohort.align_cohort``.  Results written with "<" or ">" and urine and
red-cell results are left out, as the exact path leaves them out.  Patients
come in clinic identifier order, results by collection within each.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

from mgdesk.domain.cohort import CohortPoints
from mgdesk.domain.records import Specimen
from mgdesk.domain.units import MgUnit, factor
from mgdesk.store.database import Database
from mgdesk.store.schema import mg_results, patients

_UNIX_EPOCH_JULIAN_DAY = 2440587.5  # julianday('1970-01-01')


class epoch_days(GenericFunction[float]):  # noqa: N801 - SQL function names are lower case
    """Days from 1970-01-01 to a date column: ``julianday`` arithmetic on SQLite, date subtraction elsewhere."""

    inherit_cache = True
    name = "epoch_days"


@compiles(epoch_days)
def _epoch_days_default(element: epoch_days, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} - DATE '1970-01-01')"


@compiles(epoch_days, "sqlite")
def _epoch_days_sqlite(element: epoch_days, compiler: Any, **kw: Any) -> str:
    return f"(julianday({compiler.process(element.clauses, **kw)}) - {_UNIX_EPOCH_JULIAN_DAY})"


SERUM_LIKE = tuple(s.value for s in Specimen if s.is_serum_like)  # stored spellings of serum and plasma


def load_cohort_points(database: Database) -> CohortPoints:
    """Numeric serum/plasma results of every live patient, as float arrays."""
    r = mg_results
    query = (
        select(
            patients.c.clinic_id,
            epoch_days(r.c.collected_on),
            r.c.value_as_written,
            r.c.unit,
        )
        .join(patients, patients.c.id == r.c.patient_id)
        .where(
            patients.c.deleted_at.is_(None),
            r.c.deleted_at.is_(None),
            r.c.specimen.in_(SERUM_LIKE),
            r.c.qualifier == "",
        )
        .order_by(patients.c.clinic_id, r.c.collected_on, r.c.collected_at, r.c.id)
    )
    with database.reading() as conn:
        rows = conn.execute(query).all()
    if not rows:
        empty = np.empty(0, dtype=np.float64)
        return CohortPoints((), np.empty(0, dtype=np.int32), empty, empty)
    clinic_column, days, values, units = zip(*rows, strict=True)
    clinic_ids = tuple(dict.fromkeys(clinic_column))  # in order of first appearance: clinic id order
    number = {clinic_id: k for k, clinic_id in enumerate(clinic_ids)}
    unit_code = {unit.value: code for code, unit in enumerate(MgUnit)}
    factors = np.array([float(factor(unit, MgUnit.MMOL_L)) for unit in MgUnit], dtype=np.float64)
    return CohortPoints(
        clinic_ids=clinic_ids,
        patient_index=np.fromiter((number[c] for c in clinic_column), dtype=np.int32, count=len(rows)),
        day=np.array(days, dtype=np.float64),
        mmol_per_l=np.array(values, dtype=np.float64)
        * factors[np.fromiter((unit_code[u] for u in units), dtype=np.intp, count=len(rows))],
    )
