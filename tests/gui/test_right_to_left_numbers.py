"""Ranges keep their left-to-right order in a right-to-left window (ui/common/messages.left_to_right).

In Arabic the Unicode bidirectional algorithm lays "0.70\N{EN DASH}1.05" out as
"1.05\N{EN DASH}0.70" (the dash between the numbers takes the direction around it): a
band label that reads backwards is a clinical error.  This lays the text out
as Qt does for a right-to-left paragraph and compares where each number lands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from mgdesk.ui.common.messages import left_to_right


def x_of(text: str, index: int) -> float:
    """Where the cursor inside the number at ``index`` sits (after its second character: unambiguous)."""
    index += 2
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_a_plain_range_reads_backwards_in_a_right_to_left_paragraph(qapp: object) -> None:
    text = "0.70\N{EN DASH}1.05"
    assert x_of(text, text.index("0.70")) > x_of(text, text.index("1.05")), "the fault this module guards against"


def test_a_range_kept_left_to_right_reads_low_to_high(qapp: object) -> None:
    text = left_to_right("0.70\N{EN DASH}1.05")
    assert x_of(text, text.index("0.70")) < x_of(text, text.index("1.05"))
    label = left_to_right("0.70\N{EN DASH}1.05 mmol/L")
    assert x_of(label, label.index("1.05")) < x_of(label, label.index("mmol/L"))
