"""Translated sentences about a result, shared by the converter and the records views.

Every sentence goes through Qt's translation mechanism and every number is
written with the user's locale's decimal mark, so a clinic can add its
language without touching code.  The numbers themselves come from the domain;
nothing here converts or classifies.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mgdesk.domain.classify import Classification
from mgdesk.domain.profile import LITERATURE_THRESHOLD_MMOL_PER_L, LabProfile
from mgdesk.domain.units import DISPLAY_UNITS, MgUnit
from mgdesk.ui.common.messages import local_date, local_number, render

# local_number and local_date live in ui.common.messages; the places import them from here too.
__all__ = [
    "edge_text",
    "entered_text",
    "local_date",
    "local_number",
    "month_text",
    "span_text",
    "threshold_sentence",
    "threshold_value_text",
]

if TYPE_CHECKING:  # domain.timing needs the trend maths (numpy), which the converter never loads
    from mgdesk.domain.timing import Span


def edge_text(profile: LabProfile, key: str, unit: MgUnit) -> str:
    """A profile edge in ``unit`` as the band table shows it (``LabProfile.shown_edge``)."""
    return local_number(f"{profile.shown_edge(key, unit):f}")


def threshold_value_text(profile: LabProfile, unit: MgUnit = MgUnit.MMOL_L) -> str:
    """'0.70 mmol/L', or 'clinic threshold 0.66 mmol/L; literature 0.70 mmol/L' when the clinic set its own."""
    return render(profile.threshold_message(unit))


def threshold_sentence(profile: LabProfile) -> str:
    """'0.70 mmol/L = 1.71 mg/dL = 1.40 mEq/L' for the profile's threshold, named as the clinic's when it is."""
    shown = " = ".join(f"{edge_text(profile, 'hypomagnesemia_below', u)} {u}" for u in DISPLAY_UNITS)
    if profile.threshold_is_literature:
        return shown
    return QCoreApplication.translate("wording", "{shown} (clinic threshold; literature {literature} mmol/L)").format(
        shown=shown, literature=local_number(f"{LITERATURE_THRESHOLD_MMOL_PER_L:f}")
    )


def entered_text(result: Classification) -> str:
    measurement = result.measurement
    return f"{local_number(measurement.text)} {measurement.unit}"


def span_text(span: Span) -> str:
    """'12 days', '7 months', '2 years 1 month' (a ``domain.timing.Span``)."""
    if span.total_months == 0:
        return QCoreApplication.translate("wording", "%n day(s)", None, span.days)
    months = QCoreApplication.translate("wording", "%n month(s)", None, span.months)
    if span.years == 0:
        return months
    years = QCoreApplication.translate("wording", "%n year(s)", None, span.years)
    return years if span.months == 0 else f"{years} {months}"


def month_text(day: dt.date) -> str:
    """A month as 'YYYY-MM' (an approximate date: a projection is not exact to the day)."""
    return f"{day.year:04d}-{day.month:02d}"
