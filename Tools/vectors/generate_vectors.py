#!/usr/bin/env python3
"""Writes the conformance vectors of the Dudao wire protocol v1 into Tests/vectors/.

Each vector is the exact byte stream a client sends (5-byte prefixes and envelopes, sometimes
several frames, sometimes deliberately broken bytes), plus what those bytes decode to and what
the daemon must answer. The bytes are built field by field here, with no protobuf library, so
that they do not depend on one library's choices and regenerating gives identical bytes:
fields in field-number order, default values left out, map entries sorted by key.

Usage:
  Tools/vectors/generate_vectors.py            rewrite Tests/vectors/
  Tools/vectors/generate_vectors.py --check    fail if Tests/vectors/ differs from a fresh run
"""

import base64
import json
import os
import struct
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "vectors")

# MARK: - The messages the vectors use: name -> {field: (number, kind, message type or None)}
# kinds: uint (varint, unsigned), int (varint, two's complement), bool, enum, string, bytes,
# double, message, map (entries keyed by string, values of the given message type).

SCHEMA = {
    "dudao.v1.Frame": {
        "client_hello": (1, "message", "dudao.v1.ClientHello"),
        "server_hello": (2, "message", "dudao.v1.ServerHello"),
        "request": (3, "message", "dudao.v1.Request"),
        "cancel": (5, "message", "dudao.v1.Cancel"),
        "ping": (6, "message", "dudao.v1.Ping"),
    },
    "dudao.v1.ClientHello": {
        "protocol_version": (1, "uint", None),
        "client_name": (2, "string", None),
        "max_frame_bytes": (3, "uint", None),
    },
    "dudao.v1.ServerHello": {
        "protocol_version": (1, "uint", None),
        "server_name": (2, "string", None),
    },
    "dudao.v1.Request": {
        "call_id": (1, "uint64", None),
        "method": (2, "string", None),
        "timeout_ms": (4, "uint", None),
        "payload": (5, "bytes", None),
    },
    "dudao.v1.Cancel": {
        "call_id": (1, "uint64", None),
        "reason": (2, "string", None),
    },
    "dudao.v1.Ping": {"payload": (1, "uint64", None)},
    "dudao.v1.ListAssessmentsRequest": {},
    "dudao.v1.DescribeAssessmentRequest": {"assessment": (1, "string", None)},
    "dudao.v1.EvaluateRequest": {"input": (1, "message", "dudao.v1.AssessmentInput")},
    "dudao.v1.HealthCheckRequest": {"service": (1, "string", None)},
    "dudao.v1.AssessmentInput": {
        "assessment": (1, "string", None),
        "subject": (3, "message", "dudao.v1.Subject"),
        "period": (4, "message", "dudao.v1.Period"),
        "facts": (5, "map", "dudao.v1.FieldValue"),
        "units": (6, "repeated", "dudao.v1.Unit"),
    },
    "dudao.v1.Subject": {
        "kind": (1, "enum", {"SUBJECT_KIND_COUNTY": 3}),
        "code": (2, "string", None),
        "name": (3, "string", None),
    },
    "dudao.v1.Period": {"school_year": (1, "int", None)},
    "dudao.v1.Unit": {
        "id": (1, "string", None),
        "name": (2, "string", None),
        "kind": (3, "string", None),
        "fields": (4, "map", "dudao.v1.FieldValue"),
    },
    "dudao.v1.FieldValue": {"value": (1, "message", "dudao.v1.Value")},
    "dudao.v1.Value": {
        "number": (1, "double", None),
        "integer": (2, "int64", None),
        "boolean": (3, "bool", None),
        "text": (4, "string", None),
    },
}

# Oneof members are written even when they hold the default value.
ONEOF_FIELDS = {("dudao.v1.Value", f) for f in ("number", "integer", "boolean", "text")} | {
    ("dudao.v1.Period", "school_year"),
    ("dudao.v1.Frame", "client_hello"),
    ("dudao.v1.Frame", "server_hello"),
    ("dudao.v1.Frame", "request"),
    ("dudao.v1.Frame", "cancel"),
    ("dudao.v1.Frame", "ping"),
}


