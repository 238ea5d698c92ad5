"""Long work off the window's thread, with a progress dialog that can cancel.

``run_with_progress`` runs a function in a QThread while a QProgressDialog
shows how far it got; the function receives ``progress(done, total)`` and
``cancelled()`` callables.  The window keeps painting and answering the
whole time.  It returns the function's result, or raises what it raised
(``ImportCancelledError`` when the user cancelled).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mgdesk.ui.common import collector

type Work[T] = Callable[[Callable[[int, int], None], Callable[[], bool]], T]


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Work[Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self.progressed.emit, self.cancel_event.is_set)
        except BaseException as error:  # handed to the window's thread, re-raised there
            self.error = error


def run_with_progress[T](parent: QWidget | None, label: str, work: Work[T]) -> T:
    """Run ``work`` in a thread with a cancellable progress dialog; return its result."""
    dialog = QProgressDialog(label, QCoreApplication.translate("progress", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setMinimumDuration(300)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    worker.progressed.connect(show_progress)
    dialog.canceled.connect(worker.cancel_event.set)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    # Python's cycle collector runs in whichever thread allocates; on the worker
    # it could destroy unreachable Qt objects off the window's thread.  It is
    # paused while the worker runs and run here afterwards.
    collector.pause()
    try:
        worker.start()
        if not worker.isFinished():
            loop.exec()
        worker.wait()
    finally:
        collector.resume()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    result: T = worker.result
    return result
