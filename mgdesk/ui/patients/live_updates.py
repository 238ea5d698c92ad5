"""The change feed of the open database, run on a thread of its own so the window never waits on it.

``LiveUpdates`` polls the store's ``ChangeFeed`` in a loop (on a clinic
server it is woken at once by the server's notice; on a file it looks every
``interval_s``) and hands the window what changed as a signal.  It also
watches the server: when the feed cannot reach it, ``unreachable`` carries
the reason; when it answers again, ``reachable`` says so (the session then
sends the outbox).  The window asks for a fresh check with ``recheck`` when
one of its own reads failed.

Python's cycle collector runs in whichever thread happens to allocate; run
on this thread it could destroy Qt objects off the window's thread.  While
the thread runs, automatic collection is off and a timer on the window's
thread collects instead, by the same generation thresholds (as pyqtgraph's
``GarbageCollector`` does, for the same reason).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from mgdesk.domain.errors import MgdeskError, ServerUnreachableError
from mgdesk.ui.common import collector
from mgdesk.ui.common.messages import error_sentence

if TYPE_CHECKING:
    from mgdesk.store import ChangeFeed, Database

log = logging.getLogger(__name__)

INTERVAL_S = 1.0  # the polling fallback (a file: one indexed query a second); a server's notice wakes it at once
RETRY_S = 2.0  # how often an unreachable server is tried again
COLLECT_MS = 1000  # the window thread's garbage collection while the thread runs


class LiveUpdates(QThread):
    changed = Signal(object)  # mgdesk.store.Changes
    unreachable = Signal(str)  # why the server cannot be reached
    reachable = Signal()  # the server answers again

    def __init__(self, database: Database, parent: QObject | None = None, *, interval_s: float = INTERVAL_S) -> None:
        super().__init__(parent)
        self._database = database
        self._interval_s = interval_s
        self._stopping = threading.Event()
        self._feed: ChangeFeed | None = None
        self._online = True  # as last reported; ``recheck`` clears it so the next good poll says "reachable"
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_MS)
        self._collector.timeout.connect(collector.collect_young)
        self._paused = False

    def start_watching(self) -> None:
        """Start the thread, with garbage collection moved to the window's thread."""
        if not self._paused:
            collector.pause()
            self._paused = True
        self._collector.start()
        self.start()

    def recheck(self) -> None:
        """The window found the server out of reach: report it as reachable again once a poll succeeds."""
        self._online = False

    def run(self) -> None:
        from mgdesk.store import ChangeFeed

        while not self._stopping.is_set():
            try:
                if self._feed is None:
                    self._feed = ChangeFeed(self._database, interval_s=self._interval_s)
                    if self._stopping.is_set():
                        break
                changes = self._feed.poll()
            except ServerUnreachableError as error:
                if self._online:
                    self._online = False
                    self.unreachable.emit(error_sentence(error))
                self._stopping.wait(RETRY_S)
                continue
            except MgdeskError as error:  # anything else the store refuses: said once in the log, tried again
                log.warning("live updates: %s", error)
                self._stopping.wait(RETRY_S)
                continue
            if self._stopping.is_set():
                break
            if not self._online:
                self._online = True
                self.reachable.emit()
            if changes:
                self.changed.emit(changes)
        if self._feed is not None:
            self._feed.close_listener()

    def stop(self) -> None:
        """End the loop and wait for the thread (a poll in progress returns within a fraction of a second)."""
        self._stopping.set()
        if self._feed is not None:
            self._feed.stop()
        self.wait()
        self._collector.stop()
        if self._paused:
            self._paused = False
            collector.resume()
