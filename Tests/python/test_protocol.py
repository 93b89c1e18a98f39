"""The wire protocol against a real dudaod, over real sockets, including broken input.

Every test that misbehaves on one connection also checks that a connection opened before it (the
`bystander`) still gets answers: one client's bad bytes must never disturb another's calls.
"""

from __future__ import annotations

import hashlib
import socket
import struct

import pytest

import dudao_client as dc
from dudao.v1 import assessment_pb2, envelope_pb2, service_pb2

OK = dc.StatusCode.STATUS_CODE_OK
INVALID_ARGUMENT = dc.StatusCode.STATUS_CODE_INVALID_ARGUMENT
RESOURCE_EXHAUSTED = dc.StatusCode.STATUS_CODE_RESOURCE_EXHAUSTED
FAILED_PRECONDITION = dc.StatusCode.STATUS_CODE_FAILED_PRECONDITION
UNIMPLEMENTED = dc.StatusCode.STATUS_CODE_UNIMPLEMENTED
NOT_FOUND = dc.StatusCode.STATUS_CODE_NOT_FOUND
CANCELLED = dc.StatusCode.STATUS_CODE_CANCELLED


# Helpers


def assert_undisturbed(connection: dc.DudaoConnection) -> None:
    """The connection still pings and still serves a call."""
    assert connection.ping(0xD0D0) == 0xD0D0
    health = connection.call(dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest(), service_pb2.HealthCheckResponse)
    assert health.status == service_pb2.HealthCheckResponse.SERVING_STATUS_SERVING


def first_assessment(connection: dc.DudaoConnection) -> assessment_pb2.AssessmentDescriptor:
    listing = connection.call(dc.METHOD_LIST, service_pb2.ListAssessmentsRequest(), service_pb2.ListAssessmentsResponse)
    assert listing.assessments, "the daemon serves no assessment"
    described = connection.call(
        dc.METHOD_DESCRIBE,
        service_pb2.DescribeAssessmentRequest(assessment=listing.assessments[0].id),
        service_pb2.DescribeAssessmentResponse,
    )
    return described.descriptor


def minimal_input(descriptor: assessment_pb2.AssessmentDescriptor, code: str = "330110") -> assessment_pb2.AssessmentInput:
    """A structurally valid input with no figures: every needed item comes back not assessable."""
    schema = descriptor.schema
    given = assessment_pb2.AssessmentInput(assessment=descriptor.id)
    given.subject.kind = schema.subject_kinds[0] if schema.subject_kinds else assessment_pb2.SUBJECT_KIND_COUNTY
    given.subject.code = code
    given.subject.name = "测试区"
    # The first day of the newest edition is always in force.
    given.period.date = descriptor.editions[-1].effective_from
    if schema.requires_units:
        unit = given.units.add()
        unit.id = "3301100001"
        unit.name = "测试学校"
        unit.kind = schema.unit_kinds[0].kind
    return given


def frames_until_closed(connection: dc.DudaoConnection) -> list[envelope_pb2.Frame]:
    frames = connection.read_until_closed(timeout=10)
    assert connection.closed, "the server should have closed the connection"
    return frames


def statuses(frames: list[envelope_pb2.Frame]) -> list[tuple[str, int]]:
    """(kind, status code) of every response and go-away among `frames`."""
    found = []
    for frame in frames:
        kind = frame.WhichOneof("kind")
        if kind == "response":
            found.append(("response", frame.response.status.code))
        elif kind == "go_away":
            found.append(("go_away", frame.go_away.status.code))
    return found


# The happy paths


def test_handshake_reports_version_and_limits(connect):
    connection = connect(handshake=False)
    hello = connection.handshake("dudao-python-tests/1")
    assert hello.protocol_version == 1
    assert hello.server_name == "dudaod"
    assert hello.server_version
    assert hello.limits.max_frame_bytes == 4 * 1024 * 1024
    assert hello.limits.max_calls_in_flight > 0
    assert hello.compression == ""


def test_server_info_and_health(connect):
    connection = connect()
    info = connection.call(dc.METHOD_SERVER_INFO, service_pb2.ServerInfoRequest(), service_pb2.ServerInfoResponse)
    assert info.protocol_version == 1
    assert info.assessments and all(loaded.editions for loaded in info.assessments)
    health = connection.call(
        dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest(service="dudao.v1.Assessments"), service_pb2.HealthCheckResponse
    )
    assert health.status == service_pb2.HealthCheckResponse.SERVING_STATUS_SERVING
    with pytest.raises(dc.DudaoError) as raised:
        connection.call(dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest(service="no.such.Service"), service_pb2.HealthCheckResponse)
    assert raised.value.code == NOT_FOUND


