/* dudao_client: the Dudao wire protocol v1 over a TCP socket with libprotobuf-c. */
#define _POSIX_C_SOURCE 200809L

#include "dudao_client.h"

#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

struct dudao_client {
    int fd;
    uint64_t next_call_id;
    uint32_t max_frame_bytes;
    int went_away;
    dudao_server_info server;
    char *authorization; /* "Bearer <token>", sent with every call; NULL for none */
    char *idempotency_key; /* sent as "idempotency-key" with every call; NULL for none */
};

/* MARK: - Errors */

static char *copy_string(const char *text) {
    if (text == NULL) {
        text = "";
    }
    size_t len = strlen(text);
    char *copy = malloc(len + 1);
    if (copy != NULL) {
        memcpy(copy, text, len + 1);
    }
    return copy;
}

void dudao_error_clear(dudao_error *error) {
    if (error == NULL) {
        return;
    }
    free(error->message);
    for (size_t i = 0; i < error->n_violations; i++) {
        free(error->violations[i].path);
        free(error->violations[i].rule);
        free(error->violations[i].message_en);
        free(error->violations[i].message_zh);
    }
    free(error->violations);
    memset(error, 0, sizeof *error);
}

/* Records an error found on this side; returns its code. */
static int local_error(dudao_error *error, int code, const char *format, ...) {
    char buffer[512];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    if (error != NULL) {
        dudao_error_clear(error);
        error->code = code;
        error->local = 1;
        error->message = copy_string(buffer);
    }
    return code;
}

int dudao_error_from_status(dudao_error *error, const Dudao__V1__Status *status) {
    int code = status == NULL ? DUDAO__V1__STATUS_CODE__STATUS_CODE_OK : (int)status->code;
    if (error == NULL) {
        return code;
    }
    dudao_error_clear(error);
    error->code = code;
    error->message = copy_string(status == NULL ? "" : status->message);
    if (status != NULL && status->n_violations > 0) {
        error->violations = calloc(status->n_violations, sizeof *error->violations);
        if (error->violations != NULL) {
            error->n_violations = status->n_violations;
            for (size_t i = 0; i < status->n_violations; i++) {
                const Dudao__V1__FieldViolation *violation = status->violations[i];
                error->violations[i].path = copy_string(violation->path);
                error->violations[i].rule = copy_string(violation->rule);
                error->violations[i].message_en = copy_string(violation->message_en);
                error->violations[i].message_zh = copy_string(violation->message_zh);
            }
        }
    }
    return code;
}

const char *dudao_status_name(int code) {
    static const char *const names[] = {
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
        "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
        "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
        "UNAUTHENTICATED",
    };
    if (code < 0 || (size_t)code >= sizeof names / sizeof names[0]) {
        return "UNKNOWN_STATUS";
    }
    return names[code];
}

void dudao_error_print(FILE *out, const dudao_error *error) {
    fprintf(out, "%s%s: %s\n", dudao_status_name(error->code), error->local ? " (client)" : "",
            error->message != NULL ? error->message : "");
    for (size_t i = 0; i < error->n_violations; i++) {
        const dudao_violation *violation = &error->violations[i];
        fprintf(out, "  %s [%s] %s / %s\n", violation->path, violation->rule, violation->message_en,
                violation->message_zh);
    }
}

/* MARK: - Connection */

int dudao_connect(dudao_client **out, const char *host, const char *port, dudao_error *error) {
    *out = NULL;
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    struct addrinfo *addresses = NULL;
    int status = getaddrinfo(host, port, &hints, &addresses);
    if (status != 0) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE, "cannot resolve %s:%s: %s", host,
                           port, gai_strerror(status));
    }
    int fd = -1;
    int last_errno = 0;
    for (struct addrinfo *address = addresses; address != NULL; address = address->ai_next) {
        fd = socket(address->ai_family, address->ai_socktype, address->ai_protocol);
        if (fd < 0) {
            last_errno = errno;
            continue;
        }
        if (connect(fd, address->ai_addr, address->ai_addrlen) == 0) {
            break;
        }
        last_errno = errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(addresses);
    if (fd < 0) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE, "cannot connect to %s:%s: %s",
                           host, port, strerror(last_errno));
    }
    dudao_client *client = calloc(1, sizeof *client);
    if (client == NULL) {
        close(fd);
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED, "out of memory");
    }
    client->fd = fd;
    client->next_call_id = 1;
    client->max_frame_bytes = DUDAO_DEFAULT_MAX_FRAME_BYTES;
    *out = client;
    return 0;
}

