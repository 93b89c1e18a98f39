"""The Python client against a dudaod with TLS, a policy and an API token.

Certificates are made with the system's openssl in a temporary directory; the token with
`dudaod admin token create`. The daemon is $DUDAOD, as for the other protocol tests.
"""

from __future__ import annotations

import json
import os
import re
import ssl
import subprocess
from pathlib import Path
from typing import Iterator, Tuple

import pytest

import dudao_client
from dudao.v1 import service_pb2

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"listening on (?P<host>[^\s:]+):(?P<port>\d+)")
STATUS_UNAUTHENTICATED = 16
STATUS_PERMISSION_DENIED = 7


def openssl(directory: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)


def make_certificates(directory: Path) -> None:
    def key(name: str) -> None:
        openssl(directory, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", f"{name}.key")

    key("ca")
    openssl(directory, "req", "-x509", "-new", "-key", "ca.key", "-subj", "/CN=Test CA", "-days", "30", "-out", "ca.pem",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    key("server")
    openssl(directory, "req", "-new", "-key", "server.key", "-subj", "/CN=localhost", "-out", "server.csr")
    (directory / "server.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl(directory, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-days", "30", "-extfile", "server.ext", "-out", "server.pem")


@pytest.fixture(scope="module")
def secure_daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[str, int, Path, str]]:
    binary = Path(os.environ.get("DUDAOD", ROOT / ".build" / "debug" / "dudaod"))
    directory = tmp_path_factory.mktemp("dudaod-secure")
    make_certificates(directory)
    data = directory / "data"
    policy = {"callers": [
        {"identity": "hangzhou-city", "methods": ["dudao.v1.Assessments/*"], "assessments": ["*"], "regions": ["3301"]},
        {"identity": "yuhang-bureau", "methods": ["dudao.v1.Assessments/List"], "assessments": ["*"], "regions": ["330110"]},
    ]}
    (directory / "policy.json").write_text(json.dumps(policy))
    token = subprocess.run([str(binary), "admin", "token", "create", "yuhang-bureau", "--data-dir", str(data)],
                           check=True, capture_output=True, text=True).stdout.strip()
    process = subprocess.Popen(
        [str(binary), "--host", "127.0.0.1", "--port", "0", "--data-dir", str(data),
         "--tls-cert", str(directory / "server.pem"), "--tls-key", str(directory / "server.key"),
         "--policy", str(directory / "policy.json")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert process.stdout is not None
    port = None
    for line in process.stdout:
        match = LISTENING.search(line)
        if match:
            port = int(match.group("port"))
            break
    if port is None:
        process.wait(timeout=10)
        pytest.fail(f"the secured dudaod exited with {process.returncode} before listening")
    try:
        yield "127.0.0.1", port, directory, token
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_tls_with_a_token(secure_daemon):
    host, port, directory, token = secure_daemon
    context = dudao_client.tls_context(str(directory / "ca.pem"))
    with dudao_client.DudaoConnection.open(host, port, ssl_context=context, token=token) as connection:
        connection.handshake("dudao-python-tests/1")
        response = connection.call("dudao.v1.Assessments/List", service_pb2.ListAssessmentsRequest(),
                                   service_pb2.ListAssessmentsResponse)
        assert response.assessments


def test_a_method_outside_the_token_callers_rule_is_denied(secure_daemon):
    host, port, directory, token = secure_daemon
    context = dudao_client.tls_context(str(directory / "ca.pem"))
    with dudao_client.DudaoConnection.open(host, port, ssl_context=context, token=token) as connection:
        connection.handshake("dudao-python-tests/1")
        with pytest.raises(dudao_client.DudaoError) as raised:
            connection.call("dudao.v1.Assessments/Describe", service_pb2.DescribeAssessmentRequest(assessment="x"),
                            service_pb2.DescribeAssessmentResponse)
        assert raised.value.code == STATUS_PERMISSION_DENIED


def test_no_credential_is_unauthenticated(secure_daemon):
    host, port, directory, _ = secure_daemon
    context = dudao_client.tls_context(str(directory / "ca.pem"))
    with dudao_client.DudaoConnection.open(host, port, ssl_context=context) as connection:
        connection.handshake("dudao-python-tests/1")
        with pytest.raises(dudao_client.DudaoError) as raised:
            connection.call("dudao.v1.Assessments/List", service_pb2.ListAssessmentsRequest(),
                            service_pb2.ListAssessmentsResponse)
        assert raised.value.code == STATUS_UNAUTHENTICATED


def test_a_client_that_does_not_trust_the_ca_refuses_the_server(secure_daemon, tmp_path):
    host, port, _, _ = secure_daemon
    openssl(tmp_path, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "other.key")
    openssl(tmp_path, "req", "-x509", "-new", "-key", "other.key", "-subj", "/CN=Other", "-days", "30", "-out", "other.pem")
    with pytest.raises(ssl.SSLError):
        dudao_client.DudaoConnection.open(host, port, ssl_context=dudao_client.tls_context(str(tmp_path / "other.pem")))


def dudao_cli() -> Path:
    """The `dudao` CLI built beside $DUDAOD."""
    daemon = Path(os.environ.get("DUDAOD", ROOT / ".build" / "debug" / "dudaod"))
    return daemon.parent / "dudao"


NINE_SUBCOMMANDS = [
    ["health"],
    ["info"],
    ["records", "list"],
    ["records", "get", "ev_0000000000000_00000000"],
    ["records", "export"],
    ["history", "--assessment", "teacher-pay", "--subject", "330110"],
    ["audit"],
    ["replay", "ev_0000000000000_00000000"],
    ["lookback", "ev_0000000000000_00000000"],
]


@pytest.mark.parametrize("subcommand", NINE_SUBCOMMANDS, ids=lambda words: " ".join(words))
def test_every_cli_subcommand_uses_tls_and_the_token(secure_daemon, subcommand):
    # The token's caller may only list assessments, so each of these reaches the policy over TLS
    # with the token recognised and is denied by it: PERMISSION_DENIED (7). Without TLS it would
    # not get an answer at all, and without the token it would be UNAUTHENTICATED (16).
    host, port, directory, token = secure_daemon
    result = subprocess.run(
        [str(dudao_cli()), *subcommand, "--host", host, "--port", str(port), "--tls-ca", str(directory / "ca.pem")],
        env={**os.environ, "DUDAO_TOKEN": token}, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == STATUS_PERMISSION_DENIED, result.stderr


def test_a_plain_cli_on_the_tls_port_is_told_to_use_tls(secure_daemon):
    host, port, _, _ = secure_daemon
    result = subprocess.run([str(dudao_cli()), "health", "--host", host, "--port", str(port)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "TLS" in result.stderr, result.stderr
    assert "flag bits" not in result.stderr


def test_a_cli_tls_failure_is_one_clear_sentence(secure_daemon, tmp_path):
    host, port, _, _ = secure_daemon
    openssl(tmp_path, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "other.key")
    openssl(tmp_path, "req", "-x509", "-new", "-key", "other.key", "-subj", "/CN=Other", "-days", "30", "-out", "other.pem")
    result = subprocess.run([str(dudao_cli()), "health", "--host", host, "--port", str(port), "--tls-ca", str(tmp_path / "other.pem")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 14, result.stderr
    assert "not signed by a trusted CA" in result.stderr, result.stderr
    assert ".cc" not in result.stderr and "BoringSSL" not in result.stderr
