"""The conformance vectors of Tests/vectors, checked in Python: each vector's bytes decode to what
vectors.json says, and a real dudaod answers them as vectors.json says."""

import json
import os
import socket
import struct

import pytest
from google.protobuf import json_format

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
VECTORS = os.path.join(ROOT, "Tests", "vectors")
with open(os.path.join(VECTORS, "vectors.json"), encoding="utf-8") as f:
    DOCUMENT = json.load(f)
ALL = DOCUMENT["vectors"]
IDS = [v["name"] for v in ALL]


def message_class(proto, full_name):
    name = full_name.split(".")[-1]
    for module in (proto.envelope, proto.service, proto.assessment):
        if hasattr(module, name):
            return getattr(module, name)
    raise KeyError(full_name)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


@pytest.mark.parametrize("vector", ALL, ids=IDS)
def test_vector_decodes_as_described(proto, vector):
    data = read_bytes(os.path.join(VECTORS, vector["file"]))
    assert len(data) == vector["bytes"]
    offset = 0
    for part in vector["send"]:
        if "raw_hex" in part:
            raw = bytes.fromhex(part["raw_hex"])
            assert data[offset:offset + len(raw)] == raw
            offset += len(raw)
            continue
        flags = data[offset]
        (length,) = struct.unpack(">I", data[offset + 1:offset + 5])
        assert (flags, length) == (part["flags"], part["length"])
        body = data[offset + 5:offset + 5 + length]
        offset += 5 + length
        decoded = proto.envelope.Frame.FromString(body)
        described = json_format.ParseDict(part["envelope"], proto.envelope.Frame())
        assert decoded == described
        # Serializing what was decoded gives the same bytes: the vectors use the canonical form.
        assert decoded.SerializeToString(deterministic=True) == body
        if "payload" in part:
            cls = message_class(proto, part["payload"]["type"])
            payload = cls.FromString(decoded.request.payload)
            assert payload == json_format.ParseDict(part["payload"]["message"], cls())
    assert offset == len(data)


def read_exactly(sock, n):
    out = b""
    while len(out) < n:
        chunk = sock.recv(n - len(out))
        if not chunk:
            return None if not out else pytest.fail(f"the stream ended inside a frame ({len(out)} of {n} bytes)")
        out += chunk
    return out


def read_frame(proto, sock):
    header = read_exactly(sock, 5)
    if header is None:
        return None
    flags, length = header[0], struct.unpack(">I", header[1:])[0]
    assert flags == 0, "the daemon sent a flagged frame"
    body = read_exactly(sock, length) if length else b""
    assert body is not None, "the stream ended after a frame header"
    return proto.envelope.Frame.FromString(body)


STATUS = {"OK": 0, "CANCELLED": 1, "UNKNOWN": 2, "INVALID_ARGUMENT": 3, "NOT_FOUND": 5,
          "RESOURCE_EXHAUSTED": 8, "FAILED_PRECONDITION": 9, "UNIMPLEMENTED": 12, "INTERNAL": 13,
          "UNAVAILABLE": 14}


@pytest.mark.parametrize("vector", ALL, ids=IDS)
def test_daemon_answers_as_described(proto, dudaod, vector):
    data = read_bytes(os.path.join(VECTORS, vector["file"]))
    with socket.create_connection(dudaod, timeout=10) as sock:
        sock.sendall(data)
        if vector["half_close"]:
            sock.shutdown(socket.SHUT_WR)
        for expected in vector["expect"]:
            frame = read_frame(proto, sock)
            assert frame is not None, f"the connection ended; expected {expected}"
            assert frame.WhichOneof("kind") == expected["kind"]
            if expected["kind"] == "pong":
                assert frame.pong.payload == expected["payload"]
            elif expected["kind"] == "go_away":
                assert frame.go_away.status.code == STATUS[expected["code"]]
            elif expected["kind"] == "response":
                response = frame.response
                assert (response.call_id, response.status.code, response.final) == (
                    expected["call_id"], STATUS[expected["code"]], expected["final"]
                ), response.status.message
                got = {(v.path, v.rule) for v in response.status.violations}
                for violation in expected.get("violations", []):
                    assert (violation["path"], violation["rule"]) in got
                if "payload_type" in expected:
                    payload = message_class(proto, expected["payload_type"]).FromString(response.payload)
                    if expected["payload_type"] == "dudao.v1.HealthCheckResponse":
                        assert proto.service.HealthCheckResponse.ServingStatus.Name(payload.status) == expected["serving_status"]
                    if expected["payload_type"] == "dudao.v1.EvaluateResponse":
                        assert payload.result.assessment == "compulsory-quality-balance"
                        assert payload.result.verdict != 0
        if vector["connection"] == "closed":
            assert read_frame(proto, sock) is None, "expected the daemon to close the connection"
        else:
            ping = proto.envelope.Frame(ping=proto.envelope.Ping(payload=0x0D0DA0))
            body = ping.SerializeToString()
            sock.sendall(bytes([0]) + struct.pack(">I", len(body)) + body)
            frame = read_frame(proto, sock)
            assert frame is not None and frame.WhichOneof("kind") == "pong", "expected the connection to stay open"
            assert frame.pong.payload == 0x0D0DA0


def test_vectors_regenerate_identically():
    import subprocess
    import sys

    subprocess.run([sys.executable, os.path.join(ROOT, "Tools", "vectors", "generate_vectors.py"), "--check"], check=True)
