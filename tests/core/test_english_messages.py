"""Typed messages and their English sentences (the command line's).

Every code has a template, every template's placeholders are exactly the
fields the domain gives it, and errors print the English of their message.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from message_samples import SAMPLES

from mgdesk.domain.classify import classify, note_message, warning_messages
from mgdesk.domain.errors import InputError, MgdeskError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.messages import ENGLISH, AllOf, AnyOf, Message, Number, Quoted, english, placeholders
from mgdesk.domain.profile import Category
from mgdesk.domain.units import MgUnit


def test_every_code_has_a_sample_and_every_sample_a_code() -> None:
    assert set(SAMPLES) == set(ENGLISH)


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_fields_fill_every_placeholder_of_the_english_template(code: str) -> None:
    message = SAMPLES[code]
    forms = ENGLISH[code] if isinstance(ENGLISH[code], tuple) else (ENGLISH[code],)
    for form in forms:
        assert placeholders(str(form)) == set(message.fields), form
    sentence = english(message)
    assert "{" not in sentence
    assert "}" not in sentence
    assert sentence.strip() == sentence or code in {"off-note", "conflict-where", "conflict-when"}  # joined on


def test_fields_are_written_as_the_command_line_writes_them() -> None:
    message = Message.of(
        "trend-latest",
        date=dt.date(2025, 5, 1),
        value=Number("<0.8"),
        unit=MgUnit.MG_DL,
        mmol=Number("0.33"),
        profile=Quoted("it's mine"),
    )
    assert english(message) == (
        "The most recent serum/plasma result (2025-05-01, <0.8 mg/dL), classed on its exact value of 0.33 mmol/L "
        'against the profile "it\'s mine".'
    )
    classes = Message.of("class-indeterminate", value=Number("<1"), unit=MgUnit.MMOL_L, classes=AnyOf(tuple(Category)))
    assert "critical low, low, normal, high, critical high or indeterminate" in english(classes)
    edges = Message.of(
        "borderline",
        value=Number("1"),
        unit=MgUnit.MMOL_L,
        low=Number("0.9"),
        high=Number("1.1"),
        edges=AllOf((Decimal("0.95"), Decimal("1.05"))),
    )
    assert "on the 0.95 and 1.05 mmol/L edge" in english(edges)


@pytest.mark.parametrize(("n", "words"), [(1, "; 1 result taken off metformin is left out"), (2, "; 2 results")])
def test_a_pair_of_templates_is_chosen_by_the_count(n: int, words: str) -> None:
    assert english(Message.of("off-note", n=n)).startswith(words)


def test_an_error_prints_the_english_of_its_message() -> None:
    with pytest.raises(InputError) as caught:
        parse_measurement("40 mg/dL")
    error = caught.value
    assert error.message == Message.of(
        "implausible-converted",
        value="40",
        unit=MgUnit.MG_DL,
        limit_mmol_per_l=Decimal(15),
        shown=Decimal("16.45"),
    )
    assert str(error) == english(error.message)
    assert str(error).startswith("40 mg/dL is 16.45 mmol/L, above 15 mmol/L")


def test_an_error_with_an_untemplated_code_keeps_its_own_text() -> None:
    assert str(MgdeskError("Something specific.", code="no-template-for-this")) == "Something specific."


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("1.7 mg/dL", ["borderline-threshold"]),
        ("0.90 mmol/L", []),
        ("1.05 mmol/L", ["borderline"]),
        ("<0.8 mmol/L", ["qualified-indeterminate"]),
        ("<0.70 mmol/L", ["qualified-borderline"]),
        ("2.5 mmol/L", ["mix-up"]),
        ("2.0 mmol/L", ["borderline", "mix-up", "mix-up"]),
    ],
)
def test_a_result_says_what_its_class_needs(text: str, codes: list[str]) -> None:
    result = classify(parse_measurement(text))
    assert [message.code for message in warning_messages(result)] == codes
    assert note_message(result).code == ("note" if result.measurement.unit is MgUnit.MMOL_L else "note-converted")
