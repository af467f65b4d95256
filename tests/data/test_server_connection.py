"""A database server that cannot be used is one Swedish DatabaseError, soon: refused, silent,
unknown host, missing driver, a scheme we do not open; no traceback, no hang."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from seminarkoll.app import lock_database
from seminarkoll.data.engine import CONNECT_TIMEOUT_S
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import resolve
from seminarkoll.data.migrate import current_revision


def _closed_port() -> int:
    """A local port nothing listens on (bound for a moment, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A local port that accepts connections and never says a word (a server that hangs)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def _refusal(url: str) -> str:
    with pytest.raises(DatabaseError) as caught:
        current_revision(resolve(url))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_refused_connection_names_the_server_without_its_password() -> None:
    port = _closed_port()
    message = _refusal(f"postgresql+psycopg://koll:hemligt@127.0.0.1:{port}/seminarkoll")
    assert message == (
        f"Databasservern i postgresql+psycopg://koll:***@127.0.0.1:{port}/seminarkoll tar inte "
        "emot anslutningar: fel port, eller servern är avstängd."
    )


def test_a_server_that_never_answers_is_given_up_after_the_timeout(silent_port: int) -> None:
    started = time.monotonic()
    message = _refusal(f"postgresql+psycopg://koll@127.0.0.1:{silent_port}/seminarkoll")
    waited = time.monotonic() - started
    assert "svarar inte" in message
    assert CONNECT_TIMEOUT_S - 1 < waited < CONNECT_TIMEOUT_S + 5


def test_an_unknown_host_is_named() -> None:
    message = _refusal("postgresql://koll@ingen-sadan-server.invalid/seminarkoll")
    assert message.startswith("Databasservern i postgresql+psycopg://koll@ingen-sadan-server")
    assert "hittades inte" in message


def test_a_plain_postgresql_url_means_the_bundled_driver() -> None:
    assert resolve("postgres://koll@server/db").url == "postgresql+psycopg://koll@server/db"
    assert resolve("postgresql://koll@server/db").url == "postgresql+psycopg://koll@server/db"


def test_a_missing_driver_is_one_line() -> None:
    message = _refusal("postgresql+psycopg2://koll@127.0.0.1/seminarkoll")
    assert message.startswith("Drivrutinen psycopg2 för PostgreSQL saknas")


def test_a_database_kind_we_do_not_open_is_refused() -> None:
    message = _refusal("mysql://koll@127.0.0.1/seminarkoll")
    assert "ingen databas som Seminarkoll kan öppna" in message


def test_no_lock_file_for_a_server_database() -> None:
    assert lock_database(resolve("postgresql://koll@server/seminarkoll")) is None