int dudao_set_token(dudao_client *client, const char *token) {
    free(client->authorization);
    client->authorization = NULL;
    if (token == NULL) {
        return 0;
    }
    size_t length = strlen("Bearer ") + strlen(token) + 1;
    client->authorization = malloc(length);
    if (client->authorization == NULL) {
        return -1;
    }
    snprintf(client->authorization, length, "Bearer %s", token);
    return 0;
}

void dudao_close(dudao_client *client) {
    if (client == NULL) {
        return;
    }
    if (client->fd >= 0) {
        close(client->fd);
    }
    free(client->authorization);
    free(client->idempotency_key);
    free(client->server.server_name);
    free(client->server.server_version);
    free(client);
}

void dudao_shutdown_write(dudao_client *client) {
    shutdown(client->fd, SHUT_WR);
}

void dudao_set_read_timeout(dudao_client *client, unsigned milliseconds) {
    struct timeval timeout = {.tv_sec = milliseconds / 1000, .tv_usec = (milliseconds % 1000) * 1000};
    setsockopt(client->fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

const dudao_server_info *dudao_server(const dudao_client *client) {
    return &client->server;
}

/* MARK: - Framing */

int dudao_write_all(dudao_client *client, const uint8_t *buf, size_t len, dudao_error *error) {
    while (len > 0) {
        ssize_t written = send(client->fd, buf, len, MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE, "write failed: %s",
                               strerror(errno));
        }
        buf += written;
        len -= (size_t)written;
    }
    return 0;
}

/* Reads exactly len bytes. Returns 0, or 1 at the end of the stream before the first byte. */
static int read_exactly(dudao_client *client, uint8_t *buf, size_t len, dudao_error *error) {
    size_t done = 0;
    while (done < len) {
        ssize_t got = recv(client->fd, buf + done, len - done, 0);
        if (got == 0) {
            if (done == 0) {
                return 1;
            }
            return -local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE,
                                "the connection closed inside a frame (%zu of %zu bytes)", done, len);
        }
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                return -local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_DEADLINE_EXCEEDED,
                                    "no answer from the server in time");
            }
            return -local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE, "read failed: %s",
                                strerror(errno));
        }
        done += (size_t)got;
    }
    return 0;
}

int dudao_read_frame(dudao_client *client, Dudao__V1__Frame **frame, dudao_error *error) {
    *frame = NULL;
    uint8_t header[DUDAO_FRAME_HEADER_SIZE];
    int status = read_exactly(client, header, sizeof header, error);
    if (status == 1) {
        return 0; /* a clean end of the stream */
    }
    if (status != 0) {
        return -status;
    }
    uint8_t flags = header[0];
    uint32_t length = (uint32_t)header[1] << 24 | (uint32_t)header[2] << 16 | (uint32_t)header[3] << 8 |
                      (uint32_t)header[4];
    if (flags != 0) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_INTERNAL,
                           "the server sent a frame with flags 0x%02x; none were negotiated", flags);
    }
    /* Checked before allocating, so a bad length cannot make this side allocate gigabytes. */
    if (length > client->max_frame_bytes) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED,
                           "the server sent a frame of %u bytes; this client accepts at most %u", length,
                           client->max_frame_bytes);
    }
    uint8_t *body = malloc(length > 0 ? length : 1);
    if (body == NULL) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED, "out of memory");
    }
    status = read_exactly(client, body, length, error);
    if (status != 0) {
        free(body);
        return status == 1 ? local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE,
                                         "the connection closed after a frame header")
                           : -status;
    }
    *frame = dudao__v1__frame__unpack(NULL, length, body);
    free(body);
    if (*frame == NULL) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_INTERNAL,
                           "the server sent %u bytes that are not a dudao.v1.Frame", length);
    }
    return 0;
}

