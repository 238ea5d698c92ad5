"""The clinic by treatment group, in the columns of Peters et al. 2013, Table 1, beside the published figures.

Peters KE, Chubb SAP, Davis WA, Davis TME. The relationship between
hypomagnesemia, metformin therapy and cardiovascular disease complicating
type 2 diabetes: the Fremantle Diabetes Study. PLoS One 2013;8(9):e74355,
Table 1 (n = 940, not insulin-treated): n, serum Mg mean (SD) in mmol/L and
the share below 0.70 mmol/L for each treatment group.

The rule (``GROUP_RULE``, stated under the table wherever it is shown): each
patient counts once, by their latest serum/plasma result, in the group of the
diabetes drugs they were taking on that result's date: insulin in any
combination is "insulin-containing"; metformin and/or a sulfonylurea alone are
the study's four groups; any other combination is "other".  A result whose
value could lie on either side of the threshold (a qualified "<x" result) is
counted in n but left out of the mean and of "% below", and counted apart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from mgdesk.domain.classify import classify
from mgdesk.domain.cohort import PatientHistory, treatment_group
from mgdesk.domain.demo import FREMANTLE_TABLE_1, StudyGroup
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.records import DrugClass, MedicationCourse
from mgdesk.domain.trend import serum_results

GROUPS: tuple[str, ...] = (
    "diet only",
    "metformin only",
    "sulfonylurea only",
    "metformin + sulfonylurea",
    "insulin-containing",
    "other",
)

PETERS_2013_SOURCE = (
    "Peters et al., PLoS One 2013;8(9):e74355 (Fremantle Diabetes Study), Table 1; "
    "participants were not treated with insulin"
)


# The published rows (n, mean, SD, % below) live once, with the demo that is drawn from them.
PETERS_2013: dict[str, StudyGroup] = FREMANTLE_TABLE_1

GROUP_RULE = (
    "Each patient counts once: their latest serum/plasma result, in the group of the diabetes drugs taken on that "
    "result's date (insulin in any combination: insulin-containing; other combinations: other). Mean and SD "
    "(sample SD) are in mmol/L; '% below' counts results certainly below the threshold. Results that could lie "
    "on either side of it are counted in n but left out of the mean and the share."
)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """The clinic's figures for one treatment group, and the published ones when the study had the group."""

    group: str
    n: int
    mean_mmol_per_l: float | None
    sd_mmol_per_l: float | None
    percent_below: float | None
    uncertain: int
    published: StudyGroup | None


def group_on(courses: Iterable[MedicationCourse], day: dt.date) -> str:
    """The treatment group of the diabetes drugs taken on ``day``."""
    taken = [c for c in courses if c.active_on(day)]
    if any(c.drug_class is DrugClass.INSULIN for c in taken):
        return "insulin-containing"
    return treatment_group(taken)


def group_table(histories: Iterable[PatientHistory], profile: LabProfile) -> list[GroupRow]:
    """One row per group in ``GROUPS`` order, each patient counted once (see ``GROUP_RULE``)."""
    values: dict[str, list[float]] = {g: [] for g in GROUPS}
    below: dict[str, int] = dict.fromkeys(GROUPS, 0)
    uncertain: dict[str, int] = dict.fromkeys(GROUPS, 0)
    for history in histories:
        serum = serum_results(history.results)
        if not serum:
            continue
        latest = serum[-1]
        group = group_on(history.courses, latest.collected_on)
        classification = classify(latest.measurement, profile)
        if classification.below_threshold is None:
            uncertain[group] += 1
            continue
        values[group].append(float(classification.mmol_per_l))
        below[group] += classification.below_threshold
    rows = []
    for group in GROUPS:
        xs = values[group]
        n = len(xs)
        mean = sum(xs) / n if n else None
        sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / (n - 1)) if n > 1 and mean is not None else None
        share = 100.0 * below[group] / n if n else None
        rows.append(GroupRow(group, n + uncertain[group], mean, sd, share, uncertain[group], PETERS_2013.get(group)))
    return rows
