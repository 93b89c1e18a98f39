"""pytest fixtures for the protocol tests: Python code generated from Proto/ and a real dudaod.

The daemon is $DUDAOD if set, else .build/debug/dudaod (build it with
`swift build --product dudaod`). Python code for the .proto files is generated into a temporary
directory with protoc, so nothing generated is committed for Python.
"""

import os
import subprocess
import sys
import tempfile

import pytest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


@pytest.fixture(scope="session")
def proto():
    """The generated modules: proto.envelope, proto.service, proto.assessment."""
    out = tempfile.mkdtemp(prefix="dudao-python-")
    protos = sorted(
        os.path.join("Proto", "dudao", "v1", name)
        for name in os.listdir(os.path.join(ROOT, "Proto", "dudao", "v1"))
        if name.endswith(".proto")
    )
    subprocess.run(["protoc", "-I", "Proto", f"--python_out={out}", *protos], cwd=ROOT, check=True)
    sys.path.insert(0, out)
    from dudao.v1 import assessment_pb2, envelope_pb2, service_pb2  # noqa: E402

    class Modules:
        envelope = envelope_pb2
        service = service_pb2
        assessment = assessment_pb2

    return Modules


@pytest.fixture(scope="session")
def dudaod():
    """(host, port) of a dudaod started for the session on a free port with a temporary data dir."""
    binary = os.environ.get("DUDAOD") or os.path.join(ROOT, ".build", "debug", "dudaod")
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no dudaod at {binary}: run `swift build --product dudaod` or set DUDAOD")
    data = tempfile.mkdtemp(prefix="dudao-data-")
    process = subprocess.Popen(
        [binary, "--port", "0", "--data-dir", data],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = process.stdout.readline()
    if "dudaod listening on" not in line:
        process.kill()
        pytest.fail(f"dudaod did not start: {line!r}")
    host, port = line.strip().rsplit(" ", 1)[1].rsplit(":", 1)
    yield host, int(port)
    process.terminate()
    process.wait(timeout=30)