int dudao_send_frame(dudao_client *client, const Dudao__V1__Frame *frame, dudao_error *error) {
    size_t size = dudao__v1__frame__get_packed_size(frame);
    if (size > UINT32_MAX) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED, "frame too large");
    }
    uint8_t *buf = malloc(DUDAO_FRAME_HEADER_SIZE + size);
    if (buf == NULL) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED, "out of memory");
    }
    buf[0] = 0;
    buf[1] = (uint8_t)(size >> 24);
    buf[2] = (uint8_t)(size >> 16);
    buf[3] = (uint8_t)(size >> 8);
    buf[4] = (uint8_t)size;
    dudao__v1__frame__pack(frame, buf + DUDAO_FRAME_HEADER_SIZE);
    int status = dudao_write_all(client, buf, DUDAO_FRAME_HEADER_SIZE + size, error);
    free(buf);
    return status;
}

/* Answers a Ping from the server; other frames are left to the caller. */
static int answer_ping(dudao_client *client, const Dudao__V1__Frame *frame, dudao_error *error) {
    Dudao__V1__Pong pong = DUDAO__V1__PONG__INIT;
    pong.payload = frame->ping->payload;
    Dudao__V1__Frame reply = DUDAO__V1__FRAME__INIT;
    reply.kind_case = DUDAO__V1__FRAME__KIND_PONG;
    reply.pong = &pong;
    return dudao_send_frame(client, &reply, error);
}

/* MARK: - Handshake and calls */

int dudao_handshake(dudao_client *client, const char *client_name, dudao_error *error) {
    Dudao__V1__ClientHello hello = DUDAO__V1__CLIENT_HELLO__INIT;
    hello.protocol_version = DUDAO_PROTOCOL_VERSION;
    hello.client_name = (char *)client_name;
    hello.max_frame_bytes = client->max_frame_bytes;
    Dudao__V1__Frame frame = DUDAO__V1__FRAME__INIT;
    frame.kind_case = DUDAO__V1__FRAME__KIND_CLIENT_HELLO;
    frame.client_hello = &hello;
    int status = dudao_send_frame(client, &frame, error);
    if (status != 0) {
        return status;
    }
    Dudao__V1__Frame *answer = NULL;
    status = dudao_read_frame(client, &answer, error);
    if (status != 0) {
        return status;
    }
    if (answer == NULL) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE,
                           "the server closed the connection during the handshake");
    }
    switch (answer->kind_case) {
    case DUDAO__V1__FRAME__KIND_SERVER_HELLO: {
        const Dudao__V1__ServerHello *server = answer->server_hello;
        client->server.protocol_version = server->protocol_version;
        client->server.server_name = copy_string(server->server_name);
        client->server.server_version = copy_string(server->server_version);
        if (server->limits != NULL) {
            client->server.max_frame_bytes = server->limits->max_frame_bytes;
            client->server.max_calls_in_flight = server->limits->max_calls_in_flight;
            client->server.idle_timeout_ms = server->limits->idle_timeout_ms;
            client->server.max_timeout_ms = server->limits->max_timeout_ms;
        }
        status = 0;
        break;
    }
    case DUDAO__V1__FRAME__KIND_RESPONSE:
        status = dudao_error_from_status(error, answer->response->status);
        break;
    case DUDAO__V1__FRAME__KIND_GO_AWAY:
        status = dudao_error_from_status(error, answer->go_away->status);
        break;
    default:
        status = local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_INTERNAL,
                             "the server answered ClientHello with frame kind %d", (int)answer->kind_case);
        break;
    }
    dudao__v1__frame__free_unpacked(answer, NULL);
    return status;
}

