"""A small Python peer for the Dudao wire protocol, version 1 (see PROTOCOL.md).

It speaks the protocol over a plain socket: 5-byte frame prefix (flag byte, big-endian length),
then one serialized ``dudao.v1.Frame``. It needs Google's protobuf runtime and the modules that
``protoc --python_out`` generates from ``Proto/dudao/v1/*.proto``; put the directory that holds
the generated ``dudao/v1/*_pb2.py`` on ``sys.path`` (or name it in ``DUDAO_PROTO_PYTHON``) before
importing this module.

    with DudaoConnection.open("127.0.0.1", 7411) as conn:
        conn.handshake("my-script/1.0")
        listing = conn.call(METHOD_LIST, service_pb2.ListAssessmentsRequest(),
                            service_pb2.ListAssessmentsResponse)

The connection is synchronous and single-threaded, but calls may overlap: ``start_call`` sends a
request and returns its call id, and ``responses``/``final_response`` read frames, keeping the
ones that belong to other calls for later, so answers may arrive in any order.
"""

from __future__ import annotations

import collections
import itertools
import os
import random
import socket
import ssl
import struct
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Deque, Dict, Iterator, List, Optional, Sequence, Tuple, Type, TypeVar

if os.environ.get("DUDAO_PROTO_PYTHON"):
    sys.path.insert(0, os.environ["DUDAO_PROTO_PYTHON"])

from google.protobuf.message import DecodeError, Message  # noqa: E402

from dudao.v1 import assessment_pb2, envelope_pb2, records_pb2, service_pb2  # noqa: E402,F401

PROTOCOL_VERSION = 1
HEADER_SIZE = 5
DEFAULT_MAX_FRAME_BYTES = 4 * 1024 * 1024
FLAG_COMPRESSED = 0x01

METHOD_LIST = "dudao.v1.Assessments/List"
METHOD_DESCRIBE = "dudao.v1.Assessments/Describe"
METHOD_EVALUATE = "dudao.v1.Assessments/Evaluate"
METHOD_EVALUATE_BATCH = "dudao.v1.Assessments/EvaluateBatch"
METHOD_HEALTH_CHECK = "dudao.v1.Health/Check"
METHOD_SERVER_INFO = "dudao.v1.Server/Info"
METHOD_RECORDS_GET = "dudao.v1.Records/Get"
METHOD_RECORDS_LIST = "dudao.v1.Records/List"
METHOD_RECORDS_REPLAY = "dudao.v1.Records/Replay"
METHOD_RECORDS_LOOK_BACK = "dudao.v1.Records/LookBack"
METHOD_RECORDS_HISTORY = "dudao.v1.Records/History"
METHOD_AUDIT_QUERY = "dudao.v1.Audit/Query"

StatusCode = envelope_pb2.StatusCode
M = TypeVar("M", bound=Message)


def status_name(code: int) -> str:
    """``INVALID_ARGUMENT`` for 3, as gRPC names the codes."""
    try:
        return StatusCode.Name(code).removeprefix("STATUS_CODE_")
    except ValueError:
        return f"CODE_{code}"


class DudaoError(Exception):
    """A non-OK status from the server, with its field violations."""

    def __init__(self, status: envelope_pb2.Status, call_id: int = 0):
        self.code: int = status.code
        self.message: str = status.message
        self.violations: List[envelope_pb2.FieldViolation] = list(status.violations)
        self.call_id = call_id
        super().__init__(f"{status_name(self.code)}: {self.message}")

    @property
    def name(self) -> str:
        return status_name(self.code)


class ConnectionClosed(Exception):
    """The server closed the connection (after ``frames_before_close``, if any)."""


class ProtocolViolation(Exception):
    """The peer broke the framing: an oversized length, a flag bit set, a bad envelope."""


def encode_frame(envelope: envelope_pb2.Frame, flags: int = 0) -> bytes:
    """The bytes of one frame carrying ``envelope``."""
    payload = envelope.SerializeToString()
    return struct.pack(">BI", flags, len(payload)) + payload


