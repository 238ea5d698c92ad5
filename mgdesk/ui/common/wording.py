"""Translated sentences about a result, shared by the converter and the records views.

Every sentence goes through Qt's translation mechanism and every number is
written with the user's locale's decimal mark, so a clinic can add its
language without touching code.  The numbers themselves come from the domain;
nothing here converts or classifies.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mgdesk.domain.classify import Classification
from mgdesk.domain.display import shown_range
from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.profile import LITERATURE_THRESHOLD_MMOL_PER_L, Category, LabProfile
from mgdesk.domain.units import ACCEPTED_UNITS_TEXT, DISPLAY_UNITS, MgUnit, convert
from mgdesk.ui.common.class_style import class_short_words, shows_borderline

if TYPE_CHECKING:  # domain.timing needs the trend maths (numpy), which the converter never loads
    from mgdesk.domain.timing import Span


def local_number(text: str) -> str:
    """A number written with '.' rewritten with the locale's decimal mark."""
    return text.replace(".", QLocale().decimalPoint())


def local_date(day: dt.date) -> str:
    """A date in the user's locale's short format, always with a four-digit year.

    With no locale set (the C locale) dates are written as ISO 8601, which no
    reader can take for another day.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def edge_text(profile: LabProfile, key: str, unit: MgUnit) -> str:
    """A profile edge in ``unit`` as the band table shows it (``LabProfile.shown_edge``)."""
    return local_number(f"{profile.shown_edge(key, unit):f}")


def threshold_value_text(profile: LabProfile, unit: MgUnit = MgUnit.MMOL_L) -> str:
    """'0.70 mmol/L', or 'clinic threshold 0.66 mmol/L; literature 0.70' when the clinic set its own."""
    shown = f"{edge_text(profile, 'hypomagnesemia_below', unit)} {unit}"
    if profile.threshold_is_literature:
        return shown
    literature = convert(LITERATURE_THRESHOLD_MMOL_PER_L, MgUnit.MMOL_L, unit)
    decimals = profile.bands(unit)[0].decimals
    return QCoreApplication.translate("wording", "clinic threshold {shown}; literature {literature}").format(
        shown=shown, literature=local_number(f"{literature.quantize(Decimal(1).scaleb(-decimals)):f}")
    )


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


def threshold_side_sentence(result: Classification) -> str:
    threshold = threshold_value_text(result.profile)
    if result.below_threshold is None:
        return QCoreApplication.translate(
            "wording", "Cannot tell whether below the hypomagnesemia threshold of {threshold}."
        ).format(threshold=threshold)
    if result.below_threshold:
        return QCoreApplication.translate("wording", "Below the hypomagnesemia threshold of {threshold}.").format(
            threshold=threshold
        )
    return QCoreApplication.translate("wording", "Not below the hypomagnesemia threshold of {threshold}.").format(
        threshold=threshold
    )


def class_list(categories: tuple[Category, ...]) -> str:
    """'critical low, low or normal', translated."""
    words = [class_short_words(category) for category in categories]
    if len(words) == 1:
        return words[0]
    return QCoreApplication.translate("wording", "{first} or {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )


def borderline_sentence(result: Classification) -> str | None:
    """'1.7 mg/dL could be 0.68 to 0.72 mmol/L: on the 0.70 threshold.', a qualified result's range, or None."""
    if not result.borderline:
        return None
    measurement = result.measurement
    if measurement.qualifier:
        bound = local_number(result.shown(MgUnit.MMOL_L)[1:])
        span = (
            QCoreApplication.translate("wording", "any value below {bound} mmol/L")
            if measurement.qualifier == "<"
            else QCoreApplication.translate("wording", "any value above {bound} mmol/L")
        ).format(bound=bound)
        if result.indeterminate:
            return QCoreApplication.translate(
                "wording",
                "{entered} is {span}, on both sides of the hypomagnesemia threshold: cannot tell. "
                "It could be {classes}.",
            ).format(entered=entered_text(result), span=span, classes=class_list(result.possible))
        return QCoreApplication.translate(
            "wording", "{entered} is {span}: classed {category}, it could be {classes}."
        ).format(
            entered=entered_text(result),
            span=span,
            category=class_short_words(result.category),
            classes=class_list(result.also_possible),
        )
    low, high = result.range_mmol_per_l
    edges = sorted({edge.mmol_per_l: edge.key for edge in result.straddled_edges}.items())
    edge_words = QCoreApplication.translate("wording", " and ").join(
        edge_text(result.profile, key, MgUnit.MMOL_L) for _, key in edges
    )
    threshold_crossed = any(edge.key == "hypomagnesemia_below" for edge in result.straddled_edges)
    what = (
        QCoreApplication.translate("wording", "the {edge} threshold")
        if threshold_crossed
        else QCoreApplication.translate("wording", "the {edge} mmol/L band edge")
    )
    shown_low, shown_high = shown_range(low, high, MgUnit.MMOL_L, tuple(value for value, _ in edges))
    span = QCoreApplication.translate("wording", "{low} to {high} mmol/L").format(
        low=local_number(shown_low), high=local_number(shown_high)
    )
    return QCoreApplication.translate(
        "wording", "{entered} could be {span}: on {what}. Its written precision cannot tell which side."
    ).format(entered=entered_text(result), span=span, what=what.format(edge=edge_words))


