"""The window's renderer of typed messages: one extractable, translatable sentence per code.

Every code of the English renderer has a window sentence with the same
placeholders; the sample fields fill them all; numbers keep the display
rule's digits and take the locale's decimal mark, dates its short format;
and Qt's own extraction tool finds every sentence under the "Messages"
context.  The cross-surface tests show the converter, the trend numbers and
the command line saying the same thing with the same numbers.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from message_samples import SAMPLES
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from trend_fixtures import TODAY, falling_patient, small_database

from mgdesk.cli import main
from mgdesk.domain.messages import ENGLISH, Grouped, Message, Number, english, placeholders
from mgdesk.domain.messages import template as english_template
from mgdesk.domain.profile import default_profile
from mgdesk.domain.trend import summarize
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common import messages
from mgdesk.ui.converter.converter_view import ConverterView
from mgdesk.ui.patients.trend_numbers import number_rows

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def decimal_comma() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(FRENCH)
    try:
        yield
    finally:
        QLocale.setDefault(before)


COUNT = 987654  # a count no sentence holds otherwise: Qt writes it where the literal has %n


def _window_placeholders(code: str, fields: dict[str, object]) -> set[str]:
    text = messages.template(code, {**fields, "n": COUNT} if "n" in fields else fields)
    return placeholders(text) | ({"n"} if str(COUNT) in text else set())


def test_every_code_has_a_window_sentence() -> None:
    assert set(messages.TEMPLATES) == set(ENGLISH)


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_window_and_english_templates_have_the_same_placeholders(code: str) -> None:
    sample = SAMPLES[code]
    for count in (1, 2):
        fields = {**sample.fields, "n": count} if "n" in sample.fields else dict(sample.fields)
        assert _window_placeholders(code, fields) == placeholders(english_template(code, fields)), code


def _numbers(sentence: str) -> list[str]:
    """The numbers in a sentence, with '.' as decimal mark whatever the locale wrote."""
    return [number.replace(",", ".") for number in re.findall(r"\d+(?:[.,]\d+)?", sentence)]


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_fields_fill_every_placeholder_with_the_locales_decimal_mark(code: str, decimal_comma: None) -> None:
    sample = SAMPLES[code]
    sentence = messages.render(sample)
    assert "{" not in sentence
    assert "}" not in sentence
    assert "%n" not in sentence
    for value in _leaf_fields(sample):
        if isinstance(value, Number | Decimal):
            written = f"{value:f}" if isinstance(value, Decimal) else str(value)
            assert written.replace(".", ",") in sentence, (written, sentence)
        elif isinstance(value, dt.date):
            assert messages.local_date(value) in sentence, (value, sentence)
        elif isinstance(value, Grouped):  # thousands separated the locale's way (a narrow space in French)
            assert QLocale().toString(int(value)) in sentence, (value, sentence)
    # The same numbers as the command line's sentence, dates aside (the window writes them the locale's way).
    localised = [value for value in _leaf_fields(sample) if isinstance(value, dt.date | Grouped)]
    if not localised:
        assert sorted(_numbers(sentence)) == sorted(_numbers(english(sample))), (sentence, english(sample))


def _leaf_fields(message: Message) -> list[object]:
    leaves: list[object] = []
    for value in message.fields.values():
        leaves.extend(_leaf_fields(value) if isinstance(value, Message) else [value])
    return leaves


def test_a_count_takes_the_plural_form() -> None:
    # Without a catalogue Qt writes the source's "result(s)"; a catalogue gives each language its forms.
    assert messages.render(Message.of("off-note", n=1)).startswith("; 1 result")
    assert messages.render(Message.of("off-note", n=2)).startswith("; 2 result")


def test_qt_extraction_finds_one_sentence_per_code_under_messages(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    source = Path(messages.__file__)
    catalogue = tmp_path / "messages.ts"
    done = subprocess.run(
        [str(lupdate), str(source), "-ts", str(catalogue)], check=False, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    extracted = {
        message.findtext("source")
        for context in ET.parse(catalogue).getroot()
        if context.findtext("name") == "Messages"
        for message in context.iter("message")
    }
    literals = _template_literals(source)
    assert set(literals) == set(ENGLISH)
    for code, literal in literals.items():
        assert literal in extracted, code


def _template_literals(source: Path) -> dict[str, str]:
    """Each code's source text in ``TEMPLATES``: a literal passed straight to translate("Messages", ...)."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    table = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "TEMPLATES"
    )
    assert isinstance(table, ast.Dict)
    literals = {}
    for key, value in zip(table.keys, table.values, strict=True):
        assert isinstance(key, ast.Constant)
        assert isinstance(value, ast.Lambda)
        call = value.body
        assert isinstance(call, ast.Call)
        assert ast.unparse(call.func) == "QCoreApplication.translate"
        context, text = call.args[0], call.args[1]
        assert isinstance(context, ast.Constant)
        assert context.value == "Messages"
        assert isinstance(text, ast.Constant), key.value  # a literal, never a variable or an f-string
        assert isinstance(text.value, str)
        literals[str(key.value)] = text.value
    return literals


# -- the window and the command line say the same thing ---------------------------


def _cli(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()


@pytest.mark.parametrize("text", ["1.7 mg/dL", "<0.8 mmol/L", "<0.70 mmol/L", ">1.05 mmol/L", "2.0 mmol/L", "1.05"])
def test_the_converter_and_convert_say_the_same_numbers(qtbot: QtBot, text: str, decimal_comma: None) -> None:
    view = ConverterView(default_profile(), MgUnit.MMOL_L)
    qtbot.addWidget(view)
    view.value_edit.setText(text.replace(".", ","))
    cli = json.loads(_cli("convert", text if " " in text else f"{text} mmol/L", "--json"))
    window = [view.borderline_label.text(), *view.warning_label.text().split("\n")]
    window = [line.removeprefix("⚠ ") for line in window if line]
    assert len(window) == len(cli["warnings"]) > 0
    for shown, said in zip(window, cli["warnings"], strict=True):
        assert _numbers(shown) == _numbers(said), (shown, said)
        assert not re.search(r"\d\.\d", shown), shown  # the locale's decimal comma, never a point


@pytest.fixture
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        yield
    finally:
        QLocale.setDefault(before)


CLI_LABELS = {
    "n": "results",
    "latest": "latest",
    "since": "since last test",
    "exposure": "time on metformin",
    "slope": "slope on metformin",
    "means": "mean before/after",
    "below": "below threshold",
    "crossing": "projected crossing",
    "alert": "falling alert",
    "retest": "re-test due",
}


def test_the_trend_numbers_and_trend_say_the_same_how(tmp_path: Path, c_locale: None) -> None:
    history = falling_patient()
    db = small_database(tmp_path / "trend.sqlite3", history)
    out = _cli("trend", "--patient", "P-FALL", "--db", str(db), "--today", TODAY.isoformat())
    how_lines = out.split("How:\n", 1)[1].splitlines()
    said = dict(line.strip().split(": ", 1) for line in how_lines if line.strip())
    summary = summarize(history.courses, history.results, default_profile(), TODAY)
    rows = number_rows(summary, MgUnit.MMOL_L)
    assert {key for key, *_ in rows} == {key for key, label in CLI_LABELS.items() if label in said}
    for key, _label, _value, shown in rows:
        assert _numbers(shown) == _numbers(said[CLI_LABELS[key]]), (key, shown, said[CLI_LABELS[key]])
        assert _numbers(shown), key  # every "how" names its numbers