class FrameReader:
    """Splits a byte stream into frames, refusing an oversized length from the header alone."""

    def __init__(self, max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES):
        self.max_frame_bytes = max_frame_bytes
        self._buffer = bytearray()

    def feed(self, data: bytes) -> None:
        self._buffer.extend(data)

    @property
    def pending(self) -> int:
        return len(self._buffer)

    def next_frame(self) -> Optional[envelope_pb2.Frame]:
        if len(self._buffer) < HEADER_SIZE:
            return None
        flags, length = struct.unpack_from(">BI", self._buffer)
        if flags != 0:
            raise ProtocolViolation(f"frame flags 0x{flags:02x} set; no compression was negotiated")
        if length > self.max_frame_bytes:
            raise ProtocolViolation(f"frame of {length} bytes exceeds the maximum of {self.max_frame_bytes} bytes")
        if len(self._buffer) < HEADER_SIZE + length:
            return None
        payload = bytes(self._buffer[HEADER_SIZE : HEADER_SIZE + length])
        del self._buffer[: HEADER_SIZE + length]
        envelope = envelope_pb2.Frame()
        try:
            envelope.ParseFromString(payload)
        except DecodeError as error:
            raise ProtocolViolation(f"the frame is not a dudao.v1.Frame: {error}") from error
        return envelope


@dataclass
class BatchResult:
    """What an EvaluateBatch call streamed back."""

    items: List[service_pb2.BatchItem] = field(default_factory=list)
    progress: List[service_pb2.BatchProgress] = field(default_factory=list)
    done: Optional[service_pb2.BatchDone] = None