def varint(value):
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def key(number, wire_type):
    return varint(number << 3 | wire_type)


def length_delimited(number, body):
    return key(number, 2) + varint(len(body)) + body


def encode(type_name, message):
    """Serializes a message given as a dict of field name -> value, in field-number order."""
    fields = SCHEMA[type_name]
    unknown = set(message) - set(fields)
    if unknown:
        raise ValueError(f"{type_name} has no field(s) {sorted(unknown)}")
    out = b""
    for name, (number, kind, sub) in sorted(fields.items(), key=lambda item: item[1][0]):
        if name not in message:
            continue
        value = message[name]
        explicit = (type_name, name) in ONEOF_FIELDS
        if kind in ("uint", "uint64", "int", "int64"):
            if value or explicit:
                out += key(number, 0) + varint(value)
        elif kind == "bool":
            if value or explicit:
                out += key(number, 0) + varint(1 if value else 0)
        elif kind == "enum":
            code = sub[value]
            if code or explicit:
                out += key(number, 0) + varint(code)
        elif kind == "double":
            if value or explicit:
                out += key(number, 1) + struct.pack("<d", value)
        elif kind == "string":
            if value or explicit:
                out += length_delimited(number, value.encode("utf-8"))
        elif kind == "bytes":
            if value or explicit:
                out += length_delimited(number, value)
        elif kind == "message":
            out += length_delimited(number, encode(sub, value))
        elif kind == "repeated":
            for item in value:
                out += length_delimited(number, encode(sub, item))
        elif kind == "map":
            for entry_key in sorted(value):
                entry = length_delimited(1, entry_key.encode("utf-8")) + length_delimited(2, encode(sub, value[entry_key]))
                out += length_delimited(number, entry)
        else:
            raise ValueError(kind)
    return out


def to_json(type_name, message):
    """The message in proto3 JSON with the .proto field names (64-bit integers as strings,
    bytes as base64), as protobuf libraries read it."""
    fields = SCHEMA[type_name]
    out = {}
    for name, (number, kind, sub) in sorted(fields.items(), key=lambda item: item[1][0]):
        if name not in message:
            continue
        value = message[name]
        explicit = (type_name, name) in ONEOF_FIELDS
        if not explicit and kind not in ("message",) and not value:
            continue
        if kind in ("uint64", "int64"):
            out[name] = str(value)
        elif kind == "bytes":
            out[name] = base64.b64encode(value).decode("ascii")
        elif kind == "message":
            out[name] = to_json(sub, value)
        elif kind == "repeated":
            out[name] = [to_json(sub, item) for item in value]
        elif kind == "map":
            out[name] = {k: to_json(sub, value[k]) for k in sorted(value)}
        else:
            out[name] = value
    return out


def prefix(payload, flags=0, length=None):
    return bytes([flags]) + struct.pack(">I", len(payload) if length is None else length)


