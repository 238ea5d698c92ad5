"""The HL7 v2 reader's on-demand field parsing gives what python-hl7's parse of the whole message gives.

The reader cuts a segment into fields and hands python-hl7 only the fields
it reads (see ``hl7_import._Delimiters``); this holds it, on generated
segments with any delimiters, repetitions, components, subcomponents and
escapes, to the library's own tree of the whole message walked like its
``extract_field``.
"""

from __future__ import annotations

import warnings
from typing import Any

import hl7
from hypothesis import given, settings
from hypothesis import strategies as st

from mgdesk.interchange.columns import FileKind
from mgdesk.interchange.csv_import import ParsedFile
from mgdesk.interchange.dates import DateOrder
from mgdesk.interchange.hl7_import import (
    HL7_MAPPING,
    PatientIdChoice,
    _Delimiters,
    _Message,
    _MessageReader,
    _Oru,
    _Segment,
)

DELIMITER_SETS = ["|^~\\&", "#@*!%", "|^~\\&#", "$:;/+"]


def reference(message: hl7.Message, index: int, number: int, repeat: int, component: int) -> str:
    """python-hl7's full parse, walked by position as its ``extract_field`` walks it, then unescaped."""
    segment = list(message)[index]
    if number >= len(segment):
        return ""
    value: Any = segment[number]
    for position in (repeat, component, 1):
        if isinstance(value, str):
            if position != 1:
                return ""
            break
        if position > len(value):
            return ""
        value = value[position - 1]
    text = str(value)
    if message.esc in text:
        with warnings.catch_warnings():  # python-hl7 logs a bad escape with the deprecated Logger.warn
            warnings.filterwarnings("ignore", "The 'warn' method is deprecated", DeprecationWarning)
            text = str(message.unescape(text))
    return text.strip()


@st.composite
def messages(draw: st.DrawFn) -> tuple[str, list[str]]:
    delimiters = draw(st.sampled_from(DELIMITER_SETS))
    field_sep, component, repetition, escape, subcomponent = delimiters[:5]
    alphabet = st.sampled_from(["A", "b", "7", " ", ".", "-", component, repetition, subcomponent, escape, "F", "S"])
    fields = st.lists(st.text(alphabet, max_size=12), max_size=9)
    segments = [
        field_sep.join(["PID", *draw(fields)]),
        field_sep.join(["OBX", *draw(fields)]),
    ]
    header = f"MSH{field_sep}{delimiters[1:]}{field_sep}LAB{field_sep}{field_sep}ORU{component}R01"
    return header, segments


@settings(max_examples=300, deadline=None)
@given(messages())
def test_each_field_read_on_demand_equals_the_whole_message_parse(generated: tuple[str, list[str]]) -> None:
    header, segments = generated
    full = hl7.parse("\r".join([header, *segments]), factory=hl7.Factory)
    message = _Message(1, [_Segment(n, text, text[:3]) for n, text in enumerate([header, *segments], 1)])
    reader = _MessageReader(
        ParsedFile("t", FileKind.RESULTS, HL7_MAPPING, "|", DateOrder.ISO_ONLY), PatientIdChoice(), {}
    )
    delimiters = reader._delimiters(header)
    assert isinstance(delimiters, _Delimiters)
    oru = _Oru(reader, message, delimiters)
    for index in (1, 2):
        for number in range(1, 11):
            for repeat in (1, 2, 3):
                for component in (1, 2, 3):
                    want = reference(full, index, number, repeat, component)
                    assert oru.field(index, number, repeat, component) == want, (index, number, repeat, component)
            want_repeats = len(list(full)[index][number]) if number < len(list(full)[index]) else 0
            assert oru.repeats(index, number) == want_repeats
    assert oru.field(0, 5, 1, 2) == reference(full, 0, 5, 1, 2) == "R01"
