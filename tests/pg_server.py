"""A throw-away PostgreSQL cluster for the tests, on 127.0.0.1 at a free port.

``PgServer`` runs the distribution's own ``initdb`` and ``pg_ctl`` (Debian's
``postgresql`` package; ``packaging/dev.sh`` installs it) in a temporary
folder with a socket folder of its own.  PostgreSQL refuses to run as root,
so under root the folder is handed to the unprivileged ``nobody`` and every
server command runs through ``runuser -u nobody``.  Trust authentication on
loopback only, no fsync (the cluster lives for one test run).  ``stop`` and
``start`` exist for the fault tests; ``remove`` stops the server whatever
state it is in and deletes the folder.  Each folder names the process that
made it (``owner.pid``); a new ``PgServer`` first stops and deletes the
clusters of processes that no longer exist, so a test run that was killed
(and whose clean-up never ran) leaves no server behind for long.  When the
binaries are missing,
``find_binaries`` raises ``MissingPostgresError`` carrying the install line: the
fixtures turn that into a test failure, never a skip, so CI cannot pass
without the server tests.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

INSTALL_LINE = "apt-get install postgresql (or run: bash packaging/dev.sh test, which installs it as root)"
SUPERUSER = "mgdesk_test"
FOLDER_PREFIX = "mgdesk-pg-"
OWNER_FILE = "owner.pid"


class MissingPostgresError(RuntimeError):
    """No PostgreSQL server binaries (initdb, pg_ctl) on this machine."""


def find_binaries() -> Path:
    """The folder holding initdb and pg_ctl: $MGDESK_PG_BIN, the PATH, or Debian's /usr/lib/postgresql/N/bin."""
    candidates: list[Path] = []
    if os.environ.get("MGDESK_PG_BIN"):
        candidates.append(Path(os.environ["MGDESK_PG_BIN"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted((p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True)
        candidates += [v / "bin" for v in versions]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise MissingPostgresError(
        f"PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them: {INSTALL_LINE}"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    """One PostgreSQL cluster in a temporary folder."""

    def __init__(self) -> None:
        self.bin = find_binaries()
        self._as_root = os.geteuid() == 0
        sweep_orphans(self.bin, as_root=self._as_root)
        self.port = free_port()
        self.base = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
        self.base.chmod(0o755)
        (self.base / OWNER_FILE).write_text(str(os.getpid()))
        self.data = self.base / "data"
        self.sockets = self.base / "sockets"
        self.log = self.base / "server.log"
        for folder in (self.data, self.sockets):
            folder.mkdir(mode=0o700)
        self.log.touch()
        if self._as_root:
            for path in (self.data, self.sockets, self.log):
                shutil.chown(path, "nobody", "nogroup" if _group_exists("nogroup") else None)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"
        )
        self.running = False

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", "nobody", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.base, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}\n{self.log.read_text()}")
        return done

    def start(self) -> None:
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.sockets} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast``: sessions are ended and their transactions rolled back)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")
        self.running = False

    def remove(self) -> None:
        """Stop the server if it runs (immediately) and delete its folder."""
        with contextlib.suppress(Exception):
            if (self.data / "postmaster.pid").exists():
                self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE / DROP DATABASE) in the maintenance database."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True) as c:
            c.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        """Create an empty (or ``template``-copied) database; return its name."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def __enter__(self) -> PgServer:
        try:
            self.start()
        except BaseException:
            self.remove()
            raise
        return self

    def __exit__(self, *_: object) -> None:
        self.remove()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def sweep_orphans(binaries: Path, *, as_root: bool) -> list[Path]:
    """Stop (immediately) and delete the clusters whose owning process has gone; return their folders.

    Folders without an owner file are left alone: nothing says whose they are.
    """
    swept: list[Path] = []
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        if (folder / "data" / "postmaster.pid").exists():
            command = [str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"]
            if as_root:
                command = ["runuser", "-u", "nobody", "--", *command]
            subprocess.run(command, capture_output=True, check=False, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
        swept.append(folder)
    return swept


def _group_exists(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def wait_until(condition: object, timeout_s: float = 10.0) -> None:
    """Poll ``condition()`` until true (for server state changes the tests wait on)."""
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(0.05)