class Vector:
    """One vector: the frames to send and what the daemon must answer."""

    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.parts = []
        self.bytes = b""
        self.half_close = False
        self.expect = []
        self.closed = False

    def frame(self, envelope, payload_type=None, payload=None, flags=0):
        if payload_type is not None:
            envelope["request"]["payload"] = encode(payload_type, payload)
        body = encode("dudao.v1.Frame", envelope)
        self.bytes += prefix(body, flags=flags) + body
        part = {"flags": flags, "length": len(body), "envelope": to_json("dudao.v1.Frame", envelope)}
        if payload_type is not None:
            part["payload"] = {"type": payload_type, "message": to_json(payload_type, payload)}
        self.parts.append(part)
        return self

    def raw(self, data, meaning):
        self.bytes += data
        self.parts.append({"raw_hex": data.hex(), "meaning": meaning})
        return self

    def answer(self, kind, **fields):
        self.expect.append(dict({"kind": kind}, **fields))
        return self

    def expect_lines(self):
        lines = [f"# {self.name}: {self.description}"]
        for part in self.parts:
            if "raw_hex" in part:
                lines.append(f"send raw {len(part['raw_hex']) // 2}")
            else:
                kind = next(iter(part["envelope"]), "none")
                lines.append(f"send frame {part['flags']} {part['length']} {kind}")
        if self.half_close:
            lines.append("half-close")
        for answer in self.expect:
            kind = answer["kind"]
            if kind == "response":
                code = STATUS_CODES[answer["code"]]
                lines.append(f"frame response {answer['call_id']} {code} {'final' if answer['final'] else 'more'}")
                for violation in answer.get("violations", []):
                    lines.append(f"violation {violation['path']} {violation['rule']}")
            elif kind == "go_away":
                lines.append(f"frame go_away {STATUS_CODES[answer['code']]}")
            elif kind == "pong":
                lines.append(f"frame pong {answer['payload']}")
            else:
                lines.append(f"frame {kind}")
        lines.append("closed" if self.closed else "open")
        return "\n".join(lines) + "\n"

    def describe(self):
        return {
            "name": self.name,
            "file": self.name + ".bin",
            "description": self.description,
            "bytes": len(self.bytes),
            "send": self.parts,
            "half_close": self.half_close,
            "expect": self.expect,
            "connection": "closed" if self.closed else "open",
        }


STATUS_CODES = {
    "OK": 0, "CANCELLED": 1, "UNKNOWN": 2, "INVALID_ARGUMENT": 3, "DEADLINE_EXCEEDED": 4,
    "NOT_FOUND": 5, "ALREADY_EXISTS": 6, "PERMISSION_DENIED": 7, "RESOURCE_EXHAUSTED": 8,
    "FAILED_PRECONDITION": 9, "ABORTED": 10, "OUT_OF_RANGE": 11, "UNIMPLEMENTED": 12,
    "INTERNAL": 13, "UNAVAILABLE": 14, "DATA_LOSS": 15, "UNAUTHENTICATED": 16,
}

HELLO = {"client_hello": {"protocol_version": 1, "client_name": "conformance/1"}}
ASSESSMENT = "compulsory-quality-balance"


def request(call_id, method, timeout_ms=0):
    body = {"call_id": call_id, "method": method}
    if timeout_ms:
        body["timeout_ms"] = timeout_ms
    return {"request": body}


def number(x):
    return {"value": {"number": x}}


def integer(x):
    return {"value": {"integer": x}}


def boolean(x):
    return {"value": {"boolean": x}}


def text(x):
    return {"value": {"text": x}}


def county(primary_fields):
    """A small county of 示例县 (synthetic data from Examples/compulsory-quality-balance): two
    schools and a few county facts; the rest is missing, so most items are not assessable."""
    return {
        "input": {
            "assessment": ASSESSMENT,
            "subject": {"kind": "SUBJECT_KIND_COUNTY", "code": "339901", "name": "示例县 (synthetic)"},
            "period": {"school_year": 2024},
            "facts": {
                "basic_balance_certified_year": integer(2018),
                "teacher_average_pay_yuan": number(151800.0),
                "civil_servant_average_pay_yuan": number(149200.0),
                "veto_exam_admission_occurred": boolean(False),
            },
            "units": [
                {"id": "339901-P01", "name": "示例县城关中心小学", "kind": "primary", "fields": primary_fields},
                {
                    "id": "339901-J01", "name": "示例县城关初级中学", "kind": "junior",
                    "fields": {
                        "junior_pupils": integer(1712),
                        "junior_qualified_teachers": integer(118),
                        "sports_venue_area_m2": number(20024.0),
                        "classes": integer(39),
                    },
                },
            ],
        }
    }


VALID_PRIMARY = {
    "primary_pupils": integer(1459),
    "primary_qualified_teachers": integer(77),
    "sports_venue_area_m2": number(14017.0),
    "classes": integer(37),
}