def test_list_describe_and_evaluate(connect):
    connection = connect()
    descriptor = first_assessment(connection)
    assert descriptor.editions and descriptor.indicators
    assert all(indicator.status != assessment_pb2.STATUS_TAG_UNSPECIFIED for indicator in descriptor.indicators)
    response = connection.call(
        dc.METHOD_EVALUATE,
        service_pb2.EvaluateRequest(input=minimal_input(descriptor)),
        service_pb2.EvaluateResponse,
        metadata=[("trace-id", "py-1"), ("caller", "pytest")],
        timeout_ms=30_000,
    )
    result = response.result
    assert result.assessment == descriptor.id
    assert result.verdict != assessment_pb2.VERDICT_UNSPECIFIED
    assert result.input_digest.startswith("sha256-bin:")
    assert result.edition.id == descriptor.editions[-1].id


def test_unknown_assessment_is_not_found(connect):
    connection = connect()
    with pytest.raises(dc.DudaoError) as raised:
        connection.call(dc.METHOD_DESCRIBE, service_pb2.DescribeAssessmentRequest(assessment="no-such-assessment"), service_pb2.DescribeAssessmentResponse)
    assert raised.value.code == NOT_FOUND


def test_calls_overlap_and_answers_match_their_ids(connect):
    connection = connect()
    ids = [connection.start_call(dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest()) for _ in range(20)]
    ids.append(connection.start_call("dudao.v1.Nope/Call"))
    for call_id in reversed(ids):
        response = connection.final_response(call_id)
        assert response.call_id == call_id
        assert response.status.code == (UNIMPLEMENTED if call_id == ids[-1] else OK)


def test_batch_streams_items_progress_and_a_final_summary(connect):
    connection = connect()
    descriptor = first_assessment(connection)
    good = minimal_input(descriptor, "330110")
    bad = minimal_input(descriptor, "330106")
    bad.facts["no_such_field_xyz"].value.number = 1
    batch = connection.evaluate_batch(descriptor.id, [good, bad, minimal_input(descriptor, "330108")], timeout_ms=60_000)
    assert sorted(item.index for item in batch.items) == [0, 1, 2]
    failed = [item for item in batch.items if item.WhichOneof("outcome") == "error"]
    assert [item.index for item in failed] == [1]
    assert failed[0].error.code == INVALID_ARGUMENT
    assert any(v.path == "facts.no_such_field_xyz" for v in failed[0].error.violations)
    assert batch.progress and batch.progress[-1].completed == 3 and batch.progress[-1].total == 3
    assert batch.done is not None
    assert (batch.done.evaluated, batch.done.failed) == (2, 1)


def test_ping_answers_with_the_same_payload(connect):
    connection = connect()
    assert connection.ping(2**63 + 5) == 2**63 + 5


def test_cancel_of_an_unknown_call_is_ignored(connect):
    connection = connect()
    connection.cancel(999, "nothing to cancel")
    assert_undisturbed(connection)
    assert not connection._responses[999], "a cancel for an unknown call gets no answer"


def test_cancel_ends_a_call_with_one_final_answer(connect):
    connection = connect()
    descriptor = first_assessment(connection)
    inputs = [minimal_input(descriptor, f"3301{n:02d}") for n in range(1, 100)] * 20
    request = service_pb2.EvaluateBatchRequest(assessment=descriptor.id, inputs=inputs)
    call_id = connection.start_call(dc.METHOD_EVALUATE_BATCH, request)
    connection.cancel(call_id, "changed my mind")
    final = connection.final_response(call_id, timeout=60)
    # The batch may have finished before the cancel arrived; either way exactly one final answer.
    assert final.status.code in (CANCELLED, OK)
    assert_undisturbed(connection)
    assert not [r for r in connection._responses[call_id] if r.final], "no second final answer"


# Broken input


def test_invalid_input_lists_every_field_violation(connect, bystander):
    connection = connect()
    descriptor = first_assessment(connection)
    given = minimal_input(descriptor)
    given.facts["no_such_field_xyz"].value.number = 1
    given.facts["another_unknown"].value.text = "x"
    with pytest.raises(dc.DudaoError) as raised:
        connection.call(dc.METHOD_EVALUATE, service_pb2.EvaluateRequest(input=given), service_pb2.EvaluateResponse)
    error = raised.value
    assert error.code == INVALID_ARGUMENT
    paths = {violation.path: violation for violation in error.violations}
    assert {"facts.no_such_field_xyz", "facts.another_unknown"} <= set(paths)
    assert paths["facts.no_such_field_xyz"].rule == "unknown_field"
    assert all(v.message_en and v.message_zh for v in error.violations)
    assert_undisturbed(connection)
    assert_undisturbed(bystander)


