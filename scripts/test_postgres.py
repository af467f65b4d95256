"""Runs a command against a throwaway PostgreSQL server: `python scripts/test_postgres.py CMD…`.

The server is made with the binaries `pg_config --bindir` names (initdb into a temporary
folder, started on a free port, its socket in that folder), as the user `pgtest` when we run as
root (PostgreSQL refuses root; the user is created when missing). CMD runs with
SEMINARKOLL_TEST_DATABASE_URL naming the server's superuser; afterwards the server is stopped
and the folder removed. Without PostgreSQL's binaries it says so in one line and exits 0.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV_TEST_URL = "SEMINARKOLL_TEST_DATABASE_URL"
SERVER_USER = "pgtest"
NO_LOGIN = "/usr/sbin/nologin"
SUPERUSER = "seminarkoll"
SETTINGS = (
    # A throwaway server: nothing needs to survive a crash, so nothing waits for the disk.
    "listen_addresses = '127.0.0.1'",
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
    "max_connections = 100",
    "shared_buffers = 64MB",
)


def bindir() -> Path | None:
    """PostgreSQL's program folder (with initdb and pg_ctl), or None when not installed."""
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        return None
    found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
    folder = Path(found.stdout.strip())
    return folder if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file() else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    exists = subprocess.run(["id", "-u", SERVER_USER], capture_output=True, check=False)
    if exists.returncode != 0:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", NO_LOGIN, SERVER_USER],
            check=True,
        )
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def throwaway_server(programs: Path) -> Iterator[str]:
    """Start a server in a temporary folder; yields its superuser's SQLAlchemy URL."""
    folder = Path(tempfile.mkdtemp(prefix="seminarkoll-pg-"))
    password = secrets.token_hex(12)
    (folder / "password").write_text(password + "\n")
    if os.geteuid() == 0:
        _as_server_user(["true"])  # creates the user when missing
        shutil.chown(folder, SERVER_USER)
        shutil.chown(folder / "password", SERVER_USER)
    data = folder / "data"
    port = _free_port()
    quiet = {"stdout": subprocess.DEVNULL, "check": True}
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(programs / "initdb"),
                    "--pgdata",
                    str(data),
                    "--username",
                    SUPERUSER,
                    "--pwfile",
                    str(folder / "password"),
                    "--auth-local",
                    "trust",
                    "--auth-host",
                    "scram-sha-256",
                    "--encoding",
                    "UTF8",
                    "--locale",
                    "C",
                    "--no-sync",
                ]
            ),
            **quiet,  # type: ignore[arg-type]
        )
        with (data / "postgresql.conf").open("a") as conf:
            for line in (*SETTINGS, f"port = {port}", f"unix_socket_directories = '{folder}'"):
                conf.write(line + "\n")
        subprocess.run(
            _as_server_user(
                [
                    str(programs / "pg_ctl"),
                    "--pgdata",
                    str(data),
                    "--log",
                    str(folder / "log"),
                    "--wait",
                    "--silent",
                    "start",
                ]
            ),
            **quiet,  # type: ignore[arg-type]
        )
        try:
            yield f"postgresql+psycopg://{SUPERUSER}:{password}@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                _as_server_user(
                    [
                        str(programs / "pg_ctl"),
                        "--pgdata",
                        str(data),
                        "--wait",
                        "--silent",
                        "--mode",
                        "immediate",
                        "stop",
                    ]
                ),
                check=False,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(command: list[str]) -> int:
    """Run `command` with a throwaway server; returns its exit code."""
    programs = bindir()
    if programs is None:
        print("PostgreSQL hittades inte (pg_config --bindir): testerna körs bara på SQLite.")
        return 0
    with throwaway_server(programs) as url:
        print(f"PostgreSQL-testserver: {url.rsplit('@', 1)[1]} ({programs})", flush=True)
        environment = {**os.environ, ENV_TEST_URL: url}
        return subprocess.run(command, env=environment, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