INVALID_PRIMARY = {
    "primary_pupils": integer(1459),
    "primary_qualified_teachers": integer(77),
    "sports_venue_area_m2": number(-14017.0),
    "classes": text("forty"),
}


def vectors():
    out = []
    v = Vector("01-client-hello", "ClientHello for protocol version 1; the daemon answers ServerHello and waits.")
    v.frame(dict(HELLO)).answer("server_hello")
    out.append(v)

    v = Vector("02-ping", "Handshake, then Ping 7; the daemon answers Pong with the same payload.")
    v.frame(dict(HELLO)).frame({"ping": {"payload": 7}})
    v.answer("server_hello").answer("pong", payload=7)
    out.append(v)

    v = Vector("03-list", "Handshake, then dudao.v1.Assessments/List (empty request) as call 1.")
    v.frame(dict(HELLO)).frame(request(1, "dudao.v1.Assessments/List"), "dudao.v1.ListAssessmentsRequest", {})
    v.answer("server_hello").answer("response", call_id=1, code="OK", final=True,
                                    payload_type="dudao.v1.ListAssessmentsResponse")
    out.append(v)

    v = Vector("04-describe", f"Handshake, then dudao.v1.Assessments/Describe of {ASSESSMENT} as call 1.")
    v.frame(dict(HELLO)).frame(request(1, "dudao.v1.Assessments/Describe"), "dudao.v1.DescribeAssessmentRequest",
                               {"assessment": ASSESSMENT})
    v.answer("server_hello").answer("response", call_id=1, code="OK", final=True,
                                    payload_type="dudao.v1.DescribeAssessmentResponse")
    out.append(v)

    v = Vector("05-describe-unknown", "Describe of an assessment the daemon does not have: NOT_FOUND.")
    v.frame(dict(HELLO)).frame(request(1, "dudao.v1.Assessments/Describe"), "dudao.v1.DescribeAssessmentRequest",
                               {"assessment": "no-such-assessment"})
    v.answer("server_hello").answer("response", call_id=1, code="NOT_FOUND", final=True)
    out.append(v)

    v = Vector("06-evaluate", "Evaluate of a small, valid county (two schools, a few facts) as call 1: OK with a "
               "result whose items that need absent fields are not assessable.")
    v.frame(dict(HELLO)).frame(request(1, "dudao.v1.Assessments/Evaluate", timeout_ms=30000),
                               "dudao.v1.EvaluateRequest", county(VALID_PRIMARY))
    v.answer("server_hello").answer("response", call_id=1, code="OK", final=True,
                                    payload_type="dudao.v1.EvaluateResponse")
    out.append(v)

    v = Vector("07-evaluate-invalid", "Evaluate with a negative sports area and text where a class count belongs: "
               "INVALID_ARGUMENT naming both fields; the connection stays open.")
    v.frame(dict(HELLO)).frame(request(1, "dudao.v1.Assessments/Evaluate"), "dudao.v1.EvaluateRequest",
                               county(INVALID_PRIMARY))
    v.answer("server_hello").answer("response", call_id=1, code="INVALID_ARGUMENT", final=True, violations=[
        {"path": "units[0].classes", "rule": "type_mismatch"},
        {"path": "units[0].sports_venue_area_m2", "rule": "negative"},
    ])
    out.append(v)

    v = Vector("08-unknown-method", "A call to a method no service has: UNIMPLEMENTED; the connection stays open.")
    v.frame(dict(HELLO)).frame(request(1, "dudao.v1.Nothing/Here"), "dudao.v1.ListAssessmentsRequest", {})
    v.answer("server_hello").answer("response", call_id=1, code="UNIMPLEMENTED", final=True)
    out.append(v)

    v = Vector("09-call-before-handshake", "A List call with no ClientHello first: FAILED_PRECONDITION on that call.")
    v.frame(request(1, "dudao.v1.Assessments/List"), "dudao.v1.ListAssessmentsRequest", {})
    v.answer("response", call_id=1, code="FAILED_PRECONDITION", final=True)
    out.append(v)

    v = Vector("10-call-id-zero", "A call numbered 0, which is reserved for the connection: INVALID_ARGUMENT.")
    v.frame(dict(HELLO)).frame(request(0, "dudao.v1.Assessments/List"), "dudao.v1.ListAssessmentsRequest", {})
    v.answer("server_hello").answer("response", call_id=0, code="INVALID_ARGUMENT", final=True)
    out.append(v)

    v = Vector("11-garbage-bytes", "An HTTP request instead of frames. The first byte, 'G' (0x47), sets reserved "
               "flag bits: the stream cannot be trusted, so the daemon answers on call 0, sends GoAway and closes.")
    v.raw(b"GET / HTTP/1.1\r\nHost: dudao\r\n\r\n", "ASCII text of an HTTP/1.1 request")
    v.answer("response", call_id=0, code="INVALID_ARGUMENT", final=True).answer("go_away", code="INVALID_ARGUMENT")
    v.closed = True
    out.append(v)

    v = Vector("12-undecodable-envelope", "After the handshake, a well-formed prefix around 4 bytes that are not a "
               "Frame: the frame boundary held, so only that frame is refused (call 0, INVALID_ARGUMENT) and the "
               "connection stays open.")
    v.frame(dict(HELLO))
    v.raw(prefix(b"\xff\xff\xff\xff") + b"\xff\xff\xff\xff", "prefix (flags 0, length 4) and 4 bytes 0xff: field 0 with an invalid wire type")
    v.answer("server_hello").answer("response", call_id=0, code="INVALID_ARGUMENT", final=True)
    out.append(v)

    v = Vector("13-oversized-length", "After the handshake, a prefix announcing 2^31-1 bytes, over the daemon's "
               "frame limit. The daemon refuses it from the prefix alone, before any payload arrives: "
               "RESOURCE_EXHAUSTED on call 0, GoAway, closed.")
    v.frame(dict(HELLO))
    v.raw(prefix(b"", length=0x7FFFFFFF), "prefix: flags 0, length 0x7fffffff, and no payload")
    v.answer("server_hello").answer("response", call_id=0, code="RESOURCE_EXHAUSTED", final=True)
    v.answer("go_away", code="RESOURCE_EXHAUSTED")
    v.closed = True
    out.append(v)

    v = Vector("14-truncated-frame", "A prefix announcing 64 bytes followed by only 10, then the client shuts its "
               "side of the stream: the stream ended inside a frame, so the daemon closes the connection without "
               "answering. (No handshake first: the daemon closes the whole connection when the client's side "
               "ends, so whether a ServerHello would still go out is a race.)")
    v.raw(prefix(b"", length=64) + bytes(10), "prefix: flags 0, length 64; then 10 zero bytes")
    v.half_close = True
    v.closed = True
    out.append(v)

    v = Vector("15-compressed-without-negotiation", "After the handshake, a Ping frame with the compressed flag "
               "(0x01) set, though no compression was negotiated (v1 has none): INVALID_ARGUMENT on call 0, "
               "GoAway, closed.")
    v.frame(dict(HELLO)).frame({"ping": {"payload": 1}}, flags=0x01)
    v.answer("server_hello").answer("response", call_id=0, code="INVALID_ARGUMENT", final=True)
    v.answer("go_away", code="INVALID_ARGUMENT")
    v.closed = True
    out.append(v)

    v = Vector("16-cancel", "Cancel of call 9, which is not in flight, then Ping 9: the Cancel is ignored and the "
               "Pong shows the connection carried on. (Cancelling a call in flight is not deterministic against "
               "the daemon's fast methods; the Swift server tests cover it with a slow test method.)")
    v.frame(dict(HELLO)).frame({"cancel": {"call_id": 9, "reason": "no longer needed"}}).frame({"ping": {"payload": 9}})
    v.answer("server_hello").answer("pong", payload=9)
    out.append(v)

    v = Vector("17-health", "dudao.v1.Health/Check for the server as a whole (empty service): OK, SERVING.")
    v.frame(dict(HELLO)).frame(request(1, "dudao.v1.Health/Check"), "dudao.v1.HealthCheckRequest", {"service": ""})
    v.answer("server_hello").answer("response", call_id=1, code="OK", final=True,
                                    payload_type="dudao.v1.HealthCheckResponse", serving_status="SERVING_STATUS_SERVING")
    out.append(v)

    v = Vector("18-unsupported-version", "ClientHello for protocol version 2: FAILED_PRECONDITION on call 0, "
               "GoAway, closed.")
    v.frame({"client_hello": {"protocol_version": 2, "client_name": "conformance/2"}})
    v.answer("response", call_id=0, code="FAILED_PRECONDITION", final=True).answer("go_away", code="FAILED_PRECONDITION")
    v.closed = True
    out.append(v)

    v = Vector("19-empty-envelope", "After the handshake, a frame of length 0: an empty Frame, which has no kind. "
               "The framing is in step, so only that frame is refused (call 0, INVALID_ARGUMENT); the connection "
               "stays open.")
    v.frame(dict(HELLO)).frame({})
    v.answer("server_hello").answer("response", call_id=0, code="INVALID_ARGUMENT", final=True)
    out.append(v)

    v = Vector("20-server-frame-from-client", "After the handshake, a ServerHello from the client, a kind only a "
               "server may send: INVALID_ARGUMENT on call 0; the connection stays open.")
    v.frame(dict(HELLO)).frame({"server_hello": {"protocol_version": 1, "server_name": "impostor"}})
    v.answer("server_hello").answer("response", call_id=0, code="INVALID_ARGUMENT", final=True)
    out.append(v)
    return out