def tls_context(
    ca_file: Optional[str] = None, cert_file: Optional[str] = None, key_file: Optional[str] = None
) -> ssl.SSLContext:
    """A client TLS context: the server checked against ``ca_file`` (or the system roots), and
    ``cert_file``/``key_file`` shown for mutual TLS."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if cert_file is not None:
        context.load_cert_chain(cert_file, key_file)
    return context


class DudaoConnection:
    """One connection to ``dudaod``."""

    def __init__(self, sock: socket.socket, timeout: float = 10.0, token: Optional[str] = None):
        self.sock = sock
        self.timeout = timeout
        # Sent as ``authorization: Bearer <token>`` with every call.
        self.token = token
        self.reader = FrameReader()
        self.server_hello: Optional[envelope_pb2.ServerHello] = None
        self._call_ids = itertools.count(1)
        self._responses: Dict[int, Deque[envelope_pb2.Response]] = collections.defaultdict(collections.deque)
        self._other: Deque[envelope_pb2.Frame] = collections.deque()
        self.closed = False

    @classmethod
    def open(
        cls,
        host: str,
        port: int,
        timeout: float = 10.0,
        ssl_context: Optional["ssl.SSLContext"] = None,
        token: Optional[str] = None,
    ) -> "DudaoConnection":
        """Connects; with ``ssl_context`` over TLS (see ``tls_context``), with ``token`` sending it on every call."""
        sock = socket.create_connection((host, port), timeout=timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if ssl_context is not None:
            sock = ssl_context.wrap_socket(sock, server_hostname=host)
        return cls(sock, timeout, token)

    def __enter__(self) -> "DudaoConnection":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.sock.close()
        finally:
            self.closed = True

    # Sending

    def send(self, envelope: envelope_pb2.Frame) -> None:
        self.sock.sendall(encode_frame(envelope))

    def send_raw(self, data: bytes) -> None:
        """Sends bytes as they are, for tests of what the server does with broken input."""
        self.sock.sendall(data)

    # Receiving

    def read_frame(self, timeout: Optional[float] = None) -> envelope_pb2.Frame:
        """The next frame from the server, whatever it is.

        Raises ``ConnectionClosed`` at end of stream and ``socket.timeout`` when nothing arrives.
        """
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            envelope = self.reader.next_frame()
            if envelope is not None:
                return envelope
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise socket.timeout("no frame from the server in time")
            self.sock.settimeout(remaining)
            data = self.sock.recv(65536)
            if not data:
                self.closed = True
                raise ConnectionClosed(f"the server closed the connection ({self.reader.pending} byte(s) of a frame pending)")
            self.reader.feed(data)

    def _pump(self, timeout: Optional[float]) -> None:
        """Reads one frame and files it under its call id (responses) or with the others."""
        envelope = self.read_frame(timeout)
        if envelope.WhichOneof("kind") == "response":
            self._responses[envelope.response.call_id].append(envelope.response)
        else:
            self._other.append(envelope)

    def next_response(self, call_id: int, timeout: Optional[float] = None) -> envelope_pb2.Response:
        """The next response of ``call_id``, keeping frames of other calls for later."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while not self._responses[call_id]:
            self._pump(max(0.0, deadline - time.monotonic()))
        return self._responses[call_id].popleft()

    def next_other(self, kind: str, timeout: Optional[float] = None) -> envelope_pb2.Frame:
        """The next frame of ``kind`` (``pong``, ``go_away``, ...) that is not a response."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            for index, envelope in enumerate(self._other):
                if envelope.WhichOneof("kind") == kind:
                    del self._other[index]
                    return envelope
            self._pump(max(0.0, deadline - time.monotonic()))

    # Protocol

    def handshake(self, client_name: str = "dudao-python/1", max_frame_bytes: int = 0) -> envelope_pb2.ServerHello:
        """Says hello and returns the server's hello (its version and limits).

        Raises ``DudaoError`` when the server refuses the hello.
        """
        hello = envelope_pb2.Frame()
        hello.client_hello.protocol_version = PROTOCOL_VERSION
        hello.client_hello.client_name = client_name
        hello.client_hello.max_frame_bytes = max_frame_bytes
        self.send(hello)
        deadline = time.monotonic() + self.timeout
        while True:
            for index, envelope in enumerate(self._other):
                if envelope.WhichOneof("kind") == "server_hello":
                    del self._other[index]
                    self.server_hello = envelope.server_hello
                    if self.server_hello.limits.max_frame_bytes:
                        self.reader.max_frame_bytes = max(self.reader.max_frame_bytes, self.server_hello.limits.max_frame_bytes)
                    return self.server_hello
            if self._responses[0]:
                raise DudaoError(self._responses[0].popleft().status)
            self._pump(max(0.0, deadline - time.monotonic()))

    def new_call_id(self) -> int:
        return next(self._call_ids)

    def start_call(
        self,
        method: str,
        request: Optional[Message] = None,
        metadata: Sequence[Tuple[str, str]] = (),
        timeout_ms: int = 0,
        call_id: Optional[int] = None,
        payload: Optional[bytes] = None,
    ) -> int:
        """Sends a request and returns its call id, without waiting for the answer."""
        call_id = self.new_call_id() if call_id is None else call_id
        if self.token is not None and not any(key == "authorization" for key, _ in metadata):
            metadata = [*metadata, ("authorization", f"Bearer {self.token}")]
        self.send(self.request_frame(method, request, metadata, timeout_ms, call_id, payload))
        return call_id

    @staticmethod
    def request_frame(
        method: str,
        request: Optional[Message],
        metadata: Sequence[Tuple[str, str]],
        timeout_ms: int,
        call_id: int,
        payload: Optional[bytes] = None,
    ) -> envelope_pb2.Frame:
        envelope = envelope_pb2.Frame()
        envelope.request.call_id = call_id
        envelope.request.method = method
        for key, value in metadata:
            entry = envelope.request.metadata.add()
            entry.key = key
            entry.value = value
        envelope.request.timeout_ms = timeout_ms
        if payload is not None:
            envelope.request.payload = payload
        elif request is not None:
            envelope.request.payload = request.SerializeToString()
        return envelope

    def final_response(self, call_id: int, timeout: Optional[float] = None) -> envelope_pb2.Response:
        """Skips streamed messages of ``call_id`` and returns its final response."""
        while True:
            response = self.next_response(call_id, timeout)
            if response.final:
                return response

    def call(
        self,
        method: str,
        request: Message,
        response_type: Type[M],
        metadata: Sequence[Tuple[str, str]] = (),
        timeout_ms: int = 0,
    ) -> M:
        """Runs a unary call; raises ``DudaoError`` for a non-OK status."""
        call_id = self.start_call(method, request, metadata, timeout_ms)
        response = self.final_response(call_id)
        if response.status.code != StatusCode.STATUS_CODE_OK:
            raise DudaoError(response.status, call_id)
        message = response_type()
        message.ParseFromString(response.payload)
        return message

    def stream(self, call_id: int, response_type: Type[M], timeout: Optional[float] = None) -> Iterator[Tuple[bool, M]]:
        """Yields ``(final, message)`` for each response of a streaming call.

        Raises ``DudaoError`` when the call ends with a non-OK status.
        """
        while True:
            response = self.next_response(call_id, timeout)
            if response.status.code != StatusCode.STATUS_CODE_OK:
                raise DudaoError(response.status, call_id)
            message = response_type()
            message.ParseFromString(response.payload)
            yield response.final, message
            if response.final:
                return

    def evaluate_batch(
        self,
        assessment: str,
        inputs: Sequence[assessment_pb2.AssessmentInput],
        metadata: Sequence[Tuple[str, str]] = (),
        timeout_ms: int = 0,
    ) -> BatchResult:
        """Runs EvaluateBatch and collects its items, progress and summary."""
        request = service_pb2.EvaluateBatchRequest(assessment=assessment, inputs=list(inputs))
        call_id = self.start_call(METHOD_EVALUATE_BATCH, request, metadata, timeout_ms)
        result = BatchResult()
        for final, message in self.stream(call_id, service_pb2.EvaluateBatchResponse):
            kind = message.WhichOneof("kind")
            if kind == "item":
                result.items.append(message.item)
            elif kind == "progress":
                result.progress.append(message.progress)
            elif kind == "done":
                result.done = message.done
            if final:
                break
        return result

    def ping(self, payload: int = 1, timeout: Optional[float] = None) -> int:
        """Pings and returns the pong's payload."""
        envelope = envelope_pb2.Frame()
        envelope.ping.payload = payload
        self.send(envelope)
        return self.next_other("pong", timeout).pong.payload

    def cancel(self, call_id: int, reason: str = "") -> None:
        envelope = envelope_pb2.Frame()
        envelope.cancel.call_id = call_id
        envelope.cancel.reason = reason
        self.send(envelope)

    def read_until_closed(self, timeout: Optional[float] = None) -> List[envelope_pb2.Frame]:
        """Every frame the server sends until it closes the connection."""
        frames: List[envelope_pb2.Frame] = []
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            try:
                frames.append(self.read_frame(max(0.0, deadline - time.monotonic())))
            except (ConnectionClosed, ConnectionResetError):
                return frames