def test_input_missing_its_subject_is_invalid(connect):
    connection = connect()
    descriptor = first_assessment(connection)
    given = minimal_input(descriptor)
    given.ClearField("subject")
    given.ClearField("period")
    with pytest.raises(dc.DudaoError) as raised:
        connection.call(dc.METHOD_EVALUATE, service_pb2.EvaluateRequest(input=given), service_pb2.EvaluateResponse)
    assert raised.value.code == INVALID_ARGUMENT
    assert {"subject", "period"} <= {v.path for v in raised.value.violations}


def test_garbage_bytes_close_the_connection_with_an_error_first(connect, bystander):
    connection = connect(handshake=False)
    connection.send_raw(b"\xffGARBAGE GARBAGE GARBAGE\r\n" * 4)
    found = statuses(frames_until_closed(connection))
    assert found and all(code != OK for _, code in found)
    assert ("go_away", INVALID_ARGUMENT) in found
    assert_undisturbed(bystander)


def test_oversized_length_is_refused_before_its_payload(connect, bystander):
    connection = connect()
    limit = connection.server_hello.limits.max_frame_bytes
    # Only the header: the server must answer without waiting for 4 MiB that never come.
    connection.send_raw(struct.pack(">BI", 0, limit + 1))
    frames = frames_until_closed(connection)
    found = statuses(frames)
    assert ("response", RESOURCE_EXHAUSTED) in found
    assert ("go_away", RESOURCE_EXHAUSTED) in found
    response = next(f.response for f in frames if f.WhichOneof("kind") == "response")
    assert response.call_id == 0
    assert str(limit + 1) in response.status.message and str(limit) in response.status.message
    assert_undisturbed(bystander)


def test_truncated_frame_then_close(connect, bystander):
    connection = connect()
    whole = dc.encode_frame(dc.DudaoConnection.request_frame(dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest(), (), 0, 7))
    connection.send_raw(whole[:-3])
    connection.sock.shutdown(socket.SHUT_WR)
    found = statuses(frames_until_closed(connection))
    assert ("response", OK) not in found, "a truncated request must not run"
    assert_undisturbed(bystander)


def test_undecodable_envelope_is_refused_and_the_connection_stays(connect, bystander):
    connection = connect()
    connection.send_raw(struct.pack(">BI", 0, 3) + b"\xff\xff\xff")
    response = connection.next_response(0)
    assert response.status.code == INVALID_ARGUMENT
    assert response.final
    assert_undisturbed(connection)
    assert_undisturbed(bystander)


def test_envelope_without_a_kind_is_refused(connect):
    connection = connect()
    connection.send_raw(struct.pack(">BI", 0, 0))
    assert connection.next_response(0).status.code == INVALID_ARGUMENT
    assert_undisturbed(connection)


def test_call_before_handshake_is_failed_precondition(connect, bystander):
    connection = connect(handshake=False)
    call_id = connection.start_call(dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest())
    response = connection.final_response(call_id)
    assert response.status.code == FAILED_PRECONDITION
    connection.handshake()
    assert_undisturbed(connection)
    assert_undisturbed(bystander)


def test_unsupported_protocol_version_closes(connect):
    connection = connect(handshake=False)
    hello = envelope_pb2.Frame()
    hello.client_hello.protocol_version = 99
    connection.send(hello)
    found = statuses(frames_until_closed(connection))
    assert ("go_away", FAILED_PRECONDITION) in found


def test_unknown_method_is_unimplemented(connect, bystander):
    connection = connect()
    with pytest.raises(dc.DudaoError) as raised:
        connection.call("dudao.v1.Nope/Call", service_pb2.ServerInfoRequest(), service_pb2.ServerInfoResponse)
    assert raised.value.code == UNIMPLEMENTED
    assert "dudao.v1.Nope/Call" in raised.value.message
    assert_undisturbed(bystander)


def test_undecodable_payload_is_invalid_argument(connect):
    connection = connect()
    call_id = connection.start_call(dc.METHOD_EVALUATE, payload=b"\x0a\x05\x01")
    response = connection.final_response(call_id)
    assert response.status.code == INVALID_ARGUMENT
    assert "dudao.v1.EvaluateRequest" in response.status.message


def test_call_id_zero_is_invalid(connect):
    connection = connect()
    connection.start_call(dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest(), call_id=0)
    assert connection.next_response(0).status.code == INVALID_ARGUMENT
    assert_undisturbed(connection)


