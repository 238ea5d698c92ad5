"""The clinic's treatment-group table (Peters et al. 2013, Table 1 columns) and its CSV export.

``clinic_group_table`` computes the rows from every patient's history with
the domain's rule (``domain.groups``); ``export_group_table`` writes them,
beside the published figures and the source, to a CSV file that appears
whole or not at all.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.errors import StoreError
from mgdesk.domain.groups import GROUP_RULE, PETERS_2013_SOURCE, GroupRow, group_table
from mgdesk.domain.profile import LabProfile

CSV_HEADER = (
    "group",
    "n",
    "mean_mmol_per_l",
    "sd_mmol_per_l",
    "percent_below_0_70",
    "uncertain",
    "published_n",
    "published_mean_mmol_per_l",
    "published_sd_mmol_per_l",
    "published_percent_below_0_70",
)


def clinic_group_table(histories: Iterable[PatientHistory], profile: LabProfile) -> list[GroupRow]:
    return group_table(histories, profile)


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def group_table_csv(rows: Sequence[GroupRow]) -> str:
    """The table as CSV text: one line per group, the published figures beside, the rule and source after."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        p = row.published
        writer.writerow(
            (
                row.group,
                row.n,
                _number(row.mean_mmol_per_l, 3),
                _number(row.sd_mmol_per_l, 3),
                _number(row.percent_below, 1),
                row.uncertain,
                "" if p is None else p.n,
                "" if p is None else f"{p.mean:.2f}",
                "" if p is None else f"{p.sd:.2f}",
                "" if p is None else f"{p.percent_low:.1f}",
            )
        )
    writer.writerow(())
    writer.writerow(("rule", GROUP_RULE))
    writer.writerow(("published", PETERS_2013_SOURCE))
    return out.getvalue()


def export_group_table(rows: Sequence[GroupRow], path: Path) -> Path:
    """Write the CSV to ``path`` through a temporary file beside it, so no half-written file is ever left."""
    text = group_table_csv(rows)
    folder = path.parent if str(path.parent) else Path()
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        temporary = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        temporary.replace(path)
        temporary = None
    except OSError as error:
        raise StoreError(f"Could not write {path}: {error.strerror or error}.") from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return path
