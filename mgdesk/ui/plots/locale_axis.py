"""A pyqtgraph axis whose tick labels carry the locale's decimal mark (0,75 in French).

pyqtgraph writes tick labels with Python's formatting, always with a decimal
point; mgdesk writes every number on screen in the user's locale
(``wording.local_number``), plot axes included.
"""

from __future__ import annotations

import pyqtgraph as pg

from mgdesk.ui.common.wording import local_number


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph
        return [local_number(text) for text in super().tickStrings(values, scale, spacing)]