def test_reused_call_id_in_flight_is_refused_and_the_first_call_runs_on(connect, bystander):
    connection = connect()
    descriptor = first_assessment(connection)
    inputs = [minimal_input(descriptor, f"3301{n:02d}") for n in range(1, 100)] * 10
    batch = dc.DudaoConnection.request_frame(
        dc.METHOD_EVALUATE_BATCH, service_pb2.EvaluateBatchRequest(assessment=descriptor.id, inputs=inputs), (), 0, 41
    )
    again = dc.DudaoConnection.request_frame(dc.METHOD_HEALTH_CHECK, service_pb2.HealthCheckRequest(), (), 0, 41)
    # One write, so that the second request is read while the batch is still running.
    connection.send_raw(dc.encode_frame(batch) + dc.encode_frame(again))
    finals = []
    while len(finals) < 2:
        response = connection.next_response(41, timeout=60)
        if response.final:
            finals.append(response)
    refused = [r for r in finals if r.status.code != OK]
    assert len(refused) == 1 and refused[0].status.code == INVALID_ARGUMENT
    assert "already in flight" in refused[0].status.message
    done = [r for r in finals if r.status.code == OK]
    assert len(done) == 1
    message = service_pb2.EvaluateBatchResponse()
    message.ParseFromString(done[0].payload)
    assert message.WhichOneof("kind") == "done" and message.done.evaluated == len(inputs)
    assert_undisturbed(bystander)


# Protocol 1.1: previews and the canonical input digest


def canonical_input(given: assessment_pb2.AssessmentInput) -> bytes:
    """The canonical binary form of PROTOCOL.md §7.1, written from its description alone."""

    def string(text: str) -> bytes:
        data = text.encode("utf-8")
        return struct.pack("<I", len(data)) + data

    def value(v: assessment_pb2.Value) -> bytes:
        kind = v.WhichOneof("kind")
        if kind == "number":
            return b"n" + struct.pack("<d", 0.0 if v.number == 0 else v.number)
        if kind == "integer":
            return b"i" + struct.pack("<q", v.integer)
        if kind == "boolean":
            return b"b" + (b"\x01" if v.boolean else b"\x00")
        return b"t" + string(v.text)

    def fields(entries) -> bytes:
        out = struct.pack("<I", len(entries))
        for key in sorted(entries.keys(), key=lambda k: k.encode("utf-8")):
            field = entries[key]
            out += string(key) + value(field.value)
            if field.HasField("provenance"):
                provenance = field.provenance
                out += b"\x01" + string(provenance.source)
                out += (b"\x01" + struct.pack("<q", provenance.year)) if provenance.HasField("year") else b"\x00"
                out += (b"\x01" + string(provenance.note)) if provenance.HasField("note") else b"\x00"
            else:
                out += b"\x00"
        return out

    kind_name = assessment_pb2.SubjectKind.Name(given.subject.kind).removeprefix("SUBJECT_KIND_").lower()
    period = given.period
    written = {
        "school_year": lambda: f"{period.school_year}-{period.school_year + 1}",
        "calendar_year": lambda: str(period.calendar_year),
        "date": lambda: period.date,
    }[period.WhichOneof("kind")]()
    out = string("dudao-input/1") + string(given.assessment)
    out += (b"\x01" + string(given.edition)) if given.HasField("edition") else b"\x00"
    out += string(kind_name) + string(given.subject.code) + string(given.subject.name) + string(written)
    out += fields(given.facts)
    out += struct.pack("<I", len(given.units))
    for unit in given.units:
        out += string(unit.id) + string(unit.name) + string(unit.kind) + fields(unit.fields)
    out += struct.pack("<I", len(given.parameter_overrides))
    for key in sorted(given.parameter_overrides.keys(), key=lambda k: k.encode("utf-8")):
        out += string(key) + value(given.parameter_overrides[key])
    return out


def test_input_digest_is_recomputed_from_the_documented_form(connect):
    connection = connect()
    descriptor = first_assessment(connection)
    given = minimal_input(descriptor)
    number_fields = [spec for spec in descriptor.schema.facts if spec.type == assessment_pb2.VALUE_TYPE_NUMBER]
    if number_fields:
        fact = given.facts[number_fields[0].key]
        fact.value.number = 0.5
        fact.provenance.source = "教育事业统计 基础基312"
        fact.provenance.year = 2024
    response = connection.call(dc.METHOD_EVALUATE, service_pb2.EvaluateRequest(input=given, preview=True), service_pb2.EvaluateResponse)
    expected = "sha256-bin:" + hashlib.sha256(canonical_input(given)).hexdigest()
    assert response.result.input_digest == expected


def test_preview_is_answered_without_a_record(connect):
    connection = connect()
    given = minimal_input(first_assessment(connection))
    preview = connection.call(dc.METHOD_EVALUATE, service_pb2.EvaluateRequest(input=given, preview=True), service_pb2.EvaluateResponse)
    official = connection.call(dc.METHOD_EVALUATE, service_pb2.EvaluateRequest(input=given), service_pb2.EvaluateResponse)
    assert preview.record_id == ""
    assert official.record_id != ""
    assert preview.result.input_digest == official.result.input_digest
    assert preview.result.verdict == official.result.verdict
