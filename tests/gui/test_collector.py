"""Automatic garbage collection stays off while any worker runs, whoever finishes first (ui/common/collector.py).

The window's background jobs, the Clinic computations and the live-updates
thread each pause collection; a job that ends must not turn it back on while
another still runs, or Python could collect Qt objects on a worker thread.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from mgdesk.ui.common import collector


@pytest.fixture(autouse=True)
def collection_on() -> Iterator[None]:
    gc.enable()
    yield
    while collector.paused():
        collector.resume()
    gc.enable()


def test_collection_resumes_only_when_the_last_pause_ends() -> None:
    collector.pause()  # e.g. the live-updates thread
    collector.pause()  # e.g. a background job
    assert not gc.isenabled()
    collector.resume()  # the job ends first
    assert not gc.isenabled(), "still off: the live-updates thread runs"
    assert collector.paused()
    collector.resume()
    assert gc.isenabled()
    assert not collector.paused()


def test_collection_that_was_off_stays_off() -> None:
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()


def test_an_unmatched_resume_changes_nothing() -> None:
    collector.resume()
    assert gc.isenabled()
    assert not collector.paused()