IDEMPOTENCY_KEY = "idempotency-key"


class RetryingEvaluator:
    """Evaluates through any of several daemons sharing one record store, retrying safely.

    Every evaluation carries an idempotency key (metadata ``idempotency-key``). When a call fails
    with ``UNAVAILABLE``, or the connection is refused, reset or closed before the answer, the
    evaluation may or may not have been recorded; it is sent again with the same key to the next
    endpoint, after an exponential back-off with jitter, at most ``max_attempts`` times in all. A
    daemon that finds the key answers with the record first stored, so the retry never records
    the evaluation twice. Any other error is the answer and is raised at once.

        evaluator = RetryingEvaluator([("10.0.0.1", 7411), ("10.0.0.2", 7411)])
        response = evaluator.evaluate(input_message, key="2024-county-330106")
    """

    def __init__(
        self,
        endpoints: Sequence[Tuple[str, int]],
        client_name: str = "dudao-python/1",
        max_attempts: int = 6,
        initial_backoff: float = 0.05,
        max_backoff: float = 2.0,
        timeout: float = 10.0,
        ssl_context: Optional["ssl.SSLContext"] = None,
        token: Optional[str] = None,
    ):
        if not endpoints:
            raise ValueError("RetryingEvaluator needs at least one endpoint")
        self.endpoints = list(endpoints)
        self.client_name = client_name
        self.max_attempts = max(1, max_attempts)
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.token = token
        self.attempts = 0  # attempts made by the last call, for callers that report them
        self._endpoint = 0
        self._connection: Optional[DudaoConnection] = None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> "RetryingEvaluator":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @staticmethod
    def is_retryable(error: BaseException) -> bool:
        """``UNAVAILABLE`` from the server, or the connection itself failing."""
        if isinstance(error, DudaoError):
            return error.code == StatusCode.STATUS_CODE_UNAVAILABLE
        return isinstance(error, (ConnectionClosed, OSError))

    def backoff(self, attempt: int) -> float:
        capped = min(self.initial_backoff * (2 ** (attempt - 1)), self.max_backoff)
        return capped / 2 + random.uniform(0, capped / 2)

    def _connect(self) -> DudaoConnection:
        if self._connection is None:
            host, port = self.endpoints[self._endpoint]
            connection = DudaoConnection.open(host, port, timeout=self.timeout, ssl_context=self.ssl_context, token=self.token)
            try:
                connection.handshake(self.client_name)
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def evaluate(
        self,
        input_message: "assessment_pb2.AssessmentInput",
        key: Optional[str] = None,
        metadata: Sequence[Tuple[str, str]] = (),
    ) -> "service_pb2.EvaluateResponse":
        """Evaluates once, however many attempts it takes; ``key`` defaults to a fresh random one."""
        key = key or str(uuid.uuid4())
        request = service_pb2.EvaluateRequest()
        request.input.CopyFrom(input_message)
        call_metadata = [*metadata, (IDEMPOTENCY_KEY, key)]
        attempt = 1
        while True:
            self.attempts = attempt
            try:
                return self._connect().call(METHOD_EVALUATE, request, service_pb2.EvaluateResponse, call_metadata)
            except BaseException as error:  # noqa: B036 (re-raised unless retryable)
                if not self.is_retryable(error) or attempt >= self.max_attempts:
                    raise
                self.close()
                self._endpoint = (self._endpoint + 1) % len(self.endpoints)
                time.sleep(self.backoff(attempt))
                attempt += 1
