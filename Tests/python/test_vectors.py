"""The conformance vectors of Tests/vectors, checked in Python: each vector's bytes decode to what
vectors.json says, and a real dudaod answers them as vectors.json says."""

import json
import os
import socket
import struct
import subprocess
import sys

import pytest
from google.protobuf import json_format

import dudao_client
from dudao_client import ConnectionClosed, assessment_pb2, envelope_pb2, service_pb2

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
VECTORS = os.path.join(ROOT, "Tests", "vectors")
with open(os.path.join(VECTORS, "vectors.json"), encoding="utf-8") as f:
    DOCUMENT = json.load(f)
ALL = DOCUMENT["vectors"]
IDS = [v["name"] for v in ALL]


def message_class(full_name):
    name = full_name.split(".")[-1]
    for module in (envelope_pb2, service_pb2, assessment_pb2):
        if hasattr(module, name):
            return getattr(module, name)
    raise KeyError(full_name)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


@pytest.mark.parametrize("vector", ALL, ids=IDS)
def test_vector_decodes_as_described(vector):
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
        decoded = envelope_pb2.Frame.FromString(body)
        described = json_format.ParseDict(part["envelope"], envelope_pb2.Frame())
        assert decoded == described
        # Serializing what was decoded gives the same bytes: the vectors use the canonical form.
        assert decoded.SerializeToString(deterministic=True) == body
        if "payload" in part:
            cls = message_class(part["payload"]["type"])
            payload = cls.FromString(decoded.request.payload)
            assert payload == json_format.ParseDict(part["payload"]["message"], cls())
    assert offset == len(data)


def read_frame(connection):
    """The next frame, or None when the daemon has closed the connection."""
    try:
        return connection.read_frame()
    except (ConnectionClosed, ConnectionResetError):
        return None


STATUS = {"OK": 0, "CANCELLED": 1, "UNKNOWN": 2, "INVALID_ARGUMENT": 3, "NOT_FOUND": 5,
          "RESOURCE_EXHAUSTED": 8, "FAILED_PRECONDITION": 9, "UNIMPLEMENTED": 12, "INTERNAL": 13,
          "UNAVAILABLE": 14}


@pytest.mark.parametrize("vector", ALL, ids=IDS)
def test_daemon_answers_as_described(daemon, vector):
    data = read_bytes(os.path.join(VECTORS, vector["file"]))
    with dudao_client.DudaoConnection.open(*daemon, timeout=10) as connection:
        connection.send_raw(data)
        if vector["half_close"]:
            connection.sock.shutdown(socket.SHUT_WR)
        for expected in vector["expect"]:
            frame = read_frame(connection)
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
                    payload = message_class(expected["payload_type"]).FromString(response.payload)
                    if expected["payload_type"] == "dudao.v1.HealthCheckResponse":
                        assert service_pb2.HealthCheckResponse.ServingStatus.Name(payload.status) == expected["serving_status"]
                    if expected["payload_type"] == "dudao.v1.EvaluateResponse":
                        assert payload.result.assessment == "compulsory-quality-balance"
                        assert payload.result.verdict != 0
        if vector["connection"] == "closed":
            assert read_frame(connection) is None, "expected the daemon to close the connection"
        else:
            connection.send(envelope_pb2.Frame(ping=envelope_pb2.Ping(payload=0x0D0DA0)))
            frame = read_frame(connection)
            assert frame is not None and frame.WhichOneof("kind") == "pong", "expected the connection to stay open"
            assert frame.pong.payload == 0x0D0DA0


def test_vectors_regenerate_identically():
    subprocess.run([sys.executable, os.path.join(ROOT, "Tools", "vectors", "generate_vectors.py"), "--check"], check=True)
