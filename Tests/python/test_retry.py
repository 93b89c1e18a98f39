"""Idempotent retries from Python against a real dudaod: a refused connection is retried on the
next endpoint with the same idempotency key, and a repeated key answers with the first record."""

from __future__ import annotations

import socket

import pytest

import dudao_client as dc
from test_protocol import first_assessment, minimal_input

FAILED_PRECONDITION = dc.StatusCode.STATUS_CODE_FAILED_PRECONDITION
UNAVAILABLE = dc.StatusCode.STATUS_CODE_UNAVAILABLE


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_refused_connection_is_retried_on_the_next_endpoint_with_the_same_key(daemon, connect):
    descriptor = first_assessment(connect())
    given = minimal_input(descriptor, code="330199")
    dead = ("127.0.0.1", unused_port())
    with dc.RetryingEvaluator([dead, daemon], initial_backoff=0.01) as evaluator:
        first = evaluator.evaluate(given, key="py-retry-1")
        assert evaluator.attempts == 2
        assert first.record_id
    with dc.RetryingEvaluator([daemon]) as evaluator:
        again = evaluator.evaluate(given, key="py-retry-1")
        assert evaluator.attempts == 1
    assert again.record_id == first.record_id
    assert again.result.input_digest == first.result.input_digest


def test_a_key_reused_with_another_input_is_refused_at_once(daemon, connect):
    descriptor = first_assessment(connect())
    with dc.RetryingEvaluator([daemon]) as evaluator:
        evaluator.evaluate(minimal_input(descriptor, code="330198"), key="py-retry-2")
        with pytest.raises(dc.DudaoError) as raised:
            evaluator.evaluate(minimal_input(descriptor, code="330197"), key="py-retry-2")
        assert raised.value.code == FAILED_PRECONDITION
        assert evaluator.attempts == 1


def test_every_endpoint_down_fails_after_the_bounded_attempts():
    dead = ("127.0.0.1", unused_port())
    with dc.RetryingEvaluator([dead], max_attempts=3, initial_backoff=0.01) as evaluator:
        with pytest.raises(OSError):
            evaluator.evaluate(dc.assessment_pb2.AssessmentInput(), key="py-retry-3")
        assert evaluator.attempts == 3
