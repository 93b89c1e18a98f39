/*
 * dudao_client: a small client for the Dudao wire protocol v1 on nothing but a TCP socket and
 * libprotobuf-c.
 *
 * The wire format (see PROTOCOL.md): every frame is a 5-byte prefix, one flag byte and a 4-byte
 * big-endian length, followed by one serialized dudao.v1.Frame. A connection begins with
 * ClientHello / ServerHello; calls are Request frames numbered by the client and answered by
 * Response frames with the same call id.
 *
 * Every function that can fail takes a dudao_error and returns the error's status code
 * (0 for success), so a command can use the code as its exit status. Errors the server sent keep
 * its status code, message and field violations; errors found on this side (no connection, a
 * broken stream) use the gRPC code that fits (UNAVAILABLE, INTERNAL, ...) and set `local`.
 */
#ifndef DUDAO_CLIENT_H
#define DUDAO_CLIENT_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "dudao/v1/envelope.pb-c.h"

#define DUDAO_PROTOCOL_VERSION 1u
#define DUDAO_FRAME_HEADER_SIZE 5u
#define DUDAO_FLAG_COMPRESSED 0x01u
/* The frame size this client accepts, and the default limit of the protocol (4 MiB). */
#define DUDAO_DEFAULT_MAX_FRAME_BYTES (4u * 1024u * 1024u)

/* One problem with one input field, copied out of a Status. */
typedef struct {
    char *path;
    char *rule;
    char *message_en;
    char *message_zh;
} dudao_violation;

/* The outcome of a failed operation. Zero-initialise before use; free with dudao_error_clear. */
typedef struct {
    int code;          /* a dudao.v1.StatusCode; 0 means no error */
    int local;         /* 1 when the error was found by this client, 0 when the server sent it */
    char *message;
    size_t n_violations;
    dudao_violation *violations;
} dudao_error;

/* What the server said in ServerHello. */
typedef struct {
    uint32_t protocol_version;
    char *server_name;
    char *server_version;
    uint32_t max_frame_bytes;
    uint32_t max_calls_in_flight;
    uint32_t idle_timeout_ms;
    uint32_t max_timeout_ms;
} dudao_server_info;

typedef struct dudao_client dudao_client;

/* Resolves host and port with getaddrinfo and connects to the first address that answers. */
int dudao_connect(dudao_client **out, const char *host, const char *port, dudao_error *error);

/*
 * Sends the API token as "authorization: Bearer <token>" with every later call; NULL stops
 * sending one. Returns -1 when out of memory. TLS is not built into this client (see SECURITY.md).
 */
int dudao_set_token(dudao_client *client, const char *token);

/*
 * Sends "idempotency-key: <key>" with every later call; NULL stops sending one. A repeated
 * Evaluate with the same key and input is answered with the record first stored, on any daemon
 * sharing the store; the same key with another input is FAILED_PRECONDITION. Returns -1 when out
 * of memory.
 */
int dudao_set_idempotency_key(dudao_client *client, const char *key);

/* Sends ClientHello and waits for ServerHello. */
int dudao_handshake(dudao_client *client, const char *client_name, dudao_error *error);

/* The server's hello; valid after a successful handshake until dudao_close. */
const dudao_server_info *dudao_server(const dudao_client *client);

/*
 * A unary call: sends a Request with the next call id, waits for that call's final Response,
 * answering Pings on the way. On success *response holds the response payload, to be freed
 * with free(). A GoAway with grace keeps the call waiting; a GoAway without grace, a Response
 * on call id 0 or the end of the stream fails it.
 */
int dudao_call(
    dudao_client *client, const char *method, const uint8_t *payload, size_t payload_len,
    uint32_t timeout_ms, uint8_t **response, size_t *response_len, dudao_error *error);

/* Sends a Ping and waits for the Pong with the same payload. */
int dudao_ping(dudao_client *client, uint64_t payload, dudao_error *error);

/*
 * Waits for the server to end the connection: returns 0 when a GoAway arrived (its status is
 * copied to *goodbye, whose code is then non-zero) followed by the end of the stream, or an error.
 */
int dudao_wait_for_goaway(dudao_client *client, dudao_error *goodbye, dudao_error *error);

/* Lower level, for replaying raw bytes: write all of buf; read one frame (NULL at a clean EOF). */
int dudao_write_all(dudao_client *client, const uint8_t *buf, size_t len, dudao_error *error);
int dudao_read_frame(dudao_client *client, Dudao__V1__Frame **frame, dudao_error *error);
int dudao_send_frame(dudao_client *client, const Dudao__V1__Frame *frame, dudao_error *error);
/* Half-closes the connection: the server sees the end of the stream, replies can still arrive. */
void dudao_shutdown_write(dudao_client *client);
/* Gives up on a read after this many milliseconds (0: wait for ever). */
void dudao_set_read_timeout(dudao_client *client, unsigned milliseconds);

void dudao_close(dudao_client *client);

/* One daemon of several sharing a record store. */
typedef struct {
    const char *host;
    const char *port;
} dudao_endpoint;

/* Attempts in all (the first included), and the back-off before each retry: initial_backoff_ms,
   doubled each time up to max_backoff_ms, of which up to half is random. */
typedef struct {
    unsigned max_attempts;
    unsigned initial_backoff_ms;
    unsigned max_backoff_ms;
} dudao_retry_policy;

/*
 * A unary call that survives a lost daemon: connects to endpoints[0], says hello (with the token,
 * if any) and calls with idempotency_key; when that fails with UNAVAILABLE (the server said so,
 * or the connection was refused or lost before the answer) it backs off and tries the next
 * endpoint in turn with the same key, up to policy->max_attempts (NULL: 6 attempts, 50 ms to 2 s).
 * Any other error is the answer. *attempts, if not NULL, receives the attempts made.
 */
int dudao_call_retrying(
    const dudao_endpoint *endpoints, size_t n_endpoints, const dudao_retry_policy *policy, const char *client_name,
    const char *token, const char *idempotency_key, const char *method, const uint8_t *payload, size_t payload_len,
    uint32_t timeout_ms, uint8_t **response, size_t *response_len, unsigned *attempts, dudao_error *error);

void dudao_error_clear(dudao_error *error);
/* Copies a Status the server sent into error; returns the status code. */
int dudao_error_from_status(dudao_error *error, const Dudao__V1__Status *status);
/* Prints "CODE_NAME: message" and one line per violation. */
void dudao_error_print(FILE *out, const dudao_error *error);
/* "INVALID_ARGUMENT" for 3, and so on. */
const char *dudao_status_name(int code);

#endif
