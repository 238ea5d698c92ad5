"""The first paint of a widget: when it happened, and work that waits for it.

A window is usable when its first frame is on screen; work queued with a
zero-time timer before that can run ahead of the paint and hold it back (the
Patients place, the database, the unit registry).  ``FirstPaint`` watches one
widget, notes the process age (``process_clock``) once its first paint has
been delivered, and only then emits ``painted``, so that such work is started
after the frame, not before.  The smoke test reports that age as
``startup_ms``; the start-up benchmark's baseline measures an empty window
the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from mgdesk.ui.common.process_clock import process_age_ms


class FirstPaint(QObject):
    """Emits ``painted`` once, right after ``widget`` has been painted for the first time."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.at_ms: float | None = None
        self._widget = widget
        self._seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # A zero-time timer fires after this paint event has been handled.
            QTimer.singleShot(0, self._on_painted)
        return False

    def _on_painted(self) -> None:
        self._widget.removeEventFilter(self)
        self.at_ms = process_age_ms()
        self.painted.emit()
