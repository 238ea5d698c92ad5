"""Ranges keep their left-to-right order in a right-to-left window (ui/common/messages.left_to_right).

In Arabic the Unicode bidirectional algorithm lays "0.70\N{EN DASH}1.05" out as
"1.05\N{EN DASH}0.70" (the dash between the numbers takes the direction around it): a
band label that reads backwards is a clinical error.  This lays the text out
as Qt does for a right-to-left paragraph and compares where each number lands.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from mgdesk.ui.common.messages import left_to_right, local_number


def cursor_xs(text: str, *indexes: int) -> list[float]:
    """Where Qt puts the cursor before each of ``indexes`` when ``text`` is laid out as a right-to-left line."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    return [line.cursorToX(index)[0] for index in indexes]


def x_of(text: str, index: int) -> float:
    """Where the cursor inside the number at ``index`` sits (after its second character: unambiguous)."""
    return cursor_xs(text, index + 2)[0]


def test_a_plain_range_reads_backwards_in_a_right_to_left_paragraph(qapp: object) -> None:
    text = "0.70\N{EN DASH}1.05"
    assert x_of(text, text.index("0.70")) > x_of(text, text.index("1.05")), "the fault this module guards against"


def test_a_range_kept_left_to_right_reads_low_to_high(qapp: object) -> None:
    text = left_to_right("0.70\N{EN DASH}1.05")
    assert x_of(text, text.index("0.70")) < x_of(text, text.index("1.05"))
    label = left_to_right("0.70\N{EN DASH}1.05 mmol/L")
    assert x_of(label, label.index("1.05")) < x_of(label, label.index("mmol/L"))


def test_a_signed_number_keeps_its_sign_in_front_in_an_arabic_line(qapp: object) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("ar_001"))  # the Arabic the window uses (digits 0-9)
    try:
        for plain in ("-0.053", "+0.028", "\N{MINUS SIGN}0.013"):
            shown = local_number(plain)
            sign, first_digit = shown.index(plain[0]), shown.index("0")
            assert x_of_character(shown, sign) < x_of_character(shown, first_digit), plain
            # Without the locale's mark the sign would land after the number, on its right.
            assert x_of_character(plain, 0) > x_of_character(plain, 1), plain
    finally:
        QLocale.setDefault(before)
    assert local_number("-0.053") == "-0.053"  # English: nothing added


def x_of_character(text: str, index: int) -> float:
    """The left edge of the character at ``index`` in a right-to-left line."""
    return min(cursor_xs(text, index, index + 1))
