"""One sample message per code of ``domain.messages.ENGLISH``: fields as the domain fills them.

The English and the window renderers are both checked against these: every
code has a sample, every field fills a placeholder of both templates, and
every number and date lands in both sentences.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from mgdesk.domain.messages import AllOf, AnyOf, Message, Number, Quoted
from mgdesk.domain.profile import Category
from mgdesk.domain.units import MgUnit

M = Message.of
THRESHOLD = M("threshold", value=Decimal("0.70"), unit=MgUnit.MMOL_L)
CLINIC_THRESHOLD = M("threshold-clinic", value=Decimal("1.66"), unit=MgUnit.MG_DL, literature=Decimal("1.71"))
RULE = M("alert-rule", horizon=dt.date(2026, 6, 1), months=12)
WRITTEN = {"value": Number("1.7"), "unit": MgUnit.MG_DL}
QUALIFIED = {"value": Number("<0.8"), "unit": MgUnit.MMOL_L}

SAMPLES: dict[str, Message] = {
    message.code: message
    for message in [
        THRESHOLD,
        CLINIC_THRESHOLD,
        M("side-below", threshold=CLINIC_THRESHOLD),
        M("side-not-below", threshold=THRESHOLD),
        M("side-cannot-tell", threshold=THRESHOLD),
        M("span-below", bound=Number("0.80")),
        M("span-above", bound=Number("1.05")),
        M(
            "qualified-indeterminate",
            **QUALIFIED,
            span=M("span-below", bound=Number("0.80")),
            threshold=THRESHOLD,
            classes=AnyOf((Category.CRITICAL_LOW, Category.LOW, Category.NORMAL)),
        ),
        M(
            "qualified-borderline",
            **QUALIFIED,
            span=M("span-below", bound=Number("0.70")),
            category=Category.LOW,
            classes=AnyOf((Category.CRITICAL_LOW,)),
        ),
        M("borderline", **WRITTEN, low=Number("1.03"), high=Number("1.08"), edges=AllOf((Decimal("1.05"),))),
        M(
            "borderline-threshold",
            **WRITTEN,
            low=Number("0.679"),
            high=Number("0.720"),
            edges=AllOf((Decimal("0.70"),)),
        ),
        M(
            "mix-up",
            value=Number("2.0"),
            unit=MgUnit.MMOL_L,
            category=Category.HIGH,
            other_unit=MgUnit.MG_DL,
            mmol=Number("0.82"),
        ),
        M("class-indeterminate", **QUALIFIED, classes=AnyOf((Category.LOW, Category.NORMAL))),
        M(
            "class-band",
            mmol=Number("0.74"),
            band=Number("0.70–1.05"),
            category=Category.NORMAL,
            profile=Quoted("Default"),
        ),
        M("class-borderline", category=Category.LOW),
        M("note", value=Number("0.74"), unit=MgUnit.MMOL_L, details=Category.NORMAL, threshold=THRESHOLD),
        M(
            "note-converted",
            **WRITTEN,
            mmol=Number("0.70"),
            details=M("class-borderline", category=Category.LOW),
            threshold=THRESHOLD,
        ),
        M("empty"),
        M("too-long", length=65),
        M("not-a-number", text=Quoted("abc")),
        M("exponent", text=Quoted("1.8e0")),
        M("not-finite"),
        M("not-positive"),
        M("qualifier-unknown", qualifier=Quoted("~")),
        M("unit-none"),
        M("unit-missing", text=Quoted("1.8")),
        M("unit-unknown", unit=Quoted("zz")),
        M("unit-conflict", text=Quoted("1.8 mg/dL"), unit=MgUnit.MG_DL, given=MgUnit.MMOL_L),
        M("implausible", value=Number("15.01"), unit=MgUnit.MMOL_L, limit_mmol_per_l=Decimal(15)),
        M(
            "implausible-converted",
            value=Number("40"),
            unit=MgUnit.MG_DL,
            limit_mmol_per_l=Decimal(15),
            shown=Decimal("16.45"),
        ),
        M("implausible-far", value=Number("9999999"), unit=MgUnit.MG_DL, limit_mmol_per_l=Decimal(15)),
        M("too-small", value=Number("0.0000001"), unit=MgUnit.MMOL_L, limit_mmol_per_l=Decimal("0.000001")),
        M("trend-count", n=7),
        M("trend-count-excluded", n=7, excluded=3),
        M("trend-no-result"),
        M(
            "trend-latest",
            date=dt.date(2025, 5, 1),
            value=Number("1.8"),
            unit=MgUnit.MG_DL,
            mmol=Number("0.74"),
            profile=Quoted("Default"),
        ),
        M("trend-days-since", date=dt.date(2025, 5, 1), today=dt.date(2025, 6, 1)),
        M("off-note", n=2),
        M("trend-exposure", start=dt.date(2015, 3, 1)),
        M("trend-slope-never"),
        M("trend-slope-too-few", start=dt.date(2015, 3, 1), n=2, off_note=M("off-note", n=1)),
        M("trend-slope", n=9, off_note="", df=7, t=Decimal("2.365"), se=Decimal("0.0123")),
        M("trend-means-never"),
        M("trend-means-none-before", start=dt.date(2015, 3, 1)),
        M("trend-means", n_before=3, start=dt.date(2015, 3, 1), n_after=6, off_note=M("off-note", n=2)),
        M("trend-below", threshold=THRESHOLD, below=2, n=9),
        M("trend-below-none", threshold=THRESHOLD),
        M("crossing-no-slope"),
        M("crossing-not-significant", threshold=THRESHOLD),
        M("crossing-none"),
        M("crossing-too-far", threshold=THRESHOLD, years=100),
        M("crossing-reached", threshold=THRESHOLD, x=Decimal("6.4"), start=dt.date(2015, 3, 1)),
        M("crossing-ahead", threshold=CLINIC_THRESHOLD, x=Decimal("11.2"), start=dt.date(2015, 3, 1)),
        RULE,
        M("alert-off-no-crossing", rule=RULE),
        M("alert-off-below", rule=RULE),
        M("alert-on", rule=RULE),
        M("alert-off-later", horizon=dt.date(2026, 6, 1), rule=RULE),
        M("retest-first"),
        M("retest-no-rule"),
        M("retest-not-needed"),
        M("retest-after-low", months=3, date=dt.date(2025, 5, 1)),
        M("retest-on-metformin", months=12, date=dt.date(2025, 5, 1)),
    ]
}