SKIPPED = [
    {
        "case": "a call id reused while the first call is in flight",
        "why": "the daemon's methods finish in microseconds, so whether the first call is still in flight when "
               "the second arrives is a race; the daemon's answer (INVALID_ARGUMENT on the second call) is "
               "covered by the Swift server tests with a slow test method.",
    },
]


def write(directory):
    os.makedirs(directory, exist_ok=True)
    for name in os.listdir(directory):
        if name.endswith((".bin", ".expect")) or name == "vectors.json":
            os.remove(os.path.join(directory, name))
    all_vectors = vectors()
    for v in all_vectors:
        with open(os.path.join(directory, v.name + ".bin"), "wb") as f:
            f.write(v.bytes)
        with open(os.path.join(directory, v.name + ".expect"), "w", encoding="utf-8") as f:
            f.write(v.expect_lines())
    document = {
        "protocol_version": 1,
        "about": "Conformance vectors of the Dudao wire protocol v1; see README.md. Generated by "
                 "Tools/vectors/generate_vectors.py; do not edit by hand.",
        "daemon": f"dudaod with the bundled assessments ({ASSESSMENT}) and default limits",
        "vectors": [v.describe() for v in all_vectors],
        "skipped": SKIPPED,
    }
    with open(os.path.join(directory, "vectors.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    if sys.argv[1:] == ["--check"]:
        with tempfile.TemporaryDirectory() as fresh:
            write(fresh)
            wanted = sorted(n for n in os.listdir(fresh))
            present = sorted(n for n in os.listdir(OUT) if n.endswith((".bin", ".expect")) or n == "vectors.json")
            problems = []
            if wanted != present:
                problems.append(f"file sets differ: generated {wanted}, committed {present}")
            for name in wanted:
                path = os.path.join(OUT, name)
                if os.path.exists(path):
                    with open(os.path.join(fresh, name), "rb") as a, open(path, "rb") as b:
                        if a.read() != b.read():
                            problems.append(f"{name} differs from a fresh generation")
            if problems:
                print("\n".join(problems), file=sys.stderr)
                print("run Tools/vectors/generate_vectors.py and commit Tests/vectors/", file=sys.stderr)
                sys.exit(1)
            print(f"Tests/vectors/ matches a fresh generation ({len(wanted)} files)")
        return
    if sys.argv[1:]:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    write(OUT)
    print(f"wrote {len(vectors())} vectors to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
