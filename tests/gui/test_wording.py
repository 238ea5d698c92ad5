"""Sentences built at the edge from typed errors and classifications."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from mgdesk.domain.classify import classify
from mgdesk.domain.errors import InputError, UnitError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.messages import Quoted
from mgdesk.ui.common.messages import borderline_sentence, error_sentence, threshold_side_sentence


def test_error_sentence_is_built_from_the_code_and_fields_not_the_english_message() -> None:
    error = UnitError("ignored English text", code="unit-unknown", unit=Quoted("zz"))
    quoted = QLocale().quoteString("zz", QLocale.QuotationStyle.AlternateQuotation)
    assert error_sentence(error).startswith(f"Unknown unit {quoted}. Accepted units: mg/dL")
    exponent = InputError("ignored", code="exponent", text=Quoted("1.8e0"))
    assert error_sentence(exponent).startswith(
        f"{QLocale().quoteString('1.8e0', QLocale.QuotationStyle.AlternateQuotation)} has an exponent"
    )


def test_error_without_a_sentence_of_its_own_falls_back_to_its_message() -> None:
    assert error_sentence(InputError("Something specific.")) == "Something specific."


@pytest.mark.parametrize(
    ("text", "side", "detail"),
    [
        ("<0.8 mmol/L", "Cannot tell whether below", "could be critical low, low or normal"),
        ("<0.70 mmol/L", "Below the", "classed low, it could be critical low"),
        (">1.05 mmol/L", "Not below", "classed high, it could be critical high"),
        ("1.70 mg/dL", "Below the", "could be 0.697 to 0.702 mmol/L"),
    ],
)
def test_window_sentences_for_qualified_and_borderline_results(text: str, side: str, detail: str) -> None:
    result = classify(parse_measurement(text))
    assert threshold_side_sentence(result).startswith(side)
    sentence = borderline_sentence(result)
    assert sentence is not None
    assert detail in sentence
