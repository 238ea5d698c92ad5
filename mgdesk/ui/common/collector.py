"""One owner of Python's automatic garbage collection while the window runs work on other threads.

Python's cycle collector runs in whichever thread happens to allocate.  On a
worker thread it can destroy unreachable Qt objects off the window's thread,
which Qt refuses ("Timers cannot be started from another thread") and which
can crash.  So automatic collection is paused while any worker runs: the
background jobs (``background.run_with_progress``), the Clinic place's
computations and the live-updates thread each ``pause()`` and ``resume()``.
The pauses are counted, so one job finishing never turns collection back on
while another still runs; collection is on again only when the last pause
ends (and only if it was on before the first), and the window's thread then
collects what was allocated meanwhile.  ``collect_young`` lets a long pause
(the live-updates thread runs as long as a database is open) collect on the
window's thread from a timer.
"""

from __future__ import annotations

import gc
import threading


class _Pauses:
    """The count of pauses held, and whether collection was on before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.was_enabled = False


_state = _Pauses()


def pause() -> None:
    """Turn automatic collection off until the matching ``resume``."""
    with _state.lock:
        if _state.count == 0:
            _state.was_enabled = gc.isenabled()
            gc.disable()
        _state.count += 1


def resume(*, generation: int = 2) -> None:
    """End one pause; after the last one, turn collection back on and collect up to ``generation`` here."""
    with _state.lock:
        if _state.count == 0:
            return
        _state.count -= 1
        if _state.count or not _state.was_enabled:
            return
        gc.enable()
    gc.collect(generation)


def paused() -> bool:
    """Whether some worker holds a pause."""
    return _state.count > 0


def pause_count() -> int:
    """How many pauses are held (a window left open elsewhere keeps its live-updates pause)."""
    return _state.count


def collect_young() -> None:
    """Collect what automatic collection would have collected by now, on the calling (window's) thread."""
    first, second, third = gc.get_threshold()
    young, middle, old = gc.get_count()
    if young > first:
        gc.collect(0)
        if middle > second:
            gc.collect(1)
            if old > third:
                gc.collect(2)