int dudao_call(
    dudao_client *client, const char *method, const uint8_t *payload, size_t payload_len,
    uint32_t timeout_ms, uint8_t **response, size_t *response_len, dudao_error *error) {
    *response = NULL;
    *response_len = 0;
    uint64_t call_id = client->next_call_id++;
    Dudao__V1__Request request = DUDAO__V1__REQUEST__INIT;
    request.call_id = call_id;
    request.method = (char *)method;
    request.timeout_ms = timeout_ms;
    request.payload.data = (uint8_t *)payload;
    request.payload.len = payload_len;
    Dudao__V1__MetadataEntry credential = DUDAO__V1__METADATA_ENTRY__INIT;
    Dudao__V1__MetadataEntry key = DUDAO__V1__METADATA_ENTRY__INIT;
    Dudao__V1__MetadataEntry *entries[2];
    request.metadata = entries;
    if (client->authorization != NULL) {
        credential.key = "authorization";
        credential.value = client->authorization;
        entries[request.n_metadata++] = &credential;
    }
    if (client->idempotency_key != NULL) {
        key.key = "idempotency-key";
        key.value = client->idempotency_key;
        entries[request.n_metadata++] = &key;
    }
    Dudao__V1__Frame frame = DUDAO__V1__FRAME__INIT;
    frame.kind_case = DUDAO__V1__FRAME__KIND_REQUEST;
    frame.request = &request;
    int status = dudao_send_frame(client, &frame, error);
    if (status != 0) {
        return status;
    }
    for (;;) {
        Dudao__V1__Frame *answer = NULL;
        status = dudao_read_frame(client, &answer, error);
        if (status != 0) {
            return status;
        }
        if (answer == NULL) {
            return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE,
                               "the server closed the connection before answering call %llu",
                               (unsigned long long)call_id);
        }
        int done = 0;
        switch (answer->kind_case) {
        case DUDAO__V1__FRAME__KIND_RESPONSE: {
            const Dudao__V1__Response *reply = answer->response;
            if (reply->call_id == 0) {
                /* A connection-level error: the server refused something this side sent. */
                status = dudao_error_from_status(error, reply->status);
                done = 1;
            } else if (reply->call_id == call_id && reply->final) {
                status = dudao_error_from_status(error, reply->status);
                if (status == 0) {
                    dudao_error_clear(error);
                    *response = malloc(reply->payload.len > 0 ? reply->payload.len : 1);
                    if (*response == NULL) {
                        status = local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED,
                                             "out of memory");
                    } else {
                        if (reply->payload.len > 0) {
                            memcpy(*response, reply->payload.data, reply->payload.len);
                        }
                        *response_len = reply->payload.len;
                    }
                }
                done = 1;
            }
            /* Non-final answers (streams) and answers to other calls are not this call's end. */
            break;
        }
        case DUDAO__V1__FRAME__KIND_PING:
            status = answer_ping(client, answer, error);
            done = status != 0;
            break;
        case DUDAO__V1__FRAME__KIND_GO_AWAY:
            client->went_away = 1;
            if (answer->go_away->grace_period_ms == 0) {
                status = dudao_error_from_status(error, answer->go_away->status);
                if (status == 0) {
                    status = local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE,
                                         "the server went away");
                }
                done = 1;
            }
            /* With a grace period the server still finishes this call: keep waiting. */
            break;
        default:
            break;
        }
        dudao__v1__frame__free_unpacked(answer, NULL);
        if (done) {
            return status;
        }
    }
}

int dudao_ping(dudao_client *client, uint64_t payload, dudao_error *error) {
    Dudao__V1__Ping ping = DUDAO__V1__PING__INIT;
    ping.payload = payload;
    Dudao__V1__Frame frame = DUDAO__V1__FRAME__INIT;
    frame.kind_case = DUDAO__V1__FRAME__KIND_PING;
    frame.ping = &ping;
    int status = dudao_send_frame(client, &frame, error);
    if (status != 0) {
        return status;
    }
    for (;;) {
        Dudao__V1__Frame *answer = NULL;
        status = dudao_read_frame(client, &answer, error);
        if (status != 0) {
            return status;
        }
        if (answer == NULL) {
            return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE,
                               "the server closed the connection before answering the ping");
        }
        int done = 0;
        if (answer->kind_case == DUDAO__V1__FRAME__KIND_PONG) {
            done = answer->pong->payload == payload;
        } else if (answer->kind_case == DUDAO__V1__FRAME__KIND_PING) {
            /* The server's keepalive: unanswered, it would end the connection. */
            status = answer_ping(client, answer, error);
            done = status != 0;
        } else if (answer->kind_case == DUDAO__V1__FRAME__KIND_GO_AWAY) {
            status = dudao_error_from_status(error, answer->go_away->status);
            done = 1;
        } else if (answer->kind_case == DUDAO__V1__FRAME__KIND_RESPONSE && answer->response->call_id == 0) {
            status = dudao_error_from_status(error, answer->response->status);
            done = 1;
        }
        dudao__v1__frame__free_unpacked(answer, NULL);
        if (done) {
            return status;
        }
    }
}