def error_sentence(error: MgdeskError) -> str:
    """The sentence for a typed error, built here from its code and fields (translated).

    Codes without a sentence of their own fall back to the error's English message.
    """
    fields = error.fields
    accepted = ACCEPTED_UNITS_TEXT
    templates = {
        "empty": lambda: QCoreApplication.translate("wording", "Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L."),
        "not-a-number": lambda: QCoreApplication.translate(
            "wording",
            "'{text}' is not a value: write a number with a decimal point or comma (1.8 or 1,8), "
            "optionally followed by its unit.",
        ).format(text=fields.get("text", "")),
        "exponent": lambda: QCoreApplication.translate(
            "wording",
            "'{text}' has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), "
            "optionally followed by its unit.",
        ).format(text=fields.get("text", "")),
        "not-positive": lambda: QCoreApplication.translate("wording", "The value must be greater than zero."),
        "not-finite": lambda: QCoreApplication.translate(
            "wording", "The value is not a number (NaN or infinity): enter a measured value."
        ),
        "unit-unknown": lambda: QCoreApplication.translate(
            "wording", "Unknown unit '{unit}'. Accepted units: {accepted}."
        ).format(unit=fields.get("unit", ""), accepted=accepted),
        "unit-missing": lambda: QCoreApplication.translate(
            "wording", "Give the unit. Accepted units: {accepted}."
        ).format(accepted=accepted),
        "implausible": lambda: QCoreApplication.translate(
            "wording", "{value} {unit} is above {limit} mmol/L, which no living patient has: check the unit."
        ).format(
            value=local_number(str(fields.get("value", ""))),
            unit=fields.get("unit", ""),
            limit=local_number(str(fields.get("limit_mmol_per_l", ""))),
        ),
        "record-date": lambda: QCoreApplication.translate(
            "wording", "{day} cannot be right: a date must lie between {earliest} and tomorrow, {latest}."
        ).format(
            day=_date_field(fields.get("day")),
            earliest=_date_field(fields.get("earliest")),
            latest=_date_field(fields.get("latest")),
        ),
        "birth-year": lambda: QCoreApplication.translate(
            "wording", "Birth year {year} cannot be right: it must lie between {earliest} and {latest}."
        ).format(year=fields.get("year", ""), earliest=fields.get("earliest", ""), latest=fields.get("latest", "")),
        "stops-before-start": lambda: QCoreApplication.translate(
            "wording", "The stop date {stop} is before the start date {start}."
        ).format(stop=_date_field(fields.get("stop")), start=_date_field(fields.get("start"))),
    }
    template = templates.get(error.code)
    return str(error) if template is None else template()


def _date_field(value: object) -> str:
    return local_date(value) if isinstance(value, dt.date) else str(value or "")


def mix_up_sentences(result: Classification) -> list[str]:
    """Sentences such as '2.0 mmol/L is high; as 2.0 mg/dL it would be 0.82 mmol/L, normal - check the unit.'."""
    value = local_number(result.measurement.text)
    return [
        QCoreApplication.translate(
            "wording", "{entered} is {category}; as {value} {unit} it would be {mmol} mmol/L, normal - check the unit."
        ).format(
            entered=entered_text(result),
            category=class_short_words(result.category),
            value=value,
            unit=warning.unit,
            mmol=local_number(warning.shown),
        )
        for warning in result.mix_ups
    ]


def clinical_note(result: Classification) -> str:
    """The sentence the copy action puts on the clipboard for the clinical note."""
    details = class_short_words(result.category)
    if shows_borderline(result.category, result.borderline):
        details = QCoreApplication.translate("wording", "{category}, borderline").format(category=details)
    shown_mmol = local_number(result.shown(MgUnit.MMOL_L))
    threshold = threshold_value_text(result.profile)
    if result.measurement.unit is MgUnit.MMOL_L:
        value = QCoreApplication.translate("wording", "Serum Mg {entered}").format(entered=entered_text(result))
    else:
        value = QCoreApplication.translate("wording", "Serum Mg {entered} = {mmol} mmol/L").format(
            entered=entered_text(result), mmol=shown_mmol
        )
    return QCoreApplication.translate("wording", "{value} ({details}; hypomagnesemia threshold {threshold})").format(
        value=value, details=details, threshold=threshold
    )


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
