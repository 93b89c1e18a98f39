#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into Tools/fuzz/corpus/TARGET/.

The seeds are valid inputs taken from the repository (the conformance vectors, the examples)
plus a few small hand-written ones, so the fuzzer starts from inputs that reach deep into each
parser rather than from nothing. Run it again after the vectors or examples change.
"""

import glob
import json
import os
import struct

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CORPUS = os.path.join(ROOT, "Tools", "fuzz", "corpus")

PTR_COUNTY = {
    "assessment": "test-pupil-teacher-ratio",
    "subject": {"kind": "county", "code": "330110", "name": "余杭区"},
    "period": "2024-2025",
    "facts": {"major_incident": False},
    "units": [
        {"id": "3301100001", "name": "第一小学", "kind": "primary", "fields": {"pupils": 1200, "teachers": 70}},
        {"id": "3301100002", "name": "第二小学", "kind": "primary", "fields": {"pupils": 900, "teachers": 60}},
        {"id": "3301100003", "name": "实验初中", "kind": "junior", "fields": {"pupils": 800, "teachers": 65}},
    ],
    "parameterOverrides": {"ratio.max": 19},
}

PTR_CSV = """# assessment: test-pupil-teacher-ratio
# subject: county 330110 余杭区
# period: 2024-2025
# fact major_incident: false
id,name,kind,pupils,teachers
3301100001,第一小学,primary,1200,70
3301100002,第二小学,primary,900,60
"""

POLICIES = [
    {"callers": [{"identity": "hangzhou-city", "methods": ["dudao.v1.Assessments/*"], "assessments": ["*"], "regions": ["3301"]}]},
    {"callers": [], "anonymous": {"identity": "anonymous", "methods": ["dudao.v1.Health/*"], "assessments": ["*"], "regions": ["*"]}},
]


# Seeds keep this many units: a small input runs through every stage (syntax, decoding,
# validation, evaluation, encoding) in a fraction of the time of a 60-school example, and the
# fuzzer's executions per second fall with the input's size.
SEED_UNITS = 3


def trimmed_json(data):
    """An example input with its first `SEED_UNITS` units only (of a list of inputs, the first)."""
    document = json.loads(data)
    if isinstance(document, list) and document:
        document = document[0]
    if isinstance(document, dict) and isinstance(document.get("units"), list):
        document["units"] = document["units"][:SEED_UNITS]
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def trimmed_csv(data):
    """An example CSV input: its directives, its header and its first `SEED_UNITS` rows."""
    lines = data.decode().splitlines(keepends=True)
    directives = [line for line in lines if line.startswith("#")]
    rows = [line for line in lines if not line.startswith("#")]
    return "".join(directives + rows[:SEED_UNITS + 1]).encode()


def write(target, name, data):
    directory = os.path.join(CORPUS, target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as handle:
        handle.write(data)


def frames(stream):
    """The envelopes of a byte stream of 5-byte-prefixed frames, as far as it is well formed."""
    offset = 0
    while offset + 5 <= len(stream):
        (length,) = struct.unpack(">I", stream[offset + 1:offset + 5])
        if offset + 5 + length > len(stream):
            return
        yield stream[offset + 5:offset + 5 + length]
        offset += 5 + length


def fields(message):
    """(number, wire type, value) of each field of a serialized protobuf message."""
    offset = 0
    while offset < len(message):
        key, offset = varint(message, offset)
        number, kind = key >> 3, key & 7
        if kind == 0:
            value, offset = varint(message, offset)
        elif kind == 2:
            length, offset = varint(message, offset)
            value, offset = message[offset:offset + length], offset + length
        elif kind == 1:
            value, offset = message[offset:offset + 8], offset + 8
        elif kind == 5:
            value, offset = message[offset:offset + 4], offset + 4
        else:
            return
        yield number, kind, value


def varint(data, offset):
    result, shift = 0, 0
    while offset < len(data):
        byte = data[offset]
        offset += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
        shift += 7
    return result, offset


def main():
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests", "vectors", "*.bin"))):
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, "rb") as handle:
            stream = handle.read()
        write("frame", name, stream)
        for index, envelope in enumerate(frames(stream)):
            write("dispatch", f"{name}-{index}", envelope)
            # Frame.request (3) → Request.payload (5) → EvaluateRequest.input (1)
            for number, _, request in fields(envelope):
                if number != 3:
                    continue
                for field, _, payload in fields(request):
                    if field != 5:
                        continue
                    for inner, _, message in fields(payload):
                        if inner == 1 and isinstance(message, bytes) and message:
                            write("proto-input", f"{name}-{index}", message)
    write("json-input", "ptr-county.json", json.dumps(PTR_COUNTY, ensure_ascii=False, indent=2).encode())
    for path in sorted(glob.glob(os.path.join(ROOT, "Examples", "*", "*.json")))[:6]:
        with open(path, "rb") as handle:
            write("json-input", os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path), trimmed_json(handle.read()))
    write("csv-input", "ptr-county.csv", PTR_CSV.encode())
    for path in sorted(glob.glob(os.path.join(ROOT, "Examples", "*", "*.csv"))):
        with open(path, "rb") as handle:
            write("csv-input", os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path), trimmed_csv(handle.read()))
    for index, policy in enumerate(POLICIES):
        write("policy", f"policy-{index}.json", json.dumps(policy, indent=1).encode())


if __name__ == "__main__":
    main()