int dudao_wait_for_goaway(dudao_client *client, dudao_error *goodbye, dudao_error *error) {
    for (;;) {
        Dudao__V1__Frame *frame = NULL;
        int status = dudao_read_frame(client, &frame, error);
        if (status != 0) {
            return status;
        }
        if (frame == NULL) {
            if (client->went_away) {
                return 0;
            }
            return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE,
                               "the server closed the connection without a GoAway");
        }
        if (frame->kind_case == DUDAO__V1__FRAME__KIND_GO_AWAY) {
            client->went_away = 1;
            dudao_error_from_status(goodbye, frame->go_away->status);
        } else if (frame->kind_case == DUDAO__V1__FRAME__KIND_PING) {
            status = answer_ping(client, frame, error);
        }
        dudao__v1__frame__free_unpacked(frame, NULL);
        if (status != 0) {
            return status;
        }
    }
}

/* MARK: - Idempotency and retries */

int dudao_set_idempotency_key(dudao_client *client, const char *key) {
    free(client->idempotency_key);
    client->idempotency_key = NULL;
    if (key == NULL) {
        return 0;
    }
    client->idempotency_key = copy_string(key);
    return client->idempotency_key == NULL ? -1 : 0;
}

/* The pause after failed attempt `attempt` (1-based): exponential, capped, half of it random. */
static unsigned backoff_ms(const dudao_retry_policy *policy, unsigned attempt) {
    unsigned shift = attempt - 1 < 20 ? attempt - 1 : 20;
    unsigned long long exponential = (unsigned long long)policy->initial_backoff_ms << shift;
    unsigned capped = exponential < policy->max_backoff_ms ? (unsigned)exponential : policy->max_backoff_ms;
    return capped / 2 + (unsigned)(rand() % (int)(capped / 2 + 1));
}

static void sleep_ms(unsigned milliseconds) {
    struct timespec pause = {.tv_sec = milliseconds / 1000, .tv_nsec = (long)(milliseconds % 1000) * 1000000L};
    while (nanosleep(&pause, &pause) != 0 && errno == EINTR) {
    }
}

int dudao_call_retrying(
    const dudao_endpoint *endpoints, size_t n_endpoints, const dudao_retry_policy *policy, const char *client_name,
    const char *token, const char *idempotency_key, const char *method, const uint8_t *payload, size_t payload_len,
    uint32_t timeout_ms, uint8_t **response, size_t *response_len, unsigned *attempts, dudao_error *error) {
    static const dudao_retry_policy default_policy = {6, 50, 2000};
    if (policy == NULL) {
        policy = &default_policy;
    }
    unsigned max_attempts = policy->max_attempts > 0 ? policy->max_attempts : 1;
    if (n_endpoints == 0) {
        return local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_INVALID_ARGUMENT, "no endpoint to call");
    }
    int status = 0;
    for (unsigned attempt = 1;; attempt++) {
        if (attempts != NULL) {
            *attempts = attempt;
        }
        const dudao_endpoint *endpoint = &endpoints[(attempt - 1) % n_endpoints];
        dudao_client *client = NULL;
        dudao_error_clear(error);
        status = dudao_connect(&client, endpoint->host, endpoint->port, error);
        if (status == 0 && (dudao_set_token(client, token) != 0 || dudao_set_idempotency_key(client, idempotency_key) != 0)) {
            status = local_error(error, DUDAO__V1__STATUS_CODE__STATUS_CODE_RESOURCE_EXHAUSTED, "out of memory");
        }
        if (status == 0) {
            status = dudao_handshake(client, client_name, error);
        }
        if (status == 0) {
            status = dudao_call(client, method, payload, payload_len, timeout_ms, response, response_len, error);
        }
        if (client != NULL) {
            dudao_close(client);
        }
        /* Only UNAVAILABLE (from the server, or a connection refused or lost) leaves the call
           possibly unanswered; anything else is the answer. */
        if (status != DUDAO__V1__STATUS_CODE__STATUS_CODE_UNAVAILABLE || attempt >= max_attempts) {
            return status;
        }
        sleep_ms(backoff_ms(policy, attempt));
    }
}
