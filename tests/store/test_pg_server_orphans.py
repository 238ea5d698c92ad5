"""The tests' throw-away PostgreSQL clusters do not outlive a killed test run.

A test process killed with SIGKILL runs no clean-up, so its cluster would keep
running (and its folder stay in the temporary folder).  The next ``PgServer``
stops and deletes it: this test kills a real process that started a real
cluster, then checks that the server process and its folder are gone.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pg_server import MissingPostgresError, PgServer, wait_until

TESTS = Path(__file__).resolve().parents[1]

START_AND_WAIT = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pg_server import PgServer
server = PgServer()
server.start()
print(server.base, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_killed_runs_cluster_is_stopped_and_deleted_by_the_next_server() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", START_AND_WAIT, str(TESTS)], stdout=subprocess.PIPE, text=True
    ) as owner:
        try:
            assert owner.stdout is not None
            base = Path(owner.stdout.readline().strip())
            assert (base / "data" / "postmaster.pid").exists(), "the killed run's cluster never started"
            postmaster = int((base / "data" / "postmaster.pid").read_text().splitlines()[0])
            assert _alive(postmaster)
        finally:
            owner.send_signal(signal.SIGKILL)
            owner.wait(timeout=30)
    try:
        survivor = PgServer()
    except MissingPostgresError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        wait_until(lambda: not _alive(postmaster), timeout_s=30)
        assert not base.exists()
        assert (survivor.base / "owner.pid").read_text() == str(os.getpid())
    finally:
        survivor.remove()
