"""Starts a real dudaod for the protocol tests.

The daemon comes from $DUDAOD (default .build/debug/dudaod); it is started with
`--host 127.0.0.1 --port 0 --data-dir DIR` and prints `dudaod listening on HOST:PORT` once bound.
The generated protobuf modules must be importable (Tools/scripts/python-tests.sh sees to it).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Tools" / "python"))

import dudao_client  # noqa: E402

LISTENING = re.compile(r"listening on (?P<host>[^\s:]+|\[[^\]]+\]):(?P<port>\d+)")


@pytest.fixture(scope="session")
def daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[str, int]]:
    binary = Path(os.environ.get("DUDAOD", ROOT / ".build" / "debug" / "dudaod"))
    if not binary.exists():
        pytest.fail(f"no dudaod at {binary}; build it (swift build --product dudaod) or set DUDAOD")
    data = tmp_path_factory.mktemp("dudaod-data")
    process = subprocess.Popen(
        [str(binary), "--host", "127.0.0.1", "--port", "0", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stderr_lines: list[str] = []
    threading.Thread(target=lambda: stderr_lines.extend(process.stderr), daemon=True).start()
    host, port = None, None
    assert process.stdout is not None
    for line in process.stdout:
        match = LISTENING.search(line)
        if match:
            host, port = match.group("host").strip("[]"), int(match.group("port"))
            break
    if port is None:
        process.wait(timeout=10)
        pytest.fail(f"dudaod exited with {process.returncode} before listening:\n{''.join(stderr_lines)}")
    threading.Thread(target=lambda: process.stdout.read(), daemon=True).start()
    try:
        yield host, port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def connect(daemon: Tuple[str, int]):
    """Opens connections to the daemon and closes them after the test."""
    opened: list[dudao_client.DudaoConnection] = []

    def open_connection(handshake: bool = True) -> dudao_client.DudaoConnection:
        connection = dudao_client.DudaoConnection.open(*daemon, timeout=10)
        opened.append(connection)
        if handshake:
            connection.handshake("dudao-python-tests/1")
        return connection

    yield open_connection
    for connection in opened:
        connection.close()


@pytest.fixture
def bystander(connect):
    """A connection opened before the test's misbehaviour; it must stay undisturbed."""
    return connect()
